NOTEBOOK = "09_how_good"
MISTAKES, ALTERNATIVES = [], []


def M(name, gid, src):
    MISTAKES.append(dict(name=name, grade_id=gid, source=src))


def A(name, gid, src):
    ALTERNATIVES.append(dict(name=name, grade_id=gid, source=src))


LM = '''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
{body}
'''
for name, body in [
    ("naive log(mean(exp)): underflows to -inf far below 0", "    return values.exp().mean(dim).log()"),
    ("forgets to subtract log(n)", "    return torch.logsumexp(values, dim)"),
    ("n read from dimension 0 whatever dim is", "    return torch.logsumexp(values, dim) - math.log(values.shape[0])"),
    ("mean of the values (Jensen: the ELBO, not the log-mean-exp)", "    return values.mean(dim)"),
    ("keepdim=True: the dimension is kept", "    return torch.logsumexp(values, dim, keepdim=True) - math.log(values.shape[dim])"),
    ("divides by n instead of subtracting log n", "    return torch.logsumexp(values, dim) / values.shape[dim]"),
    ("n = numel", "    return torch.logsumexp(values, dim) - math.log(values.numel())"),
    ("log(n - 1)", "    return torch.logsumexp(values, dim) - math.log(values.shape[dim] - 1)"),
    ("manual max shift without adding the max back", "    m = values.max(dim, keepdim=True).values\n    return (values - m).exp().mean(dim).log()"),
    ("subtracts log n twice (logsumexp of values - log n, then again)", "    n = values.shape[dim]\n    return torch.logsumexp(values - math.log(n), dim) - math.log(n)"),
    ("max shift, but the shift of -inf rows gives NaN and uses global max (not per slice)", "    m = values.max()\n    return m + (values - m).exp().mean(dim).log()"),
    ("float64 result via numpy", "    import numpy as np\n    from scipy.special import logsumexp\n    return torch.from_numpy(np.asarray(logsumexp(values.detach().numpy().astype(np.float64), axis=dim) - np.log(values.shape[dim])))"),
]:
    M(name, "log_mean_exp", LM.format(body=body))
A("max-shift by hand, per slice", "log_mean_exp", LM.format(body="    m = values.amax(dim=dim, keepdim=True)\n    m = torch.where(torch.isfinite(m), m, torch.zeros_like(m))\n    out = m.squeeze(dim) + torch.log(torch.exp(values - m).sum(dim))\n    return out - math.log(values.size(dim))"))
A("logsumexp minus log of a tensor n", "log_mean_exp", LM.format(body="    n = torch.tensor(float(values.shape[dim]), dtype=values.dtype)\n    return values.logsumexp(dim=dim) - n.log()"))

LW = '''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    import torch.nn.functional as F
{body}
'''
PX = "    log_px = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction='none').flatten(2).sum(-1)\n"
PZ = "    log_pz = (-0.5 * (z ** 2 + math.log(2 * math.pi))).sum(-1)\n"
QZ = "    log_qz = (-0.5 * ((z - mu) ** 2 / logvar.exp() + logvar + math.log(2 * math.pi))).sum(-1)\n"
RT = "    return log_px + log_pz - log_qz"
for name, body in [
    ("sign of log p(x|z): adds the cross-entropy", PX.replace("-F.binary", "F.binary") + PZ + QZ + RT),
    ("log 2 pi left out of log q(z|x) only", PX + PZ + QZ.replace(" + math.log(2 * math.pi)", "") + RT),
    ("sigma instead of sigma^2 in log q", PX + PZ + QZ.replace("logvar.exp()", "(0.5 * logvar).exp()") + RT),
    ("forgets the log sigma^2 term of log q", PX + PZ + QZ.replace(" + logvar + ", " + ") + RT),
    ("averages over the pixels", PX.replace("flatten(2).sum(-1)", "flatten(2).mean(-1)") + PZ + QZ + RT),
    ("analytic KL in place of log p(z) - log q(z|x)", PX + "    kl = (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).sum(-1)\n    return log_px - kl"),
    ("sums the pixels over k and B together: wrong shape", "    log_px = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction='none').flatten(1).sum(-1)[:, None]\n" + PZ + QZ + RT),
    ("log q divides by logvar instead of exp(logvar)", PX + PZ + QZ.replace("/ logvar.exp()", "/ logvar") + RT),
    ("returns log q - log p (sign of the latent terms flipped)", PX + PZ + QZ + "    return log_px - log_pz + log_qz"),
    ("mu paired with the wrong axis (mu[:, None]): only works when k == B, then wrong", PX + PZ + QZ.replace("(z - mu)", "(z - mu[:, None])").replace("+ logvar +", "+ logvar[:, None] +").replace("logvar.exp()", "logvar[:, None].exp()") + RT),
    ("sums the latent terms over dim 0 (the k codes)", PX + PZ.replace(".sum(-1)", ".sum(-1)") + "    log_qz = (-0.5 * ((z - mu) ** 2 / logvar.exp() + logvar + math.log(2 * math.pi))).sum(0).sum(-1)\n" + RT),
    ("prior term without the 1/2", PX + "    log_pz = (-(z ** 2) - 0.5 * math.log(2 * math.pi)).sum(-1)\n" + QZ + RT),
    ("binarises x before the cross-entropy", PX.replace("x.expand_as(logits)", "(x > 0.5).float().expand_as(logits)") + PZ + QZ + RT),
]:
    M(name, "log_weights", LW.format(body=body))
