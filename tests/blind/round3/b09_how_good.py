NOTEBOOK = "09_how_good"

_LME = '''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
'''
_LW = '''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
'''
_IW = '''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
'''
_KW = '''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
'''
_FB = '''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
'''
_LW_PARTS = {
    "rec": "    log_px = -torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction='none').sum(dim=(-3, -2, -1))\n",
    "pz": "    log_pz = (-0.5 * (z ** 2 + math.log(2 * math.pi))).sum(-1)\n",
    "qz": "    log_qz = (-0.5 * ((z - mu) ** 2 / logvar.exp() + logvar + math.log(2 * math.pi))).sum(-1)\n",
    "ret": "    return log_px + log_pz - log_qz\n",
}
def _lw(**over):
    parts = dict(_LW_PARTS, **over)
    return _LW + parts["rec"] + parts["pz"] + parts["qz"] + parts["ret"]

_IW_OK = '''    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''
_FB_OK = '''    kl = (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).mean(dim=0)
    return kl.clamp(min=lam).sum()
'''

MISTAKES = [
    # log_mean_exp
    dict(name="naive log(mean(exp)) underflows", grade_id="log_mean_exp",
         source=_LME + "    return torch.log(torch.exp(values).mean(dim=dim))\n"),
    dict(name="forgets - log n (log-sum-exp only)", grade_id="log_mean_exp",
         source=_LME + "    return torch.logsumexp(values, dim=dim)\n"),
    dict(name="divides by n instead of subtracting log n", grade_id="log_mean_exp",
         source=_LME + "    return torch.logsumexp(values, dim=dim) / values.shape[dim]\n"),
    dict(name="n taken from dimension 0 whatever dim", grade_id="log_mean_exp",
         source=_LME + "    return torch.logsumexp(values, dim=dim) - math.log(values.shape[0])\n"),
    dict(name="keepdim=True keeps the reduced dimension", grade_id="log_mean_exp",
         source=_LME + "    return torch.logsumexp(values, dim=dim, keepdim=True) - math.log(values.shape[dim])\n"),
    dict(name="max approximation (drops the other terms)", grade_id="log_mean_exp",
         source=_LME + "    return values.max(dim=dim).values - math.log(values.shape[dim])\n"),
    dict(name="mean of the logs (Jensen: lower bound)", grade_id="log_mean_exp",
         source=_LME + "    return values.mean(dim=dim)\n"),
    # log_weights
    dict(name="+ BCE instead of - BCE", grade_id="log_weights",
         source=_lw(rec="    log_px = torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction='none').sum(dim=(-3, -2, -1))\n")),
    dict(name="BCE averaged over the pixels", grade_id="log_weights",
         source=_lw(rec="    log_px = -torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction='none').mean(dim=(-3, -2, -1))\n")),
    dict(name="log 2 pi kept in the prior only", grade_id="log_weights",
         source=_lw(qz="    log_qz = (-0.5 * ((z - mu) ** 2 / logvar.exp() + logvar)).sum(-1)\n")),
    dict(name="log q forgets the log sigma^2 term", grade_id="log_weights",
         source=_lw(qz="    log_qz = (-0.5 * ((z - mu) ** 2 / logvar.exp() + math.log(2 * math.pi))).sum(-1)\n")),
    dict(name="divides by sigma instead of sigma^2", grade_id="log_weights",
         source=_lw(qz="    log_qz = (-0.5 * ((z - mu) ** 2 / torch.exp(0.5 * logvar) + logvar + math.log(2 * math.pi))).sum(-1)\n")),
    dict(name="prior evaluated at mu instead of z", grade_id="log_weights",
         source=_lw(pz="    log_pz = (-0.5 * (mu ** 2 + math.log(2 * math.pi))).sum(-1)\n")),
    dict(name="log p(z) averaged over the dimensions", grade_id="log_weights",
         source=_lw(pz="    log_pz = (-0.5 * (z ** 2 + math.log(2 * math.pi))).mean(-1)\n")),
    dict(name="signs of prior and posterior swapped", grade_id="log_weights",
         source=_lw(ret="    return log_px - log_pz + log_qz\n")),
    dict(name="BCE from sigmoid probabilities (unstable for large logits)", grade_id="log_weights",
         source=_lw(rec="    log_px = -torch.nn.functional.binary_cross_entropy(torch.sigmoid(logits), x.expand_as(logits), reduction='none').sum(dim=(-3, -2, -1))\n")),
    # iw_log_likelihood
    dict(name="noise drawn as (B, k, d) and transposed", grade_id="iw_log_likelihood",
         source=_IW + _IW_OK.replace("eps = torch.randn(k, B, d, generator=generator)", "eps = torch.randn(B, k, d, generator=generator).transpose(0, 1)")),
    dict(name="noise without the generator", grade_id="iw_log_likelihood",
         source=_IW + _IW_OK.replace("eps = torch.randn(k, B, d, generator=generator)", "eps = torch.randn(k, B, d)")),
    dict(name="exp(logvar) used as the standard deviation", grade_id="iw_log_likelihood",
         source=_IW + _IW_OK.replace("torch.exp(0.5 * logvar) * eps", "torch.exp(logvar) * eps")),
    dict(name="logits reshaped (B, k) then transposed: codes paired with the wrong images", grade_id="iw_log_likelihood",
         source=_IW + _IW_OK.replace("reshape(k, B, 1, 28, 28)", "reshape(B, k, 1, 28, 28).transpose(0, 1)")),
    dict(name="average of the log-weights (the ELBO) instead of log_mean_exp", grade_id="iw_log_likelihood",
         source=_IW + _IW_OK.replace("log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)", "log_weights(x, z, mu, logvar, logits).mean(dim=0)")),
    dict(name="decodes mu for every sample (model in eval decodes mean)", grade_id="iw_log_likelihood",
         source=_IW + '''    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(mu).unsqueeze(0).expand(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name="one randn call per sample (k calls)", grade_id="iw_log_likelihood",
         source=_IW + _IW_OK.replace("eps = torch.randn(k, B, d, generator=generator)", "eps = torch.stack([torch.randn(B, d, generator=generator) for _ in range(k)])")),
    dict(name="log_mean_exp over the images (dim=1)", grade_id="iw_log_likelihood",
         source=_IW + _IW_OK.replace("dim=0)", "dim=1)")),
    # kl_weight
    dict(name="integer division: 0 until the end of the warm-up", grade_id="kl_weight",
         source=_KW + "    if warmup_steps == 0:\n        return 1.0\n    return float(min(1, step // warmup_steps))\n"),
    dict(name="no cap at 1", grade_id="kl_weight",
         source=_KW + "    if warmup_steps == 0:\n        return 1.0\n    return step / warmup_steps\n"),
    dict(name="min(1, ...) returns the int 1 after the warm-up", grade_id="kl_weight",
         source=_KW + "    if warmup_steps == 0:\n        return 1\n    return min(1, step / warmup_steps)\n"),
    dict(name="divides by zero when warmup_steps is 0", grade_id="kl_weight",
         source=_KW + "    return min(1.0, step / warmup_steps)\n"),
    dict(name="off by one: (step + 1) / warmup_steps", grade_id="kl_weight",
         source=_KW + "    if warmup_steps == 0:\n        return 1.0\n    return min(1.0, (step + 1) / warmup_steps)\n"),
    dict(name="divides by warmup_steps - 1", grade_id="kl_weight",
         source=_KW + "    if warmup_steps <= 1:\n        return 1.0\n    return min(1.0, step / (warmup_steps - 1))\n"),
    dict(name="returns 0.0 when warmup_steps is 0", grade_id="kl_weight",
         source=_KW + "    if warmup_steps == 0:\n        return 0.0\n    return min(1.0, step / warmup_steps)\n"),
    # free_bits_kl
    dict(name="clamps each image's KL before averaging", grade_id="free_bits_kl",
         source=_FB + "    kl = -0.5 * (1 + logvar - mu ** 2 - logvar.exp())\n    return kl.clamp(min=lam).mean(dim=0).sum()\n"),
    dict(name="clamps the total KL (lam once for the whole code)", grade_id="free_bits_kl",
         source=_FB + "    kl = (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).mean(dim=0)\n    return kl.sum().clamp(min=lam)\n"),
    dict(name="hinge (KL - lam)+ instead of max(lam, KL)", grade_id="free_bits_kl",
         source=_FB + "    kl = (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).mean(dim=0)\n    return (kl - lam).clamp(min=0).sum()\n"),
    dict(name="clamp on detached values: no gradient at all", grade_id="free_bits_kl",
         source=_FB + "    kl = (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).mean(dim=0)\n    return torch.tensor(kl.detach().clamp(min=lam).sum().item())\n"),
    dict(name="soft maximum (softplus): gradient below lam", grade_id="free_bits_kl",
         source=_FB + "    kl = (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).mean(dim=0)\n    return (lam + torch.nn.functional.softplus(kl - lam)).sum()\n"),
    dict(name="KL summed over the batch instead of averaged", grade_id="free_bits_kl",
         source=_FB + "    kl = (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).sum(dim=0)\n    return kl.clamp(min=lam).sum()\n"),
    dict(name="averaged over dimensions instead of summed", grade_id="free_bits_kl",
         source=_FB + "    kl = (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).mean(dim=0)\n    return kl.clamp(min=lam).mean()\n"),
    dict(name="clamp from above (min(lam, KL))", grade_id="free_bits_kl",
         source=_FB + "    kl = (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).mean(dim=0)\n    return kl.clamp(max=lam).sum()\n"),
]

