"""Blind round 19: mistakes and alternatives for notebook 09_how_good."""

NOTEBOOK = '09_how_good'

_LW = r'''def log_weights(x, z, mu, logvar, logits):
    log_px_z = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(-1)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(-1)
    return log_px_z + log_pz - log_qz
'''
_LW_IMPORT = "import torch.nn.functional as F\n\n\n"

_IW = r'''def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''

_FB = r'''def free_bits_kl(mu, logvar, lam):
    return kl_per_unit(mu, logvar).clamp(min=lam).sum()
'''


def _lw(old, new):
    assert old in _LW, old
    return _LW_IMPORT + _LW.replace(old, new)


def _iw(old, new):
    assert old in _IW, old
    return _IW.replace(old, new)


MISTAKES = [
    # ---- log_mean_exp
    dict(name='lme_naive_exp_underflows', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    return torch.log(torch.exp(values).mean(dim=dim))
'''),
    dict(name='lme_n_from_first_dimension', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    return torch.logsumexp(values, dim=dim) - math.log(len(values))
'''),
    dict(name='lme_n_is_numel', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    return torch.logsumexp(values, dim=dim) - math.log(values.numel())
'''),
    dict(name='lme_keepdim', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    return torch.logsumexp(values, dim=dim, keepdim=True) - math.log(values.shape[dim])
'''),
    dict(name='lme_divides_instead_of_subtracting', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    return torch.logsumexp(values, dim=dim) / values.shape[dim]
'''),
    dict(name='lme_global_max_shift', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    shift = values.max()  # subtract the largest value before exponentiating
    return shift + torch.log(torch.exp(values - shift).mean(dim=dim))
'''),
    dict(name='lme_mean_of_logs', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    return values.mean(dim=dim)
'''),
    dict(name='lme_reduces_everything', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    return torch.logsumexp(values, dim=dim).mean() - math.log(values.shape[dim])
'''),
    dict(name='lme_max_only', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    # logsumexp is dominated by its largest term
    return values.max(dim=dim).values - math.log(values.shape[dim])
'''),
    dict(name='lme_log_of_n_minus_1', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim) - math.log(max(n - 1, 1))
'''),
    dict(name='lme_half_precision_exp', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    shift = values.max(dim=dim, keepdim=True).values
    mean = torch.exp((values - shift).half()).float().mean(dim=dim)
    return shift.squeeze(dim) + torch.log(mean)
'''),
    dict(name='lme_log2_of_n', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    return torch.logsumexp(values, dim=dim) - math.log2(values.shape[dim])
'''),
    # ---- log_weights
    dict(name='lw_analytic_kl_instead_of_densities', grade_id='log_weights', source=_LW_IMPORT + r'''def log_weights(x, z, mu, logvar, logits):
    log_px_z = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(-1)
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp()).sum(-1)  # closed form of E[log q - log p]
    return log_px_z - kl
'''),
    dict(name='lw_sign_of_cross_entropy', grade_id='log_weights', source=_lw(
        "log_px_z = -F.binary", "log_px_z = F.binary")),
    dict(name='lw_keeps_channel_dimension', grade_id='log_weights', source=_lw(
        'reduction="none").flatten(2).sum(-1)', 'reduction="none").sum(dim=(-1, -2))')),
    dict(name='lw_mean_over_pixels', grade_id='log_weights', source=_lw(
        'reduction="none").flatten(2).sum(-1)', 'reduction="none").flatten(2).mean(-1)')),
    dict(name='lw_log2pi_in_q_only', grade_id='log_weights', source=_lw(
        "(-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(-1)", "(-0.5 * z.pow(2)).sum(-1)")),
    dict(name='lw_std_in_denominator', grade_id='log_weights', source=_lw(
        "(z - mu).pow(2) / logvar.exp()", "(z - mu).pow(2) / torch.exp(0.5 * logvar)")),
    dict(name='lw_missing_log_variance', grade_id='log_weights', source=_lw(
        "/ logvar.exp() + logvar + math.log", "/ logvar.exp() + math.log")),
    dict(name='lw_logvar_as_log_std', grade_id='log_weights', source=_lw(
        "(z - mu).pow(2) / logvar.exp() + logvar + math.log",
        "(z - mu).pow(2) / torch.exp(2 * logvar) + 2 * logvar + math.log")),
    dict(name='lw_half_log_variance', grade_id='log_weights', source=_lw(
        "/ logvar.exp() + logvar + math.log", "/ logvar.exp() + 0.5 * logvar + math.log")),
    dict(name='lw_unstable_log_sigmoid', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    p = torch.sigmoid(logits)
    log_px_z = (x * torch.log(p) + (1 - x) * torch.log(1 - p)).flatten(2).sum(-1)
    log_pz = (-0.5 * z.pow(2)).sum(-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar)).sum(-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_bernoulli_distribution_rejects_grey', grade_id='log_weights', source=r'''from torch.distributions import Bernoulli, Normal