A("torch.distributions Normal log_prob + reshaped bernoulli_reconstruction", "log_weights", LW.format(body='''    k, B = z.shape[0], z.shape[1]
    bce = bernoulli_reconstruction(logits.reshape(k * B, *logits.shape[2:]), x.repeat(k, 1, 1, 1)).reshape(k, B)
    prior = torch.distributions.Normal(torch.zeros_like(z), torch.ones_like(z)).log_prob(z).sum(-1)
    posterior = torch.distributions.Normal(mu, torch.exp(0.5 * logvar)).log_prob(z).sum(-1)
    return -bce + prior - posterior'''))
A("softplus BCE, constants left out of both", "log_weights", LW.format(body='''    target = x.unsqueeze(0)
    log_px = -(F.softplus(logits) - target * logits).sum(dim=(-3, -2, -1))
    log_pz = -0.5 * (z ** 2).sum(-1)
    log_qz = -0.5 * ((z - mu) ** 2 * torch.exp(-logvar) + logvar).sum(-1)
    return log_px + log_pz - log_qz'''))

IW = '''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
{body}
'''
IW0 = '''    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''
for name, body in [
    ("noise from the global RNG", IW0.replace("torch.randn(k, B, d, generator=generator)", "torch.randn(k, B, d)")),
    ("noise drawn as (B, k, d) and transposed: other values than the stated draw", IW0.replace("torch.randn(k, B, d, generator=generator)", "torch.randn(B, k, d, generator=generator).transpose(0, 1)")),
    ("variance instead of std", IW0.replace("torch.exp(0.5 * logvar)", "torch.exp(logvar)")),
    ("codes decoded in the wrong order: logits mismatched with z", IW0.replace("model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)", "model.decoder(z.transpose(0, 1).reshape(k * B, d)).reshape(k, B, 1, 28, 28)")),
    ("mean of the log weights (the ELBO, not L_k)", IW0.replace("log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)", "log_weights(x, z, mu, logvar, logits).mean(dim=0)")),
    ("log_mean_exp over the images (dim=1)", IW0.replace("dim=0)", "dim=1)")),
    ("reseeds the generator with 0 on each call", "    generator.manual_seed(0)\n" + IW0),
    ("uses model(x): decodes mu only in eval mode", "    logits0, mu, logvar = model(x)\n    B, d = mu.shape\n    eps = torch.randn(k, B, d, generator=generator)\n    z = mu + torch.exp(0.5 * logvar) * eps\n    logits = logits0.unsqueeze(0).expand(k, *logits0.shape)\n    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)"),
    ("one noise draw (B, d) reused for the k codes", IW0.replace("torch.randn(k, B, d, generator=generator)", "torch.randn(B, d, generator=generator).expand(k, B, d)")),
    ("float64 noise: float64 estimate", IW0.replace("torch.randn(k, B, d, generator=generator)", "torch.randn(k, B, d, generator=generator, dtype=torch.float64)")),
    ("logsumexp without the - log k", IW0.replace("log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)", "torch.logsumexp(log_weights(x, z, mu, logvar, logits), dim=0)")),
    ("std = exp(-0.5 logvar)", IW0.replace("torch.exp(0.5 * logvar)", "torch.exp(-0.5 * logvar)")),
    ("noise drawn one code at a time in a loop of k (B, d) draws of a different layout", IW0.replace("    eps = torch.randn(k, B, d, generator=generator)\n", "    eps = torch.stack([torch.randn(d, B, generator=generator).T for _ in range(k)])\n")),
]:
    M(name, "iw_log_likelihood", IW.format(body=body))
A("latent size from mu, unflatten, reshape_as", "iw_log_likelihood", IW.format(body='''    mu, logvar = model.encoder(x)
    eps = torch.randn(k, *mu.shape, generator=generator)
    z = mu.unsqueeze(0) + (0.5 * logvar).exp().unsqueeze(0) * eps
    flat = z.flatten(0, 1)
    logits = model.decoder(flat).unflatten(0, (k, mu.shape[0]))
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), 0)'''))

KW = '''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
{body}
'''
for name, body in [
    ("ZeroDivisionError when warmup_steps is 0", "    return float(min(1.0, step / warmup_steps))"),
    ("(step + 1) / T: not 0 at step 0", "    if warmup_steps == 0:\n        return 1.0\n    return min(1.0, (step + 1) / warmup_steps)"),
    ("integer division: 0 until the end of the warm-up", "    if warmup_steps == 0:\n        return 1.0\n    return float(min(1, step // warmup_steps))"),
    ("no cap at 1", "    if warmup_steps == 0:\n        return 1.0\n    return step / warmup_steps"),
    ("returns 0 when warmup_steps is 0", "    if warmup_steps == 0:\n        return 0.0\n    return min(1.0, step / warmup_steps)"),
    ("divides by warmup_steps - 1", "    if warmup_steps <= 1:\n        return 1.0\n    return min(1.0, step / (warmup_steps - 1))"),
    ("returns a torch tensor", "    import torch\n    if warmup_steps == 0:\n        return torch.tensor(1.0)\n    return torch.clamp(torch.tensor(step / warmup_steps), max=1.0)"),
    ("max instead of min", "    if warmup_steps == 0:\n        return 1.0\n    return max(1.0, step / warmup_steps)"),
    ("sigmoid-shaped warm-up instead of linear", "    import math\n    if warmup_steps == 0:\n        return 1.0\n    return min(1.0, 1 / (1 + math.exp(-10 * (step / warmup_steps - 0.5))))"),
    ("weight 1 - t/T (decreasing)", "    if warmup_steps == 0:\n        return 1.0\n    return max(0.0, 1 - step / warmup_steps)"),
]:
    M(name, "kl_weight", KW.format(body=body))
A("conditional form", "kl_weight", KW.format(body="    if warmup_steps <= 0 or step >= warmup_steps:\n        return 1.0\n    return step / float(warmup_steps)"))

FB = '''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
{body}
'''
KLJ = "    kl = -0.5 * (1 + logvar - mu ** 2 - logvar.exp())\n"
for name, body in [
    ("clamps each image's KL before averaging", KLJ + "    return kl.clamp(min=lam).mean(dim=0).sum()"),
    ("clamps the total KL", KLJ + "    return kl.mean(dim=0).sum().clamp(min=lam)"),
    ("clamps the batch sum, not the batch mean", KLJ + "    return kl.sum(dim=0).clamp(min=lam).sum()"),
    ("clamp(max=lam) instead of min", KLJ + "    return kl.mean(dim=0).clamp(max=lam).sum()"),
    ("mean over the dimensions instead of the sum", KLJ + "    return kl.mean(dim=0).clamp(min=lam).mean()"),
    ("subtracts lam after the clamp", KLJ + "    return (kl.mean(dim=0).clamp(min=lam) - lam).sum()"),
    ("softplus soft clamp: gradient below lam is not zero", "    import torch.nn.functional as F\n" + KLJ + "    m = kl.mean(dim=0)\n    return (lam + F.softplus(m - lam)).sum()"),
    ("returns a Python float", KLJ + "    return float(kl.mean(dim=0).clamp(min=lam).sum())"),
    ("keeps a (1,) shape", KLJ + "    return kl.mean(dim=0).clamp(min=lam).sum().reshape(1)"),
    ("no clamp at all", KLJ + "    return kl.mean(dim=0).sum()"),
    ("clamp in a way that keeps the gradient below lam (straight-through)", KLJ + "    m = kl.mean(dim=0)\n    return (m + (m.clamp(min=lam) - m).detach()).sum()"),
    ("sums over the batch at the end (not averaged)", KLJ + "    return kl.clamp(min=lam).sum()"),
    ("std instead of variance in the KL", "    kl = -0.5 * (1 + logvar - mu ** 2 - (0.5 * logvar).exp())\n    return kl.mean(dim=0).clamp(min=lam).sum()"),
]:
    M(name, "free_bits_kl", FB.format(body=body))
A("torch.maximum with kl_per_unit", "free_bits_kl", FB.format(body="    per_dim = kl_per_unit(mu, logvar)\n    return torch.maximum(per_dim, torch.full_like(per_dim, lam)).sum()"))
A("kl + relu(lam - kl)", "free_bits_kl", FB.format(body="    m = (0.5 * (mu.pow(2) + logvar.exp() - 1 - logvar)).mean(0)\n    return (m + torch.relu(lam - m)).sum()"))


def _balanced(items, cap):
    """Keep at most `cap` items, spread over every grade_id, evenly sampled within each."""
    groups = {}
    for item in items:
        groups.setdefault(item["grade_id"], []).append(item)
    if len(items) <= cap:
        return items
    quota = {g: 1 for g in groups}
    left = cap - len(groups)
    while left > 0:
        g = max(groups, key=lambda g: (len(groups[g]) - quota[g]) / len(groups[g]) if quota[g] < len(groups[g]) else -1)
        if quota[g] >= len(groups[g]):
            break
        quota[g] += 1
        left -= 1
    kept = []
    for g, group in groups.items():
        q, n = quota[g], len(group)
        picks = sorted({min(n - 1, (i * n) // q + (n // q) // 2) for i in range(q)})
        i = 0
        while len(picks) < q:
            if i not in picks:
                picks.append(i)
            i += 1
        kept += [group[i] for i in sorted(picks)]
    return kept


MISTAKES = _balanced(MISTAKES, 34)
ALTERNATIVES = _balanced(ALTERNATIVES, 8)
