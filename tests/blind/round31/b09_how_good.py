"""Blind round 31: mistakes and alternatives for notebook 09_how_good."""
NOTEBOOK = '09_how_good'
MISTAKES = [
    dict(name='lme_naive_exp', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.log(torch.exp(values).mean(dim=dim))
'''),
    dict(name='lme_dim_ignored', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values, dim=0) - math.log(values.shape[0])
'''),
    dict(name='lme_len_of_first_dim', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values, dim=dim) - math.log(len(values))
'''),
    dict(name='lme_log_numel', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values, dim=dim) - math.log(values.numel())
'''),
    dict(name='lme_divide_by_n', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values, dim=dim) / values.shape[dim]  # the mean
'''),
    dict(name='lme_mean_of_logs', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    # log of a mean of exponentials, computed in the log domain
    return values.mean(dim=dim)
'''),
    dict(name='lme_keepdim', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values, dim=dim, keepdim=True) - math.log(values.shape[dim])
'''),
    dict(name='lme_shift_by_mean', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    shift = values.mean(dim=dim, keepdim=True)  # bring the values near 0 before exponentiating
    return (shift + torch.log(torch.exp(values - shift).mean(dim=dim, keepdim=True))).squeeze(dim)
'''),
    dict(name='lme_clamp_below', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    values = values.clamp(min=-80.0)  # exp(-80) is still a float32 number
    return torch.logsumexp(values, dim=dim) - math.log(values.shape[dim])
'''),
    dict(name='lme_float64_result', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values.double(), dim=dim) - math.log(values.shape[dim])  # exact in double
'''),
    dict(name='lme_shift_in_place', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    peak = values.max(dim=dim, keepdim=True).values
    values -= peak
    return (peak + torch.log(values.exp().mean(dim=dim, keepdim=True))).squeeze(dim)
'''),
    dict(name='lme_squeeze_result', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return (torch.logsumexp(values, dim=dim) - math.log(values.shape[dim])).squeeze()
'''),
    dict(name='lw_plus_cross_entropy', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    bce = torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_2pi_in_q_only', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    bce = torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = (-0.5 * z.pow(2)).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_logvar_as_log_sigma', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    bce = torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = -((z - mu).pow(2) / (2 * logvar.exp()) + logvar + 0.5 * math.log(2 * math.pi)).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_divide_by_std', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    bce = torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / torch.exp(0.5 * logvar) + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_prior_at_mean', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    bce = torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = (-0.5 * (mu.pow(2) + math.log(2 * math.pi))).sum(dim=-1)  # the prior density of the code
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_latent_mean', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    bce = torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).mean(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).mean(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_pixel_mean', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    bce = torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).mean(dim=-1)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_analytic_kl', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    bce = torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    # log p(z) - log q(z|x) in expectation is minus the KL, which has a closed form
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp()).sum(dim=-1)
    return log_px_z - kl
