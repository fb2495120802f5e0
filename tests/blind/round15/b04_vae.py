"""Blind round 15: mistakes and alternatives for notebook 04_vae."""

NOTEBOOK = '04_vae'

MISTAKES = [
    dict(name='std_is_variance', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(logvar)
    eps = torch.randn_like(std)
    return mu + std * eps
'''),
    dict(name='logvar_used_as_std', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    eps = torch.randn_like(mu)
    return mu + logvar * eps
'''),
    dict(name='std_detached', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar).detach()
    eps = torch.randn_like(std)
    return mu + std * eps
'''),
    dict(name='torch_normal_no_gradient', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    return torch.normal(mu, std)
'''),
    dict(name='reseeds_global_rng_every_call', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    torch.manual_seed(0)  # reproducible samples
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(std)
    return mu + std * eps
'''),
    dict(name='one_noise_vector_shared_by_batch', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    eps = torch.randn(mu.shape[-1])
    return mu + std * eps
'''),
    dict(name='single_scalar_noise', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    eps = torch.randn(1)
    return mu + std * eps
'''),
    dict(name='uniform_noise_rand_like', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    eps = torch.rand_like(std)
    return mu + std * eps
'''),
    dict(name='aliased_inplace_add_on_mu', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    z = mu
    z += std * torch.randn_like(std)
    return z
'''),
    dict(name='inplace_exp_on_logvar', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = logvar.mul_(0.5).exp_()
    eps = torch.randn_like(std)
    return mu + std * eps
'''),
    dict(name='std_floor_clamp', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar).clamp(min=1e-3)  # avoid a zero standard deviation
    eps = torch.randn_like(std)
    return mu + std * eps
