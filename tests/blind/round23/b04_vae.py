"""Blind round 23: mistakes and alternatives for notebook 04_vae."""
NOTEBOOK = '04_vae'


# ---------------------------------------------------------------------------------------------------------
# templates for the class cells (the given parts are kept word for word)

def _vae(forward, generate):
    return '''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
''' + forward + '''
    @torch.no_grad()
    def generate(self, n):
''' + generate


_FORWARD = '''        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar
'''
_GENERATE = '''        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''


def _ae(encode, forward):
    return '''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
''' + encode + '''
    def forward(self, x):
''' + forward


_ENCODE = '''        mu, _ = self.encoder(x)
        return mu
'''
_AE_FORWARD = '''        return self.decoder(self.encode(x))
'''


def _aec(forward, loss):
    return '''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
''' + forward + '''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
''' + loss


_AEC_FORWARD = '''        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)
'''
_AEC_LOSS = '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''


def _rep(body):
    return 'def reparameterize(mu, logvar):\n' + body


def _kl(body):
    return 'def kl_to_standard_normal(mu, logvar):\n' + body


def _bern(body):
    return 'def bernoulli_reconstruction(logits, x):\n' + body


def _nelbo(body):
    return 'def negative_elbo(logits, x, mu, logvar, beta=1.0):\n' + body


MISTAKES = [
    # --- reparameterize ---------------------------------------------------------------------------
    dict(name='rep_variance_as_std', grade_id='reparameterize', source=_rep('''    std = torch.exp(logvar)
    eps = torch.randn_like(std)
    return mu + std * eps
''')),
    dict(name='rep_half_exp_logvar', grade_id='reparameterize', source=_rep('''    std = 0.5 * torch.exp(logvar)
    eps = torch.randn_like(std)
    return mu + std * eps
''')),
    dict(name='rep_noise_shared_by_batch', grade_id='reparameterize', source=_rep('''    std = torch.exp(0.5 * logvar)
    eps = torch.randn(mu.shape[-1])  # one noise vector, broadcast over the batch
    return mu + std * eps
''')),
    dict(name='rep_noise_shared_by_dims', grade_id='reparameterize', source=_rep('''    std = torch.exp(0.5 * logvar)
    eps = torch.randn(len(mu), *([1] * (mu.dim() - 1)))  # one noise value per image
    return mu + std * eps
''')),
    dict(name='rep_uniform_unit_variance_noise', grade_id='reparameterize', source=_rep('''    std = torch.exp(0.5 * logvar)
    eps = (torch.rand_like(std) - 0.5) * math.sqrt(12.0)  # mean 0, variance 1
    return mu + std * eps
