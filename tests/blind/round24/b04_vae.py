"""Blind round 24: mistakes and alternatives for notebook 04_vae."""
NOTEBOOK = '04_vae'
MISTAKES = [
    # ------------------------------------------------------------------ reparameterize
    dict(name='rep_variance_as_std', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    std = torch.exp(logvar)
    eps = torch.randn_like(std)
    return mu + std * eps
'''),
    dict(name='rep_negative_half', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    std = torch.exp(-0.5 * logvar)
    eps = torch.randn_like(std)
    return mu + std * eps
'''),
    dict(name='rep_uniform_noise', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    eps = torch.rand_like(std)
    return mu + std * eps
'''),
    dict(name='rep_std_detached', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar).detach()
    eps = torch.randn_like(std)
    return mu + std * eps
'''),
    dict(name='rep_torch_normal', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    return torch.normal(mu, std)
'''),
    dict(name='rep_one_noise_per_batch', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    eps = torch.randn(mu.shape[-1])  # one draw per latent dimension
    return mu + std * eps
'''),
    dict(name='rep_one_noise_per_image', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    eps = torch.randn(mu.shape[0], 1)  # one draw per image
    return mu + std * eps
'''),
    dict(name='rep_two_dim_shape_only', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    batch_size, latent_dim = mu.shape
    std = torch.exp(0.5 * logvar)
    eps = torch.randn(batch_size, latent_dim)
    return mu + std * eps
'''),
    dict(name='rep_numpy_noise', grade_id='reparameterize', source=r'''import numpy as np


def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    eps = torch.from_numpy(np.random.standard_normal(tuple(mu.shape)))
    return mu + std * eps
'''),
    dict(name='rep_logvar_mul_inplace', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    std = logvar.mul_(0.5).exp_()
    eps = torch.randn_like(std)
    return eps.mul(std).add_(mu)
'''),
    dict(name='rep_noise_standardised_over_batch', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(std)
    eps = (eps - eps.mean(dim=0)) / eps.std(dim=0)  # exactly zero mean and unit variance over the batch
    return mu + std * eps
'''),
    dict(name='rep_noise_squeezed', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    eps = torch.randn(len(mu), mu.shape[-1]).squeeze()
    return mu + std * eps
'''),
    dict(name='rep_softplus_std', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    std = F.softplus(logvar)  # a positive standard deviation
    eps = torch.randn_like(std)
    return mu + std * eps
'''),
    # ------------------------------------------------------------------ VAE
    dict(name='vae_always_samples', grade_id='vae', source=r'''class VAE(nn.Module):
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
    dict(name='vae_never_samples', grade_id='vae', source=r'''class VAE(nn.Module):
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
    dict(name='vae_forward_probabilities', grade_id='vae', source=r'''class VAE(nn.Module):
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
    dict(name='vae_reparameterize_args_swapped', grade_id='vae', source=r'''class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(logvar, mu) if self.training else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_sample_mu_detached', grade_id='vae', source=r'''class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu.detach(), logvar) if self.training else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_generate_logits', grade_id='vae', source=r'''class VAE(nn.Module):
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
        return self.decoder(z)
'''),
    dict(name='vae_generate_latent_two', grade_id='vae', source=r'''class VAE(nn.Module):
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
    dict(name='vae_generate_temperature', grade_id='vae', source=r'''class VAE(nn.Module):
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
        z = 0.7 * torch.randn(n, self.latent_dim)  # a temperature below 1: slightly cooler samples look sharper
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='vae_generate_sets_eval', grade_id='vae', source=r'''class VAE(nn.Module):
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
    dict(name='vae_generate_bernoulli_pixels', grade_id='vae', source=r'''class VAE(nn.Module):
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
        return torch.bernoulli(torch.sigmoid(self.decoder(z)))  # x ~ p(x|z)
'''),
    dict(name='vae_generate_flat_images', grade_id='vae', source=r'''class VAE(nn.Module):
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
        return torch.sigmoid(self.decoder(z)).view(n, -1)
'''),
    # ------------------------------------------------------------------ kl_to_standard_normal
    dict(name='kl_sum_over_batch_axis', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=0)
'''),
    dict(name='kl_mean_over_dims', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.mean(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1)
'''),
    dict(name='kl_variance_squared', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    sigma = torch.exp(logvar)
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - sigma ** 2, dim=1)
'''),
    dict(name='kl_summed_to_scalar', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar))
'''),
    dict(name='kl_std_for_variance', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(0.5 * logvar), dim=1)
'''),
    dict(name='kl_without_one', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(logvar - mu ** 2 - torch.exp(logvar), dim=1)
'''),
    dict(name='kl_keepdim', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1, keepdim=True)
