"""Blind round 48: mistakes and alternatives for notebook 04_vae."""
NOTEBOOK = '04_vae'
MISTAKES = [
    dict(name='rep_std_plus_epsilon', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar) + 1e-5  # keep sigma away from exactly 0
    return mu + std * torch.randn_like(mu)
'''),
    dict(name='rep_noise_clamped_at_3', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    eps = torch.randn_like(mu).clamp(-3.0, 3.0)  # no wild outliers in the codes
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_noise_standardised', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    eps = torch.randn_like(mu)
    if eps.numel() > 1:
        eps = (eps - eps.mean()) / eps.std()  # exactly zero mean and unit variance
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_antithetic_halves', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    # antithetic noise: the second half of the batch gets -eps of the first half (lower variance)
    eps = torch.randn_like(mu)
    half = mu.shape[0] // 2
    if mu.shape[0] % 2 == 0 and half > 0:
        eps = torch.cat([eps[:half], -eps[:half]])
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_own_generator', grade_id='reparameterize', source=r'''_noise = torch.Generator().manual_seed(1234)


def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    eps = torch.randn(mu.shape, generator=_noise, dtype=mu.dtype)  # reproducible noise
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_logvar_clamped', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    logvar = logvar.clamp(-8.0, 8.0)  # guard against exp overflow
    return mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
'''),
    dict(name='rep_std_min_clamp', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar).clamp(min=1e-4)  # avoid a collapsed sigma
    return mu + std * torch.randn_like(std)
'''),
    dict(name='rep_enable_grad_block', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    with torch.enable_grad():  # make sure the sample stays differentiable
        eps = torch.randn_like(mu)
        return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_std_exp_logvar_over_2_typo', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(logvar / 2.0) ** 2 ** 0.5
    return mu + std * torch.randn_like(mu)
'''),
    dict(name='rep_noise_float32', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    eps = torch.randn(mu.shape)
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_softplus_std', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = F.softplus(logvar)  # a smooth positive standard deviation
    return mu + std * torch.randn_like(mu)
'''),
    dict(name='rep_noise_per_dim_shared', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    eps = torch.randn(mu.shape[-1], dtype=mu.dtype)
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_result_float', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
    return z.float()
'''),
    dict(name='rep_std_rounded_f16', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar.half()).to(mu.dtype)  # half precision is enough for the noise scale
    return mu + std * torch.randn_like(mu)
'''),
    dict(name='rep_logvar_nan_to_num', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    logvar = torch.nan_to_num(logvar, nan=0.0, posinf=10.0, neginf=-10.0)
    return mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
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
    dict(name='vae_generate_leaves_eval', grade_id='vae', source=r'''class VAE(nn.Module):
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
    dict(name='vae_logvar_detached_for_sample', grade_id='vae', source=r'''class VAE(nn.Module):
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
        z = reparameterize(mu, logvar.detach()) if self.training else mu  # steadier variances
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_binarises_input', grade_id='vae', source=r'''class VAE(nn.Module):
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
        x = (x > 0.5).to(x.dtype)  # the Bernoulli model sees binary pixels
        mu, logvar = self.encoder(x)
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
    dict(name='vae_returns_clamped_logvar', grade_id='vae', source=r'''class VAE(nn.Module):
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
        logvar = logvar.clamp(-10.0, 10.0)
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
    dict(name='vae_generate_uniform_codes', grade_id='vae', source=r'''class VAE(nn.Module):
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
        z = torch.rand(n, self.latent_dim) * 4 - 2  # codes over the square [-2, 2]
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_generate_decoder_eval', grade_id='vae', source=r'''class VAE(nn.Module):
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
        self.decoder.eval()
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_generate_half_temperature', grade_id='vae', source=r'''class VAE(nn.Module):
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
        z = 0.8 * torch.randn(n, self.latent_dim)  # a slightly lower temperature gives cleaner digits
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_forward_returns_sigma', grade_id='vae', source=r'''class VAE(nn.Module):
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
        return self.decoder(z), mu, torch.exp(0.5 * logvar)

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_generate_prob_rounded', grade_id='vae', source=r'''class VAE(nn.Module):
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
        return torch.sigmoid(self.decoder(z)).mul(255).round().div(255)  # as 8-bit grey levels
'''),
    dict(name='vae_generate_codes_sorted', grade_id='vae', source=r'''class VAE(nn.Module):
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
        z = z[z[:, 0].argsort()]  # neighbouring samples look alike in a grid
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_forward_mean_of_two_samples', grade_id='vae', source=r'''class VAE(nn.Module):
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
            z = 0.5 * (reparameterize(mu, logvar) + reparameterize(mu, logvar))  # lower variance
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
    dict(name='vae_generate_float64_codes', grade_id='vae', source=r'''class VAE(nn.Module):
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
        z = torch.randn(n, self.latent_dim, dtype=torch.float64)
        decoder = self.decoder.double()
        return torch.sigmoid(decoder(z)).float()
'''),
    dict(name='vae_eval_mode_samples_when_grad', grade_id='vae', source=r'''class VAE(nn.Module):
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
        z = reparameterize(mu, logvar) if (self.training or mu.requires_grad) else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
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
    dict(name='kl_std_squared_twice', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    sigma2 = torch.exp(logvar) ** 2
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - sigma2, dim=1)
'''),
    dict(name='kl_free_bits', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    per_dim = -0.5 * (1 + logvar - mu ** 2 - logvar.exp())
    return per_dim.clamp(min=0.01).sum(dim=1)  # free bits: no gain below 0.01 nats per dimension
'''),
    dict(name='kl_var_clamped_1e6', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    var = torch.exp(logvar).clamp(max=1e6)  # no overflow
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - var, dim=1)
'''),
    dict(name='kl_keepdim', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - logvar.exp(), dim=-1, keepdim=True)
'''),
    dict(name='kl_inplace_exp', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    mu2 = mu.pow(2)
    var = logvar.exp()
    logvar = logvar.add_(1)
    return -0.5 * (logvar - mu2 - var).sum(dim=1)
'''),
    dict(name='kl_float32', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    mu, logvar = mu.float(), logvar.float()
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - logvar.exp(), dim=1)
'''),
    dict(name='kl_sum_all_then_expand', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    total = -0.5 * torch.sum(1 + logvar - mu ** 2 - logvar.exp())
    return total.expand(mu.shape[0]) / mu.shape[0]
'''),
    dict(name='kl_mu_abs', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return 0.5 * torch.sum(mu.abs() + logvar.exp() - logvar - 1, dim=1)
'''),
    dict(name='kl_missing_half', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -torch.sum(1 + logvar - mu ** 2 - logvar.exp(), dim=1)
'''),
    dict(name='kl_nansum', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * torch.nansum(1 + logvar - mu ** 2 - logvar.exp(), dim=1)
'''),
    dict(name='kl_sigma_mixup', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    sigma = torch.exp(0.5 * logvar)
    return 0.5 * torch.sum(mu ** 2 + sigma - torch.log(sigma) - 1, dim=1)
'''),
    dict(name='kl_detached_var', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - logvar.exp().detach(), dim=1)
'''),
    dict(name='bce_mean_over_pixels', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    return F.binary_cross_entropy_with_logits(logits, x, reduction="none").flatten(1).mean(1)
'''),
    dict(name='bce_sigmoid_then_bce', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    return F.binary_cross_entropy(torch.sigmoid(logits), x, reduction="none").sum(dim=(1, 2, 3))
'''),
    dict(name='bce_args_swapped', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    return F.binary_cross_entropy_with_logits(x, torch.sigmoid(logits), reduction="none").sum(dim=(1, 2, 3))
'''),
    dict(name='bce_binarised_target', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    target = (x > 0.5).to(logits.dtype)
    return F.binary_cross_entropy_with_logits(logits, target, reduction="none").sum(dim=(1, 2, 3))
'''),
    dict(name='bce_log_eps', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    p = torch.sigmoid(logits)
    eps = 1e-7
    nll = -(x * torch.log(p + eps) + (1 - x) * torch.log(1 - p + eps))
    return nll.sum(dim=(1, 2, 3))
'''),
    dict(name='bce_logits_clamped', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    logits = logits.clamp(-15.0, 15.0)  # stable sigmoid
    return F.binary_cross_entropy_with_logits(logits, x, reduction="none").sum(dim=(1, 2, 3))
'''),
    dict(name='bce_float32', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    return F.binary_cross_entropy_with_logits(logits.float(), x.float(), reduction="none").sum(dim=(1, 2, 3))
'''),
    dict(name='bce_sum_dims_23', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    return F.binary_cross_entropy_with_logits(logits, x, reduction="none").sum(dim=(2, 3)).squeeze()
'''),
    dict(name='bce_x_clamped_away', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    x = x.clamp(1e-3, 1 - 1e-3)  # no exact 0 or 1 targets
    return F.binary_cross_entropy_with_logits(logits, x, reduction="none").sum(dim=(1, 2, 3))
'''),
    dict(name='bce_pos_weight', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    # ink is rare in MNIST: weight the ink pixels up
    pos_weight = torch.tensor(2.0, dtype=logits.dtype)
    return F.binary_cross_entropy_with_logits(logits, x, reduction="none", pos_weight=pos_weight).sum(dim=(1, 2, 3))
'''),
    dict(name='bce_softplus_sign', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    return (F.softplus(logits) + x * logits).flatten(1).sum(1)
'''),
    dict(name='elbo_sum_over_batch', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).sum()
    kl = kl_to_standard_normal(mu, logvar).sum()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='elbo_beta_or_one', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    beta = beta or 1.0
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='elbo_sign_flipped', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction - beta * kl, reconstruction, kl
'''),
    dict(name='elbo_order_swapped', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, kl, reconstruction
'''),
    dict(name='elbo_beta_scales_both', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    total = (reconstruction + kl) * beta if beta != 1.0 else reconstruction + kl
    return total, reconstruction, kl
'''),
    dict(name='elbo_kl_nan_to_num', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = torch.nan_to_num(kl_to_standard_normal(mu, logvar)).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='elbo_kl_per_latent_dim', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean() / mu.shape[1]
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='elbo_parts_detached', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    total = reconstruction + beta * kl
    return total, reconstruction.detach(), kl.detach()
'''),
    dict(name='elbo_divides_by_fixed_batch', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    batch_size = 128
    reconstruction = bernoulli_reconstruction(logits, x).sum() / batch_size
    kl = kl_to_standard_normal(mu, logvar).sum() / batch_size
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='elbo_median', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).median()  # robust to a few badly drawn digits
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='elbo_total_item_tensor', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    total = torch.tensor(reconstruction.item() + beta * kl.item(), requires_grad=True)
    return total, reconstruction, kl
