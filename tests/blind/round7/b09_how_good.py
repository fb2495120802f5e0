"""Round 7 blind test cases for notebook 09_how_good (written from the student notebook only)."""

NOTEBOOK = "09_how_good"


def mut(template, old, new, count=1):
    """Replace `old` by `new` in `template`, insisting that `old` occurs exactly `count` times."""
    found = template.count(old)
    assert found == count, (old, found)
    return template.replace(old, new)


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
    log_px_given_z = -bce.flatten(start_dim=2).sum(dim=2)
    log_pz = -0.5 * (z ** 2 + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu) ** 2 / torch.exp(logvar) + logvar + math.log(2 * math.pi)).sum(dim=-1)
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
    return min(1.0, step / warmup_steps)
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

M = []
A = []


def mistake(name, gid, source):
    M.append(dict(name=name, grade_id=gid, source=source))


def alternative(name, gid, source):
    A.append(dict(name=name, grade_id=gid, source=source))


# ----------------------------------------------------------------------------- log_mean_exp
g = "log_mean_exp"
mistake("naive log(mean(exp(values))): -inf for log-weights far below 0", g,
        mut(LME, "    return torch.logsumexp(values, dim=dim) - math.log(n)\n", "    return torch.log(torch.exp(values).mean(dim=dim))\n"))
mistake("forgets the - log n (returns logsumexp)", g, mut(LME, "    return torch.logsumexp(values, dim=dim) - math.log(n)\n", "    return torch.logsumexp(values, dim=dim)\n"))
mistake("n read from the first dimension whatever dim", g, mut(LME, "    n = values.shape[dim]\n", "    n = values.shape[0]\n"))
mistake("keepdim=True (the reduced dimension stays)", g,
        mut(LME, "torch.logsumexp(values, dim=dim) - math.log(n)", "torch.logsumexp(values, dim=dim, keepdim=True) - math.log(n)"))
mistake("divides the logsumexp by n instead of subtracting log n", g,
        mut(LME, "torch.logsumexp(values, dim=dim) - math.log(n)", "torch.logsumexp(values, dim=dim) / n"))
mistake("manual max trick without keepdim (broadcasts wrongly unless dim=0)", g,
        mut(LME, "    return torch.logsumexp(values, dim=dim) - math.log(n)\n",
            "    top = values.max(dim=dim).values\n    return top + torch.log(torch.exp(values - top).mean(dim=dim))\n"))

alternative("log n subtracted inside the logsumexp", g,
            mut(LME, "    return torch.logsumexp(values, dim=dim) - math.log(n)\n",
                "    return torch.logsumexp(values - math.log(n), dim=dim)\n"))
alternative("Tensor.logsumexp minus a tensor log n of the input's dtype", g,
            mut(LME, "    return torch.logsumexp(values, dim=dim) - math.log(n)\n",
                "    return values.logsumexp(dim) - torch.log(torch.tensor(float(n), dtype=values.dtype))\n"))

# ----------------------------------------------------------------------------- log_weights
g = "log_weights"
mistake("log p(x|z) taken as +BCE (sign)", g, mut(LW, "log_px_given_z = -bce.flatten", "log_px_given_z = bce.flatten"))
mistake("keeps log 2 pi in log p(z) but not in log q(z|x)", g,
        mut(LW, "+ logvar + math.log(2 * math.pi)).sum(dim=-1)", "+ logvar).sum(dim=-1)"))
mistake("divides by sigma instead of sigma^2 in log q", g, mut(LW, "(z - mu) ** 2 / torch.exp(logvar)", "(z - mu) ** 2 / torch.exp(0.5 * logvar)"))
mistake("log q without the log sigma^2 term", g, mut(LW, "/ torch.exp(logvar) + logvar + math.log", "/ torch.exp(logvar) + math.log"))
mistake("averages the cross-entropy over the pixels", g, mut(LW, "-bce.flatten(start_dim=2).sum(dim=2)", "-bce.flatten(start_dim=2).mean(dim=2)"))
mistake("prior term evaluated at mu instead of z", g, mut(LW, "log_pz = -0.5 * (z ** 2 +", "log_pz = -0.5 * (mu ** 2 +"))
mistake("uses the closed-form KL instead of log p(z) - log q(z|x) for each code", g,
        mut(LW, "    return log_px_given_z + log_pz - log_qz\n",
            "    kl = -0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar)).sum(dim=-1)\n    return log_px_given_z - kl\n"))