def log_weights(x, z, mu, logvar, logits):
    log_px_z = Bernoulli(logits=logits).log_prob(x.expand_as(logits)).flatten(2).sum(-1)
    log_pz = Normal(0.0, 1.0).log_prob(z).sum(-1)
    log_qz = Normal(mu, torch.exp(0.5 * logvar)).log_prob(z).sum(-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_course_reconstruction_on_5d', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    log_px_z = -bernoulli_reconstruction(logits, x.expand_as(logits))
    log_pz = (-0.5 * z.pow(2)).sum(-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar)).sum(-1)
    return log_px_z[:, None] + log_pz - log_qz
'''),
    dict(name='lw_transposed_result', grade_id='log_weights', source=_lw(
        "return log_px_z + log_pz - log_qz", "return (log_px_z + log_pz - log_qz).T  # one row per image")),
    dict(name='lw_reduction_sum_scalar', grade_id='log_weights', source=_LW_IMPORT + r'''def log_weights(x, z, mu, logvar, logits):
    log_px_z = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="sum")
    log_pz = (-0.5 * z.pow(2)).sum(-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar)).sum(-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_prior_centred_on_mu', grade_id='log_weights', source=_lw(
        "(-0.5 * (z.pow(2) + math.log", "(-0.5 * ((z - mu).pow(2) + math.log")),
    dict(name='lw_q_evaluated_at_mu', grade_id='log_weights', source=_lw(
        "(-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(-1)",
        "(-0.5 * (logvar + math.log(2 * math.pi))).sum(-1).expand_as(log_pz)")),
    dict(name='lw_probabilities_clamped_hard', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    p = torch.sigmoid(logits).clamp(0.01, 0.99)  # avoid log(0)
    log_px_z = (x * torch.log(p) + (1 - x) * torch.log(1 - p)).flatten(2).sum(-1)
    log_pz = (-0.5 * z.pow(2)).sum(-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar)).sum(-1)
    return log_px_z + log_pz - log_qz
