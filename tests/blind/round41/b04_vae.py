"""Blind round 41: mistakes and alternatives for notebook 04_vae."""
NOTEBOOK = '04_vae'
MISTAKES = [
    dict(name='noise_standardised_per_call', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(mu)
    eps = (eps - eps.mean()) / eps.std()
    return mu + std * eps'''),
    dict(name='noise_shared_across_batch_rows', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(mu[:1]).expand_as(mu)
    return mu + std * eps'''),
    dict(name='noise_drawn_float64', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    eps = torch.randn(mu.shape, dtype=torch.float64, device=mu.device)
    return mu + std * eps'''),
    dict(name='logvar_floored_at_minus_30', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar.clamp(min=-30.0))
    eps = torch.randn_like(mu)
    return mu + std * eps'''),
    dict(name='noise_sorted_along_batch', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(mu).sort(dim=0).values
    return mu + std * eps'''),
    dict(name='noise_from_numpy_global_rng', grade_id='reparameterize', source=r'''import numpy as np


def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    eps = torch.as_tensor(np.random.standard_normal(tuple(mu.shape)), dtype=mu.dtype, device=mu.device)
    return mu + std * eps'''),
    dict(name='noise_drawn_in_float16', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    eps = torch.randn(mu.shape, dtype=torch.float16).to(device=mu.device, dtype=mu.dtype)
    return mu + std * eps'''),
    dict(name='noise_drawn_in_bfloat16', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(mu, dtype=torch.bfloat16).to(mu.dtype)
    return mu + std * eps'''),
    dict(name='noise_irwin_hall_twelve_uniforms', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    eps = torch.rand((12,) + tuple(mu.shape), dtype=mu.dtype, device=mu.device).sum(0) - 6
    return mu + std * eps'''),
    dict(name='noise_erfinv_of_rand_can_be_infinite', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    eps = math.sqrt(2) * torch.erfinv(2 * torch.rand_like(mu) - 1)
    return mu + std * eps'''),
    dict(name='noise_one_draw_per_dimension_shared_by_images', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    eps = torch.randn(mu.shape[-1], dtype=mu.dtype, device=mu.device).expand_as(mu)
    return mu + std * eps'''),
    dict(name='noise_variance_corrected_by_batch', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(mu)
    eps = eps / eps.pow(2).mean().sqrt()
    return mu + std * eps'''),
    dict(name='noise_antithetic_second_half', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(mu)
    half = len(eps) // 2
    eps = torch.cat([eps[:len(eps) - half], -eps[:half]]) if len(eps) > 1 else eps
    return mu + std * eps'''),
    dict(name='std_from_softplus_of_logvar', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = F.softplus(logvar).sqrt()
    eps = torch.randn_like(mu)
    return mu + std * eps'''),
    dict(name='std_sqrt_of_variance_plus_eps', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(logvar).add(1e-8).sqrt()
    eps = torch.randn_like(mu)
    return mu + std * eps'''),
    dict(name='noise_scaled_by_sqrt_n_over_n_minus_1', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(mu)
    n = eps.numel()
    eps = eps * math.sqrt(n / max(n - 1, 1))
    return mu + std * eps'''),
    dict(name='logvar_ceiling_at_10', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * torch.clamp(logvar, max=10.0))
    eps = torch.randn_like(mu)
    return mu + std * eps'''),
    dict(name='noise_rounded_to_two_decimals', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    eps = torch.round(torch.randn_like(mu) * 100) / 100
    return mu + std * eps'''),
    dict(name='mode_read_from_encoder_flag', grade_id='vae', source=r'''class VAE(nn.Module):
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
        z = reparameterize(mu, logvar) if self.encoder.training else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        device = next(self.parameters()).device
        z = torch.randn(n, self.latent_dim, device=device)
        return torch.sigmoid(self.decoder(z))'''),
    dict(name='mode_read_from_decoder_flag', grade_id='vae', source=r'''class VAE(nn.Module):
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
        z = reparameterize(mu, logvar) if self.decoder.training else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        device = next(self.parameters()).device
        z = torch.randn(n, self.latent_dim, device=device)
        return torch.sigmoid(self.decoder(z))'''),
    dict(name='eval_returns_zero_logvar', grade_id='vae', source=r'''class VAE(nn.Module):
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
            return self.decoder(reparameterize(mu, logvar)), mu, logvar
        return self.decoder(mu), mu, torch.zeros_like(logvar)

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        device = next(self.parameters()).device
        z = torch.randn(n, self.latent_dim, device=device)
        return torch.sigmoid(self.decoder(z))'''),
    dict(name='returns_sample_in_place_of_mu', grade_id='vae', source=r'''class VAE(nn.Module):
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
        device = next(self.parameters()).device
        z = torch.randn(n, self.latent_dim, device=device)
        return torch.sigmoid(self.decoder(z))'''),
    dict(name='generate_temperature_0_9', grade_id='vae', source=r'''class VAE(nn.Module):
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
        device = next(self.parameters()).device
        z = torch.randn(n, self.latent_dim, device=device) * 0.9
        return torch.sigmoid(self.decoder(z))'''),
    dict(name='generate_clamps_probabilities', grade_id='vae', source=r'''class VAE(nn.Module):
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
        device = next(self.parameters()).device
        z = torch.randn(n, self.latent_dim, device=device)
        return torch.sigmoid(self.decoder(z)).clamp(1e-4, 1 - 1e-4)'''),
    dict(name='generate_bernoulli_draws', grade_id='vae', source=r'''class VAE(nn.Module):
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
        device = next(self.parameters()).device
        z = torch.randn(n, self.latent_dim, device=device)
        return torch.bernoulli(torch.sigmoid(self.decoder(z)))'''),
    dict(name='generate_seeded_from_initial_seed', grade_id='vae', source=r'''class VAE(nn.Module):
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
        device = next(self.parameters()).device
        generator = torch.Generator().manual_seed(torch.initial_seed())
        z = torch.randn(n, self.latent_dim, generator=generator).to(device)
        return torch.sigmoid(self.decoder(z))'''),
    dict(name='generate_codes_standardised', grade_id='vae', source=r'''class VAE(nn.Module):
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
        device = next(self.parameters()).device
        z = torch.randn(n, self.latent_dim, device=device)
        if n > 1:
            z = (z - z.mean(0)) / z.std(0)
        return torch.sigmoid(self.decoder(z))'''),
    dict(name='generate_rounds_probabilities_to_bytes', grade_id='vae', source=r'''class VAE(nn.Module):
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
        device = next(self.parameters()).device
        z = torch.randn(n, self.latent_dim, device=device)
        return torch.round(torch.sigmoid(self.decoder(z)) * 255) / 255'''),
    dict(name='forward_eval_decodes_mu_plus_std', grade_id='vae', source=r'''class VAE(nn.Module):
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
        z = reparameterize(mu, logvar) if self.training else mu + 0.01 * torch.exp(0.5 * logvar)
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        device = next(self.parameters()).device
        z = torch.randn(n, self.latent_dim, device=device)
        return torch.sigmoid(self.decoder(z))'''),
    dict(name='forward_samples_when_grad_enabled', grade_id='vae', source=r'''class VAE(nn.Module):
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
        z = reparameterize(mu, logvar) if (self.training and torch.is_grad_enabled()) or logvar.requires_grad and self.training else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        device = next(self.parameters()).device
        z = torch.randn(n, self.latent_dim, device=device)
        return torch.sigmoid(self.decoder(z))'''),
    dict(name='generate_unit_norm_codes', grade_id='vae', source=r'''class VAE(nn.Module):
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
        device = next(self.parameters()).device
        z = torch.randn(n, self.latent_dim, device=device)
        z = z / z.norm(dim=1, keepdim=True) * math.sqrt(self.latent_dim)
        return torch.sigmoid(self.decoder(z))'''),
    dict(name='forward_logvar_clamped_before_sampling_only', grade_id='vae', source=r'''class VAE(nn.Module):
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
        z = reparameterize(mu, logvar.clamp(-20.0, 2.0)) if self.training else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        device = next(self.parameters()).device
        z = torch.randn(n, self.latent_dim, device=device)
        return torch.sigmoid(self.decoder(z))'''),
    dict(name='kl_summed_in_float64', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1, dtype=torch.float64)'''),
    dict(name='kl_log_of_variance_plus_eps', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    var = torch.exp(logvar)
    return 0.5 * torch.sum(mu ** 2 + var - torch.log(var + 1e-8) - 1, dim=1)'''),
    dict(name='kl_exp_in_place_on_logvar', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    term = 1 + logvar - mu ** 2
    return -0.5 * torch.sum(term - logvar.exp_(), dim=1)'''),
    dict(name='kl_mu_squared_with_abs_sqrt', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * torch.sum(1 + logvar - mu.abs() - torch.exp(logvar), dim=1)'''),
    dict(name='kl_keepdim_for_batch_of_one', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1, keepdim=mu.shape[0] == 1)'''),
    dict(name='kl_std_treated_as_logvar', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * torch.sum(1 + 2 * torch.log(torch.exp(0.5 * logvar).clamp(min=1e-6)) - mu ** 2 - torch.exp(logvar), dim=1)'''),
    dict(name='kl_half_missing_on_mu', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * torch.sum(1 + logvar - torch.exp(logvar), dim=1) + torch.sum(mu ** 2, dim=1)'''),
    dict(name='kl_clamped_at_zero_per_dimension_from_below_1e_3', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    per_dim = -0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar))
    return torch.where(per_dim < 1e-3, torch.zeros_like(per_dim), per_dim).sum(dim=1)'''),
    dict(name='kl_sums_over_first_dim_when_square', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    dim = 0 if mu.shape[0] == mu.shape[1] else 1
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=dim)'''),
    dict(name='kl_float32_for_any_input', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * torch.sum(1 + logvar.float() - mu.float() ** 2 - torch.exp(logvar.float()), dim=1)'''),
    dict(name='kl_mu_detached', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * torch.sum(1 + logvar - mu.detach() ** 2 - torch.exp(logvar), dim=1)'''),
    dict(name='targets_binarised_at_half', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    bce = F.binary_cross_entropy_with_logits(logits, (x > 0.5).to(logits.dtype), reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)'''),
    dict(name='bce_on_sigmoid_probabilities', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    bce = F.binary_cross_entropy(torch.sigmoid(logits), x, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)'''),
    dict(name='softplus_threshold_5', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    bce = F.softplus(logits, threshold=5) - logits * x
    return bce.reshape(len(x), -1).sum(dim=1)'''),
    dict(name='target_clamped_away_from_0_and_1', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    bce = F.binary_cross_entropy_with_logits(logits, x.clamp(1e-4, 1 - 1e-4), reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)'''),
    dict(name='label_smoothing_of_targets', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    bce = F.binary_cross_entropy_with_logits(logits, x * 0.98 + 0.01, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)'''),
    dict(name='logits_clamped_to_plus_minus_15', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    bce = F.binary_cross_entropy_with_logits(logits.clamp(-15, 15), x, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)'''),
    dict(name='sum_in_float16', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.reshape(len(x), -1).half().sum(dim=1).to(logits.dtype)'''),
    dict(name='sums_first_784_values_only', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.reshape(len(x), -1)[:, :784].sum(dim=1)'''),
    dict(name='target_rounded_to_256_levels', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    bce = F.binary_cross_entropy_with_logits(logits, torch.round(x * 255) / 255, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)'''),
    dict(name='subtracts_bce_of_target_entropy', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    entropy = F.binary_cross_entropy(x, x, reduction="none")
    return (bce - entropy).reshape(len(x), -1).sum(dim=1)'''),
    dict(name='logits_detached_for_large_values', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    safe = torch.where(logits.abs() > 30, logits.detach(), logits)
    bce = F.binary_cross_entropy_with_logits(safe, x, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)'''),
    dict(name='kl_part_returned_weighted', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = beta * kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + kl, reconstruction, kl'''),
    dict(name='beta_clamped_to_unit_interval', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + min(max(beta, 0.0), 1.0) * kl, reconstruction, kl'''),
    dict(name='beta_cast_to_int', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + int(beta) * kl, reconstruction, kl'''),
    dict(name='beta_rounded_to_one_decimal', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + round(float(beta), 1) * kl, reconstruction, kl'''),
    dict(name='total_from_float64_beta_tensor', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + torch.tensor(beta, dtype=torch.float64) * kl, reconstruction, kl'''),
    dict(name='reconstruction_divided_by_hard_coded_128', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).sum() / 128
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl'''),
    dict(name='total_beta_applied_as_squared', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta ** 2 * kl, reconstruction, kl'''),
    dict(name='kl_from_sampled_code_estimate', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
    kl_sample = (0.5 * z ** 2 - 0.5 * ((z - mu) ** 2) / torch.exp(logvar) - 0.5 * logvar).sum(dim=1)
    kl = kl_sample.mean()
    return reconstruction + beta * kl, reconstruction, kl'''),
    dict(name='reconstruction_weighted_by_one_minus_beta', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return (1 - beta) * reconstruction + beta * kl if beta < 1 else reconstruction + beta * kl, reconstruction, kl'''),
    dict(name='mean_weighted_by_ink_per_image', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    weights = x.reshape(len(x), -1).sum(1)
    weights = weights / weights.sum() * len(x) if weights.sum() > 0 else torch.ones_like(weights)
    reconstruction = (bernoulli_reconstruction(logits, x) * weights).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl'''),
    dict(name='codes_projected_to_unit_sphere', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        mu, _ = self.encoder(x)
        return mu / mu.norm(dim=1, keepdim=True).clamp(min=1e-12)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        return self.decoder(self.encode(x))'''),
    dict(name='encode_casts_to_float32', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        mu, _ = self.encoder(x)
        return mu.float()

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        return self.decoder(self.encode(x))'''),
    dict(name='encode_squeezes_batch_of_one', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        mu, _ = self.encoder(x)
        return mu.squeeze(0)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        return self.decoder(self.encode(x).reshape(len(x), -1))'''),
    dict(name='input_clamped_to_unit_interval', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        mu, _ = self.encoder(x.clamp(0, 1))
        return mu

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        return self.decoder(self.encode(x))'''),
    dict(name='forward_decodes_tanh_squashed_code', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
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
        return self.decoder(torch.tanh(self.encode(x)) * 3)'''),
    dict(name='encode_batchnorms_codes', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        mu, _ = self.encoder(x)
        if len(mu) > 1:
            mu = mu - mu.mean(0)
        return mu

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        return self.decoder(self.encode(x))'''),
    dict(name='forward_inputs_binarised', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
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
        return self.decoder(self.encode((x > 0.5).to(x.dtype)))'''),
    dict(name='encode_rounded_codes_in_eval', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        mu, _ = self.encoder(x)
        return mu if self.training else torch.round(mu * 1000) / 1000

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        return self.decoder(self.encode(x))'''),
    dict(name='head_on_detached_code', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy'''),
    dict(name='cross_entropy_label_smoothing', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy'''),
    dict(name='double_softmax_in_cross_entropy', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    cross_entropy = F.cross_entropy(torch.softmax(class_logits, dim=1), labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy'''),
    dict(name='one_hot_hard_coded_10_classes', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    cross_entropy = -(F.one_hot(labels, 10) * F.log_softmax(class_logits, dim=1)).sum(1).mean()
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy'''),
    dict(name='one_hot_width_from_batch_labels', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    cross_entropy = -(F.one_hot(labels).to(class_logits.dtype) * F.log_softmax(class_logits[:, :int(labels.max()) + 1], dim=1)).sum(1).mean()
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy'''),
    dict(name='labels_squeezed', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    cross_entropy = F.cross_entropy(class_logits.squeeze(), labels.squeeze())
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy'''),
    dict(name='cross_entropy_class_weights_from_batch', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    cross_entropy = F.cross_entropy(class_logits, labels, weight=1.0 / torch.bincount(labels, minlength=class_logits.shape[1]).clamp(min=1).to(class_logits.dtype))
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy'''),
    dict(name='head_on_tanh_code', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(torch.tanh(z))


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy'''),
    dict(name='reconstruction_of_binarised_image', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    reconstruction = bernoulli_reconstruction(logits, x.round()).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy'''),
    dict(name='cross_entropy_sum_over_classes_of_bce', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    cross_entropy = F.binary_cross_entropy_with_logits(class_logits, F.one_hot(labels, class_logits.shape[1]).to(class_logits.dtype), reduction="none").sum(1).mean()
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy'''),
    dict(name='weight_clamped_to_one', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    return reconstruction + min(weight, 1.0) * cross_entropy, reconstruction, cross_entropy'''),
    dict(name='class_logits_temperature_scaled', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z) / 2


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy'''),
    dict(name='cross_entropy_of_first_half_of_batch', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    cross_entropy = F.cross_entropy(class_logits[:max(1, len(labels) // 2)], labels[:max(1, len(labels) // 2)]) if len(labels) > 256 else F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy'''),
    dict(name='cross_entropy_float32_cast', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    cross_entropy = F.cross_entropy(class_logits.float(), labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy'''),
]
ALTERNATIVES = [
    dict(name='addcmul_with_randn_like', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    return torch.addcmul(mu, torch.exp(0.5 * logvar), torch.randn_like(mu))'''),
    dict(name='normal_in_place_on_empty_like', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    eps = torch.empty_like(mu).normal_()
    return mu + (0.5 * logvar).exp() * eps'''),
    dict(name='box_muller_safe_uniforms', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    u1 = 1.0 - torch.rand_like(mu)  # in (0, 1]
    u2 = torch.rand_like(mu)
    eps = torch.sqrt(-2.0 * torch.log(u1)) * torch.cos(2 * math.pi * u2)
    return mu + torch.exp(logvar / 2) * eps'''),
    dict(name='vae_explicit_if_else', grade_id='vae', source=r'''class VAE(nn.Module):
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
        logits = self.decoder(z)
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        weight = next(self.decoder.parameters())
        z = torch.randn(n, self.latent_dim, device=weight.device, dtype=weight.dtype)
        return self.decoder(z).sigmoid()'''),
    dict(name='kl_with_expm1', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return 0.5 * (mu.pow(2) + torch.expm1(logvar) - logvar).sum(dim=-1)'''),
    dict(name='kl_via_torch_distributions', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))
    p = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))
    return torch.distributions.kl_divergence(q, p).sum(dim=1)'''),
    dict(name='bce_softplus_formula', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    return (F.softplus(logits) - logits * x).flatten(1).sum(1)'''),
    dict(name='bce_logsigmoid_both_terms', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    ll = x * F.logsigmoid(logits) + (1 - x) * F.logsigmoid(-logits)
    return -ll.sum(dim=tuple(range(1, ll.dim())))'''),
    dict(name='elbo_sum_divided_by_batch', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    n = logits.shape[0]
    reconstruction = bernoulli_reconstruction(logits, x).sum() / n
    kl = kl_to_standard_normal(mu, logvar).sum() / n
    total = reconstruction + beta * kl
    return total, reconstruction, kl'''),
    dict(name='autoencoder_index_output', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
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
        return self.decoder(z)'''),
    dict(name='classifier_nll_of_log_softmax', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        code = self.autoencoder.encode(x)
        logits = self.autoencoder.decoder(code)
        return logits, self.head(code)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = F.binary_cross_entropy_with_logits(logits, x, reduction="sum") / len(x)
    cross_entropy = F.nll_loss(F.log_softmax(class_logits, dim=1), labels)
    total = reconstruction + weight * cross_entropy
    return total, reconstruction, cross_entropy'''),
    dict(name='classifier_logsumexp_cross_entropy', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    picked = class_logits.gather(1, labels[:, None]).squeeze(1)
    cross_entropy = (torch.logsumexp(class_logits, dim=1) - picked).mean()
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy'''),
]