''')),
    dict(name='rep_antithetic_pairs', grade_id='reparameterize', source=_rep('''    std = torch.exp(0.5 * logvar)
    half = torch.randn_like(std[: (len(std) + 1) // 2])
    eps = torch.cat([half, -half])[: len(std)]  # antithetic noise: lower variance
    return mu + std * eps
''')),
    dict(name='rep_std_averaged_over_batch', grade_id='reparameterize', source=_rep('''    std = torch.exp(0.5 * logvar).mean(dim=0, keepdim=True)
    eps = torch.randn_like(mu)
    return mu + std * eps
''')),
    dict(name='rep_softplus_std', grade_id='reparameterize', source=_rep('''    std = F.softplus(logvar)
    eps = torch.randn_like(std)
    return mu + std * eps
''')),
    dict(name='rep_fork_rng_repeats_noise', grade_id='reparameterize', source=_rep('''    std = torch.exp(0.5 * logvar)
    with torch.random.fork_rng(devices=[]):  # do not disturb the caller's random numbers
        eps = torch.randn_like(std)
    return mu + std * eps
''')),
    dict(name='rep_two_dim_inputs_only', grade_id='reparameterize', source=_rep('''    std = torch.exp(0.5 * logvar)
    eps = torch.randn(mu.shape[0], mu.shape[1])
    return mu + std * eps
''')),
    dict(name='rep_truncated_noise', grade_id='reparameterize', source=_rep('''    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(std).clamp(-3.0, 3.0)  # no extreme outliers
    return mu + std * eps
''')),
    dict(name='rep_bfloat16_noise', grade_id='reparameterize', source=_rep('''    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(std, dtype=torch.bfloat16)  # noise needs little precision
    return mu + std * eps
''')),
    # --- VAE ----------------------------------------------------------------------------------------
    dict(name='vae_mode_inverted', grade_id='vae', source=_vae('''        mu, logvar = self.encoder(x)
        z = mu if self.training else reparameterize(mu, logvar)
        return self.decoder(z), mu, logvar
''', _GENERATE)),
    dict(name='vae_always_samples', grade_id='vae', source=_vae('''        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar)
        return self.decoder(z), mu, logvar
''', _GENERATE)),
    dict(name='vae_grad_mode_as_training_mode', grade_id='vae', source=_vae('''        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if torch.is_grad_enabled() else mu
        return self.decoder(z), mu, logvar
''', _GENERATE)),
    dict(name='vae_passes_std_to_reparameterize', grade_id='vae', source=_vae('''        mu, logvar = self.encoder(x)
        std = torch.exp(0.5 * logvar)
        z = reparameterize(mu, std) if self.training else mu
        return self.decoder(z), mu, logvar
''', _GENERATE)),
    dict(name='vae_forward_returns_probabilities', grade_id='vae', source=_vae('''        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return torch.sigmoid(self.decoder(z)), mu, logvar
''', _GENERATE)),
    dict(name='vae_forward_returns_logvar_mu', grade_id='vae', source=_vae('''        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), logvar, mu
''', _GENERATE)),
    dict(name='vae_sample_logvar_detached', grade_id='vae', source=_vae('''        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar.detach()) if self.training else mu
        return self.decoder(z), mu, logvar
''', _GENERATE)),
    dict(name='vae_generate_uniform_codes', grade_id='vae', source=_vae(_FORWARD, '''        z = torch.rand(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
''')),
    dict(name='vae_generate_returns_logits', grade_id='vae', source=_vae(_FORWARD, '''        z = torch.randn(n, self.latent_dim)
        return self.decoder(z)
''')),
    dict(name='vae_generate_uses_decoder_probs', grade_id='vae', source=_vae(_FORWARD, '''        z = torch.randn(n, self.latent_dim)
        return self.decoder.probs(z)
''')),
    dict(name='vae_generate_size_from_encoder_head', grade_id='vae', source=_vae(_FORWARD, '''        z = torch.randn(n, self.encoder.mu_head.out_features)
        return torch.sigmoid(self.decoder(z))
''')),
    dict(name='vae_generate_temperature', grade_id='vae', source=_vae(_FORWARD, '''        z = 0.8 * torch.randn(n, self.latent_dim)  # a lower temperature gives cleaner digits
        return torch.sigmoid(self.decoder(z))
''')),
    dict(name='vae_generate_forces_training_mode_after', grade_id='vae', source=_vae(_FORWARD, '''        self.eval()
        z = torch.randn(n, self.latent_dim)
        images = torch.sigmoid(self.decoder(z))
        self.train()
        return images
''')),
    dict(name='vae_generate_standardises_codes', grade_id='vae', source=_vae(_FORWARD, '''        z = torch.randn(n, self.latent_dim)
        z = (z - z.mean(dim=0)) / z.std(dim=0)  # exactly mean 0 and variance 1
        return torch.sigmoid(self.decoder(z))
''')),
    # --- kl_to_standard_normal ----------------------------------------------------------------------
    dict(name='kl_sum_over_batch_axis', grade_id='kl_to_standard_normal', source=_kl('''    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=0)
