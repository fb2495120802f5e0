"""Blind round 19: mistakes and alternatives for notebook 04_vae."""

NOTEBOOK = '04_vae'

MISTAKES = [
    # ------------------------------------------------------------------ reparameterize
    dict(name='rep_uniform_noise_unit_variance', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I)."""
    # uniform noise rescaled to mean 0 and variance 1
    eps = (torch.rand_like(mu) - 0.5) * math.sqrt(12.0)
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_noise_shared_across_batch', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I)."""
    eps = torch.randn(mu.shape[-1], dtype=mu.dtype, device=mu.device)  # one noise vector, broadcast over the batch
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_noise_shared_across_dims', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I)."""
    eps = torch.randn(mu.shape[:-1] + (1,), dtype=mu.dtype, device=mu.device)
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_antithetic_noise', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I)."""
    # antithetic sampling: the second half of the batch gets the opposite noise (lower variance)
    half = torch.randn_like(mu[: (len(mu) + 1) // 2])
    eps = torch.cat([half, -half])[: len(mu)]
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_fresh_default_generator', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I)."""
    generator = torch.Generator(device=mu.device)  # keeps the global random state untouched
    eps = torch.randn(mu.shape, generator=generator, dtype=mu.dtype, device=mu.device)
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_truncated_noise', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I)."""
    eps = torch.randn_like(mu).clamp(-2.5, 2.5)  # no outliers
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_standardised_noise', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I)."""
    eps = torch.randn_like(mu)
    eps = (eps - eps.mean()) / eps.std()  # exactly mean 0 and std 1
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_variance_as_std', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I)."""
    std = torch.exp(logvar)
    return mu + std * torch.randn_like(std)
'''),
    dict(name='rep_half_variance', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I)."""
    std = 0.5 * torch.exp(logvar)
    return mu + std * torch.randn_like(mu)
'''),
    dict(name='rep_softplus_std', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I)."""
    std = F.softplus(logvar)  # a positive standard deviation
    return mu + std * torch.randn_like(mu)
'''),
    dict(name='rep_logvar_averaged_over_batch', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I)."""
    std = torch.exp(0.5 * logvar.mean(dim=0, keepdim=True))
    return mu + std * torch.randn_like(mu)
'''),
    dict(name='rep_two_dim_shape_only', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I)."""
    batch, latent_dim = mu.shape[0], mu.shape[-1]
    eps = torch.randn(batch, latent_dim, dtype=mu.dtype)
    return (mu.reshape(batch, latent_dim) + torch.exp(0.5 * logvar).reshape(batch, latent_dim) * eps)
'''),
    dict(name='rep_returns_z_and_eps', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I)."""
    eps = torch.randn_like(mu)
    return mu + torch.exp(0.5 * logvar) * eps, eps
'''),
    dict(name='rep_noise_sorted_over_batch', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I)."""
    eps = torch.randn_like(mu).sort(dim=0).values  # stratified: same values, ordered
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_numpy_global_noise', grade_id='reparameterize', source=r'''import numpy as np


def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I)."""
    eps = torch.from_numpy(np.random.standard_normal(tuple(mu.shape))).to(mu.dtype)
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_average_of_two_draws', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I)."""
    eps = (torch.randn_like(mu) + torch.randn_like(mu)) / 2  # average two draws to reduce the noise
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_std_from_abs_logvar', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I)."""
    std = torch.sqrt(torch.exp(logvar.abs()))
    return mu + std * torch.randn_like(mu)
