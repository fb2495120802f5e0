NOTEBOOK = "09_how_good"

_LME = '''def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow.

    values: a float tensor, e.g. (k, B) log-weights; dim: the dimension to reduce (n = values.shape[dim] entries)
    Returns: a tensor of the shape of values without dimension dim: logsumexp(values, dim) - log(n)
    """
{body}'''
_LW = '''def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats.

    x: (B, 1, 28, 28) images in [0, 1]; z: (k, B, d) codes drawn from q(z|x)
    mu, logvar: (B, d), the parameters of q(z|x); logits: (k, B, 1, 28, 28), the decoder's output for z
    Returns: (k, B) log importance weights
    """
{body}'''
_IW = '''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z (N, d) -> logits (N, 1, 28, 28))
    x: (B, 1, 28, 28) images in [0, 1]; k: the number of codes per image
    generator: a torch.Generator; the noise is eps = torch.randn(k, B, d, generator=generator)
    Returns: (B,) tensor, log (1/k) sum_i p(x, z_i) / q(z_i|x) with z_1..z_k drawn from q(z|x)
    """
{body}'''
_KW = '''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0).

    step: int >= 0; warmup_steps: int >= 0, the number of steps over which the weight rises from 0 to 1
    Returns: a Python float, min(1, step / warmup_steps), and 1.0 when warmup_steps is 0
    """
{body}'''
_FB = '''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j).

    mu, logvar: (B, d), the parameters of q(z|x) for a batch; lam: the free nats per latent dimension (float)
    Returns: a scalar tensor (shape ()), differentiable; dimensions whose batch-mean KL is below lam get no gradient
    """
{body}'''
def lme(b): return dict(grade_id="log_mean_exp", source=_LME.format(body=b))
def lw(b): return dict(grade_id="log_weights", source=_LW.format(body=b))
def iw(b): return dict(grade_id="iw_log_likelihood", source=_IW.format(body=b))
def kw(b): return dict(grade_id="kl_weight", source=_KW.format(body=b))
def fb(b): return dict(grade_id="free_bits_kl", source=_FB.format(body=b))

LW_OK = '''    k = z.shape[0]
    log_px = -bernoulli_reconstruction(logits.reshape(-1, 1, 28, 28), x.expand_as(logits).reshape(-1, 1, 28, 28)).reshape(k, -1)
    log_pz = -0.5 * (z ** 2 + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu) ** 2 / logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px + log_pz - log_qz'''
IW_OK = '''    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)'''