''')),
    dict(name='kl_missing_half', grade_id='kl_to_standard_normal', source=_kl('''    return -torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1)
''')),
    dict(name='kl_std_in_place_of_variance', grade_id='kl_to_standard_normal', source=_kl('''    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(0.5 * logvar), dim=1)
''')),
    dict(name='kl_plus_mu_squared', grade_id='kl_to_standard_normal', source=_kl('''    return -0.5 * torch.sum(1 + logvar + mu ** 2 - torch.exp(logvar), dim=1)
''')),
    dict(name='kl_logvar_read_as_log_std', grade_id='kl_to_standard_normal', source=_kl('''    return -0.5 * torch.sum(1 + 2 * logvar - mu ** 2 - torch.exp(2 * logvar), dim=1)
''')),
    dict(name='kl_constant_added_once', grade_id='kl_to_standard_normal', source=_kl('''    return -0.5 * (1 + logvar.sum(dim=1) - mu.pow(2).sum(dim=1) - logvar.exp().sum(dim=1))
''')),
    dict(name='kl_reverse_direction', grade_id='kl_to_standard_normal', source=_kl('''    # KL between two Gaussians: log(s2/s1) + (s1^2 + (m1 - m2)^2) / (2 s2^2) - 1/2
    return torch.sum(0.5 * logvar + (1 + mu ** 2) / (2 * torch.exp(logvar)) - 0.5, dim=1)
''')),
    dict(name='kl_keepdim', grade_id='kl_to_standard_normal', source=_kl('''    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1, keepdim=True)
''')),
    dict(name='kl_float64_sum', grade_id='kl_to_standard_normal', source=_kl('''    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1, dtype=torch.float64)
''')),
    dict(name='kl_exp_in_place_on_logvar', grade_id='kl_to_standard_normal', source=_kl('''    terms = 1 + logvar - mu ** 2
    return -0.5 * torch.sum(terms - logvar.exp_(), dim=1)
''')),
    # --- bernoulli_reconstruction ----------------------------------------------------------------------
    dict(name='bern_mean_over_pixels', grade_id='bernoulli_reconstruction', source=_bern('''    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.reshape(len(x), -1).mean(dim=1)
''')),
    dict(name='bern_sigmoid_then_bce', grade_id='bernoulli_reconstruction', source=_bern('''    bce = F.binary_cross_entropy(torch.sigmoid(logits), x, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)
''')),
    dict(name='bern_arguments_swapped', grade_id='bernoulli_reconstruction', source=_bern('''    bce = F.binary_cross_entropy_with_logits(x, logits, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)
''')),
    dict(name='bern_binarised_targets', grade_id='bernoulli_reconstruction', source=_bern('''    target = (x > 0.5).float()  # a Bernoulli pixel is 0 or 1
    bce = F.binary_cross_entropy_with_logits(logits, target, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)
''')),
    dict(name='bern_clamped_logits', grade_id='bernoulli_reconstruction', source=_bern('''    bce = F.binary_cross_entropy_with_logits(logits.clamp(-10, 10), x, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)
''')),
    dict(name='bern_sum_last_dim_only', grade_id='bernoulli_reconstruction', source=_bern('''    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.sum(dim=-1)
''')),
    dict(name='bern_sum_height_width_only', grade_id='bernoulli_reconstruction', source=_bern('''    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.sum(dim=(2, 3))
''')),
    dict(name='bern_logsigmoid_sign_slip', grade_id='bernoulli_reconstruction', source=_bern('''    log_p = F.logsigmoid(logits)
    log_not_p = F.logsigmoid(logits)  # log(1 - p)
    return -(x * log_p + (1 - x) * log_not_p).reshape(len(x), -1).sum(dim=1)
''')),
    dict(name='bern_float64_result', grade_id='bernoulli_reconstruction', source=_bern('''    bce = F.binary_cross_entropy_with_logits(logits.double(), x.double(), reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)