mistake("cross-entropy from probabilities (log clamped at -100 for saturated logits)", g,
        mut(LW, 'F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")',
            'F.binary_cross_entropy(torch.sigmoid(logits), x.expand_as(logits), reduction="none")'))

alternative("course's bernoulli_reconstruction on (kB, 1, 28, 28), constants left out of both", g,
            mut(LW, """    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_given_z = -bce.flatten(start_dim=2).sum(dim=2)
    log_pz = -0.5 * (z ** 2 + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu) ** 2 / torch.exp(logvar) + logvar + math.log(2 * math.pi)).sum(dim=-1)
""", """    k, B = logits.shape[:2]
    flat_logits = logits.reshape(k * B, *logits.shape[2:])
    flat_x = x.expand_as(logits).reshape(k * B, *x.shape[1:])
    log_px_given_z = -bernoulli_reconstruction(flat_logits, flat_x).reshape(k, B)
    log_pz = -0.5 * z.pow(2).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) * torch.exp(-logvar) + logvar).sum(dim=-1)
"""))
alternative("torch.distributions Normal and a stable softplus cross-entropy", g,
            mut(LW, """    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px_given_z = -bce.flatten(start_dim=2).sum(dim=2)
    log_pz = -0.5 * (z ** 2 + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu) ** 2 / torch.exp(logvar) + logvar + math.log(2 * math.pi)).sum(dim=-1)
""", """    log_px_given_z = (x * logits - F.softplus(logits)).sum(dim=(-3, -2, -1))
    normal = torch.distributions.Normal
    log_pz = normal(torch.zeros_like(z), torch.ones_like(z)).log_prob(z).sum(dim=-1)
    log_qz = normal(mu, torch.exp(0.5 * logvar)).log_prob(z).sum(dim=-1)
"""))

# ----------------------------------------------------------------------------- iw_log_likelihood
g = "iw_log_likelihood"
mistake("noise drawn as (B, k, d) and transposed (not the prescribed draw)", g,
        mut(IW, "    eps = torch.randn(k, B, d, generator=generator)\n", "    eps = torch.randn(B, k, d, generator=generator).transpose(0, 1)\n"))
mistake("scales the noise by exp(logvar) (the variance)", g, mut(IW, "z = mu + torch.exp(0.5 * logvar) * eps", "z = mu + torch.exp(logvar) * eps"))
mistake("averages the log-weights (the ELBO for every k)", g,
        mut(IW, "    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)\n", "    return log_weights(x, z, mu, logvar, logits).mean(dim=0)\n"))
mistake("decodes mu for all k codes", g,
        mut(IW, "logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)", "logits = model.decoder(mu).expand(k, B, 1, 28, 28)"))
mistake("reshapes the decoded logits as (B, k) then transposes: logits no longer match their codes", g,
        mut(IW, "logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)",
            "logits = model.decoder(z.reshape(k * B, d)).reshape(B, k, 1, 28, 28).transpose(0, 1)"))
mistake("noise from the global random state", g, mut(IW, "    eps = torch.randn(k, B, d, generator=generator)\n", "    eps = torch.randn(k, B, d)\n"))
mistake("logsumexp without the - log k", g,
        mut(IW, "    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)\n",
            "    return torch.logsumexp(log_weights(x, z, mu, logvar, logits), dim=0)\n"))
mistake("passes sigmoid probabilities to log_weights as logits", g,
        mut(IW, "logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)",
            "logits = torch.sigmoid(model.decoder(z.reshape(k * B, d))).reshape(k, B, 1, 28, 28)"))

alternative("addcmul with sqrt(exp(logvar)), flatten/unflatten for the decoder batch", g,
            mut(IW, """    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
""", """    z = torch.addcmul(mu.unsqueeze(0), logvar.exp().sqrt().unsqueeze(0), eps)
    logits = model.decoder(z.flatten(0, 1)).unflatten(0, (k, B))
"""))

