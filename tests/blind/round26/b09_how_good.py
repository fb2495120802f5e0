"""Blind round 26: mistakes and alternatives for notebook 09_how_good."""
NOTEBOOK = '09_how_good'
MISTAKES = [
    dict(name='lme_naive', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    n = values.shape[dim]
    return torch.log(torch.exp(values).mean(dim=dim))
'''),
    dict(name='lme_shape0', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    n = values.shape[0]
    return torch.logsumexp(values, dim=dim) - math.log(n)
'''),
    dict(name='lme_default_dim', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=-1):
    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim) - math.log(n)
'''),
    dict(name='lme_no_log_n', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim)
'''),
    dict(name='lme_divide_n', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim) / n
'''),
    dict(name='lme_numel', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    n = values.numel()
    return torch.logsumexp(values, dim=dim) - math.log(n)
'''),
    dict(name='lme_keepdim', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim, keepdim=True) - math.log(n)
'''),
    dict(name='lme_max', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    n = values.shape[dim]
    return values.max(dim=dim).values - math.log(n)
'''),
    dict(name='lme_mean_values', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    n = values.shape[dim]
    return values.mean(dim=dim)
'''),
    dict(name='lme_in_place_shift', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    n = values.shape[dim]
    top = values.max(dim=dim, keepdim=True).values
    values -= top
    return torch.log(torch.exp(values).mean(dim=dim)) + top.squeeze(dim)
'''),
    dict(name='lme_double', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    n = values.shape[dim]
    return torch.logsumexp(values.double(), dim=dim) - math.log(n)
'''),
    dict(name='lme_float32', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    n = values.shape[dim]
    return torch.logsumexp(values.float(), dim=dim) - math.log(n)
'''),
    dict(name='lme_flatten', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    n = values.shape[dim]
    return torch.logsumexp(values.flatten(), dim=0) - math.log(n)
'''),
    dict(name='lme_last_dim_n', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    n = values.shape[-1]
    return torch.logsumexp(values, dim=dim) - math.log(n)
'''),
    dict(name='lme_broadcast_max', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    n = values.shape[dim]
    top = values.max(dim=dim).values
    return torch.log(torch.exp(values - top).mean(dim=dim)) + top
'''),
    dict(name='lme_log2', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim) - math.log2(n)
'''),
    dict(name='lw_bce_plus', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = bce.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_bce_mean_pixels', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).mean(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_one_constant', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * z.pow(2)).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_divide_logvar', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_no_logvar_term', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_multiply_var', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) * logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_logvar_sign', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() - logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_half_logvar', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + 0.5 * logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_plus_q', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz + log_qz