''')),
    dict(name='bern_smoothed_targets', grade_id='bernoulli_reconstruction', source=_bern('''    target = x * 0.98 + 0.01  # keep the targets away from exactly 0 and 1
    bce = F.binary_cross_entropy_with_logits(logits, target, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)
''')),
    # --- negative_elbo ----------------------------------------------------------------------------------
    dict(name='nelbo_beta_on_reconstruction', grade_id='negative_elbo', source=_nelbo('''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return beta * reconstruction + kl, reconstruction, kl
''')),
    dict(name='nelbo_returns_weighted_kl', grade_id='negative_elbo', source=_nelbo('''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = beta * kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + kl, reconstruction, kl
''')),
    dict(name='nelbo_sums_over_batch', grade_id='negative_elbo', source=_nelbo('''    reconstruction = bernoulli_reconstruction(logits, x).sum()
    kl = kl_to_standard_normal(mu, logvar).sum()
    return reconstruction + beta * kl, reconstruction, kl
''')),
    dict(name='nelbo_kl_summed_reconstruction_averaged', grade_id='negative_elbo', source=_nelbo('''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).sum()
    return reconstruction + beta * kl, reconstruction, kl
''')),
    dict(name='nelbo_kl_per_latent_dim', grade_id='negative_elbo', source=_nelbo('''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean() / mu.shape[1]
    return reconstruction + beta * kl, reconstruction, kl
''')),
    dict(name='nelbo_reconstruction_per_pixel', grade_id='negative_elbo', source=_nelbo('''    reconstruction = bernoulli_reconstruction(logits, x).mean() / x[0].numel()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl
''')),
    dict(name='nelbo_parts_swapped', grade_id='negative_elbo', source=_nelbo('''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, kl, reconstruction
''')),
    dict(name='nelbo_shape_one_not_scalar', grade_id='negative_elbo', source=_nelbo('''    reconstruction = bernoulli_reconstruction(logits, x).mean(dim=0, keepdim=True)
    kl = kl_to_standard_normal(mu, logvar).mean(dim=0, keepdim=True)
    return reconstruction + beta * kl, reconstruction, kl
''')),
    dict(name='nelbo_total_aliases_reconstruction', grade_id='negative_elbo', source=_nelbo('''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    total = reconstruction
    total += beta * kl
    return total, reconstruction, kl
''')),
    dict(name='nelbo_in_bits', grade_id='negative_elbo', source=_nelbo('''    reconstruction = bernoulli_reconstruction(logits, x).mean() / math.log(2)
    kl = kl_to_standard_normal(mu, logvar).mean() / math.log(2)
    return reconstruction + beta * kl, reconstruction, kl
''')),
    dict(name='nelbo_normalised_by_one_plus_beta', grade_id='negative_elbo', source=_nelbo('''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return (reconstruction + beta * kl) / (1 + beta), reconstruction, kl
''')),
    # --- AutoEncoder --------------------------------------------------------------------------------------
    dict(name='ae_encode_returns_tuple', grade_id='autoencoder', source=_ae('''        return self.encoder(x)
''', '''        mu, _ = self.encode(x)
        return self.decoder(mu)
''')),
    dict(name='ae_encode_samples_in_training', grade_id='autoencoder', source=_ae('''        mu, logvar = self.encoder(x)
        return reparameterize(mu, logvar) if self.training else mu
''', _AE_FORWARD)),
    dict(name='ae_encode_returns_logvar', grade_id='autoencoder', source=_ae('''        return self.encoder(x)[1]
''', _AE_FORWARD)),
    dict(name='ae_forward_returns_probabilities', grade_id='autoencoder', source=_ae(_ENCODE, '''        return torch.sigmoid(self.decoder(self.encode(x)))
''')),
    dict(name='ae_forward_returns_code_too', grade_id='autoencoder', source=_ae(_ENCODE, '''        z = self.encode(x)
        return self.decoder(z), z
