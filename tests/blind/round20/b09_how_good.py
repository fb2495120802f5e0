"""Blind round 20: mistakes and alternatives for notebook 09_how_good."""
NOTEBOOK = '09_how_good'


def _variant(reference, name, grade_id, *pairs):
    """A case made from a reference cell by replacing each `old` (which must occur exactly once) by `new`."""
    source = reference
    for old, new in pairs:
        if source.count(old) != 1:
            raise ValueError(f"{name}: {old!r} occurs {source.count(old)} times")
        source = source.replace(old, new)
    return dict(name=name, grade_id=grade_id, source=source)


# ---------------------------------------------------------------------------------------------------------
# log_mean_exp
# ---------------------------------------------------------------------------------------------------------
LME = r'''import math


def log_mean_exp(values, dim=0):
    """The log of the mean of exp(values) along `dim`, computed without overflow or underflow."""
    return torch.logsumexp(values, dim=dim) - math.log(values.shape[dim])
'''
G = 'log_mean_exp'
LM = [
    _variant(LME, 'lme_naive_log_of_mean_exp', G,
             ("torch.logsumexp(values, dim=dim) - math.log(values.shape[dim])", "torch.log(torch.exp(values).mean(dim=dim))")),
    _variant(LME, 'lme_forgets_log_n', G,
             ("torch.logsumexp(values, dim=dim) - math.log(values.shape[dim])", "torch.logsumexp(values, dim=dim)")),
    _variant(LME, 'lme_subtracts_n', G,
             ("torch.logsumexp(values, dim=dim) - math.log(values.shape[dim])", "torch.logsumexp(values, dim=dim) - values.shape[dim]")),
    _variant(LME, 'lme_mean_of_values', G,
             ("torch.logsumexp(values, dim=dim) - math.log(values.shape[dim])", "values.mean(dim=dim)")),
    _variant(LME, 'lme_keepdim', G,
             ("torch.logsumexp(values, dim=dim) - math.log(values.shape[dim])",
              "torch.logsumexp(values, dim=dim, keepdim=True) - math.log(values.shape[dim])")),
    _variant(LME, 'lme_default_dim_last', G, ("def log_mean_exp(values, dim=0):", "def log_mean_exp(values, dim=-1):")),
    _variant(LME, 'lme_ignores_dim', G,
             ("torch.logsumexp(values, dim=dim) - math.log(values.shape[dim])", "torch.logsumexp(values, dim=0) - math.log(values.shape[0])")),
    _variant(LME, 'lme_log_len', G,
             ("math.log(values.shape[dim])", "math.log(len(values))")),
    _variant(LME, 'lme_log_numel', G,
             ("math.log(values.shape[dim])", "math.log(values.numel())")),
    _variant(LME, 'lme_returns_float64', G,
             ("torch.logsumexp(values, dim=dim)", "torch.logsumexp(values.double(), dim=dim)")),
    _variant(LME, 'lme_returns_float16', G,
             ("torch.logsumexp(values, dim=dim)", "torch.logsumexp(values.half(), dim=dim)")),
    dict(name='lme_global_max_shift', grade_id=G, source=r'''import math


def log_mean_exp(values, dim=0):
    shift = values.max()  # the largest log-weight
    return shift + torch.log(torch.exp(values - shift).mean(dim=dim))
'''),
    dict(name='lme_mean_shift', grade_id=G, source=r'''import math


def log_mean_exp(values, dim=0):
    shift = values.mean(dim=dim, keepdim=True)
    return shift.squeeze(dim) + torch.log(torch.exp(values - shift).mean(dim=dim))
'''),
    dict(name='lme_shifts_in_place', grade_id=G, source=r'''import math


def log_mean_exp(values, dim=0):
    shift = values.max(dim=dim, keepdim=True).values
    values -= shift
    return shift.squeeze(dim) + torch.log(values.exp().mean(dim=dim))
'''),
    _variant(LME, 'lme_log_n_minus_one', G,
             ("math.log(values.shape[dim])", "math.log(values.shape[dim] - 1)")),
]
LM_ALT = [
    dict(name='lme_alt_shift_before_logsumexp', grade_id=G, source=r'''import math


def log_mean_exp(values, dim=0):
    n = values.size(dim)
    return (values - math.log(n)).logsumexp(dim)
'''),
    dict(name='lme_alt_tensor_log_n', grade_id=G, source=r'''def log_mean_exp(values, dim=0):
    n = torch.tensor(values.shape[dim], dtype=values.dtype)
    return torch.special.logsumexp(values, dim) - torch.log(n)
'''),
]

