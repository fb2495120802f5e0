"""Blind round 8: mistakes and alternatives for notebook 09_how_good (written from the student notebook only)."""

NOTEBOOK = "09_how_good"

LME = '''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
{body}
'''


def lme(body):
    return LME.format(body=body)


LW = '''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
{body}
'''

PX_OK = ("    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction='none')\n"
         "    log_px = -bce.flatten(start_dim=2).sum(dim=2)\n")
PZ_OK = "    log_pz = -0.5 * (z ** 2 + math.log(2 * math.pi)).sum(dim=-1)\n"
QZ_OK = "    log_qz = -0.5 * ((z - mu) ** 2 / logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)\n"
RET_OK = "    return log_px + log_pz - log_qz"


def lw(px=PX_OK, pz=PZ_OK, qz=QZ_OK, ret=RET_OK):
    return LW.format(body=px + pz + qz + ret)


IW = '''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
{body}
'''

ENC = "    mu, logvar = model.encoder(x)\n    B, d = mu.shape\n"
EPS_OK = "    eps = torch.randn(k, B, d, generator=generator)\n"
Z_OK = "    z = mu + torch.exp(0.5 * logvar) * eps\n"
DEC_OK = "    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)\n"
RED_OK = "    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)"


def iw(enc=ENC, eps=EPS_OK, z=Z_OK, dec=DEC_OK, red=RED_OK):
    return IW.format(body=enc + eps + z + dec + red)


KW = '''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
{body}
'''


def kw(body):
    return KW.format(body=body)


FB = '''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
{body}
'''

KL_BD = "    kl = -0.5 * (1 + logvar - mu ** 2 - logvar.exp())  # (B, d)\n"


def fb(body):
    return FB.format(body=body)


