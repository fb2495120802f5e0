"""Blind round 20: mistakes and alternatives for notebook 04_vae."""
NOTEBOOK = '04_vae'

# ----------------------------------------------------------------------------------------------------------
# Shared pieces used to build the class cells (each case is still a whole, self-contained cell source).
# ----------------------------------------------------------------------------------------------------------

_VAE_HEAD = '''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim
'''

_VAE_FORWARD_OK = '''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar
'''

_VAE_GENERATE_OK = '''
    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''


def _vae(forward=_VAE_FORWARD_OK, generate=_VAE_GENERATE_OK, head=_VAE_HEAD):
    return head + forward + generate


_AE_HEAD = '''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim
'''

_AE_ENCODE_OK = '''
    def encode(self, x):
        mu, _ = self.encoder(x)
        return mu
'''

_AE_FORWARD_OK = '''
    def forward(self, x):
        return self.decoder(self.encode(x))
'''


def _ae(encode=_AE_ENCODE_OK, forward=_AE_FORWARD_OK):
    return _AE_HEAD + encode + forward


_AEC_HEAD = '''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)
'''

_AEC_FORWARD_OK = '''
    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)
'''

_AEC_LOSS_OK = '''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''


def _aec(forward=_AEC_FORWARD_OK, loss=_AEC_LOSS_OK):
    return _AEC_HEAD + forward + loss


MISTAKES = [
    # ------------------------------------------------------------------ reparameterize
    dict(name='rep_std_is_variance', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    std = torch.exp(logvar)
    eps = torch.randn_like(std)
    return mu + std * eps
'''),
    dict(name='rep_noise_shared_across_batch', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    eps = torch.randn(mu.shape[-1])  # one noise vector per latent dimension, broadcast over the batch
    return mu + std * eps
'''),
    dict(name='rep_truncated_noise', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(std).clamp(-2.5, 2.5)  # avoid outliers
    return mu + std * eps
'''),
    dict(name='rep_detach_mu', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(std)
    return mu.detach() + std * eps
'''),
    dict(name='rep_detach_logvar', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar.detach())
    eps = torch.randn_like(std)
    return mu + std * eps
'''),
    dict(name='rep_result_under_no_grad', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    with torch.no_grad():
        std = torch.exp(0.5 * logvar)
        eps = torch.randn_like(std)
        z = mu + std * eps
    return z
'''),
    dict(name='rep_numpy_noise_float64', grade_id='reparameterize', source=r'''import numpy as np


def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    eps = torch.from_numpy(np.random.standard_normal(tuple(mu.shape)))
    return mu + std * eps
'''),
    dict(name='rep_private_generator', grade_id='reparameterize', source=r'''_noise = torch.Generator().manual_seed(0)


def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    eps = torch.randn(mu.shape, generator=_noise)
    return mu + std * eps
'''),
    dict(name='rep_noise_cached_per_shape', grade_id='reparameterize', source=r'''_eps = None


def reparameterize(mu, logvar):
    global _eps
    std = torch.exp(0.5 * logvar)
    if _eps is None or _eps.shape != std.shape:
        _eps = torch.randn_like(std)
    return mu + std * _eps
'''),
    dict(name='rep_inplace_on_mu', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(std)
    z = mu
    z += std * eps
    return z
'''),
    dict(name='rep_squeezed_output', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(std)
    return (mu + std * eps).squeeze()
'''),

    # ------------------------------------------------------------------ VAE
    dict(name='vae_always_samples', grade_id='vae', source=_vae(forward='''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar)
        return self.decoder(z), mu, logvar
''')),
    dict(name='vae_never_samples', grade_id='vae', source=_vae(forward='''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        return self.decoder(mu), mu, logvar
''')),
    dict(name='vae_samples_when_grad_enabled', grade_id='vae', source=_vae(forward='''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if torch.is_grad_enabled() else mu
        return self.decoder(z), mu, logvar
''')),
    dict(name='vae_forward_returns_probabilities', grade_id='vae', source=_vae(forward='''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return torch.sigmoid(self.decoder(z)), mu, logvar
''')),
    dict(name='vae_returns_z_not_mu', grade_id='vae', source=_vae(forward='''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), z, logvar
''')),
    dict(name='vae_std_passed_as_logvar', grade_id='vae', source=_vae(forward='''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        std = torch.exp(0.5 * logvar)
        z = reparameterize(mu, std) if self.training else mu
        return self.decoder(z), mu, logvar
''')),
    dict(name='vae_sample_detached', grade_id='vae', source=_vae(forward='''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar).detach() if self.training else mu
        return self.decoder(z), mu, logvar
''')),
    dict(name='gen_returns_logits', grade_id='vae', source=_vae(generate='''
    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return self.decoder(z)
''')),
    dict(name='gen_latent_dim_hardcoded_2', grade_id='vae', source=_vae(generate='''
    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, 2)
        return torch.sigmoid(self.decoder(z))
''')),
    dict(name='gen_reduced_temperature', grade_id='vae', source=_vae(generate='''
    @torch.no_grad()
    def generate(self, n):
        z = 0.8 * torch.randn(n, self.latent_dim)  # a little sharper
        return torch.sigmoid(self.decoder(z))
''')),
    dict(name='gen_binarised', grade_id='vae', source=_vae(generate='''
    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return (torch.sigmoid(self.decoder(z)) > 0.5).float()
''')),
    dict(name='gen_private_generator', grade_id='vae', source=_vae(head='''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim
        self.sampler = torch.Generator().manual_seed(0)
''', generate='''
    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim, generator=self.sampler)
        return torch.sigmoid(self.decoder(z))
''')),
    dict(name='gen_leaves_eval_mode', grade_id='vae', source=_vae(generate='''
    @torch.no_grad()
    def generate(self, n):
        self.eval()
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
''')),
    dict(name='gen_without_no_grad', grade_id='vae', source=_vae(generate='''
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
''')),
    dict(name='gen_float64_output', grade_id='vae', source=_vae(generate='''
    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z).double())
''')),
    # ------------------------------------------------------------------ kl_to_standard_normal
    dict(name='kl_missing_half', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return -torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1)