''')),
    dict(name='ae_encode_under_no_grad', grade_id='autoencoder', source=_ae('''        with torch.no_grad():
            mu, _ = self.encoder(x)
        return mu
''', _AE_FORWARD)),
    dict(name='ae_encode_detached', grade_id='autoencoder', source=_ae('''        mu, _ = self.encoder(x)
        return mu.detach()
''', _AE_FORWARD)),
    dict(name='ae_encode_tanh_code', grade_id='autoencoder', source=_ae('''        mu, _ = self.encoder(x)
        return torch.tanh(mu)  # keep the codes in a bounded box
''', _AE_FORWARD)),
    dict(name='ae_forward_denoising_noise', grade_id='autoencoder', source=_ae(_ENCODE, '''        if self.training:
            x = x + 0.1 * torch.randn_like(x)  # a little input noise regularises
        return self.decoder(self.encode(x))
''')),
    # --- AEClassifier and ae_classifier_loss -----------------------------------------------------------------
    dict(name='aec_head_on_logvar', grade_id='ae_classifier', source=_aec('''        mu, logvar = self.autoencoder.encoder(x)
        return self.autoencoder.decoder(mu), self.head(logvar)
''', _AEC_LOSS)),
    dict(name='aec_head_on_detached_code', grade_id='ae_classifier', source=_aec('''        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z.detach())
''', _AEC_LOSS)),
    dict(name='aec_forward_softmax_probabilities', grade_id='ae_classifier', source=_aec('''        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), torch.softmax(self.head(z), dim=1)
''', _AEC_LOSS)),
    dict(name='aec_head_on_sampled_code', grade_id='ae_classifier', source=_aec('''        mu, logvar = self.autoencoder.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.autoencoder.decoder(mu), self.head(z)