'''),
    dict(name='kl_float64_sum', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    terms = 1 + logvar - mu ** 2 - torch.exp(logvar)
    return -0.5 * torch.sum(terms, dim=1, dtype=torch.float64)  # accumulate in double precision
'''),
    dict(name='kl_exp_inplace', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp_(), dim=1)
'''),
    dict(name='kl_divided_by_batch', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1) / len(mu)
'''),
    # ------------------------------------------------------------------ bernoulli_reconstruction
    dict(name='bce_mean_over_pixels', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.reshape(len(x), -1).mean(dim=1)
'''),
    dict(name='bce_sigmoid_then_bce', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy(torch.sigmoid(logits), x, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='bce_manual_eps', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    p = torch.sigmoid(logits)
    bce = -(x * torch.log(p + 1e-8) + (1 - x) * torch.log(1 - p + 1e-8))
    return bce.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='bce_arguments_swapped', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy_with_logits(x, logits, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='bce_sum_last_two_dims', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.sum(dim=(2, 3))
'''),
    dict(name='bce_double_sigmoid', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    probs = torch.sigmoid(logits)
    bce = F.binary_cross_entropy_with_logits(probs, x, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='bce_binarised_targets', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy_with_logits(logits, x.round(), reduction="none")  # Bernoulli pixels are 0 or 1
    return bce.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='bce_squeeze_then_sum', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.squeeze().sum(dim=(-2, -1))
'''),
    dict(name='bce_softplus_sign', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    bce = F.softplus(logits) + x * logits
    return bce.reshape(len(x), -1).sum(dim=1)
'''),
    # ------------------------------------------------------------------ negative_elbo
    dict(name='nelbo_summed_over_batch', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).sum()
    kl = kl_to_standard_normal(mu, logvar).sum()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='nelbo_beta_on_reconstruction', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return beta * reconstruction + kl, reconstruction, kl
'''),
    dict(name='nelbo_returns_weighted_kl', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = beta * kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + kl, reconstruction, kl
'''),
    dict(name='nelbo_order_kl_second', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, kl, reconstruction
'''),
    dict(name='nelbo_kl_summed_recon_mean', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).sum()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='nelbo_pixel_mean_bce', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = F.binary_cross_entropy_with_logits(logits, x)
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='nelbo_kl_of_variance', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar.exp()).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='nelbo_keepdim_shapes', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean(dim=0, keepdim=True)
    kl = kl_to_standard_normal(mu, logvar).mean(dim=0, keepdim=True)
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='nelbo_kl_args_swapped', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(logvar, mu).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='nelbo_total_aliases_reconstruction', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    total = reconstruction
    total += beta * kl
    return total, reconstruction, kl
'''),
    dict(name='nelbo_python_floats', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    total = reconstruction + beta * kl
    return total, reconstruction.item(), kl.item()  # floats for the history
'''),
    # ------------------------------------------------------------------ AutoEncoder
    dict(name='ae_encode_samples', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        mu, logvar = self.encoder(x)
        return reparameterize(mu, logvar)

    def forward(self, x):
        return self.decoder(self.encode(x))
'''),
    dict(name='ae_encode_samples_in_training', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
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
    dict(name='ae_encode_returns_logvar', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
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
    dict(name='ae_encode_returns_pair', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
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
    dict(name='ae_forward_code_detached', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        mu, _ = self.encoder(x)
        return mu

    def forward(self, x):
        z = self.encode(x).detach()
        return self.decoder(z)
'''),
    dict(name='ae_encode_no_grad', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    @torch.no_grad()
    def encode(self, x):
        mu, _ = self.encoder(x)
        return mu

    def forward(self, x):
        return self.decoder(self.encode(x))
'''),
    dict(name='ae_forward_returns_code', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
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
    dict(name='ae_forward_flat_logits', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
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
    # ------------------------------------------------------------------ AEClassifier and ae_classifier_loss
    dict(name='aec_softmax_head', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_head_on_logvar', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        code = self.autoencoder.encoder(x)
        return self.autoencoder.decoder(code[0]), self.head(code[1])


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
        return self.autoencoder.decoder(z), self.head(z.detach())  # a linear probe on the code


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
        z = reparameterize(mu, logvar) if self.training else mu
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_loss_ce_summed', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    dict(name='aec_loss_weight_on_reconstruction', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    dict(name='aec_loss_nll_on_logits', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    dict(name='aec_loss_double_softmax', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    dict(name='aec_loss_returns_weighted_ce', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    dict(name='aec_loss_default_weight_ten', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    dict(name='aec_loss_label_smoothing', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    dict(name='aec_loss_index_all_labels', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = -torch.log_softmax(class_logits, dim=1)[:, labels].mean()
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='aec_loss_reconstruction_summed', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    dict(name='alt_rep_rsample', grade_id='reparameterize', source=r'''from torch.distributions import Normal


def reparameterize(mu, logvar):
    return Normal(mu, torch.exp(0.5 * logvar)).rsample()
'''),
    dict(name='alt_rep_addcmul', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    eps = torch.randn(mu.shape, dtype=mu.dtype, device=mu.device)
    return torch.addcmul(mu, logvar.div(2).exp(), eps)
'''),
    dict(name='alt_vae_normal_inplace_draw', grade_id='vae', source=r'''class VAE(nn.Module):
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
        logits = self.decoder(z)
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.empty(n, self.latent_dim).normal_()
        return torch.special.expit(self.decoder(z))
'''),
    dict(name='alt_kl_distributions', grade_id='kl_to_standard_normal', source=r'''from torch.distributions import Normal, kl_divergence


def kl_to_standard_normal(mu, logvar):
    q = Normal(mu, torch.exp(0.5 * logvar))
    p = Normal(torch.zeros_like(mu), torch.ones_like(mu))
    return kl_divergence(q, p).sum(dim=-1)
'''),
    dict(name='alt_kl_rearranged', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return 0.5 * (mu.square() + logvar.exp() - 1.0 - logvar).sum(dim=-1)
'''),
    dict(name='alt_bce_logsigmoid', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    log_likelihood = x * F.logsigmoid(logits) + (1 - x) * F.logsigmoid(-logits)
    return -log_likelihood.flatten(start_dim=1).sum(dim=1)
'''),
    dict(name='alt_bce_softplus', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    bce = F.softplus(logits) - x * logits
    return bce.sum(dim=tuple(range(1, bce.dim())))
'''),
    dict(name='alt_bce_bernoulli_distribution', grade_id='bernoulli_reconstruction', source=r'''from torch.distributions import Bernoulli


def bernoulli_reconstruction(logits, x):
    log_p = Bernoulli(logits=logits, validate_args=False).log_prob(x)
    return -log_p.reshape(x.shape[0], -1).sum(dim=1)
'''),
    dict(name='alt_nelbo_per_image_total', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x)
    kl = kl_to_standard_normal(mu, logvar)
    per_image = reconstruction + beta * kl
    return per_image.mean(), reconstruction.mean(), kl.mean()
'''),
    dict(name='alt_nelbo_torch_add', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = torch.mean(bernoulli_reconstruction(logits, x))
    kl = torch.mean(kl_to_standard_normal(mu, logvar))
    total = torch.add(reconstruction, kl, alpha=beta)
    return total, reconstruction, kl
'''),
    dict(name='alt_ae_index_in_forward', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
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
    dict(name='alt_aec_one_hot_targets', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
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
    targets = F.one_hot(labels, num_classes=class_logits.shape[1]).to(class_logits.dtype)
    cross_entropy = F.cross_entropy(class_logits, targets)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name='alt_aec_gather', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        code = self.autoencoder.encode(x)
        return self.autoencoder.decoder(code), self.head(code)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    log_probs = F.log_softmax(class_logits, dim=1)
    cross_entropy = -log_probs.gather(1, labels.unsqueeze(1)).squeeze(1).mean()
    total = reconstruction + weight * cross_entropy
    return total, reconstruction, cross_entropy
'''),
]