# ----------------------------------------------------------------------------- kl_weight
g = "kl_weight"
mistake("no special case for warmup_steps = 0 (ZeroDivisionError)", g,
        mut(KLW, "    if warmup_steps == 0:\n        return 1.0\n", ""))
mistake("integer division: 0 until the end of the warm-up", g, mut(KLW, "min(1.0, step / warmup_steps)", "min(1.0, step // warmup_steps)"))
mistake("(step + 1) / T: not 0 at step 0", g, mut(KLW, "min(1.0, step / warmup_steps)", "min(1.0, (step + 1) / warmup_steps)"))
mistake("no cap at 1", g, mut(KLW, "    return min(1.0, step / warmup_steps)\n", "    return step / warmup_steps\n"))
mistake("returns 0.0 when warmup_steps is 0", g, mut(KLW, "    if warmup_steps == 0:\n        return 1.0\n", "    if warmup_steps == 0:\n        return 0.0\n"))
mistake("step / (T - 1): reaches 1 one step early", g,
        mut(KLW, "    return min(1.0, step / warmup_steps)\n", "    return min(1.0, step / max(warmup_steps - 1, 1))\n"))
mistake("cosine ramp instead of a linear one", g,
        mut(KLW, "    return min(1.0, step / warmup_steps)\n", "    return 0.5 * (1 - math.cos(math.pi * min(1.0, step / warmup_steps)))\n"))

alternative("float arithmetic with max/min clipping in one expression", g,
            mut(KLW, "    if warmup_steps == 0:\n        return 1.0\n    return min(1.0, step / warmup_steps)\n",
                "    return 1.0 if warmup_steps <= 0 or step >= warmup_steps else float(step) / float(warmup_steps)\n"))

# ----------------------------------------------------------------------------- free_bits_kl
g = "free_bits_kl"
mistake("clamps each image's KL before averaging over the batch", g,
        mut(FB, "    per_dimension = kl.mean(dim=0)\n    return per_dimension.clamp(min=lam).sum()\n",
            "    per_dimension = kl.clamp(min=lam).mean(dim=0)\n    return per_dimension.sum()\n"))
mistake("clamps the total KL instead of each dimension", g,
        mut(FB, "    return per_dimension.clamp(min=lam).sum()\n", "    return per_dimension.sum().clamp(min=lam)\n"))
mistake("sums the KL over the batch instead of averaging", g, mut(FB, "per_dimension = kl.mean(dim=0)", "per_dimension = kl.sum(dim=0)"))
mistake("soft clamp lam + softplus(KL - lam) (gradient below lam)", g,
        mut(FB, "    return per_dimension.clamp(min=lam).sum()\n", "    return (lam + torch.nn.functional.softplus(per_dimension - lam)).sum()\n"))
mistake("straight-through max: the right value, but the gradient also reaches dimensions under lam", g,
        mut(FB, "    return per_dimension.clamp(min=lam).sum()\n",
            "    return (per_dimension + (lam - per_dimension).clamp(min=0).detach()).sum()\n"))
mistake("clamp(max=lam): caps the KL instead of flooring it", g, mut(FB, "per_dimension.clamp(min=lam)", "per_dimension.clamp(max=lam)"))
mistake("returns a Python float (.item()), not differentiable", g, mut(FB, "per_dimension.clamp(min=lam).sum()", "per_dimension.clamp(min=lam).sum().item()"))

alternative("kl_per_unit of notebook 07 and torch.maximum", g,
            mut(FB, "    kl = -0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar))\n    per_dimension = kl.mean(dim=0)\n    return per_dimension.clamp(min=lam).sum()\n",
                "    per_dimension = kl_per_unit(mu, logvar)\n    return torch.maximum(per_dimension, torch.full_like(per_dimension, lam)).sum()\n"))
alternative("torch.where against the threshold", g,
            mut(FB, "    return per_dimension.clamp(min=lam).sum()\n",
                "    floor = torch.as_tensor(lam, dtype=per_dimension.dtype)\n    return torch.where(per_dimension > floor, per_dimension, floor).sum()\n"))

MISTAKES = M
ALTERNATIVES = A