MISTAKES = [
    dict(name="log of n off by one (n - 1)", **lme("    return torch.logsumexp(values, dim=dim) - math.log(max(values.shape[dim] - 1, 1))")),
    dict(name="n read from dimension 0 regardless of dim", **lme("    return torch.logsumexp(values, dim=dim) - math.log(values.shape[0])")),
    dict(name="naive log(mean(exp)) underflows", **lme("    return torch.log(torch.exp(values).mean(dim=dim))")),
    dict(name="keepdim=True", **lme("    return torch.logsumexp(values, dim=dim, keepdim=True) - math.log(values.shape[dim])")),
    dict(name="mean of values (Jensen: the ELBO, not log-mean-exp)", **lme("    return values.mean(dim=dim)")),
    dict(name="log 2pi left out of log p(z) only", **lw(LW_OK.replace("-0.5 * (z ** 2 + math.log(2 * math.pi)).sum(dim=-1)", "-0.5 * (z ** 2).sum(dim=-1)"))),
    dict(name="variance as exp(0.5 logvar) (std) in q", **lw(LW_OK.replace("(z - mu) ** 2 / logvar.exp()", "(z - mu) ** 2 / torch.exp(0.5 * logvar)"))),
    dict(name="sign of reconstruction term flipped", **lw(LW_OK.replace("log_px = -bernoulli_reconstruction", "log_px = bernoulli_reconstruction"))),
    dict(name="BCE averaged over pixels", **lw('''    k = z.shape[0]
    log_px = -torch.nn.functional.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").mean(dim=(-3, -2, -1))
    log_pz = -0.5 * (z ** 2 + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu) ** 2 / logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px + log_pz - log_qz''')),
    dict(name="q without the log-variance term", **lw(LW_OK.replace(" + logvar + math.log(2 * math.pi)).sum(dim=-1)", " + math.log(2 * math.pi)).sum(dim=-1)"))),
    dict(name="eps drawn as (B, k, d) and transposed", **iw(IW_OK.replace("eps = torch.randn(k, B, d, generator=generator)", "eps = torch.randn(B, k, d, generator=generator).transpose(0, 1)"))),
    dict(name="noise from the global RNG", **iw(IW_OK.replace("torch.randn(k, B, d, generator=generator)", "torch.randn(k, B, d)"))),
    dict(name="sigma = exp(logvar)", **iw(IW_OK.replace("torch.exp(0.5 * logvar) * eps", "torch.exp(logvar) * eps"))),
    dict(name="reshape of logits in (B, k) order", **iw(IW_OK.replace("model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)", "model.decoder(z.transpose(0, 1).reshape(k * B, d)).reshape(k, B, 1, 28, 28)"))),
    dict(name="mean of log weights (ELBO estimate)", **iw(IW_OK.replace("log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)", "log_weights(x, z, mu, logvar, logits).mean(dim=0)"))),
    dict(name="decodes the mean k times instead of the sampled codes", **iw(IW_OK.replace("model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)", "model.decoder(mu).unsqueeze(0).expand(k, B, 1, 28, 28)"))),
    dict(name="integer division: 0 until the end", **kw("    if warmup_steps == 0:\n        return 1.0\n    return float(min(1, step // warmup_steps))")),
    dict(name="zero warm-up returns 0", **kw("    if warmup_steps == 0:\n        return 0.0\n    return min(1.0, step / warmup_steps)")),
    dict(name="off by one: (step + 1) / warmup", **kw("    if warmup_steps == 0:\n        return 1.0\n    return min(1.0, (step + 1) / warmup_steps)")),
    dict(name="no cap at 1", **kw("    if warmup_steps == 0:\n        return 1.0\n    return step / warmup_steps")),
    dict(name="clamp per image before averaging", **fb("    per = -0.5 * (1 + logvar - mu ** 2 - logvar.exp())\n    return per.clamp(min=lam).mean(dim=0).sum()")),
    dict(name="clamp on the total KL", **fb("    return kl_per_unit(mu, logvar).sum().clamp(min=lam)")),
    dict(name="smooth clamp (softplus) lets gradient through below lam", **fb("    per_unit = kl_per_unit(mu, logvar)\n    return (lam + torch.nn.functional.softplus(per_unit - lam, beta=50)).sum()")),
    dict(name="clamp from above (min instead of max)", **fb("    return kl_per_unit(mu, logvar).clamp(max=lam).sum()")),
    dict(name="tolist then python max: result has no gradient at all", **fb("    per_unit = kl_per_unit(mu, logvar)\n    return torch.tensor(sum(max(lam, v) for v in per_unit.tolist()))")),
]

ALTERNATIVES = [
    dict(name="subtract log via torch.log of tensor", **lme("    n = values.size(dim)\n    return torch.logsumexp(values, dim) - torch.log(torch.tensor(float(n), dtype=values.dtype))")),
    dict(name="constants dropped from both, manual stable BCE", **lw('''    log_px = -(torch.nn.functional.softplus(logits) - x * logits).flatten(2).sum(-1)
    log_pz = -0.5 * z.pow(2).sum(-1)
    log_qz = -0.5 * ((z - mu).pow(2) * torch.exp(-logvar) + logvar).sum(-1)
    return log_px + log_pz - log_qz''')),
    dict(name="flatten/unflatten and sqrt(exp)", **iw('''    mu, logvar = model.encoder(x)
    eps = torch.randn(k, *mu.shape, generator=generator)
    z = mu.unsqueeze(0) + logvar.exp().sqrt().unsqueeze(0) * eps
    logits = model.decoder(z.flatten(0, 1)).unflatten(0, (k, mu.shape[0]))
    weights = log_weights(x, z, mu, logvar, logits)
    return log_mean_exp(weights, 0)''')),
    dict(name="max(0, ...) with conditional", **kw("    if not warmup_steps:\n        return 1.0\n    return 1.0 if step >= warmup_steps else step / warmup_steps")),
    dict(name="torch.maximum with a tensor lam, explicit KL", **fb("    kl = 0.5 * (mu.pow(2) + logvar.exp() - logvar - 1).mean(dim=0)\n    return torch.maximum(kl, torch.full_like(kl, lam)).sum()")),
]