'''),
    dict(name='kl_mean_over_latent', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.mean(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1)
'''),
    dict(name='kl_sum_over_batch_dim', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=0)
'''),
    dict(name='kl_per_dimension_not_summed', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return -0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar))
'''),
    dict(name='kl_squeezed_batch_of_one', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return (-0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1)).squeeze()
'''),
    dict(name='kl_mu_not_squared', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(1 + logvar - mu - torch.exp(logvar), dim=1)
'''),
    dict(name='kl_std_instead_of_variance', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(0.5 * logvar), dim=1)
'''),
    dict(name='kl_logvar_read_as_log_std', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    # sigma = exp(logvar), so log sigma^2 = 2 logvar and sigma^2 = exp(2 logvar)
    return -0.5 * torch.sum(1 + 2 * logvar - mu ** 2 - torch.exp(2 * logvar), dim=1)
'''),
    dict(name='kl_reverse_direction', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    # KL(p || q) with p = N(0, 1), q = N(mu, sigma^2)
    return 0.5 * torch.sum(torch.exp(-logvar) * (1 + mu ** 2) - 1 + logvar, dim=1)
'''),
    dict(name='kl_float64_result', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    mu, logvar = mu.double(), logvar.double()  # more precision for the sum
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1)
'''),
    dict(name='kl_inplace_exp_on_logvar', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    terms = 1 + logvar - mu ** 2
    variance = logvar.exp_()
    return -0.5 * torch.sum(terms - variance, dim=1)
'''),

    # ------------------------------------------------------------------ bernoulli_reconstruction
    dict(name='bce_reduction_mean_scalar', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    return F.binary_cross_entropy_with_logits(logits, x)
'''),
    dict(name='bce_mean_over_pixels', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.reshape(len(x), -1).mean(dim=1)
'''),
    dict(name='bce_sum_last_two_dims_only', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.sum(dim=(2, 3))
'''),
    dict(name='bce_squeezed_batch_of_one', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.sum(dim=[1, 2, 3]).squeeze()
'''),
    dict(name='bce_manual_log_with_epsilon', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    p = torch.sigmoid(logits)
    bce = -(x * torch.log(p + 1e-7) + (1 - x) * torch.log(1 - p + 1e-7))
    return bce.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='bce_on_probabilities_clamped', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy(torch.sigmoid(logits), x, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='bce_log1p_exp_overflow', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    # -log p(x|z) = log(1 + e^l) - x l
    bce = torch.log1p(torch.exp(logits)) - x * logits
    return bce.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='bce_double_sigmoid', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy_with_logits(torch.sigmoid(logits), x, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='bce_binarised_target', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    target = (x > 0.5).float()
    bce = F.binary_cross_entropy_with_logits(logits, target, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='bce_clamped_logits', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy_with_logits(logits.clamp(-15, 15), x, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='bce_float64_result', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy_with_logits(logits.double(), x.double(), reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)
'''),

    # ------------------------------------------------------------------ negative_elbo
    dict(name='ne_summed_over_batch', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).sum()
    kl = kl_to_standard_normal(mu, logvar).sum()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ne_kl_summed_over_batch_inline', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = F.binary_cross_entropy_with_logits(logits, x, reduction="sum") / len(x)
    kl = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ne_kl_mean_over_all_elements', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = -0.5 * torch.mean(1 + logvar - mu.pow(2) - logvar.exp())
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ne_recon_per_pixel', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = F.binary_cross_entropy_with_logits(logits, x)
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ne_beta_ignored', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + kl, reconstruction, kl
'''),
    dict(name='ne_returns_weighted_kl', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = beta * kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + kl, reconstruction, kl
'''),
    dict(name='ne_python_floats', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean().item()
    kl = kl_to_standard_normal(mu, logvar).mean().item()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ne_default_beta_changed', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=0.5):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ne_variance_passed_as_logvar', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar.exp()).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ne_kl_detached_in_total', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl.detach(), reconstruction, kl
