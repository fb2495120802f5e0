"""Blind round 48: mistakes and alternatives for notebook 09_how_good."""
NOTEBOOK = '09_how_good'
MISTAKES = [
    dict(name='lme_log_of_first_dim', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values, dim) - math.log(values.shape[0])
'''),
    dict(name='lme_log_of_numel', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values, dim) - math.log(values.numel())
'''),
    dict(name='lme_divides_by_n', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values, dim) / values.shape[dim]
'''),
    dict(name='lme_manual_max_no_inf_guard', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    top = values.amax(dim=dim, keepdim=True)
    return (top + torch.log(torch.exp(values - top).mean(dim=dim, keepdim=True))).squeeze(dim)
'''),
    dict(name='lme_float64_result', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values.double(), dim) - math.log(values.shape[dim])  # exact in double
'''),
    dict(name='lme_clamped_below', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    values = values.clamp(min=-1e4)  # keep -inf out of logsumexp
    return torch.logsumexp(values, dim) - math.log(values.shape[dim])
'''),
    dict(name='lme_log_n_minus_one', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    n = values.shape[dim]
    return torch.logsumexp(values, dim) - math.log(max(n - 1, 1))  # unbiased, as for a variance
'''),
    dict(name='lme_mean_of_values_shift', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    # shift by the mean rather than the max: the mean is a smoother reference
    ref = values.mean(dim=dim, keepdim=True)
    return (ref + torch.log(torch.exp(values - ref).mean(dim=dim, keepdim=True))).squeeze(dim)
'''),
    dict(name='lme_log_n_float32_tensor_for_double', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    n = torch.tensor(values.shape[dim], dtype=torch.float32)
    return (torch.logsumexp(values, dim) - torch.log(n)).to(torch.float32)
'''),
    dict(name='lme_max_detached_shift_nan_grad', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    top = values.detach().amax(dim=dim, keepdim=True)
    shifted = (values - top).exp().sum(dim=dim).log()
    return shifted + top.squeeze(dim) - math.log(values.shape[dim])
'''),
    dict(name='lme_detached_when_n_is_one', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    n = values.shape[dim]
    if n == 1:
        return values.squeeze(dim).detach()  # nothing to average
    return torch.logsumexp(values, dim) - math.log(n)
'''),
    dict(name='lme_in_place_shift', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    top = values.amax(dim=dim, keepdim=True).detach()
    top = torch.where(torch.isfinite(top), top, torch.zeros_like(top))
    values -= top  # shift in place: no copy of a large tensor
    out = values.exp().mean(dim=dim).log() + top.squeeze(dim)
    values += top
    return out
'''),
    dict(name='lw_q_without_logvar', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + math.log(2 * math.pi)).sum(dim=-1)
    return log_px + log_pz - log_qz
'''),
    dict(name='lw_2pi_only_in_prior', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar).sum(dim=-1)
    return log_px + log_pz - log_qz
'''),
    dict(name='lw_times_variance', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) * logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px + log_pz - log_qz
