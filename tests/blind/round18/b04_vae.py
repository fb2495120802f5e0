"""Blind round 18: mistakes and alternatives for notebook 04_vae."""

NOTEBOOK = '04_vae'


def _m(name, grade_id, source):
    return dict(name=name, grade_id=grade_id, source=source.strip('\n') + '\n')


# ----------------------------------------------------------------------------------------------------------
# Building blocks of the class cells (each mistake below is the complete cell).
# ----------------------------------------------------------------------------------------------------------
_VAE_HEAD = '''
class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim
'''

_VAE_FORWARD = '''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        return self.decoder(z), mu, logvar
'''

_VAE_GENERATE = '''
    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''


def _vae(forward=_VAE_FORWARD, generate=_VAE_GENERATE):
    return _VAE_HEAD + forward + generate


_AE_HEAD = '''
class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim
'''

_AE_ENCODE = '''
    def encode(self, x):
        mu, logvar = self.encoder(x)
        return mu
'''

_AE_FORWARD = '''
    def forward(self, x):
        return self.decoder(self.encode(x))
'''


def _ae(encode=_AE_ENCODE, forward=_AE_FORWARD):
    return _AE_HEAD + encode + forward


_AEC_HEAD = '''
class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)
'''

_AEC_FORWARD = '''
    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)
'''

_AEC_LOSS = '''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''


def _aec(forward=_AEC_FORWARD, loss=_AEC_LOSS):
    return _AEC_HEAD + forward + loss


MISTAKES = [
    # ------------------------------------------------------------------ Exercise 1: reparameterize
    _m('reparam_std_is_variance', 'reparameterize', '''
def reparameterize(mu, logvar):
    eps = torch.randn_like(mu)
    return mu + torch.exp(logvar) * eps
'''),
    _m('reparam_uniform_noise', 'reparameterize', '''
def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    eps = torch.rand_like(std)
    return mu + std * eps
'''),
    _m('reparam_one_noise_vector_for_whole_batch', 'reparameterize', '''
def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(mu[0])  # one eps of size latent_dim, broadcast over the batch
    return mu + std * eps
'''),
    _m('reparam_one_noise_per_image_shared_by_dims', 'reparameterize', '''
def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(mu[..., :1])
    return mu + std * eps
'''),
    _m('reparam_truncated_noise', 'reparameterize', '''
def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(std).clamp(-3.0, 3.0)  # no extreme outliers
    return mu + std * eps
'''),
    _m('reparam_clamps_logvar', 'reparameterize', '''
def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar.clamp(-10.0, 10.0))  # keep exp from overflowing
    return mu + std * torch.randn_like(mu)
'''),
    _m('reparam_logvar_dot_data', 'reparameterize', '''
def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar.data)
    eps = torch.randn_like(std)
    return mu + std * eps
'''),
    _m('reparam_randn_two_dims_only', 'reparameterize', '''
def reparameterize(mu, logvar):
    eps = torch.randn(mu.shape[0], mu.shape[1])
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    _m('reparam_distributions_rsample_rejects_zero_std', 'reparameterize', '''
def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    return torch.distributions.Normal(mu, std).rsample()
'''),
    _m('reparam_torch_normal', 'reparameterize', '''
def reparameterize(mu, logvar):
    return torch.normal(mu, torch.exp(0.5 * logvar))
'''),
    _m('reparam_half_the_variance', 'reparameterize', '''
def reparameterize(mu, logvar):
    std = 0.5 * torch.exp(logvar)
    return mu + std * torch.randn_like(mu)
'''),

    # ------------------------------------------------------------------ Exercise 2: VAE
    _m('vae_self_train_method_is_truthy', 'vae', _vae(forward='''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        if self.train:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        return self.decoder(z), mu, logvar
''')),
    _m('vae_samples_in_eval_mode_too', 'vae', _vae(forward='''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar)
        return self.decoder(z), mu, logvar
''')),
    _m('vae_modes_inverted', 'vae', _vae(forward='''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = mu if self.training else reparameterize(mu, logvar)
        return self.decoder(z), mu, logvar
''')),
    _m('vae_passes_variance_as_logvar', 'vae', _vae(forward='''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        if self.training:
            z = reparameterize(mu, logvar.exp())
        else:
            z = mu
        return self.decoder(z), mu, logvar
''')),
    _m('vae_returns_sample_in_place_of_mu', 'vae', _vae(forward='''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        if self.training:
            mu = reparameterize(mu, logvar)
        return self.decoder(mu), mu, logvar
''')),
    _m('vae_forward_returns_probabilities', 'vae', _vae(forward='''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return torch.sigmoid(self.decoder(z)), mu, logvar
''')),
    _m('vae_forward_flattens_logits', 'vae', _vae(forward='''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z).view(len(x), -1), mu, logvar
