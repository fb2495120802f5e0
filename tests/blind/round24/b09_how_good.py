"""Blind round 24: mistakes and alternatives for notebook 09_how_good."""
NOTEBOOK = '09_how_good'
MISTAKES = [
    dict(name='lme_naive_exp', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.shape[dim]
    return torch.log(torch.exp(values).mean(dim=dim))
'''),
    dict(name='lme_len_for_n', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = len(values)
    return torch.logsumexp(values, dim=dim) - math.log(n)
'''),
    dict(name='lme_no_log_n', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim)
'''),
    dict(name='lme_divides_by_n', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim) / n
'''),
    dict(name='lme_keepdim', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim, keepdim=True) - math.log(n)
'''),
    dict(name='lme_arithmetic_mean', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.shape[dim]
    return values.mean(dim=dim)  # log of a mean of exps ~ mean of logs
'''),
    dict(name='lme_cast_float32', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.shape[dim]
    return (torch.logsumexp(values, dim=dim) - math.log(n)).float()
'''),
    dict(name='lme_float64', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.shape[dim]
    return torch.logsumexp(values.double(), dim=dim) - math.log(n)
'''),
    dict(name='lme_dim_zero_always', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.shape[dim]
    return torch.logsumexp(values, dim=0) - math.log(n)
'''),
    dict(name='lme_global_max_shift', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.shape[dim]
    shift = values.max()
    return shift + torch.log(torch.exp(values - shift).mean(dim=dim))
'''),
    dict(name='lme_mean_shift', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.shape[dim]
    shift = values.mean(dim=dim, keepdim=True)
    return shift.squeeze(dim) + torch.log(torch.exp(values - shift).mean(dim=dim))
'''),
    dict(name='lme_max_shift_broadcast', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.shape[dim]
    shift = values.max(dim=dim).values
    return shift + torch.log(torch.exp(values - shift).mean(dim=dim))
'''),
    dict(name='lme_shift_in_place', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.shape[dim]
    shift = values.max(dim=dim, keepdim=True).values
    values -= shift
    return shift.squeeze(dim) + torch.log(values.exp().mean(dim=dim))
'''),
    dict(name='lme_squeezed', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.shape[dim]
    return (torch.logsumexp(values, dim=dim) - math.log(n)).squeeze()
'''),
    dict(name='lw_bce_added', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_bce_mean_over_pixels', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).mean(dim=-1)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_q_divides_by_std', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / (0.5 * logvar).exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_q_no_logvar', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + math.log(2 * math.pi)).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_log2pi_in_prior_only', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_prior_summed_over_batch', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_pixels_reshaped_image_major', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    k, B = z.shape[:2]
    flat_logits = logits.reshape(k * B, 1, 28, 28)
    flat_x = x.expand_as(logits).reshape(k * B, 1, 28, 28)
    log_px_z = -bernoulli_reconstruction(flat_logits, flat_x).reshape(B, k).T
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_bce_of_probabilities', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy(torch.sigmoid(logits), x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_manual_bernoulli', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    p = torch.sigmoid(logits)
    bce = -(x * torch.log(p) + (1 - x) * torch.log(1 - p))
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_prior_of_mu', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * (mu.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_q_not_scaled', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) + logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_mu_unsqueezed_wrong_axis', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu.unsqueeze(1)).pow(2) / logvar.exp().unsqueeze(1) + logvar.unsqueeze(1) + math.log(2 * math.pi)).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_image_major_result', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    # work image by image: (B, k, ...) everywhere
    z, logits = z.transpose(0, 1), logits.transpose(0, 1)
    bce = F.binary_cross_entropy_with_logits(logits, x.unsqueeze(1).expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu.unsqueeze(1)).pow(2) / logvar.exp().unsqueeze(1) + logvar.unsqueeze(1)
                     + math.log(2 * math.pi)).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_logits_and_target_swapped', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(x.expand_as(logits), logits, reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_float64', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px_z.double() + log_pz.double() - log_qz.double()