# ---------------------------------------------------------------------------------------------------------
# log_weights
# ---------------------------------------------------------------------------------------------------------
LWS = r'''import math

import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    """log p(x|z) + log p(z) - log q(z|x) for k codes of each of B images, in nats."""
    log_px_z = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''
G = 'log_weights'
LW = [
    _variant(LWS, 'lw_reconstruction_sign', G,
             ("log_px_z = -F.binary_cross_entropy_with_logits", "log_px_z = F.binary_cross_entropy_with_logits")),
    _variant(LWS, 'lw_mean_over_pixels', G, (".flatten(2).sum(dim=2)", ".flatten(2).mean(dim=2)")),
    _variant(LWS, 'lw_std_in_q', G, ("(z - mu).pow(2) / logvar.exp()", "(z - mu).pow(2) / torch.exp(0.5 * logvar)")),
    _variant(LWS, 'lw_no_logvar_in_q', G,
             ("(z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi)", "(z - mu).pow(2) / logvar.exp() + math.log(2 * math.pi)")),
    _variant(LWS, 'lw_log2pi_only_in_prior', G,
             ("(z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi)", "(z - mu).pow(2) / logvar.exp() + logvar")),
    _variant(LWS, 'lw_logvar_sign_in_q', G,
             ("(z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi)", "(z - mu).pow(2) / logvar.exp() - logvar + math.log(2 * math.pi)")),
    _variant(LWS, 'lw_prior_and_posterior_swapped', G, ("return log_px_z + log_pz - log_qz", "return log_px_z + log_qz - log_pz")),
    dict(name='lw_unstable_manual_bce', grade_id=G, source=r'''import math


def log_weights(x, z, mu, logvar, logits):
    p = torch.sigmoid(logits)
    log_px_z = (x * torch.log(p) + (1 - x) * torch.log(1 - p)).flatten(2).sum(dim=2)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_repeat_interleave_images', grade_id=G, source=r'''import math


def log_weights(x, z, mu, logvar, logits):
    k, B = z.shape[:2]
    flat_logits = logits.reshape(k * B, 1, 28, 28)
    log_px_z = -bernoulli_reconstruction(flat_logits, x.repeat_interleave(k, dim=0)).reshape(k, B)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    _variant(LWS, 'lw_mu_unsqueezed_wrong_axis', G,
             ("(z - mu).pow(2) / logvar.exp() + logvar", "(z - mu.unsqueeze(1)).pow(2) / logvar.unsqueeze(1).exp() + logvar.unsqueeze(1)")),
    dict(name='lw_normal_with_variance_as_scale', grade_id=G, source=r'''from torch.distributions import Normal

import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    log_px_z = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    log_pz = Normal(0.0, 1.0).log_prob(z).sum(dim=-1)
    log_qz = Normal(mu, logvar.exp()).log_prob(z).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    _variant(LWS, 'lw_float64', G,
             ("F.binary_cross_entropy_with_logits(logits, x.expand_as(logits)", "F.binary_cross_entropy_with_logits(logits.double(), x.double().expand_as(logits)")),
    dict(name='lw_centres_z_in_place', grade_id=G, source=r'''import math

import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    log_px_z = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)
    centred = z
    centred -= mu
    log_qz = -0.5 * (centred.pow(2) / logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_analytic_kl', grade_id=G, source=r'''import torch.nn.functional as F


def log_weights(x, z, mu, logvar, logits):
    log_px_z = -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp()).sum(dim=-1)  # log q - log p, in closed form
    return log_px_z - kl