''')),
    _m('vae_generate_latent_dim_two', 'vae', _vae(generate='''
    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, 2)
        return torch.sigmoid(self.decoder(z))
''')),
    _m('vae_generate_uniform_codes', 'vae', _vae(generate='''
    @torch.no_grad()
    def generate(self, n):
        z = torch.rand(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
''')),
    _m('vae_generate_returns_bernoulli_draws', 'vae', _vae(generate='''
    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.bernoulli(torch.sigmoid(self.decoder(z)))
''')),
    _m('vae_generate_drops_channel_dim', 'vae', _vae(generate='''
    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z)).squeeze(1)
''')),
    _m('vae_generate_without_no_grad', 'vae', _vae(generate='''
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
''')),
    _m('vae_generate_switches_model_to_eval', 'vae', _vae(generate='''
    @torch.no_grad()
    def generate(self, n):
        self.eval()
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
''')),

    # ------------------------------------------------------------------ Exercise 3: kl_to_standard_normal
    _m('kl_sums_over_batch', 'kl_to_standard_normal', '''
def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=0)
'''),
    _m('kl_mean_over_latent_dims', 'kl_to_standard_normal', '''
def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.mean(1 + logvar - mu.pow(2) - logvar.exp(), dim=1)
'''),
    _m('kl_keepdim', 'kl_to_standard_normal', '''
def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=1, keepdim=True)
'''),
    _m('kl_drops_the_one', 'kl_to_standard_normal', '''
def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(logvar - mu.pow(2) - logvar.exp(), dim=1)
'''),
    _m('kl_uses_std_for_variance', 'kl_to_standard_normal', '''
def kl_to_standard_normal(mu, logvar):
    sigma = torch.exp(0.5 * logvar)
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - sigma, dim=1)
'''),
    _m('kl_clamps_logvar', 'kl_to_standard_normal', '''
def kl_to_standard_normal(mu, logvar):
    logvar = logvar.clamp(-20.0, 20.0)  # numerical safety
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=1)
'''),
    _m('kl_exp_in_place_mutates_logvar', 'kl_to_standard_normal', '''
def kl_to_standard_normal(mu, logvar):
    log_term = 1 + logvar - mu.pow(2)
    return -0.5 * torch.sum(log_term - logvar.exp_(), dim=1)
'''),
    _m('kl_positive_sign', 'kl_to_standard_normal', '''
def kl_to_standard_normal(mu, logvar):
    return 0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=1)
'''),

    # ------------------------------------------------------------------ Exercise 4: bernoulli_reconstruction
    _m('bce_mean_over_pixels', 'bernoulli_reconstruction', '''
def bernoulli_reconstruction(logits, x):
    return F.binary_cross_entropy_with_logits(logits, x, reduction="none").flatten(1).mean(1)
'''),
    _m('bce_sigmoid_then_bce_caps_at_100', 'bernoulli_reconstruction', '''
def bernoulli_reconstruction(logits, x):
    probs = torch.sigmoid(logits)
    return F.binary_cross_entropy(probs, x, reduction="none").flatten(1).sum(1)
'''),
    _m('bce_manual_log_of_sigmoid', 'bernoulli_reconstruction', '''
def bernoulli_reconstruction(logits, x):
    p = torch.sigmoid(logits)
    nll = -(x * torch.log(p) + (1 - x) * torch.log(1 - p))
    return nll.flatten(1).sum(1)
'''),
    _m('bce_arguments_swapped', 'bernoulli_reconstruction', '''