'''),
    dict(name='ne_shape_one_not_scalar', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean(dim=0, keepdim=True)
    kl = kl_to_standard_normal(mu, logvar).mean(dim=0, keepdim=True)
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='ne_reconstruction_args_swapped', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(x, logits).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),

    # ------------------------------------------------------------------ AutoEncoder
    dict(name='ae_encode_samples_in_training', grade_id='autoencoder', source=_ae(encode='''
    def encode(self, x):
        mu, logvar = self.encoder(x)
        return reparameterize(mu, logvar) if self.training else mu
''')),
    dict(name='ae_encode_returns_tuple', grade_id='autoencoder', source=_ae(encode='''
    def encode(self, x):
        return self.encoder(x)
''', forward='''
    def forward(self, x):
        mu, _ = self.encode(x)
        return self.decoder(mu)
''')),
    dict(name='ae_forward_returns_probabilities', grade_id='autoencoder', source=_ae(forward='''
    def forward(self, x):
        return torch.sigmoid(self.decoder(self.encode(x)))
''')),
    dict(name='ae_forward_returns_code_too', grade_id='autoencoder', source=_ae(forward='''
    def forward(self, x):
        z = self.encode(x)
        return self.decoder(z), z
''')),
    dict(name='ae_encode_detached', grade_id='autoencoder', source=_ae(encode='''
    def encode(self, x):
        mu, _ = self.encoder(x)
        return mu.detach()
''')),
    dict(name='ae_encode_under_no_grad', grade_id='autoencoder', source=_ae(encode='''
    def encode(self, x):
        with torch.no_grad():
            mu, _ = self.encoder(x)
        return mu
''')),
    dict(name='ae_forward_code_detached', grade_id='autoencoder', source=_ae(forward='''
    def forward(self, x):
        return self.decoder(self.encode(x).detach())
''')),
    dict(name='ae_forward_denoising_noise', grade_id='autoencoder', source=_ae(forward='''
    def forward(self, x):
        z = self.encode(x)
        if self.training:
            z = z + 0.1 * torch.randn_like(z)  # a little noise regularises the code
        return self.decoder(z)
''')),
    # ------------------------------------------------------------------ AEClassifier and its loss
    dict(name='aec_head_on_detached_code', grade_id='ae_classifier', source=_aec(forward='''
    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z.detach())
''')),
    dict(name='aec_softmax_class_outputs', grade_id='ae_classifier', source=_aec(forward='''
    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), torch.softmax(self.head(z), dim=1)
''')),
    dict(name='aec_head_on_sampled_code', grade_id='ae_classifier', source=_aec(forward='''
    def forward(self, x):
        mu, logvar = self.autoencoder.encoder(x)
        return self.autoencoder.decoder(mu), self.head(reparameterize(mu, logvar))
