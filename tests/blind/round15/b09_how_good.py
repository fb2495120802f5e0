"""Blind round 15: mistakes and alternatives for notebook 09_how_good."""

NOTEBOOK = '09_how_good'

MISTAKES = [
    dict(name='lme_naive_exp_underflows', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.log(torch.exp(values).mean(dim=dim))'''),
    dict(name='lme_n_from_first_dim', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values, dim=dim) - math.log(values.shape[0])'''),
    dict(name='lme_n_from_len', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values, dim=dim) - math.log(len(values))'''),
    dict(name='lme_n_from_numel', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values, dim=dim) - math.log(values.numel())'''),
    dict(name='lme_no_log_n', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values, dim=dim)'''),
    dict(name='lme_divides_by_n', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values, dim=dim) / values.shape[dim]'''),
    dict(name='lme_keepdim', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values, dim=dim, keepdim=True) - math.log(values.shape[dim])'''),
    dict(name='lme_default_dim_last', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=-1):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values, dim=dim) - math.log(values.shape[dim])'''),
    dict(name='lme_mean_of_logs', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return values.mean(dim=dim)'''),
    dict(name='lme_manual_max_shift_nan_at_minus_inf', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    largest = values.max(dim=dim, keepdim=True).values
    return (largest + torch.log(torch.exp(values - largest).mean(dim=dim, keepdim=True))).squeeze(dim)'''),
    dict(name='lme_float64', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values.double(), dim=dim) - math.log(values.shape[dim])'''),
    dict(name='lme_global_max_shift', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    largest = values.max()
    return largest + torch.log(torch.exp(values - largest).mean(dim=dim))'''),
    dict(name='lme_shifts_in_place', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    largest = values.max(dim=dim, keepdim=True).values
    values -= largest
    return torch.logsumexp(values, dim=dim) - math.log(values.shape[dim]) + largest.squeeze(dim)'''),
    dict(name='lw_reconstruction_sign', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px_z = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_log_2pi_only_in_prior', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px_z = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar)).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_log_2pi_only_in_posterior', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px_z = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    log_pz = (-0.5 * z.pow(2)).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_divides_by_std', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px_z = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / (0.5 * logvar).exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_missing_logvar_term', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px_z = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_mean_over_pixels', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px_z = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).mean(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_mean_over_latent_dims', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px_z = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).mean(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).mean(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_bce_on_probabilities', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px_z = -F.binary_cross_entropy(torch.sigmoid(logits), x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_manual_bernoulli_log', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    p = torch.sigmoid(logits)
    log_px_z = (x * torch.log(p) + (1 - x) * torch.log(1 - p)).flatten(2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_prior_of_mu', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px_z = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    log_pz = (-0.5 * (mu.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_analytic_kl', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px_z = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    kl = (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).sum(dim=-1)
    return log_px_z - kl'''),
    dict(name='lw_adds_log_q', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px_z = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz + log_qz'''),
    dict(name='lw_multiplies_by_variance', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px_z = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) * logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_returns_b_by_k', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px_z = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return (log_px_z + log_pz - log_qz).T'''),
    dict(name='lw_variance_halved_twice', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px_z = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / (2 * logvar.exp()) + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_normal_scale_is_variance', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px_z = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    prior = torch.distributions.Normal(torch.zeros_like(z), torch.ones_like(z))
    posterior = torch.distributions.Normal(mu, logvar.exp())
    return log_px_z + prior.log_prob(z).sum(dim=-1) - posterior.log_prob(z).sum(dim=-1)'''),
    dict(name='lw_binarises_x', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px_z = -F.binary_cross_entropy_with_logits(logits, (x > 0.5).float().expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_forgets_channel_dim', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px_z = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").sum(dim=(-2, -1))
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_bernoulli_reconstruction_on_5d', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    log_px_z = -bernoulli_reconstruction(logits, x.expand_as(logits))
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_logvar_as_log_sigma', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px_z = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / (2 * logvar).exp() + 2 * logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='iw_ignores_generator', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_noise_b_k_d', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(B, k, d, generator=generator).transpose(0, 1)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_sigma_exp_logvar', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_decodes_model_forward', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    logits, mu, logvar = model(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = logits.expand(k, *logits.shape)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_decodes_mu', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(mu.repeat(k, 1)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_logits_reshaped_b_first', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(B, k, 1, 28, 28).transpose(0, 1)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_noise_drawn_in_loop', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.stack([torch.randn(B, d, generator=generator) for _ in range(k)])
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_mean_of_log_weights', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_weights(x, z, mu, logvar, logits).mean(dim=0)'''),
    dict(name='iw_reduces_wrong_dim', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=1)'''),
    dict(name='iw_averages_over_batch', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0).mean()'''),
    dict(name='iw_sets_train_mode', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    model.train()
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_reseeds_generator', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    generator.manual_seed(0)
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_logsumexp_without_log_k', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return torch.logsumexp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_new_generator', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=torch.Generator().manual_seed(0))
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_same_noise_for_every_code', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(1, B, d, generator=generator).expand(k, B, d)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_noise_shared_across_images', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, 1, d, generator=generator).expand(k, B, d)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='kw_no_zero_case', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    return min(1.0, step / warmup_steps)'''),
    dict(name='kw_integer_division', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return min(1.0, step // warmup_steps)'''),
    dict(name='kw_no_cap', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return step / warmup_steps'''),
    dict(name='kw_off_by_one_step', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return min(1.0, (step + 1) / warmup_steps)'''),
    dict(name='kw_zero_warmup_gives_zero', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 0.0
    return min(1.0, step / warmup_steps)'''),
    dict(name='kw_divides_by_warmup_minus_one', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return min(1.0, step / (warmup_steps - 1))'''),
    dict(name='kw_returns_tensor', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return torch.clamp(torch.tensor(step / warmup_steps), max=1.0)'''),
    dict(name='kw_cosine_warmup', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return 0.5 * (1 - math.cos(math.pi * min(1.0, step / warmup_steps)))'''),
    dict(name='kw_decreasing', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return max(0.0, 1.0 - step / warmup_steps)'''),
    dict(name='kw_max_instead_of_min', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return max(1.0, step / warmup_steps)'''),
    dict(name='kw_max_guard_for_zero', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    return min(1.0, step / max(warmup_steps, 1))'''),
    dict(name='kw_rounded', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return round(min(1.0, step / warmup_steps), 2)'''),
    dict(name='fb_clamp_per_image', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.clamp(min=lam).mean(dim=0).sum()'''),
    dict(name='fb_clamp_total', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    return kl_per_unit(mu, logvar).sum().clamp(min=lam)'''),
    dict(name='fb_clamp_total_times_d', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    return kl_per_unit(mu, logvar).sum().clamp(min=lam * mu.shape[1])'''),
    dict(name='fb_sum_over_batch', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.sum(dim=0).clamp(min=lam).sum()'''),
    dict(name='fb_clamp_max', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    return kl_per_unit(mu, logvar).clamp(max=lam).sum()'''),
    dict(name='fb_straight_through', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = kl_per_unit(mu, logvar)
    return (kl + (lam - kl).clamp(min=0).detach()).sum()'''),
    dict(name='fb_no_sum', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    return kl_per_unit(mu, logvar).clamp(min=lam)'''),
    dict(name='fb_returns_float', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    return kl_per_unit(mu, logvar).clamp(min=lam).sum().item()'''),
    dict(name='fb_hinge', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    return (kl_per_unit(mu, logvar) - lam).clamp(min=0).sum()'''),
    dict(name='fb_mean_over_dims', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    return kl_per_unit(mu, logvar).clamp(min=lam).mean()'''),
    dict(name='fb_python_max', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = kl_per_unit(mu, logvar).sum()
    return max(lam, kl)'''),
    dict(name='fb_detached', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    return kl_per_unit(mu, logvar).clamp(min=lam).sum().detach()'''),
    dict(name='fb_lambda_per_dimension_split', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    d = mu.shape[1]
    return kl_per_unit(mu, logvar).clamp(min=lam / d).sum()'''),
    dict(name='fb_zeroes_small_dims', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = kl_per_unit(mu, logvar)
    return torch.where(kl > lam, kl, torch.zeros_like(kl)).sum()'''),
    dict(name='fb_soft_clamp', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = kl_per_unit(mu, logvar)
    return (lam + torch.nn.functional.softplus(kl - lam)).sum()'''),
]

ALTERNATIVES = [
    dict(name='lme_tensor_log', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    n = values.size(dim)
    return values.logsumexp(dim) - torch.log(torch.tensor(float(n), dtype=values.dtype))'''),
    dict(name='lme_stable_manual', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    largest = values.amax(dim=dim, keepdim=True)
    largest = torch.where(torch.isfinite(largest), largest, torch.zeros_like(largest))
    shifted = torch.exp(values - largest).sum(dim=dim)
    return torch.log(shifted) + largest.squeeze(dim) - math.log(values.shape[dim])'''),
    dict(name='lw_bernoulli_reconstruction_reshaped', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    k, B = z.shape[:2]
    flat_logits = logits.reshape(k * B, 1, 28, 28)
    flat_x = x.expand_as(logits).reshape(k * B, 1, 28, 28)
    log_px_z = -bernoulli_reconstruction(flat_logits, flat_x).reshape(k, B)
    log_pz = -0.5 * z.pow(2).sum(dim=2)
    log_qz = -0.5 * (((z - mu) ** 2) * torch.exp(-logvar) + logvar).sum(dim=2)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_distributions', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px_z = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").sum(dim=(2, 3, 4))
    standard = torch.distributions.Normal(0.0, 1.0)
    log_pz = standard.log_prob(z).sum(-1)
    log_qz = torch.distributions.Normal(mu, torch.exp(0.5 * logvar)).log_prob(z).sum(-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='iw_repeat_then_view', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    eps = torch.randn(k, *mu.shape, generator=generator)
    z = mu.unsqueeze(0) + (0.5 * logvar).exp().unsqueeze(0) * eps
    logits = model.decoder(z.flatten(0, 1)).view(k, len(x), *x.shape[1:])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits))'''),
    dict(name='iw_sqrt_var', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    n_images, latent = mu.shape[0], mu.shape[1]
    noise = torch.randn(k, n_images, latent, generator=generator)
    codes = mu + logvar.exp().sqrt() * noise
    decoded = model.decoder(codes.reshape(-1, latent))
    logits = decoded.reshape(k, n_images, *decoded.shape[1:])
    weights = log_weights(x, codes, mu, logvar, logits)
    return log_mean_exp(weights, dim=0)'''),
    dict(name='kw_branches', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if step >= warmup_steps:
        return 1.0
    return float(step) / float(warmup_steps)'''),
    dict(name='kw_clamp', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    fraction = 1.0 if warmup_steps <= 0 else step / warmup_steps
    return float(max(0.0, min(fraction, 1.0)))'''),
    dict(name='fb_maximum', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = (-0.5 * (1 + logvar - mu * mu - torch.exp(logvar))).mean(dim=0)
    return torch.maximum(kl, torch.full_like(kl, lam)).sum()'''),
    dict(name='fb_where', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    per_dimension = kl_per_unit(mu, logvar)
    floor = torch.tensor(lam, dtype=per_dimension.dtype)
    return torch.where(per_dimension >= floor, per_dimension, floor).sum(dim=0)'''),
]
