"""Blind round 25: mistakes and alternatives for notebook 04_vae."""
NOTEBOOK = '04_vae'

# ---------------------------------------------------------------------------------------------------------
# pieces shared by the cells that hold more than one definition (the VAE class, AEClassifier + its loss)
# ---------------------------------------------------------------------------------------------------------
_VAE_INIT = r'''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim
'''
_VAE_FORWARD = r'''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar
'''
_VAE_GENERATE = r'''
    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''
_AE_HEAD = r'''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim
'''
_AE_ENCODE = r'''
    def encode(self, x):
        mu, _ = self.encoder(x)
        return mu
'''
_AE_FORWARD = r'''
    def forward(self, x):
        return self.decoder(self.encode(x))
'''
_AEC_HEAD = r'''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)
'''
_AEC_FORWARD = r'''
    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)
'''
_AEC_LOSS = r'''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''


def _vae(forward=_VAE_FORWARD, generate=_VAE_GENERATE):
    return _VAE_INIT + forward + generate


def _ae(encode=_AE_ENCODE, forward=_AE_FORWARD):
    return _AE_HEAD + encode + forward


def _aec(forward=_AEC_FORWARD, loss=_AEC_LOSS):
    return _AEC_HEAD + forward + loss


def _loss(body):
    return r'''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
''' + body


MISTAKES = [
    # ------------------------------------------------------------------ reparameterize
    dict(name='rep_variance_as_std', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    std = torch.exp(logvar)
    eps = torch.randn_like(std)
    return mu + std * eps
'''),
    dict(name='rep_logvar_used_as_std', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    eps = torch.randn_like(mu)
    return mu + logvar * eps
'''),
    dict(name='rep_uniform_noise', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    eps = torch.rand_like(std)
    return mu + std * eps
'''),
    dict(name='rep_one_noise_vector_for_batch', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    eps = torch.randn(mu.shape[-1])  # one draw per latent dimension
    return mu + std * eps
'''),
    dict(name='rep_one_noise_per_image_all_dims', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    eps = torch.randn(len(mu), 1)  # one draw per image
    return mu + std * eps
'''),
    dict(name='rep_std_detached', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar).detach()
    eps = torch.randn_like(std)
    return mu + std * eps
'''),
    dict(name='rep_torch_normal_no_grad', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    return torch.normal(mu, torch.exp(0.5 * logvar))
'''),
    dict(name='rep_float64_noise', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    eps = torch.randn(std.shape, dtype=torch.float64)
    return mu + std * eps
'''),
    dict(name='rep_truncated_noise', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(std).clamp(-2.0, 2.0)  # no wild outliers
    return mu + std * eps
'''),
    dict(name='rep_antithetic_pairs', grade_id='reparameterize', source=r'''_last_eps = []


def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    if _last_eps and _last_eps[0].shape == std.shape:
        eps = -_last_eps.pop()  # antithetic draw: lower variance
    else:
        _last_eps.clear()
        eps = torch.randn_like(std)
        _last_eps.append(eps)
    return mu + std * eps
'''),
    dict(name='rep_only_2d_inputs', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    batch, latent_dim = mu.shape
    eps = torch.randn(batch, latent_dim)
    return mu + torch.exp(0.5 * logvar) * eps
'''),

    # ------------------------------------------------------------------ VAE (forward, generate)
    dict(name='vae_always_samples', grade_id='vae', source=_vae(forward=r'''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar)
        return self.decoder(z), mu, logvar
''')),
    dict(name='vae_always_mean', grade_id='vae', source=_vae(forward=r'''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        return self.decoder(mu), mu, logvar
''')),
    dict(name='vae_mode_inverted', grade_id='vae', source=_vae(forward=r'''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = mu if self.training else reparameterize(mu, logvar)
        return self.decoder(z), mu, logvar
''')),
    dict(name='vae_mode_from_grad_enabled', grade_id='vae', source=_vae(forward=r'''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if torch.is_grad_enabled() else mu  # sample only while training
        return self.decoder(z), mu, logvar
''')),
    dict(name='vae_returns_z_for_mu', grade_id='vae', source=_vae(forward=r'''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), z, logvar
''')),
    dict(name='vae_forward_returns_probs', grade_id='vae', source=_vae(forward=r'''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return torch.sigmoid(self.decoder(z)), mu, logvar
''')),
    dict(name='vae_inline_sample_uses_variance', grade_id='vae', source=_vae(forward=r'''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        if self.training:
            z = mu + torch.exp(logvar) * torch.randn_like(mu)
        else:
            z = mu
        return self.decoder(z), mu, logvar
''')),
    dict(name='vae_sample_from_detached_mu', grade_id='vae', source=_vae(forward=r'''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu.detach(), logvar) if self.training else mu
        return self.decoder(z), mu, logvar
''')),
    dict(name='vae_generate_temperature', grade_id='vae', source=_vae(generate=r'''
    @torch.no_grad()
    def generate(self, n):
        z = 0.7 * torch.randn(n, self.latent_dim)  # a lower temperature gives cleaner digits
        return torch.sigmoid(self.decoder(z))
''')),
    dict(name='vae_generate_decoder_probs', grade_id='vae', source=_vae(generate=r'''
    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return self.decoder.probs(z)
''')),
    dict(name='vae_generate_bernoulli_draws', grade_id='vae', source=_vae(generate=r'''
    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.bernoulli(torch.sigmoid(self.decoder(z)))
''')),
    dict(name='vae_generate_batches_of_ten', grade_id='vae', source=_vae(generate=r'''
    @torch.no_grad()
    def generate(self, n):
        images = []
        for _ in range(max(1, n // 10)):
            z = torch.randn(min(n, 10), self.latent_dim)
            images.append(torch.sigmoid(self.decoder(z)))
        return torch.cat(images)
''')),

    # ------------------------------------------------------------------ kl_to_standard_normal
    dict(name='kl_sign_flipped', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return 0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1)
'''),
    dict(name='kl_mean_over_dims', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.mean(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1)
'''),
    dict(name='kl_sum_over_batch_axis', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=0)
