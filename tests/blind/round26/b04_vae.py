"""Blind round 26: mistakes and alternatives for notebook 04_vae."""
NOTEBOOK = '04_vae'

_BASE = {
'reparameterize': '''def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(std)
    return mu + std * eps
''',
'vae': '''class VAE(nn.Module):
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
        return torch.sigmoid(self.decoder(z))
''',
'kl_to_standard_normal': '''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1)
''',
'bernoulli_reconstruction': '''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)
''',
'negative_elbo': '''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl
''',
'autoencoder': '''class AutoEncoder(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        mu, _ = self.encoder(x)
        return mu

    def forward(self, x):
        return self.decoder(self.encode(x))
''',
'ae_classifier': '''class AEClassifier(nn.Module):
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
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''',
}


def _m(name, gid, *pairs):
    src = _BASE[gid]
    for old, new in zip(pairs[::2], pairs[1::2]):
        assert old in src, (name, old)
        src = src.replace(old, new, 1)
    assert src != _BASE[gid], name
    return dict(name=name, grade_id=gid, source=src)


R, V, K, B, E, A, C = ('reparameterize', 'vae', 'kl_to_standard_normal', 'bernoulli_reconstruction',
                       'negative_elbo', 'autoencoder', 'ae_classifier')

MISTAKES = [
    # reparameterize
    _m('rep_std_is_variance', R, 'torch.exp(0.5 * logvar)', 'torch.exp(logvar)'),
    _m('rep_half_variance', R, 'torch.exp(0.5 * logvar)', '0.5 * torch.exp(logvar)'),
    _m('rep_uniform_noise', R, 'torch.randn_like(std)', 'torch.rand_like(std)'),
    _m('rep_noise_shared_over_batch', R, 'torch.randn_like(std)', 'torch.randn(std.shape[-1]).expand_as(std)'),
    _m('rep_noise_shared_over_dims', R, 'torch.randn_like(std)', 'torch.randn(std.shape[0], 1).expand_as(std)'),
    _m('rep_std_detached', R, 'mu + std * eps', 'mu + std.detach() * eps'),
    _m('rep_mu_detached', R, 'mu + std * eps', 'mu.detach() + std * eps'),
    _m('rep_inplace_on_mu', R, 'return mu + std * eps', 'return mu.add_(std * eps)'),
    _m('rep_logvar_clamped', R, 'torch.exp(0.5 * logvar)', 'torch.exp(0.5 * logvar.clamp(-6, 6))'),
    _m('rep_softplus_std', R, 'torch.exp(0.5 * logvar)', 'F.softplus(logvar)'),
    _m('rep_2d_only', R, 'torch.randn_like(std)', 'torch.randn(len(std), std.shape[1])'),
    _m('rep_batch_normalised_noise', R, 'eps = torch.randn_like(std)',
       'eps = torch.randn_like(std)\n    if eps.numel() > 1:\n        eps = (eps - eps.mean()) / eps.std()'),
    _m('rep_truncated_noise', R, 'torch.randn_like(std)', 'torch.randn_like(std).clamp(-2.5, 2.5)'),
    _m('rep_half_precision_std', R, 'torch.exp(0.5 * logvar)', 'torch.exp(0.5 * logvar.half()).to(logvar.dtype)'),
    dict(name='rep_torch_normal_no_grad', grade_id=R, source='''def reparameterize(mu, logvar):
    return torch.normal(mu, torch.exp(0.5 * logvar))
'''),
    dict(name='rep_antithetic_state', grade_id=R, source='''_last_noise = {}


def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    key = tuple(std.shape)
    if key in _last_noise and _last_noise[key] is not None:
        eps = -_last_noise[key]
        _last_noise[key] = None
    else:
        eps = torch.randn_like(std)
        _last_noise[key] = eps
    return mu + std * eps
'''),
    dict(name='rep_module_generator', grade_id=R, source='''_noise_generator = torch.Generator().manual_seed(1234)


def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    eps = torch.randn(std.shape, generator=_noise_generator, dtype=std.dtype)
    return mu + std * eps
'''),
    _m('rep_float64_noise', R, 'torch.randn_like(std)', 'torch.randn(std.shape, dtype=torch.float64)'),
    _m('rep_std_from_abs_logvar', R, 'torch.exp(0.5 * logvar)', 'torch.exp(0.5 * logvar.abs())'),
    # VAE
    _m('vae_mode_inverted', V, 'if self.training else mu', 'if not self.training else mu'),
    _m('vae_always_sample', V, 'if self.training else mu', 'if True else mu'),
    _m('vae_always_mean', V, 'z = reparameterize(mu, logvar) if self.training else mu', 'z = mu'),
    _m('vae_mode_from_grad_enabled', V, 'if self.training else mu', 'if torch.is_grad_enabled() else mu'),
    _m('vae_forward_sigmoid', V, 'return self.decoder(z), mu, logvar', 'return torch.sigmoid(self.decoder(z)), mu, logvar'),
    _m('vae_forward_order', V, 'return self.decoder(z), mu, logvar', 'return self.decoder(z), logvar, mu'),
    _m('vae_mu_detached_in_sample', V, 'reparameterize(mu, logvar)', 'reparameterize(mu.detach(), logvar)'),
    _m('vae_returns_detached_stats', V, 'return self.decoder(z), mu, logvar', 'return self.decoder(z), mu.detach(), logvar.detach()'),
    _m('vae_passes_variance', V, 'reparameterize(mu, logvar)', 'reparameterize(mu, logvar.exp())'),
    _m('vae_eval_zero_logvar', V, 'return self.decoder(z), mu, logvar',
       'return self.decoder(z), mu, (logvar if self.training else torch.zeros_like(logvar))'),
    _m('vae_flattens_input', V, 'self.encoder(x)', 'self.encoder(x.reshape(len(x), -1))'),
    _m('vae_two_sample_average', V, 'reparameterize(mu, logvar) if', '0.5 * (reparameterize(mu, logvar) + reparameterize(mu, logvar)) if'),
    _m('gen_uniform', V, 'torch.randn(n, self.latent_dim)', 'torch.rand(n, self.latent_dim)'),
    _m('gen_latent_two', V, 'torch.randn(n, self.latent_dim)', 'torch.randn(n, 2)'),
    _m('gen_logits', V, 'return torch.sigmoid(self.decoder(z))', 'return self.decoder(z)'),
    _m('gen_bernoulli_draw', V, 'return torch.sigmoid(self.decoder(z))', 'return torch.bernoulli(torch.sigmoid(self.decoder(z)))'),
    _m('gen_fixed_seed', V, 'torch.randn(n, self.latent_dim)', 'torch.randn(n, self.latent_dim, generator=torch.Generator().manual_seed(0))'),
    _m('gen_temperature', V, 'torch.randn(n, self.latent_dim)', '0.7 * torch.randn(n, self.latent_dim)'),
    _m('gen_unit_sphere', V, 'z = torch.randn(n, self.latent_dim)', 'z = F.normalize(torch.randn(n, self.latent_dim), dim=1)'),
    _m('gen_leaves_eval', V, 'z = torch.randn(n, self.latent_dim)', 'self.eval()\n        z = torch.randn(n, self.latent_dim)'),
    _m('gen_no_decorator', V, '    @torch.no_grad()\n    def generate', '    def generate'),
    _m('gen_clamped_probs', V, 'return torch.sigmoid(self.decoder(z))', 'return torch.sigmoid(self.decoder(z)).clamp(0.01, 0.99)'),
    _m('gen_normalised_codes_batch', V, 'z = torch.randn(n, self.latent_dim)',
       'z = torch.randn(n, self.latent_dim)\n        if n > 1:\n            z = (z - z.mean(0)) / z.std(0)'),
    # KL
    _m('kl_no_half', K, '-0.5 * ', '-1.0 * '),
    _m('kl_sign', K, '-0.5 * ', '0.5 * '),
    _m('kl_mean_dims', K, 'torch.sum(', 'torch.mean('),
    _m('kl_sum_all', K, ', dim=1)', ')'),
    _m('kl_sum_batch', K, ', dim=1)', ', dim=0)'),
    _m('kl_logvar_as_std', K, 'torch.exp(logvar)', 'torch.exp(2 * logvar)'),
    _m('kl_missing_one', K, '1 + logvar', 'logvar'),
    _m('kl_mu_not_squared', K, 'mu ** 2', 'mu'),
    _m('kl_mu_abs', K, 'mu ** 2', 'mu.abs()'),
    _m('kl_keepdim', K, ', dim=1)', ', dim=1, keepdim=True)'),
    _m('kl_expm1', K, 'torch.exp(logvar)', 'torch.expm1(logvar)'),
    _m('kl_batch_centred_mu', K, 'mu ** 2', '(mu - mu.mean(0)) ** 2'),
    _m('kl_squeeze_batch_one', K, ', dim=1)', ', dim=1).squeeze()'),
    _m('kl_inplace_exp', K, 'torch.exp(logvar)', 'logvar.exp_()'),
    _m('kl_float64_constant', K, '-0.5 * ', 'torch.tensor(-0.5, dtype=torch.float64) * '),
    _m('kl_over_dim_minus_two', K, ', dim=1)', ', dim=-2)'),
    # bernoulli
    _m('bce_mean_pixels', B, '.sum(dim=1)', '.mean(dim=1)'),
    _m('bce_sum_batch', B, 'reduction="none"', 'reduction="sum"'),
    dict(name='bce_probs_clamped_log', grade_id=B, source='''def bernoulli_reconstruction(logits, x):
    bce = F.binary_cross_entropy(torch.sigmoid(logits), x, reduction="none")
    return bce.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='bce_manual_unstable', grade_id=B, source='''def bernoulli_reconstruction(logits, x):
    p = torch.sigmoid(logits)
    bce = -(x * torch.log(p) + (1 - x) * torch.log(1 - p))
    return bce.reshape(len(x), -1).sum(dim=1)
'''),
    _m('bce_args_swapped', B, 'F.binary_cross_entropy_with_logits(logits, x,', 'F.binary_cross_entropy_with_logits(x, torch.sigmoid(logits),'),
    _m('bce_rounded_targets', B, '(logits, x,', '(logits, x.round(),'),
    _m('bce_random_binarised', B, '(logits, x,', '(logits, torch.bernoulli(x),'),
    _m('bce_sum_last_dim', B, 'return bce.reshape(len(x), -1).sum(dim=1)', 'return bce.sum(dim=-1)'),
    dict(name='bce_softplus_overflow', grade_id=B, source='''def bernoulli_reconstruction(logits, x):
    bce = torch.log(1 + torch.exp(logits)) - x * logits
    return bce.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='bce_mse', grade_id=B, source='''def bernoulli_reconstruction(logits, x):
    return (torch.sigmoid(logits) - x).pow(2).reshape(len(x), -1).sum(dim=1)
'''),
    _m('bce_divided_by_batch', B, '.sum(dim=1)', '.sum(dim=1) / len(x)'),
    _m('bce_float64', B, '(logits, x,', '(logits.double(), x.double(),'),
    _m('bce_pos_weight', B, 'reduction="none"', 'reduction="none", pos_weight=torch.tensor(2.0)'),
    # negative elbo
    _m('elbo_sum_batch', E, 'reconstruction = bernoulli_reconstruction(logits, x).mean()', 'reconstruction = bernoulli_reconstruction(logits, x).sum()'),
    _m('elbo_beta_on_recon', E, 'return reconstruction + beta * kl,', 'return beta * reconstruction + kl,'),
    _m('elbo_weighted_kl_returned', E, 'return reconstruction + beta * kl, reconstruction, kl', 'kl = beta * kl\n    return reconstruction + kl, reconstruction, kl'),
    _m('elbo_ignores_beta', E, 'reconstruction + beta * kl,', 'reconstruction + kl,'),
    _m('elbo_kl_over_latent_dim', E, 'kl_to_standard_normal(mu, logvar).mean()', 'kl_to_standard_normal(mu, logvar).sum() / mu.shape[1]'),
    _m('elbo_items', E, 'return reconstruction + beta * kl, reconstruction, kl', 'return reconstruction + beta * kl, reconstruction.item(), kl.item()'),
    _m('elbo_beta_or_one', E, 'reconstruction = bernoulli', 'beta = beta or 1.0\n    reconstruction = bernoulli'),
    _m('elbo_mu_logvar_swapped', E, 'kl_to_standard_normal(mu, logvar)', 'kl_to_standard_normal(logvar, mu)'),
    _m('elbo_order', E, 'return reconstruction + beta * kl, reconstruction, kl', 'return reconstruction + beta * kl, kl, reconstruction'),
    _m('elbo_keepdim', E, '.mean()\n    kl', '.mean(0, keepdim=True)\n    kl'),
    _m('elbo_minus_kl', E, 'reconstruction + beta * kl,', 'reconstruction - beta * kl,'),
    _m('elbo_inplace_alias', E, 'return reconstruction + beta * kl, reconstruction, kl',
       'total = reconstruction\n    total += beta * kl\n    return total, reconstruction, kl'),
    _m('elbo_free_bits', E, 'return reconstruction + beta * kl,', 'return reconstruction + beta * kl.clamp(min=0.5),'),
    _m('elbo_beta_int', E, 'reconstruction = bernoulli', 'beta = int(beta)\n    reconstruction = bernoulli'),
    # autoencoder
    _m('ae_encode_logvar', A, 'mu, _ = self.encoder(x)', '_, mu = self.encoder(x)'),
    _m('ae_encode_samples_in_training', A, 'mu, _ = self.encoder(x)\n        return mu',
       'mu, logvar = self.encoder(x)\n        if self.training:\n            return mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)\n        return mu'),
    _m('ae_forward_sigmoid', A, 'return self.decoder(self.encode(x))', 'return torch.sigmoid(self.decoder(self.encode(x)))'),
    _m('ae_forward_tuple', A, 'return self.decoder(self.encode(x))', 'z = self.encode(x)\n        return self.decoder(z), z'),
    _m('ae_encode_tuple', A, 'mu, _ = self.encoder(x)\n        return mu', 'return self.encoder(x)'),
    _m('ae_encode_detached', A, 'return mu\n', 'return mu.detach()\n'),
    _m('ae_denoising_noise', A, 'return self.decoder(self.encode(x))', 'return self.decoder(self.encode(x) + 0.01 * torch.randn(len(x), self.latent_dim))'),
    _m('ae_encode_tanh', A, 'return mu\n', 'return torch.tanh(mu)\n'),
    _m('ae_encode_squeeze', A, 'return mu\n', 'return mu.squeeze(-1) if mu.shape[-1] == 1 else mu\n'),
    _m('ae_forward_flattened', A, 'return self.decoder(self.encode(x))', 'return self.decoder(self.encode(x)).reshape(len(x), -1)'),
    # AE + classifier
    _m('aec_head_detached', C, 'self.head(z)', 'self.head(z.detach())'),
    _m('aec_softmax_out', C, 'self.head(z)', 'torch.softmax(self.head(z), dim=1)'),
    _m('aec_ce_sum', C, 'F.cross_entropy(class_logits, labels)', 'F.cross_entropy(class_logits, labels, reduction="sum")'),
    _m('aec_recon_sum', C, 'bernoulli_reconstruction(logits, x).mean()', 'bernoulli_reconstruction(logits, x).sum()'),
    _m('aec_weight_on_recon', C, 'return reconstruction + weight * cross_entropy,', 'return weight * reconstruction + cross_entropy,'),
    _m('aec_weighted_ce_returned', C, 'return reconstruction + weight * cross_entropy, reconstruction, cross_entropy',
       'cross_entropy = weight * cross_entropy\n    return reconstruction + cross_entropy, reconstruction, cross_entropy'),
    _m('aec_nll_on_logits', C, 'F.cross_entropy(class_logits, labels)', 'F.nll_loss(class_logits, labels)'),
    _m('aec_double_softmax', C, 'F.cross_entropy(class_logits, labels)', 'F.cross_entropy(class_logits.softmax(dim=1), labels)'),
    _m('aec_bce_mean_pixels', C, 'bernoulli_reconstruction(logits, x).mean()', 'F.binary_cross_entropy_with_logits(logits, x)'),
    _m('aec_head_on_sample', C, 'z = self.autoencoder.encode(x)',
       'mu, logvar = self.autoencoder.encoder(x)\n        z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu) if self.training else mu'),
    _m('aec_weight_or_one', C, '    reconstruction = bernoulli', '    weight = weight or 1.0\n    reconstruction = bernoulli'),
    _m('aec_forward_order', C, 'return self.autoencoder.decoder(z), self.head(z)', 'return self.head(z), self.autoencoder.decoder(z)'),
    _m('aec_label_smoothing', C, 'F.cross_entropy(class_logits, labels)', 'F.cross_entropy(class_logits, labels, label_smoothing=0.1)'),
    _m('aec_default_weight_ten', C, 'weight=1.0):', 'weight=10.0):'),
    _m('aec_recon_args_swapped', C, 'bernoulli_reconstruction(logits, x).mean()', 'bernoulli_reconstruction(x, logits).mean()'),
    _m('aec_head_on_logvar', C, 'z = self.autoencoder.encode(x)\n        return self.autoencoder.decoder(z), self.head(z)',
       'mu, logvar = self.autoencoder.encoder(x)\n        return self.autoencoder.decoder(mu), self.head(logvar)'),
    _m('aec_head_on_tanh_code', C, 'self.head(z)', 'self.head(torch.tanh(z))'),
]