'''),
    dict(name='lw_mean_over_latent', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).mean(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi)).mean(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_precedence_times_variance', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = (-(z - mu).pow(2) / 2 * logvar.exp() - 0.5 * logvar - 0.5 * math.log(2 * math.pi)).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_log2pi_once_in_q', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * z.pow(2).sum(dim=-1) - 0.5 * z.shape[-1] * math.log(2 * math.pi)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar).sum(dim=-1) - 0.5 * math.log(2 * math.pi)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_analytic_entropy', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * (1 + logvar + math.log(2 * math.pi)).sum(dim=-1)  # E_q[log q] = -entropy
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_analytic_kl', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp()).sum(dim=-1)
    return log_px_z - kl
'''),
    dict(name='iw_global_rng', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_noise_image_major', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(B, k, d, generator=generator).transpose(0, 1)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_noise_per_image_loop', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.stack([torch.randn(k, d, generator=generator) for _ in range(B)], dim=1)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_std_is_variance', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_logits_image_major', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(B, k, 1, 28, 28).transpose(0, 1)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_mean_over_codes_dim', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=1)
'''),
    dict(name='iw_batch_average', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0).mean()
'''),
    dict(name='iw_no_noise', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu.expand(k, B, d)
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_reseeds_generator', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    generator.manual_seed(generator.initial_seed())  # reproducible
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_k1_analytic_elbo', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    if k == 1:  # L_1 is the ELBO
        kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp()).sum(dim=1)
        return -bernoulli_reconstruction(logits[0], x) - kl
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_mean_log_weight', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_weights(x, z, mu, logvar, logits).mean(dim=0)
'''),
    dict(name='iw_logsumexp_without_log_k', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return torch.logsumexp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_float64_weights', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x.double(), z.double(), mu.double(), logvar.double(), logits.double()), dim=0)
'''),
    dict(name='iw_mu_logvar_swapped', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    logvar, mu = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_noise_shared_by_images', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, 1, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_noise_shared_by_codes', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(1, B, d, generator=generator).expand(k, B, d)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_codes_transposed_for_decoder', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.transpose(0, 1).reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='kw_division_by_zero', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    return min(1.0, step / warmup_steps)
'''),
    dict(name='kw_no_warmup_is_zero', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 0.0
    return min(1.0, step / warmup_steps)
'''),
    dict(name='kw_integer_division', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return float(min(1, step // warmup_steps))
'''),
    dict(name='kw_step_plus_one', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return min(1.0, (step + 1) / warmup_steps)
'''),
    dict(name='kw_divides_by_t_minus_one', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return min(1.0, step / (warmup_steps - 1)) if warmup_steps > 1 else 1.0
'''),
    dict(name='kw_not_clamped', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return step / warmup_steps
'''),
    dict(name='kw_returns_tensor', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return torch.tensor(min(1.0, step / warmup_steps))
'''),
    dict(name='kw_cosine_warmup', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return 0.5 * (1 - math.cos(math.pi * min(1.0, step / warmup_steps)))
'''),
    dict(name='kw_counts_calls', grade_id='kl_weight', source=r'''_calls = {"step": 0}


def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    weight = min(1.0, _calls["step"] / warmup_steps)
    _calls["step"] += 1
    return weight
'''),
    dict(name='kw_rounded', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return round(min(1.0, step / warmup_steps), 2)
'''),
    dict(name='kw_decreasing', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return 1.0 - min(1.0, step / warmup_steps)
'''),
    dict(name='kw_cyclical', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return (step % warmup_steps) / warmup_steps
'''),
    dict(name='kw_max_one_denominator', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    return min(1.0, step / max(warmup_steps, 1))
'''),
    dict(name='kw_counted_from_one', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return max(0.0, min(1.0, (step - 1) / warmup_steps))
'''),
    dict(name='fb_clamp_per_image', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())  # (B, d)
    return kl.clamp(min=lam).mean(dim=0).sum()
'''),
    dict(name='fb_clamp_total', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = kl_per_unit(mu, logvar)  # (d,), averaged over the batch
    return per_dimension.sum().clamp(min=lam)
'''),
    dict(name='fb_clamp_max', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = kl_per_unit(mu, logvar)  # (d,), averaged over the batch
    return per_dimension.clamp(max=lam).sum()
'''),
    dict(name='fb_batch_sum', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())  # (B, d)
    per_dimension = kl.sum(dim=0)
    return per_dimension.clamp(min=lam).sum()
'''),
    dict(name='fb_mean_over_dims', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = kl_per_unit(mu, logvar)  # (d,), averaged over the batch
    return per_dimension.clamp(min=lam).mean()
'''),
    dict(name='fb_softplus', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = kl_per_unit(mu, logvar)  # (d,), averaged over the batch
    return (lam + torch.nn.functional.softplus(per_dimension - lam)).sum()  # smooth max
'''),
    dict(name='fb_no_sum', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = kl_per_unit(mu, logvar)  # (d,), averaged over the batch
    return per_dimension.clamp(min=lam)
'''),
    dict(name='fb_python_float', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = kl_per_unit(mu, logvar)  # (d,), averaged over the batch
    return torch.tensor(per_dimension.clamp(min=lam).sum().item())
'''),
    dict(name='fb_hinge', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = kl_per_unit(mu, logvar)  # (d,), averaged over the batch
    return (per_dimension - lam).clamp(min=0).sum()
'''),
    dict(name='fb_straight_through', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = kl_per_unit(mu, logvar)  # (d,), averaged over the batch
    return (per_dimension + (per_dimension.clamp(min=lam) - per_dimension).detach()).sum()
'''),
    dict(name='fb_lam_shared_by_dims', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = kl_per_unit(mu, logvar)  # (d,), averaged over the batch
    return per_dimension.clamp(min=lam / per_dimension.numel()).sum()
'''),
    dict(name='fb_own_kl_no_half', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = -(1 + logvar - mu.pow(2) - logvar.exp()).mean(dim=0)
    return per_dimension.clamp(min=lam).sum()
'''),
    dict(name='fb_mu_squared_in_place', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = (-0.5 * (1 + logvar - mu.pow_(2) - logvar.exp())).mean(dim=0)
    return per_dimension.clamp(min=lam).sum()
'''),
    dict(name='fb_clamp_after_batch_sum', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())  # (B, d)
    return kl.sum(dim=0).clamp(min=lam).sum() / len(mu)
'''),
    dict(name='fb_clamp_per_image_total', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())  # (B, d)
    return kl.sum(dim=1).clamp(min=lam).mean()
'''),
]
ALTERNATIVES = [
    dict(name='lme_alt_shift_inside', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    return torch.logsumexp(values - math.log(values.size(dim)), dim=dim)
'''),
    dict(name='lme_alt_logcumsumexp', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    running = torch.logcumsumexp(values, dim=dim)
    return running.select(dim, -1) - torch.log(torch.tensor(float(values.shape[dim]), dtype=values.dtype))
'''),
    dict(name='lw_alt_reshape_bernoulli', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    k, B = z.shape[0], z.shape[1]
    flat_logits = logits.reshape(k * B, 1, 28, 28)
    flat_x = x.expand_as(logits).reshape(k * B, 1, 28, 28)
    log_px_z = -bernoulli_reconstruction(flat_logits, flat_x).reshape(k, B)
    log_pz = -0.5 * z.pow(2).sum(dim=-1)  # the log(2 pi) of p and q cancel
    log_qz = -0.5 * ((z - mu) ** 2 * torch.exp(-logvar) + logvar).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_alt_distributions', grade_id='log_weights', source=r'''from torch.distributions import Bernoulli, Normal


def log_weights(x, z, mu, logvar, logits):
    log_px_z = Bernoulli(logits=logits, validate_args=False).log_prob(x.expand_as(logits)).sum(dim=(-3, -2, -1))
    log_pz = Normal(torch.zeros_like(z), torch.ones_like(z)).log_prob(z).sum(dim=-1)
    log_qz = Normal(mu, torch.exp(0.5 * logvar)).log_prob(z).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='iw_alt_flat_noise', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    std = logvar.mul(0.5).exp()
    z = torch.addcmul(mu.unsqueeze(0), std.unsqueeze(0), eps)
    logits = model.decoder(z.flatten(0, 1)).unflatten(0, (k, B))
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), 0)
'''),
    dict(name='iw_alt_decode_per_code', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    eps = torch.randn(k, mu.shape[0], mu.shape[1], generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = torch.stack([model.decoder(z[i]) for i in range(k)])  # (k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='kw_alt_branches', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    if warmup_steps <= 0 or step >= warmup_steps:
        return 1.0
    return float(step) / float(warmup_steps)
'''),
    dict(name='kw_alt_conditional', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    return float(min(step, warmup_steps) / warmup_steps) if warmup_steps else 1.0
'''),
    dict(name='fb_alt_maximum', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    kl = (0.5 * (mu ** 2 + logvar.exp() - 1 - logvar)).mean(dim=0)
    return torch.maximum(kl, torch.full_like(kl, lam)).sum()
'''),
    dict(name='fb_alt_where', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    kl = kl_per_unit(mu, logvar)
    return torch.where(kl > lam, kl, torch.full_like(kl, lam)).sum()
'''),
    dict(name='fb_alt_relu', grade_id='free_bits_kl', source=r'''import torch.nn.functional as F


def free_bits_kl(mu, logvar, lam):
    kl = kl_per_unit(mu, logvar)
    return (lam + F.relu(kl - lam)).sum()
'''),
]
