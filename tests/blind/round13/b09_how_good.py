import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _util import make

NOTEBOOK = "09_how_good"

LME = '''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
    n = values.shape[dim]
    return torch.logsumexp(values, dim=dim) - math.log(n)
'''
LW = '''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
    import torch.nn.functional as F
    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")
    log_px = -bce.flatten(start_dim=2).sum(dim=2)
    log_pz = (-0.5 * (z ** 2 + math.log(2 * math.pi))).sum(dim=2)
    log_qz = (-0.5 * ((z - mu) ** 2 / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=2)
    return log_px + log_pz - log_qz
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
KW = '''def kl_weight(step, warmup_steps):
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
    per_dim = kl_per_unit(mu, logvar)
    return per_dim.clamp(min=lam).sum()
'''

l = make("log_mean_exp", LME)
w = make("log_weights", LW)
i = make("iw_log_likelihood", IW)
k = make("kl_weight", KW)
f = make("free_bits_kl", FB)

MISTAKES = [
    l("naive log(mean(exp)) underflows", "return torch.logsumexp(values, dim=dim) - math.log(n)", "return torch.log(torch.exp(values).mean(dim=dim))"),
    l("forgets the - log n (log-sum-exp)", " - math.log(n)", ""),
    l("n read from dim 0 always", "n = values.shape[dim]", "n = values.shape[0]"),
    l("divides by n instead of subtracting log n", "return torch.logsumexp(values, dim=dim) - math.log(n)", "return torch.logsumexp(values, dim=dim) / n"),
    l("keepdim=True", "torch.logsumexp(values, dim=dim)", "torch.logsumexp(values, dim=dim, keepdim=True)"),
    l("mean of the values (Jensen lower bound)", "return torch.logsumexp(values, dim=dim) - math.log(n)", "return values.mean(dim=dim)"),
    l("max instead of logsumexp", "torch.logsumexp(values, dim=dim)", "values.max(dim=dim).values"),
    l("subtracts log(n - 1)", "math.log(n)", "math.log(n - 1) if n > 1 else 0.0"),
    l("changed default dim", "def log_mean_exp(values, dim=0):", "def log_mean_exp(values, dim=-1):"),
    l("log n in float64 tensor returns float64", "return torch.logsumexp(values, dim=dim) - math.log(n)", "return torch.logsumexp(values, dim=dim) - torch.log(torch.tensor(n, dtype=torch.float64)).expand(values.select(dim, 0).shape)"),
    w("log q without the log-variance", " + logvar + math.log(2 * math.pi)))", " + math.log(2 * math.pi)))"),
    w("sign of log p(x|z) flipped (adds the BCE)", "log_px = -bce.flatten(start_dim=2).sum(dim=2)", "log_px = bce.flatten(start_dim=2).sum(dim=2)"),
    w("log q divides by sigma instead of sigma^2", "(z - mu) ** 2 / logvar.exp()", "(z - mu) ** 2 / torch.exp(0.5 * logvar)"),
    w("log 2 pi left out of log p(z) only", "log_pz = (-0.5 * (z ** 2 + math.log(2 * math.pi))).sum(dim=2)", "log_pz = (-0.5 * z ** 2).sum(dim=2)"),
    w("BCE averaged over pixels", "log_px = -bce.flatten(start_dim=2).sum(dim=2)", "log_px = -bce.flatten(start_dim=2).mean(dim=2)"),
    w("returns log q - log p (sign of the ratio)", "return log_px + log_pz - log_qz", "return log_px - log_pz + log_qz"),
    w("sums the pixels over the batch dimension too", "log_px = -bce.flatten(start_dim=2).sum(dim=2)", "log_px = -bce.flatten(start_dim=1).sum(dim=1)[:, None].expand(z.shape[0], z.shape[1])"),
    w("prior with variance of q (uses mu)", "log_pz = (-0.5 * (z ** 2 + math.log(2 * math.pi))).sum(dim=2)", "log_pz = (-0.5 * ((z - mu) ** 2 + math.log(2 * math.pi))).sum(dim=2)"),
    w("uses the analytic KL instead of log p(z) - log q(z|x)", "return log_px + log_pz - log_qz", "kl = -0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum(dim=1)\n    return log_px - kl"),
    w("sigmoid + log (unstable for large logits)", 'bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")',
      'p = torch.sigmoid(logits)\n    bce = -(x * torch.log(p) + (1 - x) * torch.log(1 - p))'),
    w("log q with half the log-variance", " + logvar + math.log(2 * math.pi)))", " + 0.5 * logvar + math.log(2 * math.pi)))"),
    w("densities summed over the wrong dim (k)", "log_qz = (-0.5 * ((z - mu) ** 2 / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=2)",
      "log_qz = (-0.5 * ((z - mu) ** 2 / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=2).mean(dim=0, keepdim=True).expand(z.shape[0], -1)"),
    i("decodes mu for every code instead of z", "    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)\n", "    logits = model.decoder(mu).expand(k, B, 1, 28, 28)\n"),
    i("noise drawn as (B, k, d)", "eps = torch.randn(k, B, d, generator=generator)", "eps = torch.randn(B, k, d, generator=generator).transpose(0, 1)"),
    i("noise drawn without the generator", "eps = torch.randn(k, B, d, generator=generator)", "eps = torch.randn(k, B, d)"),
    i("exp(logvar) as the std", "torch.exp(0.5 * logvar)", "torch.exp(logvar)"),
    i("mean over codes in log space (ELBO, not IW)", "return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)", "return log_weights(x, z, mu, logvar, logits).mean(dim=0)"),
    i("log_mean_exp over images (dim 1)", "log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)", "log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=1)"),
    i("k draws one at a time in a loop (different noise)", "eps = torch.randn(k, B, d, generator=generator)", "eps = torch.stack([torch.randn(B, d, generator=generator) for _ in range(k)]).flip(0)"),
    i("reshape of logits in the wrong order (B, k)", "logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)", "logits = model.decoder(z.transpose(0, 1).reshape(k * B, d)).reshape(k, B, 1, 28, 28)"),
    i("returns the mean over the batch (scalar)", "return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)", "return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0).mean()"),
    i("same noise for every image", "eps = torch.randn(k, B, d, generator=generator)", "eps = torch.randn(k, 1, d, generator=generator).expand(k, B, d)"),
    i("noise reseeded from a fresh generator", "eps = torch.randn(k, B, d, generator=generator)", "eps = torch.randn(k, B, d, generator=torch.Generator().manual_seed(0))"),
    k("integer division", "return float(min(1.0, step / warmup_steps))", "return float(min(1, step // warmup_steps))"),
    k("not capped at 1", "return float(min(1.0, step / warmup_steps))", "return float(step / warmup_steps)"),
    k("returns 0 when warmup_steps is 0", "        return 1.0\n", "        return 0.0\n"),
    k("off by one: (step + 1) / T", "step / warmup_steps", "(step + 1) / warmup_steps"),
    k("ZeroDivisionError when warmup is 0", "    if warmup_steps == 0:\n        return 1.0\n", ""),
    k("divides by T - 1", "step / warmup_steps", "step / max(1, warmup_steps - 1)"),
    k("returns a tensor", "return float(min(1.0, step / warmup_steps))", "return torch.tensor(min(1.0, step / warmup_steps))"),
    k("cosine instead of linear warm-up", "return float(min(1.0, step / warmup_steps))", "return float(0.5 - 0.5 * math.cos(math.pi * min(1.0, step / warmup_steps)))"),
    f("clamp on the total KL", "return per_dim.clamp(min=lam).sum()", "return per_dim.sum().clamp(min=lam)"),
    f("clamp per image before averaging", "    per_dim = kl_per_unit(mu, logvar)\n    return per_dim.clamp(min=lam).sum()",
      "    kl = -0.5 * (1 + logvar - mu ** 2 - logvar.exp())\n    return kl.clamp(min=lam).mean(dim=0).sum()"),
    f("clamp from above (max lam)", "clamp(min=lam)", "clamp(max=lam)"),
    f("soft clamp (softplus) leaks gradient below lam", "return per_dim.clamp(min=lam).sum()", "return (lam + torch.nn.functional.softplus(per_dim - lam)).sum()"),
    f("sums over the batch instead of averaging", "    per_dim = kl_per_unit(mu, logvar)\n", "    per_dim = (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).sum(dim=0)\n"),
    f("mean over dimensions instead of sum", "return per_dim.clamp(min=lam).sum()", "return per_dim.clamp(min=lam).mean()"),
    f("subtracts lam (hinge) instead of clamping", "return per_dim.clamp(min=lam).sum()", "return (per_dim - lam).clamp(min=0).sum()"),
    f("detaches the KL (no gradient at all)", "return per_dim.clamp(min=lam).sum()", "return per_dim.detach().clamp(min=lam).sum()"),
]

ALTERNATIVES = [
    dict(name="log_mean_exp with manual max shift and keepdim", grade_id="log_mean_exp", source=LME.replace(
        "return torch.logsumexp(values, dim=dim) - math.log(n)",
        "m = values.amax(dim=dim, keepdim=True)\n    m = torch.where(torch.isfinite(m), m, torch.zeros_like(m))\n    return (m + torch.log(torch.exp(values - m).sum(dim=dim, keepdim=True))).squeeze(dim) - math.log(n)")),
    dict(name="log_weights with torch.distributions", grade_id="log_weights", source=LW.replace(
        "    log_pz = (-0.5 * (z ** 2 + math.log(2 * math.pi))).sum(dim=2)\n    log_qz = (-0.5 * ((z - mu) ** 2 / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=2)\n",
        "    Normal = torch.distributions.Normal\n    log_pz = Normal(torch.zeros_like(z), torch.ones_like(z)).log_prob(z).sum(dim=-1)\n    log_qz = Normal(mu, torch.exp(0.5 * logvar)).log_prob(z).sum(dim=-1)\n")),
    dict(name="log_weights without the 2 pi constants", grade_id="log_weights", source=LW.replace(
        " + math.log(2 * math.pi))).sum(dim=2)\n    log_qz", ")).sum(dim=2)\n    log_qz").replace(" + logvar + math.log(2 * math.pi)))", " + logvar))")),
    dict(name="log_weights via bernoulli_reconstruction on flattened k*B", grade_id="log_weights", source=LW.replace(
        '    import torch.nn.functional as F\n    bce = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none")\n    log_px = -bce.flatten(start_dim=2).sum(dim=2)\n',
        '    k, B = z.shape[:2]\n    log_px = -bernoulli_reconstruction(logits.reshape(k * B, 1, 28, 28), x.expand_as(logits).reshape(k * B, 1, 28, 28)).reshape(k, B)\n')),
    dict(name="iw with rsample-like addcmul", grade_id="iw_log_likelihood", source=IW.replace(
        "z = mu + torch.exp(0.5 * logvar) * eps", "z = torch.addcmul(mu.unsqueeze(0), (0.5 * logvar).exp().unsqueeze(0), eps)")),
    dict(name="kl_weight with explicit branches", grade_id="kl_weight", source=KW.replace(
        "    if warmup_steps == 0:\n        return 1.0\n    return float(min(1.0, step / warmup_steps))",
        "    if warmup_steps <= 0 or step >= warmup_steps:\n        return 1.0\n    return step / warmup_steps")),
    dict(name="free bits with torch.maximum", grade_id="free_bits_kl", source=FB.replace(
        "    per_dim = kl_per_unit(mu, logvar)\n    return per_dim.clamp(min=lam).sum()",
        "    per_dim = (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=0)\n    return torch.maximum(per_dim, torch.full_like(per_dim, lam)).sum()")),
]