'''),
    dict(name='kl_variance_squared', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    sigma = torch.exp(logvar)
    return -0.5 * torch.sum(1 + torch.log(sigma ** 2) - mu ** 2 - sigma ** 2, dim=1)
'''),
    dict(name='kl_missing_one', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(logvar - mu ** 2 - torch.exp(logvar), dim=1)
'''),
    dict(name='kl_log_std_for_log_var', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    std = torch.exp(0.5 * logvar)
    return -0.5 * torch.sum(1 + torch.log(std) - mu ** 2 - std ** 2, dim=1)
'''),
    dict(name='kl_keepdim', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1, keepdim=True)
'''),
    dict(name='kl_mean_times_batch', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.mean(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1) * len(mu)
'''),
    dict(name='kl_batch_total_of_mu', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return -0.5 * (torch.sum(1 + logvar - torch.exp(logvar), dim=1) - mu.pow(2).sum() / len(mu))
'''),
    dict(name='kl_reverse_direction', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    # KL between the two Gaussians, written from the textbook formula
    return 0.5 * torch.sum(torch.exp(-logvar) * (1 + mu ** 2) - 1 + logvar, dim=1)
'''),

    # ------------------------------------------------------------------ bernoulli_reconstruction
    dict(name='bce_mean_over_pixels', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.reshape(len(x), -1).mean(dim=1)
'''),
    dict(name='bce_sum_last_axis_only', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.sum(dim=-1)
'''),
    dict(name='bce_sum_height_width_keeps_channel', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.sum(dim=(2, 3))
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
    dict(name='bce_arguments_swapped', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy_with_logits(x, logits, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='bce_binarised_targets', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    target = (x > 0.5).float()  # a Bernoulli pixel is 0 or 1
    bce = F.binary_cross_entropy_with_logits(logits, target, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='bce_squared_error', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    error = (torch.sigmoid(logits) - x) ** 2
    return error.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='bce_minus_target_entropy', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    entropy = F.binary_cross_entropy(x, x, reduction="none")  # 0 for a perfect reconstruction
    return (bce - entropy).reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='bce_clamped_logits', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy_with_logits(logits.clamp(-15, 15), x, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='bce_mean_times_784_scalar', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    return F.binary_cross_entropy_with_logits(logits, x) * 784
'''),

    # ------------------------------------------------------------------ negative_elbo
    dict(name='nelbo_sum_over_batch', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).sum()
    kl = kl_to_standard_normal(mu, logvar).sum()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='nelbo_kl_summed_reconstruction_mean', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).sum()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='nelbo_beta_on_reconstruction', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return beta * reconstruction + kl, reconstruction, kl
'''),
    dict(name='nelbo_beta_ignored', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + kl, reconstruction, kl
'''),
    dict(name='nelbo_returns_weighted_kl', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = beta * kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + kl, reconstruction, kl
'''),
    dict(name='nelbo_divides_by_latent_dim', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    n = mu.shape[1]
    reconstruction = bernoulli_reconstruction(logits, x).sum() / n
    kl = kl_to_standard_normal(mu, logvar).sum() / n
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='nelbo_parts_as_floats', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction.item(), kl.item()
'''),
    dict(name='nelbo_bce_mean_reduction', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = F.binary_cross_entropy_with_logits(logits, x)
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='nelbo_inplace_total_aliases_reconstruction', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    total = reconstruction
    total += beta * kl
    return total, reconstruction, kl
'''),
    dict(name='nelbo_mu_logvar_swapped', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(logvar, mu).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='nelbo_returns_stacked_tensor', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return torch.stack([reconstruction + beta * kl, reconstruction, kl])
'''),
    dict(name='nelbo_float64_beta', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    beta = torch.as_tensor(beta, dtype=torch.float64)
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),

    # ------------------------------------------------------------------ AutoEncoder
    dict(name='ae_encode_samples', grade_id='autoencoder', source=_ae(encode=r'''
    def encode(self, x):
        mu, logvar = self.encoder(x)
        return reparameterize(mu, logvar)
''')),
    dict(name='ae_encode_samples_in_training', grade_id='autoencoder', source=_ae(encode=r'''
    def encode(self, x):
        mu, logvar = self.encoder(x)
        if self.training:
            return mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
        return mu
''')),
    dict(name='ae_encode_logvar', grade_id='autoencoder', source=_ae(encode=r'''
    def encode(self, x):
        _, mu = self.encoder(x)
        return mu
''')),
    dict(name='ae_forward_probs', grade_id='autoencoder', source=_ae(forward=r'''
    def forward(self, x):
        return torch.sigmoid(self.decoder(self.encode(x)))
''')),
    dict(name='ae_encode_no_grad', grade_id='autoencoder', source=_ae(encode=r'''
    @torch.no_grad()
    def encode(self, x):
        mu, _ = self.encoder(x)
        return mu
''')),
    dict(name='ae_forward_detached_code', grade_id='autoencoder', source=_ae(forward=r'''
    def forward(self, x):
        return self.decoder(self.encode(x).detach())
''')),
    dict(name='ae_encode_squeezed', grade_id='autoencoder', source=_ae(encode=r'''
    def encode(self, x):
        mu, _ = self.encoder(x)
        return mu.squeeze()
''')),
    dict(name='ae_forward_flat_logits', grade_id='autoencoder', source=_ae(forward=r'''
    def forward(self, x):
        return self.decoder(self.encode(x)).reshape(len(x), -1)
''')),

    # ------------------------------------------------------------------ AEClassifier + ae_classifier_loss
    dict(name='aec_head_on_sample', grade_id='ae_classifier', source=_aec(forward=r'''
    def forward(self, x):
        mu, logvar = self.autoencoder.encoder(x)
        z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
        return self.autoencoder.decoder(z), self.head(z)
''')),
    dict(name='aec_head_on_detached_code', grade_id='ae_classifier', source=_aec(forward=r'''
    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z.detach())
''')),
    dict(name='aec_head_on_logvar', grade_id='ae_classifier', source=_aec(forward=r'''
    def forward(self, x):
        mu, logvar = self.autoencoder.encoder(x)
        return self.autoencoder.decoder(mu), self.head(logvar)
''')),
    dict(name='aecl_pixel_mean', grade_id='ae_classifier', source=_aec(loss=_loss(r'''    reconstruction = F.binary_cross_entropy_with_logits(logits, x)
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''))),
    dict(name='aecl_weight_on_reconstruction', grade_id='ae_classifier', source=_aec(loss=_loss(r'''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return weight * reconstruction + cross_entropy, reconstruction, cross_entropy
'''))),
    dict(name='aecl_softmax_before_cross_entropy', grade_id='ae_classifier', source=_aec(loss=_loss(r'''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(torch.softmax(class_logits, dim=1), labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''))),
    dict(name='aecl_nll_on_logits', grade_id='ae_classifier', source=_aec(loss=_loss(r'''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.nll_loss(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''))),
    dict(name='aecl_returns_weighted_cross_entropy', grade_id='ae_classifier', source=_aec(loss=_loss(r'''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = weight * F.cross_entropy(class_logits, labels)
    return reconstruction + cross_entropy, reconstruction, cross_entropy
'''))),
    dict(name='aecl_one_hot_from_batch', grade_id='ae_classifier', source=_aec(loss=_loss(r'''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, F.one_hot(labels).float())
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''))),
    dict(name='aecl_one_hot_ten_classes', grade_id='ae_classifier', source=_aec(loss=_loss(r'''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    targets = F.one_hot(labels, 10).float()
    cross_entropy = -(targets * F.log_softmax(class_logits, dim=1)).sum(dim=1).mean()
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''))),
    dict(name='aecl_inplace_total_alias', grade_id='ae_classifier', source=_aec(loss=_loss(r'''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    total = reconstruction
    total += weight * cross_entropy
    return total, reconstruction, cross_entropy
'''))),
    dict(name='aecl_label_smoothing', grade_id='ae_classifier', source=_aec(loss=_loss(r'''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels, label_smoothing=0.1)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''))),
    dict(name='aecl_log_softmax_over_batch', grade_id='ae_classifier', source=_aec(loss=_loss(r'''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    log_probs = F.log_softmax(class_logits, dim=0)
    cross_entropy = -log_probs[torch.arange(len(labels)), labels].mean()
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''))),
    dict(name='aecl_double_sigmoid', grade_id='ae_classifier', source=_aec(loss=_loss(r'''    reconstruction = bernoulli_reconstruction(torch.sigmoid(logits), x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''))),
    dict(name='aecl_cross_entropy_per_image', grade_id='ae_classifier', source=_aec(loss=_loss(r'''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels, reduction="none")
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''))),
]

