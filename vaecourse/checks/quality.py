"""The checks of notebook 09 (how good is my VAE? importance-weighted log-likelihood, posterior collapse).

Each check takes the student's functions and a `seed` for its inputs (the notebook uses the default; grading
uses a secret one, vaecourse.remote). The checks of iw_log_likelihood build a small VAE and a seeded generator
on the student's side (remote.make, recipes of vaecourse.checks.given), run the student's function there with
the course's log_mean_exp and log_weights in place of the student's (one mistake, one charge), and compare
with the same computation made here from the same recipes.
"""

import functools
import math

import torch
import torch.nn.functional as F

from vaecourse import remote, training
from vaecourse.checks import (draw_sizes, expect, expect_close, expect_defaults, expect_draws_nothing,
                              expect_every_mode, expect_inputs_kept, expect_not_aliased, expect_tensor, far_log_variances, given, passed,
                              seed_with_large_draw, with_course_functions)

LOG_2PI = math.log(2 * math.pi)


# ---------------------------------------------------------------- references (the grader's side)

def _log_mean_exp(values, dim=0):
    return torch.logsumexp(values, dim=dim) - math.log(values.shape[dim])


def _log_terms(x, z, mu, logvar, logits):
    """(log p(x|z), log p(z), log q(z|x)), each (k, B), in float64."""
    x, z, mu, logvar, logits = (t.double() for t in (x, z, mu, logvar, logits))
    k, B = z.shape[:2]
    target = x.reshape(1, B, -1).expand(k, B, -1)
    log_px_z = -F.binary_cross_entropy_with_logits(logits.reshape(k, B, -1), target, reduction="none").sum(-1)
    log_pz = -0.5 * (z ** 2 + LOG_2PI).sum(-1)
    log_qz = -0.5 * ((z - mu) ** 2 / logvar.exp() + logvar + LOG_2PI).sum(-1)
    return log_px_z, log_pz, log_qz


def _log_weights(x, z, mu, logvar, logits):
    """Computed in float64, returned in the dtype of the inputs (float32 for float32 tensors)."""
    log_px_z, log_pz, log_qz = _log_terms(x, z, mu, logvar, logits)
    dtype = functools.reduce(torch.promote_types, (t.dtype for t in (x, z, mu, logvar, logits)))
    return (log_px_z + log_pz - log_qz).to(dtype)


def _codes(mu, logvar, eps):
    return mu + torch.exp(0.5 * logvar) * eps


def _decoded(model, z):
    k, B, d = z.shape
    return model.decoder(z.reshape(k * B, d)).reshape(k, B, 1, 28, 28)


# ---------------------------------------------------------------- log_mean_exp

def _expect_mean_along_rows(log_mean_exp, values, what: str, why: str):
    """log_mean_exp(values, 1) of a (B, n) tensor is the float64 reference's, to 1e-3."""
    got = log_mean_exp(values, 1)
    expected = _log_mean_exp(values.double(), 1).float()
    expect(type(got) is torch.Tensor and tuple(got.shape) == (len(values),) and torch.allclose(got, expected, atol=1e-3),
           f"log_mean_exp of {what}, along dim 1, gives {got.tolist() if type(got) is torch.Tensor else got!r}, "
           f"expected {expected.tolist()}: {why}")


def _lme(log_mean_exp, values, dim, what, hint=None):
    result = log_mean_exp(values, dim=dim)
    shape = tuple(s for i, s in enumerate(values.shape) if i != dim % values.dim())
    if type(result) is torch.Tensor and result.is_floating_point() and tuple(result.shape) == shape \
            and not torch.isfinite(result).all():
        raise AssertionError(
            f"log_mean_exp returned -inf or NaN for {what}: " + (hint or "exp(values) underflows to 0 in float32 "
            "when the values are log-weights of a few hundred nats below 0. Use torch.logsumexp, which subtracts the "
            "largest value before exponentiating, then subtract log(k)."))
    expect_tensor(result, f"log_mean_exp of {what}", shape=shape)
    return result