MISTAKES = [
    # ---------------- log_mean_exp ----------------
    dict(name="log of the mean of exp: underflows far below 0", grade_id="log_mean_exp",
         source=lme("    return torch.log(torch.exp(values).mean(dim=dim))")),
    dict(name="log(n) taken from len(values) (dimension 0) whatever dim", grade_id="log_mean_exp",
         source=lme("    return torch.logsumexp(values, dim=dim) - math.log(len(values))")),
    dict(name="subtracts n instead of log(n)", grade_id="log_mean_exp",
         source=lme("    return torch.logsumexp(values, dim=dim) - values.shape[dim]")),
    dict(name="divides the logsumexp by n", grade_id="log_mean_exp",
         source=lme("    return torch.logsumexp(values, dim=dim) / values.shape[dim]")),
    dict(name="n from the last dimension", grade_id="log_mean_exp",
         source=lme("    return torch.logsumexp(values, dim=dim) - math.log(values.shape[-1])")),
    dict(name="keepdim=True: the reduced dimension stays", grade_id="log_mean_exp",
         source=lme("    return torch.logsumexp(values, dim=dim, keepdim=True) - math.log(values.shape[dim])")),
    dict(name="mean of the values (the ELBO-style average of logs)", grade_id="log_mean_exp",
         source=lme("    return values.mean(dim=dim)")),
    dict(name="max-shift trick that forgets to add the max back", grade_id="log_mean_exp",
         source=lme("    top = values.max(dim=dim, keepdim=True).values\n"
                    "    return torch.log(torch.exp(values - top).mean(dim=dim))")),

    # ---------------- log_weights ----------------
    dict(name="drops log 2 pi from log q only", grade_id="log_weights",
         source=lw(qz="    log_qz = -0.5 * ((z - mu) ** 2 / logvar.exp() + logvar).sum(dim=-1)\n")),
    dict(name="divides by sigma instead of sigma^2 in log q", grade_id="log_weights",
         source=lw(qz="    log_qz = -0.5 * ((z - mu) ** 2 / torch.exp(0.5 * logvar) + logvar + math.log(2 * math.pi)).sum(dim=-1)\n")),
    dict(name="log sigma^2 halved twice: 0.5 * logvar inside the -1/2 (...)", grade_id="log_weights",
         source=lw(qz="    log_qz = -0.5 * ((z - mu) ** 2 / logvar.exp() + 0.5 * logvar + math.log(2 * math.pi)).sum(dim=-1)\n")),
    dict(name="log p(x|z) = +BCE (the cross-entropy not negated)", grade_id="log_weights",
         source=lw(px="    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction='none')\n"
                      "    log_px = bce.flatten(start_dim=2).sum(dim=2)\n")),
    dict(name="sums the pixels over the last two dimensions only: (k, B, 1), broadcasts to (k, B, B)",
         grade_id="log_weights",
         source=lw(px="    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction='none')\n"
                      "    log_px = -bce.sum(dim=(-1, -2))\n")),
    dict(name="analytic KL in place of log p(z) - log q(z|x) (an ELBO per code, not a weight)", grade_id="log_weights",
         source=lw(pz="", qz="    kl = -0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum(dim=-1)\n",
                   ret="    return log_px - kl")),
    dict(name="averages over the latent dimensions instead of summing", grade_id="log_weights",
         source=lw(pz="    log_pz = -0.5 * (z ** 2 + math.log(2 * math.pi)).mean(dim=-1)\n",
                   qz="    log_qz = -0.5 * ((z - mu) ** 2 / logvar.exp() + logvar + math.log(2 * math.pi)).mean(dim=-1)\n")),
    dict(name="averages the cross-entropy over the pixels", grade_id="log_weights",
         source=lw(px="    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction='none')\n"
                      "    log_px = -bce.flatten(start_dim=2).mean(dim=2)\n")),
    dict(name="log p(z) with the prior's variance taken as 2 (z^2 / 4)", grade_id="log_weights",
         source=lw(pz="    log_pz = -0.5 * (z ** 2 / 2 + math.log(2 * math.pi)).sum(dim=-1)\n")),
    dict(name="log q centred on the average of the k codes instead of on mu", grade_id="log_weights",
         source=lw(qz="    centre = z.mean(dim=0, keepdim=True)\n"
                      "    log_qz = -0.5 * ((z - centre) ** 2 / logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)\n")),

    # ---------------- iw_log_likelihood ----------------
    dict(name="noise drawn as (B, k, d) and transposed", grade_id="iw_log_likelihood",
         source=iw(eps="    eps = torch.randn(B, k, d, generator=generator).transpose(0, 1)\n")),
    dict(name="noise drawn in k calls of (B, d)", grade_id="iw_log_likelihood",
         source=iw(eps="    eps = torch.stack([torch.randn(B, d, generator=generator) for _ in range(k)])\n")),
    dict(name="sigma = exp(logvar)", grade_id="iw_log_likelihood",
         source=iw(z="    z = mu + torch.exp(logvar) * eps\n")),
    dict(name="logits reshaped as (B, k, ...) then transposed: codes and images mismatched", grade_id="iw_log_likelihood",
         source=iw(dec="    logits = model.decoder(z.reshape(k * B, d)).reshape(B, k, 1, 28, 28).transpose(0, 1)\n")),
    dict(name="averages the log-weights (the ELBO) instead of log-mean-exp", grade_id="iw_log_likelihood",
         source=iw(red="    return log_weights(x, z, mu, logvar, logits).mean(dim=0)")),
    dict(name="noise from the global random state (randn_like)", grade_id="iw_log_likelihood",
         source=iw(eps="    eps = torch.randn_like(mu.expand(k, B, d))\n")),
    dict(name="re-seeds the given generator with 0 on every call", grade_id="iw_log_likelihood",
         source=iw(eps="    generator.manual_seed(0)\n    eps = torch.randn(k, B, d, generator=generator)\n")),
    dict(name="one noise draw shared by the B images (randn(k, 1, d))", grade_id="iw_log_likelihood",
         source=iw(eps="    eps = torch.randn(k, 1, d, generator=generator).expand(k, B, d)\n")),
    dict(name="logsumexp over the k codes minus log B (the batch size) instead of log k", grade_id="iw_log_likelihood",
         source=iw(red="    weights = log_weights(x, z, mu, logvar, logits)\n"
                       "    return torch.logsumexp(weights, dim=0) - math.log(B)")),

    # ---------------- kl_weight ----------------
    dict(name="(step + 1) / warmup_steps: off by one", grade_id="kl_weight",
         source=kw("    if warmup_steps == 0:\n        return 1.0\n    return min(1.0, (step + 1) / warmup_steps)")),
    dict(name="step / (warmup_steps - 1): reaches 1 a step early", grade_id="kl_weight",
         source=kw("    if warmup_steps <= 1:\n        return 1.0\n    return min(1.0, step / (warmup_steps - 1))")),
    dict(name="integer division", grade_id="kl_weight",
         source=kw("    if warmup_steps == 0:\n        return 1.0\n    return float(min(1, step // warmup_steps))")),
    dict(name="no special case for warmup_steps = 0", grade_id="kl_weight",
         source=kw("    return min(1.0, step / warmup_steps)")),
    dict(name="returns 0.0 when warmup_steps is 0", grade_id="kl_weight",
         source=kw("    if warmup_steps == 0:\n        return 0.0\n    return min(1.0, step / warmup_steps)")),
    dict(name="guards with max(warmup_steps, 1): weight 0 at step 0 when warmup_steps is 0", grade_id="kl_weight",
         source=kw("    return min(1.0, step / max(warmup_steps, 1))")),
    dict(name="a sigmoid-shaped warm-up instead of the linear one", grade_id="kl_weight",
         source=kw("    if warmup_steps == 0:\n        return 1.0\n"
                   "    return float(min(1.0, 1 / (1 + math.exp(-10 * (step / warmup_steps - 0.5)))))")),
    dict(name="returns a tensor", grade_id="kl_weight",
         source=kw("    if warmup_steps == 0:\n        return torch.tensor(1.0)\n"
                   "    return torch.clamp(torch.tensor(step / warmup_steps), max=1.0)")),
    dict(name="cosine warm-up 1 - cos(pi t / 2T)", grade_id="kl_weight",
         source=kw("    if warmup_steps == 0:\n        return 1.0\n"
                   "    return float(1 - math.cos(math.pi / 2 * min(1.0, step / warmup_steps)))")),

    # ---------------- free_bits_kl ----------------
    dict(name="clamps each image's KL before averaging", grade_id="free_bits_kl",
         source=fb(KL_BD + "    return kl.clamp(min=lam).mean(dim=0).sum()")),
    dict(name="clamps the total KL instead of each dimension", grade_id="free_bits_kl",
         source=fb(KL_BD + "    return kl.sum(dim=1).mean().clamp(min=lam)")),
    dict(name="clamp with max=lam (an upper bound)", grade_id="free_bits_kl",
         source=fb(KL_BD + "    return kl.mean(dim=0).clamp(max=lam).sum()")),
    dict(name="averages over the dimensions instead of summing", grade_id="free_bits_kl",
         source=fb(KL_BD + "    return kl.mean(dim=0).clamp(min=lam).mean()")),
    dict(name="sums over the batch instead of averaging", grade_id="free_bits_kl",
         source=fb(KL_BD + "    return kl.sum(dim=0).clamp(min=lam).sum()")),
    dict(name="hinge max(0, KL_j - lam): the constant lam per dimension is lost", grade_id="free_bits_kl",
         source=fb(KL_BD + "    return (kl.mean(dim=0) - lam).clamp(min=0).sum()")),
    dict(name="softplus 'soft clamp': gradient leaks below lam", grade_id="free_bits_kl",
         source=fb(KL_BD + "    return (torch.nn.functional.softplus(kl.mean(dim=0) - lam) + lam).sum()")),
    dict(name="detaches the small dimensions but keeps their value (not clamped to lam)", grade_id="free_bits_kl",
         source=fb(KL_BD + "    per_dim = kl.mean(dim=0)\n"
                   "    return torch.where(per_dim > lam, per_dim, per_dim.detach()).sum()")),
    dict(name="lam converted from bits to nats (multiplied by log 2)", grade_id="free_bits_kl",
         source=fb(KL_BD + "    return kl.mean(dim=0).clamp(min=lam * math.log(2)).sum()")),
]