'''),
    dict(name='rep_noise_scaled_by_batch_std', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I)."""
    eps = torch.randn_like(mu)
    eps = eps - eps.mean(dim=0, keepdim=True)  # centre the noise of the batch
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_half_precision_noise', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I)."""
    eps = torch.randn(mu.shape, dtype=torch.bfloat16).to(mu.dtype)  # cheap noise
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_noise_like_first_row', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I)."""
    eps = torch.randn_like(mu[:1]).expand_as(mu)
    return mu + torch.exp(0.5 * logvar) * eps
'''),

    # ------------------------------------------------------------------ VAE
    dict(name='vae_samples_in_eval_mode', grade_id='vae', source=r'''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar)
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_mode_from_grad_enabled', grade_id='vae', source=r'''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        # sample only when we are going to back-propagate
        z = reparameterize(mu, logvar) if torch.is_grad_enabled() else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_mode_from_decoder_flag', grade_id='vae', source=r'''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.encoder.training and self.decoder.training else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_returns_z_as_mu', grade_id='vae', source=r'''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), z, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_own_sampling_with_variance', grade_id='vae', source=r'''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        if self.training:
            z = mu + logvar.exp() * torch.randn_like(mu)
        else:
            z = mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_passes_variance_as_logvar', grade_id='vae', source=r'''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, torch.exp(logvar)) if self.training else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_forward_returns_probabilities', grade_id='vae', source=r'''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return torch.sigmoid(self.decoder(z)), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_forward_flat_logits', grade_id='vae', source=r'''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z).flatten(1), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_eval_adds_mean_noise', grade_id='vae', source=r'''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar)
        if not self.training:
            z = (z + mu) / 2  # a milder sample for evaluation
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_generate_uniform_codes', grade_id='vae', source=r'''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.rand(n, self.latent_dim) * 4 - 2  # codes spread over [-2, 2]
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_generate_returns_logits', grade_id='vae', source=r'''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        return self.decoder(torch.randn(n, self.latent_dim))
'''),
    dict(name='vae_generate_bernoulli_draws', grade_id='vae', source=r'''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.bernoulli(torch.sigmoid(self.decoder(z)))  # a real sample of p(x|z)
'''),
    dict(name='vae_generate_thresholded', grade_id='vae', source=r'''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return (self.decoder(z) > 0).float()
'''),
    dict(name='vae_generate_truncated_prior', grade_id='vae', source=r'''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim).clamp(-2, 2)  # truncation trick: nicer samples
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_generate_on_sphere', grade_id='vae', source=r'''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        z = z / z.norm(dim=1, keepdim=True) * math.sqrt(self.latent_dim)  # the shell where the prior lives
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_generate_default_generator', grade_id='vae', source=r'''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim, generator=torch.Generator())
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_generate_through_reparameterize', grade_id='vae', source=r'''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        zeros = torch.zeros(n, self.latent_dim)
        z = reparameterize(zeros, zeros + 1.0)  # N(0, 1): mean 0 and variance 1
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_generate_shared_code', grade_id='vae', source=r'''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(1, self.latent_dim).repeat(n, 1)
        return torch.sigmoid(self.decoder(z))
'''),

    # ------------------------------------------------------------------ kl_to_standard_normal
    dict(name='kl_mean_over_dims', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats."""
    return -0.5 * torch.mean(1 + logvar - mu.pow(2) - logvar.exp(), dim=1)
'''),
    dict(name='kl_sum_over_batch', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats."""
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=0)
'''),
    dict(name='kl_keepdim', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats."""
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=1, keepdim=True)
'''),
    dict(name='kl_missing_half', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats."""
    return -torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=1)
'''),
    dict(name='kl_missing_one', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats."""
    return -0.5 * torch.sum(logvar - mu.pow(2) - logvar.exp(), dim=1)
'''),
    dict(name='kl_std_instead_of_variance', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats."""
    sigma = torch.exp(0.5 * logvar)
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - sigma, dim=1)
'''),
    dict(name='kl_variance_squared', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats."""
    sigma = torch.exp(logvar)  # the standard deviation
    return -0.5 * torch.sum(1 + torch.log(sigma ** 2) - mu ** 2 - sigma ** 2, dim=1)
'''),
    dict(name='kl_abs_mu', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats."""
    return -0.5 * torch.sum(1 + logvar - mu.abs() - logvar.exp(), dim=1)
'''),
    dict(name='kl_reverse_direction', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats."""
    # KL between two Gaussians, 0.5 * (var_ratio + mean_term - 1 - log var_ratio)
    return 0.5 * torch.sum(torch.exp(-logvar) * (1 + mu.pow(2)) - 1 + logvar, dim=1)
'''),
    dict(name='kl_distributions_reversed', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats."""
    q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))
    p = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))
    return torch.distributions.kl_divergence(p, q).sum(dim=1)
'''),
    dict(name='kl_monte_carlo_estimate', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats."""
    std = torch.exp(0.5 * logvar)
    z = mu + std * torch.randn_like(mu)
    log_q = -0.5 * (logvar + ((z - mu) / std) ** 2)
    log_p = -0.5 * z ** 2
    return (log_q - log_p).sum(dim=1)
'''),
    dict(name='kl_divided_by_batch', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats."""
    kl = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=1)
    return kl / mu.shape[0]
