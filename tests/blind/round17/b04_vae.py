"""Blind round 17: mistakes and alternatives for notebook 04_vae."""

NOTEBOOK = '04_vae'

# ---------------------------------------------------------------------------------------------------------------
# Exercise 1: reparameterize
# ---------------------------------------------------------------------------------------------------------------
_REP_DOC = '''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
'''

_REP_MISTAKES = [
    dict(name='rep_std_is_the_variance', grade_id='reparameterize', source=_REP_DOC + '''    std = torch.exp(logvar)
    eps = torch.randn_like(mu)
    return mu + std * eps
'''),
    dict(name='rep_one_noise_per_row_shared_by_the_dimensions', grade_id='reparameterize', source=_REP_DOC + '''    std = torch.exp(0.5 * logvar)
    eps = torch.randn(mu.shape[0], 1)  # one noise value per image
    return mu + std * eps
'''),
    dict(name='rep_one_noise_vector_shared_by_the_batch', grade_id='reparameterize', source=_REP_DOC + '''    std = torch.exp(0.5 * logvar)
    eps = torch.randn(mu.shape[-1])  # one value per latent dimension, broadcast over the batch
    return mu + std * eps
'''),
    dict(name='rep_noise_cached_per_shape', grade_id='reparameterize', source='''_NOISE = {}


''' + _REP_DOC + '''    # draw the noise once per shape and reuse it (saves a random draw per step)
    if tuple(mu.shape) not in _NOISE:
        _NOISE[tuple(mu.shape)] = torch.randn_like(mu)
    eps = _NOISE[tuple(mu.shape)]
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_new_unseeded_generator_each_call', grade_id='reparameterize', source=_REP_DOC + '''    generator = torch.Generator()
    eps = torch.randn(mu.shape, generator=generator)
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_in_place_on_logvar', grade_id='reparameterize', source=_REP_DOC + '''    std = logvar.mul_(0.5).exp_()
    return mu + std * torch.randn_like(mu)
'''),
    dict(name='rep_std_detached', grade_id='reparameterize', source=_REP_DOC + '''    std = torch.exp(0.5 * logvar).detach()
    eps = torch.randn_like(mu)
    return mu + std * eps
'''),
    dict(name='rep_logvar_clamped_for_stability', grade_id='reparameterize', source=_REP_DOC + '''    logvar = torch.clamp(logvar, min=-20.0, max=20.0)  # avoid overflow in exp
    std = torch.exp(0.5 * logvar)
    return mu + std * torch.randn_like(std)
'''),
    dict(name='rep_numpy_noise', grade_id='reparameterize', source='''import numpy as np


''' + _REP_DOC + '''    eps = torch.from_numpy(np.random.standard_normal(tuple(mu.shape)))
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name='rep_torch_normal', grade_id='reparameterize', source=_REP_DOC + '''    return torch.normal(mu, torch.exp(0.5 * logvar))
'''),
]

_REP_ALTERNATIVES = [
    dict(name='rep_addcmul', grade_id='reparameterize', source=_REP_DOC + '''    return torch.addcmul(mu, logvar.mul(0.5).exp(), torch.randn_like(mu))
'''),
    dict(name='rep_distributions_rsample', grade_id='reparameterize', source=_REP_DOC + '''    return torch.distributions.Normal(mu, torch.exp(0.5 * logvar)).rsample()
'''),
]

# ---------------------------------------------------------------------------------------------------------------
# Exercise 2: VAE
# ---------------------------------------------------------------------------------------------------------------
_VAE_HEAD = '''class VAE(nn.Module):
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
'''
_GEN_HEAD = '''
    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
'''
_FWD_OK = '''        mu, logvar = self.encoder(x)
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        return self.decoder(z), mu, logvar
'''
_GEN_OK = '''        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''


def _vae(forward=_FWD_OK, generate=_GEN_OK, gen_head=_GEN_HEAD):
    return _VAE_HEAD + forward + gen_head + generate


_VAE_MISTAKES = [
    dict(name='vae_modes_inverted', grade_id='vae', source=_vae(forward='''        mu, logvar = self.encoder(x)
        z = mu if self.training else reparameterize(mu, logvar)
        return self.decoder(z), mu, logvar
