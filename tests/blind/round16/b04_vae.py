"""Blind round 16: mistakes and alternatives for notebook 04_vae."""

NOTEBOOK = '04_vae'

MISTAKES = [
    dict(name='reparam_std_is_exp_logvar', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    eps = torch.randn_like(mu)
    return mu + torch.exp(logvar) * eps
'''),
    dict(name='reparam_uniform_noise', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    eps = torch.rand_like(mu)
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='reparam_noise_shared_across_latent_dims', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    eps = torch.randn(mu.shape[0], 1)
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='reparam_noise_shared_across_batch', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    eps = torch.randn_like(mu[0])
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='reparam_noise_cached_between_calls', grade_id='reparameterize',
         source='''_noise = {}


def reparameterize(mu, logvar):
    key = tuple(mu.shape)
    if key not in _noise:
        _noise[key] = torch.randn_like(mu)
    return mu + torch.exp(0.5 * logvar) * _noise[key]
'''),
    dict(name='reparam_private_seeded_generator', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    generator = torch.Generator().manual_seed(0)
    eps = torch.randn(mu.shape, generator=generator)
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='reparam_std_detached', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar).detach()
    eps = torch.randn_like(mu)
    return mu + std * eps
'''),
    dict(name='reparam_torch_normal_no_gradient', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    return torch.normal(mu, torch.exp(0.5 * logvar))
'''),
    dict(name='reparam_clamped_logvar', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    logvar = logvar.clamp(-10.0, 10.0)
    eps = torch.randn_like(mu)
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='reparam_only_2d_inputs', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    batch, latent_dim = mu.shape[0], mu.shape[-1]
    eps = torch.randn(batch, latent_dim)
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='reparam_inplace_on_mu', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    eps = torch.randn_like(mu)
    return mu.add_(torch.exp(0.5 * logvar) * eps)
'''),
    dict(name='vae_mode_inverted', grade_id='vae',
         source='''class VAE(nn.Module):
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
    dict(name='vae_always_samples', grade_id='vae',
         source='''class VAE(nn.Module):
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
    dict(name='vae_never_samples', grade_id='vae',
         source='''class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim


    def forward(self, x):
        mu, logvar = self.encoder(x)
        return self.decoder(mu), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_forward_returns_probabilities', grade_id='vae',
         source='''class VAE(nn.Module):
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
    dict(name='vae_forward_returns_z_not_mu', grade_id='vae',
         source='''class VAE(nn.Module):
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
    dict(name='vae_forward_order_logvar_mu', grade_id='vae',
         source='''class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim


    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), logvar, mu

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_inline_sample_with_variance', grade_id='vae',
         source='''class VAE(nn.Module):
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
    dict(name='vae_eval_adds_unit_noise', grade_id='vae',
         source='''class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim


    def forward(self, x):
        mu, logvar = self.encoder(x)
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = reparameterize(mu, torch.zeros_like(logvar))
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_generate_returns_logits', grade_id='vae',
         source='''class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim


    def forward(self, x):
        mu, logvar = self.encoder(x)
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return self.decoder(z)
'''),
    dict(name='vae_generate_uniform_codes', grade_id='vae',
         source='''class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim


    def forward(self, x):
        mu, logvar = self.encoder(x)
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.rand(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_generate_hardcoded_latent_2', grade_id='vae',
         source='''class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim


    def forward(self, x):
        mu, logvar = self.encoder(x)
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, 2)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_generate_switches_to_eval', grade_id='vae',
         source='''class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim


    def forward(self, x):
        mu, logvar = self.encoder(x)
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        self.eval()
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_generate_fixed_seed_generator', grade_id='vae',
         source='''class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim


    def forward(self, x):
        mu, logvar = self.encoder(x)
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        generator = torch.Generator().manual_seed(0)
        z = torch.randn(n, self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_generate_without_no_grad', grade_id='vae',
         source='''class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim


    def forward(self, x):
        mu, logvar = self.encoder(x)
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        return self.decoder(z), mu, logvar

    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_generate_sampled_pixels', grade_id='vae',
         source='''class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim


    def forward(self, x):
        mu, logvar = self.encoder(x)
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.bernoulli(torch.sigmoid(self.decoder(z)))
'''),
    dict(name='kl_mean_over_latent_dims', grade_id='kl_to_standard_normal',
         source='''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.mean(1 + logvar - mu.pow(2) - logvar.exp(), dim=1)
'''),
    dict(name='kl_summed_over_batch_too', grade_id='kl_to_standard_normal',
         source='''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
'''),
    dict(name='kl_sum_over_batch_dim', grade_id='kl_to_standard_normal',
         source='''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=0)
'''),
    dict(name='kl_sign_flipped', grade_id='kl_to_standard_normal',
         source='''def kl_to_standard_normal(mu, logvar):
    return 0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=1)
'''),
    dict(name='kl_missing_one', grade_id='kl_to_standard_normal',
         source='''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(logvar - mu.pow(2) - logvar.exp(), dim=1)
'''),
    dict(name='kl_missing_half', grade_id='kl_to_standard_normal',
         source='''def kl_to_standard_normal(mu, logvar):
    return -torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=1)