def log_mean_exp(log_mean_exp, seed=91):
    """Check log_mean_exp: log of the mean of exp(values) along dim, stable for values far below 0.

    Also: the default arguments of the statement's signature.
    """
    expect_defaults(log_mean_exp, "log_mean_exp")
    generator = torch.Generator().manual_seed(seed)
    k, B = draw_sizes(generator, 1, 4, 9)[0], draw_sizes(generator, 1, 3, 6)[0]
    values = torch.randn(k, B, generator=generator) * 2
    expected = _log_mean_exp(values.double(), 0).float()
    got = _lme(log_mean_exp, values, 0, f"a ({k}, {B}) tensor along dim 0")
    expect(not torch.allclose(got, values.mean(0), atol=1e-4),
           "log_mean_exp returned the mean of the values (the mean of the logs): the log of a mean is not the mean of "
           "the logs (by Jensen's inequality it is larger). Compute log((1/k) sum_i exp(values_i)).")
    expect(not torch.allclose(got, torch.logsumexp(values, 0), atol=1e-4),
           f"log_mean_exp returned the log of the sum, logsumexp(values, dim): the missing - log k (here log {k}) "
           "turns the sum into the mean.")
    expect(not torch.allclose(got, torch.logsumexp(values, 0) - k, atol=1e-4),
           "log_mean_exp subtracts k: the mean divides by k, so subtract log(k) from the logsumexp.")
    expect_close(got, expected, "log_mean_exp along dim 0",
                 "log_mean_exp(values, dim) = logsumexp(values, dim) - log(values.shape[dim]).")
    # real log-weights are hundreds of nats below 0: exp underflows
    shift = -float(draw_sizes(generator, 1, 300, 900)[0])
    low = values + shift
    got = _lme(log_mean_exp, low, 0, f"values around {shift:g}")
    expect_inputs_kept(log_mean_exp, "log_mean_exp(values, 0)", ("values", low), 0, hint=(
        "subtracting the maximum in place (values -= ..., values.sub_(...)) overwrites the caller's log-weights. "
        "Compute into a new tensor, or let torch.logsumexp do the shift."))
    expect_close(got, expected + shift, f"log_mean_exp of values around {shift:g}",
                 "log_mean_exp(values + c) must be log_mean_exp(values) + c.", atol=1e-3)
    # another dim, and a 3-D tensor
    values = torch.randn(3, k, B, generator=generator) * 3 - 200
    for dim in (1, -1, 2, -2, -3):
        got = _lme(log_mean_exp, values, dim, f"a {tuple(values.shape)} tensor along dim {dim}")
        expect_close(got, _log_mean_exp(values.double(), dim).float(), f"log_mean_exp along dim={dim}",
                     "Reduce along the `dim` argument, and subtract the log of the size of that dimension "
                     "(values.shape[dim]), not of dim 0.", atol=1e-3)
    # slices far apart (log-weights of different images): each must be shifted by its own maximum
    apart = values[0].T + 200 - 1500 * torch.arange(B).reshape(B, 1).float()
    each_own = ("each slice along `dim` needs its own shift: subtract values.max(dim, keepdim=True), not the maximum "
                "of the whole tensor (which underflows every slice far below it), or use torch.logsumexp.")
    got = _lme(log_mean_exp, apart, 1, f"rows around 0, -1500, ..., -{1500 * (B - 1)}, along dim 1",
               hint=each_own[0].upper() + each_own[1:])
    expect_close(got, _log_mean_exp(apart.double(), 1).float(), "log_mean_exp of rows far apart, along dim 1",
                 each_own[0].upper() + each_own[1:], atol=1e-3)
    one = torch.randn(1, B, generator=generator) - 100
    got = _lme(log_mean_exp, one, 0, "a single sample (k = 1)")
    expect_close(got, one[0], "log_mean_exp of a single sample", "With k = 1 the log of the mean is the value itself.",
                 atol=1e-4)
    # One image (B = 1): the result keeps that dimension, (1,), whatever else has size 1.
    image = torch.randn(k, 1, generator=generator) - 50
    got = _lme(log_mean_exp, image, 0, f"the {k} log-weights of one image, shape ({k}, 1), along dim 0",
               hint="keep the other dimensions as they are.")
    expect_close(got, _log_mean_exp(image.double(), 0).float(), f"log_mean_exp of a ({k}, 1) tensor along dim 0",
                 "The result drops dimension `dim` only: squeeze() after keepdim=True drops every dimension of size "
                 "1; use keepdim=False, or squeeze(dim).", atol=1e-4)
    # Weights of exactly 0 (log-weights of -inf) among others: they count as zeros in the mean.
    zeros = torch.randn(k, B, generator=generator) * 2 - 300
    zeros[: k // 2, 0] = -math.inf
    got = log_mean_exp(zeros, 0)
    expected = _log_mean_exp(zeros.double(), 0).float()
    expect(type(got) is torch.Tensor and tuple(got.shape) == (B,) and bool(torch.isfinite(got).all())
           and torch.allclose(got, expected, atol=1e-3),
           f"log_mean_exp of log-weights with -inf entries (weights of 0) gives "
           f"{got.tolist() if type(got) is torch.Tensor else got}, expected {expected.tolist()}: a weight of 0 adds "
           "nothing to the mean but counts in k. torch.logsumexp handles -inf.")
    # A NaN log-weight (a diverged model, a decoder that gave NaN) makes its image's estimate NaN, and only its image's.
    broken = torch.randn(k, B, generator=generator)
    broken[k // 2, 0] = math.nan
    got = log_mean_exp(broken, 0)
    expect(type(got) is torch.Tensor and tuple(got.shape) == (B,) and bool(torch.isnan(got[0]))
           and bool(torch.isfinite(got[1:]).all()),
           f"log_mean_exp of log-weights with a NaN in column 0 gives {got.tolist() if type(got) is torch.Tensor else got}: "
           "that column's result must be NaN, and only that one's. Do not replace NaN or inf (torch.nan_to_num, a "
           "mask): a broken model's estimate would then look like a plausible number.")
    # A 1-D tensor: the result is 0-d, and a 0-d float64 log k would make it float64.
    single = torch.randn(k, generator=generator) * 2
    got = log_mean_exp(single, 0)
    expect(type(got) is torch.Tensor and got.dtype == torch.float32,
           f"log_mean_exp of a 1-D float32 tensor returned {got.dtype if type(got) is torch.Tensor else type(got).__name__}, "
           "expected a float32 tensor: keep the values' dtype. log k as a Python float (math.log) keeps it; a float64 "
           "tensor (torch.tensor(k, dtype=torch.float64)) turns a 0-d result into float64.")
    expect_tensor(got, "log_mean_exp of a 1-D tensor", shape=())
    expect_close(got, _log_mean_exp(single.double(), 0).float(), "log_mean_exp of a 1-D tensor",
                 "log_mean_exp(values, dim) = logsumexp(values, dim) - log(values.shape[dim]).")
    # float64 log-weights stay float64, and the gradient reaches them: d/dv_i = softmax(v)_i (the IWAE bound trains).
    values = (torch.randn(k, B, generator=generator, dtype=torch.float64) * 3).requires_grad_()
    got = log_mean_exp(values, 0)
    expect(type(got) is torch.Tensor and got.dtype == torch.float64,
           f"log_mean_exp of float64 values returned {getattr(got, 'dtype', type(got).__name__)}: keep the values' "
           "dtype (no .float()).")
    expect(got.requires_grad, "log_mean_exp returned no gradient for its values: compute it with torch operations "
           "(no .detach(), .item() or NumPy), so that an importance-weighted bound can be trained through it.")
    got.sum().backward()
    expect(values.grad is not None and torch.allclose(values.grad, torch.softmax(values.detach(), 0), atol=1e-6),
           "The gradient of log_mean_exp(values, 0).sum() is not softmax(values, dim=0): compute it from the values "
           "themselves, with no .detach().")
    # One entry along dim (k = 1) of a dimension that is not the first: the mean of one value is that value,
    # along dim, whatever the other dimensions.
    rows = draw_sizes(generator, 1, 3, 6)[0]
    values = torch.randn(rows, 1, generator=generator) * 5 - 100
    got = _lme(log_mean_exp, values, 1, f"values of shape {(rows, 1)} along dim=1 (one entry each, so the "
               "result is values[:, 0]: not values[0], the first row along dimension 0; use logsumexp(values, dim) - "
               "log(n) for every n)")
    expect_close(got, values[:, 0], f"log_mean_exp of values of shape {(rows, 1)} along dim=1",
                 "With one entry along dim the result is that entry, for every row: values[0] picks the first row "
                 "along dimension 0, not the entry along dim. Use the same formula for every n, logsumexp(values, "
                 "dim) - log(n).")
    # Log-weights far below 0 (tens of thousands of nats: a poor model of an image) are values like any other.
    values = torch.randn(k, B, generator=generator) * 50 - 30_000
    got = _lme(log_mean_exp, values, 0, "values of about -30,000")
    expect_close(got, _log_mean_exp(values.double(), 0).float(), "log_mean_exp of values of about -30,000",
                 "For log-weights of about -30,000 log_mean_exp gave other values: do not clamp the values (no "
                 "values.clamp(min=...)); torch.logsumexp is stable for any value, however far below 0.")
    # Many samples (the notebook's k = 1000 and 5000): every one of them counts, the smallest weights included.
    n = draw_sizes(generator, 1, 150, 600)[0]
    values = torch.randn(B, n, generator=generator) * 0.5 - 300
    _expect_mean_along_rows(log_mean_exp, values, f"{n} log-weights of similar size (around -300) per row",
                            "every one of the n values counts in the mean, the smallest too. Take logsumexp over all "
                            "of them (no topk, sort or selection of the largest, which leaves their share of the mean "
                            "out).")
    # One entry along dim (k = 1): the values themselves, but in a new tensor, not a view of the caller's.
    one = torch.randn(1, B, generator=generator) - 100
    expect_not_aliased(log_mean_exp, "log_mean_exp(values, 0) of values with one entry along dim 0 (k = 1)", one, 0,
                       hint="values.squeeze(dim) (or values[0]) for k = 1 is a view: use the same formula for every k, "
                            "torch.logsumexp(values, dim) - math.log(k), which makes a new tensor.")
    # More samples than 1,000 (the notebook's k = 5000): log n is the log of the count as it is, however large.
    n = draw_sizes(generator, 1, 1100, 2500)[0]
    values = torch.randn(B, n, generator=generator) * 0.5 - 300
    _expect_mean_along_rows(log_mean_exp, values, f"{n} values per row",
                            f"the mean divides by the count as it is, so subtract log({n}), values.shape[dim], for "
                            "every n (no cap such as min(n, 1000): the notebook takes k = 5000 samples).")
    # One entry along dim (k = 1) that needs a gradient: the result is part of the graph too (d/dv = 1), as for
    # every k; the IWAE with k = 1 is the VAE, trained through this very function.
    one = (torch.randn(1, B, generator=generator) - 100).requires_grad_()
    got = log_mean_exp(one, 0)
    expect(type(got) is torch.Tensor and got.requires_grad,
           "log_mean_exp of values with one entry along dim (k = 1) that require gradients returned a tensor without "
           "gradient (a .detach() for k = 1): compute it for k = 1 as for any k, torch.logsumexp(values, dim) - "
           "math.log(k), so that a bound with k = 1 trains (its gradient is 1 for that entry).")
    got.sum().backward()
    expect(one.grad is not None and torch.allclose(one.grad, torch.ones_like(one)),
           "The gradient of log_mean_exp(values, 0).sum() for k = 1 is not 1 for every entry: compute it from the "
           "values themselves, with no .detach().")
    # A slice whose log-weights are all -inf (every weight exactly 0): the log of a mean of zeros is -inf (a
    # hand-made shift gives NaN there, which is accepted: neither reads as a plausible number).
    zeros = torch.randn(k, B, generator=generator) * 2 - 300
    zeros[:, 0] = -math.inf
    got = log_mean_exp(zeros, 0)
    expected = _log_mean_exp(zeros.double(), 0).float()
    expect(type(got) is torch.Tensor and tuple(got.shape) == (B,) and not bool(torch.isfinite(got[0]))
           and not bool(got[0] > 0) and torch.allclose(got[1:], expected[1:], atol=1e-3),
           f"log_mean_exp of log-weights that are all -inf in column 0 (weights all exactly 0) gives "
           f"{got.tolist() if type(got) is torch.Tensor else got!r}, expected {expected.tolist()}: the mean of zeros "
           "is 0, and its log is -inf. Do not replace -inf with 0 (or any number): 0 is log 1, a probability of 1, "
           "for an image the model gives no probability at all.")
    # float64 log-weights with float64 digits, far below 0 (a poor image, model.double()): float32's steps are about
    # 0.002 nats at -30,000, so a float32 copy of the values on the way is off by that much; float64 agrees to 1e-10
    # (a float32 log k, round 33's ruling, to about 1e-7).
    values = torch.randn(k, B, generator=generator, dtype=torch.float64) * 0.5 - 30_000
    got = log_mean_exp(values, 0)
    expected = _log_mean_exp(values, 0)
    error = (got.detach() - expected).abs().max().item() if (
        type(got) is torch.Tensor and got.shape == expected.shape and got.dtype == torch.float64) else None
    expect(error is not None and error < 1e-5,
           f"For float64 log-weights of about -30,000, log_mean_exp is "
           f"{'off by %.2g nats' % error if error is not None else 'not a float64 tensor of shape (%d,)' % B} (float64 "
           "agrees to about 1e-10): the values went through float32 (a .float() copy, cast back with .to(dtype)), "
           "whose steps are 0.002 nats there. Compute in the values' dtype: torch.logsumexp(values, dim) - "
           "math.log(n).")
    # One log-weight far above the others (a sample that dominates the mean, usual for poor proposals): the shift
    # must be the largest value; shifted by a typical one (median, mean), exp of the gap overflows to inf.
    dominant = torch.randn(k, B, generator=generator) * 0.5 - 300
    dominant[k // 2] += float(draw_sizes(generator, 1, 150, 250)[0])
    hint = ("one log-weight far above the others makes exp(value - shift) overflow to inf unless the shift is the "
            "largest value: shift by values.max(dim, keepdim=True) (not the median or mean), or use torch.logsumexp.")
    got = _lme(log_mean_exp, dominant, 0, "log-weights with one entry per column 150+ nats above the others",
               hint=hint[0].upper() + hint[1:])
    expect_close(got, _log_mean_exp(dominant.double(), 0).float(),
                 "log_mean_exp of log-weights with one entry per column far above the others", hint, atol=1e-3)
    # Two calls on log-weights of one shape: each result is the caller's own tensor, not a table the next call refills.
    _, _, shared = remote.make(log_mean_exp, "called_twice_sharing", function=log_mean_exp)(values, 1)
    expect(not shared,
           "Two calls of log_mean_exp returned the same tensor (one storage): it keeps a result table and refills it "
           "at every call, so that a result the caller kept (an earlier model's log-likelihood) changes when the "
           "next one is computed. Return a new tensor at every call.")
    passed("log_mean_exp = logsumexp - log k, along dim, stable far below 0")


# ---------------------------------------------------------------- log_weights

def _weight_inputs(generator, k, B, d):
    x = (torch.rand(B, 1, 28, 28, generator=generator) ** 2).round() * torch.rand(B, 1, 28, 28, generator=generator)
    mu = torch.randn(B, d, generator=generator) * 0.8
    logvar = torch.randn(B, d, generator=generator) * 0.6 - 1.0
    z = _codes(mu, logvar, torch.randn(k, B, d, generator=generator))
    z = z + 0.3 * torch.randn(k, B, d, generator=generator)  # some codes far from mu: log q and log p differ a lot
    logits = torch.randn(k, B, 1, 28, 28, generator=generator) * 2
    return x, z, mu, logvar, logits


def log_weights(log_weights, seed=92):
    """Check log_weights: log p(x|z) + log p(z) - log q(z|x) for every code, summed over pixels and dimensions."""
    generator = torch.Generator().manual_seed(seed)
    for attempt in range(2):
        k, B, d = draw_sizes(generator, 1, 2, 5)[0], draw_sizes(generator, 1, 2, 4)[0], draw_sizes(generator, 1, 2, 6)[0]
        inputs = _weight_inputs(generator, k, B, d)
        got = expect_inputs_kept(log_weights, "log_weights(x, z, mu, logvar, logits)",
                                 *zip(("x", "z", "mu", "logvar", "logits"), inputs))
        expect_tensor(got, "log_weights(x, z, mu, logvar, logits)", shape=(k, B), dtype=torch.float32)
        log_px_z, log_pz, log_qz = (t.float() for t in _log_terms(*inputs))
        expected = log_px_z + log_pz - log_qz

        def near(value):
            return torch.allclose(got, value, atol=1e-2, rtol=1e-4)

        expect(not near(log_px_z - log_qz),
               "log p(z) is missing: the importance weight is p(x, z) / q(z|x) = p(x|z) p(z) / q(z|x), so the prior's "
               "log-density -1/2 (z^2 + log 2 pi), summed over the dimensions, is part of it.")
        expect(not near(log_px_z + log_pz),
               "log q(z|x) is missing: divide by the proposal, subtract its log-density.")
        expect(not near(log_px_z + log_qz - log_pz),
               "q and p are swapped: the weight is p(x, z) / q(z|x), so add log p(z) and subtract log q(z|x).")
        expect(not near(-log_px_z + log_pz - log_qz) and not near(-expected),
               "log p(x|z) has the wrong sign: it is MINUS the binary cross-entropy of the logits with x, summed over "
               "the pixels.")
        half = 0.5 * d * LOG_2PI
        expect(not (near(expected + half) or near(expected - half)),
               "The constant -1/2 log(2 pi) per dimension appears in only one of log p(z) and log q(z|x): write both "
               "densities in full (or leave it out of both: it cancels).")
        no_normaliser = log_px_z + log_pz - (log_qz + 0.5 * inputs[3].double().sum(-1).float())
        expect(not near(no_normaliser),
               "log q(z|x) lacks its normaliser -1/2 log sigma^2 = -1/2 logvar per dimension: "
               "log N(z; mu, sigma^2) = -1/2 ((z - mu)^2 / sigma^2 + logvar + log 2 pi).")
        expect_close(got, expected, "log_weights",
                     "log w = log p(x|z) + log p(z) - log q(z|x), where log p(x|z) = -BCE(logits, x) summed over the "
                     "784 pixels, and the Gaussian log-densities are summed over the latent dimensions; result (k, B).",
                     atol=1e-2, rtol=1e-4)
    # A confident decoder: logits of about +-30, where sigmoid rounds to exactly 0 or 1 in float32
    x, z, mu, logvar, logits = _weight_inputs(generator, 2, 3, 2)
    logits = 30 * torch.sign(logits) + logits
    got = log_weights(x, z, mu, logvar, logits)
    confident = ("For logits of about +-30, sigmoid(logits) rounds to 0 or 1 in float32: compute log p(x|z) from the "
                 "logits, -F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction='none') summed over "
                 "the pixels (a log of sigmoid gives -inf, and F.binary_cross_entropy clamps its log at -100).")
    expect(type(got) is not torch.Tensor or bool(torch.isfinite(got).all()), f"log_weights returned NaN or inf. {confident}")
    expect_close(got, _log_weights(x, z, mu, logvar, logits).float(), "log_weights for logits of about +-30", confident, atol=1e-2, rtol=1e-4)
    # A confident decoder that is right: black and white pixels, logits of about -30 and +30 on them. log p(x|z) is
    # then about 0, and a target moved off 0 and 1 (a clamp of x) costs 0.03 nats a pixel.
    x = (torch.rand(3, 1, 28, 28, generator=generator) > 0.8).float()
    logits = (60 * x - 30).expand(2, 3, 1, 28, 28) + 0.5 * torch.randn(2, 3, 1, 28, 28, generator=generator)
    expect_close(log_weights(x, z, mu, logvar, logits), _log_weights(x, z, mu, logvar, logits).float(),
                 "log_weights for a decoder that gives logits of about -30 to black pixels and +30 to white ones",
                 "log p(x|z) is about 0 here: it is -BCE(logits, x) with the image x as it is, its pixels of 0 and 1 "
                 "included (no clamp of x: 0 and 1 are outcomes of a Bernoulli pixel, not probabilities to keep away "
                 "from the bounds).", atol=1e-2, rtol=1e-4)
    # float64 inputs (a model.double(), to measure the bound to more digits): float64 weights, no .float() on the way.
    inputs = [tensor.double() for tensor in _weight_inputs(generator, 2, 3, draw_sizes(generator, 1, 2, 6)[0])]
    got = log_weights(*inputs)
    expect_tensor(got, "log_weights of float64 inputs", shape=(2, 3), dtype=torch.float64)
    expect_close(got, _log_weights(*inputs), "log_weights of float64 inputs", "log w = log p(x|z) + log p(z) - "
                 "log q(z|x), computed in the inputs' dtype.", atol=1e-4, rtol=1e-6)
    # The weights are differentiable in every argument: the k-sample bound also trains a VAE (the IWAE), through
    # log q(z|x) as much as through log p(x|z) and log p(z).
    names = ("z", "mu", "logvar", "logits")
    inputs = _weight_inputs(generator, 2, 3, draw_sizes(generator, 1, 2, 6)[0])
    leaves = [tensor.detach().clone().double().requires_grad_() for tensor in inputs[1:]]
    torch.autograd.backward(_log_weights(inputs[0].double(), *leaves).sum())
    students = [tensor.detach().clone().requires_grad_() for tensor in inputs[1:]]
    got = log_weights(inputs[0], *students)
    expect(type(got) is torch.Tensor and got.requires_grad,
           "log_weights returned weights without gradient: compute them with torch operations on the tensors given, "
           "without .detach(), torch.no_grad() or NumPy (the k-sample bound also trains a VAE, the IWAE).")
    got.sum().backward()
    for name, mine, theirs in zip(names, leaves, students):
        expect(theirs.grad is not None and torch.allclose(theirs.grad.double(), mine.grad, atol=1e-3, rtol=1e-4),
               f"The gradient of the log weights with respect to {name} is not that of log p(x|z) + log p(z) - "
               "log q(z|x): every term must keep its gradient (no .detach() on log q(z|x) or on any other part; the "
               "k-sample bound also trains a VAE, the IWAE, and learns through all three).")
    # A very confident decoder: logits of about +-100, where exp(logits) overflows float32 (inf past 88).
    x, z, mu, logvar, logits = _weight_inputs(generator, 2, 3, draw_sizes(generator, 1, 2, 6)[0])
    logits = 100 * torch.sign(logits) + logits
    got = log_weights(x, z, mu, logvar, logits)
    overflow = ("For logits of about +-100, exp(logits) overflows float32 (inf past 88), and log(1 + exp(logits)) "
                "with it: compute log p(x|z) with a stable softplus, -F.binary_cross_entropy_with_logits(logits, "
                "x.expand_as(logits), reduction='none') summed over the pixels (or x * logits - F.softplus(logits)).")
    expect(type(got) is not torch.Tensor or bool(torch.isfinite(got).all()),
           f"log_weights returned NaN or inf. {overflow}")
    expect_close(got, _log_weights(x, z, mu, logvar, logits).float(), "log_weights for logits of about +-100", overflow,
                 atol=1e-2, rtol=1e-4)
    # A confident encoder: log-variances of -16 to -20 (sigma^2 from 1e-7 down to 2e-9), the codes drawn from that
    # narrow q. A constant added to the variance (exp(logvar) + 1e-6) is then most of it, and log q(z|x) moves by
    # about 1/2 nat per dimension.
    x, _, mu, _, logits = _weight_inputs(generator, 2, 3, draw_sizes(generator, 1, 2, 6)[0])
    logvar = -16.0 - 4.0 * torch.rand(mu.shape, generator=generator)
    z = _codes(mu, logvar, torch.randn(2, *mu.shape, generator=generator))
    got = log_weights(x, z, mu, logvar, logits)
    expect_close(got, _log_weights(x, z, mu, logvar, logits).float(),
                 "log_weights for a confident q(z|x) (logvar from -16 to -20)",
                 "For a confident encoder, sigma^2 = exp(logvar) is below 1e-7 here, and a constant added to it (an "
                 "epsilon such as exp(logvar) + 1e-6, or a floor or clamp of the variance or of logvar) changes log "
                 "q(z|x) by about 1/2 nat per dimension. Divide by exp(logvar) as it is: (z - mu)^2 / exp(logvar), "
                 "which is finite for any logvar a float32 encoder gives.", atol=1e-2, rtol=1e-4)
    # float64 inputs with float64 digits (images and logits not representable in float32): a model.double() measures
    # the bound to more digits, so every term is computed in float64. A float32 step on the way (a BCE of .float()
    # copies, cast back) leaves errors of about 1e-6 nats; float64 agrees to about 1e-12.
    d = draw_sizes(generator, 1, 2, 6)[0]
    x = torch.rand(3, 1, 28, 28, generator=generator, dtype=torch.float64)
    mu = torch.randn(3, d, generator=generator, dtype=torch.float64) * 0.8
    logvar = torch.randn(3, d, generator=generator, dtype=torch.float64) * 0.6 - 1.0
    z = _codes(mu, logvar, torch.randn(2, 3, d, generator=generator, dtype=torch.float64))
    logits = torch.randn(2, 3, 1, 28, 28, generator=generator, dtype=torch.float64) * 2
    got = log_weights(x, z, mu, logvar, logits)
    expected = _log_weights(x, z, mu, logvar, logits)
    error = (got.detach() - expected).abs().max().item() if (
        type(got) is torch.Tensor and got.shape == expected.shape and got.dtype == torch.float64) else None
    expect(error is not None and error < 1e-8,
           f"For float64 inputs with float64 digits, log_weights is {'off by %.2g nats' % error if error is not None else 'not a float64 (2, 3) tensor'}"
           " (float64 agrees to about 1e-12): a part of it went through float32 (a .float() copy of the logits or of "
           "x, cast back with .to(dtype) or .double()). Compute every term in the inputs' dtype: "
           "F.binary_cross_entropy_with_logits(logits, x.expand_as(logits), reduction='none') as they are.")
    # As many codes as images (k = B): the result is still indexed [code, image], never transposed.
    n = draw_sizes(generator, 1, 2, 5)[0]
    inputs = _weight_inputs(generator, n, n, draw_sizes(generator, 1, 2, 6)[0])
    got = log_weights(*inputs)
    expected = _log_weights(*inputs).float()
    # Judged only when the weights are far from their transpose: near it, a right answer is within 1e-2 of both.
    expect(not (type(got) is torch.Tensor and tuple(got.shape) == (n, n)
                and torch.allclose(got.detach().float(), expected.T, atol=1e-2, rtol=1e-4)
                and not torch.allclose(expected, expected.T, atol=0.1, rtol=1e-3)),
           f"For k = B = {n} (as many codes as images), log_weights returned the weights transposed: entry [i, b] "
           "must be the weight of code i of image b, z[i, b], whatever k and B (no .T or transpose when the shape is "
           "square).")
    expect_close(got, expected, f"log_weights for k = B = {n}",
                 "Entry [i, b] is the weight of code z[i, b] of image b, whatever k and B.", atol=1e-2, rtol=1e-4)
    # A code of many units (d of 50 to 80, as a VAE of 64 latent units): both log-densities sum over all d of them.
    d = draw_sizes(generator, 1, 50, 80)[0]
    inputs = _weight_inputs(generator, 2, 3, d)
    got = log_weights(*inputs)
    expect_close(got, _log_weights(*inputs).float(), f"log_weights for d = {d} latent dimensions",
                 f"For a code of d = {d} dimensions, log p(z) and log q(z|x) are sums over all d latent dimensions, "
                 "whatever d: not a mean over them (nor a mean times a count that holds for small d only).",
                 atol=1e-2, rtol=1e-4)
    passed("log_weights = log p(x|z) + log p(z) - log q(z|x), shape (k, B)")


# ---------------------------------------------------------------- iw_log_likelihood

def _reference_iw(recipe, x, k, noise_seed, drawn=0):
    model = given.build("vae", recipe)
    with torch.no_grad():
        mu, logvar = model.encoder(x)
        eps = torch.randn(k, len(x), mu.shape[1], generator=given.generator(seed=noise_seed, drawn=drawn))
        z = _codes(mu, logvar, eps)
        weights = _log_weights(x, z, mu, logvar, _decoded(model, z))
    return _log_mean_exp(weights.double(), 0).float(), weights


def _iw_case(iw_log_likelihood, student, generator, what):
    d, hidden = draw_sizes(generator, 1, 2, 5)[0], draw_sizes(generator, 1, 16, 48)[0]
    recipe = {"latent_dim": d, "hidden": [hidden], "seed": draw_sizes(generator, 1, 0, 10 ** 6)[0],
              "logvar_bias": -1.0}
    B, k = draw_sizes(generator, 1, 3, 8)[0], draw_sizes(generator, 1, 5, 40)[0]
    x = given.mnist_images(split="test", n=B, start=draw_sizes(generator, 1, 0, 9000)[0])
    noise_seed = draw_sizes(generator, 1, 0, 10 ** 6)[0]
    model = remote.make(student, "vae", **recipe)
    noise = remote.make(student, "generator", seed=noise_seed)
    got = iw_log_likelihood(model, x, k, noise)
    expect_tensor(got, f"iw_log_likelihood(model, x, k={k}, generator){what}", shape=(B,), dtype=torch.float32)
    expected, weights = _reference_iw(recipe, x, k, noise_seed)
    return got, expected, weights, recipe, x, k, noise_seed


def _expect_bound_of(iw_log_likelihood, student, recipe, B: int, k: int, generator, noise_seed: int, advice: str):
    """iw_log_likelihood of the VAE `recipe` on B test images (from a start the generator draws) with k codes of the
    noise seed is ours, to 5e-3 nats: below the bias of one weight dropped of 20 to 30."""
    x = given.mnist_images(split="test", n=B, start=draw_sizes(generator, 1, 0, 9000)[0])
    got = iw_log_likelihood(remote.make(student, "vae", **recipe), x, k,
                            remote.make(student, "generator", seed=noise_seed))
    expected = _reference_iw(recipe, x, k, noise_seed)[0]
    expect(type(got) is torch.Tensor and tuple(got.shape) == (B,) and torch.allclose(got.detach().float(), expected,
                                                                                     atol=5e-3, rtol=0),
           f"For k = {k} codes of {B} images, iw_log_likelihood gives {got.tolist() if type(got) is torch.Tensor else got!r}"
           f", expected {expected.tolist()}: {advice}")


def iw_log_likelihood(iw_log_likelihood, seed=93):
    """Check iw_log_likelihood on small VAEs, with a seeded generator: the same noise gives the same estimate.

    One mistake, one charge: your iw_log_likelihood runs with the course's log_mean_exp and log_weights in place of
    yours (a slip in those is charged by their own checks).
    """
    student = iw_log_likelihood  # objects are made on its side
    iw_log_likelihood = with_course_functions(iw_log_likelihood, ("log_mean_exp", "log_weights"))
    generator = torch.Generator().manual_seed(seed)
    got, expected, weights, recipe, x, k, noise_seed = _iw_case(iw_log_likelihood, student, generator, "")
    model = given.build("vae", recipe)
    with torch.no_grad():
        mu, logvar = model.encoder(x)
        at_mean = _log_weights(x, mu.unsqueeze(0), mu, logvar, _decoded(model, mu.unsqueeze(0)))[0]
        eps = torch.randn(k, len(x), mu.shape[1], generator=torch.Generator().manual_seed(noise_seed))
        wide = _codes(mu, logvar.mul(2), eps)  # sigma = exp(logvar)
        wide_weights = _log_weights(x, wide, mu, logvar, _decoded(model, wide))
    expect(not torch.allclose(got, at_mean, atol=1e-3),
           "Every code is the encoder mean mu: draw k codes z = mu + sigma * eps, eps ~ N(0, I), one per sample "
           "(the model's forward in eval mode does not sample).")
    expect(not torch.allclose(got, weights.mean(0), atol=1e-3),
           "iw_log_likelihood averages the log-weights over the k samples: that is a k-sample estimate of the ELBO, "
           "which does not rise with k. The bound is the log of the mean of the weights: log_mean_exp(log_w, dim=0).")
    expect(not torch.allclose(got, _log_mean_exp(wide_weights.double(), 0).float(), atol=1e-3),
           "The codes are drawn with standard deviation exp(logvar): sigma = exp(0.5 * logvar).")
    expect(not torch.allclose(got, torch.logsumexp(weights, 0), atol=1e-3),
           "The estimate is the log of the sum of the weights: call log_mean_exp, which subtracts log k.")
    expect_close(got, expected, f"iw_log_likelihood with k = {k}",
                 "Draw the noise exactly as asked, eps = torch.randn(k, B, d, generator=generator) (one call, this shape: "
                 "the check repeats it with the same seed), codes z = mu + exp(0.5 * logvar) * eps, decode all k * B "
                 "codes, then log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0).", atol=1e-3, rtol=1e-4)
    # k = 1: one weight, the single-sample ELBO estimate
    recipe_b = dict(recipe, seed=recipe["seed"] + 1)
    model_b = remote.make(student, "vae", **recipe_b)
    model_b.eval()  # as the notebook's models are: the estimate needs no mode, and leaves it as it was
    drawn = draw_sizes(generator, 1, 1, 40)[0]  # a generator that has drawn before, as the notebook's have
    got = iw_log_likelihood(model_b, x, 1, remote.make(student, "generator", seed=noise_seed + 1, drawn=drawn))
    expect(model_b.training is False,
           "iw_log_likelihood switched the model to training mode (model.train() inside it): the mode is the "
           "caller's to set, and the estimate needs none (it calls model.encoder and model.decoder directly).")
    expect_every_mode(model_b, False, "iw_log_likelihood switched part of a model given in eval mode (its encoder, its "
                      "decoder or one of their layers) to training mode: the mode is the caller's to set.")
    model_b.train()  # a model in training mode (an estimate taken during training) stays in it
    iw_log_likelihood(model_b, x, 1, remote.make(student, "generator", seed=noise_seed + 1))
    expect(model_b.training is True,
           "iw_log_likelihood switched the model to evaluation mode (model.eval() inside it) and left it there: the mode "
           "is the caller's to set (a training loop that monitors the bound would go on in eval mode), and the "
           "estimate needs none (it calls model.encoder and model.decoder directly).")
    expect_every_mode(model_b, True, "iw_log_likelihood switched part of a model given in training mode (its encoder, its "
                      "decoder or one of their layers) to evaluation mode and left it there: the mode is the caller's "
                      "to set.")
    model_b.eval()
    expect_tensor(got, "iw_log_likelihood with k = 1", shape=(len(x),), dtype=torch.float32)
    expected = _reference_iw(recipe_b, x, 1, noise_seed + 1, drawn)[0]
    expect(torch.allclose(got, expected, atol=1e-3, rtol=1e-4)
           or not torch.allclose(got, _reference_iw(recipe_b, x, 1, noise_seed + 1)[0], atol=1e-3, rtol=1e-4),
           "iw_log_likelihood drew its noise as the generator was when it was seeded, not from where it stands: a "
           "generator that has drawn numbers before must go on from there (no generator.manual_seed(...), no new "
           "torch.Generator seeded with its initial_seed()). Draw with the generator itself.")
    expect_close(got, expected, "iw_log_likelihood with k = 1",
                 "With k = 1 the estimate is the single log-weight of one code drawn from q(z|x).", atol=1e-3, rtol=1e-4)
    # A narrow q(z|x) (log-variances near -8): the codes must be drawn with the encoder's own variances.
    narrow = dict(recipe, seed=recipe["seed"] + 3, logvar_bias=-8.0)
    got = iw_log_likelihood(remote.make(student, "vae", **narrow), x, k,
                            remote.make(student, "generator", seed=noise_seed + 3))
    expect_tensor(got, "iw_log_likelihood for a narrow q(z|x)", shape=(len(x),), dtype=torch.float32)
    expect_close(got, _reference_iw(narrow, x, k, noise_seed + 3)[0], "iw_log_likelihood for a narrow q(z|x) (logvar "
                 "about -8)", "Draw z = mu + exp(0.5 * logvar) * eps with the encoder's logvar as it is: no clamp or "
                 "floor on it (a narrow q is a valid proposal, and the weights use the same logvar).", atol=1e-3,
                 rtol=1e-4)
    # The generator moves on: two calls with it draw two different sets of codes.
    noise = remote.make(student, "generator", seed=noise_seed + 2)
    first, second = (iw_log_likelihood(model_b, x, 1, noise) for _ in range(2))
    expect(not torch.allclose(first, second),
           "Two calls of iw_log_likelihood with the same generator gave the same estimate: the caller's generator must "
           "move on as it draws (draw with it, torch.randn(..., generator=generator), not with a copy of its state).")
    # A model in training mode: the estimate encodes with model.encoder and draws only from the generator; torch's
    # global random state stays the caller's (model(x) would sample a z and decode it for nothing).
    model_b.train()
    expect_draws_nothing(student, lambda: iw_log_likelihood(model_b, x, 2, remote.make(student, "generator",
                                                                                        seed=noise_seed + 5)),
                         draw_sizes(generator, 1, 0, 10 ** 6)[0],
                         "iw_log_likelihood drew random numbers from torch's global random state (model(x) in training "
                         "mode samples a z, or noise drawn without the generator): encode with mu, logvar = "
                         "model.encoder(x), and draw the noise with the generator only.")
    model_b.eval()
    # A float64 model (model.double(), to measure the bound to more digits): the noise is still the statement's call,
    # float32 numbers from the generator (torch.randn with dtype=float64 draws other numbers).
    double = dict(recipe, seed=recipe["seed"] + 4, double=True)
    got = iw_log_likelihood(remote.make(student, "vae", **double), x.double(), k,
                            remote.make(student, "generator", seed=noise_seed + 4))
    expect_tensor(got, "iw_log_likelihood of a float64 model", shape=(len(x),))
    expect_close(got.detach().float(), _reference_iw(double, x.double(), k, noise_seed + 4)[0],
                 "iw_log_likelihood of a float64 model", "Draw the noise with exactly eps = torch.randn(k, B, d, "
                 "generator=generator), whatever the model's dtype (no dtype=mu.dtype: a float64 draw gives other "
                 "numbers than the statement's call); z = mu + exp(0.5 * logvar) * eps is then in the model's dtype.",
                 atol=1e-3, rtol=1e-4)
    # An estimate that carries a gradient (the IWAE trains on it) carries the bound's: z = mu + sigma * eps keeps its
    # path to the encoder. (A detached estimate is accepted: as a measurement it needs none.)
    graded = dict(recipe, seed=recipe["seed"] + 6)
    model_g = remote.make(student, "vae", **graded)
    got = iw_log_likelihood(model_g, x, 3, remote.make(student, "generator", seed=noise_seed + 6))
    if type(got) is torch.Tensor and got.requires_grad:
        got.sum().backward()
        theirs = remote.inspect(model_g, "grads")
        reference = given.build("vae", graded)
        mu, logvar = reference.encoder(x)
        z = _codes(mu, logvar, torch.randn(3, len(x), mu.shape[1], generator=torch.Generator().manual_seed(noise_seed + 6)))
        _log_mean_exp(_log_weights(x, z, mu, logvar, _decoded(reference, z)), 0).sum().backward()
        wrong = [name for name, parameter in reference.named_parameters()
                 if theirs.get(name) is None or not torch.allclose(theirs[name], parameter.grad, atol=1e-3, rtol=1e-3)]
        expect(not wrong,
               f"The estimate carries a gradient, but not the bound's: the gradients of {wrong[:3]} differ from those of "
               "log_mean_exp(log_weights(x, z, mu, logvar, logits), dim=0) with z = mu + exp(0.5 * logvar) * eps. Keep "
               "z's path to the encoder (no mu.detach() or logvar.detach() in the codes), or detach the whole estimate.")
    # k = 5 codes of B = 3 images in d = 3 dimensions: torch's CPU randn draws in blocks of 16 numbers, so that the
    # noise drawn in two calls (the first of (k + 1) // 2 * B * d = 27 numbers) is not that of the one call asked.
    small = dict(recipe, latent_dim=3, seed=recipe["seed"] + 7)
    x3 = given.mnist_images(split="test", n=3, start=draw_sizes(generator, 1, 0, 9000)[0])
    got = iw_log_likelihood(remote.make(student, "vae", **small), x3, 5,
                            remote.make(student, "generator", seed=noise_seed + 7))
    expect_tensor(got, "iw_log_likelihood(model, x, k=5, generator) for B = 3 images and d = 3", shape=(3,))
    expect_close(got.detach().float(), _reference_iw(small, x3, 5, noise_seed + 7)[0],
                 "iw_log_likelihood with k = 5, B = 3, d = 3",
                 "Draw the noise exactly as asked, eps = torch.randn(k, B, d, generator=generator), in ONE call: "
                 "draws split in several calls (half of the samples, then the rest) give other numbers than one call "
                 "for most sizes (torch's CPU randn fills blocks of 16 numbers).", atol=1e-3, rtol=1e-4)
    # A draw that holds a value beyond 4 (found by trying seeds in turn): the noise is used as drawn, tails included.
    B, d = 4, 4
    noise_seed = seed_with_large_draw(generator, (1, B, d), 4.3)
    tails = dict(recipe, latent_dim=d, seed=recipe["seed"] + 8)
    x4 = given.mnist_images(split="test", n=B, start=draw_sizes(generator, 1, 0, 9000)[0])
    got = iw_log_likelihood(remote.make(student, "vae", **tails), x4, 1, remote.make(student, "generator", seed=noise_seed))
    expect_tensor(got, "iw_log_likelihood(model, x, k=1, generator) for B = 4 images and d = 4", shape=(B,))
    expect_close(got.detach().float(), _reference_iw(tails, x4, 1, noise_seed)[0],
                 "iw_log_likelihood for a draw of noise that holds a value beyond 4",
                 "Draw the noise exactly as asked, eps = torch.randn(k, B, d, generator=generator), and use it as "
                 "drawn, with no clamp: codes in the tails of q(z|x) are codes of q like any other, and the weights "
                 "assume them.", atol=1e-3, rtol=1e-4)
    # Every one of the k weights counts, the smallest too: dropping one of 20 to 30 moves the estimate by about
    # log(k / (k - 1)) = 0.03 to 0.05 nats, within the relative tolerance above; float32 agrees to about 1e-4 here.
    B, k = draw_sizes(generator, 1, 3, 6)[0], draw_sizes(generator, 1, 20, 30)[0]
    _expect_bound_of(iw_log_likelihood, student, dict(recipe, seed=recipe["seed"] + 9), B, k, generator, noise_seed + 9,
                     "the estimate is the log of the mean of ALL k weights, the smallest included. Do not sort the "
                     "weights and drop the lowest as outliers (they are draws of q like any other, and the mean over "
                     "fewer than k is no longer the importance-weighted bound).")
    # Many codes (the notebook's k = 1000 and more): all k are drawn and weighed, however many.
    B, k = draw_sizes(generator, 1, 3, 5)[0], draw_sizes(generator, 1, 700, 1200)[0]
    _expect_bound_of(iw_log_likelihood, student, dict(recipe, seed=recipe["seed"] + 10), B, k, generator,
                     noise_seed + 10, "draw and weigh all k codes asked, eps = torch.randn(k, B, d, generator=generator), "
                     "however large k is (no cap such as min(k, 500): the estimate of k codes is the tighter bound the "
                     "notebook measures; decode in chunks if memory is short).")
    # A trained decoder is confident: logits of -20 to -45 on the background. Images with ink on the pixels that it
    # is surest are blank (a stray bright pixel, a scratch) have log-weights of tens of nats below 0 there, which the
    # estimate keeps: the logits as the decoder gives them (no clamp, which turns -45 nats into -20), in float32 (a
    # float16 round trip of the logits, codes or weights moves the estimate by 5e-3 to 0.1 nats here; float32 agrees
    # to 1e-4: hence no relative tolerance, which at 300 nats would hide it).
    B, k = 6, draw_sizes(generator, 1, 3, 8)[0]
    x7 = given.mnist_images(split="test", n=B, start=draw_sizes(generator, 1, 0, 9990)[0])
    trained = given.pretrained(checkpoint="mlp_vae_z20")
    with torch.no_grad():
        surest = trained.decoder(trained.encoder(x7)[0]).reshape(B, 784).argsort(1)[:, :5]
        x7 = x7.reshape(B, 784).scatter(1, surest, 1.0).reshape(B, 1, 28, 28)
        mu, logvar = trained.encoder(x7)
        eps = torch.randn(k, B, mu.shape[1], generator=torch.Generator().manual_seed(noise_seed + 11))
        z = _codes(mu, logvar, eps)
        expected = _log_mean_exp(_log_weights(x7, z, mu, logvar, _decoded(trained, z)).double(), 0).float()
    got = iw_log_likelihood(remote.make(student, "pretrained", checkpoint="mlp_vae_z20"), x7, k,
                            remote.make(student, "generator", seed=noise_seed + 11))
    expect(type(got) is torch.Tensor and tuple(got.shape) == (B,)
           and torch.allclose(got.detach().float(), expected, atol=1e-3, rtol=0),
           f"For a trained VAE (mlp_vae_z20) and {B} images with ink on the 5 pixels its decoder is surest are blank "
           f"(logits of -20 to -45 there), iw_log_likelihood gives "
           f"{[round(v, 4) for v in got.tolist()] if type(got) is torch.Tensor else got!r}, expected "
           f"{[round(v, 4) for v in expected.tolist()]} (to 1e-3 nats): pass the decoder's logits to log_weights as "
           "they are, in float32. Do not clamp them (logits.clamp(-20, 20) turns a pixel that costs 45 nats into one "
           "that costs 20, and the estimate of log p(x) comes out too high for exactly the images the model explains "
           "worst), and do not round them, nor z, mu, logvar or the log-weights, through float16 or bfloat16 (.half(), "
           "autocast) to save memory: with 3 significant digits a logit of -40 moves by up to 0.016, and each such "
           "pixel's cost with it (decode the k * B codes in chunks instead).")
    # As many codes as images (k = B): the mean is still over the k codes of each image, dim 0.
    k = draw_sizes(generator, 1, 3, 6)[0]
    _expect_bound_of(iw_log_likelihood, student, dict(recipe, seed=recipe["seed"] + 12), k, k, generator,
                     noise_seed + 12, f"with k = B = {k} the estimate of each image is the log-mean of its own k "
                     "weights: log_mean_exp(log_w, dim=0) whatever k and B (dim=1, or a dim chosen by comparing k "
                     "with B, averages the weights of different images).")
    # Two codes per image (k = 2, the smallest importance-weighted bound): a log-mean of the weights, as for any k.
    _expect_bound_of(iw_log_likelihood, student, dict(recipe, seed=recipe["seed"] + 14), 4, 2, generator,
                     noise_seed + 14, "with k = 2 the estimate is the log-mean of the two weights, log_mean_exp(log_w, "
                     "dim=0), not their mean (the ELBO's estimate) or any other average: the same formula for every k.")
    # A confident encoder (logvar about -19: standard deviations of 7.5e-5): z = mu + exp(logvar / 2) * eps exactly,
    # with no floor on the standard deviation (a floor at 1e-4 moves the estimate by 3 to 6 nats).
    _expect_bound_of(iw_log_likelihood, student, dict(recipe, seed=recipe["seed"] + 15, logvar_bias=-19.0), 4, 5,
                     generator, noise_seed + 15, "for an encoder whose log-variances are about -19 (standard "
                     "deviations of about 7.5e-5) the codes are not mu + exp(0.5 * logvar) * eps: the standard deviation "
                     "was floored (clamp_min) or computed otherwise. Use std = torch.exp(0.5 * logvar) as it is.")
    # One image at a time (B = 1, as the notebook's estimate with a large k calls it): the generator moves on too.
    x1 = given.mnist_images(split="test", n=1, start=draw_sizes(generator, 1, 0, 9999)[0])
    noise = remote.make(student, "generator", seed=noise_seed + 13)
    first, second = (iw_log_likelihood(model_b, x1, 3, noise) for _ in range(2))
    # Bit-identical, not allclose: a restored generator repeats itself exactly, while the estimates of a
    # random-init decoder can differ by less than allclose's tolerance (it failed correct answers).
    expect(type(first) is torch.Tensor and type(second) is torch.Tensor and not torch.equal(first, second),
           "Two calls of iw_log_likelihood on one image (B = 1) with the same generator gave the same estimate: the "
           "caller's generator must move on as it draws, for every batch size (no generator.get_state() and "
           "set_state() around the draw: every image of a loop would get the same codes).")
    # A decoder certain of ink where no digit has any (a logit of +inf at the top-left pixel, 0 in every MNIST image):
    # p(x|z) = 0 for every code, and the estimate is log 0 = -inf (NaN is accepted too: inf - inf on the way). A
    # finite number there (-inf or NaN replaced by -1e4, nan_to_num) passes off an impossible image as a likely one.
    certain = dict(recipe, seed=recipe["seed"] + 16)
    last, bias = [(name, value) for name, value in given.build("vae", certain).named_parameters()][-1]  # the decoder's
    bias = bias.detach().clone()
    bias[0] = float("inf")
    model_c = remote.make(student, "vae", **certain)
    remote.make(student, "parameter_set", model=model_c, parameter=last, value=bias)
    x = given.mnist_images(split="test", n=2, start=draw_sizes(generator, 1, 0, 9998)[0])
    got = iw_log_likelihood(model_c, x, 3, remote.make(student, "generator", seed=noise_seed + 16))
    impossible = (type(got) is torch.Tensor and tuple(got.shape) == (2,)
                  and (torch.isneginf(got) | torch.isnan(got)).all())
    expect(bool(impossible),
           f"For a decoder whose logit is +inf at a pixel that is 0 in the images, iw_log_likelihood gives "
           f"{got.tolist() if type(got) is torch.Tensor else got!r}, expected [-inf, -inf]: p(x|z) = 0 for every code, "
           "and log 0 is -inf. Return the estimate as computed: do not replace -inf or NaN by a finite number "
           "(nan_to_num, a floor such as -1e4), which makes an image the model cannot give look merely unlikely.")
    # A decoder sure of ink (logits of +18 to +40 at 8 pixels) where the images are blank: each pixel costs its logit
    # in nats, a finite estimate. sigmoid(l) is exactly 1 in float32 above l = 16.6 (in float64 above about 37: one
    # pixel is at 39 to 40), so logits turned into probabilities and back (log(p / (1 - p)), torch.logit) come back
    # +inf. The trained case above is the opposite (ink where logits are -20 to -45), which a round trip survives.
    sure = dict(recipe, seed=recipe["seed"] + 17)
    pixels = torch.randperm(784, generator=generator)[:8]
    model_s = given.build("vae", sure)
    last, bias = [(name, value) for name, value in model_s.named_parameters()][-1]  # the decoder's
    bias = bias.detach().clone()
    bias[pixels] = torch.linspace(18.0, 39.0, 8) + torch.rand(8, generator=generator)
    with torch.no_grad():
        dict(model_s.named_parameters())[last].copy_(bias)
    B, k = draw_sizes(generator, 1, 2, 4)[0], draw_sizes(generator, 1, 2, 5)[0]
    xs = given.mnist_images(split="test", n=B, start=draw_sizes(generator, 1, 0, 9990)[0])
    xs = xs.reshape(B, 784).index_fill(1, pixels, 0.0).reshape(B, 1, 28, 28)
    with torch.no_grad():
        mu, logvar = model_s.encoder(xs)
        z = _codes(mu, logvar, torch.randn(k, B, mu.shape[1], generator=torch.Generator().manual_seed(noise_seed + 17)))
        expected = _log_mean_exp(_log_weights(xs, z, mu, logvar, _decoded(model_s, z)).double(), 0).float()
    model_s = remote.make(student, "vae", **sure)
    remote.make(student, "parameter_set", model=model_s, parameter=last, value=bias)
    got = iw_log_likelihood(model_s, xs, k, remote.make(student, "generator", seed=noise_seed + 17))
    expect(type(got) is torch.Tensor and tuple(got.shape) == (B,)
           and torch.allclose(got.detach().float(), expected, atol=1e-3, rtol=0),
           f"For a decoder sure of ink (logits of about +18 to +40) at 8 pixels that are blank in the {B} images, "
           f"iw_log_likelihood gives {[round(v, 4) for v in got.tolist()] if type(got) is torch.Tensor else got!r}, "
           f"expected {[round(v, 4) for v in expected.tolist()]} (to 1e-3 nats): each such pixel costs its logit in "
           "nats. Pass the decoder's logits to log_weights as they are: do not turn them into probabilities and back "
           "(torch.sigmoid, then log(p / (1 - p)) or torch.logit): in float32 sigmoid(l) is exactly 1 for l above "
           "16.6, so the logit comes back +inf (and loses digits from about 9 up), and a pixel that costs l nats costs "
           "inf. Nor clamp the logits: log_weights takes them as the decoder gives them.")
    passed("iw_log_likelihood draws k codes from q(z|x) and returns log (1/k) sum_i p(x, z_i) / q(z_i|x)")


def iw_rises_with_k(iw_log_likelihood, seed=94):
    """Check iw_log_likelihood on a shipped VAE: averaged over test images, the estimate rises with k, and k = 1 is
    the ELBO (up to sampling noise)."""
    student = iw_log_likelihood  # objects are made on its side
    iw_log_likelihood = with_course_functions(iw_log_likelihood, ("log_mean_exp", "log_weights"))
    generator = torch.Generator().manual_seed(seed)
    start = draw_sizes(generator, 1, 0, 9900)[0]
    x = given.mnist_images(split="test", n=48, start=start)
    model = remote.make(student, "pretrained", checkpoint="mlp_vae_z20")
    means = {}
    for index, k in enumerate((1, 10, 100)):
        noise = remote.make(student, "generator", seed=seed + index)
        estimate = iw_log_likelihood(model, x, k, noise)
        # any float dtype: the dtype is iw_log_likelihood's own check's to charge
        expect_tensor(estimate, f"iw_log_likelihood(mlp_vae_z20, x, k={k}, generator)", shape=(len(x),))
        means[k] = float(estimate.detach().mean())
    elbo = -training.evaluate(given.pretrained(checkpoint="mlp_vae_z20"), x, seed=seed)["total"]
    expect(abs(means[1] - elbo) < 3.0,
           f"With k = 1 the estimate averages {means[1]:.2f} nats over 48 test images, but the ELBO of this model on "
           f"them is {elbo:.2f}: one importance weight is an unbiased estimate of the ELBO.")
    expect(means[1] < means[10] < means[100],
           f"The average estimate does not rise with k: {means[1]:.2f}, {means[10]:.2f}, {means[100]:.2f} nats for "
           "k = 1, 10, 100. The k-sample bound rises with k towards log p(x).")
    expect(means[100] - elbo < 10.0,
           f"With k = 100 the estimate is {means[100] - elbo:.1f} nats above the ELBO: far more than the gap of a "
           "trained VAE (a few nats).")
    passed(f"on mlp_vae_z20 the estimate rises with k: {means[1]:.2f} (k = 1) < {means[10]:.2f} (10) < "
           f"{means[100]:.2f} (100) nats")


# ---------------------------------------------------------------- kl_weight (KL annealing)

def _weight(kl_weight, step, warmup_steps):
    try:
        value = kl_weight(step, warmup_steps)
    except ZeroDivisionError:
        raise AssertionError(f"kl_weight({step}, {warmup_steps}) divides by zero: with warmup_steps = 0 there is no "
                             "warm-up, and the weight is 1 from step 0.") from None
    expect(type(value) in (int, float), f"kl_weight({step}, {warmup_steps}) must return a Python float, not a "
           f"{type(value).__name__} (use float(...) or plain arithmetic, not a tensor).")
    return float(value)


def kl_weight(kl_weight, seed=95):
    """Check kl_weight: 0 at step 0, rising linearly to 1 at the end of the warm-up, and 1 after it."""
    generator = torch.Generator().manual_seed(seed)
    for warmup in draw_sizes(generator, 3, 5, 4000):
        expect(_weight(kl_weight, 0, warmup) == 0.0,
               f"kl_weight(0, {warmup}) is {_weight(kl_weight, 0, warmup):g}: the warm-up starts from a weight of 0 "
               "at step 0 (a reconstruction-only start).")
        end = _weight(kl_weight, warmup, warmup)
        expect(abs(end - 1.0) < 1e-9, f"kl_weight({warmup}, {warmup}) is {end!r}: the weight must reach 1 at the end "
               "of the warm-up (step / warmup_steps, not step / (warmup_steps + 1)), or the model is never trained on "
               "the loss it is judged by.")
        for after in (warmup + 1, 2 * warmup, 10 * warmup + 7):
            value = _weight(kl_weight, after, warmup)
            expect(value <= 1.0 + 1e-9, f"kl_weight({after}, {warmup}) is {value:g}: after the warm-up the weight "
                   "stays at 1 (min(1, step / warmup_steps)); it must not overshoot.")
            expect(abs(value - 1.0) < 1e-9, f"kl_weight({after}, {warmup}) is {value:g}: after the warm-up the "
                   "weight stays at 1.")
        middle = draw_sizes(generator, 1, 1, warmup - 1)[0]
        value = _weight(kl_weight, middle, warmup)
        expect(abs(value - middle / warmup) < 1e-9,
               f"kl_weight({middle}, {warmup}) is {value:g}, expected {middle / warmup:g}: the weight rises linearly, "
               "step / warmup_steps.")
    expect(_weight(kl_weight, 0, 0) == 1.0 and _weight(kl_weight, 5, 0) == 1.0,
           "With warmup_steps = 0 there is no warm-up: the weight is 1 from step 0 (and no division by zero).")
    # The shortest warm-up, one step: 0 at step 0, then 1.
    expect(_weight(kl_weight, 0, 1) == 0.0 and _weight(kl_weight, 1, 1) == 1.0,
           f"kl_weight(0, 1) is {_weight(kl_weight, 0, 1):g} and kl_weight(1, 1) {_weight(kl_weight, 1, 1):g}, expected 0 "
           "and 1: a warm-up of one step is still a warm-up, min(1, step / warmup_steps); only warmup_steps = 0 means "
           "none.")
    # The weight depends on the step alone, whatever calls came before (a second training run, a re-run cell, an
    # evaluation): after the calls above, step 1 of a long warm-up is still 1 / warmup_steps.
    warmup = draw_sizes(generator, 1, 1000, 4000)[0]
    value = _weight(kl_weight, 1, warmup)
    expect(abs(value - 1 / warmup) < 1e-12,
           f"kl_weight(1, {warmup}) is {value:g} after earlier calls, expected {1 / warmup:g}: the weight is a function "
           "of step alone, min(1, step / warmup_steps). Do not count calls (or keep any state between calls): a second "
           "training run, or a re-run cell, would then start part-way through the warm-up.")
    passed("kl_weight: 0 at step 0, linear to 1 at the end of the warm-up, 1 after it")


# ---------------------------------------------------------------- free_bits_kl

def _free_bits_inputs(generator, B, d, lam):
    """mu, logvar whose per-dimension batch-mean KL is clearly above lam for some dimensions and clearly below for
    others, while single images of a low dimension have a KL above lam (clamping per image would differ)."""
    high = torch.randperm(d, generator=generator)[:max(1, d // 2)]
    scale = torch.full((d,), 0.15)
    scale[high] = 2.5
    mu = torch.randn(B, d, generator=generator) * scale
    mu[0, :] = 2.0 * math.sqrt(lam)  # one image whose KL is 2 lambda in every dimension
    logvar = torch.randn(B, d, generator=generator) * 0.1 - 0.05
    return mu, logvar


def _per_unit(mu, logvar):
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=0)


def free_bits_kl(free_bits_kl, seed=96):
    """Check free_bits_kl: the batch-mean KL of each dimension, clamped below at lambda, summed over dimensions."""
    generator = torch.Generator().manual_seed(seed)
    for attempt in range(2):
        B, d = draw_sizes(generator, 1, 24, 40)[0], draw_sizes(generator, 1, 4, 8)[0]
        lam = round(0.25 + 0.75 * torch.rand(1, generator=generator).item(), 2)
        mu, logvar = _free_bits_inputs(generator, B, d, lam)
        per_unit = _per_unit(mu.double(), logvar.double())
        while bool(((per_unit - lam).abs() < 0.05).any()):  # no dimension near the clamp's kink
            mu, logvar = _free_bits_inputs(generator, B, d, lam)
            per_unit = _per_unit(mu.double(), logvar.double())
        expected = per_unit.clamp(min=lam).sum().float()
        mu_in, logvar_in = mu.clone().requires_grad_(), logvar.clone().requires_grad_()
        got = free_bits_kl(mu_in, logvar_in, lam)
        expect_tensor(got, f"free_bits_kl(mu, logvar, lam={lam})", shape=(), dtype=torch.float32)
        per_image = -0.5 * (1 + logvar.double() - mu.double() ** 2 - logvar.double().exp())  # (B, d)
        total = per_unit.sum()

        def near(value):
            return abs(float(got.detach()) - float(value)) < 1e-3 * max(1.0, abs(float(value)))

        expect(not near(total.clamp(min=lam)) and not near(total.clamp(min=lam * d)),
               "free_bits_kl clamps the total KL: free bits apply per latent dimension. Average each dimension's KL "
               "over the batch, clamp each of these d values below at lambda, then sum them.")
        expect(not near(per_image.clamp(min=lam).mean(0).sum()) and not near(per_image.clamp(min=lam).sum(1).mean()),
               "free_bits_kl clamps the KL of each image before averaging over the batch: average each dimension's "
               "KL over the batch first, then clamp (Kingma et al., 2016: the constraint is on the batch's KL per "
               "dimension).")
        expect(not near(per_unit.clamp(max=lam).sum()),
               "free_bits_kl clamps from above (at most lambda): free bits are a floor, max(lambda, KL_j).")
        expect(not near(per_unit.sum()), "free_bits_kl returns the plain KL: clamp each dimension's KL below at lambda.")
        expect(not near(per_image.sum(0).clamp(min=lam).sum()),
               "free_bits_kl sums each dimension's KL over the batch: average it over the batch (.mean(dim=0)).")
        expect_close(got, expected, f"free_bits_kl with lambda = {lam}",
                     "sum over j of max(lambda, mean over the batch of KL_j).", atol=1e-3, rtol=1e-4)
        # gradient: only the dimensions above lambda receive one
        got.backward()
        expect(mu_in.grad is not None and logvar_in.grad is not None,
               "free_bits_kl carries no gradient to mu and logvar: compute it with torch operations (clamp or "
               "torch.maximum), without .item() or float().")
        below = per_unit < lam
        expect(bool((mu_in.grad[:, below] == 0).all()) and bool((logvar_in.grad[:, below] == 0).all()),
               "Dimensions whose batch-mean KL is below lambda still receive a gradient from free_bits_kl: their KL is "
               "free (the loss counts lambda for them, a constant), so clamp the KL itself: kl.clamp(min=lam) or "
               "torch.maximum(kl, torch.tensor(lam)), not a detached copy or a mask that keeps the gradient.")
        mu_ref, logvar_ref = mu.clone().requires_grad_(), logvar.clone().requires_grad_()
        _per_unit(mu_ref, logvar_ref)[~below].sum().backward()
        expect_close(mu_in.grad[:, ~below], mu_ref.grad[:, ~below], "the gradient on mu of the dimensions above lambda",
                     "Above lambda a dimension's term is its batch-mean KL, and its gradient is the KL's.", atol=1e-5)
    # Every dimension below lambda (a collapsed code): still a scalar tensor, d * lambda, as the statement asks
    d = draw_sizes(generator, 1, 2, 6)[0]
    got = free_bits_kl(0.01 * torch.randn(8, d, generator=generator), 0.01 * torch.randn(8, d, generator=generator), 2.0)
    expect_tensor(got, f"free_bits_kl(mu, logvar, lam=2.0) when every dimension's KL is below lambda (a collapsed code)",
                  shape=(), dtype=torch.float32)
    expect_close(got, torch.tensor(2.0 * d), "free_bits_kl when every dimension is below lambda",
                 f"Every one of the {d} dimensions counts lambda: the result is d * lambda, as a scalar tensor (clamp the "
                 "(d,) tensor of KLs and sum it with torch, not with Python's max and sum).", atol=1e-4)
    # Far log-variances (a collapsing or exploding unit): the formula as it is, and the caller's tensors left alone.
    logvar = far_log_variances(generator).repeat(3, 1)
    mu = torch.randn(3, 4, generator=generator)
    got = expect_inputs_kept(free_bits_kl, "free_bits_kl(mu, logvar, lam)", ("mu", mu), ("logvar", logvar), 0.5, hint=(
        "an in-place operation on it (logvar.clamp_(...), logvar.data.clamp_(...), logvar.exp_()) overwrites the "
        "encoder's output. Compute into new tensors, and leave logvar as it is (no clamp: the formula holds for any "
        "logvar)."))
    expect_close(got, _per_unit(mu.double(), logvar.double()).clamp(min=0.5).sum().float(),
                 f"free_bits_kl for logvar = {[round(v, 1) for v in logvar[0].tolist()]}",
                 "The formula holds for every logvar: do not clamp logvar (or exp(logvar)).", rtol=1e-4)
    # Every dimension below lambda, inputs that need gradients: the result is still part of the graph (a zero
    # gradient), so that loss.backward() works whatever the code's state.
    mu = (0.01 * torch.randn(8, d, generator=generator)).requires_grad_()
    logvar = (0.01 * torch.randn(8, d, generator=generator)).requires_grad_()
    got = free_bits_kl(mu, logvar, 2.0)
    expect(type(got) is torch.Tensor and got.requires_grad,
           "When every dimension's KL is below lambda, free_bits_kl returned a tensor outside the graph "
           "(requires_grad is False), on which .backward() fails: the result must be differentiable whatever the KLs. "
           "Clamp the KLs themselves, kl.clamp(min=lam).sum(), which gives a zero gradient, not a new constant tensor.")
    # Far negative log-variances alone (a collapsing unit), where no exploding unit's exp(logvar) hides a clamp
    logvar = far_log_variances(generator)[:2].repeat(3, 1)
    mu = torch.randn(3, 2, generator=generator)
    expect_close(free_bits_kl(mu, logvar, 0.5), _per_unit(mu.double(), logvar.double()).clamp(min=0.5).sum().float(),
                 f"free_bits_kl for logvar = {[round(v, 1) for v in logvar[0].tolist()]}",
                 "The KL of a unit whose log-variance is far below 0 is large: do not clamp logvar (or exp(logvar)).",
                 rtol=1e-4)
    # A model in float64 (model.double()): its KL is float64 too
    got = free_bits_kl(mu.double(), logvar.double(), 0.5)
    expect(type(got) is not torch.Tensor or got.dtype == torch.float64,
           f"free_bits_kl of float64 mu and logvar returned {got.dtype}: keep their dtype (no .float()).")
    # A batch of one image: mu and logvar of shape (1, d), whose d units have KLs on both sides of lambda.
    d = draw_sizes(generator, 1, 3, 6)[0]
    mu = torch.linspace(0.0, 3.0, d).reshape(1, d)  # KLs from 0 to 4.5: some below lambda = 1, some above
    logvar = torch.zeros(1, d)
    got = free_bits_kl(mu, logvar, 1.0)
    expect_tensor(got, f"free_bits_kl for a batch of one image (mu of shape (1, {d}))", shape=())
    expect_close(got.detach().float(), _per_unit(mu.double(), logvar.double()).clamp(min=1.0).sum().float(),
                 f"free_bits_kl for a batch of one image (mu of shape (1, {d})), lambda = 1",
                 "Keep mu and logvar's two dimensions: squeeze() turns a batch of one into one row of units, whose "
                 "mean over dim 0 is then over the units (one number for all of them). Average each unit's KL over "
                 "the batch (dim 0), clamp each of the d values, and sum.", atol=1e-4)
    # A NaN in one image's mu (a diverging encoder): the loss must not average it away. Its unit's batch mean is NaN:
    # clamp gives NaN; torch.where(kl > lam, kl, lam) gives lambda for it (NaN > lam is False), also accepted. An
    # average over the other images (nanmean, a mask) gives that unit's KL of 2 nats in the others.
    mu, logvar = torch.randn(4, 3, generator=generator), torch.zeros(4, 3)
    mu[:, 0] = 2.0
    mu[1, 0] = float("nan")
    got = free_bits_kl(mu, logvar, 0.5)
    compared = _per_unit(mu.double(), logvar.double()).nan_to_num(nan=0.0).clamp(min=0.5).sum().float()
    expect(type(got) is torch.Tensor and got.numel() == 1
           and (bool(torch.isnan(got)) or abs(float(got.detach()) - float(compared)) < 1e-4),
           f"For a batch with a NaN in one image's mu, free_bits_kl returned {got}, not NaN: that image was dropped "
           "(nanmean, or a mask of finite values). Average with .mean(dim=0), so that a NaN shows: it means a bug "
           "upstream (a diverging encoder, a broken input) that a dropped image hides from training.")
    # Far encoder means (an exploding unit, |mu| of 12 to 30): the KL grows as mu^2 / 2, and its gradient with it.
    d = draw_sizes(generator, 1, 2, 5)[0]
    mu = (12.0 + 18.0 * torch.rand(4, d, generator=generator)) * torch.sign(torch.randn(4, d, generator=generator))
    logvar = torch.randn(4, d, generator=generator) * 0.3
    mu_in = mu.clone().requires_grad_()
    got = free_bits_kl(mu_in, logvar, 0.5)
    expected = _per_unit(mu.double(), logvar.double()).clamp(min=0.5).sum().float()
    expect(type(got) is torch.Tensor and got.numel() == 1 and abs(float(got.detach()) - float(expected)) < 1e-3 * float(expected),
           f"For encoder means of 12 to 30 in size, free_bits_kl returned {got}, expected {float(expected):.2f}: do "
           "not clamp mu (mu.clamp(-10, 10) turns a unit's KL of 400 nats into 50, and gives it no gradient). The KL "
           "holds for every mu: -1/2 (1 + logvar - mu^2 - exp(logvar)).")
    # Dimensions just above lambda (by 1% to 3%): their KL counts as it is, with its gradient (the floor is lambda
    # itself, not a margin above it).
    lam = round(0.25 + 0.75 * torch.rand(1, generator=generator).item(), 2)
    B, d = draw_sizes(generator, 1, 8, 16)[0], draw_sizes(generator, 1, 2, 5)[0]
    above = 1 + 0.01 * torch.randint(1, 4, (d,), generator=generator).double()
    mu = (2 * lam * above).sqrt().expand(B, d).float().clone().requires_grad_()  # KL of mu^2 / 2 in each dimension
    logvar = torch.zeros(B, d, requires_grad=True)
    got = free_bits_kl(mu, logvar, lam)
    expected = _per_unit(mu.detach().double(), logvar.detach().double()).sum()
    if type(got) is torch.Tensor and got.requires_grad:
        got.backward()
    expect(type(got) is torch.Tensor and abs(float(got.detach()) - float(expected)) < 1e-4 * float(expected)
           and mu.grad is not None and torch.allclose(mu.grad, mu.detach() / B, rtol=1e-4, atol=1e-7),
           f"For {d} dimensions whose batch-mean KL is 1% to 3% above lambda = {lam}, free_bits_kl gave "
           f"{float(got.detach()) if type(got) is torch.Tensor else got!r}, expected {float(expected):.5f} with the "
           "KL's gradient: a dimension above lambda counts as its KL, however little above (no margin such as "
           "KL > 1.05 * lambda, and the comparison must not decide the value: torch.clamp(kl, min=lam) or "
           "torch.maximum).")
    passed("free_bits_kl: per dimension, averaged over the batch then clamped below at lambda; no gradient below it")


from vaecourse.checks import guard_torch_settings  # noqa: E402 (last: it wraps every check above)

guard_torch_settings(globals())