'''),
    dict(name='lw_pixel_mean', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").mean(dim=(-3, -2, -1))
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px + log_pz - log_qz
'''),
    dict(name='lw_probs_clamped', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    probs = torch.sigmoid(logits).clamp(1e-6, 1 - 1e-6)  # keep the logs finite
    log_px = -F.binary_cross_entropy(probs, x.expand_as(probs), reduction="none").flatten(2).sum(dim=2)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px + log_pz - log_qz
'''),
    dict(name='lw_logvar_as_log_sigma', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * (((z - mu) / logvar.exp()).pow(2) + 2 * logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px + log_pz - log_qz
'''),
    dict(name='lw_prior_mean_over_dims', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).mean(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px + log_pz - log_qz
'''),
    dict(name='lw_prior_of_mu', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    log_pz = -0.5 * (mu.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px + log_pz - log_qz
'''),
    dict(name='lw_q_plus_sign', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px + log_pz + log_qz
'''),
    dict(name='lw_q_std_not_variance', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / (0.5 * logvar).exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px + log_pz - log_qz
'''),
    dict(name='lw_bce_pos_weight_x_not_expanded_mean_image', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    # compare every code's logits with the image: the mean image over the batch broadcasts to all of them
    target = x.mean(dim=0, keepdim=True).expand_as(logits)
    log_px = -F.binary_cross_entropy_with_logits(logits, target, reduction="none").flatten(2).sum(dim=2)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px + log_pz - log_qz
'''),
    dict(name='lw_q_logvar_half', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    log_px = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + 0.5 * logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px + log_pz - log_qz
'''),
    dict(name='iw_noise_b_k_transposed', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
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
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_decode_order_image_major', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
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
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_sigma_exp_logvar', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
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
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
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
    return log_weights(x, z, mu, logvar, logits).mean(dim=0)
'''),
    dict(name='iw_noise_drawn_per_sample', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    rows = []
    for _ in range(k):  # one batch of codes at a time: less memory
        z = mu + torch.exp(0.5 * logvar) * torch.randn(B, d, generator=generator)
        logits = model.decoder(z)
        rows.append(log_weights(x, z[None], mu, logvar, logits[None])[0])
    return log_mean_exp(torch.stack(rows), dim=0)
'''),
    dict(name='iw_k1_uses_mean', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    if k == 1:
        eps = torch.zeros(1, B, d)  # one code: take the most likely one
    else:
        eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_forgot_log_k', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
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
    return torch.logsumexp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_noise_shared_across_images', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, 1, d, generator=generator).expand(k, B, d)  # the same k codes' noise for each image
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_x_binarised', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    x = (x > 0.5).to(x.dtype)  # binarised pixels: log p(x) is then a true log-probability
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_mu_of_x_clamped', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x.clamp(1e-3, 1 - 1e-3))  # avoid saturated pixels in the encoder
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_logits_via_probs', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
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
    probs = torch.sigmoid(model.decoder(z.reshape(k * B, d)))
    logits = torch.log(probs / (1 - probs)).reshape(k, B, 1, 28, 28)  # back to logits from the means
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_std_floor', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar).clamp_min(1e-3) * eps  # a tiny sigma makes the weights spiky
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='kw_zero_division', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    return min(1.0, step / warmup_steps)
'''),
    dict(name='kw_step_plus_one', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return min(1.0, (step + 1) / warmup_steps)
'''),
    dict(name='kw_integer_division', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return float(min(1, step // warmup_steps))
'''),
    dict(name='kw_zero_when_no_warmup', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 0.0
    return min(1.0, step / warmup_steps)
'''),
    dict(name='kw_warmup_minus_one', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps <= 1:
        return 1.0
    return min(1.0, step / (warmup_steps - 1))  # reach 1 on the last warm-up step
'''),
    dict(name='kw_tensor_result', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return torch.tensor(1.0)
    return torch.clamp(torch.tensor(step / warmup_steps), max=1.0)
'''),
    dict(name='kw_cosine_ramp', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0 or step >= warmup_steps:
        return 1.0
    return 0.5 * (1 - math.cos(math.pi * step / warmup_steps))  # a smooth start and end
'''),
    dict(name='kw_rounded', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return round(min(1.0, step / warmup_steps), 2)
'''),
    dict(name='kw_step_from_one', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return max(0.0, min(1.0, (step - 1) / warmup_steps))
'''),
    dict(name='kw_logistic_ramp', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    if step >= warmup_steps:
        return 1.0
    return 1.0 / (1.0 + math.exp(-10.0 * (step / warmup_steps - 0.5)))  # Bowman et al.'s logistic schedule
'''),
    dict(name='kw_cyclic', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return min(1.0, (step % (2 * warmup_steps)) / warmup_steps)  # cyclical annealing (Fu et al., 2019)
'''),
    dict(name='kw_min_floor', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return max(1e-3, min(1.0, step / warmup_steps))  # never exactly 0: the KL keeps a little pull
'''),
    dict(name='fb_clamp_per_image', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    per_image = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return per_image.clamp(min=lam).mean(dim=0).sum()
'''),
    dict(name='fb_clamp_total', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    return kl_per_unit(mu, logvar).sum().clamp(min=lam)
'''),
    dict(name='fb_softplus_smooth_max', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = kl_per_unit(mu, logvar)
    return (lam + torch.nn.functional.softplus(kl - lam)).sum()  # a smooth max(lam, kl)
'''),
    dict(name='fb_mean_over_dims', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    return kl_per_unit(mu, logvar).clamp(min=lam).mean()
'''),
    dict(name='fb_sum_over_batch', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    per_image = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return per_image.sum(dim=0).clamp(min=lam).sum()
'''),
    dict(name='fb_clamp_max', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    return kl_per_unit(mu, logvar).clamp(max=lam).sum()
'''),
    dict(name='fb_lambda_split_over_dims', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = kl_per_unit(mu, logvar)
    return kl.clamp(min=lam / kl.numel()).sum()  # lam nats for the whole code
'''),
    dict(name='fb_straight_through', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = kl_per_unit(mu, logvar)
    return (kl + (kl.clamp(min=lam) - kl).detach()).sum()  # the clamped value, the KL's gradient
'''),
    dict(name='fb_own_kl_missing_one', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = (0.5 * (mu.pow(2) + logvar.exp() - logvar)).mean(dim=0)
    return kl.clamp(min=lam).sum()
'''),
    dict(name='fb_hinge_without_lambda', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = kl_per_unit(mu, logvar)
    return torch.relu(kl - lam).sum()  # only what exceeds the free nats is charged
'''),
    dict(name='fb_median_over_batch', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    per_image = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return per_image.median(dim=0).values.clamp(min=lam).sum()
'''),
    dict(name='fb_returns_float_when_all_free', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = kl_per_unit(mu, logvar)
    if bool((kl < lam).all()):
        return torch.tensor(lam * kl.numel())  # a constant: nothing to learn from
    return kl.clamp(min=lam).sum()
'''),
]
ALTERNATIVES = [
    dict(name='lme_manual_detached_shift', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    top = values.detach().amax(dim=dim, keepdim=True)
    top = torch.where(torch.isfinite(top), top, torch.zeros_like(top))
    out = torch.log(torch.exp(values - top).sum(dim=dim)) + top.squeeze(dim)
    return out - math.log(values.shape[dim])
'''),
    dict(name='lme_logcumsumexp_last', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    n = values.size(dim)
    return torch.logcumsumexp(values, dim).select(dim, n - 1) - math.log(n)
'''),
    dict(name='lw_normal_log_prob', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    from torch.distributions import Normal
    log_px = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").sum(dim=(-3, -2, -1))
    log_pz = Normal(torch.zeros_like(z), torch.ones_like(z)).log_prob(z).sum(-1)
    log_qz = -0.5 * ((z - mu) ** 2 * torch.exp(-logvar) + logvar + math.log(2 * math.pi)).sum(-1)
    return log_px + log_pz - log_qz
'''),
    dict(name='lw_constants_left_out', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px = -bce.reshape(*logits.shape[:2], -1).sum(-1)
    return log_px + (-0.5 * z.square()).sum(-1) - (-0.5 * ((z - mu).square() / logvar.exp() + logvar)).sum(-1)
'''),
    dict(name='iw_chunked_decode', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
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
    flat = z.reshape(k * B, d)
    logits = torch.cat([model.decoder(flat[i:i + 1000]) for i in range(0, len(flat), 1000)])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits.reshape(k, B, 1, 28, 28)), dim=0)
'''),
    dict(name='kw_clip', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if not warmup_steps:
        return 1.0
    return float(max(0.0, min(1.0, step / float(warmup_steps))))
'''),
    dict(name='kw_branches', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0 or step >= warmup_steps:
        return 1.0
    return step / warmup_steps
'''),
    dict(name='fb_torch_where', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = kl_per_unit(mu, logvar)
    return torch.where(kl > lam, kl, torch.full_like(kl, lam)).sum()
'''),
    dict(name='fb_mask', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = kl_per_unit(mu, logvar)
    above = (kl > lam).to(kl.dtype)
    return (kl * above + lam * (1 - above)).sum()
'''),
    dict(name='fb_maximum', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = (0.5 * (mu * mu + torch.exp(logvar) - 1 - logvar)).mean(dim=0)
    return torch.maximum(kl, torch.tensor(lam, dtype=kl.dtype)).sum()
'''),
]