ALTERNATIVES = [
    dict(name="manual max-shift", grade_id="log_mean_exp",
         source=_LME + "    m = values.amax(dim=dim, keepdim=True)\n    m = torch.where(torch.isfinite(m), m, torch.zeros_like(m))\n    out = m.squeeze(dim) + torch.log(torch.exp(values - m).sum(dim=dim))\n    return out - math.log(values.size(dim))\n"),
    dict(name="log of n as a tensor", grade_id="log_mean_exp",
         source=_LME + "    n = values.shape[dim]\n    return values.logsumexp(dim) - torch.log(torch.tensor(float(n), dtype=values.dtype))\n"),
    dict(name="torch.distributions, constants in both", grade_id="log_weights",
         source=_LW + '''    from torch.distributions import Normal
    log_px = -torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(start_dim=2).sum(-1)
    log_pz = Normal(torch.zeros_like(z), torch.ones_like(z)).log_prob(z).sum(-1)
    log_qz = Normal(mu, torch.exp(0.5 * logvar)).log_prob(z).sum(-1)
    return log_px + log_pz - log_qz
'''),
    dict(name="constants dropped from both, softplus BCE", grade_id="log_weights",
         source=_LW + '''    xs = x.expand_as(logits)
    log_px = -(torch.nn.functional.softplus(logits) - xs * logits).flatten(2).sum(-1)
    log_pz = -0.5 * (z * z).sum(-1)
    log_qz = -0.5 * ((z - mu).pow(2) * torch.exp(-logvar) + logvar).sum(-1)
    return log_px + log_pz - log_qz
'''),
    dict(name="randn(k, *mu.shape), flatten/unflatten", grade_id="iw_log_likelihood",
         source=_IW + '''    mu, logvar = model.encoder(x)
    eps = torch.randn(k, *mu.shape, generator=generator)
    z = mu.unsqueeze(0) + eps * logvar.mul(0.5).exp().unsqueeze(0)
    logits = model.decoder(z.flatten(0, 1)).unflatten(0, (k, x.shape[0]))
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name="explicit float conversions", grade_id="kl_weight",
         source=_KW + "    if warmup_steps <= 0:\n        return 1.0\n    return float(min(1.0, float(step) / float(warmup_steps)))\n"),
    dict(name="kl_per_unit and torch.maximum", grade_id="free_bits_kl",
         source=_FB + "    per_dim = kl_per_unit(mu, logvar)\n    return torch.maximum(per_dim, torch.full_like(per_dim, lam)).sum()\n"),
    dict(name="torch.where with scalar lam", grade_id="free_bits_kl",
         source=_FB + "    per_dim = 0.5 * (mu.pow(2) + logvar.exp() - 1 - logvar).mean(0)\n    return torch.where(per_dim > lam, per_dim, torch.full_like(per_dim, lam)).sum()\n"),
]
