"""Blind round 6: wrong and alternative answers for notebook 09_how_good."""

NOTEBOOK = "09_how_good"


def swap(base, old, new):
    assert base.count(old) == 1, (old, base)
    return base.replace(old, new)


LME = '''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim) - math.log(n)
'''

LW = '''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_given_z = -bce.flatten(start_dim=2).sum(dim=-1)
    log_2pi = math.log(2 * math.pi)
    log_pz = -0.5 * (z ** 2 + log_2pi).sum(dim=-1)
    log_qz = -0.5 * ((z - mu) ** 2 / torch.exp(logvar) + logvar + log_2pi).sum(dim=-1)
    return log_px_given_z + log_pz - log_qz
'''

IW = '''def iw_log_likelihood(model, x, k, generator):
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
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''

KLW = '''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return float(min(1.0, step / warmup_steps))
'''

FB = '''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    kl = -0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar))
    per_dimension = kl.mean(dim=0)
    return per_dimension.clamp(min=lam).sum()
'''

MISTAKES = [
    # ---- log_mean_exp
    dict(name="naive log(mean(exp)) (underflows to -inf for log-weights of hundreds of nats)", grade_id="log_mean_exp",
         source=swap(LME, "return torch.logsumexp(values, dim=dim) - math.log(n)", "return torch.log(torch.exp(values).mean(dim=dim))")),
    dict(name="forgets to subtract log n (log of the sum)", grade_id="log_mean_exp",
         source=swap(LME, "return torch.logsumexp(values, dim=dim) - math.log(n)", "return torch.logsumexp(values, dim=dim)")),
    dict(name="divides the logsumexp by n instead of subtracting log n", grade_id="log_mean_exp",
         source=swap(LME, "torch.logsumexp(values, dim=dim) - math.log(n)", "torch.logsumexp(values, dim=dim) / n")),
    dict(name="n read from dimension 0 whatever dim is", grade_id="log_mean_exp",
         source=swap(LME, "    n = values.shape[dim]\n", "    n = values.shape[0]\n")),
    dict(name="keepdim=True: the reduced dimension stays", grade_id="log_mean_exp",
         source=swap(LME, "torch.logsumexp(values, dim=dim)", "torch.logsumexp(values, dim=dim, keepdim=True)")),
    dict(name="mean of the values (the log of the geometric mean, a lower value)", grade_id="log_mean_exp",
         source=swap(LME, "return torch.logsumexp(values, dim=dim) - math.log(n)", "return values.mean(dim=dim)")),
    # ---- log_weights
    dict(name="log p(x|z) = + BCE (sign forgotten)", grade_id="log_weights",
         source=swap(LW, "log_px_given_z = -bce.flatten", "log_px_given_z = bce.flatten")),
    dict(name="log q(z|x) without the log-variance term", grade_id="log_weights",
         source=swap(LW, "/ torch.exp(logvar) + logvar + log_2pi", "/ torch.exp(logvar) + log_2pi")),
    dict(name="divides (z - mu)^2 by sigma instead of sigma^2", grade_id="log_weights",
         source=swap(LW, "/ torch.exp(logvar) + logvar", "/ torch.exp(0.5 * logvar) + logvar")),
    dict(name="log 2 pi kept in log p(z) but dropped from log q(z|x)", grade_id="log_weights",
         source=swap(LW, "+ logvar + log_2pi).sum", "+ logvar).sum")),
    dict(name="averages the BCE over the pixels instead of summing", grade_id="log_weights",
         source=swap(LW, "-bce.flatten(start_dim=2).sum(dim=-1)", "-bce.flatten(start_dim=2).mean(dim=-1)")),
    dict(name="log p(z) and log q(z|x) swapped in the sum", grade_id="log_weights",
         source=swap(LW, "return log_px_given_z + log_pz - log_qz", "return log_px_given_z - log_pz + log_qz")),
    dict(name="uses the closed-form KL instead of log p(z) - log q(z|x) of each code", grade_id="log_weights",
         source=swap(LW, "return log_px_given_z + log_pz - log_qz",
                     "kl = -0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar)).sum(dim=-1)\n    return log_px_given_z - kl")),
    dict(name="log p(z) written with (z - mu)^2 instead of z^2",
         grade_id="log_weights",
         source=swap(LW, "log_pz = -0.5 * (z ** 2 + log_2pi)", "log_pz = -0.5 * ((z - mu) ** 2 + log_2pi)")),
    # ---- iw_log_likelihood
    dict(name="noise drawn without the generator", grade_id="iw_log_likelihood",
         source=swap(IW, "\n    eps = torch.randn(k, B, d, generator=generator)", "\n    eps = torch.randn(k, B, d)")),
    dict(name="noise drawn as (B, k, d) and transposed (other numbers than the check's draw)", grade_id="iw_log_likelihood",
         source=swap(IW, "\n    eps = torch.randn(k, B, d, generator=generator)", "\n    eps = torch.randn(B, k, d, generator=generator).transpose(0, 1)")),
    dict(name="sigma = exp(logvar) (the variance) in the sample", grade_id="iw_log_likelihood",
         source=swap(IW, "torch.exp(0.5 * logvar) * eps", "torch.exp(logvar) * eps")),
    dict(name="logits reshaped as (B, k) then transposed: codes paired with the wrong images", grade_id="iw_log_likelihood",
         source=swap(IW, ".reshape(k, B, 1, 28, 28)", ".reshape(B, k, 1, 28, 28).transpose(0, 1)")),
    dict(name="log_mean_exp over the images (dim=1) instead of the codes", grade_id="iw_log_likelihood",
         source=swap(IW, "dim=0)", "dim=1)")),
    dict(name="decodes mu for every code (logits of the mean, repeated k times)", grade_id="iw_log_likelihood",
         source=swap(IW, "logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)",
                     "logits = model.decoder(mu).expand(k, B, 1, 28, 28)")),
    dict(name="averages the log-weights (the ELBO estimate) instead of log-mean-exp", grade_id="iw_log_likelihood",
         source=swap(IW, "return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)",
                     "return log_weights(x, z, mu, logvar, logits).mean(dim=0)")),
    dict(name="torch.logsumexp over the codes without - log k", grade_id="iw_log_likelihood",
         source=swap(IW, "return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)",
                     "return torch.logsumexp(log_weights(x, z, mu, logvar, logits), dim=0)")),
    # ---- kl_weight
    dict(name="no special case for warmup_steps = 0 (ZeroDivisionError)", grade_id="kl_weight",
         source=swap(KLW, "    if warmup_steps == 0:\n        return 1.0\n", "")),
    dict(name="integer division: 0 until the end of the warm-up", grade_id="kl_weight",
         source=swap(KLW, "min(1.0, step / warmup_steps)", "min(1.0, step // warmup_steps)")),
    dict(name="(step + 1) / warmup_steps: not 0 at step 0", grade_id="kl_weight",
         source=swap(KLW, "min(1.0, step / warmup_steps)", "min(1.0, (step + 1) / warmup_steps)")),
    dict(name="no min(1, ...): the weight keeps growing after the warm-up", grade_id="kl_weight",
         source=swap(KLW, "float(min(1.0, step / warmup_steps))", "float(step / warmup_steps)")),
    dict(name="returns 0.0 when warmup_steps is 0", grade_id="kl_weight",
         source=swap(KLW, "if warmup_steps == 0:\n        return 1.0", "if warmup_steps == 0:\n        return 0.0")),
    dict(name="returns a tensor (torch.clamp on a tensor)", grade_id="kl_weight",
         source=swap(KLW, "return float(min(1.0, step / warmup_steps))", "return torch.clamp(torch.tensor(step / warmup_steps), max=1.0)")),
    dict(name="step / (warmup_steps - 1): reaches 1 a step early", grade_id="kl_weight",
         source=swap(KLW, "min(1.0, step / warmup_steps)", "min(1.0, step / max(warmup_steps - 1, 1))")),
    # ---- free_bits_kl
    dict(name="clamps each image's KL before averaging over the batch", grade_id="free_bits_kl",
         source=swap(FB, "    per_dimension = kl.mean(dim=0)\n    return per_dimension.clamp(min=lam).sum()",
                     "    return kl.clamp(min=lam).mean(dim=0).sum()")),
    dict(name="clamps the total KL instead of each dimension", grade_id="free_bits_kl",
         source=swap(FB, "return per_dimension.clamp(min=lam).sum()", "return per_dimension.sum().clamp(min=lam)")),
    dict(name="averages over the dimensions instead of summing", grade_id="free_bits_kl",
         source=swap(FB, "per_dimension.clamp(min=lam).sum()", "per_dimension.clamp(min=lam).mean()")),
    dict(name="clamp(max=lam): caps the KL at lambda instead of flooring it", grade_id="free_bits_kl",
         source=swap(FB, "clamp(min=lam)", "clamp(max=lam)")),
    dict(name="returns a Python float (.item())", grade_id="free_bits_kl",
         source=swap(FB, "return per_dimension.clamp(min=lam).sum()", "return per_dimension.clamp(min=lam).sum().item()")),
    dict(name="sums the KL of each dimension over the batch instead of averaging", grade_id="free_bits_kl",
         source=swap(FB, "kl.mean(dim=0)", "kl.sum(dim=0)")),
    dict(name="free nats added on top: lam + KL_j instead of max(lam, KL_j)", grade_id="free_bits_kl",
         source=swap(FB, "return per_dimension.clamp(min=lam).sum()", "return (per_dimension + lam).sum()")),
]

ALTERNATIVES = [
    dict(name="log_mean_exp by hand: max-shift, log of the mean of exp(v - max)", grade_id="log_mean_exp",
         source=swap(LME, "\n    n = values.shape[dim]\n    return torch.logsumexp(values, dim=dim) - math.log(n)",
                     "\n    top = values.amax(dim=dim, keepdim=True)\n"
                     "    top = torch.where(torch.isfinite(top), top, torch.zeros_like(top))\n"
                     "    return (top + torch.log(torch.exp(values - top).mean(dim=dim, keepdim=True))).squeeze(dim)")),
    dict(name="log_mean_exp subtracting torch.log of n as a tensor", grade_id="log_mean_exp",
         source=swap(LME, "\n    n = values.shape[dim]\n    return torch.logsumexp(values, dim=dim) - math.log(n)",
                     "\n    n = torch.tensor(values.size(dim), dtype=values.dtype)\n    return torch.logsumexp(values, dim) - torch.log(n)")),
    dict(name="log_weights with bernoulli_reconstruction on a flattened (kB) batch and torch.distributions.Normal",
         grade_id="log_weights",
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    k, B = z.shape[0], z.shape[1]
    flat_logits = logits.reshape(k * B, *logits.shape[2:])
    flat_x = x.expand_as(logits).reshape(k * B, *logits.shape[2:])
    log_px_given_z = -bernoulli_reconstruction(flat_logits, flat_x).reshape(k, B)
    prior = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))
    posterior = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))
    return log_px_given_z + prior.log_prob(z).sum(-1) - posterior.log_prob(z).sum(-1)
'''),
    dict(name="log_weights without the log 2 pi constants (they cancel) and softplus for the Bernoulli term",
         grade_id="log_weights",
         source='''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    log_px_given_z = (x * logits - torch.nn.functional.softplus(logits)).sum(dim=(-3, -2, -1))
    log_pz = -0.5 * z.pow(2).sum(-1)
    log_qz = -0.5 * (((z - mu) * torch.exp(-0.5 * logvar)).pow(2) + logvar).sum(-1)
    return log_px_given_z + log_pz - log_qz
'''),
    dict(name="iw_log_likelihood with flatten(0, 1) / unflatten and addcmul", grade_id="iw_log_likelihood",
         source='''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
    mu, logvar = model.encoder(x)
    eps = torch.randn(k, *mu.shape, generator=generator)
    z = torch.addcmul(mu.unsqueeze(0), logvar.mul(0.5).exp().unsqueeze(0), eps)
    logits = model.decoder(z.flatten(0, 1)).unflatten(0, (k, mu.shape[0]))
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name="kl_weight with a conditional expression and max/min clamping", grade_id="kl_weight",
         source=swap(KLW, "    if warmup_steps == 0:\n        return 1.0\n    return float(min(1.0, step / warmup_steps))",
                     "    return 1.0 if warmup_steps <= 0 else max(0.0, min(1.0, float(step) / float(warmup_steps)))")),
    dict(name="free_bits_kl with the course's kl_per_unit and torch.maximum", grade_id="free_bits_kl",
         source=swap(FB, "    kl = -0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar))\n    per_dimension = kl.mean(dim=0)\n"
                     "    return per_dimension.clamp(min=lam).sum()",
                     "    per_dimension = kl_per_unit(mu, logvar)\n"
                     "    return torch.maximum(per_dimension, torch.full_like(per_dimension, lam)).sum()")),
    dict(name="free_bits_kl as lam + relu(KL_j - lam)", grade_id="free_bits_kl",
         source=swap(FB, "return per_dimension.clamp(min=lam).sum()", "return (lam + torch.relu(per_dimension - lam)).sum()")),
]