''', _AEC_LOSS)),
    dict(name='aec_loss_cross_entropy_summed', grade_id='ae_classifier', source=_aec(_AEC_FORWARD, '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels, reduction="sum")
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
    dict(name='aec_loss_weight_on_reconstruction', grade_id='ae_classifier', source=_aec(_AEC_FORWARD, '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return weight * reconstruction + cross_entropy, reconstruction, cross_entropy
''')),
    dict(name='aec_loss_nll_without_log_softmax', grade_id='ae_classifier', source=_aec(_AEC_FORWARD, '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.nll_loss(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
    dict(name='aec_loss_returns_weighted_ce', grade_id='ae_classifier', source=_aec(_AEC_FORWARD, '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = weight * F.cross_entropy(class_logits, labels)
    return reconstruction + cross_entropy, reconstruction, cross_entropy
''')),
    dict(name='aec_loss_one_hot_bce', grade_id='ae_classifier', source=_aec(_AEC_FORWARD, '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    targets = F.one_hot(labels, class_logits.shape[1]).float()
    cross_entropy = F.binary_cross_entropy_with_logits(class_logits, targets)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
    dict(name='aec_loss_reconstruction_per_pixel', grade_id='ae_classifier', source=_aec(_AEC_FORWARD, '''    reconstruction = F.binary_cross_entropy_with_logits(logits, x)
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
    dict(name='aec_loss_label_smoothing', grade_id='ae_classifier', source=_aec(_AEC_FORWARD, '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels, label_smoothing=0.1)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
    dict(name='aec_loss_total_aliases_reconstruction', grade_id='ae_classifier', source=_aec(_AEC_FORWARD, '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    total = reconstruction
    total += weight * cross_entropy
    return total, reconstruction, cross_entropy
''')),
    dict(name='aec_loss_log_softmax_over_batch', grade_id='ae_classifier', source=_aec(_AEC_FORWARD, '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    log_probs = F.log_softmax(class_logits, dim=0)
    cross_entropy = -log_probs[torch.arange(len(labels)), labels].mean()
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
    dict(name='aec_loss_weight_ignored_in_total', grade_id='ae_classifier', source=_aec(_AEC_FORWARD, '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + cross_entropy, reconstruction, cross_entropy
''')),
]

ALTERNATIVES = [
    dict(name='alt_rep_rsample', grade_id='reparameterize', source=_rep('''    return torch.distributions.Normal(mu, torch.exp(0.5 * logvar)).rsample()
''')),
    dict(name='alt_rep_addcmul_empty_normal', grade_id='reparameterize', source=_rep('''    eps = torch.empty_like(mu).normal_()
    return torch.addcmul(mu, torch.exp(0.5 * logvar), eps)
''')),
    dict(name='alt_vae_explicit_branches', grade_id='vae', source=_vae('''        mu, logvar = self.encoder(x)
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        logits = self.decoder(z)
        return logits, mu, logvar
''', '''        parameter = next(self.parameters())
        z = torch.randn(n, self.latent_dim, device=parameter.device, dtype=parameter.dtype)
        return self.decoder(z).sigmoid()
''')),
    dict(name='alt_kl_rearranged', grade_id='kl_to_standard_normal', source=_kl('''    return 0.5 * (mu.pow(2) + logvar.exp() - logvar - 1).sum(dim=-1)
''')),
    dict(name='alt_kl_distributions', grade_id='kl_to_standard_normal', source=_kl('''    q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))
    p = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))
    return torch.distributions.kl_divergence(q, p).sum(dim=1)
''')),
    dict(name='alt_bern_flatten', grade_id='bernoulli_reconstruction', source=_bern('''    return F.binary_cross_entropy_with_logits(logits, x, reduction="none").flatten(start_dim=1).sum(dim=1)
''')),
    dict(name='alt_bern_softplus', grade_id='bernoulli_reconstruction', source=_bern('''    # -x log sigmoid(l) - (1 - x) log sigmoid(-l) = softplus(l) - x l, computed stably
    return (F.softplus(logits) - x * logits).reshape(len(x), -1).sum(dim=1)
''')),
    dict(name='alt_bern_logsigmoid', grade_id='bernoulli_reconstruction', source=_bern('''    log_likelihood = x * F.logsigmoid(logits) + (1 - x) * F.logsigmoid(-logits)
    return -log_likelihood.reshape(len(x), -1).sum(dim=1)
''')),
    dict(name='alt_nelbo_per_image_total', grade_id='negative_elbo', source=_nelbo('''    reconstruction = bernoulli_reconstruction(logits, x)
    kl = kl_to_standard_normal(mu, logvar)
    return (reconstruction + beta * kl).mean(), reconstruction.mean(), kl.mean()
''')),
    dict(name='alt_nelbo_sum_over_len', grade_id='negative_elbo', source=_nelbo('''    batch = len(x)
    reconstruction = bernoulli_reconstruction(logits, x).sum() / batch
    kl = kl_to_standard_normal(mu, logvar).sum() / batch
    total = reconstruction + beta * kl
    return total, reconstruction, kl
''')),
    dict(name='alt_ae_index_encoder', grade_id='autoencoder', source=_ae('''        return self.encoder(x)[0]
''', '''        z = self.encoder(x)[0]
        return self.decoder(z)
''')),
    dict(name='alt_aec_manual_cross_entropy', grade_id='ae_classifier', source=_aec('''        logits = self.autoencoder(x)
        class_logits = self.head(self.autoencoder.encode(x))
        return logits, class_logits
''', '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    log_probs = torch.log_softmax(class_logits, dim=1)
    cross_entropy = -log_probs.gather(1, labels[:, None]).squeeze(1).mean()
    total = reconstruction + weight * cross_entropy
    return total, reconstruction, cross_entropy
''')),
    dict(name='alt_aec_nll_of_log_softmax', grade_id='ae_classifier', source=_aec(_AEC_FORWARD, '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.nll_loss(F.log_softmax(class_logits, dim=1), labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
]