'''),
    dict(name='sqrt_of_exp_overflows', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    variance = torch.exp(logvar)
    std = torch.sqrt(variance)
    eps = torch.randn_like(std)
    return mu + std * eps
'''),
    dict(name='numpy_noise_float64', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    import numpy as np
    std = torch.exp(0.5 * logvar)
    eps = torch.from_numpy(np.random.standard_normal(tuple(mu.shape)))
    return mu + std * eps
'''),
    dict(name='logvar_clamped_for_stability', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    logvar = torch.clamp(logvar, -10.0, 10.0)
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(std)
    return mu + std * eps
'''),
    dict(name='modes_reversed', grade_id='vae',
         source='''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder.

    encoder: a module mapping x (B, 1, 28, 28) to (mu, logvar), each (B, latent_dim)
    decoder: a module mapping z (B, latent_dim) to logits (B, 1, 28, 28)
    """

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        """x: (B, 1, 28, 28) with values in [0, 1].

        Returns logits: (B, 1, 28, 28), mu: (B, latent_dim), logvar: (B, latent_dim).
        Training mode: decodes z = reparameterize(mu, logvar). Evaluation mode: decodes z = mu.
        """
        mu, logvar = self.encoder(x)
        if self.training:
            z = mu
        else:
            z = reparameterize(mu, logvar)
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='always_samples', grade_id='vae',
         source='''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder.

    encoder: a module mapping x (B, 1, 28, 28) to (mu, logvar), each (B, latent_dim)
    decoder: a module mapping z (B, latent_dim) to logits (B, 1, 28, 28)
    """

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        """x: (B, 1, 28, 28) with values in [0, 1].

        Returns logits: (B, 1, 28, 28), mu: (B, latent_dim), logvar: (B, latent_dim).
        Training mode: decodes z = reparameterize(mu, logvar). Evaluation mode: decodes z = mu.
        """
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar)
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='always_uses_mean', grade_id='vae',
         source='''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder.

    encoder: a module mapping x (B, 1, 28, 28) to (mu, logvar), each (B, latent_dim)
    decoder: a module mapping z (B, latent_dim) to logits (B, 1, 28, 28)
    """

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        """x: (B, 1, 28, 28) with values in [0, 1].

        Returns logits: (B, 1, 28, 28), mu: (B, latent_dim), logvar: (B, latent_dim).
        Training mode: decodes z = reparameterize(mu, logvar). Evaluation mode: decodes z = mu.
        """
        mu, logvar = self.encoder(x)
        return self.decoder(mu), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='self_train_method_is_truthy', grade_id='vae',
         source='''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder.

    encoder: a module mapping x (B, 1, 28, 28) to (mu, logvar), each (B, latent_dim)
    decoder: a module mapping z (B, latent_dim) to logits (B, 1, 28, 28)
    """

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        """x: (B, 1, 28, 28) with values in [0, 1].

        Returns logits: (B, 1, 28, 28), mu: (B, latent_dim), logvar: (B, latent_dim).
        Training mode: decodes z = reparameterize(mu, logvar). Evaluation mode: decodes z = mu.
        """
        mu, logvar = self.encoder(x)
        if self.train:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='forward_returns_probabilities', grade_id='vae',
         source='''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder.

    encoder: a module mapping x (B, 1, 28, 28) to (mu, logvar), each (B, latent_dim)
    decoder: a module mapping z (B, latent_dim) to logits (B, 1, 28, 28)
    """

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        """x: (B, 1, 28, 28) with values in [0, 1].

        Returns logits: (B, 1, 28, 28), mu: (B, latent_dim), logvar: (B, latent_dim).
        Training mode: decodes z = reparameterize(mu, logvar). Evaluation mode: decodes z = mu.
        """
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return torch.sigmoid(self.decoder(z)), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='forward_returns_z_instead_of_mu', grade_id='vae',
         source='''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder.

    encoder: a module mapping x (B, 1, 28, 28) to (mu, logvar), each (B, latent_dim)
    decoder: a module mapping z (B, latent_dim) to logits (B, 1, 28, 28)
    """

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        """x: (B, 1, 28, 28) with values in [0, 1].

        Returns logits: (B, 1, 28, 28), mu: (B, latent_dim), logvar: (B, latent_dim).
        Training mode: decodes z = reparameterize(mu, logvar). Evaluation mode: decodes z = mu.
        """
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), z, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='encoder_outputs_unpacked_swapped', grade_id='vae',
         source='''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder.

    encoder: a module mapping x (B, 1, 28, 28) to (mu, logvar), each (B, latent_dim)
    decoder: a module mapping z (B, latent_dim) to logits (B, 1, 28, 28)
    """

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        """x: (B, 1, 28, 28) with values in [0, 1].

        Returns logits: (B, 1, 28, 28), mu: (B, latent_dim), logvar: (B, latent_dim).
        Training mode: decodes z = reparameterize(mu, logvar). Evaluation mode: decodes z = mu.
        """
        logvar, mu = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='sample_detached', grade_id='vae',
         source='''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder.

    encoder: a module mapping x (B, 1, 28, 28) to (mu, logvar), each (B, latent_dim)
    decoder: a module mapping z (B, latent_dim) to logits (B, 1, 28, 28)
    """

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        """x: (B, 1, 28, 28) with values in [0, 1].

        Returns logits: (B, 1, 28, 28), mu: (B, latent_dim), logvar: (B, latent_dim).
        Training mode: decodes z = reparameterize(mu, logvar). Evaluation mode: decodes z = mu.
        """
        mu, logvar = self.encoder(x)
        if self.training:
            z = reparameterize(mu, logvar).detach()
        else:
            z = mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='inline_sample_with_variance', grade_id='vae',
         source='''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder.

    encoder: a module mapping x (B, 1, 28, 28) to (mu, logvar), each (B, latent_dim)
    decoder: a module mapping z (B, latent_dim) to logits (B, 1, 28, 28)
    """

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        """x: (B, 1, 28, 28) with values in [0, 1].

        Returns logits: (B, 1, 28, 28), mu: (B, latent_dim), logvar: (B, latent_dim).
        Training mode: decodes z = reparameterize(mu, logvar). Evaluation mode: decodes z = mu.
        """
        mu, logvar = self.encoder(x)
        if self.training:
            z = mu + torch.exp(logvar) * torch.randn_like(mu)
        else:
            z = mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='generate_switches_to_eval', grade_id='vae',
         source='''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder.

    encoder: a module mapping x (B, 1, 28, 28) to (mu, logvar), each (B, latent_dim)
    decoder: a module mapping z (B, latent_dim) to logits (B, 1, 28, 28)
    """

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        """x: (B, 1, 28, 28) with values in [0, 1].

        Returns logits: (B, 1, 28, 28), mu: (B, latent_dim), logvar: (B, latent_dim).
        Training mode: decodes z = reparameterize(mu, logvar). Evaluation mode: decodes z = mu.
        """
        mu, logvar = self.encoder(x)
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        self.eval()
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='generate_uniform_codes', grade_id='vae',
         source='''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder.

    encoder: a module mapping x (B, 1, 28, 28) to (mu, logvar), each (B, latent_dim)
    decoder: a module mapping z (B, latent_dim) to logits (B, 1, 28, 28)
    """

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        """x: (B, 1, 28, 28) with values in [0, 1].

        Returns logits: (B, 1, 28, 28), mu: (B, latent_dim), logvar: (B, latent_dim).
        Training mode: decodes z = reparameterize(mu, logvar). Evaluation mode: decodes z = mu.
        """
        mu, logvar = self.encoder(x)
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = torch.rand(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='generate_returns_logits', grade_id='vae',
         source='''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder.

    encoder: a module mapping x (B, 1, 28, 28) to (mu, logvar), each (B, latent_dim)
    decoder: a module mapping z (B, latent_dim) to logits (B, 1, 28, 28)
    """

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        """x: (B, 1, 28, 28) with values in [0, 1].

        Returns logits: (B, 1, 28, 28), mu: (B, latent_dim), logvar: (B, latent_dim).
        Training mode: decodes z = reparameterize(mu, logvar). Evaluation mode: decodes z = mu.
        """
        mu, logvar = self.encoder(x)
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = torch.randn(n, self.latent_dim)
        return self.decoder(z)