'''),
    _variant(LWS, 'lw_posterior_missing_half_on_logvar', G,
             ("log_qz = -0.5 * ((z - mu).pow(2) / logvar.exp() + logvar + math.log(2 * math.pi)).sum(dim=-1)",
              "log_qz = -(0.5 * (z - mu).pow(2) / logvar.exp() + logvar + 0.5 * math.log(2 * math.pi)).sum(dim=-1)")),
    _variant(LWS, 'lw_prior_missing_half', G,
             ("log_pz = -0.5 * (z.pow(2) + math.log(2 * math.pi)).sum(dim=-1)", "log_pz = -(z.pow(2) + 0.5 * math.log(2 * math.pi)).sum(dim=-1)")),
    _variant(LWS, 'lw_returns_b_by_k', G, ("return log_px_z + log_pz - log_qz", "return (log_px_z + log_pz - log_qz).T")),
    _variant(LWS, 'lw_binarised_images', G, ("x.expand_as(logits)", "x.round().expand_as(logits)")),
    _variant(LWS, 'lw_bce_mean_reduction', G,
             ('-F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction="none").flatten(2).sum(dim=2)',
              '-F.binary_cross_entropy_with_logits(logits, x.expand_as(logits)) * 784')),
]
LW_ALT = [
    dict(name='lw_alt_distributions', grade_id=G, source=r'''from torch.distributions import Bernoulli, Normal


def log_weights(x, z, mu, logvar, logits):
    target = x.expand_as(logits)
    log_px_z = -torch.nn.functional.binary_cross_entropy_with_logits(logits, target, reduction="none").sum(dim=(-3, -2, -1))
    log_pz = Normal(torch.zeros_like(z), torch.ones_like(z)).log_prob(z).sum(-1)
    log_qz = Normal(mu, torch.exp(0.5 * logvar)).log_prob(z).sum(-1)
    return log_px_z + log_pz - log_qz
'''),
    dict(name='lw_alt_bernoulli_reconstruction_repeat', grade_id=G, source=r'''def log_weights(x, z, mu, logvar, logits):
    k, B, d = z.shape
    log_px_z = -bernoulli_reconstruction(logits.reshape(k * B, 1, 28, 28), x.repeat(k, 1, 1, 1)).reshape(k, B)
    # the constants log(2 pi) cancel between log p(z) and log q(z|x)
    log_pz = -0.5 * (z * z).sum(-1)
    log_qz = -0.5 * ((z - mu) ** 2 * torch.exp(-logvar) + logvar).sum(-1)
    return log_px_z + log_pz - log_qz
'''),
]

# ---------------------------------------------------------------------------------------------------------
# iw_log_likelihood
# ---------------------------------------------------------------------------------------------------------
IWS = r'''def iw_log_likelihood(model, x, k, generator):
    """The k-sample importance-weighted estimate of log p(x) of each image (Burda et al., 2016), in nats."""
    mu, logvar = model.encoder(x)
    B, d = mu.shape
    eps = torch.randn(k, B, d, generator=generator)
    z = mu + torch.exp(0.5 * logvar) * eps
    logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)
    return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)
