"""Blind round 16: mistakes and alternatives for notebook 09_how_good."""

NOTEBOOK = '09_how_good'

MISTAKES = [
    dict(name='lme_naive_exp', grade_id='log_mean_exp', source="""\
def log_mean_exp(values, dim=0):
    return torch.log(torch.exp(values).mean(dim=dim))
"""),
    dict(name='lme_log_numel', grade_id='log_mean_exp', source="""\
def log_mean_exp(values, dim=0):
    return torch.logsumexp(values, dim=dim) - math.log(values.numel())
"""),
    dict(name='lme_dim_ignored', grade_id='log_mean_exp', source="""\
def log_mean_exp(values, dim=0):
    return torch.logsumexp(values, dim=0) - math.log(values.shape[0])
"""),
    dict(name='lme_default_dim_changed', grade_id='log_mean_exp', source="""\
def log_mean_exp(values, dim=-1):
    return torch.logsumexp(values, dim=dim) - math.log(values.shape[dim])
"""),
    dict(name='lme_log_len', grade_id='log_mean_exp', source="""\
def log_mean_exp(values, dim=0):
    return torch.logsumexp(values, dim=dim) - math.log(len(values))
"""),
    dict(name='lme_no_log_n', grade_id='log_mean_exp', source="""\
def log_mean_exp(values, dim=0):
    return torch.logsumexp(values, dim=dim)
"""),
    dict(name='lme_keepdim', grade_id='log_mean_exp', source="""\
def log_mean_exp(values, dim=0):
    return torch.logsumexp(values, dim=dim, keepdim=True) - math.log(values.shape[dim])
"""),
    dict(name='lme_float64', grade_id='log_mean_exp', source="""\
def log_mean_exp(values, dim=0):
    return torch.logsumexp(values.double(), dim=dim) - math.log(values.shape[dim])
"""),
    dict(name='lme_mean_of_logs', grade_id='log_mean_exp', source="""\
def log_mean_exp(values, dim=0):
    return values.mean(dim=dim)
"""),
    dict(name='lme_global_max_shift', grade_id='log_mean_exp', source="""\
def log_mean_exp(values, dim=0):
    shift = values.max()
    return shift + torch.log(torch.exp(values - shift).mean(dim=dim))
"""),
    dict(name='lme_shift_in_place', grade_id='log_mean_exp', source="""\
def log_mean_exp(values, dim=0):
    shift = values.amax(dim=dim, keepdim=True)
    values -= shift
    return (shift + torch.log(torch.exp(values).mean(dim=dim, keepdim=True))).squeeze(dim)
"""),
    dict(name='lme_max_only', grade_id='log_mean_exp', source="""\
def log_mean_exp(values, dim=0):
    return values.max(dim=dim).values - math.log(values.shape[dim])
"""),
    dict(name='lme_plus_log_n', grade_id='log_mean_exp', source="""\
def log_mean_exp(values, dim=0):
    return torch.logsumexp(values, dim=dim) + math.log(values.shape[dim])
"""),
    dict(name='lme_divide_by_n', grade_id='log_mean_exp', source="""\
def log_mean_exp(values, dim=0):
    return torch.logsumexp(values, dim=dim) / values.shape[dim]
"""),
    dict(name='lw_cross_entropy_sign', grade_id='log_weights', source="""\
def log_weights(x, z, mu, logvar, logits):
    targets = x.expand_as(logits)
    cross_entropy = torch.nn.functional.binary_cross_entropy_with_logits(logits, targets, reduction="none")
    log_px_z = cross_entropy.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
"""),
    dict(name='lw_no_prior', grade_id='log_weights', source="""\
def log_weights(x, z, mu, logvar, logits):
    targets = x.expand_as(logits)
    cross_entropy = torch.nn.functional.binary_cross_entropy_with_logits(logits, targets, reduction="none")
    log_px_z = -cross_entropy.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z - log_qz
"""),
    dict(name='lw_plus_log_q', grade_id='log_weights', source="""\
def log_weights(x, z, mu, logvar, logits):
    targets = x.expand_as(logits)
    cross_entropy = torch.nn.functional.binary_cross_entropy_with_logits(logits, targets, reduction="none")
    log_px_z = -cross_entropy.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz + log_qz
"""),
    dict(name='lw_logvar_as_log_sigma', grade_id='log_weights', source="""\
def log_weights(x, z, mu, logvar, logits):
    targets = x.expand_as(logits)
    cross_entropy = torch.nn.functional.binary_cross_entropy_with_logits(logits, targets, reduction="none")
    log_px_z = -cross_entropy.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / (2 * logvar).exp() + 2 * logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
"""),
    dict(name='lw_std_for_variance', grade_id='log_weights', source="""\
def log_weights(x, z, mu, logvar, logits):
    targets = x.expand_as(logits)
    cross_entropy = torch.nn.functional.binary_cross_entropy_with_logits(logits, targets, reduction="none")
    log_px_z = -cross_entropy.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / torch.exp(0.5 * logvar) + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
"""),
    dict(name='lw_no_logvar_term', grade_id='log_weights', source="""\
def log_weights(x, z, mu, logvar, logits):
    targets = x.expand_as(logits)
    cross_entropy = torch.nn.functional.binary_cross_entropy_with_logits(logits, targets, reduction="none")
    log_px_z = -cross_entropy.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
"""),
    dict(name='lw_log_2pi_only_in_prior', grade_id='log_weights', source="""\
def log_weights(x, z, mu, logvar, logits):
    targets = x.expand_as(logits)
    cross_entropy = torch.nn.functional.binary_cross_entropy_with_logits(logits, targets, reduction="none")
    log_px_z = -cross_entropy.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar)).sum(dim=-1)
    return log_px_z + log_pz - log_qz
"""),
    dict(name='lw_mean_over_pixels', grade_id='log_weights', source="""\
def log_weights(x, z, mu, logvar, logits):
    targets = x.expand_as(logits)
    cross_entropy = torch.nn.functional.binary_cross_entropy_with_logits(logits, targets, reduction="none")
    log_px_z = -cross_entropy.flatten(start_dim=2).mean(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
"""),
    dict(name='lw_mean_over_latent', grade_id='log_weights', source="""\
def log_weights(x, z, mu, logvar, logits):
    targets = x.expand_as(logits)
    cross_entropy = torch.nn.functional.binary_cross_entropy_with_logits(logits, targets, reduction="none")
    log_px_z = -cross_entropy.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).mean(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).mean(dim=-1)
    return log_px_z + log_pz - log_qz
"""),
    dict(name='lw_cross_entropy_mean_reduction', grade_id='log_weights', source="""\
def log_weights(x, z, mu, logvar, logits):
    targets = x.expand_as(logits)
    log_px_z = -torch.nn.functional.binary_cross_entropy_with_logits(logits, targets) * 784
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
"""),
    dict(name='lw_unstable_sigmoid_log', grade_id='log_weights', source="""\
def log_weights(x, z, mu, logvar, logits):
    targets = x.expand_as(logits)
    probs = torch.sigmoid(logits)
    log_px_z = (targets * torch.log(probs) + (1 - targets) * torch.log(1 - probs)).flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
"""),
    dict(name='lw_repeat_interleave_order', grade_id='log_weights', source="""\
def log_weights(x, z, mu, logvar, logits):
    k, B = logits.shape[:2]
    cross_entropy = bernoulli_reconstruction(logits.reshape(k * B, *logits.shape[2:]), x.repeat_interleave(k, dim=0))
    log_px_z = -cross_entropy.reshape(k, B)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
"""),
    dict(name='lw_binarised_targets', grade_id='log_weights', source="""\
def log_weights(x, z, mu, logvar, logits):
    targets = (x > 0.5).float().expand_as(logits)
    cross_entropy = torch.nn.functional.binary_cross_entropy_with_logits(logits, targets, reduction="none")
    log_px_z = -cross_entropy.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
"""),
    dict(name='lw_centres_z_in_place', grade_id='log_weights', source="""\
def log_weights(x, z, mu, logvar, logits):
    targets = x.expand_as(logits)
    cross_entropy = torch.nn.functional.binary_cross_entropy_with_logits(logits, targets, reduction="none")
    log_px_z = -cross_entropy.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    centred = z.sub_(mu)
    log_qz = (-0.5 * (centred.pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
"""),
    dict(name='lw_mu_broadcast_wrong_axis', grade_id='log_weights', source="""\
def log_weights(x, z, mu, logvar, logits):
    targets = x.expand_as(logits)
    cross_entropy = torch.nn.functional.binary_cross_entropy_with_logits(logits, targets, reduction="none")
    log_px_z = -cross_entropy.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu[:, None]).pow(2) / logvar[:, None].exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
"""),
    dict(name='lw_divides_by_logvar', grade_id='log_weights', source="""\
def log_weights(x, z, mu, logvar, logits):
    targets = x.expand_as(logits)
    cross_entropy = torch.nn.functional.binary_cross_entropy_with_logits(logits, targets, reduction="none")
    log_px_z = -cross_entropy.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
"""),
    dict(name='lw_prior_missing_half', grade_id='log_weights', source="""\
def log_weights(x, z, mu, logvar, logits):
    targets = x.expand_as(logits)
    cross_entropy = torch.nn.functional.binary_cross_entropy_with_logits(logits, targets, reduction="none")
    log_px_z = -cross_entropy.flatten(start_dim=2).sum(dim=2)
    log_pz = (-z.pow(2) - 0.5 * math.log(2 * math.pi)).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
"""),
    dict(name='lw_transposed_result', grade_id='log_weights', source="""\
def log_weights(x, z, mu, logvar, logits):
    targets = x.expand_as(logits)
    cross_entropy = torch.nn.functional.binary_cross_entropy_with_logits(logits, targets, reduction="none")
    log_px_z = -cross_entropy.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return (log_px_z + log_pz - log_qz).T
"""),
    dict(name='lw_log_q_sign_inside', grade_id='log_weights', source="""\
def log_weights(x, z, mu, logvar, logits):
    targets = x.expand_as(logits)
    cross_entropy = torch.nn.functional.binary_cross_entropy_with_logits(logits, targets, reduction="none")
    log_px_z = -cross_entropy.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() - logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
"""),
    dict(name='iw_noise_batch_first', grade_id='iw_log_likelihood', source="""\
def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(B, k, d, generator=generator).transpose(0, 1)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, *x.shape[1:])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
"""),
    dict(name='iw_global_random_state', grade_id='iw_log_likelihood', source="""\
def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, *x.shape[1:])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
"""),
    dict(name='iw_reseeds_global', grade_id='iw_log_likelihood', source="""\
def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    torch.manual_seed(0)
    eps = torch.randn(k, B, d)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, *x.shape[1:])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
"""),
    dict(name='iw_variance_as_std', grade_id='iw_log_likelihood', source="""\
def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, *x.shape[1:])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
"""),
    dict(name='iw_no_sigma', grade_id='iw_log_likelihood', source="""\
def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, *x.shape[1:])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
"""),
    dict(name='iw_reduce_over_images', grade_id='iw_log_likelihood', source="""\
def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, *x.shape[1:])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=1)
"""),
    dict(name='iw_decode_order_mismatch', grade_id='iw_log_likelihood', source="""\
def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.transpose(0, 1).reshape(k * B, d)).reshape(k, B, *x.shape[1:])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
"""),
    dict(name='iw_forward_decodes_mean', grade_id='iw_log_likelihood', source="""\
def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model(x)[0].expand(k, *x.shape)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
"""),
    dict(name='iw_scalar_mean', grade_id='iw_log_likelihood', source="""\
def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, *x.shape[1:])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0).mean()
"""),
    dict(name='iw_average_of_log_weights', grade_id='iw_log_likelihood', source="""\
def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, *x.shape[1:])
    return log_weights(x, z, mu, logvar, logits).mean(dim=0)
"""),
    dict(name='iw_logsumexp_without_log_k', grade_id='iw_log_likelihood', source="""\
def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, *x.shape[1:])
    return torch.logsumexp(log_weights(x, z, mu, logvar, logits), dim=0)
"""),
    dict(name='iw_naive_mean_of_weights', grade_id='iw_log_likelihood', source="""\
def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, *x.shape[1:])
    return torch.log(torch.exp(log_weights(x, z, mu, logvar, logits)).mean(dim=0))
"""),
    dict(name='iw_noise_in_k_calls', grade_id='iw_log_likelihood', source="""\
def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.stack([torch.randn(B, d, generator=generator) for _ in range(k)])
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, *x.shape[1:])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
"""),
    dict(name='iw_same_noise_every_image', grade_id='iw_log_likelihood', source="""\
def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, 1, d, generator=generator).expand(k, B, d)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, *x.shape[1:])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
"""),
    dict(name='iw_decoder_probabilities', grade_id='iw_log_likelihood', source="""\
def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = torch.sigmoid(model.decoder(z.reshape(k * B, d))).reshape(k, B, *x.shape[1:])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
"""),
    dict(name='kw_zero_division', grade_id='kl_weight', source="""\
def kl_weight(step, warmup_steps):
    return float(min(1.0, step / warmup_steps))
"""),
    dict(name='kw_no_cap', grade_id='kl_weight', source="""\
def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return float(step / warmup_steps)
"""),
    dict(name='kw_integer_division', grade_id='kl_weight', source="""\
def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return float(min(1.0, step // warmup_steps))
"""),
    dict(name='kw_step_off_by_one', grade_id='kl_weight', source="""\
def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return float(min(1.0, (step + 1) / warmup_steps))
"""),
    dict(name='kw_zero_warmup_gives_zero', grade_id='kl_weight', source="""\
def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 0.0
    return float(min(1.0, step / warmup_steps))
"""),
    dict(name='kw_denominator_minus_one', grade_id='kl_weight', source="""\
def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return float(min(1.0, step / max(warmup_steps - 1, 1)))
"""),
    dict(name='kw_denominator_plus_one', grade_id='kl_weight', source="""\
def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return float(min(1.0, step / (warmup_steps + 1)))
"""),
    dict(name='kw_returns_tensor', grade_id='kl_weight', source="""\
def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return torch.clamp(torch.tensor(step / warmup_steps), max=1.0)
"""),
    dict(name='kw_max_not_min', grade_id='kl_weight', source="""\
def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return float(max(1.0, step / warmup_steps))
"""),
    dict(name='kw_cosine_ramp', grade_id='kl_weight', source="""\
def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return 0.5 * (1 - math.cos(math.pi * min(1.0, step / warmup_steps)))
"""),
    dict(name='kw_decreasing', grade_id='kl_weight', source="""\
def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return 1.0 - float(min(1.0, step / warmup_steps))
"""),
    dict(name='kw_max_one_guard', grade_id='kl_weight', source="""\
def kl_weight(step, warmup_steps):
    return float(min(1.0, step / max(warmup_steps, 1)))
"""),
    dict(name='kw_rounded', grade_id='kl_weight', source="""\
def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return round(min(1.0, step / warmup_steps), 2)
"""),
    dict(name='fb_clamp_per_image', grade_id='free_bits_kl', source="""\
def free_bits_kl(mu, logvar, lam):
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.clamp(min=lam).mean(dim=0).sum()
"""),
    dict(name='fb_clamp_total', grade_id='free_bits_kl', source="""\
def free_bits_kl(mu, logvar, lam):
    per_dimension = kl_per_unit(mu, logvar)
    return per_dimension.sum().clamp(min=lam)
"""),
    dict(name='fb_clamp_per_image_total', grade_id='free_bits_kl', source="""\
def free_bits_kl(mu, logvar, lam):
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.sum(dim=1).clamp(min=lam).mean()
"""),
    dict(name='fb_batch_sum', grade_id='free_bits_kl', source="""\
def free_bits_kl(mu, logvar, lam):
    per_dimension = kl_per_unit(mu, logvar) * len(mu)
    return per_dimension.clamp(min=lam).sum()
"""),
    dict(name='fb_clamp_max', grade_id='free_bits_kl', source="""\
def free_bits_kl(mu, logvar, lam):
    per_dimension = kl_per_unit(mu, logvar)
    return per_dimension.clamp(max=lam).sum()
"""),
    dict(name='fb_softplus', grade_id='free_bits_kl', source="""\
def free_bits_kl(mu, logvar, lam):
    per_dimension = kl_per_unit(mu, logvar)
    return (lam + torch.nn.functional.softplus(per_dimension - lam)).sum()
"""),
    dict(name='fb_python_max', grade_id='free_bits_kl', source="""\
def free_bits_kl(mu, logvar, lam):
    per_dimension = kl_per_unit(mu, logvar)
    return sum(max(lam, value) for value in per_dimension)
"""),
    dict(name='fb_no_sum', grade_id='free_bits_kl', source="""\
def free_bits_kl(mu, logvar, lam):
    per_dimension = kl_per_unit(mu, logvar)
    return per_dimension.clamp(min=lam)
"""),
    dict(name='fb_detached', grade_id='free_bits_kl', source="""\
def free_bits_kl(mu, logvar, lam):
    per_dimension = kl_per_unit(mu, logvar)
    return per_dimension.detach().clamp(min=lam).sum()
"""),
    dict(name='fb_mean_over_dimensions', grade_id='free_bits_kl', source="""\
def free_bits_kl(mu, logvar, lam):
    per_dimension = kl_per_unit(mu, logvar)
    return per_dimension.clamp(min=lam).mean()
"""),
    dict(name='fb_hinge', grade_id='free_bits_kl', source="""\
def free_bits_kl(mu, logvar, lam):
    per_dimension = kl_per_unit(mu, logvar)
    return (per_dimension - lam).clamp(min=0).sum()
"""),
    dict(name='fb_lambda_in_bits', grade_id='free_bits_kl', source="""\
def free_bits_kl(mu, logvar, lam):
    per_dimension = kl_per_unit(mu, logvar)
    return per_dimension.clamp(min=lam * math.log(2)).sum()
"""),
    dict(name='fb_arguments_swapped', grade_id='free_bits_kl', source="""\
def free_bits_kl(mu, logvar, lam):
    per_dimension = kl_per_unit(logvar, mu)
    return per_dimension.clamp(min=lam).sum()
"""),
    dict(name='fb_float64', grade_id='free_bits_kl', source="""\
def free_bits_kl(mu, logvar, lam):
    per_dimension = kl_per_unit(mu, logvar)
    return per_dimension.double().clamp(min=lam).sum()
"""),
    dict(name='fb_exp_in_place', grade_id='free_bits_kl', source="""\
def free_bits_kl(mu, logvar, lam):
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp_())
    return kl.mean(dim=0).clamp(min=lam).sum()
"""),
    dict(name='fb_gradient_straight_through', grade_id='free_bits_kl', source="""\
def free_bits_kl(mu, logvar, lam):
    per_dimension = kl_per_unit(mu, logvar)
    clamped = per_dimension.clamp(min=lam)
    return (per_dimension + (clamped - per_dimension).detach()).sum()
"""),
]