''')),
    dict(name='vae_always_samples', grade_id='vae', source=_vae(forward='''        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar)
        logits = self.decoder(z)
        return logits, mu, logvar
''')),
    dict(name='vae_tests_the_train_method_not_the_flag', grade_id='vae', source=_vae(forward='''        mu, logvar = self.encoder(x)
        if self.train:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        return self.decoder(z), mu, logvar
''')),
    dict(name='vae_samples_when_gradients_are_on', grade_id='vae', source=_vae(forward='''        mu, logvar = self.encoder(x)
        # sample while training (gradients on), use the mean when evaluating (under no_grad)
        z = reparameterize(mu, logvar) if torch.is_grad_enabled() else mu
        return self.decoder(z), mu, logvar
''')),
    dict(name='vae_forward_returns_probabilities', grade_id='vae', source=_vae(forward='''        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return torch.sigmoid(self.decoder(z)), mu, logvar
''')),
    dict(name='vae_forward_returns_the_sample_as_mu', grade_id='vae', source=_vae(forward='''        mu, logvar = self.encoder(x)
        if self.training:
            mu_or_sample = reparameterize(mu, logvar)
        else:
            mu_or_sample = mu
        return self.decoder(mu_or_sample), mu_or_sample, logvar
''')),
    dict(name='vae_forward_mu_and_logvar_swapped', grade_id='vae', source=_vae(forward='''        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), logvar, mu
''')),
    dict(name='vae_generate_switches_to_eval', grade_id='vae', source=_vae(generate='''        self.eval()
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
''')),
    dict(name='vae_generate_switches_the_decoder_to_eval', grade_id='vae', source=_vae(generate='''        self.decoder.eval()
        return torch.sigmoid(self.decoder(torch.randn(n, self.latent_dim)))
''')),
    dict(name='vae_generate_returns_bernoulli_draws', grade_id='vae', source=_vae(generate='''        z = torch.randn(n, self.latent_dim)
        return torch.bernoulli(torch.sigmoid(self.decoder(z)))
''')),
    dict(name='vae_generate_fixed_seed_generator', grade_id='vae', source=_vae(generate='''        generator = torch.Generator().manual_seed(0)  # reproducible samples
        z = torch.randn(n, self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(z))
''')),
    dict(name='vae_generate_without_no_grad', grade_id='vae', source=_vae(gen_head='''
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
''')),
]

_VAE_ALTERNATIVES = [
    dict(name='vae_one_line_forward_and_decoder_sigmoid_method', grade_id='vae', source=_vae(forward='''        mu, logvar = self.encoder(x)
        return self.decoder(reparameterize(mu, logvar) if self.training else mu), mu, logvar
''', generate='''        return self.decoder(torch.randn((n, self.latent_dim))).sigmoid()
''')),
]

# ---------------------------------------------------------------------------------------------------------------
# Exercise 3: kl_to_standard_normal
# ---------------------------------------------------------------------------------------------------------------
_KL_DOC = '''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
'''

_KL_MISTAKES = [
    dict(name='kl_mean_over_latent_dims', grade_id='kl_to_standard_normal', source=_KL_DOC + '''    return -0.5 * torch.mean(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1)
'''),
    dict(name='kl_missing_the_one', grade_id='kl_to_standard_normal', source=_KL_DOC + '''    return -0.5 * torch.sum(logvar - mu ** 2 - torch.exp(logvar), dim=1)
'''),
    dict(name='kl_std_used_for_the_variance', grade_id='kl_to_standard_normal', source=_KL_DOC + '''    sigma = torch.exp(0.5 * logvar)
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - sigma, dim=1)
'''),
    dict(name='kl_summed_over_the_batch', grade_id='kl_to_standard_normal', source=_KL_DOC + '''    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=0)
'''),
    dict(name='kl_keepdim', grade_id='kl_to_standard_normal', source=_KL_DOC + '''    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1, keepdim=True)
'''),
    dict(name='kl_exp_in_place_on_logvar', grade_id='kl_to_standard_normal', source=_KL_DOC + '''    terms = 1 + logvar - mu * mu - logvar.exp_()
    return -0.5 * terms.sum(dim=1)
