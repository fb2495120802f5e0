"""Blind round 21: mistakes and alternatives for notebook 04_vae."""
NOTEBOOK = '04_vae'
MISTAKES = [
    dict(name='rep_variance_not_std', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    std = torch.exp(logvar)
    return mu + std * torch.randn_like(std)
'''),
    dict(name='rep_half_logvar_no_exp', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    return mu + 0.5 * logvar * torch.randn_like(mu)
'''),
    dict(name='rep_std_detached', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar).detach()
    return mu + std * torch.randn_like(std)
'''),
    dict(name='rep_torch_normal', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    return torch.normal(mu, torch.exp(0.5 * logvar))
'''),
    dict(name='rep_noise_shared_over_batch', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    # one noise vector per latent dimension, broadcast over the batch
    eps = torch.randn(mu.shape[-1], dtype=mu.dtype)
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_noise_shared_over_dims', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    # one noise value per image, broadcast over the latent dimensions
    eps = torch.randn(mu.shape[0], 1, dtype=mu.dtype)
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_noise_standardised', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    eps = torch.randn_like(mu)
    eps = (eps - eps.mean()) / eps.std()  # exactly zero mean, unit variance
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_logvar_clamped', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    logvar = logvar.clamp(-6.0, 6.0)  # keep exp() in a safe range
    return mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
'''),
    dict(name='rep_assumes_2d', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    eps = torch.randn(mu.size(0), mu.size(1), dtype=mu.dtype)
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_mu_detached', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    eps = torch.randn_like(mu)
    return mu.detach() + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_inplace_mu', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    eps = torch.randn_like(mu)
    return mu.add_(torch.exp(0.5 * logvar) * eps)
'''),
    dict(name='rep_no_grad_std', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    with torch.no_grad():
        std = torch.exp(0.5 * logvar)
    return mu + std * torch.randn_like(mu)
'''),
    dict(name='rep_numpy_noise_roundtrip', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    import numpy as np
    std = torch.exp(0.5 * logvar)
    eps = torch.from_numpy(np.random.standard_normal(tuple(mu.shape)))
    return mu + std * eps.to(mu.dtype)
'''),
    dict(name='vae_mode_inverted', grade_id='vae', source=r'''class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = mu if self.training else reparameterize(mu, logvar)
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_always_sample', grade_id='vae', source=r'''class VAE(nn.Module):
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
    dict(name='vae_sample_not_decoded', grade_id='vae', source=r'''class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        if self.training:
            z = reparameterize(mu, logvar)
        logits = self.decoder(mu)
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_returns_std', grade_id='vae', source=r'''class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        std = torch.exp(0.5 * logvar)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, std

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_variance_passed_as_logvar', grade_id='vae', source=r'''class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar.exp()) if self.training else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_eval_logvar_zeroed', grade_id='vae', source=r'''class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        if self.training:
            return self.decoder(reparameterize(mu, logvar)), mu, logvar
        return self.decoder(mu), mu, torch.zeros_like(logvar)  # no variance at evaluation

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_eval_under_no_grad', grade_id='vae', source=r'''class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        if self.training:
            mu, logvar = self.encoder(x)
            return self.decoder(reparameterize(mu, logvar)), mu, logvar
        with torch.no_grad():
            mu, logvar = self.encoder(x)
            return self.decoder(mu), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_squeeze_input', grade_id='vae', source=r'''class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x.squeeze())
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_forward_sets_train', grade_id='vae', source=r'''class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(z)
        self.train()
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_gen_latent_two', grade_id='vae', source=r'''class VAE(nn.Module):
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
        z = torch.randn(n, 2)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_gen_bernoulli_draw', grade_id='vae', source=r'''class VAE(nn.Module):
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
        return torch.bernoulli(torch.sigmoid(self.decoder(z)))
'''),
    dict(name='vae_gen_temperature', grade_id='vae', source=r'''class VAE(nn.Module):
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
        z = 0.7 * torch.randn(n, self.latent_dim)  # a lower temperature gives cleaner digits
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_gen_leaves_eval', grade_id='vae', source=r'''class VAE(nn.Module):
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
        self.eval()
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_gen_own_generator', grade_id='vae', source=r'''class VAE(nn.Module):
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
        generator = torch.Generator().manual_seed(n)
        z = torch.randn(n, self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_gen_via_reparameterize_logvar_one', grade_id='vae', source=r'''class VAE(nn.Module):
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
        z = reparameterize(zeros, torch.ones_like(zeros))
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='kl_logvar_as_logstd', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(1 + 2 * logvar - mu ** 2 - torch.exp(2 * logvar), dim=1)
'''),
    dict(name='kl_std_not_variance', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(0.5 * logvar), dim=1)
'''),
    dict(name='kl_missing_one', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(logvar - mu ** 2 - torch.exp(logvar), dim=1)
'''),
    dict(name='kl_mean_times_batch', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    # the mean over dimensions times their number
    return -0.5 * torch.mean(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1) * mu.shape[0]
'''),
    dict(name='kl_squeezed', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return (-0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar))).sum(dim=1, keepdim=True).squeeze()
