"""Blind round 12: wrong and alternative answers for 09_how_good."""

NOTEBOOK = "09_how_good"


def _variant(base, old, new, count=1):
    found = base.count(old)
    if found != count:
        raise ValueError(f"expected {count} occurrence(s) of {old!r}, found {found}")
    return base.replace(old, new)


def _make(items):
    out = []
    for item in items:
        if len(item) == 3:
            name, gid, source = item
        else:
            name, gid, old, new, *rest = item
            source = _variant(BASE[gid], old, new, *rest)
        out.append(dict(name=name, grade_id=gid, source=source))
    return out


BASE = {}

BASE["log_mean_exp"] = r'''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim) - math.log(n)
'''

BASE["log_weights"] = r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_given_z = -bce.flatten(start_dim=2).sum(dim=2)
    log_pz = -0.5 * (z ** 2 + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu) ** 2 / torch.exp(logvar) + logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px_given_z + log_pz - log_qz
'''

BASE["iw_log_likelihood"] = r'''def iw_log_likelihood(model, x, k, generator):
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

BASE["kl_weight"] = r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return float(min(1.0, step / warmup_steps))
'''

BASE["free_bits_kl"] = r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    per_dimension = kl_per_unit(mu, logvar)
    return per_dimension.clamp(min=lam).sum()
'''

_M, _W, _I, _K, _F = "log_mean_exp", "log_weights", "iw_log_likelihood", "kl_weight", "free_bits_kl"

MISTAKES = _make([
    # log_mean_exp
    ("naive log(mean(exp)): -inf for log-weights far below 0", _M,
     "    return torch.logsumexp(values, dim=dim) - math.log(n)\n", "    return values.exp().mean(dim=dim).log()\n"),
    ("forgets the - log(n): logsumexp only", _M, "torch.logsumexp(values, dim=dim) - math.log(n)", "torch.logsumexp(values, dim=dim)"),
    ("n read from dimension 0 whatever dim is", _M, "    n = values.shape[dim]\n", "    n = values.shape[0]\n"),
    ("n = number of elements of the whole tensor (right only in 1-D)", _M, "    n = values.shape[dim]\n", "    n = values.numel()\n"),
    ("default dim changed to -1", _M, "def log_mean_exp(values, dim=0):", "def log_mean_exp(values, dim=-1):"),
    ("computed in float64 and returned as float64", _M, "torch.logsumexp(values, dim=dim)", "torch.logsumexp(values.double(), dim=dim)"),
    # log_weights
    ("adds the cross-entropy instead of subtracting it", _W,
     "    log_px_given_z = -bce.flatten(start_dim=2).sum(dim=2)\n", "    log_px_given_z = bce.flatten(start_dim=2).sum(dim=2)\n"),
    ("sums the cross-entropy over the images too: (k,), broadcast against (k, B)", _W,
     "    log_px_given_z = -bce.flatten(start_dim=2).sum(dim=2)\n", "    log_px_given_z = -bce.flatten(start_dim=1).sum(dim=1)[:, None]\n"),
    ("log q without the log-variance term", _W, " / torch.exp(logvar) + logvar + math.log", " / torch.exp(logvar) + math.log"),
    ("log q divides by sigma instead of sigma^2", _W, "/ torch.exp(logvar)", "/ torch.exp(0.5 * logvar)"),
    ("log 2 pi kept in log p(z) but dropped from log q(z|x)", _W,
     " / torch.exp(logvar) + logvar + math.log(2 * math.pi)).sum", " / torch.exp(logvar) + logvar).sum"),
    ("cross-entropy averaged over the pixels", _W,
     "    log_px_given_z = -bce.flatten(start_dim=2).sum(dim=2)\n", "    log_px_given_z = -bce.flatten(start_dim=2).mean(dim=2)\n"),
    ("log p(x|z) from sigmoid and log: -inf for confident logits", _W,
     "    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction=\"none\")\n",
     "    p = torch.sigmoid(logits)\n    bce = -(x * torch.log(p) + (1 - x) * torch.log(1 - p))\n"),
    ("returns (B, k) instead of (k, B)", _W, "    return log_px_given_z + log_pz - log_qz\n",
     "    return (log_px_given_z + log_pz - log_qz).T\n"),
    # iw_log_likelihood
    ("draws the noise in k separate calls", _I,
     "    eps = torch.randn(k, B, d, generator=generator)\n",
     "    eps = torch.stack([torch.randn(B, d, generator=generator) for _ in range(k)])\n"),
    ("draws (B, k, d) and transposes: not the documented draw", _I,
     "    eps = torch.randn(k, B, d, generator=generator)\n",
     "    eps = torch.randn(B, k, d, generator=generator).transpose(0, 1)\n"),
    ("noise from the global random state, ignoring the generator", _I,
     "    eps = torch.randn(k, B, d, generator=generator)\n", "    eps = torch.randn(k, B, d)\n"),
    ("uses exp(logvar), the variance, as the standard deviation", _I, "torch.exp(0.5 * logvar) * eps", "torch.exp(logvar) * eps"),
    ("decodes mu for every code while log_weights sees the sampled z", _I,
     "model.decoder(z.reshape(k * B, d))", "model.decoder(mu.expand(k, B, d).reshape(k * B, d))"),
    ("averages the log-weights: the ELBO for every k", _I,
     "    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)\n",
     "    return log_weights(x, z, mu, logvar, logits).mean(dim=0)\n"),
    ("reshapes the logits as (B, k): codes decoded for one image are scored against another", _I,
     ".reshape(k, B, 1, 28, 28)", ".reshape(B, k, 1, 28, 28).transpose(0, 1)"),
    ("reseeds the generator with 0 (mutates it, the same noise every call)", _I,
     "    eps = torch.randn(k, B, d, generator=generator)\n",
     "    generator.manual_seed(0)\n    eps = torch.randn(k, B, d, generator=generator)\n"),
    # kl_weight
    ("no special case: ZeroDivisionError when warmup_steps is 0", _K,
     "    if warmup_steps == 0:\n        return 1.0\n", ""),
    ("returns 0.0 when warmup_steps is 0", _K, "    if warmup_steps == 0:\n        return 1.0\n", "    if warmup_steps == 0:\n        return 0.0\n"),
    ("integer division: 0 until the end of the warm-up", _K, "min(1.0, step / warmup_steps))", "min(1.0, step // warmup_steps))"),
    ("(step + 1) / warmup_steps: not 0 at step 0", _K, "min(1.0, step / warmup_steps))", "min(1.0, (step + 1) / warmup_steps))"),
    ("no cap at 1 after the warm-up", _K, "float(min(1.0, step / warmup_steps))", "float(step / warmup_steps)"),
    ("cosine warm-up instead of linear", _K, "float(min(1.0, step / warmup_steps))",
     "float(0.5 - 0.5 * math.cos(math.pi * min(1.0, step / warmup_steps)))"),
    # free_bits_kl
    ("clamps the total KL instead of each dimension", _F, "per_dimension.clamp(min=lam).sum()",
     "per_dimension.sum().clamp(min=lam)"),
    ("clamps each image's KL before averaging over the batch", _F,
     "    per_dimension = kl_per_unit(mu, logvar)\n    return per_dimension.clamp(min=lam).sum()\n",
     "    per_image = -0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar))\n    return per_image.clamp(min=lam).mean(dim=0).sum()\n"),
    ("clamp from above (max=lam)", _F, "clamp(min=lam)", "clamp(max=lam)"),
    ("smooth softplus hinge: dimensions below lambda still get a gradient", _F,
     "    return per_dimension.clamp(min=lam).sum()\n",
     "    return (lam + torch.nn.functional.softplus(per_dimension - lam)).sum()\n"),
    ("averages over the dimensions instead of summing", _F, "per_dimension.clamp(min=lam).sum()", "per_dimension.clamp(min=lam).mean()"),
    ("hinge (KL - lambda)+: the right gradients but a value lower by d * lambda", _F,
     "per_dimension.clamp(min=lam).sum()", "(per_dimension - lam).clamp(min=0).sum()"),
    ("sums the per-dimension KL over the batch instead of averaging", _F,
     "    per_dimension = kl_per_unit(mu, logvar)\n",
     "    per_dimension = kl_per_unit(mu, logvar) * len(mu)\n"),
])

