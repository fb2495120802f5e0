NOTEBOOK = "09_how_good"

_LW_OK = '''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    log_px = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").sum(dim=(-3, -2, -1))
    log_pz = -0.5 * (z ** 2 + math.log(2 * math.pi)).sum(-1)
    log_qz = -0.5 * ((z - mu) ** 2 / logvar.exp() + logvar + math.log(2 * math.pi)).sum(-1)
    return log_px + log_pz - log_qz
'''

def _iw(eps="    eps = torch.randn(k, B, d, generator=generator)\n", z="    z = mu + torch.exp(0.5 * logvar) * eps\n",
        dec="    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)\n",
        ret="    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)\n"):
    return ('''def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
''' + eps + z + dec + ret)

MISTAKES = [
    # log_mean_exp
    dict(name="forgets the - log n", grade_id="log_mean_exp", source='''def log_mean_exp(values, dim=0):
    return torch.logsumexp(values, dim=dim)
'''),
    dict(name="naive log(mean(exp)) (underflows)", grade_id="log_mean_exp", source='''def log_mean_exp(values, dim=0):
    return torch.log(torch.exp(values).mean(dim=dim))
'''),
    dict(name="divides by n instead of subtracting log n", grade_id="log_mean_exp", source='''def log_mean_exp(values, dim=0):
    return torch.logsumexp(values, dim=dim) / values.shape[dim]
'''),
    dict(name="uses the size of dim 0 whatever dim", grade_id="log_mean_exp", source='''def log_mean_exp(values, dim=0):
    return torch.logsumexp(values, dim=dim) - math.log(len(values))
'''),
    dict(name="mean of the log-values (Jensen: that is the ELBO)", grade_id="log_mean_exp", source='''def log_mean_exp(values, dim=0):
    return values.mean(dim=dim)
'''),
    dict(name="manual max-shift with keepdim left in", grade_id="log_mean_exp", source='''def log_mean_exp(values, dim=0):
    m = values.max(dim=dim, keepdim=True).values
    return m + torch.log(torch.exp(values - m).mean(dim=dim, keepdim=True))
'''),
    # log_weights
    dict(name="log p(x|z) with a plus sign (BCE not negated)", grade_id="log_weights", source='''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    log_px = F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").sum(dim=(-3, -2, -1))
    log_pz = -0.5 * (z ** 2).sum(-1)
    log_qz = -0.5 * ((z - mu) ** 2 / logvar.exp() + logvar).sum(-1)
    return log_px + log_pz - log_qz
'''),
    dict(name="log 2pi kept in p(z) only", grade_id="log_weights", source='''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    log_px = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(-1)
    log_pz = -0.5 * (z ** 2 + math.log(2 * math.pi)).sum(-1)
    log_qz = -0.5 * ((z - mu) ** 2 / logvar.exp() + logvar).sum(-1)
    return log_px + log_pz - log_qz
'''),
    dict(name="divides by the std instead of the variance", grade_id="log_weights", source='''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    log_px = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(-1)
    log_pz = -0.5 * (z ** 2).sum(-1)
    log_qz = -0.5 * ((z - mu) ** 2 / torch.exp(0.5 * logvar) + logvar).sum(-1)
    return log_px + log_pz - log_qz
'''),
    dict(name="missing the logvar term in log q", grade_id="log_weights", source='''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    log_px = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(-1)
    log_pz = -0.5 * (z ** 2).sum(-1)
    log_qz = -0.5 * ((z - mu) ** 2 / logvar.exp()).sum(-1)
    return log_px + log_pz - log_qz
'''),
    dict(name="uses the closed-form KL instead of log p(z) - log q(z|x)", grade_id="log_weights", source='''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    log_px = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(-1)
    kl = -0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum(-1)
    return log_px - kl
'''),
    dict(name="mean over pixels instead of sum", grade_id="log_weights", source='''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    log_px = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).mean(-1)
    log_pz = -0.5 * (z ** 2).sum(-1)
    log_qz = -0.5 * ((z - mu) ** 2 / logvar.exp() + logvar).sum(-1)
    return log_px + log_pz - log_qz
'''),
    dict(name="sign of log q reversed (adds log q)", grade_id="log_weights", source='''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    log_px = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(-1)
    log_pz = -0.5 * (z ** 2).sum(-1)
    log_qz = -0.5 * ((z - mu) ** 2 / logvar.exp() + logvar).sum(-1)
    return log_px + log_pz + log_qz
'''),
    # iw_log_likelihood
    dict(name="noise drawn k times and mixed up by transpose/reshape", grade_id="iw_log_likelihood", source=_iw(eps="    eps = torch.stack([torch.randn(B, d, generator=generator) for _ in range(k)]).transpose(0, 1).reshape(k, B, d)\n")),
    dict(name="noise with the global RNG", grade_id="iw_log_likelihood", source=_iw(eps="    eps = torch.randn(k, B, d)\n")),
    dict(name="uses the variance as the std", grade_id="iw_log_likelihood", source=_iw(z="    z = mu + logvar.exp() * eps\n")),
    dict(name="mean of log weights (ELBO) instead of log-mean-exp", grade_id="iw_log_likelihood", source=_iw(ret="    return log_weights(x, z, mu, logvar, logits).mean(dim=0)\n")),
    dict(name="noise drawn as (B, k, d) then transposed", grade_id="iw_log_likelihood", source=_iw(eps="    eps = torch.randn(B, k, d, generator=generator).transpose(0, 1)\n")),
    dict(name="decodes mu for every sample (z ignored in the decoder)", grade_id="iw_log_likelihood", source=_iw(dec="    logits = model.decoder(mu).unsqueeze(0).expand(k, B, 1, 28, 28)\n")),
    dict(name="reshapes decoder output in (B, k) order", grade_id="iw_log_likelihood", source=_iw(dec="    logits = model.decoder(z.transpose(0, 1).reshape(B * k, d)).reshape(k, B, 1, 28, 28)\n")),
    dict(name="log-mean-exp over the batch dim", grade_id="iw_log_likelihood", source=_iw(ret="    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=1)\n")),
    # kl_weight
    dict(name="division by zero not handled", grade_id="kl_weight", source='''def kl_weight(step, warmup_steps):
    return float(min(1.0, step / warmup_steps))
'''),
    dict(name="off-by-one: (step + 1) / T", grade_id="kl_weight", source='''def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return min(1.0, (step + 1) / warmup_steps)
'''),
    dict(name="integer division", grade_id="kl_weight", source='''def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return float(min(1, step // warmup_steps))
'''),
    dict(name="no cap at 1", grade_id="kl_weight", source='''def kl_weight(step, warmup_steps):
    if warmup_steps == 0:
        return 1.0
    return step / warmup_steps
'''),
    dict(name="0 when warmup_steps is 0", grade_id="kl_weight", source='''def kl_weight(step, warmup_steps):
    if warmup_steps <= 0:
        return 0.0
    return min(1.0, step / warmup_steps)
'''),
    dict(name="divides by T - 1 (reaches 1 one step early)", grade_id="kl_weight", source='''def kl_weight(step, warmup_steps):
    if warmup_steps <= 1:
        return 1.0
    return min(1.0, step / (warmup_steps - 1))
'''),
    # free_bits_kl
    dict(name="clamp on the total KL", grade_id="free_bits_kl", source='''def free_bits_kl(mu, logvar, lam):
    return kl_per_unit(mu, logvar).sum().clamp(min=lam)
'''),
    dict(name="clamp per image before averaging", grade_id="free_bits_kl", source='''def free_bits_kl(mu, logvar, lam):
    kl = -0.5 * (1 + logvar - mu ** 2 - logvar.exp())
    return kl.clamp(min=lam).mean(dim=0).sum()
'''),
    dict(name="clamp from above (min instead of max)", grade_id="free_bits_kl", source='''def free_bits_kl(mu, logvar, lam):
    return kl_per_unit(mu, logvar).clamp(max=lam).sum()
'''),
    dict(name="mean over the dimensions instead of sum", grade_id="free_bits_kl", source='''def free_bits_kl(mu, logvar, lam):
    return kl_per_unit(mu, logvar).clamp(min=lam).mean()
'''),
    dict(name="straight-through clamp: right value, gradient still flows below lam", grade_id="free_bits_kl", source='''def free_bits_kl(mu, logvar, lam):
    per_dim = kl_per_unit(mu, logvar)
    return (per_dim + torch.relu(lam - per_dim).detach()).sum()
'''),
    dict(name="python max via .item() (gradient cut)", grade_id="free_bits_kl", source='''def free_bits_kl(mu, logvar, lam):
    per_dim = kl_per_unit(mu, logvar)
    return torch.tensor(sum(max(lam, v.item()) for v in per_dim))
'''),
]