'''),
    dict(name='generate_hardcoded_latent_2', grade_id='vae',
         source='''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder.

    encoder: a module mapping x (B, 1, 28, 28) to (mu, logvar), each (B, latent_dim)
    decoder: a module mapping z (B, latent_dim) to logits (B, 1, 28, 28)
    """

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        """x: (B, 1, 28, 28) with values in [0, 1].

        Returns logits: (B, 1, 28, 28), mu: (B, latent_dim), logvar: (B, latent_dim).
        Training mode: decodes z = reparameterize(mu, logvar). Evaluation mode: decodes z = mu.
        """
        mu, logvar = self.encoder(x)
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = torch.randn(n, 2)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='generate_fixed_seed_generator', grade_id='vae',
         source='''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder.

    encoder: a module mapping x (B, 1, 28, 28) to (mu, logvar), each (B, latent_dim)
    decoder: a module mapping z (B, latent_dim) to logits (B, 1, 28, 28)
    """

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        """x: (B, 1, 28, 28) with values in [0, 1].

        Returns logits: (B, 1, 28, 28), mu: (B, latent_dim), logvar: (B, latent_dim).
        Training mode: decodes z = reparameterize(mu, logvar). Evaluation mode: decodes z = mu.
        """
        mu, logvar = self.encoder(x)
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        generator = torch.Generator().manual_seed(0)
        z = torch.randn(n, self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='generate_bernoulli_pixels', grade_id='vae',
         source='''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder.

    encoder: a module mapping x (B, 1, 28, 28) to (mu, logvar), each (B, latent_dim)
    decoder: a module mapping z (B, latent_dim) to logits (B, 1, 28, 28)
    """

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        """x: (B, 1, 28, 28) with values in [0, 1].

        Returns logits: (B, 1, 28, 28), mu: (B, latent_dim), logvar: (B, latent_dim).
        Training mode: decodes z = reparameterize(mu, logvar). Evaluation mode: decodes z = mu.
        """
        mu, logvar = self.encoder(x)
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = torch.randn(n, self.latent_dim)
        return torch.bernoulli(torch.sigmoid(self.decoder(z)))
'''),
    dict(name='generate_without_no_grad_decorator', grade_id='vae',
         source='''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder.

    encoder: a module mapping x (B, 1, 28, 28) to (mu, logvar), each (B, latent_dim)
    decoder: a module mapping z (B, latent_dim) to logits (B, 1, 28, 28)
    """

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        """x: (B, 1, 28, 28) with values in [0, 1].

        Returns logits: (B, 1, 28, 28), mu: (B, latent_dim), logvar: (B, latent_dim).
        Training mode: decodes z = reparameterize(mu, logvar). Evaluation mode: decodes z = mu.
        """
        mu, logvar = self.encoder(x)
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        return self.decoder(z), mu, logvar

    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='kl_summed_over_batch_too', grade_id='kl_to_standard_normal',
         source='''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
'''),
    dict(name='kl_mean_over_latent_dims', grade_id='kl_to_standard_normal',
         source='''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * torch.mean(1 + logvar - mu.pow(2) - logvar.exp(), dim=1)
'''),
    dict(name='kl_sign_flipped', grade_id='kl_to_standard_normal',
         source='''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return 0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=1)