'''),
    dict(name='kl_sum_in_float64', grade_id='kl_to_standard_normal', source=_KL_DOC + '''    # accumulate in double precision for accuracy
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1, dtype=torch.float64)
'''),
    dict(name='kl_missing_parentheses', grade_id='kl_to_standard_normal', source=_KL_DOC + '''    return torch.sum(-0.5 * 1 + logvar - mu ** 2 - torch.exp(logvar), dim=1)
'''),
]

_KL_ALTERNATIVES = [
    dict(name='kl_positive_form_last_dim', grade_id='kl_to_standard_normal', source=_KL_DOC + '''    return 0.5 * (mu.pow(2) + logvar.exp() - 1.0 - logvar).sum(dim=-1)
'''),
    dict(name='kl_term_by_term', grade_id='kl_to_standard_normal', source=_KL_DOC + '''    d = mu.shape[1]
    return 0.5 * ((mu * mu).sum(1) + torch.exp(logvar).sum(1) - logvar.sum(1) - d)
'''),
]

# ---------------------------------------------------------------------------------------------------------------
# Exercise 4: bernoulli_reconstruction
# ---------------------------------------------------------------------------------------------------------------
_BERN_DOC = '''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
'''

_BERN_MISTAKES = [
    dict(name='bern_mean_over_pixels', grade_id='bernoulli_reconstruction', source=_BERN_DOC + '''    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.mean(dim=(1, 2, 3))
'''),
    dict(name='bern_sigmoid_then_bce', grade_id='bernoulli_reconstruction', source=_BERN_DOC + '''    probs = torch.sigmoid(logits)
    return F.binary_cross_entropy(probs, x, reduction="none").sum(dim=(1, 2, 3))
'''),
    dict(name='bern_by_hand_with_log_of_sigmoid', grade_id='bernoulli_reconstruction', source=_BERN_DOC + '''    p = torch.sigmoid(logits)
    nll = -(x * torch.log(p) + (1 - x) * torch.log(1 - p))
    return nll.flatten(1).sum(1)
'''),
    dict(name='bern_sums_only_the_spatial_dims', grade_id='bernoulli_reconstruction', source=_BERN_DOC + '''    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.sum(dim=(2, 3))  # sum over the 28 x 28 pixels
'''),
    dict(name='bern_arguments_swapped', grade_id='bernoulli_reconstruction', source=_BERN_DOC + '''    return F.binary_cross_entropy_with_logits(x, logits, reduction="none").sum(dim=(1, 2, 3))
'''),
    dict(name='bern_logits_clamped', grade_id='bernoulli_reconstruction', source=_BERN_DOC + '''    logits = logits.clamp(-15.0, 15.0)  # keep the logits in a safe range
    return F.binary_cross_entropy_with_logits(logits, x, reduction="none").sum(dim=(1, 2, 3))
'''),
    dict(name='bern_binarised_target', grade_id='bernoulli_reconstruction', source=_BERN_DOC + '''    target = (x > 0.5).float()  # Bernoulli pixels are 0 or 1
    return F.binary_cross_entropy_with_logits(logits, target, reduction="none").sum(dim=(1, 2, 3))
'''),
    dict(name='bern_sum_divided_by_batch', grade_id='bernoulli_reconstruction', source=_BERN_DOC + '''    return F.binary_cross_entropy_with_logits(logits, x, reduction="sum") / x.shape[0]
'''),
]

_BERN_ALTERNATIVES = [
    dict(name='bern_logsigmoid_by_hand', grade_id='bernoulli_reconstruction', source=_BERN_DOC + '''    log_p = F.logsigmoid(logits)
    log_not_p = F.logsigmoid(-logits)
    return -(x * log_p + (1 - x) * log_not_p).reshape(len(x), -1).sum(dim=1)