def bernoulli_reconstruction(logits, x):
    return F.binary_cross_entropy_with_logits(x, logits, reduction="none").sum(dim=(1, 2, 3))
'''),
    _m('bce_sum_keeps_channel_dim', 'bernoulli_reconstruction', '''
def bernoulli_reconstruction(logits, x):
    return F.binary_cross_entropy_with_logits(logits, x, reduction="none").sum(dim=(2, 3))
'''),
    _m('bce_sum_over_dim1_only', 'bernoulli_reconstruction', '''
def bernoulli_reconstruction(logits, x):
    return F.binary_cross_entropy_with_logits(logits, x, reduction="none").sum(dim=1)
'''),
    _m('bce_reduction_sum_scalar', 'bernoulli_reconstruction', '''
def bernoulli_reconstruction(logits, x):
    return F.binary_cross_entropy_with_logits(logits, x, reduction="sum")
'''),
    _m('bce_binarises_targets', 'bernoulli_reconstruction', '''
def bernoulli_reconstruction(logits, x):
    target = (x > 0.5).to(logits.dtype)  # Bernoulli pixels are 0 or 1
    return F.binary_cross_entropy_with_logits(logits, target, reduction="none").flatten(1).sum(1)
'''),

    # ------------------------------------------------------------------ Exercise 5: negative_elbo
    _m('nelbo_beta_on_reconstruction', 'negative_elbo', '''
def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return beta * reconstruction + kl, reconstruction, kl
'''),
    _m('nelbo_returns_weighted_kl', 'negative_elbo', '''
def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = beta * kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + kl, reconstruction, kl
'''),
    _m('nelbo_sums_over_batch', 'negative_elbo', '''
def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).sum()
    kl = kl_to_standard_normal(mu, logvar).sum()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    _m('nelbo_kl_divided_by_latent_dim', 'negative_elbo', '''
def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).sum() / x.size(0)
    kl = kl_to_standard_normal(mu, logvar).sum() / mu.size(1)
    return reconstruction + beta * kl, reconstruction, kl
'''),
    _m('nelbo_keepdim_shape_one', 'negative_elbo', '''
def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean(dim=0, keepdim=True)
    kl = kl_to_standard_normal(mu, logvar).mean(dim=0, keepdim=True)
    return reconstruction + beta * kl, reconstruction, kl
'''),
    _m('nelbo_order_swapped', 'negative_elbo', '''
def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    total = reconstruction + beta * kl
    return total, kl, reconstruction
'''),
    _m('nelbo_reconstruction_per_pixel', 'negative_elbo', '''
def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean() / x[0].numel()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    _m('ae_encode_returns_both_outputs', 'autoencoder', _ae(encode='''
    def encode(self, x):
        return self.encoder(x)
''', forward='''
    def forward(self, x):
        mu, _ = self.encode(x)
        return self.decoder(mu)
''')),
    _m('ae_encode_takes_logvar', 'autoencoder', _ae(encode='''
    def encode(self, x):
        _, z = self.encoder(x)
        return z
''')),
    _m('ae_forward_samples_when_training', 'autoencoder', _ae(forward='''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z)
''')),
    _m('ae_forward_returns_probabilities', 'autoencoder', _ae(forward='''
    def forward(self, x):
        return torch.sigmoid(self.decoder(self.encode(x)))
''')),
    _m('ae_encode_no_grad_blocks_training', 'autoencoder', _ae(encode='''
    @torch.no_grad()
    def encode(self, x):
        mu, logvar = self.encoder(x)
        return mu
''')),
    _m('ae_forward_returns_code_too', 'autoencoder', _ae(forward='''
    def forward(self, x):
        z = self.encode(x)
        return self.decoder(z), z
''')),

    # ------------------------------------------------------------------ Exercise 7: AEClassifier and its loss
    _m('aec_head_on_detached_code', 'ae_classifier', _aec(forward='''
    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z.detach())
''')),
    _m('aec_forward_returns_softmax', 'ae_classifier', _aec(forward='''
    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), torch.softmax(self.head(z), dim=1)
''')),
    _m('aec_loss_weight_on_reconstruction', 'ae_classifier', _aec(loss='''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return weight * reconstruction + cross_entropy, reconstruction, cross_entropy