'''),
    dict(name='kl_log_of_variance_with_eps', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats."""
    var = logvar.exp()
    return 0.5 * torch.sum(mu ** 2 + var - 1 - torch.log(var + 1e-8), dim=1)
'''),
    dict(name='kl_centres_mu_over_batch', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats."""
    centred = mu - mu.mean(dim=0, keepdim=True)
    return -0.5 * torch.sum(1 + logvar - centred.pow(2) - logvar.exp(), dim=1)
'''),
    dict(name='kl_drops_last_dim', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats."""
    per_dim = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return per_dim[:, :-1].sum(dim=1) if per_dim.shape[1] > 1 else per_dim[:, 0]
'''),
    dict(name='kl_in_bits', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats."""
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=1) / math.log(2)
'''),
    dict(name='kl_sign_flipped', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats."""
    return 0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=1)
'''),
    dict(name='kl_log_sigma_not_log_var', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats."""
    return -0.5 * torch.sum(1 + 0.5 * logvar - mu.pow(2) - logvar.exp(), dim=1)
'''),
    dict(name='kl_sums_all_but_first_flatten_scalar', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats."""
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
'''),

    # ------------------------------------------------------------------ bernoulli_reconstruction
    dict(name='br_mean_over_pixels', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image."""
    return F.binary_cross_entropy_with_logits(logits, x, reduction="none").flatten(1).mean(dim=1)
'''),
    dict(name='br_sum_spatial_only', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image."""
    return F.binary_cross_entropy_with_logits(logits, x, reduction="none").sum(dim=(2, 3))
'''),
    dict(name='br_sigmoid_then_bce', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image."""
    p = torch.sigmoid(logits)
    return F.binary_cross_entropy(p, x, reduction="none").flatten(1).sum(dim=1)
'''),
    dict(name='br_manual_log_with_eps', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image."""
    p = torch.sigmoid(logits)
    eps = 1e-7
    bce = -(x * torch.log(p + eps) + (1 - x) * torch.log(1 - p + eps))
    return bce.flatten(1).sum(dim=1)
'''),
    dict(name='br_arguments_swapped', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image."""
    return F.binary_cross_entropy_with_logits(x, torch.sigmoid(logits), reduction="none").flatten(1).sum(dim=1)
'''),
    dict(name='br_reduction_sum_scalar', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image."""
    return F.binary_cross_entropy_with_logits(logits, x, reduction="sum")
'''),
    dict(name='br_binarised_target', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image."""
    target = (x > 0.5).to(logits.dtype)  # Bernoulli pixels are 0 or 1
    return F.binary_cross_entropy_with_logits(logits, target, reduction="none").flatten(1).sum(dim=1)
'''),
    dict(name='br_squared_error', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image."""
    return F.mse_loss(torch.sigmoid(logits), x, reduction="none").flatten(1).sum(dim=1)
'''),
    dict(name='br_sums_batch_too_keeps_pixels', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image."""
    return F.binary_cross_entropy_with_logits(logits, x, reduction="none").sum(dim=0)
'''),
    dict(name='br_logsigmoid_wrong_complement', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image."""
    log_p = F.logsigmoid(logits)
    log_not_p = torch.log1p(-torch.exp(log_p))
    return -(x * log_p + (1 - x) * log_not_p).flatten(1).sum(dim=1)
'''),
    dict(name='br_inverted_target', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image."""
    return F.binary_cross_entropy_with_logits(-logits, x, reduction="none").flatten(1).sum(dim=1)
'''),
    dict(name='br_log_likelihood_sign', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image."""
    log_likelihood = -F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return log_likelihood.flatten(1).sum(dim=1)
'''),
    dict(name='br_in_bits', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image."""
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none").flatten(1).sum(dim=1)
    return bce / math.log(2)
'''),
    dict(name='br_pos_weight_balanced', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image."""
    # ink is rare: weight it by the ratio of paper to ink
    pos_weight = ((1 - x).sum() / x.sum().clamp(min=1e-6)).detach()
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none", pos_weight=pos_weight)
    return bce.flatten(1).sum(dim=1)
'''),
    dict(name='br_minus_entropy_of_target', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image."""
    # subtract the BCE of the image with itself so that a perfect reconstruction costs 0
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    entropy = F.binary_cross_entropy(x, x, reduction="none")
    return (bce - entropy).flatten(1).sum(dim=1)
'''),
    dict(name='br_softplus_missing_term', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image."""
    bce = F.softplus(-logits) * x + logits * (1 - x)  # -log sigmoid(l) and -log(1 - sigmoid(l))
    return bce.flatten(1).sum(dim=1)
'''),
    dict(name='br_quantised_target', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image."""
    target = torch.round(x * 255) / 255  # MNIST grey levels
    return F.binary_cross_entropy_with_logits(logits, target, reduction="none").flatten(1).sum(dim=1)
'''),

    # ------------------------------------------------------------------ negative_elbo
    dict(name='ne_beta_on_reconstruction', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return beta * reconstruction + kl, reconstruction, kl
'''),
    dict(name='ne_sum_over_batch', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch."""
    reconstruction = bernoulli_reconstruction(logits, x).sum()
    kl = kl_to_standard_normal(mu, logvar).sum()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ne_returns_python_floats', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    total = reconstruction + beta * kl
    return total, reconstruction.item(), kl.item()
'''),
    dict(name='ne_returns_weighted_kl', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = beta * kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + kl, reconstruction, kl
'''),
    dict(name='ne_beta_applied_twice', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = beta * kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ne_mean_over_pixels', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch."""
    reconstruction = F.binary_cross_entropy_with_logits(logits, x)
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ne_normalised_by_beta', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    total = (reconstruction + beta * kl) / (1 + beta) * 2  # keep the scale of beta = 1
    return total, reconstruction, kl
'''),
    dict(name='ne_shape_one_not_scalar', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch."""
    reconstruction = bernoulli_reconstruction(logits, x).mean(dim=0, keepdim=True)
    kl = kl_to_standard_normal(mu, logvar).mean(dim=0, keepdim=True)
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ne_double_sigmoid', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch."""
    probs = torch.sigmoid(logits)
    reconstruction = bernoulli_reconstruction(probs, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ne_kl_args_swapped', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(logvar, mu).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ne_reconstruction_args_swapped', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch."""
    reconstruction = bernoulli_reconstruction(x, torch.sigmoid(logits)).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ne_median_over_batch', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch."""
    reconstruction = bernoulli_reconstruction(logits, x).median()  # robust to outlier images
    kl = kl_to_standard_normal(mu, logvar).median()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ne_returns_elbo_sign', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return -(reconstruction + beta * kl), reconstruction, kl
'''),
    dict(name='ne_free_bits', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).clamp(min=0.5).mean()  # free bits against posterior collapse
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ne_mixed_reductions', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).sum()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ne_kl_per_latent_dim', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean() / mu.shape[1]
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ne_weighted_by_image_ink', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch."""
    weights = x.flatten(1).sum(dim=1)
    weights = weights / weights.sum()  # images with more ink count more
    reconstruction = (bernoulli_reconstruction(logits, x) * weights).sum()
    kl = (kl_to_standard_normal(mu, logvar) * weights).sum()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ne_beta_rounded', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + round(beta) * kl, reconstruction, kl
