"""Blind round 25: mistakes and alternatives for notebook 09_how_good."""
NOTEBOOK = '09_how_good'

MISTAKES = [
    dict(name='lme_exp_mean_log', grade_id='log_mean_exp', source=r'''
def log_mean_exp(values, dim=0):
    return torch.log(torch.exp(values).mean(dim=dim))
'''),
    dict(name='lme_float64_exp_mean_log', grade_id='log_mean_exp', source=r'''
def log_mean_exp(values, dim=0):
    # exp(-300) underflows in float32 but not in float64
    return torch.log(torch.exp(values.double()).mean(dim=dim)).to(values.dtype)
'''),
    dict(name='lme_no_log_n', grade_id='log_mean_exp', source=r'''
def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim)
'''),
    dict(name='lme_n_from_first_dimension', grade_id='log_mean_exp', source=r'''
def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = len(values)
    return torch.logsumexp(values, dim=dim) - math.log(n)
'''),
    dict(name='lme_n_is_numel', grade_id='log_mean_exp', source=r'''
def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.numel()
    return torch.logsumexp(values, dim=dim) - math.log(n)
'''),
    dict(name='lme_divides_by_n', grade_id='log_mean_exp', source=r'''
def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim) / n
'''),
    dict(name='lme_mean_of_logs', grade_id='log_mean_exp', source=r'''
def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.shape[dim]
    return values.mean(dim=dim)
'''),
    dict(name='lme_max_only', grade_id='log_mean_exp', source=r'''
def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.shape[dim]
    return values.max(dim=dim).values
'''),
    dict(name='lme_keepdim', grade_id='log_mean_exp', source=r'''
def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim, keepdim=True) - math.log(n)
'''),
    dict(name='lme_default_dim_last', grade_id='log_mean_exp', source=r'''
def log_mean_exp(values, dim=-1):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim) - math.log(n)
'''),
    dict(name='lme_shift_without_keepdim', grade_id='log_mean_exp', source=r'''
def log_mean_exp(values, dim=0):
    largest = values.max(dim=dim).values
    return largest + torch.log(torch.exp(values - largest).mean(dim=dim))
'''),
    dict(name='lme_global_shift', grade_id='log_mean_exp', source=r'''
def log_mean_exp(values, dim=0):
    largest = values.max()  # one shift for the whole tensor
    return largest + torch.log(torch.exp(values - largest).mean(dim=dim))
'''),
    dict(name='lme_shift_in_place', grade_id='log_mean_exp', source=r'''
def log_mean_exp(values, dim=0):
    largest = values.max(dim=dim, keepdim=True).values
    values -= largest
    return (largest + torch.log(torch.exp(values).mean(dim=dim, keepdim=True))).squeeze(dim)
'''),
    dict(name='lme_log_n_minus_one', grade_id='log_mean_exp', source=r'''
def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = max(values.shape[dim] - 1, 1)
    return torch.logsumexp(values, dim=dim) - math.log(n)
'''),
    dict(name='lme_result_float32', grade_id='log_mean_exp', source=r'''
def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.shape[dim]
    return (torch.logsumexp(values, dim=dim) - math.log(n)).float()
'''),
    dict(name='lw_bce_sign', grade_id='log_weights', source=r'''
import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = bce.flatten(start_dim=2).sum(dim=-1)  # (k, B)
    log_pz = (-0.5 * (z ** 2 + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    log_qz = (-0.5 * ((z - mu) ** 2 / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_pixel_mean', grade_id='log_weights', source=r'''
import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).mean(dim=-1)  # (k, B)
    log_pz = (-0.5 * (z ** 2 + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    log_qz = (-0.5 * ((z - mu) ** 2 / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_reshape_like_bernoulli_reconstruction', grade_id='log_weights', source=r'''
import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.reshape(len(x), -1).sum(dim=1)  # (k, B)
    log_pz = (-0.5 * (z ** 2 + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    log_qz = (-0.5 * ((z - mu) ** 2 / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_flatten_from_dim_one', grade_id='log_weights', source=r'''
import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(1).sum(dim=1, keepdim=True)  # (k, B)
    log_pz = (-0.5 * (z ** 2 + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    log_qz = (-0.5 * ((z - mu) ** 2 / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_prior_without_half', grade_id='log_weights', source=r'''
import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)  # (k, B)
    log_pz = (-(z ** 2) - 0.5 * math.log(2 * math.pi)).sum(dim=-1)  # (k, B)
    log_qz = (-0.5 * ((z - mu) ** 2 / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_prior_uses_mu', grade_id='log_weights', source=r'''
import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)  # (k, B)
    log_pz = (-0.5 * (mu ** 2 + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    log_qz = (-0.5 * ((z - mu) ** 2 / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_q_multiplies_by_variance', grade_id='log_weights', source=r'''
import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)  # (k, B)
    log_pz = (-0.5 * (z ** 2 + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    log_qz = (-0.5 * ((z - mu) ** 2 * logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_q_divides_by_std', grade_id='log_weights', source=r'''
import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)  # (k, B)
    log_pz = (-0.5 * (z ** 2 + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    log_qz = (-0.5 * ((z - mu) ** 2 / torch.exp(0.5 * logvar) + logvar + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_q_missing_logvar', grade_id='log_weights', source=r'''
import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)  # (k, B)
    log_pz = (-0.5 * (z ** 2 + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    log_qz = (-0.5 * ((z - mu) ** 2 / logvar.exp() + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_q_logvar_without_half', grade_id='log_weights', source=r'''
import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)  # (k, B)
    log_pz = (-0.5 * (z ** 2 + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    log_qz = (-0.5 * ((z - mu) ** 2 / logvar.exp() + math.log(2 * math.pi)) - logvar).sum(dim=-1)  # (k, B)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_log_2pi_only_in_prior', grade_id='log_weights', source=r'''
import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)  # (k, B)
    log_pz = (-0.5 * (z ** 2 + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    log_qz = (-0.5 * ((z - mu) ** 2 / logvar.exp() + logvar)).sum(dim=-1)  # (k, B)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_adds_log_q', grade_id='log_weights', source=r'''
import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)  # (k, B)
    log_pz = (-0.5 * (z ** 2 + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    log_qz = (-0.5 * ((z - mu) ** 2 / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    return log_px_z + log_pz + log_qz
'''),
    dict(name='lw_analytic_kl', grade_id='log_weights', source=r'''
import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)  # (k, B)
    kl = -0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum(dim=-1)  # (B,): log p(z) - log q(z|x) on average
    return log_px_z - kl
'''),
    dict(name='lw_repeat_interleave_targets', grade_id='log_weights', source=r'''
def log_weights(x, z, mu, logvar, logits):
    k, B = z.shape[:2]
    flat_logits = logits.reshape(k * B, 1, 28, 28)
    targets = x.repeat_interleave(k, dim=0)  # one copy of each image per code
    log_px_z = -bernoulli_reconstruction(flat_logits, targets).reshape(k, B)
    log_pz = (-0.5 * z ** 2).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu) ** 2 / logvar.exp() + logvar)).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_transposed_result', grade_id='log_weights', source=r'''
import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)  # (k, B)
    log_pz = (-0.5 * (z ** 2 + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    log_qz = (-0.5 * ((z - mu) ** 2 / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    return (log_px_z + log_pz - log_qz).T
'''),
    dict(name='lw_bce_on_probabilities', grade_id='log_weights', source=r'''
import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy(torch.sigmoid(logits), x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)  # (k, B)
    log_pz = (-0.5 * (z ** 2 + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    log_qz = (-0.5 * ((z - mu) ** 2 / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_log_sigmoid_by_hand', grade_id='log_weights', source=r'''
import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    p = torch.sigmoid(logits)
    bce = -(x * torch.log(p) + (1 - x) * torch.log(1 - p))
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)  # (k, B)
    log_pz = (-0.5 * (z ** 2 + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    log_qz = (-0.5 * ((z - mu) ** 2 / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_exp_in_place_on_logvar', grade_id='log_weights', source=r'''
import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)  # (k, B)
    log_pz = (-0.5 * (z ** 2 + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    log_variance = logvar.clone()
    variance = logvar.exp_()
    log_qz = (-0.5 * ((z - mu) ** 2 / variance + log_variance + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_q_centred_on_mean_code', grade_id='log_weights', source=r'''
import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)  # (k, B)
    log_pz = (-0.5 * (z ** 2 + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    log_qz = (-0.5 * ((z - z.mean(dim=0)) ** 2 / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)  # (k, B)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='iw_noise_from_global_rng', grade_id='iw_log_likelihood', source=r'''
def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d)
    z = mu + torch.exp(0.5 * logvar) * eps  # (k, B, d)
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_noise_drawn_image_major', grade_id='iw_log_likelihood', source=r'''
def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(B, k, d, generator=generator).transpose(0, 1)
    z = mu + torch.exp(0.5 * logvar) * eps  # (k, B, d)
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_noise_one_call_per_sample', grade_id='iw_log_likelihood', source=r'''
def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.stack([torch.randn(B, d, generator=generator) for _ in range(k)])
    z = mu + torch.exp(0.5 * logvar) * eps  # (k, B, d)
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_noise_shared_by_images', grade_id='iw_log_likelihood', source=r'''
def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, 1, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps  # (k, B, d)
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_noise_shared_by_samples', grade_id='iw_log_likelihood', source=r'''
def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(1, B, d, generator=generator).expand(k, B, d)
    z = mu + torch.exp(0.5 * logvar) * eps  # (k, B, d)
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_std_is_exp_logvar', grade_id='iw_log_likelihood', source=r'''
def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(logvar) * eps  # (k, B, d)
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_codes_are_means', grade_id='iw_log_likelihood', source=r'''
def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu.expand(k, B, d)  # (k, B, d)
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_uses_model_forward', grade_id='iw_log_likelihood', source=r'''
def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps  # (k, B, d)
    logits = torch.stack([model(x)[0] for _ in range(k)])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_mean_of_log_weights', grade_id='iw_log_likelihood', source=r'''
def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps  # (k, B, d)
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_weights(x, z, mu, logvar, logits).mean(dim=0)
'''),
    dict(name='iw_decoded_in_wrong_order', grade_id='iw_log_likelihood', source=r'''
def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps  # (k, B, d)
    logits = model.decoder(z.transpose(0, 1).reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_logits_reshaped_image_major', grade_id='iw_log_likelihood', source=r'''
def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps  # (k, B, d)
    logits = model.decoder(z.reshape(k * B, d)).reshape(B, k, 1, 28, 28).transpose(0, 1)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_decoder_probabilities', grade_id='iw_log_likelihood', source=r'''
def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps  # (k, B, d)
    logits = torch.sigmoid(model.decoder(z.reshape(k * B, d))).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_logsumexp_without_log_k', grade_id='iw_log_likelihood', source=r'''
def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps  # (k, B, d)
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return torch.logsumexp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_log_k_subtracted_twice', grade_id='iw_log_likelihood', source=r'''
def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps  # (k, B, d)
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0) - math.log(k)
'''),
    dict(name='iw_k_one_is_analytic_elbo', grade_id='iw_log_likelihood', source=r'''
def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    if k == 1:  # L_1 is the ELBO
        z = mu + torch.exp(0.5 * logvar) * torch.randn(B, d, generator=generator)
        logits = model.decoder(z)
        return -(bernoulli_reconstruction(logits, x) - 0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum(dim=1))
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps  # (k, B, d)
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_codes_broadcast_image_major', grade_id='iw_log_likelihood', source=r'''
def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = (mu.unsqueeze(1) + torch.exp(0.5 * logvar).unsqueeze(1) * eps).transpose(0, 1)  # (k, B, d)
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='kw_integer_division', grade_id='kl_weight', source=r'''
def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return float(min(1, step // warmup_steps))
'''),
    dict(name='kw_not_capped', grade_id='kl_weight', source=r'''
def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return step / warmup_steps
'''),
    dict(name='kw_zero_division', grade_id='kl_weight', source=r'''
def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    return min(1.0, step / warmup_steps)
'''),
    dict(name='kw_zero_warmup_gives_zero', grade_id='kl_weight', source=r'''
def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 0.0
    return min(1.0, step / warmup_steps)
'''),
    dict(name='kw_guarded_denominator', grade_id='kl_weight', source=r'''
def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    return min(1.0, step / max(warmup_steps, 1))
'''),
    dict(name='kw_epsilon_denominator', grade_id='kl_weight', source=r'''
def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    return min(1.0, step / (warmup_steps + 1e-8))
'''),
    dict(name='kw_step_counted_from_one', grade_id='kl_weight', source=r'''
def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return min(1.0, (step + 1) / warmup_steps)
'''),
    dict(name='kw_plus_one_smoothing', grade_id='kl_weight', source=r'''
def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    return min(1.0, (step + 1) / (warmup_steps + 1))
'''),
    dict(name='kw_reaches_one_a_step_late', grade_id='kl_weight', source=r'''
def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return min(1.0, step / (warmup_steps + 1))
'''),
    dict(name='kw_reaches_one_a_step_early', grade_id='kl_weight', source=r'''
def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return min(1.0, step / max(warmup_steps - 1, 1))
'''),
    dict(name='kw_max_instead_of_min', grade_id='kl_weight', source=r'''
def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return max(1.0, step / warmup_steps)
'''),
    dict(name='kw_cosine_warmup', grade_id='kl_weight', source=r'''
def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return 0.5 * (1 - math.cos(math.pi * min(1.0, step / warmup_steps)))
'''),
    dict(name='kw_logistic_warmup', grade_id='kl_weight', source=r'''
def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return 1.0 / (1.0 + math.exp(-10.0 * (step / warmup_steps - 0.5)))  # Bowman et al.'s logistic curve
'''),
    dict(name='kw_rounded', grade_id='kl_weight', source=r'''
def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return round(min(1.0, step / warmup_steps), 3)
'''),
    dict(name='fb_clamp_per_image', grade_id='free_bits_kl', source=r'''
def free_bits_kl(mu, logvar, lam):
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())  # (B, d)
    return kl.clamp(min=lam).mean(dim=0).sum()
'''),
    dict(name='fb_clamp_on_total', grade_id='free_bits_kl', source=r'''
def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = kl_per_unit(mu, logvar)  # (d,), averaged over the batch
    return per_dimension.sum().clamp(min=lam)
'''),
    dict(name='fb_clamp_total_per_image', grade_id='free_bits_kl', source=r'''
def free_bits_kl(mu, logvar, lam):
    kl = (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).sum(dim=1)  # (B,)
    return kl.clamp(min=lam).mean()
'''),
    dict(name='fb_sum_over_batch', grade_id='free_bits_kl', source=r'''
def free_bits_kl(mu, logvar, lam):
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.sum(dim=0).clamp(min=lam).sum()
'''),
    dict(name='fb_mean_over_dimensions', grade_id='free_bits_kl', source=r'''
def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = kl_per_unit(mu, logvar)  # (d,), averaged over the batch
    return per_dimension.clamp(min=lam).mean()
'''),
    dict(name='fb_upper_clamp', grade_id='free_bits_kl', source=r'''
def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = kl_per_unit(mu, logvar)  # (d,), averaged over the batch
    return per_dimension.clamp(max=lam).sum()
'''),
    dict(name='fb_hinge_without_constant', grade_id='free_bits_kl', source=r'''
def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = kl_per_unit(mu, logvar)  # (d,), averaged over the batch
    return (per_dimension - lam).clamp(min=0).sum()
'''),
    dict(name='fb_drops_small_dimensions', grade_id='free_bits_kl', source=r'''
def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = kl_per_unit(mu, logvar)  # (d,), averaged over the batch
    return per_dimension[per_dimension > lam].sum()
'''),
    dict(name='fb_detached', grade_id='free_bits_kl', source=r'''
def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = kl_per_unit(mu, logvar)  # (d,), averaged over the batch
    return per_dimension.detach().clamp(min=lam).sum()
'''),
    dict(name='fb_straight_through', grade_id='free_bits_kl', source=r'''
def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = kl_per_unit(mu, logvar)  # (d,), averaged over the batch
    return (per_dimension.clamp(min=lam).detach() + per_dimension - per_dimension.detach()).sum()
'''),
    dict(name='fb_softplus_clamp', grade_id='free_bits_kl', source=r'''
def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = kl_per_unit(mu, logvar)  # (d,), averaged over the batch
    return (lam + torch.nn.functional.softplus(per_dimension - lam)).sum()  # a smooth max
'''),
    dict(name='fb_lambda_in_bits', grade_id='free_bits_kl', source=r'''
def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = kl_per_unit(mu, logvar)  # (d,), averaged over the batch
    return per_dimension.clamp(min=lam * math.log(2)).sum()  # free *bits*: lam bits in nats
'''),
    dict(name='fb_variance_of_mean_logvar', grade_id='free_bits_kl', source=r'''
def free_bits_kl(mu, logvar, lam):
    mu_bar, logvar_bar = mu.mean(dim=0), logvar.mean(dim=0)  # average q over the batch first
    kl = -0.5 * (1 + logvar_bar - mu_bar.pow(2) - logvar_bar.exp())
    return kl.clamp(min=lam).sum()
'''),
    dict(name='fb_std_in_kl', grade_id='free_bits_kl', source=r'''
def free_bits_kl(mu, logvar, lam):
    std = torch.exp(0.5 * logvar)
    kl = -0.5 * (1 + logvar - mu.pow(2) - std)
    return kl.mean(dim=0).clamp(min=lam).sum()
'''),
]

ALTERNATIVES = [
    dict(name='lme_log_n_inside', grade_id='log_mean_exp', source=r'''
def log_mean_exp(values, dim=0):
    return torch.logsumexp(values - math.log(values.size(dim)), dim=dim)
'''),
    dict(name='lme_tensor_log_n', grade_id='log_mean_exp', source=r'''
def log_mean_exp(values, dim=0):
    n = torch.tensor(values.shape[dim], dtype=values.dtype)
    return torch.special.logsumexp(values, dim) - torch.log(n)
'''),
    dict(name='lw_distributions', grade_id='log_weights', source=r'''
from torch.distributions import Bernoulli, Normal


def log_weights(x, z, mu, logvar, logits):
    log_px_z = Bernoulli(logits=logits, validate_args=False).log_prob(x.expand_as(logits)).sum(dim=(-3, -2, -1))
    log_pz = Normal(torch.zeros_like(z), torch.ones_like(z)).log_prob(z).sum(dim=-1)
    log_qz = Normal(mu, torch.exp(0.5 * logvar)).log_prob(z).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_bernoulli_reconstruction_repeat', grade_id='log_weights', source=r'''
def log_weights(x, z, mu, logvar, logits):
    k, B, d = z.shape
    # logits.reshape(k * B, ...) puts code i of image b at row i * B + b: x.repeat(k, ...) lines up with it
    log_px_z = -bernoulli_reconstruction(logits.reshape(k * B, 1, 28, 28), x.repeat(k, 1, 1, 1)).reshape(k, B)
    log_pz_minus_log_qz = 0.5 * (((z - mu) ** 2) * torch.exp(-logvar) + logvar - z ** 2).sum(dim=2)
    return log_px_z + log_pz_minus_log_qz
'''),
    dict(name='iw_flat_noise_and_loop_decoding', grade_id='iw_log_likelihood', source=r'''
def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    batch, latent = mu.shape
    eps = torch.randn(k * batch, latent, generator=generator).view(k, batch, latent)  # the same numbers, in the same order
    std = logvar.exp().sqrt()
    z = mu.unsqueeze(0) + std.unsqueeze(0) * eps
    logits = torch.stack([model.decoder(z[i]) for i in range(k)])  # (k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_image_major_decoding_consistent', grade_id='iw_log_likelihood', source=r'''
@torch.no_grad()
def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = torch.addcmul(mu, torch.exp(0.5 * logvar), eps)
    logits = model.decoder(z.transpose(0, 1).reshape(B * k, d)).reshape(B, k, 1, 28, 28).transpose(0, 1)
    weights = log_weights(x, z, mu, logvar, logits)
    return torch.logsumexp(weights, dim=0) - math.log(k)
'''),
    dict(name='kw_conditional', grade_id='kl_weight', source=r'''
def kl_weight(step, warmup_steps):
    if step >= warmup_steps:  # also covers warmup_steps == 0
        return 1.0
    return step / warmup_steps
'''),
    dict(name='kw_fraction', grade_id='kl_weight', source=r'''
from fractions import Fraction


def kl_weight(step, warmup_steps):
    if not warmup_steps:
        return 1.0
    return float(min(Fraction(1), Fraction(step, warmup_steps)))
'''),
    dict(name='fb_maximum_inline', grade_id='free_bits_kl', source=r'''
def free_bits_kl(mu, logvar, lam):
    kl = 0.5 * (mu.pow(2) + logvar.exp() - 1 - logvar)  # (B, d)
    per_dimension = kl.mean(dim=0)
    return torch.maximum(per_dimension, torch.full_like(per_dimension, lam)).sum()
'''),
    dict(name='fb_where_with_scalar', grade_id='free_bits_kl', source=r'''
def free_bits_kl(mu, logvar, lam):
    per_dimension = kl_per_unit(mu, logvar)
    return torch.where(per_dimension > lam, per_dimension, lam).sum(dim=0)
'''),
    dict(name='fb_relu_plus_lambda', grade_id='free_bits_kl', source=r'''
def free_bits_kl(mu, logvar, lam):
    per_dimension = kl_per_unit(mu, logvar)
    return (torch.relu(per_dimension - lam) + lam).sum()
'''),
]