'''),
    dict(name='kl_std_instead_of_variance', grade_id='kl_to_standard_normal',
         source='''def kl_to_standard_normal(mu, logvar):
    std = torch.exp(0.5 * logvar)
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - std, dim=1)
'''),
    dict(name='kl_log_of_exp_underflows', grade_id='kl_to_standard_normal',
         source='''def kl_to_standard_normal(mu, logvar):
    var = torch.exp(logvar)
    return -0.5 * torch.sum(1 + torch.log(var) - mu.pow(2) - var, dim=1)
'''),
    dict(name='kl_clamped_logvar', grade_id='kl_to_standard_normal',
         source='''def kl_to_standard_normal(mu, logvar):
    logvar = torch.clamp(logvar, min=-20.0, max=20.0)
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=1)
'''),
    dict(name='kl_keepdim_column', grade_id='kl_to_standard_normal',
         source='''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=1, keepdim=True)
'''),
    dict(name='kl_divided_by_batch_size', grade_id='kl_to_standard_normal',
         source='''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=1) / mu.shape[0]
'''),
    dict(name='bern_mean_over_pixels', grade_id='bernoulli_reconstruction',
         source='''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.flatten(start_dim=1).mean(dim=1)
'''),
    dict(name='bern_sigmoid_then_bce', grade_id='bernoulli_reconstruction',
         source='''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy(torch.sigmoid(logits), x, reduction="none")
    return bce.flatten(start_dim=1).sum(dim=1)
'''),
    dict(name='bern_sum_spatial_only', grade_id='bernoulli_reconstruction',
         source='''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.sum(dim=(2, 3))
'''),
    dict(name='bern_scalar_sum', grade_id='bernoulli_reconstruction',
         source='''def bernoulli_reconstruction(logits, x):
    return F.binary_cross_entropy_with_logits(logits, x, reduction="sum")
'''),
    dict(name='bern_arguments_swapped', grade_id='bernoulli_reconstruction',
         source='''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy_with_logits(x, torch.sigmoid(logits), reduction="none")
    return bce.flatten(start_dim=1).sum(dim=1)
'''),
    dict(name='bern_manual_log1p_exp_overflows', grade_id='bernoulli_reconstruction',
         source='''def bernoulli_reconstruction(logits, x):
    bce = (1 - x) * logits + torch.log1p(torch.exp(-logits))
    return bce.flatten(start_dim=1).sum(dim=1)
'''),
    dict(name='bern_binarised_targets', grade_id='bernoulli_reconstruction',
         source='''def bernoulli_reconstruction(logits, x):
    target = (x > 0.5).float()
    bce = F.binary_cross_entropy_with_logits(logits, target, reduction="none")
    return bce.flatten(start_dim=1).sum(dim=1)
'''),
    dict(name='bern_manual_sigmoid_log', grade_id='bernoulli_reconstruction',
         source='''def bernoulli_reconstruction(logits, x):
    p = torch.sigmoid(logits)
    bce = -(x * torch.log(p) + (1 - x) * torch.log(1 - p))
    return bce.flatten(start_dim=1).sum(dim=1)