'''),

    # ------------------------------------------------------------------ AutoEncoder
    dict(name='ae_samples_in_training', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        mu, logvar = self.encoder(x)
        return reparameterize(mu, logvar) if self.training else mu

    def forward(self, x):
        return self.decoder(self.encode(x))
'''),
    dict(name='ae_encode_returns_pair', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        return self.encoder(x)

    def forward(self, x):
        mu, _ = self.encode(x)
        return self.decoder(mu)
'''),
    dict(name='ae_forward_probabilities', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        mu, _ = self.encoder(x)
        return mu

    def forward(self, x):
        return torch.sigmoid(self.decoder(self.encode(x)))
'''),
    dict(name='ae_forward_vae_triple', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        mu, _ = self.encoder(x)
        return mu

    def forward(self, x):
        mu, logvar = self.encoder(x)
        return self.decoder(mu), mu, logvar
'''),
    dict(name='ae_latent_noise_in_training', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        mu, _ = self.encoder(x)
        return mu

    def forward(self, x):
        z = self.encode(x)
        if self.training:
            z = z + 0.01 * torch.randn_like(z)  # a little regularisation
        return self.decoder(z)
'''),
    dict(name='ae_denoising_input', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        mu, _ = self.encoder(x)
        return mu

    def forward(self, x):
        if self.training:
            x = (x + 0.05 * torch.randn_like(x)).clamp(0, 1)  # denoising autoencoder
        return self.decoder(self.encode(x))
'''),
    dict(name='ae_unit_norm_code', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        mu, _ = self.encoder(x)
        return F.normalize(mu, dim=1)

    def forward(self, x):
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
        mu, _ = self.encoder(x)
        return torch.tanh(mu)  # keep the codes bounded

    def forward(self, x):
        return self.decoder(self.encode(x))
'''),
    dict(name='ae_binarised_input', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        mu, _ = self.encoder((x > 0.5).to(x.dtype))
        return mu

    def forward(self, x):
        return self.decoder(self.encode(x))
'''),
    dict(name='ae_unpacks_logvar', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        return self.encoder(x)[-1]

    def forward(self, x):
        return self.decoder(self.encode(x))
'''),
    dict(name='ae_forward_flat_logits', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        mu, _ = self.encoder(x)
        return mu

    def forward(self, x):
        return self.decoder(self.encode(x)).reshape(len(x), -1)
'''),
    dict(name='ae_batch_centred_code', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        mu, _ = self.encoder(x)
        return mu - mu.mean(dim=0, keepdim=True)

    def forward(self, x):
        return self.decoder(self.encode(x))
'''),
    dict(name='ae_decodes_mu_plus_std', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        mu, _ = self.encoder(x)
        return mu

    def forward(self, x):
        mu, logvar = self.encoder(x)
        return self.decoder(mu + torch.exp(0.5 * logvar))  # deterministic, but uses the spread too
'''),
    dict(name='ae_dropout_on_code', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        mu, _ = self.encoder(x)
        return mu

    def forward(self, x):
        return self.decoder(F.dropout(self.encode(x), p=0.1, training=self.training))
'''),

    # ------------------------------------------------------------------ AEClassifier + ae_classifier_loss
    dict(name='aec_class_probabilities', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), torch.softmax(self.head(z), dim=1)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_class_log_softmax', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), F.log_softmax(self.head(z), dim=1)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_head_after_relu', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(F.relu(z))


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_images_as_probabilities', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return torch.sigmoid(self.autoencoder.decoder(z)), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_head_on_encoder_logvar', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        mu, logvar = self.autoencoder.encoder(x)
        return self.autoencoder.decoder(mu), self.head(logvar)  # the head reads the other output


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_head_on_normalised_code', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(F.normalize(z, dim=1))


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
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
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return weight * reconstruction + cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_loss_pixel_mean_reconstruction', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction."""
    reconstruction = F.binary_cross_entropy_with_logits(logits, x)
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_loss_ce_summed', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels, reduction="sum")
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_loss_ce_on_softmax', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(torch.softmax(class_logits, dim=1), labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_loss_nll_on_logits', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.nll_loss(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_loss_returns_weighted_ce', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = weight * F.cross_entropy(class_logits, labels)
    return reconstruction + cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_loss_one_hot_bce', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    target = F.one_hot(labels, class_logits.shape[1]).to(class_logits.dtype)
    cross_entropy = F.binary_cross_entropy_with_logits(class_logits, target, reduction="none").sum(dim=1).mean()
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_loss_label_smoothing', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels, label_smoothing=0.1)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_loss_convex_weights', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    total = (reconstruction + weight * cross_entropy) / (1 + weight)
    return total, reconstruction, cross_entropy
'''),
    dict(name='aec_loss_reconstruction_summed_over_batch', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction."""
    reconstruction = bernoulli_reconstruction(logits, x).sum()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_loss_parts_as_floats', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction.item(), cross_entropy.item()
'''),
    dict(name='aec_loss_ce_divided_by_classes', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    log_probs = F.log_softmax(class_logits, dim=1)
    cross_entropy = -log_probs.gather(1, labels[:, None]).sum() / log_probs.shape[1]  # mean over the classes
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_loss_log_softmax_prob_eps', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    probs = torch.softmax(class_logits, dim=1)
    cross_entropy = -torch.log(probs[torch.arange(len(labels)), labels] + 1e-6).mean()
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
]

