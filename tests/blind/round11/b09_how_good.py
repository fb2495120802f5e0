NOTEBOOK = "09_how_good"

# ---------------------------------------------------------------- helpers
BASE = {}


def mut(grade_id, *pairs):
    """Correct source of grade_id with each (old -> new) replacement applied (old must occur exactly once)."""
    source = BASE[grade_id]
    for old, new in zip(pairs[::2], pairs[1::2]):
        assert source.count(old) == 1, (grade_id, old, source.count(old))
        source = source.replace(old, new)
    assert source != BASE[grade_id]
    return source


def M(name, grade_id, *pairs, source=None):
    return dict(name=name, grade_id=grade_id, source=source if source is not None else mut(grade_id, *pairs))


A = M

# ---------------------------------------------------------------- correct answers
BASE["log_mean_exp"] = '''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim) - math.log(n)
'''

BASE["log_weights"] = '''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F

    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px = -bce.flatten(start_dim=2).sum(dim=2)
    log_2pi = math.log(2 * math.pi)
    log_pz = (-0.5 * (z ** 2 + log_2pi)).sum(dim=-1)
    log_qz = (-0.5 * ((z - mu) ** 2 / torch.exp(logvar) + logvar + log_2pi)).sum(dim=-1)
    return log_px + log_pz - log_qz
'''

BASE["iw_log_likelihood"] = '''def iw_log_likelihood(model, x, k, generator):
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

BASE["kl_weight"] = '''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
    if warmup_steps == 0:
        return 1.0
    return min(1.0, step / warmup_steps)
'''

BASE["free_bits_kl"] = '''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
    per_dimension = kl_per_unit(mu, logvar)
    return per_dimension.clamp(min=lam).sum()