'''
G = 'iw_log_likelihood'
IW = [
    _variant(IWS, 'iw_global_random_stream', G,
             ("torch.randn(k, B, d, generator=generator)", "torch.randn(k, B, d)")),
    _variant(IWS, 'iw_noise_drawn_b_k_d', G,
             ("torch.randn(k, B, d, generator=generator)", "torch.randn(B, k, d, generator=generator).transpose(0, 1)")),
    _variant(IWS, 'iw_noise_drawn_per_sample', G,
             ("torch.randn(k, B, d, generator=generator)", "torch.stack([torch.randn(B, d, generator=generator) for _ in range(k)])")),
    _variant(IWS, 'iw_variance_as_std', G, ("z = mu + torch.exp(0.5 * logvar) * eps", "z = mu + torch.exp(logvar) * eps")),
    _variant(IWS, 'iw_codes_are_means', G, ("z = mu + torch.exp(0.5 * logvar) * eps", "z = mu.expand(k, B, d)")),
    _variant(IWS, 'iw_log_mean_exp_over_images', G, ("logits), dim=0)", "logits), dim=1)")),
    _variant(IWS, 'iw_mean_log_weight', G,
             ("return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)", "return log_weights(x, z, mu, logvar, logits).mean(dim=0)")),
    _variant(IWS, 'iw_logsumexp_without_log_k', G,
             ("return log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0)", "return torch.logsumexp(log_weights(x, z, mu, logvar, logits), dim=0)")),
    _variant(IWS, 'iw_decodes_model_forward', G,
             ("logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)",
              "logits = model(x)[0].unsqueeze(0).expand(k, B, 1, 28, 28)")),
    _variant(IWS, 'iw_reshape_order_mixed', G,
             ("logits = model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)",
              "logits = model.decoder(z.transpose(0, 1).reshape(B * k, d)).reshape(k, B, 1, 28, 28)")),
    _variant(IWS, 'iw_copies_generator_state', G,
             ("    eps = torch.randn(k, B, d, generator=generator)\n",
              "    local = torch.Generator()\n    local.set_state(generator.get_state())  # leave the caller's generator alone\n    eps = torch.randn(k, B, d, generator=local)\n")),
    _variant(IWS, 'iw_returns_batch_mean', G, ("logits), dim=0)", "logits), dim=0).mean()")),
    _variant(IWS, 'iw_decoder_probabilities', G,
             ("logits = model.decoder(z.reshape(k * B, d))", "logits = torch.sigmoid(model.decoder(z.reshape(k * B, d)))")),
    _variant(IWS, 'iw_log_weights_mu_logvar_swapped', G, ("log_weights(x, z, mu, logvar, logits)", "log_weights(x, z, logvar, mu, logits)")),
    _variant(IWS, 'iw_binarised_input_to_encoder', G,
             ("mu, logvar = model.encoder(x)", "mu, logvar = model.encoder((x > 0.5).float())")),
]
IW_ALT = [
    _variant(IWS, 'iw_alt_flat_noise_and_sqrt', G,
             ("eps = torch.randn(k, B, d, generator=generator)", "eps = torch.randn(k * B, d, generator=generator).view(k, B, d)"),
             ("z = mu + torch.exp(0.5 * logvar) * eps", "z = mu.unsqueeze(0) + logvar.exp().sqrt().unsqueeze(0) * eps")),
    dict(name='iw_alt_normal_and_per_sample_decode', grade_id=G, source=r'''def iw_log_likelihood(model, x, k, generator):
    mu, logvar = model.encoder(x)
    eps = torch.empty(k, *mu.shape).normal_(generator=generator)
    z = torch.addcmul(mu, torch.exp(logvar / 2), eps)
    logits = torch.stack([model.decoder(z[i]) for i in range(k)])
    return log_mean_exp(log_weights(x, z, mu, logvar, logits))
'''),
]

# ---------------------------------------------------------------------------------------------------------
# kl_weight
# ---------------------------------------------------------------------------------------------------------
KWS = r'''def kl_weight(step, warmup_steps):
    """The KL weight of a linear warm-up (KL annealing) at training step `step` (counted from 0)."""
    if warmup_steps == 0:
        return 1.0
    return min(1.0, step / warmup_steps)