ALTERNATIVES = [
    dict(name="torch.log of a tensor n", grade_id="log_mean_exp",
         source=lme("    n = torch.tensor(values.shape[dim], dtype=values.dtype)\n"
                    "    return torch.logsumexp(values, dim=dim) - torch.log(n)")),
    dict(name="logsumexp minus math.log(size(dim))", grade_id="log_mean_exp",
         source=lme("    return values.logsumexp(dim) - math.log(values.size(dim))")),
    dict(name="torch.distributions log_prob for p(z) and q(z|x)", grade_id="log_weights",
         source=lw(pz="    normal = torch.distributions.Normal\n"
                      "    log_pz = normal(torch.zeros_like(z), torch.ones_like(z)).log_prob(z).sum(-1)\n",
                   qz="    log_qz = normal(mu, torch.exp(0.5 * logvar)).log_prob(z).sum(-1)\n")),
    dict(name="constants dropped from both densities, softplus BCE", grade_id="log_weights",
         source=lw(px="    target = x.unsqueeze(0)\n    log_px = -(F.softplus(logits) - target * logits).sum(dim=(2, 3, 4))\n",
                   pz="    log_pz = -0.5 * z.pow(2).sum(-1)\n",
                   qz="    log_qz = -0.5 * ((z - mu).pow(2) * torch.exp(-logvar) + logvar).sum(-1)\n")),
    dict(name="flatten(0, 1) and unflatten", grade_id="iw_log_likelihood",
         source=iw(enc="    mu, logvar = model.encoder(x)\n    B, d = mu.shape[0], mu.shape[1]\n",
                   z="    z = mu.unsqueeze(0) + (0.5 * logvar).exp().unsqueeze(0) * eps\n",
                   dec="    logits = model.decoder(z.flatten(0, 1)).unflatten(0, (k, B))\n")),
    dict(name="explicit branches", grade_id="kl_weight",
         source=kw("    if warmup_steps <= 0 or step >= warmup_steps:\n        return 1.0\n"
                   "    return float(step) / float(warmup_steps)")),
    dict(name="kl_per_unit (imported) with torch.maximum", grade_id="free_bits_kl",
         source=fb("    per_dim = kl_per_unit(mu, logvar)\n"
                   "    return torch.maximum(per_dim, torch.full_like(per_dim, lam)).sum()")),
    dict(name="relu(KL_j - lam) + lam", grade_id="free_bits_kl",
         source=fb(KL_BD + "    return (torch.relu(kl.mean(dim=0) - lam) + lam).sum()")),
]