_DROP = set(['rep_half_variance', 'rep_noise_shared_over_dims', 'rep_softplus_std', 'rep_float64_noise', 'rep_std_from_abs_logvar', 'rep_logvar_clamped', 'vae_always_sample', 'vae_forward_order', 'gen_latent_two', 'gen_logits', 'gen_unit_sphere', 'gen_no_decorator', 'kl_no_half', 'kl_sum_all', 'kl_missing_one', 'kl_mu_not_squared', 'kl_float64_constant', 'kl_keepdim', 'bce_sum_batch', 'bce_mse', 'bce_float64', 'bce_manual_unstable', 'elbo_ignores_beta', 'elbo_order', 'elbo_items', 'elbo_minus_kl', 'ae_forward_tuple', 'ae_encode_tuple', 'ae_forward_flattened', 'aec_forward_order', 'aec_ce_sum', 'aec_recon_sum', 'aec_weight_on_recon', 'aec_head_on_logvar'])
MISTAKES = [m for m in MISTAKES if m['name'] not in _DROP]

ALTERNATIVES = [
    dict(name='rep_rsample', grade_id=R, source='''def reparameterize(mu, logvar):
    return torch.distributions.Normal(mu, torch.exp(0.5 * logvar)).rsample()
'''),
    dict(name='rep_addcmul', grade_id=R, source='''def reparameterize(mu, logvar):
    return torch.addcmul(mu, (logvar / 2).exp(), torch.randn_like(mu))
'''),
    dict(name='rep_randn_shape', grade_id=R, source='''def reparameterize(mu, logvar):
    eps = torch.randn(mu.shape, dtype=mu.dtype, device=mu.device)
    return mu + eps * logvar.mul(0.5).exp()
'''),
    _m('vae_generate_device_dtype', V, 'z = torch.randn(n, self.latent_dim)',
       'weight = next(self.parameters())\n        z = torch.randn(n, self.latent_dim, device=weight.device, dtype=weight.dtype)'),
    _m('vae_forward_branches', V, 'z = reparameterize(mu, logvar) if self.training else mu\n        return self.decoder(z), mu, logvar',
       'if self.training:\n            return self.decoder(reparameterize(mu, logvar)), mu, logvar\n        return self.decoder(mu), mu, logvar'),
    dict(name='kl_distributions', grade_id=K, source='''def kl_to_standard_normal(mu, logvar):
    q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))
    p = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))
    return torch.distributions.kl_divergence(q, p).sum(dim=1)
'''),
    dict(name='kl_expanded', grade_id=K, source='''def kl_to_standard_normal(mu, logvar):
    return 0.5 * (mu.pow(2) + logvar.exp() - logvar - 1).sum(-1)
'''),
    dict(name='bce_logsigmoid', grade_id=B, source='''def bernoulli_reconstruction(logits, x):
    nll = -(x * F.logsigmoid(logits) + (1 - x) * F.logsigmoid(-logits))
    return nll.flatten(1).sum(1)
'''),
    dict(name='bce_softplus_stable', grade_id=B, source='''def bernoulli_reconstruction(logits, x):
    return (F.softplus(logits) - x * logits).sum(dim=(1, 2, 3))
'''),
    dict(name='elbo_per_image_total', grade_id=E, source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    rec = bernoulli_reconstruction(logits, x)
    kl = kl_to_standard_normal(mu, logvar)
    return (rec + beta * kl).mean(), rec.mean(), kl.mean()
'''),
    _m('ae_encode_index', A, 'mu, _ = self.encoder(x)\n        return mu', 'return self.encoder(x)[0]'),
    _m('aec_two_calls', C, 'z = self.autoencoder.encode(x)\n        return self.autoencoder.decoder(z), self.head(z)',
       'return self.autoencoder(x), self.head(self.autoencoder.encode(x))'),
    _m('aec_ce_manual', C, 'F.cross_entropy(class_logits, labels)',
       '-F.log_softmax(class_logits, dim=1).gather(1, labels[:, None]).squeeze(1).mean()'),
]