'''),
    dict(name='kl_std_instead_of_variance', grade_id='kl_to_standard_normal',
         source='''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - torch.exp(0.5 * logvar), dim=1)
'''),
    dict(name='kl_missing_half', grade_id='kl_to_standard_normal',
         source='''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=1)
'''),
    dict(name='kl_summed_over_batch_dim0', grade_id='kl_to_standard_normal',
         source='''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=0)
'''),
    dict(name='kl_keepdim', grade_id='kl_to_standard_normal',
         source='''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=1, keepdim=True)
'''),
    dict(name='kl_missing_one', grade_id='kl_to_standard_normal',
         source='''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * torch.sum(logvar - mu.pow(2) - logvar.exp(), dim=1)
'''),
    dict(name='kl_mu_not_squared', grade_id='kl_to_standard_normal',
         source='''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * torch.sum(1 + logvar - mu - logvar.exp(), dim=1)
'''),
    dict(name='kl_logvar_clamped', grade_id='kl_to_standard_normal',
         source='''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    logvar = logvar.clamp(min=-10, max=10)  # keep exp() finite
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=1)
'''),
    dict(name='kl_squares_mu_in_place', grade_id='kl_to_standard_normal',
         source='''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    mu_squared = mu.pow_(2)
    return -0.5 * torch.sum(1 + logvar - mu_squared - logvar.exp(), dim=1)
'''),
    dict(name='bce_mean_over_pixels', grade_id='bernoulli_reconstruction',
         source='''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.mean(dim=(1, 2, 3))
'''),
    dict(name='bce_sum_dim1_only', grade_id='bernoulli_reconstruction',
         source='''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.sum(dim=1)
'''),
    dict(name='bce_sum_height_width_only', grade_id='bernoulli_reconstruction',
         source='''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.sum(dim=(2, 3))
'''),
    dict(name='bce_reduction_sum_scalar', grade_id='bernoulli_reconstruction',
         source='''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    return F.binary_cross_entropy_with_logits(logits, x, reduction="sum")
'''),
    dict(name='bce_sigmoid_then_bce_clamps', grade_id='bernoulli_reconstruction',
         source='''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    probabilities = torch.sigmoid(logits)
    bce = F.binary_cross_entropy(probabilities, x, reduction="none")
    return bce.sum(dim=(1, 2, 3))
'''),
    dict(name='bce_arguments_swapped', grade_id='bernoulli_reconstruction',
         source='''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    bce = F.binary_cross_entropy_with_logits(x, logits, reduction="none")
    return bce.sum(dim=(1, 2, 3))
'''),
    dict(name='bce_manual_log_sigmoid_unstable', grade_id='bernoulli_reconstruction',
         source='''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    p = torch.sigmoid(logits)
    bce = -(x * torch.log(p) + (1 - x) * torch.log(1 - p))
    return bce.sum(dim=(1, 2, 3))
'''),
    dict(name='bce_double_sigmoid', grade_id='bernoulli_reconstruction',
         source='''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    bce = F.binary_cross_entropy_with_logits(torch.sigmoid(logits), x, reduction="none")
    return bce.sum(dim=(1, 2, 3))
'''),
    dict(name='returns_log_likelihood_not_negative', grade_id='bernoulli_reconstruction',
         source='''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    log_likelihood = -F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return log_likelihood.sum(dim=(1, 2, 3))
'''),
    dict(name='elbo_summed_over_batch', grade_id='negative_elbo',
         source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).sum()
    kl = kl_to_standard_normal(mu, logvar).sum()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='beta_on_reconstruction', grade_id='negative_elbo',
         source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return beta * reconstruction + kl, reconstruction, kl
'''),
    dict(name='returns_weighted_kl', grade_id='negative_elbo',
         source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = beta * kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + kl, reconstruction, kl
'''),
    dict(name='kl_subtracted', grade_id='negative_elbo',
         source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction - beta * kl, reconstruction, kl
'''),
    dict(name='returns_python_floats', grade_id='negative_elbo',
         source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    total = reconstruction + beta * kl
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='kl_summed_reconstruction_averaged', grade_id='negative_elbo',
         source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).sum()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='returns_parts_in_wrong_order', grade_id='negative_elbo',
         source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction, kl, reconstruction + beta * kl