''')),
    _m('aec_loss_returns_weighted_ce', 'ae_classifier', _aec(loss='''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = weight * F.cross_entropy(class_logits, labels)
    return reconstruction + cross_entropy, reconstruction, cross_entropy
''')),
    _m('aec_loss_nll_on_raw_logits', 'ae_classifier', _aec(loss='''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.nll_loss(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
    _m('aec_loss_softmax_before_cross_entropy', 'ae_classifier', _aec(loss='''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits.softmax(dim=1), labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
    _m('aec_loss_ce_summed_over_batch', 'ae_classifier', _aec(loss='''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels, reduction="sum")
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
    _m('aec_loss_bce_mean_over_pixels', 'ae_classifier', _aec(loss='''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = F.binary_cross_entropy_with_logits(logits, x)
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
    _m('aec_loss_one_hot_hardcodes_ten_classes', 'ae_classifier', _aec(loss='''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    targets = F.one_hot(labels, 10).float()
    cross_entropy = F.cross_entropy(class_logits, targets)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
    _m('aec_loss_label_smoothing', 'ae_classifier', _aec(loss='''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels, label_smoothing=0.1)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
]


ALTERNATIVES = [
    _m('alt_reparam_in_place_on_noise', 'reparameterize', '''
def reparameterize(mu, logvar):
    eps = torch.randn_like(mu)
    return eps.mul_(logvar.mul(0.5).exp()).add_(mu)
'''),
    _m('alt_reparam_addcmul', 'reparameterize', '''
def reparameterize(mu, logvar):
    return torch.addcmul(mu, torch.exp(logvar / 2), torch.randn_like(mu))
'''),
    _m('alt_vae_one_line_forward', 'vae', _vae(forward='''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        logits = self.decoder(reparameterize(mu, logvar) if self.training else mu)
        return logits, mu, logvar
''', generate='''
    @torch.no_grad()
    def generate(self, n):
        return self.decoder(torch.randn(n, self.latent_dim)).sigmoid()
''')),
    _m('alt_kl_rearranged', 'kl_to_standard_normal', '''
def kl_to_standard_normal(mu, logvar):
    return 0.5 * (mu * mu + torch.exp(logvar) - 1.0 - logvar).sum(dim=-1)
'''),
    _m('alt_bce_softplus', 'bernoulli_reconstruction', '''
def bernoulli_reconstruction(logits, x):
    per_pixel = F.softplus(logits) - logits * x
    return per_pixel.reshape(len(logits), -1).sum(dim=1)
'''),
    _m('alt_bce_logsigmoid', 'bernoulli_reconstruction', '''
def bernoulli_reconstruction(logits, x):
    per_pixel = -(x * F.logsigmoid(logits) + (1 - x) * F.logsigmoid(-logits))
    return per_pixel.sum(dim=[1, 2, 3])
'''),
    _m('alt_nelbo_per_image_total', 'negative_elbo', '''
def negative_elbo(logits, x, mu, logvar, beta=1.0):
    per_image_reconstruction = bernoulli_reconstruction(logits, x)
    per_image_kl = kl_to_standard_normal(mu, logvar)
    total = (per_image_reconstruction + beta * per_image_kl).mean()
    return total, per_image_reconstruction.sum() / len(x), per_image_kl.sum() / len(x)
'''),
    _m('alt_ae_direct', 'autoencoder', _ae(encode='''
    def encode(self, x):
        return self.encoder(x)[0]
''', forward='''
    def forward(self, x):
        mu, _ = self.encoder(x)
        return self.decoder(mu)
''')),
    _m('alt_aec_twice_and_one_hot_targets', 'ae_classifier', _aec(forward='''
    def forward(self, x):
        logits = self.autoencoder(x)
        class_logits = self.head(self.autoencoder.encode(x))
        return logits, class_logits
''', loss='''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    targets = F.one_hot(labels, class_logits.shape[1]).to(class_logits.dtype)
    cross_entropy = -(targets * F.log_softmax(class_logits, dim=1)).sum(dim=1).mean()
    total = reconstruction + weight * cross_entropy
    return total, reconstruction, cross_entropy
''')),
]
