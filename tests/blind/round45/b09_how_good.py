"""Blind round 45: mistakes and alternatives for notebook 09_how_good."""
NOTEBOOK = '09_how_good'

LME = r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
'''

LW = r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
'''
LW_OK = r'''    bce = torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * z.pow(2).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar).sum(dim=-1)
    return log_px + log_pz - log_qz
'''


def lw(old, new):
    assert LW_OK.count(old) == 1, old
    return LW + LW_OK.replace(old, new)


IW = r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
'''
IW_OK = r'''    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''


def iw(old, new):
    assert IW_OK.count(old) == 1, old
    return IW + IW_OK.replace(old, new)


KW = r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
'''

FB = r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
'''

MISTAKES = [
    # ---------------- log_mean_exp ----------------
    dict(name='lme_log_numel', grade_id='log_mean_exp', source=LME + r'''    return torch.logsumexp(values, dim=dim) - math.log(values.numel())
'''),
    dict(name='lme_log_first_dim', grade_id='log_mean_exp', source=LME + r'''    return torch.logsumexp(values, dim=dim) - math.log(len(values))
'''),
    dict(name='lme_no_log_n', grade_id='log_mean_exp', source=LME + r'''    return torch.logsumexp(values, dim=dim)
'''),
    dict(name='lme_direct_exp', grade_id='log_mean_exp', source=LME + r'''    return torch.log(torch.exp(values).mean(dim=dim))
'''),
    dict(name='lme_global_max_shift', grade_id='log_mean_exp', source=LME + r'''    # shift by the largest value so that exp never overflows
    shift = values.max().detach()
    return shift + torch.log(torch.exp(values - shift).mean(dim=dim))
'''),
    dict(name='lme_keepdim', grade_id='log_mean_exp', source=LME + r'''    return torch.logsumexp(values, dim=dim, keepdim=True) - math.log(values.shape[dim])
'''),
    dict(name='lme_python_float_for_scalar', grade_id='log_mean_exp', source=LME + r'''    result = torch.logsumexp(values, dim=dim) - math.log(values.shape[dim])
    return result.item() if result.dim() == 0 else result
'''),
    dict(name='lme_plain_mean', grade_id='log_mean_exp', source=LME + r'''    # the mean of the logs: a lower bound of the log of the mean, without any exp
    return values.mean(dim=dim)
'''),
    dict(name='lme_log_n_minus_one', grade_id='log_mean_exp', source=LME + r'''    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim) - math.log(max(n - 1, 1))
'''),
    dict(name='lme_squeeze_single', grade_id='log_mean_exp', source=LME + r'''    if values.shape[dim] == 1:
        return values.squeeze()  # the mean of one value is that value
    return torch.logsumexp(values, dim=dim) - math.log(values.shape[dim])
'''),
    dict(name='lme_detached', grade_id='log_mean_exp', source=LME + r'''    with torch.no_grad():
        return torch.logsumexp(values, dim=dim) - math.log(values.shape[dim])
'''),
    dict(name='lme_nan_to_neg_inf', grade_id='log_mean_exp', source=LME + r'''    clean = torch.nan_to_num(values, nan=-math.inf)  # a NaN weight is a zero weight
    return torch.logsumexp(clean, dim=dim) - math.log(values.shape[dim])
'''),
    # ---------------- log_weights ----------------
    dict(name='lw_no_prior', grade_id='log_weights', source=lw('    return log_px + log_pz - log_qz', '    return log_px - log_qz')),
    dict(name='lw_plus_log_q', grade_id='log_weights', source=lw('    return log_px + log_pz - log_qz', '    return log_px + log_pz + log_qz')),
    dict(name='lw_q_divides_by_std', grade_id='log_weights', source=lw('(z - mu).pow(2) / logvar.exp()', '(z - mu).pow(2) / torch.exp(0.5 * logvar)')),
    dict(name='lw_q_without_logvar', grade_id='log_weights', source=lw('((z - mu).pow(2) / logvar.exp() + logvar)', '((z - mu).pow(2) / logvar.exp())')),
    dict(name='lw_log_2pi_in_prior_only', grade_id='log_weights', source=lw('log_pz = -0.5 * z.pow(2).sum(dim=-1)', 'log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)')),
    dict(name='lw_bce_added', grade_id='log_weights', source=lw('log_px = -bce.flatten(start_dim=2).sum(dim=-1)', 'log_px = bce.flatten(start_dim=2).sum(dim=-1)')),
    dict(name='lw_bce_mean_over_pixels', grade_id='log_weights', source=lw('log_px = -bce.flatten(start_dim=2).sum(dim=-1)', 'log_px = -bce.flatten(start_dim=2).mean(dim=-1)')),
    dict(name='lw_probs_clamped', grade_id='log_weights', source=lw('''    bce = torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")''', '''    p = torch.sigmoid(logits).clamp(1e-6, 1 - 1e-6)  # no log(0)
    target = x.expand_as(logits)
    bce = -(target * torch.log(p) + (1 - target) * torch.log(1 - p))''')),
    dict(name='lw_q_mu_detached', grade_id='log_weights', source=lw('(z - mu).pow(2)', '(z - mu.detach()).pow(2)')),
    dict(name='lw_targets_binarised', grade_id='log_weights', source=lw('x.expand_as(logits)', 'x.round().expand_as(logits)')),
    dict(name='lw_q_no_half', grade_id='log_weights', source=lw('log_qz = -0.5 * ((z - mu)', 'log_qz = -((z - mu)')),
    dict(name='lw_prior_centred_on_mu', grade_id='log_weights', source=lw('log_pz = -0.5 * z.pow(2).sum(dim=-1)', 'log_pz = -0.5 * (z - mu).pow(2).sum(dim=-1)')),
    dict(name='lw_float64_result', grade_id='log_weights', source=LW + r'''    x, z, mu, logvar, logits = (t.double() for t in (x, z, mu, logvar, logits))  # sums of 784 terms: in double
''' + LW_OK),
    dict(name='lw_self_normalised', grade_id='log_weights', source=LW + r'''    bce = torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * z.pow(2).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar).sum(dim=-1)
    log_w = log_px + log_pz - log_qz
    # normalised importance weights: they sum to 1 over the k codes
    return log_w - torch.logsumexp(log_w, dim=0, keepdim=True)
'''),
    dict(name='lw_pixels_summed_first_784', grade_id='log_weights', source=lw('log_px = -bce.flatten(start_dim=2).sum(dim=-1)', 'log_px = -bce.flatten(start_dim=2)[..., :-28].sum(dim=-1) * 784 / 756')),
    # ---------------- iw_log_likelihood ----------------
    dict(name='iw_noise_b_k_d', grade_id='iw_log_likelihood', source=iw('eps = torch.randn(k, B, d, generator=generator)', 'eps = torch.randn(B, k, d, generator=generator).transpose(0, 1)')),
    dict(name='iw_std_exp_logvar', grade_id='iw_log_likelihood', source=iw('z = mu + torch.exp(0.5 * logvar) * eps', 'z = mu + torch.exp(logvar) * eps')),
    dict(name='iw_global_rng', grade_id='iw_log_likelihood', source=iw('eps = torch.randn(k, B, d, generator=generator)', 'eps = torch.randn(k, B, d)')),
    dict(name='iw_reduce_wrong_dim', grade_id='iw_log_likelihood', source=iw('log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)', 'log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=-1)')),
    dict(name='iw_pairs_mismatched', grade_id='iw_log_likelihood', source=iw('logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)', 'logits = model.decoder(z.transpose(0, 1).reshape(k * B, d)).reshape(k, B, 1, 28, 28)')),
    dict(name='iw_generator_reseeded', grade_id='iw_log_likelihood', source=iw('    eps = torch.randn(k, B, d, generator=generator)', '    generator.manual_seed(generator.initial_seed())  # reproducible estimates\n    eps = torch.randn(k, B, d, generator=generator)')),
    dict(name='iw_mean_of_log_weights', grade_id='iw_log_likelihood', source=iw('log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)', 'log_weights(x, z, mu, logvar, logits).mean(dim=0)')),
    dict(name='iw_log_k_twice', grade_id='iw_log_likelihood', source=iw('return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)', 'return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0) - math.log(k)')),
    dict(name='iw_decode_means_plus_noise', grade_id='iw_log_likelihood', source=iw('logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)', 'logits = model.decoder(mu).unsqueeze(0).expand(k, B, 1, 28, 28)')),
    dict(name='iw_nonfinite_replaced', grade_id='iw_log_likelihood', source=iw('return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)', 'return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0).nan_to_num(nan=-1e4, neginf=-1e4)')),
    dict(name='iw_unit_variance_proposal_in_weights', grade_id='iw_log_likelihood', source=iw('return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)', 'return log_mean_exp(log_weights(x, z, mu, torch.zeros_like(logvar), logits), dim=0)')),
    dict(name='iw_noise_in_float64', grade_id='iw_log_likelihood', source=iw('eps = torch.randn(k, B, d, generator=generator)', 'eps = torch.randn(k, B, d, generator=generator, dtype=torch.float64).to(mu.dtype)  # accurate noise')),
    dict(name='iw_logsumexp_no_log_k', grade_id='iw_log_likelihood', source=iw('return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)', 'return torch.logsumexp(log_weights(x, z, mu, logvar, logits), dim=0)')),
    dict(name='iw_noise_shared_across_images', grade_id='iw_log_likelihood', source=iw('eps = torch.randn(k, B, d, generator=generator)', 'eps = torch.randn(k, 1, d, generator=generator).expand(k, B, d)  # the same k codes offsets for every image: a fair comparison')),
    dict(name='iw_antithetic_noise', grade_id='iw_log_likelihood', source=iw('eps = torch.randn(k, B, d, generator=generator)', 'eps = torch.randn(k, B, d, generator=generator)\n    eps[1::2] = -eps[0:k - k % 2:2]  # antithetic pairs: lower variance')),
    # ---------------- kl_weight ----------------
    dict(name='kw_not_capped', grade_id='kl_weight', source=KW + r'''    if warmup_steps == 0:
        return 1.0
    return step / warmup_steps
'''),
    dict(name='kw_zero_warmup_zero', grade_id='kl_weight', source=KW + r'''    try:
        return min(1.0, step / warmup_steps)
    except ZeroDivisionError:
        return 0.0
'''),
    dict(name='kw_step_plus_one', grade_id='kl_weight', source=KW + r'''    if warmup_steps == 0:
        return 1.0
    return min(1.0, (step + 1) / warmup_steps)
'''),
    dict(name='kw_integer_division', grade_id='kl_weight', source=KW + r'''    if warmup_steps == 0:
        return 1.0
    return float(min(1, step // warmup_steps))
'''),
    dict(name='kw_tensor_result', grade_id='kl_weight', source=KW + r'''    if warmup_steps == 0:
        return torch.tensor(1.0)
    return torch.clamp(torch.tensor(step / warmup_steps), max=1.0)
'''),
    dict(name='kw_minus_one_denominator', grade_id='kl_weight', source=KW + r'''    if warmup_steps <= 1:
        return 1.0
    return min(1.0, step / (warmup_steps - 1))  # the last warm-up step reaches 1
'''),
    dict(name='kw_cosine_ramp', grade_id='kl_weight', source=KW + r'''    if warmup_steps == 0 or step >= warmup_steps:
        return 1.0
    return 0.5 * (1 - math.cos(math.pi * step / warmup_steps))
'''),
    dict(name='kw_cyclical', grade_id='kl_weight', source=KW + r'''    if warmup_steps == 0:
        return 1.0
    return (step % (warmup_steps + 1)) / warmup_steps
'''),
    dict(name='kw_rounded', grade_id='kl_weight', source=KW + r'''    if warmup_steps == 0:
        return 1.0
    return round(min(1.0, step / warmup_steps), 3)
'''),
    dict(name='kw_numpy_float32', grade_id='kl_weight', source=KW + r'''    import numpy as np
    if warmup_steps == 0:
        return np.float32(1.0)
    return np.float32(min(1.0, step / warmup_steps))
'''),
    dict(name='kw_float16_division', grade_id='kl_weight', source=KW + r'''    if warmup_steps == 0:
        return 1.0
    return float(min(torch.tensor(1.0), torch.tensor(step, dtype=torch.float16) / warmup_steps))
'''),
    # ---------------- free_bits_kl ----------------
    dict(name='fb_clamp_total', grade_id='free_bits_kl', source=FB + r'''    return kl_per_unit(mu, logvar).sum().clamp(min=lam)
'''),
    dict(name='fb_clamp_per_image', grade_id='free_bits_kl', source=FB + r'''    per_image = (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).clamp(min=lam)
    return per_image.mean(dim=0).sum()
'''),
    dict(name='fb_softplus_clamp', grade_id='free_bits_kl', source=FB + r'''    kl = kl_per_unit(mu, logvar)
    return (lam + torch.nn.functional.softplus(kl - lam, beta=50)).sum()  # a smooth max
'''),
    dict(name='fb_straight_through', grade_id='free_bits_kl', source=FB + r'''    kl = kl_per_unit(mu, logvar)
    return (kl + (lam - kl).clamp(min=0).detach()).sum()
'''),
    dict(name='fb_mean_over_dims', grade_id='free_bits_kl', source=FB + r'''    return kl_per_unit(mu, logvar).clamp(min=lam).mean()
'''),
    dict(name='fb_not_summed', grade_id='free_bits_kl', source=FB + r'''    return kl_per_unit(mu, logvar).clamp(min=lam)
'''),
    dict(name='fb_clamp_max', grade_id='free_bits_kl', source=FB + r'''    return kl_per_unit(mu, logvar).clamp(max=lam).sum()
'''),
    dict(name='fb_hinge', grade_id='free_bits_kl', source=FB + r'''    # lam nats free: only what is above them is charged
    return (kl_per_unit(mu, logvar) - lam).clamp(min=0).sum()
'''),
    dict(name='fb_summed_over_batch', grade_id='free_bits_kl', source=FB + r'''    kl = (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).sum(dim=0)
    return kl.clamp(min=lam).sum()
'''),
    dict(name='fb_no_gradient', grade_id='free_bits_kl', source=FB + r'''    kl = kl_per_unit(mu, logvar)
    return torch.maximum(kl.detach(), torch.full_like(kl, lam)).sum().requires_grad_()
'''),
    dict(name='fb_lambda_split_over_dims', grade_id='free_bits_kl', source=FB + r'''    kl = kl_per_unit(mu, logvar)
    return kl.clamp(min=lam / kl.numel()).sum()  # lam free nats for the whole code
'''),
    dict(name='fb_logvar_as_log_sigma', grade_id='free_bits_kl', source=FB + r'''    kl = (-0.5 * (1 + 2 * logvar - mu.pow(2) - torch.exp(2 * logvar))).mean(dim=0)
    return kl.clamp(min=lam).sum()
'''),
    dict(name='fb_gradient_floor_strict', grade_id='free_bits_kl', source=FB + r'''    kl = kl_per_unit(mu, logvar)
    # dimensions at or below lam are free
    return torch.where(kl <= lam * 1.05, torch.full_like(kl, lam), kl).sum()
'''),
]