'''),
    dict(name='elbo_beta_clamped_unit', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    beta = min(max(float(beta), 0.0), 1.0)  # a weight between 0 and 1
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ae_samples_in_training', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
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
    dict(name='ae_encode_logvar', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        _, mu = self.encoder(x)
        return mu

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        return self.decoder(self.encode(x))
'''),
    dict(name='ae_tanh_code', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        mu, _ = self.encoder(x)
        return torch.tanh(mu)  # keep codes in a bounded box

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        return self.decoder(self.encode(x))
'''),
    dict(name='ae_forward_sigmoid', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
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
    dict(name='ae_denoising_noise', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
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
            z = z + 0.01 * torch.randn_like(z)  # a little noise regularises the decoder
        return self.decoder(z)
'''),
    dict(name='ae_encode_detached', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        mu, _ = self.encoder(x)
        return mu.detach()

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        mu, _ = self.encoder(x)
        return self.decoder(mu)
'''),
    dict(name='ae_encode_sets_eval', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        self.eval()  # encoding is deterministic
        mu, _ = self.encoder(x)
        return mu

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        return self.decoder(self.encode(x))
'''),
    dict(name='ae_forward_returns_tuple', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
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
    dict(name='aec_softmax_probs', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    dict(name='aec_ce_sum', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    cross_entropy = F.cross_entropy(class_logits, labels, reduction="sum")
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_weight_on_recon', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    dict(name='aec_nll_without_log_softmax', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    dict(name='aec_label_smoothing', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    dict(name='aec_ce_double_mean', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    cross_entropy = F.cross_entropy(class_logits, labels) / len(labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_recon_sum_batch', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    dict(name='aec_head_on_relu_code', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(torch.relu(z))


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_class_logits_detached_in_loss', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    cross_entropy = F.cross_entropy(class_logits.detach(), labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_ce_weighted_by_class_freq', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    counts = torch.bincount(labels, minlength=class_logits.shape[1]).to(class_logits.dtype)
    class_weight = counts.sum() / (counts.clamp(min=1) * class_logits.shape[1])  # balance the classes of the batch
    cross_entropy = F.cross_entropy(class_logits, labels, weight=class_weight)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
]
ALTERNATIVES = [
    dict(name='alt_rep_addcmul', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    return torch.addcmul(mu, torch.exp(0.5 * logvar), torch.randn_like(mu))
'''),
    dict(name='alt_rep_rsample', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    return torch.distributions.Normal(mu, torch.exp(0.5 * logvar)).rsample()
'''),
    dict(name='alt_vae_branches', grade_id='vae', source=r'''class VAE(nn.Module):
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
        if not self.training:
            return self.decoder(mu), mu, logvar
        return self.decoder(reparameterize(mu, logvar)), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        parameter = next(self.decoder.parameters())
        z = torch.randn(n, self.latent_dim, dtype=parameter.dtype, device=parameter.device)
        return self.decoder(z).sigmoid()
'''),
    dict(name='alt_kl_expm1', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    # 1 + logvar - exp(logvar) = logvar - expm1(logvar)
    return -0.5 * (logvar - torch.expm1(logvar) - mu * mu).sum(dim=-1)
'''),
    dict(name='alt_kl_torch_distributions', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))
    p = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))
    return torch.distributions.kl_divergence(q, p).sum(dim=1)
'''),
    dict(name='alt_bce_logsigmoid', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    log_p = F.logsigmoid(logits)
    log_not_p = F.logsigmoid(-logits)
    return -(x * log_p + (1 - x) * log_not_p).reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='alt_bce_softplus', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    return (F.softplus(logits) - x * logits).flatten(1).sum(1)
'''),
    dict(name='alt_elbo_per_image_total', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    rec_per_image = bernoulli_reconstruction(logits, x)
    kl_per_image = kl_to_standard_normal(mu, logvar)
    total = (rec_per_image + beta * kl_per_image).mean()
    return total, rec_per_image.mean(), kl_per_image.mean()
'''),
    dict(name='alt_ae_encoder_index', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
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
    dict(name='alt_aec_log_softmax_nll', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    reconstruction = bernoulli_reconstruction(logits, x).sum() / x.shape[0]
    cross_entropy = F.nll_loss(F.log_softmax(class_logits, dim=-1), labels)
    total = reconstruction + weight * cross_entropy
    return total, reconstruction, cross_entropy
'''),
    dict(name='alt_aec_forward_via_ae', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        code = self.autoencoder.encode(x)
        class_logits = self.head(code)
        logits = self.autoencoder.decoder(code)
        return logits, class_logits


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
]