ALTERNATIVES = [
    dict(name='lme_shift_log_n_first', grade_id='log_mean_exp', source="""\
def log_mean_exp(values, dim=0):
    n = values.size(dim)
    return torch.logsumexp(values - math.log(n), dim)
"""),
    dict(name='lme_manual_max', grade_id='log_mean_exp', source="""\
def log_mean_exp(values, dim=0):
    top = values.amax(dim=dim, keepdim=True)
    mean = torch.exp(values - top).mean(dim=dim, keepdim=True)
    return (top + torch.log(mean)).squeeze(dim)
"""),
    dict(name='lw_repeat_bernoulli_no_constants', grade_id='log_weights', source="""\
def log_weights(x, z, mu, logvar, logits):
    k, B = z.shape[0], z.shape[1]
    flat_logits = logits.reshape(k * B, *logits.shape[2:])
    log_px_z = -bernoulli_reconstruction(flat_logits, x.repeat(k, 1, 1, 1)).reshape(k, B)
    log_pz = -0.5 * (z * z).sum(dim=2)
    log_qz = -0.5 * (((z - mu.unsqueeze(0)) ** 2) * torch.exp(-logvar) + logvar).sum(dim=2)
    return log_px_z + log_pz - log_qz
"""),
    dict(name='lw_softplus_form', grade_id='log_weights', source="""\
def log_weights(x, z, mu, logvar, logits):
    target = x.expand_as(logits)
    # log sigmoid(l) = -softplus(-l), log(1 - sigmoid(l)) = -softplus(l)
    log_px_z = -(target * torch.nn.functional.softplus(-logits) + (1 - target) * torch.nn.functional.softplus(logits))
    log_px_z = log_px_z.sum(dim=(2, 3, 4))
    log_ratio = -0.5 * z.pow(2) + 0.5 * ((z - mu) ** 2 / torch.exp(logvar) + logvar)
    return log_px_z + log_ratio.sum(dim=-1)
"""),
    dict(name='iw_flat_noise_loop_decode', grade_id='iw_log_likelihood', source="""\
def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    eps = torch.randn(k, *mu.shape, generator=generator)
    std = torch.exp(logvar / 2)
    z = mu.unsqueeze(0) + std.unsqueeze(0) * eps
    logits = torch.stack([model.decoder(z[i]) for i in range(k)])
    weights = log_weights(x, z, mu, logvar, logits)
    return log_mean_exp(weights, dim=0)
"""),
    dict(name='iw_flatten_view', grade_id='iw_log_likelihood', source="""\
def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    batch, latent = mu.shape
    z = torch.addcmul(mu, (0.5 * logvar).exp(), torch.randn(k, batch, latent, generator=generator))
    logits = model.decoder(z.flatten(0, 1)).view(k, batch, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits))
"""),
    dict(name='kw_conditional', grade_id='kl_weight', source="""\
def kl_weight(step, warmup_steps):
    if step >= warmup_steps:
        return 1.0
    return step / warmup_steps
"""),
    dict(name='kw_inline_guard', grade_id='kl_weight', source="""\
def kl_weight(step, warmup_steps):
    return min(step / warmup_steps, 1.0) if warmup_steps > 0 else 1.0
"""),
    dict(name='fb_lambda_plus_relu', grade_id='free_bits_kl', source="""\
def free_bits_kl(mu, logvar, lam):
    per_unit = kl_per_unit(mu=mu, logvar=logvar)
    return (lam + torch.relu(per_unit - lam)).sum()
"""),
    dict(name='fb_relu_form', grade_id='free_bits_kl', source="""\
def free_bits_kl(mu, logvar, lam):
    kl = 0.5 * (mu ** 2 + torch.exp(logvar) - logvar - 1).mean(dim=0)
    return torch.sum(torch.maximum(kl, torch.full_like(kl, lam)))
"""),
]