'''),
    dict(name='lw_prior_without_half', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    bce = torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = (-z.pow(2) / 2 - math.log(2 * math.pi)).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_plus_log_q', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    bce = torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz + log_qz
'''),
    dict(name='lw_float32_buffer', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    k, B = z.shape[:2]
    weights = torch.zeros(k, B)
    for i in range(k):  # one code per image at a time
        bce = torch.nn.functional.binary_cross_entropy_with_logits(logits[i], x, reduction="none")
        log_px_z = -bce.flatten(start_dim=1).sum(dim=1)
        log_pz = (-0.5 * (z[i].pow(2) + math.log(2 * math.pi))).sum(dim=1)
        log_qz = (-0.5 * ((z[i] - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=1)
        weights[i] = log_px_z + log_pz - log_qz
    return weights
'''),
    dict(name='lw_normal_scale_variance', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    bce = torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    prior = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))
    posterior = torch.distributions.Normal(mu, logvar.exp())
    return log_px_z + prior.log_prob(z).sum(dim=-1) - posterior.log_prob(z).sum(dim=-1)
'''),
    dict(name='lw_log_sigmoid_unstable', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    p = torch.sigmoid(logits)
    log_px_z = (x * torch.log(p) + (1 - x) * torch.log(1 - p)).flatten(start_dim=2).sum(dim=-1)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_q_at_mean', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    bce = torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * (logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_detached_q', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    bce = torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_z = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_z + log_pz - log_qz.detach()  # q only weighs the samples
'''),
    dict(name='iw_noise_per_code', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
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
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_noise_batch_first', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
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
    dict(name='iw_variance_as_std', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
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
    dict(name='iw_logits_of_forward', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    logits, mu, logvar = model(x)  # the decoded images of x
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = logits.expand(k, *logits.shape)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_decode_image_major', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
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
    return log_weights(x, z, mu, logvar, logits).mean(dim=0)  # average over the k codes
'''),
    dict(name='iw_average_over_images', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
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
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=1)
'''),
    dict(name='iw_global_noise', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
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
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_switches_to_eval', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    model.eval()  # a measurement
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_elbo_when_k_is_one', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
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
    if k == 1:  # L_1 is the ELBO: use its analytic KL
        bce = torch.nn.functional.binary_cross_entropy_with_logits(logits[0], x, reduction="none").flatten(1).sum(1)
        kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp()).sum(dim=1)
        return -(bce + kl)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
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
    return torch.logsumexp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_noise_in_model_dtype', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator, dtype=mu.dtype)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_reseeds_generator', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    generator.manual_seed(0)  # the same codes every time
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_probabilities_as_logits', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
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
    logits = torch.sigmoid(model.decoder(z.reshape(k * B, d))).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='iw_codes_per_image_loop', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    estimates = []
    for b in range(B):  # one image at a time: k codes of image b
        eps = torch.randn(k, 1, d, generator=generator)
        z = mu[b:b + 1] + torch.exp(0.5 * logvar[b:b + 1]) * eps
        logits = model.decoder(z.reshape(k, d)).reshape(k, 1, 1, 28, 28)
        estimates.append(log_mean_exp(log_weights(x[b:b + 1], z, mu[b:b + 1], logvar[b:b + 1], logits), dim=0))
    return torch.cat(estimates)
'''),
    dict(name='iw_clamped_logvar', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    logvar = logvar.clamp(min=-8.0)  # keep the weights finite
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name='kw_no_cap', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return step / warmup_steps
'''),
    dict(name='kw_steps_from_one', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
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
    dict(name='kw_guard_by_max', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    return min(1.0, step / max(warmup_steps, 1))  # no division by zero
'''),
    dict(name='kw_tensor_weight', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return torch.clamp(torch.tensor(step / warmup_steps), max=1.0)
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
    dict(name='kw_cosine', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0 or step >= warmup_steps:
        return 1.0
    return 0.5 * (1 - math.cos(math.pi * step / warmup_steps))  # a smooth warm-up
'''),
    dict(name='kw_last_step_reaches_one', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return min(1.0, step / max(warmup_steps - 1, 1))  # steps 0 .. warmup_steps - 1 make the warm-up
'''),
    dict(name='kw_cyclical', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return (step % warmup_steps) / warmup_steps  # restart the warm-up every warmup_steps steps
'''),
    dict(name='kw_logistic', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return min(1.0, 1 / (1 + math.exp(-10 * (step / warmup_steps - 0.5))))  # Bowman et al.'s logistic schedule
'''),
    dict(name='kw_staircase', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return min(1.0, math.floor(10 * step / warmup_steps) / 10)  # raise the weight by 0.1 every tenth of the warm-up
'''),
    dict(name='fb_clamp_each_image', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())  # (B, d)
    return kl.clamp(min=lam).mean(dim=0).sum()
'''),
    dict(name='fb_clamp_total', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    return kl_per_unit(mu, logvar).sum().clamp(min=lam)
'''),
    dict(name='fb_clamp_per_image_total', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())  # (B, d)
    return kl.sum(dim=1).clamp(min=lam).mean()
'''),
    dict(name='fb_straight_through', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = kl_per_unit(mu, logvar)
    return (kl + (lam - kl).clamp(min=0).detach()).sum()  # the value of max(lam, kl)
'''),
    dict(name='fb_softplus', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = kl_per_unit(mu, logvar)
    return (lam + torch.nn.functional.softplus(kl - lam)).sum()  # a smooth max(lam, kl)
'''),
    dict(name='fb_mean_over_dimensions', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    return kl_per_unit(mu, logvar).clamp(min=lam).mean()
'''),
    dict(name='fb_python_loop', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    per_dimension = kl_per_unit(mu, logvar)
    return torch.tensor(sum(max(lam, value) for value in per_dimension.tolist()))
'''),
    dict(name='fb_lambda_in_bits', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    return kl_per_unit(mu, logvar).clamp(min=lam * math.log(2)).sum()  # free *bits*: lam bits in nats
'''),
    dict(name='fb_batch_sum', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())  # (B, d)
    return kl.sum(dim=0).clamp(min=lam).sum()
'''),
    dict(name='fb_clamp_max', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    return kl_per_unit(mu, logvar).clamp(max=lam).sum()
'''),
    dict(name='fb_logvar_as_log_sigma', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = -0.5 * (1 + 2 * logvar - mu.pow(2) - torch.exp(2 * logvar))
    return kl.mean(dim=0).clamp(min=lam).sum()
'''),
    dict(name='fb_hinge', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    return (kl_per_unit(mu, logvar) - lam).clamp(min=0).sum()  # only the nats above lam count
'''),
    dict(name='fb_median_over_batch', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())  # (B, d)
    return kl.median(dim=0).values.clamp(min=lam).sum()
'''),
]
ALTERNATIVES = [
    dict(name='lme_alt_shift_inside', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values - math.log(values.size(dim)), dim)
'''),
    dict(name='lme_alt_special', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    n = values.shape[dim]
    return torch.special.logsumexp(values, dim) - torch.log(torch.tensor(float(n), dtype=torch.float64)).item()
'''),
    dict(name='lw_alt_distributions', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    likelihood = torch.distributions.Bernoulli(logits=logits, validate_args=False)
    log_px_z = likelihood.log_prob(x.expand_as(logits)).sum(dim=(-3, -2, -1))
    prior = torch.distributions.Normal(torch.zeros_like(z), torch.ones_like(z))
    posterior = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))
    return log_px_z + prior.log_prob(z).sum(-1) - posterior.log_prob(z).sum(-1)