ALTERNATIVES = [
    dict(name="manual max shift", grade_id="log_mean_exp", source='''def log_mean_exp(values, dim=0):
    n = values.shape[dim]
    m = values.amax(dim=dim, keepdim=True)
    out = m + torch.log(torch.exp(values - m).sum(dim=dim, keepdim=True)) - math.log(n)
    return out.squeeze(dim)
'''),
    dict(name="constants dropped from both, Normal-free", grade_id="log_weights", source='''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    target = x.expand_as(logits)
    bce = F.softplus(logits) - target * logits
    log_px = -bce.reshape(*logits.shape[:2], -1).sum(dim=-1)
    log_pz = -0.5 * z.pow(2).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) * torch.exp(-logvar) + logvar).sum(dim=-1)
    return log_px + log_pz - log_qz
'''),
    dict(name="torch.distributions Normal log_prob", grade_id="log_weights", source='''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    log_px = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").sum(dim=(2, 3, 4))
    prior = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))
    posterior = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))
    return log_px + prior.log_prob(z).sum(-1) - posterior.log_prob(z).sum(-1)
'''),
    dict(name="std via sqrt(exp), view/unflatten", grade_id="iw_log_likelihood", source='''def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    std = torch.sqrt(torch.exp(logvar))
    z = mu.unsqueeze(0) + std.unsqueeze(0) * eps
    logits = model.decoder(z.reshape(-1, d))
    logits = logits.reshape(k, B, *logits.shape[1:])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''),
    dict(name="conditional expression", grade_id="kl_weight", source='''def kl_weight(step, warmup_steps):
    return 1.0 if warmup_steps == 0 or step >= warmup_steps else float(step) / float(warmup_steps)
'''),
    dict(name="torch.maximum with a tensor lam", grade_id="free_bits_kl", source='''def free_bits_kl(mu, logvar, lam):
    per_dim = (0.5 * (mu.pow(2) + logvar.exp() - 1 - logvar)).mean(dim=0)
    return torch.maximum(per_dim, torch.full_like(per_dim, lam)).sum()
'''),
]