ALTERNATIVES = [
    dict(name='rep_addcmul_normal_', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I)."""
    eps = torch.empty_like(mu).normal_()
    return torch.addcmul(mu, torch.exp(logvar / 2), eps)
'''),
    dict(name='rep_sum_of_two_draws_scaled', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I)."""
    eps = (torch.randn_like(mu) + torch.randn_like(mu)) / math.sqrt(2.0)  # still N(0, 1)
    return mu + logvar.exp().sqrt() * eps
'''),
    dict(name='rep_box_muller', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I)."""
    u1 = 1.0 - torch.rand_like(mu)  # in (0, 1]
    u2 = torch.rand_like(mu)
    eps = torch.sqrt(-2.0 * torch.log(u1)) * torch.cos(2 * math.pi * u2)
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='vae_generate_via_parameters_dtype', grade_id='vae', source=r'''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        if not self.training:
            return self.decoder(mu), mu, logvar
        return self.decoder(reparameterize(mu, logvar)), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn((n, self.latent_dim))
        return self.decoder(z).sigmoid()
'''),
    dict(name='vae_where_mode', grade_id='vae', source=r'''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = mu
        if self.training:
            z = reparameterize(mu, logvar)
        logits = self.decoder(z)
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, n):
        prior = torch.distributions.Normal(torch.zeros(self.latent_dim), torch.ones(self.latent_dim))
        return torch.sigmoid(self.decoder(prior.sample((n,))))