'''),
    dict(name='lw_alt_logsigmoid_no_constants', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    logsigmoid = torch.nn.functional.logsigmoid
    log_px_z = (x * logsigmoid(logits) + (1 - x) * logsigmoid(-logits)).sum(dim=(2, 3, 4))
    log_pz = -0.5 * (z ** 2).sum(dim=2)
    log_qz = -0.5 * (((z - mu) ** 2) * torch.exp(-logvar) + logvar).sum(dim=2)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_alt_course_reconstruction', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    k, B = logits.shape[:2]
    reconstruction = bernoulli_reconstruction(logits.reshape(k * B, *logits.shape[2:]),
                                              x.expand_as(logits).reshape(k * B, *x.shape[1:])).reshape(k, B)
    standardised = (z - mu) * torch.exp(-0.5 * logvar)
    return -reconstruction - 0.5 * (z.pow(2) - standardised.pow(2) - logvar).sum(dim=-1)
'''),
    dict(name='iw_alt_repeat_images', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    B = len(x)
    mu, logvar = model.encoder(x.repeat(k, 1, 1, 1))  # k copies of the batch, code i of image b at row i * B + b
    d = mu.shape[1]
    eps = torch.randn(k, B, d, generator=generator).reshape(k * B, d)
    z = mu + logvar.mul(0.5).exp() * eps
    logits = model.decoder(z).view(k, B, 1, 28, 28)
    weights = log_weights(x, z.view(k, B, d), mu[:B], logvar[:B], logits)
    return log_mean_exp(weights, dim=0)
'''),
    dict(name='iw_alt_distribution_rsample_free', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    eps = torch.randn(k, mu.shape[0], mu.shape[1], generator=generator)
    std = torch.sqrt(torch.exp(logvar))
    z = torch.addcmul(mu.expand_as(eps), std.expand_as(eps), eps)
    flat = z.flatten(0, 1)
    logits = model.decoder(flat).unflatten(0, (k, mu.shape[0]))
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), 0)
'''),
    dict(name='kw_alt_branch', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if step >= warmup_steps:
        return 1.0
    return step / warmup_steps
'''),
    dict(name='kw_alt_clamped', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    return float(min(step, warmup_steps) / warmup_steps) if warmup_steps > 0 else 1.0
'''),
    dict(name='fb_alt_where', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = kl_per_unit(mu, logvar)
    return torch.where(kl > lam, kl, torch.full_like(kl, lam)).sum()
'''),
    dict(name='fb_alt_relu', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = (0.5 * (mu.pow(2) + logvar.exp() - 1 - logvar)).mean(dim=0)
    return (torch.relu(kl - lam) + lam).sum()
'''),
    dict(name='fb_alt_maximum', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = kl_per_unit(mu, logvar)
    return torch.maximum(kl, torch.tensor(lam, dtype=kl.dtype)).sum()
'''),
]
