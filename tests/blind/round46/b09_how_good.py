"""Blind round 46: mistakes and alternatives for notebook 09_how_good."""
NOTEBOOK = '09_how_good'
MISTAKES = [
    dict(name='lme_log_of_first_dim', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
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
    dict(name='lme_log_len', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values, dim=dim) - math.log(len(values))'''),
    dict(name='lme_float64_direct', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    # float64 reaches down to exp(-745): enough for log-weights of a few hundred nats
    return values.double().exp().mean(dim=dim).log().to(values.dtype)'''),
    dict(name='lme_log10', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values, dim=dim) - math.log10(values.shape[dim])'''),
    dict(name='lme_shift_by_mean', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    centre = values.mean(dim=dim, keepdim=True).detach()  # centre the values before exponentiating
    return (values - centre).exp().mean(dim=dim).log() + centre.squeeze(dim)'''),
    dict(name='lme_log_n_minus_one', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim) - math.log(max(n - 1, 1))  # unbiased, like Tensor.var'''),
    dict(name='lme_floor_neg_inf', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    result = torch.logsumexp(values, dim=dim) - math.log(values.shape[dim])
    return result.clamp(min=-1e4)  # an image with every weight 0 would give -inf'''),
    dict(name='lme_max_shift_no_keepdim', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    top = values.max(dim=dim).values
    return top + torch.log(torch.exp(values - top).mean(dim=dim))'''),
    dict(name='lw_sigma_not_variance', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F

    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * z.pow(2).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / torch.exp(0.5 * logvar) + logvar).sum(dim=-1)
    return log_px + log_pz - log_qz'''),
    dict(name='lw_half_logvar', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F

    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * z.pow(2).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + 0.5 * logvar).sum(dim=-1)
    return log_px + log_pz - log_qz'''),
    dict(name='lw_binarised_target', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F

    bce = F.binary_cross_entropy_with_logits(logits, (x > 0.5).float().expand_as(logits), reduction="none")
    log_px = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * z.pow(2).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar).sum(dim=-1)
    return log_px + log_pz - log_qz'''),
    dict(name='lw_prior_at_mu', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F

    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * mu.pow(2).sum(dim=-1).expand(z.shape[0], -1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar).sum(dim=-1)
    return log_px + log_pz - log_qz'''),
    dict(name='lw_analytic_kl', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F

    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px = -bce.flatten(start_dim=2).sum(dim=-1)
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp()).sum(dim=-1)  # log p(z) - log q(z|x), in expectation
    return log_px - kl'''),
    dict(name='lw_log2pi_unbalanced', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F

    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px = -bce.flatten(start_dim=2).sum(dim=-1)
    import math
    log_pz = -0.5 * (z.pow(2).sum(dim=-1) + math.log(2 * math.pi))
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px + log_pz - log_qz'''),
    dict(name='lw_std_squared_from_exp_half', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F

    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * z.pow(2).sum(dim=-1)
    log_qz = -0.5 * (((z - mu) / torch.exp(0.5 * logvar)).pow(2) + 2 * logvar).sum(dim=-1)
    return log_px + log_pz - log_qz'''),
    dict(name='lw_mu_detached', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F

    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * z.pow(2).sum(dim=-1)
    log_qz = -0.5 * ((z - mu.detach()).pow(2) / logvar.exp() + logvar).sum(dim=-1)
    return log_px + log_pz - log_qz'''),
    dict(name='lw_bce_weighted_ink', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F

    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none", pos_weight=torch.tensor(1.0 + 1e-3))
    log_px = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * z.pow(2).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar).sum(dim=-1)
    return log_px + log_pz - log_qz'''),
    dict(name='lw_clamped_logvar', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F

    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * z.pow(2).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.clamp(min=-10).exp() + logvar.clamp(min=-10)).sum(dim=-1)
    return log_px + log_pz - log_qz'''),
    dict(name='lw_logits_mean_over_k', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F

    bce = F.binary_cross_entropy_with_logits(logits.mean(dim=0, keepdim=True).expand_as(logits), x.expand_as(logits), reduction="none")
    log_px = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * z.pow(2).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar).sum(dim=-1)
    return log_px + log_pz - log_qz'''),
    dict(name='iw_k1_analytic_elbo', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    batch, d = mu.shape
    if k == 1:  # L_1 is the ELBO: use its lower-variance analytic form
        logits = model.decoder(mu + torch.exp(0.5 * logvar) * torch.randn(batch, d, generator=generator))
        bce = bernoulli_reconstruction(logits, x)
        return -(bce + (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).sum(dim=1))
    eps = torch.randn(k, batch, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * batch, d)).reshape(k, batch, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_antithetic', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    batch, d = mu.shape
    half = torch.randn((k + 1) // 2, batch, d, generator=generator)
    eps = torch.cat([half, -half])[:k]  # antithetic pairs: less variance for the same k
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * batch, d)).reshape(k, batch, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_mu_detached', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    batch, d = mu.shape
    eps = torch.randn(k, batch, d, generator=generator)
    z = mu.detach() + torch.exp(0.5 * logvar.detach()) * eps  # samples are data, not parameters
    logits = model.decoder(z.reshape(k * batch, d)).reshape(k, batch, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_eps_batch_major', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    batch, d = mu.shape
    eps = torch.randn(k, batch, d, generator=generator).transpose(0, 1).reshape(k, batch, d)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * batch, d)).reshape(k, batch, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_z_flat_wrong_order', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    batch, d = mu.shape
    eps = torch.randn(k, batch, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.transpose(0, 1).reshape(k * batch, d)).reshape(k, batch, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_eval_mode_set', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    model.eval()  # measuring, not training
    mu, logvar = model.encoder(x)
    batch, d = mu.shape
    eps = torch.randn(k, batch, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * batch, d)).reshape(k, batch, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_std_floor', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    batch, d = mu.shape
    eps = torch.randn(k, batch, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar).clamp(min=1e-3) * eps  # a collapsed unit would give a spike
    logits = model.decoder(z.reshape(k * batch, d)).reshape(k, batch, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_noise_scaled_by_batch_std', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    batch, d = mu.shape
    eps = torch.randn(k, batch, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * (eps - eps.mean(dim=0))  # centred noise: the codes average to mu
    logits = model.decoder(z.reshape(k * batch, d)).reshape(k, batch, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_log_weights_float16', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    batch, d = mu.shape
    eps = torch.randn(k, batch, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * batch, d)).reshape(k, batch, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits.half().float()), dim=0)  # halve the memory of k*B*784 logits'''),
    dict(name='kw_counted_from_one', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return min(1.0, (step + 1) / warmup_steps)'''),
    dict(name='kw_last_step_full', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return min(1.0, step / max(warmup_steps - 1, 1))  # reach 1 on the last warm-up step'''),
    dict(name='kw_integer_division', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return float(min(1, step // warmup_steps))'''),
    dict(name='kw_zero_warmup_zero', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    return min(1.0, step / warmup_steps) if warmup_steps > 0 else 0.0'''),
    dict(name='kw_cosine', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    import math
    if warmup_steps == 0 or step >= warmup_steps:
        return 1.0
    return 0.5 * (1 - math.cos(math.pi * step / warmup_steps))  # a smooth warm-up'''),
    dict(name='kw_cyclical', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return (step % warmup_steps) / warmup_steps if step < 4 * warmup_steps else 1.0  # cyclical annealing, four cycles'''),
    dict(name='kw_guard_max_one', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    return float(min(1.0, step / max(warmup_steps, 1)))'''),
    dict(name='kw_rounded', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return round(min(1.0, step / warmup_steps), 3)'''),
    dict(name='kw_float32_tensor', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return torch.clamp(torch.tensor(step / warmup_steps), max=1.0)'''),
    dict(name='kw_sigmoid', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    import math
    if warmup_steps == 0:
        return 1.0
    return min(1.0, 1 / (1 + math.exp(-10 * (step / warmup_steps - 0.5))))'''),
    dict(name='fb_softplus_smooth', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    import torch.nn.functional as F
    per_dim = kl_per_unit(mu, logvar)
    return (lam + F.softplus(per_dim - lam, beta=20)).sum()  # a smooth max(lam, KL)'''),
    dict(name='fb_excess_only', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
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
    dict(name='fb_bits_to_nats', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    import math
    return kl_per_unit(mu, logvar).clamp(min=lam * math.log(2)).sum()  # lambda free *bits*'''),
    dict(name='fb_sum_over_batch', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    per_dim = (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).sum(dim=0)
    return per_dim.clamp(min=lam).sum()'''),
    dict(name='fb_logvar_detached', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    per_dim = (-0.5 * (1 + logvar.detach() - mu.pow(2) - logvar.detach().exp())).mean(dim=0)
    return per_dim.clamp(min=lam).sum()'''),
    dict(name='fb_lambda_spread', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    per_dim = kl_per_unit(mu, logvar)
    return per_dim.clamp(min=lam / per_dim.numel()).sum()  # lambda nats for the whole code'''),
    dict(name='fb_keepdim_shape', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    return kl_per_unit(mu, logvar).clamp(min=lam).sum(dim=0, keepdim=True)'''),
    dict(name='fb_clamp_then_average_rows', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    per_image = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return per_image.clamp(min=lam).mean(dim=0).sum()'''),
    dict(name='fb_straight_through', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    per_dim = kl_per_unit(mu, logvar)
    # the value of max(lam, KL), the gradient of the KL everywhere (a straight-through clamp)
    return (per_dim + (per_dim.clamp(min=lam) - per_dim).detach()).sum()'''),
    dict(name='fb_kl_of_batch_mean', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    m, lv = mu.mean(dim=0, keepdim=True), logvar.mean(dim=0, keepdim=True)
    return kl_per_unit(m, lv).clamp(min=lam).sum()'''),
    dict(name='lme_mean_of_logs', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return values.mean(dim=dim)  # the log of a mean of weights, averaged in log space'''),
    dict(name='lw_log_q_added', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F

    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px = -bce.flatten(start_dim=2).sum(dim=-1)
    log_pz = -0.5 * z.pow(2).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar).sum(dim=-1)
    return log_px + log_pz + log_qz'''),
    dict(name='lw_bce_mean_pixels', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F

    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px = -bce.flatten(start_dim=2).mean(dim=-1)
    log_pz = -0.5 * z.pow(2).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar).sum(dim=-1)
    return log_px + log_pz - log_qz'''),
    dict(name='iw_std_exp_logvar', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    batch, d = mu.shape
    eps = torch.randn(k, batch, d, generator=generator)
    z = mu + torch.exp(logvar) * eps
    logits = model.decoder(z.reshape(k * batch, d)).reshape(k, batch, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_global_rng', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    batch, d = mu.shape
    eps = torch.randn(k, batch, d)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * batch, d)).reshape(k, batch, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='kw_never_reaches_one', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return min(1.0, step / (warmup_steps + 1))'''),
    dict(name='fb_variance_as_std', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    per_dim = (-0.5 * (1 + logvar - mu.pow(2) - torch.exp(0.5 * logvar))).mean(dim=0)
    return per_dim.clamp(min=lam).sum()'''),
]
ALTERNATIVES = [
    dict(name='lme_alt_detached_max', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    top = values.max(dim=dim, keepdim=True).values.detach()
    top = torch.where(torch.isfinite(top), top, torch.zeros_like(top))
    return (top + (values - top).exp().mean(dim=dim, keepdim=True).log()).squeeze(dim)'''),
    dict(name='lme_alt_shift_inside', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    return torch.logsumexp(values - math.log(values.size(dim)), dim=dim)'''),
    dict(name='lme_alt_logcumsumexp', grade_id='log_mean_exp', source=r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    n = values.shape[dim]
    return torch.logcumsumexp(values, dim=dim).select(dim, n - 1) - math.log(n)'''),
    dict(name='lw_alt_distributions', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F

    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px = -bce.flatten(start_dim=2).sum(dim=-1)
    normal = torch.distributions.Normal
    log_pz = normal(torch.zeros_like(z), torch.ones_like(z)).log_prob(z).sum(dim=-1)
    log_qz = normal(mu, torch.exp(0.5 * logvar)).log_prob(z).sum(dim=-1)
    return log_px + log_pz - log_qz'''),
    dict(name='lw_alt_course_bce', grade_id='log_weights', source=r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import math
    k, batch = z.shape[:2]
    log_px = -bernoulli_reconstruction(logits.reshape(k * batch, 1, 28, 28), x.repeat(k, 1, 1, 1)).reshape(k, batch)
    log_2pi = math.log(2 * math.pi)
    log_pz = (-0.5 * (z ** 2 + log_2pi)).sum(dim=2)
    log_qz = (-0.5 * ((z - mu) ** 2 * torch.exp(-logvar) + logvar + log_2pi)).sum(dim=2)
    return log_px + log_pz - log_qz'''),
    dict(name='iw_alt_loop_decode', grade_id='iw_log_likelihood', source=r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    eps = torch.randn(k, mu.shape[0], mu.shape[1], generator=generator)
    z = mu.unsqueeze(0) + (0.5 * logvar).exp().unsqueeze(0) * eps
    logits = torch.stack([model.decoder(z[i]) for i in range(k)])  # one batch of B codes per draw
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='kw_alt_clip', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if not warmup_steps:
        return 1.0
    return float(min(step, warmup_steps)) / warmup_steps'''),
    dict(name='kw_alt_branches', grade_id='kl_weight', source=r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps <= 0 or step >= warmup_steps:
        return 1.0
    return step / float(warmup_steps)'''),
    dict(name='fb_alt_relu', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    import torch.nn.functional as F
    per_dim = kl_per_unit(mu, logvar)
    return (per_dim + F.relu(lam - per_dim)).sum()  # max(lam, KL) = KL + relu(lam - KL)'''),
    dict(name='fb_alt_where', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    per_dim = kl_per_unit(mu, logvar)
    return torch.where(per_dim > lam, per_dim, torch.full_like(per_dim, lam)).sum()'''),
    dict(name='fb_alt_maximum_own_kl', grade_id='free_bits_kl', source=r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    per_dim = torch.mean(0.5 * (mu * mu + torch.exp(logvar) - 1 - logvar), dim=0)
    return torch.maximum(per_dim, per_dim.new_tensor(lam)).sum()'''),
]
