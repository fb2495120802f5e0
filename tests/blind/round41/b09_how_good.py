"""Blind round 41: mistakes and alternatives for notebook 09_how_good."""
NOTEBOOK = '09_how_good'
MISTAKES = [
    dict(name='lme_log_n_of_dim0', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values, dim=dim) - math.log(values.shape[0])'''),
    dict(name='lme_log_numel', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values, dim=dim) - math.log(values.numel())'''),
    dict(name='lme_no_log_n', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values, dim=dim)'''),
    dict(name='lme_divided_by_n', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values, dim=dim) / values.shape[dim]'''),
    dict(name='lme_naive', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return values.exp().mean(dim=dim).log()'''),
    dict(name='lme_keepdim', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values, dim=dim, keepdim=True) - math.log(values.shape[dim])'''),
    dict(name='lme_max_only', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return values.max(dim=dim).values'''),
    dict(name='lme_mean_of_values', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return values.mean(dim=dim)'''),
    dict(name='lme_log2_n', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values, dim=dim) - math.log2(values.shape[dim])'''),
    dict(name='lme_log_n_minus_one', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values, dim=dim) - math.log(max(values.shape[dim] - 1, 1))'''),
    dict(name='lme_global_shift', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    shift = values.max().detach()  # one shift for the whole tensor
    return shift + (values - shift).exp().mean(dim=dim).log()'''),
    dict(name='lme_shift_by_mean', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    shift = values.mean(dim=dim, keepdim=True)
    return (shift + (values - shift).exp().mean(dim=dim, keepdim=True).log()).squeeze(dim)'''),
    dict(name='lme_single_entry_view', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    if values.shape[dim] == 1:
        return values.squeeze(dim)
    return torch.logsumexp(values, dim=dim) - math.log(values.shape[dim])'''),
    dict(name='lme_naive_float64', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return values.double().exp().mean(dim=dim).log().to(values.dtype)'''),
    dict(name='lme_log_n_float16', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values, dim=dim) - torch.tensor(values.shape[dim], dtype=torch.float16).log().item()'''),
    dict(name='lme_float32_always', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return (torch.logsumexp(values.float(), dim=dim) - math.log(values.shape[dim]))'''),
    dict(name='lw_bce_sign', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    log_px_z = torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_log2pi_in_prior_only', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    log_px_z = -torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar)).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_std_in_denominator', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    log_px_z = -torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / (0.5 * logvar).exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_no_logvar_term', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    log_px_z = -torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_mean_over_pixels', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    log_px_z = -torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(start_dim=2).mean(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_mean_over_latents', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    log_px_z = -torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).mean(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).mean(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_variance_multiplies', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    log_px_z = -torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) * logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_sign_of_weights', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    log_px_z = -torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_qz - log_pz - log_px_z'''),
    dict(name='lw_prior_at_mu', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    log_px_z = -torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (mu.pow(2) + math.log(2 * math.pi))).sum(dim=-1).expand(z.shape[0], -1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_binarised_target', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    log_px_z = -torch.nn.functional.binary_cross_entropy_with_logits(logits, (x > 0.5).float().expand_as(logits), reduction="none").flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_first_code_decoded_for_all', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    log_px_z = -torch.nn.functional.binary_cross_entropy_with_logits(logits[:1].expand_as(logits), x.expand_as(logits), reduction="none").flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_log_sigma_without_half', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    log_px_z = -torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-(0.5 * (z - mu).pow(2) / logvar.exp() + logvar + 0.5 * math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_transposed_result', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    log_px_z = -torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return (log_px_z + log_pz - log_qz).T'''),
    dict(name='lw_repeat_interleave_targets', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    k, B = z.shape[0], z.shape[1]
    flat_logits = logits.reshape(k * B, 1, 28, 28)
    targets = x.repeat_interleave(k, dim=0)  # one copy of x per code
    log_px_z = -bernoulli_reconstruction(flat_logits, targets).reshape(k, B)
    log_pz = (-0.5 * z.pow(2)).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar)).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_normal_scale_is_variance', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    log_px_z = -torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(start_dim=2).sum(dim=2)
    log_pz = torch.distributions.Normal(0.0, 1.0).log_prob(z).sum(dim=-1)
    log_qz = torch.distributions.Normal(mu, logvar.exp()).log_prob(z).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_q_at_mu', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    log_px_z = -torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * (logvar + math.log(2 * math.pi))).sum(dim=-1).expand(z.shape[0], -1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_logits_through_logsigmoid_probs', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    log_px_z = (x * torch.log(torch.sigmoid(logits) + 1e-6) + (1 - x) * torch.log(1 - torch.sigmoid(logits) + 1e-6)).flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_prior_variance_two', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    log_px_z = -torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) / 2 + math.log(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='lw_pixels_first_784_only', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    log_px_z = -torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(start_dim=2)[..., :700].sum(dim=2)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='iw_noise_b_k_d', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
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
    dict(name='iw_global_rng', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
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
    dict(name='iw_sigma_is_variance', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
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
    dict(name='iw_codes_at_mean', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu.expand(k, B, d) + 0 * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_mean_of_log_weights', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
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
    dict(name='iw_logsumexp_without_log_k', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
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
    dict(name='iw_decode_scrambled_order', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
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
    logits = model.decoder(z.transpose(0, 1).reshape(B * k, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_naive_mean_of_weights', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
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
    return log_weights(x, z, mu, logvar, logits).exp().mean(dim=0).log()'''),
    dict(name='iw_reseeds_generator', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    generator.manual_seed(0)  # reproducible
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_k_one_analytic_elbo', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    if k == 1:  # L_1 is the ELBO: use the analytic KL, less noisy
        eps = torch.randn(1, B, d, generator=generator)
        z = mu + torch.exp(0.5 * logvar) * eps[0]
        logits = model.decoder(z)
        reconstruction = bernoulli_reconstruction(logits, x)
        kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp()).sum(dim=1)
        return -(reconstruction + kl)
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_encoder_without_grad', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    with torch.no_grad():
        mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_batch_mean', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
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
    dict(name='iw_reduce_wrong_dim', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
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
    dict(name='iw_noise_scaled_by_k', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps / math.sqrt(k)
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_codes_detached', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = (mu + torch.exp(0.5 * logvar) * eps).detach()
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_encoder_on_flattened', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x.reshape(len(x), -1))
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_antithetic_half', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    half = torch.randn((k + 1) // 2, B, d, generator=generator)
    eps = torch.cat([half, -half])[:k]
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_model_eval_called', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    model.eval()
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_logits_clamped', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
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
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28).clamp(-20, 20)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='kw_step_plus_one', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return min(1.0, (step + 1) / warmup_steps)'''),
    dict(name='kw_warmup_minus_one', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return min(1.0, step / max(1, warmup_steps - 1))'''),
    dict(name='kw_integer_division', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return float(min(1, step // warmup_steps))'''),
    dict(name='kw_no_cap', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return step / warmup_steps'''),
    dict(name='kw_zero_warmup_zero', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 0.0
    return min(1.0, step / warmup_steps)'''),
    dict(name='kw_cosine_ramp', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    t = min(1.0, step / warmup_steps)
    return 0.5 * (1 - math.cos(math.pi * t))'''),
    dict(name='kw_quadratic', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return min(1.0, step / warmup_steps) ** 2'''),
    dict(name='kw_cyclical', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return (step % warmup_steps) / warmup_steps if step % (2 * warmup_steps) < warmup_steps else 1.0'''),
    dict(name='kw_warmup_plus_one', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    return min(1.0, step / (warmup_steps + 1))'''),
    dict(name='kw_returns_tensor', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return torch.tensor(1.0)
    return torch.clamp(torch.tensor(step / warmup_steps), max=1.0)'''),
    dict(name='kw_zero_division', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    return min(1.0, step / warmup_steps)'''),
    dict(name='kw_decreasing', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return max(0.0, 1.0 - step / warmup_steps)'''),
    dict(name='kw_floor_1e3', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return max(1e-3, min(1.0, step / warmup_steps))'''),
    dict(name='kw_rounded', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return round(min(1.0, step / warmup_steps), 2)'''),
    dict(name='kw_zero_warmup_only_after_zero', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0 and step > 0:
        return 1.0
    if warmup_steps == 0:
        return 0.0
    return min(1.0, step / warmup_steps)'''),
    dict(name='kw_stepwise_tenths', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return min(1.0, math.floor(10 * step / warmup_steps) / 10)'''),
    dict(name='kw_sigmoid', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    if step >= warmup_steps:
        return 1.0
    return 1 / (1 + math.exp(-12 * (step / warmup_steps - 0.5)))'''),
    dict(name='fb_clamp_per_image', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    per_image = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return per_image.clamp(min=lam).mean(dim=0).sum()'''),
    dict(name='fb_clamp_total', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    return kl_per_unit(mu, logvar).sum().clamp(min=lam)'''),
    dict(name='fb_clamp_max', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    return kl_per_unit(mu, logvar).clamp(max=lam).sum()'''),
    dict(name='fb_sum_over_batch', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    per_image = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return per_image.sum(dim=0).clamp(min=lam).sum()'''),
    dict(name='fb_softplus_max', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = kl_per_unit(mu, logvar)
    return (lam + torch.nn.functional.softplus(kl - lam, beta=20)).sum()'''),
    dict(name='fb_hinge_without_lam', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    return (kl_per_unit(mu, logvar) - lam).clamp(min=0).sum()'''),
    dict(name='fb_mean_over_dims', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    return kl_per_unit(mu, logvar).clamp(min=lam).mean()'''),
    dict(name='fb_unsummed', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    return kl_per_unit(mu, logvar).clamp(min=lam)'''),
    dict(name='fb_straight_through', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = kl_per_unit(mu, logvar)
    return (kl + (kl.clamp(min=lam) - kl).detach()).sum()'''),
    dict(name='fb_lambda_bits_to_nats', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    return kl_per_unit(mu, logvar).clamp(min=lam * math.log(2)).sum()  # lam free bits, in nats'''),
    dict(name='fb_mu_detached', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    return kl_per_unit(mu.detach(), logvar).clamp(min=lam).sum()'''),
    dict(name='fb_group_floor', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = kl_per_unit(mu, logvar)
    return kl.mean().clamp(min=lam) * kl.shape[0]'''),
    dict(name='fb_python_float', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    return kl_per_unit(mu, logvar).clamp(min=lam).sum().item()'''),
    dict(name='fb_keepdim', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    return kl_per_unit(mu, logvar).clamp(min=lam).sum(dim=0, keepdim=True)'''),
    dict(name='fb_below_dropped', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = kl_per_unit(mu, logvar)
    return kl[kl > lam].sum()'''),
    dict(name='fb_lam_per_image_total', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    per_image = (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).sum(dim=1)
    return per_image.clamp(min=lam * mu.shape[1]).mean()'''),
    dict(name='fb_median_over_batch', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    per_image = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return per_image.median(dim=0).values.clamp(min=lam).sum()'''),
]
ALTERNATIVES = [
    dict(name='lme_tensor_log', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    n = values.shape[dim]
    return torch.logsumexp(values, dim) - torch.log(torch.tensor(float(n))).to(values.dtype)'''),
    dict(name='lme_logcumsumexp', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logcumsumexp(values, dim=dim).select(dim, -1) - math.log(values.size(dim))'''),
    dict(name='lw_distributions_normal', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    log_px_z = -torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").sum(dim=(-3, -2, -1))
    prior = torch.distributions.Normal(torch.zeros_like(z), torch.ones_like(z))
    posterior = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))
    return log_px_z + prior.log_prob(z).sum(dim=-1) - posterior.log_prob(z).sum(dim=-1)'''),
    dict(name='lw_repeat_and_no_constants', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    k, B = z.shape[:2]
    log_px_z = -bernoulli_reconstruction(logits.reshape(k * B, 1, 28, 28), x.repeat(k, 1, 1, 1)).reshape(k, B)
    log_pz = -0.5 * (z * z).sum(dim=-1)
    log_qz = -0.5 * (((z - mu) * torch.exp(-0.5 * logvar)).pow(2) + logvar).sum(dim=-1)
    return log_px_z + log_pz - log_qz'''),
    dict(name='iw_loop_over_codes', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = torch.addcmul(mu, torch.exp(0.5 * logvar), eps)
    logits = torch.stack([model.decoder(z[i]) for i in range(k)])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_flatten_unflatten', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
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
    logits = model.decoder(z.flatten(0, 1)).unflatten(0, (k, B))
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='kw_min_of_step', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    return 1.0 if warmup_steps == 0 else min(step, warmup_steps) / warmup_steps'''),
    dict(name='kw_lru_cache', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    import functools

    @functools.lru_cache(maxsize=None)
    def ramp(step, warmup_steps):
        return 1.0 if warmup_steps <= 0 else float(min(1.0, step / warmup_steps))

    return ramp(step, warmup_steps)'''),
    dict(name='fb_maximum_full_like', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = kl_per_unit(mu, logvar)
    return torch.maximum(kl, torch.full_like(kl, lam)).sum()'''),
    dict(name='fb_where_constant', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = (0.5 * (mu.pow(2) + logvar.exp() - 1 - logvar)).mean(dim=0)
    return torch.where(kl < lam, torch.full_like(kl, lam), kl).sum()'''),
    dict(name='fb_relu_plus_lambda', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = kl_per_unit(mu, logvar)
    return torch.relu(kl - lam).sum() + lam * kl.shape[0]'''),
    dict(name='iw_std_via_mul_exp', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    std = logvar.mul(0.5).exp()
    z = eps * std + mu
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
]