'''),
    dict(name='nelbo_beta_on_reconstruction', grade_id='negative_elbo',
         source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return beta * reconstruction + kl, reconstruction, kl
'''),
    dict(name='nelbo_returns_weighted_kl', grade_id='negative_elbo',
         source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = beta * kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + kl, reconstruction, kl
'''),
    dict(name='nelbo_sums_over_batch', grade_id='negative_elbo',
         source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).sum()
    kl = kl_to_standard_normal(mu, logvar).sum()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='nelbo_default_beta_zero', grade_id='negative_elbo',
         source='''def negative_elbo(logits, x, mu, logvar, beta=0.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='nelbo_returns_python_floats', grade_id='negative_elbo',
         source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    total = reconstruction + beta * kl
    return total, reconstruction.item(), kl.item()
'''),
    dict(name='nelbo_minus_kl', grade_id='negative_elbo',
         source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction - beta * kl, reconstruction, kl
'''),
    dict(name='nelbo_inline_kl_mean_over_dims', grade_id='negative_elbo',
         source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = -0.5 * torch.mean(1 + logvar - mu.pow(2) - logvar.exp())
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='nelbo_bce_mean_reduction', grade_id='negative_elbo',
         source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = F.binary_cross_entropy_with_logits(logits, x)
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='nelbo_parts_per_image_vectors', grade_id='negative_elbo',
         source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x)
    kl = kl_to_standard_normal(mu, logvar)
    total = (reconstruction + beta * kl).mean()
    return total, reconstruction, kl
'''),
    dict(name='nelbo_order_kl_before_reconstruction', grade_id='negative_elbo',
         source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, kl, reconstruction
'''),
    dict(name='ae_forward_samples_in_training', grade_id='autoencoder',
         source='''class AutoEncoder(nn.Module):
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
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z)
'''),
    dict(name='ae_encode_returns_tuple', grade_id='autoencoder',
         source='''class AutoEncoder(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        return self.encoder(x)

    def forward(self, x):
        mu, logvar = self.encode(x)
        return self.decoder(mu)
'''),
    dict(name='ae_forward_returns_probabilities', grade_id='autoencoder',
         source='''class AutoEncoder(nn.Module):
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
    dict(name='ae_encode_returns_logvar', grade_id='autoencoder',
         source='''class AutoEncoder(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        return self.encoder(x)[1]

    def forward(self, x):
        return self.decoder(self.encode(x))
'''),
    dict(name='ae_encode_under_no_grad', grade_id='autoencoder',
         source='''class AutoEncoder(nn.Module):
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
    dict(name='ae_encode_detached', grade_id='autoencoder',
         source='''class AutoEncoder(nn.Module):
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
    dict(name='ae_encode_switches_to_eval', grade_id='autoencoder',
         source='''class AutoEncoder(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        self.eval()
        mu, _ = self.encoder(x)
        return mu

    def forward(self, x):
        return self.decoder(self.encode(x))
'''),
    dict(name='ae_forward_returns_logits_and_code', grade_id='autoencoder',
         source='''class AutoEncoder(nn.Module):
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
        return self.decoder(z), z
'''),
    dict(name='aec_head_on_detached_code', grade_id='ae_classifier',
         source='''class AEClassifier(nn.Module):
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
    total = reconstruction + weight * cross_entropy
    return total, reconstruction, cross_entropy
'''),
    dict(name='aec_forward_softmax_probabilities', grade_id='ae_classifier',
         source='''class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), torch.softmax(self.head(z), dim=1)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    total = reconstruction + weight * cross_entropy
    return total, reconstruction, cross_entropy
'''),
    dict(name='aec_forward_outputs_swapped', grade_id='ae_classifier',
         source='''class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.head(z), self.autoencoder.decoder(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    total = reconstruction + weight * cross_entropy
    return total, reconstruction, cross_entropy
'''),
    dict(name='aec_head_on_logvar', grade_id='ae_classifier',
         source='''class AEClassifier(nn.Module):
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
    total = reconstruction + weight * cross_entropy
    return total, reconstruction, cross_entropy
'''),
    dict(name='aec_loss_weight_on_reconstruction', grade_id='ae_classifier',
         source='''class AEClassifier(nn.Module):
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
    return weight * reconstruction + cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_loss_ce_summed', grade_id='ae_classifier',
         source='''class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels, reduction="sum")
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_loss_reconstruction_per_pixel', grade_id='ae_classifier',
         source='''class AEClassifier(nn.Module):
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
    dict(name='aec_loss_nll_without_log_softmax', grade_id='ae_classifier',
         source='''class AEClassifier(nn.Module):
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
    dict(name='aec_loss_default_weight_ten', grade_id='ae_classifier',
         source='''class AEClassifier(nn.Module):
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
    dict(name='aec_loss_double_softmax', grade_id='ae_classifier',
         source='''class AEClassifier(nn.Module):
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
    dict(name='aec_loss_returns_weighted_ce', grade_id='ae_classifier',
         source='''class AEClassifier(nn.Module):
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
    dict(name='aec_loss_reconstruction_summed_over_batch', grade_id='ae_classifier',
         source='''class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).sum()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
]

ALTERNATIVES = [
    dict(name='reparam_rsample', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    return torch.distributions.Normal(mu, torch.exp(0.5 * logvar), validate_args=False).rsample()
'''),
    dict(name='reparam_addcmul', grade_id='reparameterize',
         source='''def reparameterize(mu, logvar):
    std = logvar.div(2).exp()
    return torch.addcmul(mu, std, torch.randn_like(std))
'''),
    dict(name='vae_conditional_expression_and_sigmoid_method', grade_id='vae',
         source='''class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim


    def forward(self, x):
        mu, logvar = self.encoder(x)
        logits = self.decoder(reparameterize(mu, logvar) if self.training else mu)
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, n):
        return self.decoder(torch.randn(n, self.latent_dim)).sigmoid()
'''),
    dict(name='kl_positive_form', grade_id='kl_to_standard_normal',
         source='''def kl_to_standard_normal(mu, logvar):
    return 0.5 * (mu * mu + logvar.exp() - 1.0 - logvar).sum(dim=-1)
'''),
    dict(name='kl_loop_over_dimensions', grade_id='kl_to_standard_normal',
         source='''def kl_to_standard_normal(mu, logvar):
    total = torch.zeros(mu.shape[0], dtype=mu.dtype)
    for j in range(mu.shape[1]):
        m, lv = mu[:, j], logvar[:, j]
        total = total + 0.5 * (m.square() + torch.exp(lv) - lv - 1)
    return total
'''),
    dict(name='bern_softplus_form', grade_id='bernoulli_reconstruction',
         source='''def bernoulli_reconstruction(logits, x):
    per_pixel = F.softplus(logits) - x * logits
    return per_pixel.reshape(len(logits), -1).sum(dim=1)
'''),
    dict(name='bern_logsigmoid_form', grade_id='bernoulli_reconstruction',
         source='''def bernoulli_reconstruction(logits, x):
    per_pixel = -(x * F.logsigmoid(logits) + (1 - x) * F.logsigmoid(-logits))
    return per_pixel.sum(dim=(1, 2, 3))
'''),
    dict(name='nelbo_per_image_total_then_mean', grade_id='negative_elbo',
         source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    per_image_reconstruction = bernoulli_reconstruction(logits, x)
    per_image_kl = kl_to_standard_normal(mu, logvar)
    total = (per_image_reconstruction + beta * per_image_kl).mean()
    return total, per_image_reconstruction.mean(), per_image_kl.mean()
'''),
    dict(name='ae_direct_encoder_call', grade_id='autoencoder',
         source='''class AutoEncoder(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        return self.encoder(x)[0]

    def forward(self, x):
        mu = self.encoder(x)[0]
        return self.decoder(mu)
'''),
    dict(name='aec_log_softmax_gather', grade_id='ae_classifier',
         source='''class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        code = self.autoencoder.encode(x)
        class_logits = self.head(code)
        return self.autoencoder.decoder(code), class_logits


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = F.binary_cross_entropy_with_logits(logits, x, reduction="none").sum(dim=(1, 2, 3)).mean()
    log_probs = torch.log_softmax(class_logits, dim=1)
    cross_entropy = -log_probs.gather(1, labels[:, None]).squeeze(1).mean()
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
]