ALTERNATIVES = [
    dict(name='alt_rep_rsample', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    return torch.distributions.Normal(mu, torch.exp(0.5 * logvar)).rsample()
'''),
    dict(name='alt_rep_sqrt_and_explicit_randn', grade_id='reparameterize', source=r'''def reparameterize(mu, logvar):
    eps = torch.randn(mu.shape, dtype=mu.dtype, device=mu.device)
    return torch.addcmul(mu, torch.exp(logvar).sqrt(), eps)
'''),
    dict(name='alt_vae_explicit_branches', grade_id='vae', source=_VAE_INIT + r'''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        if self.training:
            logits = self.decoder(reparameterize(mu, logvar))
        else:
            logits = self.decoder(mu)
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, n):
        codes = torch.randn(n, self.latent_dim)
        return torch.special.expit(self.decoder(codes))
'''),
    dict(name='alt_kl_distributions', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))
    p = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))
    return torch.distributions.kl_divergence(q, p).sum(dim=-1)
'''),
    dict(name='alt_kl_rearranged', grade_id='kl_to_standard_normal', source=r'''def kl_to_standard_normal(mu, logvar):
    return 0.5 * (mu.pow(2) + logvar.exp() - 1.0 - logvar).sum(dim=-1)
'''),
    dict(name='alt_bce_softplus', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    # -[x log s(l) + (1 - x) log(1 - s(l))] = softplus(l) - x * l, stable for any l
    per_pixel = F.softplus(logits) - x * logits
    return per_pixel.flatten(start_dim=1).sum(dim=1)
'''),
    dict(name='alt_bce_sum_dims', grade_id='bernoulli_reconstruction', source=r'''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.sum(dim=tuple(range(1, bce.dim())))
'''),
    dict(name='alt_nelbo_sum_over_batch_size', grade_id='negative_elbo', source=r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    batch = x.shape[0]
    reconstruction = bernoulli_reconstruction(logits, x).sum() / batch
    kl = kl_to_standard_normal(mu, logvar).sum() / batch
    total = reconstruction + beta * kl
    return total, reconstruction, kl
'''),
    dict(name='alt_ae_index_encoder', grade_id='autoencoder', source=_AE_HEAD + r'''
    def encode(self, x):
        return self.encoder(x)[0]

    def forward(self, x):
        z = self.encoder(x)[0]
        return self.decoder(z)
'''),
    dict(name='alt_aec_log_softmax_nll', grade_id='ae_classifier', source=_AEC_HEAD + r'''
    def forward(self, x):
        z, _ = self.autoencoder.encoder(x)
        return self.autoencoder(x), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.nll_loss(F.log_softmax(class_logits, dim=1), labels)
    total = reconstruction + weight * cross_entropy
    return total, reconstruction, cross_entropy
'''),
    dict(name='alt_aec_manual_cross_entropy', grade_id='ae_classifier', source=_AEC_HEAD + r'''
    def forward(self, x):
        code = self.autoencoder.encode(x)
        class_logits = self.head(code)
        return self.autoencoder.decoder(code), class_logits


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = torch.mean(bernoulli_reconstruction(logits, x))
    log_probs = class_logits - torch.logsumexp(class_logits, dim=1, keepdim=True)
    cross_entropy = -log_probs.gather(1, labels[:, None]).squeeze(1).mean()
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
]
