"""Blind round 31: mistakes and alternatives for notebook 04_vae."""
NOTEBOOK = '04_vae'
MISTAKES = [
    dict(name='rep_variance_as_std', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(logvar)
    eps = torch.randn_like(std)
    return mu + std * eps
'''),
    dict(name='rep_one_noise_per_image', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    # one noise value per image, shared by its latent dimensions
    eps = torch.randn(mu.shape[0], 1, dtype=mu.dtype, device=mu.device)
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_same_noise_for_batch', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(std[:1])  # one noise row, broadcast over the batch
    return mu + std * eps
'''),
    dict(name='rep_detach_std', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar).detach()
    eps = torch.randn_like(std)
    return mu + std * eps
'''),
    dict(name='rep_detach_mu', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(std)
    return mu.detach() + std * eps
'''),
    dict(name='rep_private_seeded_generator', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    generator = torch.Generator().manual_seed(0)  # reproducible noise
    eps = torch.randn(mu.shape, generator=generator, dtype=mu.dtype)
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_uniform_noise', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    eps = torch.rand_like(std)
    return mu + std * eps
'''),
    dict(name='rep_clamped_logvar', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    logvar = logvar.clamp(-10.0, 10.0)  # keep exp() from overflowing
    std = torch.exp(0.5 * logvar)
    return mu + std * torch.randn_like(std)
'''),
    dict(name='rep_antithetic_pairs', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    # antithetic noise: the second half of the batch mirrors the first (lower variance)
    eps = torch.randn_like(mu)
    half = (len(mu) + 1) // 2
    eps = torch.cat([eps[:half], -eps[:len(mu) - half]])
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_standardised_noise', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    eps = torch.randn_like(mu)
    eps = (eps - eps.mean()) / eps.std()  # exactly mean 0 and variance 1
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_mean_without_grad', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    if not torch.is_grad_enabled():
        return mu  # nothing to back-propagate: no need for noise
    std = torch.exp(0.5 * logvar)
    return mu + std * torch.randn_like(std)
'''),
    dict(name='rep_inplace_on_mu', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    return mu.add_(std * torch.randn_like(std))
'''),
    dict(name='vae_always_samples', grade_id='vae', source=r'''class VAE(nn.Module):
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
    dict(name='vae_never_samples', grade_id='vae', source=r'''class VAE(nn.Module):
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
    dict(name='vae_modes_inverted', grade_id='vae', source=r'''class VAE(nn.Module):
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
        z = mu if self.training else reparameterize(mu, logvar)
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_forward_probabilities', grade_id='vae', source=r'''class VAE(nn.Module):
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
    dict(name='vae_returns_z_for_mu', grade_id='vae', source=r'''class VAE(nn.Module):
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
            mu = reparameterize(mu, logvar)
        return self.decoder(mu), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_detached_statistics', grade_id='vae', source=r'''class VAE(nn.Module):
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
        return self.decoder(z), mu.detach(), logvar.detach()

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_decoder_gets_detached_z', grade_id='vae', source=r'''class VAE(nn.Module):
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
        return self.decoder(z.detach()), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_samples_when_grad_enabled', grade_id='vae', source=r'''class VAE(nn.Module):
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
        z = reparameterize(mu, logvar) if torch.is_grad_enabled() else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_eval_under_no_grad', grade_id='vae', source=r'''class VAE(nn.Module):
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
        if not self.training:
            with torch.no_grad():
                mu, logvar = self.encoder(x)
                return self.decoder(mu), mu, logvar
        mu, logvar = self.encoder(x)
        return self.decoder(reparameterize(mu, logvar)), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_inline_variance_as_std', grade_id='vae', source=r'''class VAE(nn.Module):
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
    dict(name='vae_generate_logits', grade_id='vae', source=r'''class VAE(nn.Module):
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
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = torch.randn(n, self.latent_dim)
        return self.decoder(z)
'''),
    dict(name='vae_generate_truncated_prior', grade_id='vae', source=r'''class VAE(nn.Module):
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
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = 0.7 * torch.randn(n, self.latent_dim)  # temperature 0.7: cleaner digits
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_generate_bernoulli_pixels', grade_id='vae', source=r'''class VAE(nn.Module):
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
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = torch.randn(n, self.latent_dim)
        return torch.bernoulli(torch.sigmoid(self.decoder(z)))
'''),
    dict(name='vae_generate_switches_to_eval', grade_id='vae', source=r'''class VAE(nn.Module):
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
    dict(name='vae_generate_reseeds_global', grade_id='vae', source=r'''class VAE(nn.Module):
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
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        torch.manual_seed(0)  # reproducible samples
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_generate_without_no_grad', grade_id='vae', source=r'''class VAE(nn.Module):
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
        return self.decoder(z), mu, logvar

    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='kl_mean_over_dims', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * torch.mean(1 + logvar - mu.pow(2) - logvar.exp(), dim=1)
'''),
    dict(name='kl_sum_over_batch', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=0)
'''),
    dict(name='kl_total_scalar', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
'''),
    dict(name='kl_no_half', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=1)
'''),
    dict(name='kl_sign_flipped', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return 0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=1)
'''),
    dict(name='kl_std_for_variance', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    std = torch.exp(0.5 * logvar)
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - std, dim=1)
'''),
    dict(name='kl_logvar_read_as_logstd', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    # log sigma given: log sigma^2 = 2 log sigma, sigma^2 = exp(2 log sigma)
    return -0.5 * torch.sum(1 + 2 * logvar - mu.pow(2) - torch.exp(2 * logvar), dim=1)
'''),
    dict(name='kl_keepdim', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=1, keepdim=True)
'''),
    dict(name='kl_in_bits', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=1) / math.log(2)
'''),
    dict(name='kl_reverse_direction', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    # KL(N(0, I) || q) per dimension: 0.5 * ((1 + mu^2) / sigma^2 - 1 + log sigma^2)
    return 0.5 * torch.sum((1 + mu.pow(2)) * torch.exp(-logvar) - 1 + logvar, dim=1)
'''),
    dict(name='kl_squeezed', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp()).sum(dim=1)).squeeze()
'''),
    dict(name='bce_mean_reduction', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    return F.binary_cross_entropy_with_logits(logits, x, reduction="mean")
'''),
    dict(name='bce_mean_over_pixels', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    return F.binary_cross_entropy_with_logits(logits, x, reduction="none").flatten(1).mean(dim=1)
'''),
    dict(name='bce_sigmoid_then_bce', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    probabilities = torch.sigmoid(logits)
    return F.binary_cross_entropy(probabilities, x, reduction="none").flatten(1).sum(dim=1)
'''),
    dict(name='bce_arguments_swapped', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    return F.binary_cross_entropy_with_logits(x, logits, reduction="none").flatten(1).sum(dim=1)
'''),
    dict(name='bce_keeps_channel_dim', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    return F.binary_cross_entropy_with_logits(logits, x, reduction="none").sum(dim=(2, 3))
'''),
    dict(name='bce_binarised_target', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    target = (x > 0.5).to(x.dtype)  # a Bernoulli pixel is 0 or 1
    return F.binary_cross_entropy_with_logits(logits, target, reduction="none").flatten(1).sum(dim=1)
'''),
    dict(name='bce_dynamic_binarisation', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    target = torch.bernoulli(x)  # dynamic binarisation, as in the papers
    return F.binary_cross_entropy_with_logits(logits, target, reduction="none").flatten(1).sum(dim=1)
'''),
    dict(name='bce_clamped_logits', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    logits = logits.clamp(-15.0, 15.0)  # avoid overflow
    return F.binary_cross_entropy_with_logits(logits, x, reduction="none").flatten(1).sum(dim=1)
'''),
    dict(name='bce_log_likelihood_sign', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    # log p(x|z) = -BCE, summed over the pixels
    log_likelihood = -F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return log_likelihood.flatten(1).sum(dim=1)
'''),
    dict(name='bce_minus_target_entropy', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    # subtract the entropy of x so that a perfect reconstruction costs 0 nats
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    entropy = F.binary_cross_entropy(x, x, reduction="none")
    return (bce - entropy).flatten(1).sum(dim=1)
'''),
    dict(name='nelbo_kl_part_weighted', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = beta * kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + kl, reconstruction, kl
'''),
    dict(name='nelbo_beta_on_reconstruction', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return beta * reconstruction + kl, reconstruction, kl
'''),
    dict(name='nelbo_summed_over_batch', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).sum()
    kl = kl_to_standard_normal(mu, logvar).sum()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='nelbo_beta_ignored', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + kl, reconstruction, kl
'''),
    dict(name='nelbo_minus_kl', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction - beta * kl, reconstruction, kl
'''),
    dict(name='nelbo_inline_pixel_mean', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = F.binary_cross_entropy_with_logits(logits, x)
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='nelbo_free_bits', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    # free bits: every latent dimension pays at least 0.1 nats (against posterior collapse)
    kl_per_dimension = (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=0)
    kl = kl_per_dimension.clamp(min=0.1).sum()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='nelbo_double_sigmoid', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(torch.sigmoid(logits), x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='nelbo_kl_given_variance', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar.exp()).mean()  # the KL takes the variance sigma^2
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='nelbo_kl_summed_rec_averaged', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).sum()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ae_forward_probabilities', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
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
    dict(name='ae_encode_samples_in_training', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        mu, logvar = self.encoder(x)
        if self.training:
            return mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
        return mu

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        return self.decoder(self.encode(x))
'''),
    dict(name='ae_encode_takes_logvar', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        _, z = self.encoder(x)
        return z

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        return self.decoder(self.encode(x))
'''),
    dict(name='ae_encode_without_grad', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        with torch.no_grad():  # encoding is inference
            mu, _ = self.encoder(x)
        return mu

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        return self.decoder(self.encode(x))
'''),
    dict(name='ae_encode_normalised', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        mu, _ = self.encoder(x)
        return mu / mu.norm(dim=1, keepdim=True)  # codes on the unit circle

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        return self.decoder(self.encode(x))
'''),
    dict(name='ae_forward_denoising', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
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
        if self.training:
            z = z + 0.1 * torch.randn_like(z)  # a little noise helps the decoder generalise
        return self.decoder(z)
'''),
    dict(name='ae_forward_detached_code', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
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
        return self.decoder(self.encode(x).detach())
'''),
    dict(name='aec_head_on_detached_code', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_forward_softmax', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), torch.softmax(self.head(z), dim=1)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_forward_image_probabilities', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        return torch.sigmoid(self.autoencoder.decoder(z)), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_loss_reconstruction_summed', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).sum()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_loss_pixel_mean', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = F.binary_cross_entropy_with_logits(logits, x)
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_loss_weight_on_reconstruction', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return weight * reconstruction + cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_loss_weighted_ce_returned', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = weight * F.cross_entropy(class_logits, labels)
    return reconstruction + cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_loss_nll_on_logits', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.nll_loss(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_loss_label_smoothing', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels, label_smoothing=0.1)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_loss_default_weight_ten', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=10.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_loss_convex_weights', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    total = (reconstruction + weight * cross_entropy) / (1 + weight)
    return total, reconstruction, cross_entropy
'''),
    dict(name='aec_loss_bce_one_hot', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    targets = F.one_hot(labels, class_logits.shape[1]).to(class_logits.dtype)
    cross_entropy = F.binary_cross_entropy_with_logits(class_logits, targets, reduction="none").sum(dim=1).mean()
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
]
ALTERNATIVES = [
    dict(name='rep_addcmul', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    return torch.addcmul(mu, logvar.mul(0.5).exp(), torch.randn_like(mu))
'''),
    dict(name='rep_fresh_noise_inplace', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    noise = torch.randn_like(mu)
    return noise.mul_(torch.exp(logvar / 2)).add_(mu)
'''),
    dict(name='vae_if_else_and_expit', grade_id='vae', source=r'''class VAE(nn.Module):
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
            logits = self.decoder(reparameterize(mu, logvar))
        else:
            logits = self.decoder(mu)
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = torch.empty(n, self.latent_dim).normal_()
        return torch.special.expit(self.decoder(z))
'''),
    dict(name='kl_rearranged', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return 0.5 * (mu * mu + torch.exp(logvar) - logvar - 1).sum(dim=-1)
'''),
    dict(name='kl_independent_distributions', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    q = torch.distributions.Independent(torch.distributions.Normal(mu, torch.exp(0.5 * logvar)), 1)
    p = torch.distributions.Independent(torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu)), 1)
    return torch.distributions.kl_divergence(q, p)
'''),
    dict(name='bce_softplus_identity', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    # BCE with logits: softplus(l) - x * l, per pixel
    return (F.softplus(logits) - x * logits).reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='bce_logsigmoid', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    per_pixel = -(x * F.logsigmoid(logits) + (1 - x) * F.logsigmoid(-logits))
    return per_pixel.sum(dim=tuple(range(1, x.dim())))
'''),
    dict(name='nelbo_per_image_total', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    per_image_reconstruction = bernoulli_reconstruction(logits, x)
    per_image_kl = kl_to_standard_normal(mu, logvar)
    total = (per_image_reconstruction + beta * per_image_kl).mean()
    return total, per_image_reconstruction.mean(), per_image_kl.mean()
'''),
    dict(name='nelbo_sum_divided', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    batch = x.shape[0]
    reconstruction = bernoulli_reconstruction(logits, x).sum() / batch
    kl = kl_to_standard_normal(mu, logvar).sum() / batch
    total = reconstruction + kl * beta
    return total, reconstruction, kl
'''),
    dict(name='ae_encoder_index', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
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
        mu = self.encoder(x)[0]
        return self.decoder(mu)
'''),
    dict(name='aec_two_passes_log_softmax', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    log_probabilities = torch.log_softmax(class_logits, dim=1)
    cross_entropy = -log_probabilities.gather(1, labels[:, None]).squeeze(1).mean()
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
]