'''

G = "log_mean_exp"
MISTAKES = [
    M("n taken from dimension 0 whatever dim", G, "    n = values.shape[dim]\n", "    n = values.shape[0]\n"),
    M("changed default dim", G, "def log_mean_exp(values, dim=0):", "def log_mean_exp(values, dim=-1):"),
    M("keepdim=True", G, "torch.logsumexp(values, dim=dim)", "torch.logsumexp(values, dim=dim, keepdim=True)"),
    M("max subtracted but not added back", G, "return torch.logsumexp(values, dim=dim) - math.log(n)",
      "top = values.max(dim=dim, keepdim=True).values\n    return torch.log(torch.exp(values - top).mean(dim=dim))"),
    M("one global maximum for all slices (underflow for slices far below it)", G,
      "return torch.logsumexp(values, dim=dim) - math.log(n)",
      "top = values.max()\n    return top + torch.log(torch.exp(values - top).mean(dim=dim))"),
    M("logsumexp in float64 (float64 result)", G, "return torch.logsumexp(values, dim=dim) - math.log(n)",
      "return torch.logsumexp(values.double(), dim=dim) - math.log(n)"),
]

G = "log_weights"
MISTAKES += [
    M("log 2 pi kept in log p(z) only", G, "log_qz = (-0.5 * ((z - mu) ** 2 / torch.exp(logvar) + logvar + log_2pi)).sum(dim=-1)",
      "log_qz = (-0.5 * ((z - mu) ** 2 / torch.exp(logvar) + logvar)).sum(dim=-1)"),
    M("divides by sigma instead of sigma^2", G, "(z - mu) ** 2 / torch.exp(logvar)", "(z - mu) ** 2 / torch.exp(0.5 * logvar)"),
    M("BCE averaged over the pixels", G, "log_px = -bce.flatten(start_dim=2).sum(dim=2)", "log_px = -bce.flatten(start_dim=2).mean(dim=2)"),
    M("BCE summed over everything but k (broadcasts to (k, B))", G,
      "log_px = -bce.flatten(start_dim=2).sum(dim=2)", "log_px = -bce.flatten(start_dim=1).sum(dim=1, keepdim=True)"),
    M("mu unsqueezed on the wrong axis (broadcasts only when k == B)", G, "(z - mu) ** 2", "(z - mu.unsqueeze(1)) ** 2"),
    M("images repeated with repeat_interleave (misaligned with the logits)", G,
      "bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction=\"none\")",
      "k = logits.shape[0]\n    target = x.repeat_interleave(k, dim=0).reshape(logits.shape)\n"
      "    bce = F.binary_cross_entropy_with_logits(logits, target, reduction=\"none\")"),
    M("closed-form KL in place of log p(z) - log q(z|x)", G, "return log_px + log_pz - log_qz",
      "kl = -0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar)).sum(dim=-1)\n    return log_px - kl"),
    M("BCE from sigmoid probabilities (clamped at 100 nats per pixel)", G,
      "bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction=\"none\")",
      "bce = F.binary_cross_entropy(torch.sigmoid(logits), x.expand_as(logits), reduction=\"none\")"),
]

G = "iw_log_likelihood"
MISTAKES += [
    M("noise drawn as (B, k, d)", G, "    eps = torch.randn(k, B, d, generator=generator)\n",
      "    eps = torch.randn(B, k, d, generator=generator).transpose(0, 1)\n"),
    M("global random numbers instead of the generator", G, "    eps = torch.randn(k, B, d, generator=generator)\n", "    eps = torch.randn(k, B, d)\n"),
    M("log_mean_exp over the images", G, "log_weights(x, z, mu, logvar, logits), dim=0)", "log_weights(x, z, mu, logvar, logits), dim=1)"),
    M("mean of the log-weights (the ELBO, whatever k)", G, "return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)",
      "return log_weights(x, z, mu, logvar, logits).mean(dim=0)"),
    M("logits reshaped as (B, k) and transposed (misaligned with z)", G,
      "logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)",
      "logits = model.decoder(z.reshape(k * B, d)).reshape(B, k, 1, 28, 28).transpose(0, 1)"),
    M("noise drawn in k calls", G, "    eps = torch.randn(k, B, d, generator=generator)\n",
      "    eps = torch.stack([torch.randn(B, d, generator=generator) for _ in range(k)])\n"),
    M("the same noise for every image", G, "    eps = torch.randn(k, B, d, generator=generator)\n",
      "    eps = torch.randn(k, 1, d, generator=generator).expand(k, B, d)\n"),
]

G = "kl_weight"
MISTAKES += [
    M("no guard for warmup_steps = 0", G, "    if warmup_steps == 0:\n        return 1.0\n", ""),
    M("integer division", G, "return min(1.0, step / warmup_steps)", "return float(min(1, step // warmup_steps))"),
    M("starts at 1 / warmup_steps (step + 1)", G, "return min(1.0, step / warmup_steps)", "return min(1.0, (step + 1) / warmup_steps)"),
    M("returns a tensor", G, "return min(1.0, step / warmup_steps)", "return torch.clamp(torch.tensor(step / warmup_steps), max=1.0)"),
    M("reaches 1 one step early (warmup_steps - 1)", G, "return min(1.0, step / warmup_steps)",
      "return min(1.0, step / max(warmup_steps - 1, 1))"),
    M("guard with max(warmup_steps, 1): 0 at step 0 when there is no warm-up", G,
      "    if warmup_steps == 0:\n        return 1.0\n    return min(1.0, step / warmup_steps)",
      "    return min(1.0, step / max(warmup_steps, 1))"),
]

G = "free_bits_kl"
MISTAKES += [
    M("clamps each image's KL before averaging", G,
      "    per_dimension = kl_per_unit(mu, logvar)\n    return per_dimension.clamp(min=lam).sum()",
      "    kl = -0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar))\n    return kl.clamp(min=lam).mean(dim=0).sum()"),
    M("clamps the total KL", G, "return per_dimension.clamp(min=lam).sum()", "return per_dimension.sum().clamp(min=lam)"),
    M("soft clamp (softplus) leaks gradient below lam", G, "return per_dimension.clamp(min=lam).sum()",
      "return (torch.nn.functional.softplus(per_dimension - lam) + lam).sum()"),
    M("subtracts lam (hinge): right gradients, wrong value", G, "return per_dimension.clamp(min=lam).sum()",
      "return (per_dimension - lam).clamp(min=0).sum()"),
    M("detaches small dimensions but keeps their value", G, "return per_dimension.clamp(min=lam).sum()",
      "return torch.where(per_dimension > lam, per_dimension, per_dimension.detach()).sum()"),
    M("shape (1,) result", G, "return per_dimension.clamp(min=lam).sum()", "return per_dimension.clamp(min=lam).sum(dim=0, keepdim=True)"),
    M("KL summed over the batch before the clamp", G, "    per_dimension = kl_per_unit(mu, logvar)\n",
      "    per_dimension = kl_per_unit(mu, logvar) * mu.shape[0]\n"),
]

ALTERNATIVES = [
    A("manual stable log-mean-exp with a per-slice maximum", "log_mean_exp",
      "    n = values.shape[dim]\n    return torch.logsumexp(values, dim=dim) - math.log(n)",
      "    top = values.amax(dim=dim, keepdim=True)\n"
      "    out = top + torch.log(torch.exp(values - top).mean(dim=dim, keepdim=True))\n"
      "    return out.squeeze(dim)"),
    A("log of n as a tensor", "log_mean_exp",
      "return torch.logsumexp(values, dim=dim) - math.log(n)",
      "return values.logsumexp(dim) - torch.log(torch.tensor(float(n), dtype=values.dtype))"),
    A("bernoulli_reconstruction on flattened k*B batches with tiled images", "log_weights",
      "    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction=\"none\")\n"
      "    log_px = -bce.flatten(start_dim=2).sum(dim=2)",
      "    k, B = logits.shape[:2]\n"
      "    log_px = -bernoulli_reconstruction(logits.reshape(k * B, *x.shape[1:]), x.repeat(k, 1, 1, 1)).reshape(k, B)"),
    A("torch.distributions Normal log_probs", "log_weights",
      "    log_2pi = math.log(2 * math.pi)\n    log_pz = (-0.5 * (z ** 2 + log_2pi)).sum(dim=-1)\n"
      "    log_qz = (-0.5 * ((z - mu) ** 2 / torch.exp(logvar) + logvar + log_2pi)).sum(dim=-1)",
      "    Normal = torch.distributions.Normal\n"
      "    log_pz = Normal(torch.zeros_like(z), torch.ones_like(z)).log_prob(z).sum(dim=-1)\n"
      "    log_qz = Normal(mu, torch.exp(0.5 * logvar)).log_prob(z).sum(dim=-1)"),
    A("constants left out of both densities", "log_weights",
      "    log_2pi = math.log(2 * math.pi)\n", "    log_2pi = 0.0\n"),
    A("decoder called on each of the k slices", "iw_log_likelihood",
      "    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)",
      "    logits = torch.stack([model.decoder(z_i) for z_i in z])"),
    A("sqrt of the variance and flatten(0, 1)", "iw_log_likelihood",
      "    z = mu + torch.exp(0.5 * logvar) * eps\n    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)",
      "    z = mu.unsqueeze(0) + torch.sqrt(torch.exp(logvar)).unsqueeze(0) * eps\n"
      "    logits = model.decoder(z.flatten(0, 1)).unflatten(0, (k, B))"),
    A("clamped ratio with max and min", "kl_weight",
      "    if warmup_steps == 0:\n        return 1.0\n    return min(1.0, step / warmup_steps)",
      "    if warmup_steps <= 0:\n        return 1.0\n    return float(max(0.0, min(1.0, step / warmup_steps)))"),
    A("torch.maximum with a tensor lam", "free_bits_kl",
      "return per_dimension.clamp(min=lam).sum()",
      "return torch.maximum(per_dimension, torch.tensor(lam, dtype=per_dimension.dtype)).sum()"),
    A("closed-form KL averaged by hand", "free_bits_kl",
      "    per_dimension = kl_per_unit(mu, logvar)\n",
      "    per_dimension = (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).sum(dim=0) / mu.shape[0]\n"),
]