'''
G = 'kl_weight'
KW = [
    _variant(KWS, 'kw_integer_division', G, ("step / warmup_steps", "step // warmup_steps")),
    _variant(KWS, 'kw_no_zero_guard', G, ("    if warmup_steps == 0:\n        return 1.0\n", "")),
    _variant(KWS, 'kw_counts_from_one', G, ("step / warmup_steps", "(step + 1) / warmup_steps")),
    _variant(KWS, 'kw_reaches_one_a_step_early', G, ("step / warmup_steps", "step / max(warmup_steps - 1, 1)")),
    _variant(KWS, 'kw_no_cap', G, ("return min(1.0, step / warmup_steps)", "return step / warmup_steps")),
    _variant(KWS, 'kw_zero_without_warmup', G, ("    if warmup_steps == 0:\n        return 1.0\n", "    if warmup_steps == 0:\n        return 0.0\n")),
    _variant(KWS, 'kw_returns_tensor', G, ("return min(1.0, step / warmup_steps)", "return torch.clamp(torch.tensor(step / warmup_steps), max=1.0)")),
    dict(name='kw_cosine_ramp', grade_id=G, source=r'''import math


def kl_weight(step, warmup_steps):
    if warmup_steps == 0 or step >= warmup_steps:
        return 1.0
    return 0.5 * (1 - math.cos(math.pi * step / warmup_steps))
'''),
    _variant(KWS, 'kw_cyclical', G, ("return min(1.0, step / warmup_steps)", "return (step % warmup_steps) / warmup_steps if step != warmup_steps else 1.0")),
    dict(name='kw_counts_its_own_calls', grade_id=G, source=r'''_calls = {"step": 0}


def kl_weight(step, warmup_steps):
    current = _calls["step"]  # steps seen so far
    _calls["step"] += 1
    if warmup_steps == 0:
        return 1.0
    return min(1.0, current / warmup_steps)
'''),
    _variant(KWS, 'kw_rounded', G, ("return min(1.0, step / warmup_steps)", "return round(min(1.0, step / warmup_steps), 2)")),
    dict(name='kw_guard_by_max_one', grade_id=G, source=r'''def kl_weight(step, warmup_steps):
    return min(1.0, step / max(warmup_steps, 1))
'''),
    _variant(KWS, 'kw_small_floor', G, ("return min(1.0, step / warmup_steps)", "return max(1e-3, min(1.0, step / warmup_steps))")),
    _variant(KWS, 'kw_decreasing', G, ("return min(1.0, step / warmup_steps)", "return max(0.0, 1.0 - step / warmup_steps)")),
    _variant(KWS, 'kw_step_function', G, ("return min(1.0, step / warmup_steps)", "return 0.0 if step < warmup_steps else 1.0")),
    dict(name='kw_strict_comparison_guard', grade_id=G, source=r'''def kl_weight(step, warmup_steps):
    if step > warmup_steps:
        return 1.0
    return step / warmup_steps
'''),
]
KW_ALT = [
    dict(name='kw_alt_ge_first', grade_id=G, source=r'''def kl_weight(step, warmup_steps):
    if step >= warmup_steps:
        return 1.0
    return step / warmup_steps
'''),
    dict(name='kw_alt_numpy_clip', grade_id=G, source=r'''import numpy as np


def kl_weight(step, warmup_steps):
    return float(np.clip(step / warmup_steps, 0.0, 1.0)) if warmup_steps > 0 else 1.0
'''),
    dict(name='kw_alt_min_steps', grade_id=G, source=r'''def kl_weight(step, warmup_steps):
    return min(step, warmup_steps) / warmup_steps if warmup_steps else 1.0
'''),
]

# ---------------------------------------------------------------------------------------------------------
# free_bits_kl
# ---------------------------------------------------------------------------------------------------------
FBS = r'''def free_bits_kl(mu, logvar, lam):
    """The free-bits KL (Kingma et al., 2016): sum over dimensions j of max(lam, mean over the batch of KL_j)."""
    return kl_per_unit(mu, logvar).clamp(min=lam).sum()
'''
G = 'free_bits_kl'
FB = [
    _variant(FBS, 'fb_clamps_total', G, ("kl_per_unit(mu, logvar).clamp(min=lam).sum()", "kl_per_unit(mu, logvar).sum().clamp(min=lam)")),
    _variant(FBS, 'fb_clamps_total_at_lam_times_d', G,
             ("kl_per_unit(mu, logvar).clamp(min=lam).sum()", "kl_per_unit(mu, logvar).sum().clamp(min=lam * mu.shape[1])")),
    dict(name='fb_clamps_each_image_and_dimension', grade_id=G, source=r'''def free_bits_kl(mu, logvar, lam):
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())  # (B, d)
    return kl.clamp(min=lam).mean(dim=0).sum()