'''),
    # ---- iw_log_likelihood
    dict(name='iw_eps_drawn_per_sample_in_loop', grade_id='iw_log_likelihood', source=_iw(
        "eps = torch.randn(k, B, d, generator=generator)",
        "eps = torch.stack([torch.randn(B, d, generator=generator) for _ in range(k)])")),
    dict(name='iw_eps_batch_major_then_transposed', grade_id='iw_log_likelihood', source=_iw(
        "eps = torch.randn(k, B, d, generator=generator)",
        "eps = torch.randn(B, k, d, generator=generator).transpose(0, 1)")),
    dict(name='iw_same_noise_for_every_image', grade_id='iw_log_likelihood', source=_iw(
        "eps = torch.randn(k, B, d, generator=generator)",
        "eps = torch.randn(k, 1, d, generator=generator).expand(k, B, d)")),
    dict(name='iw_variance_as_scale', grade_id='iw_log_likelihood', source=_iw(
        "torch.exp(0.5 * logvar) * eps", "torch.exp(logvar) * eps")),
    dict(name='iw_decodes_mu_only', grade_id='iw_log_likelihood', source=_iw(
        "logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)",
        "logits = model.decoder(mu).expand(k, B, 1, 28, 28)")),
    dict(name='iw_mismatched_reshape_order', grade_id='iw_log_likelihood', source=_iw(
        "logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)",
        "logits = model.decoder(z.transpose(0, 1).reshape(k * B, d)).reshape(k, B, 1, 28, 28)")),
    dict(name='iw_mean_of_log_weights', grade_id='iw_log_likelihood', source=_iw(
        "return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)",
        "return log_weights(x, z, mu, logvar, logits).mean(dim=0)")),
    dict(name='iw_reduces_over_images', grade_id='iw_log_likelihood', source=_iw(
        "log_weights(x, z, mu, logvar, logits), dim=0)", "log_weights(x, z, mu, logvar, logits), dim=1)")),
    dict(name='iw_probabilities_as_logits', grade_id='iw_log_likelihood', source=_iw(
        "logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)",
        "logits = torch.sigmoid(model.decoder(z.reshape(k * B, d))).reshape(k, B, 1, 28, 28)")),
    dict(name='iw_antithetic_noise', grade_id='iw_log_likelihood', source=_iw(
        "eps = torch.randn(k, B, d, generator=generator)",
        "half = torch.randn((k + 1) // 2, B, d, generator=generator)\n"
        "    eps = torch.cat([half, -half])[:k]  # antithetic pairs: lower variance")),
    dict(name='iw_k_plus_mean_code', grade_id='iw_log_likelihood', source=_iw(
        "z = mu + torch.exp(0.5 * logvar) * eps",
        "z = torch.cat([mu[None], (mu + torch.exp(0.5 * logvar) * eps)[:-1]])  # always include the mean code")),
    dict(name='iw_draws_probe_noise_first', grade_id='iw_log_likelihood', source=_iw(
        "eps = torch.randn(k, B, d, generator=generator)",
        "d = torch.randn(1, d, generator=generator).shape[1]  # latent size\n"
        "    eps = torch.randn(k, B, d, generator=generator)")),
    dict(name='iw_encodes_clamped_image', grade_id='iw_log_likelihood', source=_iw(
        "mu, logvar = model.encoder(x)",
        "mu, logvar = model.encoder(x.clamp(1e-3, 1 - 1e-3))")),
    # ---- kl_weight
    dict(name='kw_integer_division', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return float(min(1, step // warmup_steps))
'''),
    dict(name='kw_step_plus_one', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return min(1.0, (step + 1) / warmup_steps)  # steps are counted from 1
'''),
    dict(name='kw_warmup_minus_one', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    if warmup_steps <= 1:
        return 1.0
    return min(1.0, step / (warmup_steps - 1))  # reach 1 at the last warm-up step
'''),
    dict(name='kw_zero_warmup_divides', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    return min(1.0, step / warmup_steps)
'''),
    dict(name='kw_zero_warmup_gives_zero', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 0.0
    return min(1.0, step / warmup_steps)
'''),
    dict(name='kw_warmup_or_one', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    return min(1.0, step / (warmup_steps or 1))
'''),
    dict(name='kw_cyclical', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return min(1.0, (step % (2 * warmup_steps)) / warmup_steps)  # cyclical annealing: ramp, hold, repeat
'''),
    dict(name='kw_cosine_ramp', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    if warmup_steps == 0 or step >= warmup_steps:
        return 1.0
    return 0.5 - 0.5 * math.cos(math.pi * step / warmup_steps)  # smoother start
'''),
    dict(name='kw_no_cap', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return step / warmup_steps
'''),
    dict(name='kw_floor_above_zero', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return max(1e-3, min(1.0, step / warmup_steps))  # never switch the KL off completely
'''),
    dict(name='kw_returns_tensor', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return torch.tensor(1.0)
    return torch.clamp(torch.tensor(step / warmup_steps), max=1.0)
'''),
    dict(name='kw_rounded_weight', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return round(min(1.0, step / warmup_steps), 2)
'''),
    dict(name='kw_sigmoid_schedule', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return 1.0 / (1.0 + math.exp(-10 * (step / warmup_steps - 0.5))) if step < warmup_steps else 1.0
'''),
    dict(name='kw_quadratic', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return min(1.0, step / warmup_steps) ** 2
'''),
    # ---- free_bits_kl
    dict(name='fb_clamp_per_image', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())  # (B, d)
    return kl.clamp(min=lam).mean(dim=0).sum()
'''),
    dict(name='fb_clamp_on_total', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    return kl_per_unit(mu, logvar).sum().clamp(min=lam)
'''),
    dict(name='fb_clamp_max', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    return kl_per_unit(mu, logvar).clamp(max=lam).sum()
'''),
    dict(name='fb_mean_over_dimensions', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    return kl_per_unit(mu, logvar).clamp(min=lam).mean()
'''),
    dict(name='fb_lambda_spread_over_dims', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    kl = kl_per_unit(mu, logvar)
    return kl.clamp(min=lam / len(kl)).sum()
'''),
    dict(name='fb_lambda_converted_from_bits', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    # "free bits": lambda is in bits, the KL in nats
    return kl_per_unit(mu, logvar).clamp(min=lam * math.log(2)).sum()
'''),
    dict(name='fb_mask_zeroes_below', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    kl = kl_per_unit(mu, logvar)
    return (kl * (kl > lam)).sum()  # dimensions below lambda are free
'''),
    dict(name='fb_hinge_without_constant', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    return (kl_per_unit(mu, logvar) - lam).clamp(min=0).sum()
'''),
    dict(name='fb_sum_over_batch', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.sum(dim=0).clamp(min=lam).sum()
'''),
    dict(name='fb_kl_of_batch_mean_parameters', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    m, lv = mu.mean(dim=0), logvar.mean(dim=0)
    return (-0.5 * (1 + lv - m.pow(2) - lv.exp())).clamp(min=lam).sum()
'''),
    dict(name='fb_keepdim_shape', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    return kl_per_unit(mu, logvar).clamp(min=lam).sum(dim=0, keepdim=True)
'''),
    dict(name='fb_softplus_smooth_clamp', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    kl = kl_per_unit(mu, logvar)
    return (lam + torch.nn.functional.softplus(kl - lam)).sum()  # smooth max(lam, kl)
'''),
    dict(name='fb_straight_through_clamp', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    kl = kl_per_unit(mu, logvar)
    clamped = kl.clamp(min=lam)
    return (kl + (clamped - kl).detach()).sum()  # the value of the clamp, the gradient of the KL
'''),
]