ALTERNATIVES = _make([
    ("torch.log of the count as a tensor", _M, "    return torch.logsumexp(values, dim=dim) - math.log(n)\n",
     "    return values.logsumexp(dim) - torch.log(torch.tensor(float(n)))\n"),
    ("torch.distributions log_prob for the two Gaussians", _W,
     "    log_pz = -0.5 * (z ** 2 + math.log(2 * math.pi)).sum(dim=-1)\n"
     "    log_qz = -0.5 * ((z - mu) ** 2 / torch.exp(logvar) + logvar + math.log(2 * math.pi)).sum(dim=-1)\n",
     "    Normal = torch.distributions.Normal\n"
     "    log_pz = Normal(torch.zeros_like(z), torch.ones_like(z)).log_prob(z).sum(dim=-1)\n"
     "    log_qz = Normal(mu, torch.exp(0.5 * logvar)).log_prob(z).sum(dim=-1)\n"),
    ("constants left out of both densities, reconstruction via bernoulli_reconstruction", _W,
     r'''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    k, B = z.shape[:2]
    flat_logits = logits.reshape(k * B, *logits.shape[2:])
    flat_x = x.expand_as(logits).reshape(k * B, *logits.shape[2:])
    log_px_given_z = -bernoulli_reconstruction(flat_logits, flat_x).reshape(k, B)
    log_pz = -0.5 * z.pow(2).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) * torch.exp(-logvar) + logvar).sum(dim=-1)
    return log_px_given_z + log_pz - log_qz
'''),
    ("flatten / unflatten around the decoder", _I,
     "    z = mu + torch.exp(0.5 * logvar) * eps\n    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)\n",
     "    z = mu + (0.5 * logvar).exp() * eps\n    logits = model.decoder(z.flatten(0, 1)).unflatten(0, (k, B))\n"),
    ("early return once the warm-up is over", _K,
     "    if warmup_steps == 0:\n        return 1.0\n    return float(min(1.0, step / warmup_steps))\n",
     "    if step >= warmup_steps:\n        return 1.0\n    return step / warmup_steps\n"),
    ("torch.maximum with a tensor of lambdas", _F, "    return per_dimension.clamp(min=lam).sum()\n",
     "    return torch.maximum(per_dimension, torch.full_like(per_dimension, lam)).sum()\n"),
    ("torch.where against lambda", _F, "    return per_dimension.clamp(min=lam).sum()\n",
     "    return torch.where(per_dimension < lam, torch.full_like(per_dimension, lam), per_dimension).sum()\n"),
])