'''),
]

# ---------------------------------------------------------------------------------------------------------------
# Exercise 5: negative_elbo
# ---------------------------------------------------------------------------------------------------------------
_ELBO_DOC = '''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
'''

_ELBO_MISTAKES = [
    dict(name='elbo_beta_on_reconstruction', grade_id='negative_elbo', source=_ELBO_DOC + '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return beta * reconstruction + kl, reconstruction, kl
'''),
    dict(name='elbo_returns_the_weighted_kl', grade_id='negative_elbo', source=_ELBO_DOC + '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = beta * kl_to_standard_normal(mu, logvar).mean()
    total = reconstruction + kl
    return total, reconstruction, kl
'''),
    dict(name='elbo_reconstruction_mean_over_pixels', grade_id='negative_elbo', source=_ELBO_DOC + '''    reconstruction = F.binary_cross_entropy_with_logits(logits, x)
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='elbo_parts_left_per_image', grade_id='negative_elbo', source=_ELBO_DOC + '''    reconstruction = bernoulli_reconstruction(logits, x)
    kl = kl_to_standard_normal(mu, logvar)
    total = (reconstruction + beta * kl).mean()
    return total, reconstruction, kl
'''),
    dict(name='elbo_parts_as_python_floats', grade_id='negative_elbo', source=_ELBO_DOC + '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    total = reconstruction + beta * kl
    return total, reconstruction.item(), kl.item()
'''),
    dict(name='elbo_ignores_beta', grade_id='negative_elbo', source=_ELBO_DOC + '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    total = reconstruction + kl
    return total, reconstruction, kl
'''),
    dict(name='elbo_in_place_total_aliases_reconstruction', grade_id='negative_elbo', source=_ELBO_DOC + '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    total = reconstruction
    total += beta * kl
    return total, reconstruction, kl
'''),
    dict(name='elbo_kl_mean_over_latent_dims_too', grade_id='negative_elbo', source=_ELBO_DOC + '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = -0.5 * torch.mean(1 + logvar - mu ** 2 - logvar.exp())
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name='elbo_kl_detached_in_the_total', grade_id='negative_elbo', source=_ELBO_DOC + '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    total = reconstruction + beta * kl.detach()
    return total, reconstruction, kl
'''),
]

_ELBO_ALTERNATIVES = [
    dict(name='elbo_mean_of_per_image_total', grade_id='negative_elbo', source=_ELBO_DOC + '''    per_image_rec = bernoulli_reconstruction(logits, x)
    per_image_kl = kl_to_standard_normal(mu, logvar)
    total = torch.mean(per_image_rec + beta * per_image_kl)
    return total, per_image_rec.sum() / len(x), per_image_kl.sum() / len(x)
'''),
]

# ---------------------------------------------------------------------------------------------------------------
# Exercise 6: AutoEncoder
# ---------------------------------------------------------------------------------------------------------------
_AE_HEAD = '''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

'''
_ENC_DEF = '''    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
'''
_AEF_DEF = '''
    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
'''
_ENC_OK = '''        mu, _ = self.encoder(x)
        return mu
'''
_AEF_OK = '''        return self.decoder(self.encode(x))
'''


def _ae(encode=_ENC_OK, forward=_AEF_OK):
    return _AE_HEAD + _ENC_DEF + encode + _AEF_DEF + forward


_AE_MISTAKES = [
    dict(name='ae_encode_returns_the_pair', grade_id='autoencoder', source=_ae(encode='''        return self.encoder(x)
''', forward='''        mu, logvar = self.encode(x)
        return self.decoder(mu)
''')),
    dict(name='ae_encode_returns_logvar', grade_id='autoencoder', source=_ae(encode='''        z = self.encoder(x)[1]
        return z
''')),
    dict(name='ae_forward_samples_in_training', grade_id='autoencoder', source=_ae(forward='''        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z)
''')),
    dict(name='ae_forward_returns_logits_and_code', grade_id='autoencoder', source=_ae(forward='''        z = self.encode(x)
        return self.decoder(z), z
''')),
    dict(name='ae_encode_detached', grade_id='autoencoder', source=_ae(encode='''        mu, _ = self.encoder(x)
        return mu.detach()  # the code is a plain value, no randomness
''')),
    dict(name='ae_encode_under_no_grad', grade_id='autoencoder', source=_AE_HEAD + '''    @torch.no_grad()
    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        return self.encoder(x)[0]
''' + _AEF_DEF + '''        mu, _ = self.encoder(x)
        return self.decoder(mu)
'''),
    dict(name='ae_encode_switches_to_eval', grade_id='autoencoder', source=_ae(encode='''        self.eval()  # deterministic code
        mu, _ = self.encoder(x)
        return mu
''')),
]

_AE_ALTERNATIVES = [
    dict(name='ae_forward_calls_encoder_directly', grade_id='autoencoder', source=_ae(encode='''        return self.encoder(x)[0]
''', forward='''        mu = self.encoder(x)[0]
        logits = self.decoder(mu)
        return logits
''')),
]

