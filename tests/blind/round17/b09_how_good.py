"""Blind round 17: mistakes and alternatives for notebook 09_how_good."""

NOTEBOOK = '09_how_good'

MISTAKES = [
    dict(name='lme_exp_then_log_underflows', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    # YOUR CODE HERE
    return torch.log(torch.exp(values).mean(dim=dim))'''),
    dict(name='lme_count_of_first_dimension', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    # YOUR CODE HERE
    n = len(values)
    return torch.logsumexp(values, dim=dim) - math.log(n)'''),
    dict(name='lme_count_of_last_dimension', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    # YOUR CODE HERE
    n = values.shape[-1]
    return torch.logsumexp(values, dim=dim) - math.log(n)'''),
    dict(name='lme_count_of_all_entries', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    # YOUR CODE HERE
    n = values.numel()
    return torch.logsumexp(values, dim=dim) - math.log(n)'''),
    dict(name='lme_divides_instead_of_subtracting_log', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    # YOUR CODE HERE
    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim) / n'''),
    dict(name='lme_keeps_dimension', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    # YOUR CODE HERE
    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim, keepdim=True) - math.log(n)'''),
    dict(name='lme_default_dim_last', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=-1):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    # YOUR CODE HERE
    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim) - math.log(n)'''),
    dict(name='lme_mean_of_logs', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    # YOUR CODE HERE
    return values.mean(dim=dim)'''),
    dict(name='lme_shift_by_global_maximum', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    # YOUR CODE HERE
    shift = values.max()
    return shift + torch.log(torch.exp(values - shift).mean(dim=dim))'''),
    dict(name='lme_shifts_argument_in_place', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    # YOUR CODE HERE
    shift = values.max(dim=dim, keepdim=True).values
    values -= shift
    return (torch.log(torch.exp(values).mean(dim=dim, keepdim=True)) + shift).squeeze(dim)'''),
    dict(name='lme_log_k_forgotten', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    # YOUR CODE HERE
    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim)'''),
    dict(name='lme_log_n_as_float64_tensor', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    # YOUR CODE HERE
    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim) - torch.log(torch.tensor(n, dtype=torch.float64))'''),
    dict(name='lw_reconstruction_sign', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    # YOUR CODE HERE
    k, B = z.shape[0], z.shape[1]
    cross_entropy = bernoulli_reconstruction(logits.reshape(k * B, *logits.shape[2:]),
                                             x.expand_as(logits).reshape(k * B, *x.shape[1:]))
    log_px_given_z = cross_entropy.reshape(k, B)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_given_z + log_pz - log_qz'''),
    dict(name='lw_constant_in_prior_only', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    # YOUR CODE HERE
    k, B = z.shape[0], z.shape[1]
    cross_entropy = bernoulli_reconstruction(logits.reshape(k * B, *logits.shape[2:]),
                                             x.expand_as(logits).reshape(k * B, *x.shape[1:]))
    log_px_given_z = -cross_entropy.reshape(k, B)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar)).sum(dim=-1)
    return log_px_given_z + log_pz - log_qz'''),
    dict(name='lw_std_in_denominator', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    # YOUR CODE HERE
    k, B = z.shape[0], z.shape[1]
    cross_entropy = bernoulli_reconstruction(logits.reshape(k * B, *logits.shape[2:]),
                                             x.expand_as(logits).reshape(k * B, *x.shape[1:]))
    log_px_given_z = -cross_entropy.reshape(k, B)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / torch.exp(0.5 * logvar) + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_given_z + log_pz - log_qz'''),
    dict(name='lw_log_variance_term_missing', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    # YOUR CODE HERE
    k, B = z.shape[0], z.shape[1]
    cross_entropy = bernoulli_reconstruction(logits.reshape(k * B, *logits.shape[2:]),
                                             x.expand_as(logits).reshape(k * B, *x.shape[1:]))
    log_px_given_z = -cross_entropy.reshape(k, B)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_given_z + log_pz - log_qz'''),
    dict(name='lw_log_variance_not_halved', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    # YOUR CODE HERE
    k, B = z.shape[0], z.shape[1]
    cross_entropy = bernoulli_reconstruction(logits.reshape(k * B, *logits.shape[2:]),
                                             x.expand_as(logits).reshape(k * B, *x.shape[1:]))
    log_px_given_z = -cross_entropy.reshape(k, B)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + math.log(2 * math.pi)) - logvar).sum(dim=-1)
    return log_px_given_z + log_pz - log_qz'''),
    dict(name='lw_mean_over_latent_dimensions', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    # YOUR CODE HERE
    k, B = z.shape[0], z.shape[1]
    cross_entropy = bernoulli_reconstruction(logits.reshape(k * B, *logits.shape[2:]),
                                             x.expand_as(logits).reshape(k * B, *x.shape[1:]))
    log_px_given_z = -cross_entropy.reshape(k, B)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).mean(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).mean(dim=-1)
    return log_px_given_z + log_pz - log_qz'''),
    dict(name='lw_cross_entropy_averaged_over_pixels', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    # YOUR CODE HERE
    import torch.nn.functional as F

    cross_entropy = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").mean(dim=(-3, -2, -1))
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return -cross_entropy + log_pz - log_qz'''),
    dict(name='lw_prior_and_posterior_swapped', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    # YOUR CODE HERE
    k, B = z.shape[0], z.shape[1]
    cross_entropy = bernoulli_reconstruction(logits.reshape(k * B, *logits.shape[2:]),
                                             x.expand_as(logits).reshape(k * B, *x.shape[1:]))
    log_px_given_z = -cross_entropy.reshape(k, B)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_given_z + log_qz - log_pz'''),
    dict(name='lw_analytic_kl_instead_of_densities', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    # YOUR CODE HERE
    k, B = z.shape[0], z.shape[1]
    cross_entropy = bernoulli_reconstruction(logits.reshape(k * B, *logits.shape[2:]),
                                             x.expand_as(logits).reshape(k * B, *x.shape[1:]))
    kl = (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).sum(dim=-1)  # the KL of each image, (B,)
    return -cross_entropy.reshape(k, B) - kl'''),
    dict(name='lw_prior_evaluated_at_mean', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    # YOUR CODE HERE
    k, B = z.shape[0], z.shape[1]
    cross_entropy = bernoulli_reconstruction(logits.reshape(k * B, *logits.shape[2:]),
                                             x.expand_as(logits).reshape(k * B, *x.shape[1:]))
    log_px_given_z = -cross_entropy.reshape(k, B)
    log_pz = (-0.5 * (mu.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_given_z + log_pz - log_qz'''),
    dict(name='lw_variance_multiplies', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    # YOUR CODE HERE
    k, B = z.shape[0], z.shape[1]
    cross_entropy = bernoulli_reconstruction(logits.reshape(k * B, *logits.shape[2:]),
                                             x.expand_as(logits).reshape(k * B, *x.shape[1:]))
    log_px_given_z = -cross_entropy.reshape(k, B)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) * logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_given_z + log_pz - log_qz'''),
    dict(name='lw_log_of_sigmoid_unstable', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    # YOUR CODE HERE
    p = torch.sigmoid(logits)
    target = x.expand_as(logits)
    log_px_given_z = (target * torch.log(p) + (1 - target) * torch.log(1 - p)).sum(dim=(-3, -2, -1))
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_given_z + log_pz - log_qz'''),
    dict(name='lw_cross_entropy_of_probabilities', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    # YOUR CODE HERE
    import torch.nn.functional as F

    target = x.expand_as(logits)
    cross_entropy = F.binary_cross_entropy(torch.sigmoid(logits), target, reduction="none").sum(dim=(-3, -2, -1))
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return -cross_entropy + log_pz - log_qz'''),
    dict(name='lw_mean_unsqueezed_on_wrong_axis', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    # YOUR CODE HERE
    k, B = z.shape[0], z.shape[1]
    cross_entropy = bernoulli_reconstruction(logits.reshape(k * B, *logits.shape[2:]),
                                             x.expand_as(logits).reshape(k * B, *x.shape[1:]))
    log_px_given_z = -cross_entropy.reshape(k, B)
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu.unsqueeze(1)).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_given_z + log_pz - log_qz'''),
    dict(name='lw_reconstruction_sums_the_batch', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    # YOUR CODE HERE
    log_px_given_z = -bernoulli_reconstruction(logits, x.expand_as(logits))
    log_pz = (-0.5 * (z.pow(2) + math.log(2 * math.pi))).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=-1)
    return log_px_given_z[:, None] + log_pz - log_qz'''),
    dict(name='iw_noise_from_global_generator', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    # YOUR CODE HERE
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, *x.shape[1:])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_noise_drawn_image_major', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    # YOUR CODE HERE
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(B, k, d, generator=generator).transpose(0, 1)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, *x.shape[1:])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_noise_drawn_one_call_per_sample', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    # YOUR CODE HERE
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.stack([torch.randn(B, d, generator=generator) for _ in range(k)])
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, *x.shape[1:])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_sigma_is_variance', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    # YOUR CODE HERE
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, *x.shape[1:])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_noise_forgotten', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    # YOUR CODE HERE
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) + 0 * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, *x.shape[1:])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_logits_of_model_forward', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    # YOUR CODE HERE
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model(x)[0].expand(k, *x.shape)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_logits_unflattened_image_major', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    # YOUR CODE HERE
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(B, k, *x.shape[1:]).transpose(0, 1)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_codes_flattened_image_major', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    # YOUR CODE HERE
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.transpose(0, 1).reshape(k * B, d)).reshape(k, B, *x.shape[1:])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_averaged_over_images', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    # YOUR CODE HERE
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, *x.shape[1:])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=1)'''),
    dict(name='iw_mean_of_log_weights', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    # YOUR CODE HERE
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, *x.shape[1:])
    return log_weights(x, z, mu, logvar, logits).mean(dim=0)'''),
    dict(name='iw_logsumexp_without_log_k', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    # YOUR CODE HERE
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, *x.shape[1:])
    return torch.logsumexp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_resets_the_generator', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    # YOUR CODE HERE
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    generator.manual_seed(generator.initial_seed())  # reproducible
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, *x.shape[1:])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='iw_draws_from_a_copy_of_the_generator', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    # YOUR CODE HERE
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    local = torch.Generator().manual_seed(generator.initial_seed())
    eps = torch.randn(k, B, d, generator=local)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, *x.shape[1:])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''),
    dict(name='kw_integer_division', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    # YOUR CODE HERE
    if warmup_steps == 0:
        return 1.0
    return min(1.0, step // warmup_steps)'''),
    dict(name='kw_zero_warmup_divides_by_zero', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    # YOUR CODE HERE
    return min(1.0, step / warmup_steps)'''),
    dict(name='kw_counts_steps_from_one', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    # YOUR CODE HERE
    if warmup_steps == 0:
        return 1.0
    return min(1.0, (step + 1) / warmup_steps)'''),
    dict(name='kw_not_capped_at_one', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    # YOUR CODE HERE
    if warmup_steps == 0:
        return 1.0
    return step / warmup_steps'''),
    dict(name='kw_reaches_one_a_step_early', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    # YOUR CODE HERE
    if warmup_steps == 0:
        return 1.0
    return min(1.0, step / max(warmup_steps - 1, 1))'''),
    dict(name='kw_zero_without_warmup', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    # YOUR CODE HERE
    if warmup_steps == 0:
        return 0.0
    return min(1.0, step / warmup_steps)'''),
    dict(name='kw_max_instead_of_min', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    # YOUR CODE HERE
    if warmup_steps == 0:
        return 1.0
    return max(1.0, step / warmup_steps)'''),
    dict(name='kw_returns_tensor', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    # YOUR CODE HERE
    if warmup_steps == 0:
        return 1.0
    return torch.clamp(torch.tensor(step / warmup_steps), max=1.0)'''),
    dict(name='kw_cosine_ramp', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    # YOUR CODE HERE
    if warmup_steps == 0:
        return 1.0
    return 0.5 * (1 - math.cos(math.pi * min(1.0, step / warmup_steps)))'''),
    dict(name='kw_rounded_weight', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    # YOUR CODE HERE
    if warmup_steps == 0:
        return 1.0
    return round(min(1.0, step / warmup_steps), 2)'''),
    dict(name='kw_guards_division_with_max', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    # YOUR CODE HERE
    return min(1.0, step / max(warmup_steps, 1))'''),
    dict(name='kw_linspace_one_point_short', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    # YOUR CODE HERE
    if warmup_steps == 0:
        return 1.0
    ramp = torch.linspace(0, 1, warmup_steps)
    return float(ramp[min(step, warmup_steps - 1)])'''),
    dict(name='fb_clamp_per_image', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    # YOUR CODE HERE
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.clamp(min=lam).mean(dim=0).sum()'''),
    dict(name='fb_clamp_on_total', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    # YOUR CODE HERE
    per_dimension = kl_per_unit(mu, logvar)
    return per_dimension.sum().clamp(min=lam)'''),
    dict(name='fb_clamp_on_total_with_d_lambda', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    # YOUR CODE HERE
    per_dimension = kl_per_unit(mu, logvar)
    return per_dimension.sum().clamp(min=lam * per_dimension.numel())'''),
    dict(name='fb_softplus_instead_of_clamp', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    # YOUR CODE HERE
    per_dimension = kl_per_unit(mu, logvar)
    return (lam + torch.nn.functional.softplus(per_dimension - lam)).sum()'''),
    dict(name='fb_straight_through_clamp', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    # YOUR CODE HERE
    per_dimension = kl_per_unit(mu, logvar)
    return (per_dimension + (lam - per_dimension).clamp(min=0).detach()).sum()'''),
    dict(name='fb_mean_over_dimensions', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    # YOUR CODE HERE
    per_dimension = kl_per_unit(mu, logvar)
    return per_dimension.clamp(min=lam).mean()'''),
    dict(name='fb_summed_over_batch', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    # YOUR CODE HERE
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.sum(dim=0).clamp(min=lam).sum()'''),
    dict(name='fb_returns_python_float', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    # YOUR CODE HERE
    per_dimension = kl_per_unit(mu, logvar)
    return per_dimension.clamp(min=lam).sum().item()'''),
    dict(name='fb_shape_one', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    # YOUR CODE HERE
    per_dimension = kl_per_unit(mu, logvar)
    return per_dimension.clamp(min=lam).sum(dim=0, keepdim=True)'''),
    dict(name='fb_clamped_from_above', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    # YOUR CODE HERE
    per_dimension = kl_per_unit(mu, logvar)
    return per_dimension.clamp(max=lam).sum()'''),
    dict(name='fb_detached_kl', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    # YOUR CODE HERE
    per_dimension = kl_per_unit(mu, logvar).detach()
    return per_dimension.clamp(min=lam).sum()'''),
    dict(name='fb_lambda_converted_from_bits', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    # YOUR CODE HERE
    per_dimension = kl_per_unit(mu, logvar)
    return per_dimension.clamp(min=lam * math.log(2)).sum()'''),
    dict(name='fb_hinge_without_offset', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    # YOUR CODE HERE
    per_dimension = kl_per_unit(mu, logvar)
    return (per_dimension - lam).clamp(min=0).sum()'''),
    dict(name='fb_python_max_per_dimension', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    # YOUR CODE HERE
    per_dimension = kl_per_unit(mu, logvar)
    return sum(max(lam, value) for value in per_dimension)'''),
]

ALTERNATIVES = [
    dict(name='lme_alt_shift_inside', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    # YOUR CODE HERE
    return torch.logsumexp(values - math.log(values.size(dim)), dim)'''),
    dict(name='lme_alt_logcumsumexp', grade_id='log_mean_exp',
         source='''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    # YOUR CODE HERE
    cumulative = torch.logcumsumexp(values, dim=dim)
    return cumulative.select(dim, -1) - math.log(values.shape[dim])'''),
    dict(name='lw_alt_bce_without_constants', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    # YOUR CODE HERE
    import torch.nn.functional as F

    log_px_given_z = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(-1)
    log_pz = -0.5 * (z ** 2).sum(-1)
    log_qz = -0.5 * (((z - mu[None]) ** 2) * torch.exp(-logvar) + logvar).sum(-1)
    return log_px_given_z + log_pz - log_qz'''),
    dict(name='lw_alt_normal_log_prob', grade_id='log_weights',
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    # YOUR CODE HERE
    from torch.distributions import Normal

    target = x.expand_as(logits)
    log_px_given_z = (target * torch.nn.functional.logsigmoid(logits)
                      + (1 - target) * torch.nn.functional.logsigmoid(-logits)).sum(dim=(2, 3, 4))
    log_pz = Normal(torch.zeros_like(z), torch.ones_like(z)).log_prob(z).sum(dim=2)
    log_qz = Normal(mu, torch.exp(0.5 * logvar)).log_prob(z).sum(dim=2)
    return log_px_given_z + log_pz - log_qz'''),
    dict(name='iw_alt_unsqueeze_and_view', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    # YOUR CODE HERE
    mu, logvar = model.encoder(x)
    eps = torch.randn(k, *mu.shape, generator=generator)
    std = logvar.mul(0.5).exp()
    z = mu.unsqueeze(0) + std.unsqueeze(0) * eps
    flat_logits = model.decoder(z.flatten(0, 1))
    logits = flat_logits.view(k, x.shape[0], *flat_logits.shape[1:])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits))'''),
    dict(name='iw_alt_sqrt_exp', grade_id='iw_log_likelihood',
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    # YOUR CODE HERE
    mu, logvar = model.encoder(x)
    batch, latent = mu.size()
    noise = torch.randn(k, batch, latent, generator=generator)
    codes = mu + logvar.exp().sqrt() * noise
    logits = model.decoder(codes.view(-1, latent)).view(k, batch, 1, 28, 28)
    weights = log_weights(x, codes, mu, logvar, logits)
    return log_mean_exp(weights, dim=0)'''),
    dict(name='kw_alt_conditional', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    # YOUR CODE HERE
    return 1.0 if step >= warmup_steps else step / warmup_steps'''),
    dict(name='kw_alt_min_of_steps', grade_id='kl_weight',
         source='''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    # YOUR CODE HERE
    return min(step, warmup_steps) / warmup_steps if warmup_steps else 1.0'''),
    dict(name='fb_alt_where', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    # YOUR CODE HERE
    kl = (0.5 * (mu.pow(2) + logvar.exp() - 1 - logvar)).mean(dim=0)
    return torch.where(kl > lam, kl, torch.full_like(kl, lam)).sum()'''),
    dict(name='fb_alt_relu', grade_id='free_bits_kl',
         source='''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    # YOUR CODE HERE
    per_dimension = kl_per_unit(mu, logvar)
    return torch.sum(torch.relu(per_dimension - lam) + lam)'''),
]