'''),
    dict(name='fb_clamps_each_image_total', grade_id=G, source=r'''def free_bits_kl(mu, logvar, lam):
    kl = (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).sum(dim=1)  # (B,)
    return kl.clamp(min=lam).mean()
'''),
    _variant(FBS, 'fb_clamp_max', G, ("clamp(min=lam)", "clamp(max=lam)")),
    dict(name='fb_sums_over_batch', grade_id=G, source=r'''def free_bits_kl(mu, logvar, lam):
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.sum(dim=0).clamp(min=lam).sum()
'''),
    _variant(FBS, 'fb_mean_over_dimensions', G, ("clamp(min=lam).sum()", "clamp(min=lam).mean()")),
    dict(name='fb_softplus_max', grade_id=G, source=r'''import torch.nn.functional as F


def free_bits_kl(mu, logvar, lam):
    kl = kl_per_unit(mu, logvar)
    return (lam + F.softplus(kl - lam)).sum()  # a smooth max(lam, kl)
'''),
    _variant(FBS, 'fb_detached', G, ("clamp(min=lam).sum()", "clamp(min=lam).sum().detach()")),
    _variant(FBS, 'fb_returns_float', G, ("clamp(min=lam).sum()", "clamp(min=lam).sum().item()")),
    _variant(FBS, 'fb_no_sum', G, ("clamp(min=lam).sum()", "clamp(min=lam)")),
    _variant(FBS, 'fb_hinge_without_lam', G, ("kl_per_unit(mu, logvar).clamp(min=lam).sum()", "(kl_per_unit(mu, logvar) - lam).clamp(min=0).sum()")),
    _variant(FBS, 'fb_lam_in_bits', G, ("clamp(min=lam)", "clamp(min=lam * math.log(2))")),
    _variant(FBS, 'fb_float64', G, ("kl_per_unit(mu, logvar).clamp", "kl_per_unit(mu.double(), logvar.double()).clamp")),
    _variant(FBS, 'fb_shape_one', G, ("clamp(min=lam).sum()", "clamp(min=lam).sum(dim=0, keepdim=True)")),
    _variant(FBS, 'fb_clamps_logvar_data_in_place', G,
             ("    return kl_per_unit", "    logvar.data.clamp_(min=-10.0)  # keep exp(logvar) away from 0\n    return kl_per_unit")),
    _variant(FBS, 'fb_straight_through', G,
             ("kl_per_unit(mu, logvar).clamp(min=lam).sum()", "(kl_per_unit(mu, logvar) + (lam - kl_per_unit(mu, logvar)).clamp(min=0).detach()).sum()")),
]
FB_ALT = [
    dict(name='fb_alt_maximum', grade_id=G, source=r'''def free_bits_kl(mu, logvar, lam):
    per_dimension = (-0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar))).mean(0)
    return torch.maximum(per_dimension, torch.tensor(lam, dtype=per_dimension.dtype)).sum()
'''),
    dict(name='fb_alt_relu_plus_lam', grade_id=G, source=r'''import torch.nn.functional as F


def free_bits_kl(mu, logvar, lam):
    kl = kl_per_unit(mu, logvar)
    return (F.relu(kl - lam) + lam).sum()
'''),
    dict(name='fb_alt_where', grade_id=G, source=r'''def free_bits_kl(mu, logvar, lam):
    kl = kl_per_unit(mu, logvar)
    return torch.where(kl > lam, kl, torch.full_like(kl, lam)).sum()
'''),
]

MISTAKES = LM + LW + IW + KW + FB
ALTERNATIVES = LM_ALT + LW_ALT + IW_ALT + KW_ALT + FB_ALT