ALTERNATIVES = [
    dict(name='lme_shift_inside', grade_id='log_mean_exp', source=LME + r'''    return torch.logsumexp(values - math.log(values.size(dim)), dim=dim)
'''),
    dict(name='lme_manual_keepdim_shift', grade_id='log_mean_exp', source=LME + r'''    n = values.shape[dim]
    return torch.special.logsumexp(values, dim) - torch.log(torch.tensor(float(n), dtype=values.dtype))
'''),
    dict(name='lw_distributions', grade_id='log_weights', source=LW + r'''    from torch.distributions import Bernoulli, Normal
    log_px = Bernoulli(logits=logits, validate_args=False).log_prob(x.expand_as(logits)).sum(dim=(-3, -2, -1))
    log_pz = Normal(torch.zeros_like(z), torch.ones_like(z)).log_prob(z).sum(dim=-1)
    log_qz = Normal(mu, torch.exp(0.5 * logvar)).log_prob(z).sum(dim=-1)
    return log_px + log_pz - log_qz
'''),
    dict(name='lw_reuse_bernoulli_reconstruction', grade_id='log_weights', source=LW + r'''    k, B = z.shape[:2]
    log_px = -bernoulli_reconstruction(logits.reshape(k * B, 1, 28, 28), x.expand_as(logits).reshape(k * B, 1, 28, 28))
    log_px = log_px.reshape(k, B)
    log_ratio = 0.5 * ((z - mu) ** 2 * torch.exp(-logvar) + logvar - z ** 2)  # log p(z) - log q(z|x), per dimension
    return log_px + log_ratio.sum(dim=2)
'''),
    dict(name='iw_loop_decode', grade_id='iw_log_likelihood', source=IW + r'''    mu, logvar = model.encoder(x)
    eps = torch.randn(k, len(x), mu.shape[1], generator=generator)
    z = mu.unsqueeze(0) + (0.5 * logvar).exp().unsqueeze(0) * eps
    logits = torch.stack([model.decoder(z[i]) for i in range(k)])  # (k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_sqrt_variance_flatten', grade_id='iw_log_likelihood', source=IW + r'''    mu, logvar = model.encoder(x)
    shape = (k, x.shape[0], mu.shape[-1])
    eps = torch.randn(*shape, generator=generator)
    z = torch.addcmul(mu, logvar.exp().sqrt(), eps)
    logits = model.decoder(z.flatten(0, 1)).unflatten(0, (k, x.shape[0]))
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), 0)
'''),
    dict(name='kw_clamped_ratio', grade_id='kl_weight', source=KW + r'''    return 1.0 if warmup_steps <= 0 else float(min(step, warmup_steps)) / warmup_steps
'''),
    dict(name='kw_conditional_chain', grade_id='kl_weight', source=KW + r'''    if warmup_steps == 0 or step >= warmup_steps:
        return 1.0
    return float(step) / float(warmup_steps)
'''),
    dict(name='fb_torch_where', grade_id='free_bits_kl', source=FB + r'''    kl = kl_per_unit(mu, logvar)
    return torch.where(kl > lam, kl, torch.full_like(kl, lam)).sum()
'''),
    dict(name='fb_maximum_own_formula', grade_id='free_bits_kl', source=FB + r'''    per_dim = 0.5 * (mu.square() + logvar.exp() - 1 - logvar).mean(dim=0)
    return torch.maximum(per_dim, torch.tensor(lam, dtype=per_dim.dtype)).sum()
'''),
]