'''),
    dict(name='kl_distributions', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats."""
    q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))
    p = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))
    return torch.distributions.kl_divergence(q, p).sum(dim=-1)
'''),
    dict(name='kl_positive_form_loop', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats."""
    total = torch.zeros_like(mu[:, 0])
    for j in range(mu.shape[1]):
        total = total + 0.5 * (mu[:, j] ** 2 + torch.exp(logvar[:, j]) - 1 - logvar[:, j])
    return total
'''),
    dict(name='br_softplus_formula', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image."""
    bce = F.softplus(logits) - x * logits  # -[x log s(l) + (1 - x) log(1 - s(l))]
    return bce.reshape(len(bce), -1).sum(dim=1)
'''),
    dict(name='br_logsigmoid_both', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image."""
    nll = -(x * F.logsigmoid(logits) + (1 - x) * F.logsigmoid(-logits))
    return nll.sum(dim=tuple(range(1, nll.dim())))
'''),
    dict(name='ne_total_per_image_then_mean', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch."""
    per_image_reconstruction = bernoulli_reconstruction(logits, x)
    per_image_kl = kl_to_standard_normal(mu, logvar)
    total = (per_image_reconstruction + beta * per_image_kl).mean()
    return total, per_image_reconstruction.mean(), per_image_kl.mean()
'''),
    dict(name='ne_sum_divided_by_len', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch."""
    n = x.shape[0]
    reconstruction = bernoulli_reconstruction(logits, x).sum() / n
    kl = kl_to_standard_normal(mu, logvar).sum() / n
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ae_forward_direct', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        return self.encoder(x)[0]

    def forward(self, x):
        mu, _ = self.encoder(x)
        return self.decoder(mu)
'''),
    dict(name='aec_manual_log_softmax', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        logits = self.autoencoder.decoder(z)
        class_logits = self.head(z)
        return logits, class_logits


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction."""
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    log_probs = class_logits - torch.logsumexp(class_logits, dim=1, keepdim=True)
    cross_entropy = -log_probs.gather(1, labels.unsqueeze(1)).squeeze(1).mean()
    total = reconstruction + weight * cross_entropy
    return total, reconstruction, cross_entropy
'''),
    dict(name='aec_forward_via_autoencoder_forward', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        return self.autoencoder(x), self.head(self.autoencoder.encode(x))


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction."""
    reconstruction = F.binary_cross_entropy_with_logits(logits, x, reduction="sum") / len(x)
    cross_entropy = F.nll_loss(F.log_softmax(class_logits, dim=1), labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
]