ALTERNATIVES = [
    dict(name='lme_logcumsumexp_last', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    n = values.size(dim)
    return torch.logcumsumexp(values, dim=dim).select(dim, -1) - math.log(n)
'''),
    dict(name='lme_method_and_tensor_log', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    n = values.shape[dim]
    return values.logsumexp(dim) - torch.log(torch.tensor(float(n), dtype=values.dtype))
'''),
    dict(name='lme_movedim_first', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    moved = values.movedim(dim, 0)
    return torch.logsumexp(moved, dim=0) - math.log(moved.shape[0])
'''),
    dict(name='lw_distributions_no_validation', grade_id='log_weights', source=r'''from torch.distributions import Bernoulli, Normal


def log_weights(x, z, mu, logvar, logits):
    log_px_z = Bernoulli(logits=logits, validate_args=False).log_prob(x.expand_as(logits)).flatten(2).sum(-1)
    log_pz = Normal(torch.zeros_like(z), torch.ones_like(z)).log_prob(z).sum(-1)
    log_qz = Normal(mu, torch.exp(0.5 * logvar)).log_prob(z).sum(-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_logsigmoid_and_no_constants', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    ls = torch.nn.functional.logsigmoid
    log_px_z = (x * ls(logits) + (1 - x) * ls(-logits)).sum(dim=(-3, -2, -1))
    log_pz = -0.5 * (z * z).sum(-1)
    log_qz = -0.5 * (((z - mu) ** 2) * torch.exp(-logvar) + logvar).sum(-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_course_reconstruction_on_flat_batch', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    k, B = z.shape[:2]
    flat_logits = logits.reshape(k * B, *logits.shape[2:])
    flat_x = x.expand_as(logits).reshape(k * B, *x.shape[1:])
    log_px_z = -bernoulli_reconstruction(flat_logits, flat_x).reshape(k, B)
    log_prior_minus_q = (-0.5 * z.pow(2) + 0.5 * ((z - mu).pow(2) / logvar.exp() + logvar)).sum(-1)
    return log_px_z + log_prior_minus_q
'''),
    dict(name='iw_flat_draw_reshaped', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k * B, d, generator=generator).view(k, B, d)
    z = mu.unsqueeze(0) + (0.5 * logvar).exp().unsqueeze(0) * eps
    logits = model.decoder(z.flatten(0, 1)).unflatten(0, (k, B))
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_decode_per_sample_loop', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    eps = torch.normal(0.0, 1.0, (k, *mu.shape), generator=generator)
    z = mu + torch.sqrt(logvar.exp()) * eps
    logits = torch.stack([model.decoder(z[i]) for i in range(k)])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='kw_branches', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    if warmup_steps <= 0 or step >= warmup_steps:
        return 1.0
    return float(step) / float(warmup_steps)
'''),
    dict(name='kw_min_max_nested', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    return 1.0 if warmup_steps == 0 else float(min(max(step / warmup_steps, 0.0), 1.0))
'''),
    dict(name='fb_relu_plus_lambda', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    kl = (0.5 * (mu.pow(2) + logvar.exp() - logvar - 1)).mean(dim=0)
    return (torch.relu(kl - lam) + lam).sum()
'''),
    dict(name='fb_torch_maximum', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    kl = kl_per_unit(mu, logvar)
    return torch.maximum(kl, torch.full_like(kl, float(lam))).sum()
'''),
    dict(name='fb_where_constant', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    kl = kl_per_unit(mu, logvar)
    return torch.where(kl > lam, kl, torch.full_like(kl, lam)).sum()
'''),
]
