"""Blind round 18: mistakes and alternatives for notebook 09_how_good."""

NOTEBOOK = '09_how_good'

MISTAKES = [
    dict(name='lme_exp_then_log', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.shape[dim]
    return torch.log(torch.exp(values).mean(dim=dim))
'''),
    dict(name='lme_size_of_first_dimension', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.shape[0]
    return torch.logsumexp(values, dim=dim) - math.log(n)
'''),
    dict(name='lme_number_of_elements', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.numel()
    return torch.logsumexp(values, dim=dim) - math.log(n)
'''),
    dict(name='lme_log_n_missing', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim)
'''),
    dict(name='lme_divided_by_n', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim) / n
'''),
    dict(name='lme_keepdim', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim, keepdim=True) - math.log(n)
'''),
    dict(name='lme_default_dim_last', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=-1):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim) - math.log(n)
'''),
    dict(name='lme_shift_by_global_max', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    largest = values.max()
    return largest + torch.log(torch.exp(values - largest).mean(dim=dim))
'''),
    dict(name='lme_max_not_added_back', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    largest = values.max(dim=dim, keepdim=True).values
    return torch.log(torch.exp(values - largest).mean(dim=dim))
'''),
    dict(name='lme_shifts_argument_in_place', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    largest = values.max(dim=dim, keepdim=True).values
    values -= largest
    return largest.squeeze(dim) + torch.log(torch.exp(values).mean(dim=dim))
'''),
    dict(name='lme_mean_of_logs', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    n = values.shape[dim]
    return values.mean(dim=dim)
'''),
    dict(name='lme_transpose_for_dim_one', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    if dim != 0:
        values = values.T
    return torch.logsumexp(values, dim=0) - math.log(values.shape[0])
'''),
    dict(name='lw_cross_entropy_sign', grade_id='log_weights', source=r'''import torch.nn.functional as F

LOG_2PI = math.log(2 * math.pi)


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    cross_entropy = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_given_z = cross_entropy.sum(dim=(-3, -2, -1))
    log_pz = (-0.5 * (z.pow(2) + LOG_2PI)).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + LOG_2PI)).sum(dim=-1)
    return log_px_given_z + log_pz - log_qz
'''),
    dict(name='lw_log_2pi_in_prior_only', grade_id='log_weights', source=r'''import torch.nn.functional as F

LOG_2PI = math.log(2 * math.pi)


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    cross_entropy = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_given_z = -cross_entropy.sum(dim=(-3, -2, -1))
    log_pz = (-0.5 * (z.pow(2) + LOG_2PI)).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar)).sum(dim=-1)
    return log_px_given_z + log_pz - log_qz
'''),
    dict(name='lw_divides_by_std', grade_id='log_weights', source=r'''import torch.nn.functional as F

LOG_2PI = math.log(2 * math.pi)


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    cross_entropy = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_given_z = -cross_entropy.sum(dim=(-3, -2, -1))
    log_pz = (-0.5 * (z.pow(2) + LOG_2PI)).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / torch.exp(0.5 * logvar) + logvar + LOG_2PI)).sum(dim=-1)
    return log_px_given_z + log_pz - log_qz
'''),
    dict(name='lw_log_variance_term_missing', grade_id='log_weights', source=r'''import torch.nn.functional as F

LOG_2PI = math.log(2 * math.pi)


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    cross_entropy = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_given_z = -cross_entropy.sum(dim=(-3, -2, -1))
    log_pz = (-0.5 * (z.pow(2) + LOG_2PI)).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + LOG_2PI)).sum(dim=-1)
    return log_px_given_z + log_pz - log_qz
'''),
    dict(name='lw_mean_over_pixels', grade_id='log_weights', source=r'''import torch.nn.functional as F

LOG_2PI = math.log(2 * math.pi)


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    cross_entropy = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_given_z = -cross_entropy.mean(dim=(-3, -2, -1))
    log_pz = (-0.5 * (z.pow(2) + LOG_2PI)).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + LOG_2PI)).sum(dim=-1)
    return log_px_given_z + log_pz - log_qz
'''),
    dict(name='lw_unstable_sigmoid_log', grade_id='log_weights', source=r'''import torch.nn.functional as F

LOG_2PI = math.log(2 * math.pi)


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    probs = torch.sigmoid(logits)
    cross_entropy = -(x * torch.log(probs) + (1 - x) * torch.log(1 - probs))
    log_px_given_z = -cross_entropy.sum(dim=(-3, -2, -1))
    log_pz = (-0.5 * (z.pow(2) + LOG_2PI)).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + LOG_2PI)).sum(dim=-1)
    return log_px_given_z + log_pz - log_qz
'''),
    dict(name='lw_probabilities_through_bce', grade_id='log_weights', source=r'''import torch.nn.functional as F

LOG_2PI = math.log(2 * math.pi)


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    cross_entropy = F.binary_cross_entropy(torch.sigmoid(logits), x.expand_as(logits), reduction="none")
    log_px_given_z = -cross_entropy.sum(dim=(-3, -2, -1))
    log_pz = (-0.5 * (z.pow(2) + LOG_2PI)).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + LOG_2PI)).sum(dim=-1)
    return log_px_given_z + log_pz - log_qz
'''),
    dict(name='lw_prior_at_mu', grade_id='log_weights', source=r'''import torch.nn.functional as F

LOG_2PI = math.log(2 * math.pi)


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    cross_entropy = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_given_z = -cross_entropy.sum(dim=(-3, -2, -1))
    log_pz = (-0.5 * (mu.pow(2) + LOG_2PI)).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + LOG_2PI)).sum(dim=-1)
    return log_px_given_z + log_pz - log_qz
'''),
    dict(name='lw_mu_unsqueezed_on_wrong_axis', grade_id='log_weights', source=r'''import torch.nn.functional as F

LOG_2PI = math.log(2 * math.pi)


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    cross_entropy = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_given_z = -cross_entropy.sum(dim=(-3, -2, -1))
    log_pz = (-0.5 * (z.pow(2) + LOG_2PI)).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu.unsqueeze(1)).pow(2) / logvar.exp() + logvar.unsqueeze(1) + LOG_2PI)).sum(dim=-1)
    return log_px_given_z + log_pz - log_qz
'''),
    dict(name='lw_normal_scale_is_variance', grade_id='log_weights', source=r'''import torch.nn.functional as F

LOG_2PI = math.log(2 * math.pi)


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    cross_entropy = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_given_z = -cross_entropy.sum(dim=(-3, -2, -1))
    log_pz = torch.distributions.Normal(0.0, 1.0).log_prob(z).sum(dim=-1)
    log_qz = torch.distributions.Normal(mu, logvar.exp()).log_prob(z).sum(dim=-1)
    return log_px_given_z + log_pz - log_qz
'''),
    dict(name='lw_subtracts_mu_from_z_in_place', grade_id='log_weights', source=r'''import torch.nn.functional as F

LOG_2PI = math.log(2 * math.pi)


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    cross_entropy = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_given_z = -cross_entropy.sum(dim=(-3, -2, -1))
    log_pz = (-0.5 * (z.pow(2) + LOG_2PI)).sum(dim=-1)
    z -= mu
    log_qz = (-0.5 * (z.pow(2) / logvar.exp() + logvar + LOG_2PI)).sum(dim=-1)
    return log_px_given_z + log_pz - log_qz
'''),
    dict(name='lw_bernoulli_reconstruction_on_five_dims', grade_id='log_weights', source=r'''import torch.nn.functional as F

LOG_2PI = math.log(2 * math.pi)


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    log_px_given_z = -bernoulli_reconstruction(logits, x.expand_as(logits))
    log_pz = (-0.5 * (z.pow(2) + LOG_2PI)).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + LOG_2PI)).sum(dim=-1)
    return log_px_given_z + log_pz - log_qz
'''),
    dict(name='lw_analytic_kl_for_sampled_terms', grade_id='log_weights', source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    cross_entropy = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_given_z = -cross_entropy.sum(dim=(-3, -2, -1))
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp()).sum(dim=-1)
    return log_px_given_z - kl