''')),
    dict(name='loss_reconstruction_summed_over_batch', grade_id='ae_classifier', source=_aec(loss='''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).sum()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
    dict(name='loss_cross_entropy_summed', grade_id='ae_classifier', source=_aec(loss='''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels, reduction="sum")
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
    dict(name='loss_weight_on_reconstruction', grade_id='ae_classifier', source=_aec(loss='''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return weight * reconstruction + cross_entropy, reconstruction, cross_entropy
''')),
    dict(name='loss_nll_on_raw_logits', grade_id='ae_classifier', source=_aec(loss='''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.nll_loss(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
    dict(name='loss_softmax_then_cross_entropy', grade_id='ae_classifier', source=_aec(loss='''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(torch.softmax(class_logits, dim=1), labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
    dict(name='loss_returns_weighted_cross_entropy', grade_id='ae_classifier', source=_aec(loss='''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = weight * F.cross_entropy(class_logits, labels)
    return reconstruction + cross_entropy, reconstruction, cross_entropy
''')),
    dict(name='loss_default_weight_ten', grade_id='ae_classifier', source=_aec(loss='''

def ae_classifier_loss(logits, class_logits, x, labels, weight=10.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
    dict(name='loss_label_smoothing', grade_id='ae_classifier', source=_aec(loss='''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels, label_smoothing=0.1)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
    dict(name='loss_cross_entropy_item_in_total', grade_id='ae_classifier', source=_aec(loss='''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy.item(), reconstruction, cross_entropy
''')),
]

ALTERNATIVES = [
    dict(name='alt_rep_rsample', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    return torch.distributions.Normal(mu, torch.exp(0.5 * logvar)).rsample()
'''),
    dict(name='alt_rep_addcmul', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    eps = torch.randn_like(mu)
    return torch.addcmul(mu, (0.5 * logvar).exp(), eps)
'''),
    dict(name='alt_rep_randn_of_shape', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    eps = torch.randn(mu.shape, dtype=mu.dtype, device=mu.device)
    return mu + eps * torch.exp(logvar / 2)
'''),
    dict(name='alt_vae_explicit_branches_device_aware', grade_id='vae', source=r'''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder."""

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
        parameter = next(self.decoder.parameters())
        z = torch.randn(n, self.latent_dim, device=parameter.device, dtype=parameter.dtype)
        return self.decoder(z).sigmoid()
'''),
    dict(name='alt_kl_distributions', grade_id='kl_to_standard_normal', source=r'''from torch.distributions import Normal, kl_divergence


def kl_to_standard_normal(mu, logvar):
    q = Normal(mu, torch.exp(0.5 * logvar))
    p = Normal(torch.zeros_like(mu), torch.ones_like(mu))
    return kl_divergence(q, p).sum(dim=-1)
'''),
    dict(name='alt_kl_expanded_terms', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return 0.5 * (mu.pow(2) + logvar.exp() - 1.0 - logvar).sum(dim=1)
'''),
    dict(name='alt_bce_softplus', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    # -[x log s(l) + (1 - x) log(1 - s(l))] = softplus(l) - x l
    per_pixel = F.softplus(logits) - x * logits
    return per_pixel.flatten(1).sum(dim=1)
'''),
    dict(name='alt_bce_logsigmoid', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    log_p = F.logsigmoid(logits)
    log_not_p = F.logsigmoid(-logits)
    return -(x * log_p + (1 - x) * log_not_p).sum(dim=(1, 2, 3))
'''),
    dict(name='alt_bce_module_loss', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    loss = nn.BCEWithLogitsLoss(reduction="none")(logits, x)
    return loss.view(loss.shape[0], -1).sum(-1)
'''),
    dict(name='alt_ne_reduction_sum_over_batch_size', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    batch = x.shape[0]
    reconstruction = F.binary_cross_entropy_with_logits(logits, x, reduction="sum") / batch
    kl = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp()) / batch
    total = reconstruction + beta * kl
    return total, reconstruction, kl
'''),
    dict(name='alt_ne_mean_of_per_image_total', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    per_image_reconstruction = bernoulli_reconstruction(logits, x)
    per_image_kl = kl_to_standard_normal(mu, logvar)
    total = (per_image_reconstruction + beta * per_image_kl).mean()
    return total, per_image_reconstruction.mean(), per_image_kl.mean()
'''),
    dict(name='alt_ae_index_encoder_output', grade_id='autoencoder', source=r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        return self.encoder(x)[0]

    def forward(self, x):
        code = self.encoder(x)[0]
        return self.decoder(code)
'''),
    dict(name='alt_aec_log_softmax_nll', grade_id='ae_classifier', source=r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        logits = self.autoencoder(x)
        class_logits = self.head(self.autoencoder.encode(x))
        return logits, class_logits


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = F.binary_cross_entropy_with_logits(logits, x, reduction="sum") / len(x)
    cross_entropy = F.nll_loss(F.log_softmax(class_logits, dim=1), labels)
    total = reconstruction + weight * cross_entropy
    return total, reconstruction, cross_entropy
'''),
]