'''),
    dict(name='kl_logvar_clamped', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    logvar = logvar.clamp(-10.0, 10.0)  # avoid overflow in exp
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1)
'''),
    dict(name='kl_casts_float32', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1).float()
'''),
    dict(name='kl_inplace_square', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(1 + logvar - mu.pow_(2) - torch.exp(logvar), dim=1)
'''),
    dict(name='kl_reverse_direction', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    # KL( N(0, I) || q )
    return 0.5 * torch.sum(logvar + (1 + mu ** 2) * torch.exp(-logvar) - 1, dim=1)
'''),
    dict(name='kl_clamped_nonneg_per_dim_float16', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    terms = -0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar))
    return terms.half().sum(dim=1).to(mu.dtype)
'''),
    dict(name='bce_mean_over_pixels', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    return F.binary_cross_entropy_with_logits(logits, x, reduction='none').mean(dim=(1, 2, 3))
'''),
    dict(name='bce_sigmoid_then_bce', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy(torch.sigmoid(logits), x, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='bce_manual_log_sigmoid', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    p = torch.sigmoid(logits)
    bce = -(x * torch.log(p) + (1 - x) * torch.log(1 - p))
    return bce.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='bce_sum_hw_only', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    return F.binary_cross_entropy_with_logits(logits, x, reduction="none").sum(dim=(2, 3))
'''),
    dict(name='bce_binarised_target', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy_with_logits(logits, x.round(), reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='bce_transposed_flatten', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.reshape(-1, len(x)).sum(dim=0)
'''),
    dict(name='bce_logits_clamped', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    logits = logits.clamp(-10.0, 10.0)  # avoid overflow
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='bce_squeeze_batch', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.squeeze().reshape(len(x), -1).sum(dim=1) if len(x) > 1 else bce.sum()
'''),
    dict(name='bce_inplace_clamp_target', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    x = x.clamp_(1e-4, 1 - 1e-4)
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='ne_beta_on_reconstruction', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return beta * reconstruction + kl, reconstruction, kl
'''),
    dict(name='ne_returns_weighted_kl', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = beta * kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + kl, reconstruction, kl
'''),
    dict(name='ne_per_pixel_reconstruction', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean() / 784
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ne_kl_divided_by_latent_dim', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).sum() / mu.shape[1]
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ne_kl_sum_recon_mean', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).sum()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ne_kl_detached', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl.detach(), reconstruction, kl
'''),
    dict(name='ne_reconstruction_detached_in_total', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction.detach() + beta * kl, reconstruction, kl
'''),
    dict(name='ne_default_beta_zero', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=0.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ne_mu_logvar_swapped', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(logvar, mu).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ne_python_floats_parts', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction.item(), kl.item()
'''),
    dict(name='ne_shape_one', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean(dim=0, keepdim=True)
    kl = kl_to_standard_normal(mu, logvar).mean(dim=0, keepdim=True)
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ae_encode_samples', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        mu, logvar = self.encoder(x)
        return mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)

    def forward(self, x):
        return self.decoder(self.encode(x))
'''),
    dict(name='ae_forward_samples_in_training', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
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
        z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu) if self.training else mu
        return self.decoder(z)
'''),
    dict(name='ae_denoising_codes', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        mu, _ = self.encoder(x)
        if self.training:
            mu = mu + 0.1 * torch.randn_like(mu)  # a little noise regularises the code
        return mu

    def forward(self, x):
        return self.decoder(self.encode(x))
'''),
    dict(name='ae_encode_detached', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        mu, _ = self.encoder(x)
        return mu.detach()

    def forward(self, x):
        return self.decoder(self.encode(x))
'''),
    dict(name='ae_encode_no_grad', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        with torch.no_grad():
            mu, _ = self.encoder(x)
        return mu

    def forward(self, x):
        return self.decoder(self.encode(x))
'''),
    dict(name='ae_encode_sets_eval', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        self.eval()  # deterministic code
        mu, _ = self.encoder(x)
        return mu

    def forward(self, x):
        return self.decoder(self.encode(x))
'''),
    dict(name='ae_encode_squeeze', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        mu, _ = self.encoder(x)
        return mu.squeeze(0)

    def forward(self, x):
        return self.decoder(self.encode(x))
'''),
    dict(name='ae_encode_input_binarised', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        mu, _ = self.encoder((x > 0.5).float())
        return mu

    def forward(self, x):
        return self.decoder(self.encode(x))
'''),
    dict(name='aec_head_on_logvar', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        mu, logvar = self.autoencoder.encoder(x)
        return self.autoencoder.decoder(mu), self.head(logvar)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_head_on_detached_code', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z.detach())


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_head_on_sampled_code', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        mu, logvar = self.autoencoder.encoder(x)
        z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu) if self.training else mu
        return self.autoencoder.decoder(mu), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_reconstruction_detached', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z.detach()), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aecl_double_softmax', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(torch.softmax(class_logits, dim=1), labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aecl_nll_without_log_softmax', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.nll_loss(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aecl_one_hot_ten', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    targets = F.one_hot(labels, 10).to(class_logits.dtype)
    cross_entropy = F.cross_entropy(class_logits, targets)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aecl_returns_weighted_ce', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = weight * F.cross_entropy(class_logits, labels)
    return reconstruction + cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aecl_convex_combination', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return (1 - weight) * reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aecl_pixel_mean_bce', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = F.binary_cross_entropy_with_logits(logits, x)
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aecl_label_smoothing', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels, label_smoothing=0.1)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aecl_default_weight_ten', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=10.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aecl_weight_on_both', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return weight * (reconstruction + cross_entropy), reconstruction, cross_entropy
'''),
    dict(name='aecl_ce_detached_logits', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits.detach(), labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
]
ALTERNATIVES = [
    dict(name='rep_rsample', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    return torch.distributions.Normal(mu, torch.exp(0.5 * logvar)).rsample()
'''),
    dict(name='rep_addcmul', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    return torch.addcmul(mu, torch.exp(0.5 * logvar), torch.randn_like(mu))
'''),
    dict(name='rep_sqrt_exp', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    eps = torch.randn(mu.shape, dtype=mu.dtype, device=mu.device)
    return mu + eps * logvar.exp().sqrt()
'''),
    dict(name='vae_alt_rsample_and_loop', grade_id='vae', source=r'''class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        if not self.training:
            return self.decoder(mu), mu, logvar
        z = reparameterize(mu, logvar)
        logits = self.decoder(z)
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n * self.latent_dim).reshape(n, self.latent_dim)
        return self.decoder(z).sigmoid()
'''),
    dict(name='vae_alt_gen_transposed_draw', grade_id='vae', source=r'''class VAE(nn.Module):
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
        z = torch.randn(self.latent_dim, n).t()  # (n, latent_dim), every entry N(0, 1) independently
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_alt_zero_mean_reparameterize', grade_id='vae', source=r'''class VAE(nn.Module):
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
        parameter = next(self.decoder.parameters())
        zeros = torch.zeros(n, self.latent_dim, dtype=parameter.dtype, device=parameter.device)
        z = reparameterize(zeros, zeros)  # N(0, I): mean 0, log-variance 0
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='kl_torch_distributions', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))
    p = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))
    return torch.distributions.kl_divergence(q, p).sum(dim=-1)