# ---------------------------------------------------------------------------------------------------------------
# Exercise 7: AEClassifier and ae_classifier_loss
# ---------------------------------------------------------------------------------------------------------------
_AEC_HEAD = '''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
'''
_AEC_FWD_OK = '''        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)
'''
_LOSS_DEF = '''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
'''
_LOSS_OK = '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''


def _aec(forward=_AEC_FWD_OK, loss=_LOSS_OK, loss_def=_LOSS_DEF):
    return _AEC_HEAD + forward + loss_def + loss


_AEC_MISTAKES = [
    dict(name='aec_head_on_a_detached_code', grade_id='ae_classifier', source=_aec(forward='''        z = self.autoencoder.encode(x)
        logits = self.autoencoder.decoder(z)
        class_logits = self.head(z.detach())  # the head reads the code, it should not move it
        return logits, class_logits
''')),
    dict(name='aec_forward_returns_class_probabilities', grade_id='ae_classifier', source=_aec(forward='''        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), torch.softmax(self.head(z), dim=1)
''')),
    dict(name='aec_forward_returns_pixel_probabilities', grade_id='ae_classifier', source=_aec(forward='''        z = self.autoencoder.encode(x)
        return torch.sigmoid(self.autoencoder.decoder(z)), self.head(z)
''')),
    dict(name='aec_loss_nll_on_raw_logits', grade_id='ae_classifier', source=_aec(loss='''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.nll_loss(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
    dict(name='aec_loss_softmax_before_cross_entropy', grade_id='ae_classifier', source=_aec(loss='''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    probabilities = F.softmax(class_logits, dim=1)
    cross_entropy = F.cross_entropy(probabilities, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
    dict(name='aec_loss_reconstruction_mean_over_pixels', grade_id='ae_classifier', source=_aec(loss='''    reconstruction = F.binary_cross_entropy_with_logits(logits, x)
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
    dict(name='aec_loss_ignores_weight', grade_id='ae_classifier', source=_aec(loss='''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    total = reconstruction + cross_entropy
    return total, reconstruction, cross_entropy
''')),
    dict(name='aec_loss_default_weight_ten', grade_id='ae_classifier', source=_aec(loss_def=_LOSS_DEF.replace(
        'weight=1.0):', 'weight=10.0):'))),
    dict(name='aec_loss_returns_weighted_cross_entropy', grade_id='ae_classifier', source=_aec(loss='''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = weight * F.cross_entropy(class_logits, labels)
    return reconstruction + cross_entropy, reconstruction, cross_entropy
''')),
    dict(name='aec_loss_one_hot_without_num_classes', grade_id='ae_classifier', source=_aec(loss='''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    targets = F.one_hot(labels).float()  # class probabilities for the cross-entropy
    cross_entropy = F.cross_entropy(class_logits, targets)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
]

_AEC_ALTERNATIVES = [
    dict(name='aec_encoder_twice_and_log_softmax_nll', grade_id='ae_classifier', source=_aec(forward='''        logits = self.autoencoder(x)
        class_logits = self.head(self.autoencoder.encode(x))
        return logits, class_logits
''', loss='''    reconstruction = torch.mean(bernoulli_reconstruction(logits, x))
    cross_entropy = F.nll_loss(F.log_softmax(class_logits, dim=-1), labels)
    total = reconstruction + weight * cross_entropy
    return total, reconstruction, cross_entropy
''')),
    dict(name='aec_manual_cross_entropy_gather', grade_id='ae_classifier', source=_aec(loss='''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    log_probs = class_logits - torch.logsumexp(class_logits, dim=1, keepdim=True)
    cross_entropy = -log_probs.gather(1, labels[:, None]).mean()
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
]

MISTAKES = _REP_MISTAKES + _VAE_MISTAKES + _KL_MISTAKES + _BERN_MISTAKES + _ELBO_MISTAKES + _AE_MISTAKES + _AEC_MISTAKES

ALTERNATIVES = (_REP_ALTERNATIVES + _VAE_ALTERNATIVES + _KL_ALTERNATIVES + _BERN_ALTERNATIVES + _ELBO_ALTERNATIVES
                + _AE_ALTERNATIVES + _AEC_ALTERNATIVES)