'''),
    dict(name='reconstruction_per_pixel', grade_id='negative_elbo',
         source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = F.binary_cross_entropy_with_logits(logits, x)
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='kl_detached_in_total', grade_id='negative_elbo',
         source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    total = reconstruction + beta * kl.detach()
    return total, reconstruction, kl
'''),
    dict(name='total_not_averaged', grade_id='negative_elbo',
         source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    per_image_reconstruction = bernoulli_reconstruction(logits, x)
    per_image_kl = kl_to_standard_normal(mu, logvar)
    total = per_image_reconstruction + beta * per_image_kl
    return total, per_image_reconstruction.mean(), per_image_kl.mean()
'''),
    dict(name='beta_weights_both_terms', grade_id='negative_elbo',
         source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return beta * (reconstruction + kl), reconstruction, kl
'''),
    dict(name='encode_returns_tuple', grade_id='autoencoder',
         source='''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        return self.encoder(x)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        return self.decoder(self.encode(x)[0])
'''),
    dict(name='encode_returns_logvar', grade_id='autoencoder',
         source='''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        return self.encoder(x)[1]

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        return self.decoder(self.encode(x))
'''),
    dict(name='forward_samples_in_training', grade_id='autoencoder',
         source='''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        mu, _ = self.encoder(x)
        return mu

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        mu, logvar = self.encoder(x)
        if self.training:
            z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
        else:
            z = mu
        return self.decoder(z)
'''),
    dict(name='ae_forward_returns_probabilities', grade_id='autoencoder',
         source='''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        mu, _ = self.encoder(x)
        return mu

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        return torch.sigmoid(self.decoder(self.encode(x)))
'''),
    dict(name='ae_forward_returns_logits_and_code', grade_id='autoencoder',
         source='''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        mu, _ = self.encoder(x)
        return mu

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        z = self.encode(x)
        return self.decoder(z), z
'''),
    dict(name='encode_under_no_grad', grade_id='autoencoder',
         source='''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        with torch.no_grad():
            mu, _ = self.encoder(x)
        return mu

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        return self.decoder(self.encode(x))
'''),
    dict(name='encode_switches_to_eval', grade_id='autoencoder',
         source='''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        self.eval()
        mu, _ = self.encoder(x)
        return mu

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        return self.decoder(self.encode(x))
'''),
    dict(name='head_on_detached_code', grade_id='ae_classifier',
         source='''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z.detach())


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    total = reconstruction + weight * cross_entropy
    return total, reconstruction, cross_entropy
'''),
    dict(name='head_returns_softmax', grade_id='ae_classifier',
         source='''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), F.softmax(self.head(z), dim=1)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    total = reconstruction + weight * cross_entropy
    return total, reconstruction, cross_entropy
'''),
    dict(name='forward_outputs_swapped', grade_id='ae_classifier',
         source='''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        return self.head(z), self.autoencoder.decoder(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    total = reconstruction + weight * cross_entropy
    return total, reconstruction, cross_entropy
'''),
    dict(name='head_on_logvar', grade_id='ae_classifier',
         source='''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        mu, logvar = self.autoencoder.encoder(x)
        return self.autoencoder.decoder(mu), self.head(logvar)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    total = reconstruction + weight * cross_entropy
    return total, reconstruction, cross_entropy
'''),
    dict(name='loss_weight_on_reconstruction', grade_id='ae_classifier',
         source='''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        logits = self.autoencoder.decoder(z)
        class_logits = self.head(z)
        return logits, class_logits


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return weight * reconstruction + cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='cross_entropy_summed', grade_id='ae_classifier',
         source='''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        logits = self.autoencoder.decoder(z)
        class_logits = self.head(z)
        return logits, class_logits


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels, reduction="sum")
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='reconstruction_summed_over_batch', grade_id='ae_classifier',
         source='''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        logits = self.autoencoder.decoder(z)
        class_logits = self.head(z)
        return logits, class_logits


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).sum()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='reconstruction_mean_per_pixel', grade_id='ae_classifier',
         source='''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        logits = self.autoencoder.decoder(z)
        class_logits = self.head(z)
        return logits, class_logits


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = F.binary_cross_entropy_with_logits(logits, x)
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='nll_loss_on_raw_logits', grade_id='ae_classifier',
         source='''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        logits = self.autoencoder.decoder(z)
        class_logits = self.head(z)
        return logits, class_logits


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.nll_loss(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='log_of_softmax_unstable', grade_id='ae_classifier',
         source='''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        logits = self.autoencoder.decoder(z)
        class_logits = self.head(z)
        return logits, class_logits


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.nll_loss(torch.log(F.softmax(class_logits, dim=1)), labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='returns_weighted_cross_entropy', grade_id='ae_classifier',
         source='''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        logits = self.autoencoder.decoder(z)
        class_logits = self.head(z)
        return logits, class_logits


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = weight * F.cross_entropy(class_logits, labels)
    return reconstruction + cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='default_weight_changed_to_10', grade_id='ae_classifier',
         source='''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        logits = self.autoencoder.decoder(z)
        class_logits = self.head(z)
        return logits, class_logits


def ae_classifier_loss(logits, class_logits, x, labels, weight=10.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    total = reconstruction + weight * cross_entropy
    return total, reconstruction, cross_entropy
'''),
]

ALTERNATIVES = [
    dict(name='alt_rsample', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    return torch.distributions.Normal(mu, torch.exp(0.5 * logvar)).rsample()
'''),
    dict(name='alt_addcmul_sqrt_exp_half', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = logvar.mul(0.5).exp()
    return torch.addcmul(mu, std, torch.randn_like(mu))
'''),
    dict(name='alt_vae_conditional_expression', grade_id='vae',
         source='''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder.

    encoder: a module mapping x (B, 1, 28, 28) to (mu, logvar), each (B, latent_dim)
    decoder: a module mapping z (B, latent_dim) to logits (B, 1, 28, 28)
    """

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        """x: (B, 1, 28, 28) with values in [0, 1].

        Returns logits: (B, 1, 28, 28), mu: (B, latent_dim), logvar: (B, latent_dim).
        Training mode: decodes z = reparameterize(mu, logvar). Evaluation mode: decodes z = mu.
        """
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(z)
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        device = next(self.decoder.parameters()).device
        codes = torch.randn((n, self.latent_dim), device=device)
        return self.decoder(codes).sigmoid()
'''),
    dict(name='alt_kl_distributions', grade_id='kl_to_standard_normal',
         source='''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))
    p = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))
    return torch.distributions.kl_divergence(q, p).sum(dim=-1)
'''),
    dict(name='alt_kl_rearranged', grade_id='kl_to_standard_normal',
         source='''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return 0.5 * (mu * mu + torch.exp(logvar) - logvar - 1).sum(-1)
'''),
    dict(name='alt_bce_softplus_flatten', grade_id='bernoulli_reconstruction',
         source='''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    per_pixel = F.softplus(logits) - x * logits
    return per_pixel.flatten(start_dim=1).sum(dim=1)
'''),
    dict(name='alt_elbo_mean_of_totals', grade_id='negative_elbo',
         source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    per_image_reconstruction = bernoulli_reconstruction(logits, x)
    per_image_kl = kl_to_standard_normal(mu, logvar)
    total = (per_image_reconstruction + beta * per_image_kl).mean()
    return total, per_image_reconstruction.mean(), per_image_kl.mean()
'''),
    dict(name='alt_ae_index_and_log_softmax', grade_id='ae_classifier',
         source='''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        logits = self.autoencoder(x)
        class_logits = self.head(self.autoencoder.encode(x))
        return logits, class_logits


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    batch = x.shape[0]
    reconstruction = F.binary_cross_entropy_with_logits(logits, x, reduction="sum") / batch
    cross_entropy = F.nll_loss(F.log_softmax(class_logits, dim=1), labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='alt_autoencoder_index', grade_id='autoencoder',
         source='''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        return self.encoder(x)[0]

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        z = self.encode(x)
        logits = self.decoder(z)
        return logits
'''),
]