'''),
    dict(name='kl_expanded_terms', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return 0.5 * (mu.pow(2) + logvar.exp() - logvar - 1).sum(-1)
'''),
    dict(name='bce_softplus_formula', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    return (F.softplus(logits) - x * logits).flatten(start_dim=1).sum(dim=1)
'''),
    dict(name='bce_sum_dims', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    return F.binary_cross_entropy_with_logits(logits, x, reduction="none").sum(dim=(1, 2, 3))
'''),
    dict(name='bce_logsigmoid', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    log_p = F.logsigmoid(logits)
    log_not_p = F.logsigmoid(-logits)
    return -(x * log_p + (1 - x) * log_not_p).reshape(x.shape[0], -1).sum(-1)
'''),
    dict(name='ne_mean_of_per_image_total', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    per_image_reconstruction = bernoulli_reconstruction(logits, x)
    per_image_kl = kl_to_standard_normal(mu, logvar)
    total = (per_image_reconstruction + beta * per_image_kl).mean()
    return total, per_image_reconstruction.mean(), per_image_kl.mean()
'''),
    dict(name='ne_sum_over_len', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    batch = len(x)
    reconstruction = bernoulli_reconstruction(logits, x).sum() / batch
    kl = kl_to_standard_normal(mu, logvar).sum() / batch
    total = torch.add(reconstruction, kl, alpha=beta)
    return total, reconstruction, kl
'''),
    dict(name='ae_alt_index_zero', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        return self.encoder(x)[0]

    def forward(self, x):
        mu, _logvar = self.encoder(x)
        return self.decoder(mu)
'''),
    dict(name='aec_alt_two_passes_and_log_softmax_loss', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        logits = self.autoencoder(x)
        class_logits = self.head(self.autoencoder.encode(x))
        return logits, class_logits


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.nll_loss(F.log_softmax(class_logits, dim=1), labels)
    total = reconstruction + weight * cross_entropy
    return total, reconstruction, cross_entropy
'''),
    dict(name='aec_alt_soft_targets', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        mu, _ = self.autoencoder.encoder(x)
        return self.autoencoder.decoder(mu), self.head(mu)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).sum() / len(x)
    log_probs = class_logits.log_softmax(dim=-1)
    cross_entropy = -log_probs.gather(1, labels[:, None]).squeeze(1).mean()
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
]