'''),
    dict(name='lw_log_std_for_log_variance', grade_id='log_weights', source=r'''import torch.nn.functional as F

LOG_2PI = math.log(2 * math.pi)


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    cross_entropy = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_given_z = -cross_entropy.sum(dim=(-3, -2, -1))
    log_pz = (-0.5 * (z.pow(2) + LOG_2PI)).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + 0.5 * logvar + LOG_2PI)).sum(dim=-1)
    return log_px_given_z + log_pz - log_qz
'''),
    dict(name='iw_generator_ignored', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_noise_drawn_image_major', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(B, k, d, generator=generator).transpose(0, 1)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_noise_drawn_per_sample', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.stack([torch.randn(B, d, generator=generator) for _ in range(k)])
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_variance_as_std', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_logits_unflattened_image_major', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.transpose(0, 1).reshape(B * k, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_float64_noise', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator, dtype=torch.float64)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_mean_of_log_weights', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_weights(x, z, mu, logvar, logits).mean(dim=0)
'''),
    dict(name='iw_reduces_over_images', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=1)
'''),
    dict(name='iw_reseeds_generator', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    generator.manual_seed(generator.initial_seed())
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_log_k_missing', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return torch.logsumexp(log_weights(x, z, mu, logvar, logits), dim=0)
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
    dict(name='iw_same_noise_for_every_image', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, 1, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='kw_integer_division', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return min(1.0, float(step // warmup_steps))
'''),
    dict(name='kw_no_zero_guard', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    return min(1.0, step / warmup_steps)
'''),
    dict(name='kw_counts_from_one', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return min(1.0, (step + 1) / warmup_steps)
'''),
    dict(name='kw_not_capped', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return step / warmup_steps
'''),
    dict(name='kw_divides_by_warmup_minus_one', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return min(1.0, step / max(warmup_steps - 1, 1))
'''),
    dict(name='kw_returns_tensor', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return torch.clamp(torch.tensor(step / warmup_steps), max=1.0)
'''),
    dict(name='kw_zero_without_warmup', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 0.0
    return min(1.0, step / warmup_steps)
'''),
    dict(name='kw_guard_by_max_one', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    return min(1.0, step / max(warmup_steps, 1))
'''),
    dict(name='kw_cosine_ramp', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return 0.5 * (1 - math.cos(math.pi * min(1.0, step / warmup_steps)))
'''),
    dict(name='kw_own_step_counter', grade_id='kl_weight', source=r'''_calls = {"count": 0}


def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    weight = min(1.0, _calls["count"] / warmup_steps)
    _calls["count"] += 1
    return weight
'''),
    dict(name='kw_decreasing', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return max(0.0, 1.0 - step / warmup_steps)
'''),
    dict(name='kw_rounded', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return round(min(1.0, step / warmup_steps), 2)
'''),
    dict(name='fb_clamped_per_image', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_entry = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return per_entry.clamp(min=lam).mean(dim=0).sum()
'''),
    dict(name='fb_clamped_total', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = kl_per_unit(mu, logvar)
    return per_dimension.sum().clamp(min=lam)
'''),
    dict(name='fb_clamp_max', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = kl_per_unit(mu, logvar)
    return per_dimension.clamp(max=lam).sum()
'''),
    dict(name='fb_softplus_smooth_max', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = kl_per_unit(mu, logvar)
    return (lam + torch.nn.functional.softplus(per_dimension - lam)).sum()
'''),
    dict(name='fb_lambda_subtracted', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = kl_per_unit(mu, logvar)
    return (per_dimension.clamp(min=lam) - lam).sum()
'''),
    dict(name='fb_python_max_loses_gradient', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = kl_per_unit(mu, logvar)
    return torch.tensor(sum(max(lam, value) for value in per_dimension.tolist()))
'''),
    dict(name='fb_mean_over_dimensions', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = kl_per_unit(mu, logvar)
    return per_dimension.clamp(min=lam).mean()
'''),
    dict(name='fb_lambda_shared_by_dimensions', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = kl_per_unit(mu, logvar)
    return per_dimension.clamp(min=lam / len(per_dimension)).sum()
'''),
    dict(name='fb_not_summed', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = kl_per_unit(mu, logvar)
    return per_dimension.clamp(min=lam)
'''),
    dict(name='fb_summed_over_batch', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).sum(dim=0)
    return per_dimension.clamp(min=lam).sum()
'''),
    dict(name='fb_constant_top_up_keeps_gradient', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    per_dimension = kl_per_unit(mu, logvar)
    return per_dimension.sum() + (lam - per_dimension).clamp(min=0).sum().detach()
'''),
]

ALTERNATIVES = [
    dict(name='lme_log_n_inside', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    return torch.logsumexp(values - math.log(values.size(dim)), dim)
'''),
    dict(name='lme_movedim', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    front = values.movedim(dim, 0)
    return front.logsumexp(dim=0) - math.log(front.shape[0])
'''),
    dict(name='lw_distributions', grade_id='log_weights', source=r'''from torch.distributions import Bernoulli, Normal


def log_weights(x, z, mu, logvar, logits):
    log_px_given_z = Bernoulli(logits=logits, validate_args=False).log_prob(x.expand_as(logits)).flatten(start_dim=2).sum(dim=2)
    log_pz = Normal(torch.zeros_like(z), torch.ones_like(z), validate_args=False).log_prob(z).sum(dim=-1)
    log_qz = Normal(mu, torch.exp(0.5 * logvar), validate_args=False).log_prob(z).sum(dim=-1)
    return log_px_given_z + log_pz - log_qz
'''),
    dict(name='lw_flat_helper_constants_dropped', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    k, B = logits.shape[:2]
    flat_logits = logits.reshape(k * B, *logits.shape[2:])
    flat_x = x.expand_as(logits).reshape(k * B, *logits.shape[2:])
    log_px_given_z = -bernoulli_reconstruction(flat_logits, flat_x).reshape(k, B)
    log_pz = -0.5 * (z * z).sum(dim=-1)
    log_qz = -0.5 * (((z - mu) * torch.exp(-0.5 * logvar)) ** 2 + logvar).sum(dim=-1)
    return log_px_given_z + log_pz - log_qz
'''),
    dict(name='iw_decode_each_sample', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    eps = torch.randn(k, mu.shape[0], mu.shape[1], generator=generator)
    z = mu.unsqueeze(0) + (0.5 * logvar).exp().unsqueeze(0) * eps
    logits = torch.stack([model.decoder(z[i]) for i in range(k)])
    weights = log_weights(x, z, mu, logvar, logits)
    return log_mean_exp(weights, dim=0)
'''),
    dict(name='kw_conditional_expression', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    return step / warmup_steps if step < warmup_steps else 1.0
'''),
    dict(name='fb_where', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    kl = kl_per_unit(mu, logvar)
    return torch.where(kl < lam, torch.full_like(kl, lam), kl).sum()
'''),
    dict(name='fb_maximum_own_kl', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    kl = 0.5 * (mu.pow(2) + logvar.exp() - 1.0 - logvar).mean(dim=0)
    return torch.maximum(kl, torch.tensor(lam, dtype=kl.dtype)).sum()
'''),
]