'''),
    dict(name='lw_sum_dim0', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=0)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_mu_unsqueeze', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu.unsqueeze(1)).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_naive_bernoulli', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    p = torch.sigmoid(logits)
    log_px_z = (x * torch.log(p) + (1 - x) * torch.log(1 - p)).flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_repeat_interleave', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    k, B = logits.shape[:2]
    flat = F.binary_cross_entropy_with_logits(logits.reshape(k * B, *logits.shape[2:]),
                                              x.repeat_interleave(k, dim=0), reduction="none")
    log_px_z = -flat.flatten(start_dim=1).sum(dim=1).reshape(k, B)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_std_division', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / torch.exp(0.5 * logvar) + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_analytic_kl', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp()).sum(dim=-1)
    return log_px_z - kl
'''),
    dict(name='lw_transposed', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return (log_px_z + log_pz - log_qz).T
'''),
    dict(name='lw_mean_latent', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).mean(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_mutates_logvar', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp_() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_sigmoid_bce_clamp', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    bce = F.binary_cross_entropy(torch.sigmoid(logits), x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_binarised_x', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    bce = F.binary_cross_entropy_with_logits(logits, (x > 0.5).float().expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='iw_noise_layout', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(B, k, d, generator=generator).transpose(0, 1)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_global_noise', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_std_is_var', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_no_std', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_reshape_mismatch', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.transpose(0, 1).reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_logits_mismatch', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(B, k, 1, 28, 28).transpose(0, 1)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_dim1', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=1)
'''),
    dict(name='iw_plain_mean', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_weights(x, z, mu, logvar, logits).mean(dim=0)
'''),
    dict(name='iw_logsumexp_only', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return torch.logsumexp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_reseed', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    generator.manual_seed(generator.initial_seed())
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_float64_noise', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator, dtype=torch.float64).float()
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_reparameterize_global', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    std = torch.exp(0.5 * logvar)
    z = mu + std * torch.randn_like(eps)
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_probs_as_logits', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = torch.sigmoid(model.decoder(z.reshape(k * B, d))).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_k_plus_one', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k + 1, B, d, generator=generator)[1:]
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_x_binarised', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x.round(), z, mu, logvar, logits), dim=0)
'''),
    dict(name='kw_int_division', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return float(min(1.0, step // warmup_steps))
'''),
    dict(name='kw_plus_one', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return float(min(1.0, (step + 1) / warmup_steps))
'''),
    dict(name='kw_minus_one', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return float(min(1.0, step / max(1, warmup_steps - 1)))
'''),
    dict(name='kw_no_min', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return float(step / warmup_steps)
'''),
    dict(name='kw_zero_division', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    return float(min(1.0, step / warmup_steps))
'''),
    dict(name='kw_zero_is_zero', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 0.0
    return float(min(1.0, step / warmup_steps))
'''),
    dict(name='kw_max', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return float(max(1.0, step / warmup_steps))
'''),
    dict(name='kw_cosine', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return float(0.5 * (1 - math.cos(math.pi * min(1.0, step / warmup_steps))))
'''),
    dict(name='kw_tensor', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return torch.tensor(min(1.0, step / warmup_steps))
'''),
    dict(name='kw_rounded', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return round(min(1.0, step / warmup_steps), 2)
'''),
    dict(name='kw_gt_shortcut', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    if step > warmup_steps:
        return 1.0
    return step / warmup_steps
'''),
    dict(name='kw_counter', grade_id='kl_weight', source=r'''_CALLS = [0]


def kl_weight(step, warmup_steps):
    step = _CALLS[0]
    _CALLS[0] += 1
    if warmup_steps == 0:
        return 1.0
    return float(min(1.0, step / warmup_steps))
'''),
    dict(name='kw_float16', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return float(min(1.0, float(torch.tensor(step, dtype=torch.float16) / warmup_steps)))
'''),
    dict(name='fb_clamp_per_image', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    per_image = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return per_image.clamp(min=lam).mean(dim=0).sum()
'''),
    dict(name='fb_clamp_total', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    per_dim = kl_per_unit(mu, logvar)
    return per_dim.sum().clamp(min=lam)
'''),
    dict(name='fb_clamp_max', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    per_dim = kl_per_unit(mu, logvar)
    return per_dim.clamp(max=lam).sum()
'''),
    dict(name='fb_sum_batch', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    per_dim = kl_per_unit(mu, logvar) * len(mu)
    return per_dim.clamp(min=lam).sum()
'''),
    dict(name='fb_mean_dims', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    per_dim = kl_per_unit(mu, logvar)
    return per_dim.clamp(min=lam).mean()
'''),
    dict(name='fb_softplus', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    per_dim = kl_per_unit(mu, logvar)
    return (lam + torch.nn.functional.softplus(per_dim - lam)).sum()
'''),
    dict(name='fb_straight_through', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    per_dim = kl_per_unit(mu, logvar)
    return (per_dim + (lam - per_dim).clamp(min=0).detach()).sum()
'''),
    dict(name='fb_detached', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    per_dim = kl_per_unit(mu, logvar)
    return per_dim.clamp(min=lam).sum().detach()
'''),
    dict(name='fb_item', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    per_dim = kl_per_unit(mu, logvar)
    return per_dim.clamp(min=lam).sum().item()
'''),
    dict(name='fb_vector', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    per_dim = kl_per_unit(mu, logvar)
    return per_dim.clamp(min=lam)
'''),
    dict(name='fb_python_max', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    per_dim = kl_per_unit(mu, logvar)
    return sum(max(lam, value) for value in per_dim)
'''),
    dict(name='fb_hinge', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    per_dim = kl_per_unit(mu, logvar)
    return (per_dim - lam).clamp(min=0).sum()
'''),
    dict(name='fb_double', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    per_dim = kl_per_unit(mu, logvar)
    return per_dim.double().clamp(min=lam).sum()
'''),
    dict(name='fb_lam_split', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    per_dim = kl_per_unit(mu, logvar)
    return per_dim.clamp(min=lam / mu.shape[1]).sum()
'''),
    dict(name='fb_bits', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    per_dim = kl_per_unit(mu, logvar)
    return per_dim.clamp(min=lam * math.log(2)).sum()
'''),
    dict(name='fb_std_formula', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    per_dim = (-0.5 * (1 + logvar - mu.pow(2) - torch.exp(0.5 * logvar))).mean(dim=0)
    return per_dim.clamp(min=lam).sum()
'''),
]
ALTERNATIVES = [
    dict(name='lme_manual_max', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    top = values.max(dim=dim, keepdim=True).values
    top = torch.where(torch.isfinite(top), top, torch.zeros_like(top))
    shifted = torch.log(torch.exp(values - top).sum(dim=dim)) + top.squeeze(dim)
    return shifted - math.log(values.size(dim))
'''),
    dict(name='lme_log_tensor', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    count = torch.tensor(values.shape[dim], dtype=values.dtype, device=values.device)
    return values.logsumexp(dim) - count.log()
'''),
    dict(name='lw_distributions', grade_id='log_weights', source=r'''import torch.nn.functional as F
from torch.distributions import Normal


def log_weights(x, z, mu, logvar, logits):
    target = x.expand_as(logits)
    log_px_z = -F.binary_cross_entropy_with_logits(logits, target, reduction="none").sum(dim=(-3, -2, -1))
    log_pz = Normal(torch.zeros_like(z), torch.ones_like(z)).log_prob(z).sum(-1)
    log_qz = Normal(mu, torch.exp(0.5 * logvar)).log_prob(z).sum(-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_repeat_no_constants', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    k, B = z.shape[0], z.shape[1]
    flat_logits = logits.reshape(k * B, 1, 28, 28)
    log_px_z = -bernoulli_reconstruction(flat_logits, x.repeat(k, 1, 1, 1)).reshape(k, B)
    log_pz = -0.5 * (z * z).sum(-1)
    log_qz = -0.5 * (((z - mu) * torch.exp(-0.5 * logvar)) ** 2 + logvar).sum(-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='iw_expand_unflatten', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    eps = torch.randn(k, mu.shape[0], mu.shape[1], generator=generator)
    z = torch.addcmul(mu.expand(k, -1, -1), logvar.mul(0.5).exp().expand(k, -1, -1), eps)
    logits = model.decoder(z.flatten(0, 1)).unflatten(0, (k, mu.shape[0]))
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_no_grad_view', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    with torch.no_grad():
        mu, logvar = model.encoder(x)
        batch, latent = mu.shape
        eps = torch.randn(k, batch, latent, generator=generator)
        z = mu.unsqueeze(0) + torch.sqrt(torch.exp(logvar)).unsqueeze(0) * eps
        logits = model.decoder(z.reshape(-1, latent)).view(k, batch, *x.shape[1:])
        weights = log_weights(x, z, mu, logvar, logits)
        return torch.logsumexp(weights, dim=0) - math.log(k)
'''),
    dict(name='kw_ge_shortcut', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    if step >= warmup_steps:
        return 1.0
    return step / warmup_steps
'''),
    dict(name='kw_clip', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    return 1.0 if warmup_steps <= 0 else max(0.0, min(step / float(warmup_steps), 1.0))
'''),
    dict(name='kw_fraction', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    from fractions import Fraction
    if not warmup_steps:
        return 1.0
    return float(min(Fraction(step, warmup_steps), Fraction(1)))
'''),
    dict(name='fb_maximum', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    per_dim = 0.5 * (mu.pow(2) + logvar.exp() - 1 - logvar).mean(dim=0)
    return torch.maximum(per_dim, torch.full_like(per_dim, lam)).sum()
'''),
    dict(name='fb_relu', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    per_dim = kl_per_unit(mu, logvar)
    return (torch.relu(per_dim - lam) + lam).sum()
'''),
    dict(name='fb_where', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    per_dim = kl_per_unit(mu, logvar)
    return torch.where(per_dim > lam, per_dim, torch.full_like(per_dim, lam)).sum(dim=0)
'''),
]
