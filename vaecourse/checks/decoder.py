"""The checks of notebook 03 (the decoder).

Each check takes the student's classes or functions and a `seed` for its inputs (the notebook uses the
default; grading uses a secret one, vaecourse.remote).
"""

import math

import torch
import torch.nn.functional as F

from vaecourse.checks import (aligned, call, describe_layer, draw_sizes, expect, expect_activation_between,
                              expect_close, expect_defaults, expect_dense, expect_draws_nothing, expect_every_mode,
                              expect_float64_kept, expect_all_trainable, expect_hidden_list_kept, expect_inputs_kept,
                              expect_mode_kept, expect_not_affine, expect_large_batch_as_rows, expect_parameter_counts,
                              expect_rows_independent, expect_seeded_by_caller, expect_tensor, expect_true_gradient,
                              expect_true_parameter_gradients, layer_values, loose_parameters, outputs_around_a_step,
                              passed, without_gradient)
from vaecourse.checks import _flat_orders, _value_by_value
from vaecourse import remote
from vaecourse.remote import inspect


def _dense_count(latent_dim, hidden) -> int:
    """Parameters of the specified DenseDecoder (the table of the notebook, as a formula)."""
    widths = [latent_dim, *hidden, 784]
    return sum(a * b + b for a, b in zip(widths[:-1], widths[1:]))


def _conv_count(latent_dim, channels, hidden) -> int:
    """Parameters of the specified ConvDecoder (the table of the notebook, as a formula)."""
    c1, c2 = channels
    linear = (latent_dim * hidden + hidden) + (hidden * c1 * 7 * 7 + c1 * 7 * 7)
    return linear + (c1 * c2 * 4 * 4 + c2) + (c2 * 1 * 4 * 4 + 1)


def _plus_bias_parameter(decoder, records, result, last) -> bool:
    """Whether the logits are the last layer's output plus a loose parameter of the decoder (checks.loose_parameters),
    broadcast over the batch: a bias-free last layer whose bias is kept apart, the same affine layer written in two
    parts. A fixed number added, or a layer's own bias added again, is not such a parameter."""
    shift = result.shape[1:]
    for bias in loose_parameters(decoder, records).values():
        if bias.numel() == math.prod(shift):
            bias = bias.reshape(shift)
        try:
            bias = torch.broadcast_to(bias, shift)
        except RuntimeError:
            continue
        if torch.allclose(result, last.reshape(result.shape) + bias.to(result.dtype), rtol=1e-4, atol=1e-4):
            return True
    return False


def _expect_probs_in_eval(decoder, z, name: str, what: str, message: str) -> None:
    """decoder.probs(z) in eval mode is the sigmoid of decoder(z) in eval mode; the decoder is left in training mode."""
    decoder.eval()
    probs = call(decoder.probs, z, f"{name}.probs in eval mode")
    logits = call(decoder, z, f"{name}(latent_dim={z.shape[1]}) in eval mode")
    decoder.train()
    expect_close(probs.detach() if type(probs) is torch.Tensor else probs, torch.sigmoid(logits.detach()), what,
                 message)


def _logits_and_probs(decoder, z, name: str) -> None:
    """forward gives unbounded logits; probs gives their sigmoid, in [0, 1]."""
    logits = call(decoder, z, f"{name}(latent_dim={z.shape[1]})")
    expect_tensor(logits, "the logits", shape=(len(z), 1, 28, 28), dtype=z.dtype)
    training_logits = logits.detach()
    # only a squashing output keeps every logit in [0, 1] (bounded hidden activations, tanh, may keep them near it)
    expect(bool(logits.min() < 0 or logits.max() > 1),
           f"The logits lie in [{logits.min():.3f}, {logits.max():.3f}]: forward must return unbounded logits. "
           "Do not apply a sigmoid (or any activation) after the last layer; probs applies the sigmoid.")
    records, result, error = layer_values(decoder, z)
    expect(error is None and len(records) > 0, f"{name} failed on codes of shape {tuple(z.shape)} with {error}")
    last = records[-1][3]
    if type(result) is torch.Tensor:
        last = aligned(last, result)[0]  # cropped by one pixel apart: the same as the layer's own padding=1
    expect(last.numel() == result.numel() and (torch.allclose(result, last.reshape(result.shape), rtol=1e-4, atol=1e-4)
                                               or _plus_bias_parameter(decoder, records, result, last)),
           f"The logits are not the output of the last layer, {describe_layer(records[-1])}, as it is: for codes far "
           f"from 0 they lie in [{result.min():.3g}, {result.max():.3g}], while that layer outputs "
           f"[{last.min():.3g}, {last.max():.3g}]. forward must return unbounded logits: reshape the last layer's output, "
           "and apply nothing to it (no tanh, clamp, scaling or activation).")
    probs = call(decoder.probs, z, f"{name}.probs")
    expect_tensor(probs, "probs(z)", shape=(len(z), 1, 28, 28), dtype=z.dtype)
    expect(bool(probs.min() >= 0 and probs.max() <= 1), "probs must lie in [0, 1]: apply torch.sigmoid to the logits.")
    expect_close(probs.detach(), torch.sigmoid(logits.detach()), "probs(z)",
                 "probs(z) must be torch.sigmoid(self(z)): the sigmoid of the logits, applied once.")
    # (detached logits are charged once, by the architecture check's gradients)
    expect(probs.requires_grad or not logits.requires_grad,
           "probs(z) carries no gradient: do not compute it under torch.no_grad() or detach it. The Gaussian view "
           "trains with probs(z) as the mean x_hat in its loss.")
    other = z.flip(0) + 0.5  # other codes: probs of each call are those of its own codes
    expect_close(call(decoder.probs, other, f"{name}.probs").detach(), torch.sigmoid(call(decoder, other, name).detach()),
                 "probs of other codes, in a second call",
                 "probs gave, for other codes, what an earlier call returned: compute torch.sigmoid(self(z)) for the z "
                 "of each call (nothing kept in an attribute between calls).")
    # Codes near 0 give logits near 0 and probabilities near 0.5: far codes saturate the sigmoid, where a rescaling
    # (by the brightest pixel, say) changes nothing.
    near = z / (1000 * z.abs().max())
    expect_close(call(decoder.probs, near, f"{name}.probs").detach(), torch.sigmoid(call(decoder, near, name).detach()),
                 "probs of codes near 0",
                 "probs(z) must be torch.sigmoid(self(z)) and nothing more, for every code: for codes near 0 (logits "
                 "near 0) it gives something else. Do not rescale, normalise or round the probabilities.")
    for training in (True, False):  # the Gaussian view calls probs while it trains
        decoder.train(training)
        decoder.probs(z)
        expect(decoder.training is training,
               f"probs switched the decoder from {'training' if training else 'evaluation'} mode to "
               f"{'evaluation' if training else 'training'} mode: the mode is the caller's to set. Do not call "
               "self.eval() or self.train() in probs.")
    # eval mode (generate, the figures) gives logits too: the sigmoid is probs's job in either mode
    decoder.eval()
    logits = call(decoder, z, f"{name}(latent_dim={z.shape[1]}) in eval mode")
    decoder.train()
    expect(type(logits) is not torch.Tensor or bool(logits.min() < 0 or logits.max() > 1),
           f"In eval mode the logits lie in [{logits.min():.3f}, {logits.max():.3f}]: forward must return unbounded "
           "logits in both modes (do not apply a sigmoid when not self.training); probs applies the sigmoid.")
    expect(type(logits) is torch.Tensor and logits.shape == training_logits.shape
           and bool(torch.allclose(logits.detach(), training_logits, rtol=1e-6, atol=1e-5)),
           f"In eval mode forward returned other logits than in training mode for the same codes (in [{logits.min():.3g}, "
           f"{logits.max():.3g}] against [{training_logits.min():.3g}, {training_logits.max():.3g}]): forward computes "
           "the logits the same way in both modes, the last layer's output as it is (nothing depends on "
           "self.training: no sigmoid, logit, clamp or other computation when not training).")
    # probs in eval mode (generate, the figures): the same sigmoid, on codes near 0 where a rounding to 0/1 shows
    _expect_probs_in_eval(decoder, near, name, "probs of codes near 0 in eval mode",
                          "In eval mode probs(z) must still be torch.sigmoid(self(z)), the probabilities themselves: it "
                          "returned other values (0 or 1: probabilities thresholded or rounded when not self.training). "
                          "probs computes the same way in both modes; binarising images, if wanted, is the caller's "
                          "choice.")
    # ...and on the far codes, whose probabilities are 0 and 1: nothing clamps them away from 0 and 1 in eval mode
    _expect_probs_in_eval(decoder, z, name, "probs of codes far from 0 in eval mode",
                          "In eval mode probs(z) must still be torch.sigmoid(self(z)) for every code: for codes far "
                          "from 0 (probabilities of 0 and 1) it returned other values, clamped away from 0 and 1 when "
                          "not self.training. probs computes the same way in both modes: no clamp (a loss that needs "
                          "one clamps for itself).")
    # A NaN code (a diverged encoder's) gives NaN logits, and their sigmoid is NaN, which shows the fault: a grey
    # probability of 0.5 would pass for a decoded code. Refusing NaN codes (an error) is allowed too.
    codes = near.clone()
    row = len(codes) // 2
    codes[row] = float("nan")
    try:
        probs, logits = decoder.probs(codes), decoder(codes)
    except (ValueError, AssertionError, RuntimeError, FloatingPointError):
        probs = logits = None
    if type(probs) is torch.Tensor and type(logits) is torch.Tensor and probs.shape == logits.shape:
        expected = torch.sigmoid(logits.detach())
        probs = probs.detach()
        expect(bool(torch.allclose(probs, expected.to(probs.dtype), rtol=1e-4, atol=1e-5, equal_nan=True)),
               f"probs(z) for codes whose row {row} is NaN (a diverged encoder's) gave probabilities of "
               f"{probs[row].nan_to_num(-1.0).unique()[:3].tolist()}... where the logits are NaN: the NaN values were "
               "replaced (torch.nan_to_num(..., nan=0.5), or a where on isnan), so that a fault passes for a grey "
               "image. probs(z) is torch.sigmoid(self(z)) as it is: NaN in, NaN out.")


def _gradients_and_not_affine(decoder, make, name: str, generator) -> None:
    """Gradients reach every parameter from the logits, and the decoder is not affine."""
    x = torch.rand(6, 1, 28, 28, generator=generator)
    logits = call(decoder, torch.randn(6, 2, generator=generator), f"{name}(latent_dim=2)")
    expect(logits.requires_grad, "The logits carry no gradient (they are detached from the network): "
           "do not use .detach(), .data or torch.no_grad() in forward.")
    F.binary_cross_entropy_with_logits(logits, x).backward()
    missing = without_gradient(decoder)
    expect(not missing, f"These parameters receive no gradient from the logits: {missing}. Every layer you create "
           "must be used in forward, and nothing may be detached.")
    a, b = torch.randn(2, 8, 2, generator=generator)
    expect_not_affine(make(), a, b, f"{name}(latent_dim=2)", ("the logits",))


def _expect_gradient_to_codes(decoder, name: str, generator) -> None:
    """The gradient of the logits reaches the codes z: through them the encoder learns from the reconstruction."""
    z = torch.randn(6, 2, generator=generator).requires_grad_()
    out = call(decoder, z, f"{name}(latent_dim=2)")
    if out.requires_grad:
        out.sum().backward()
    expect(z.grad is not None and bool(z.grad.abs().sum() > 0),
           "No gradient goes from the logits back to the codes z (z.detach(), z.data or torch.no_grad() in forward): "
           "in a VAE the encoder learns from the reconstruction only through z.")
    z = torch.randn(6, 2, generator=generator).requires_grad_()
    probs = call(decoder.probs, z, f"{name}(latent_dim=2).probs")
    if type(probs) is torch.Tensor and probs.requires_grad:  # probs without any gradient: charged by the outputs check
        # weighted: the plain sum of a wrong probs (a softmax over the pixels) is constant, charged by the outputs check
        (probs * torch.rand(probs.shape, generator=generator)).sum().backward()
        expect(z.grad is not None and bool(z.grad.abs().sum() > 0),
               "No gradient goes from probs(z) back to the codes z (z.detach(), z.data or torch.no_grad() in probs): "
               "probs(z) is torch.sigmoid(self(z)) with z as it is. The Gaussian view trains with probs(z) as the "
               "mean x_hat, and the encoder learns from the reconstruction only through z.")


def _expect_eval_mode_gradients(decoder, name: str, generator) -> None:
    """In eval mode the logits keep their graph, to the codes and every parameter: the mode and the gradient mode
    are independent (the caller decides whether to record gradients, with torch.no_grad() around the call)."""
    decoder.eval()
    z = torch.randn(6, 2, generator=generator).requires_grad_()
    logits = call(decoder, z, f"{name}(latent_dim=2) in eval mode")
    if type(logits) is torch.Tensor and logits.requires_grad:
        logits.sum().backward()
    missing = without_gradient(decoder)
    expect(z.grad is not None and bool(z.grad.abs().sum() > 0) and not missing,
           f"In evaluation mode forward returned logits without their gradient to the codes z or to "
           f"{missing or 'the first layers'} (torch.no_grad() or torch.set_grad_enabled(self.training) in forward): "
           "the mode and the gradient mode are independent, and whether to record gradients is the caller's choice "
           "(with torch.no_grad() around the call). Compute forward the same way in both modes.")


ACTIVATION_HINT = "Put an activation (ReLU) after every layer but the last, as the table says."


def _first_layer_records(decoder, z, what: str) -> list:
    """layer_values' records of decoder(z), once its first layer is shown to receive z as it is."""
    records, _, error = layer_values(decoder, z)
    expect(error is None and len(records) > 0, f"{what} failed on codes of shape {tuple(z.shape)} with {error}")
    seen = records[0][2]
    expect(seen.shape == z.shape and torch.allclose(seen, z),
           f"The first layer, {describe_layer(records[0])}, does not receive the code z as it is: for codes in "
           f"[{z.min():.3g}, {z.max():.3g}] it receives values in [{seen.min():.3g}, {seen.max():.3g}]. Nothing goes "
           "before the first layer (no activation, clamp or scaling of z, in place or not: a code is any real "
           "vector). " + ACTIVATION_HINT)
    return records


def _expect_layer_by_layer(decoder, z, what: str, hint: str = ACTIVATION_HINT) -> None:
    """Layer by layer: the first layer reads the code z as it is (codes far from 0 too), and every other layer an
    activation of the one before (reshaped, for the transposed convolutions). hint: what the messages advise."""
    records = _first_layer_records(decoder, z, what)
    for before, after in zip(records[:-1], records[1:]):
        expect_activation_between(before, after, hint)
    _first_layer_records(decoder, 1000 * z, what)  # codes far from the prior: a clamp or a squashing of z shows


def _expect_eval_mode_probs_gradient(decoder, name: str, generator) -> None:
    """In eval mode probs(z) keeps its graph too, to the codes and every parameter, as forward does: the mode and
    the gradient mode are independent. (probs without any gradient in training mode is charged by the outputs check.)"""
    z = torch.randn(6, 2, generator=generator).requires_grad_()
    weights = torch.rand(6, 1, 28, 28, generator=generator)
    probs = call(decoder.probs, z, f"{name}(latent_dim=2).probs")
    if not (type(probs) is torch.Tensor and probs.requires_grad):
        return
    decoder.eval()
    z = torch.randn(6, 2, generator=generator).requires_grad_()  # new codes: probs kept from an earlier call show
    probs = call(decoder.probs, z, f"{name}(latent_dim=2).probs in eval mode")
    logits = call(decoder, z.detach(), f"{name}(latent_dim=2) in eval mode")
    decoder.train()
    # other values than the sigmoid of the logits (thresholded, kept from an earlier call, another dtype): charged by
    # the outputs check
    if not (type(probs) is torch.Tensor and type(logits) is torch.Tensor and probs.shape == logits.shape
            and probs.dtype == logits.dtype
            and bool(torch.allclose(probs.detach(), torch.sigmoid(logits.detach()), rtol=1e-4, atol=1e-5))):
        return
    if probs.requires_grad and probs.shape == weights.shape:
        # weighted: the plain sum of a wrong probs (a softmax over the pixels) is constant, charged by the outputs check
        (probs * weights).sum().backward()
    missing = without_gradient(decoder)
    expect(z.grad is not None and bool(z.grad.abs().sum() > 0) and not missing,
           f"In evaluation mode probs(z) returned probabilities without their gradient to the codes z or to "
           f"{missing or 'the first layers'} (detached, computed under torch.no_grad(), or from a pass whose result "
           "is detached when not self.training), while in training mode it has one: the mode and the gradient mode "
           "are independent, and whether to record gradients is the caller's choice (with torch.no_grad() around "
           "the call). probs(z) is torch.sigmoid(self(z)), the same way in both modes.")


def _expect_recomputed(decoder, name: str, generator) -> None:
    """The same codes z, decoded again after a training step changed the weights, give the new weights' logits:
    nothing is kept between calls by the identity of z (z is one tensor on the decoder's side, passed twice)."""
    z = torch.randn(5, 2, generator=generator)
    before, after = outputs_around_a_step(decoder, z)
    fresh = decoder(z)
    expect(all(type(value) is torch.Tensor for value in (before, after, fresh)) and before.shape == after.shape
           == fresh.shape and torch.allclose(after.detach(), fresh.detach(), rtol=1e-4, atol=1e-4)
           and not torch.allclose(after.detach(), before.detach(), rtol=1e-4, atol=1e-4),
           f"{name}(latent_dim=2), called on the same codes z again after its weights changed (as a training step "
           "changes them), returned the logits of before: forward kept them between calls, by the identity of z (a "
           "cache of the last z and its logits). The weights change at every step: compute the logits from z at "
           "every call.")


def _expect_weights_kept(decoder, z, what: str) -> None:
    """forward reads the weights and changes none of them: only the optimizer's step does. Weights moved far from
    their initial values (as training moves them) show a clamp of the weights in forward."""
    remote.make(decoder, "shifted_weights", model=decoder, amount=3.0)
    names, before = [name for name, _, _ in inspect(decoder, "parameters")], inspect(decoder, "state")
    call(decoder, z, what)
    after = inspect(decoder, "state")
    changed = [name for name in names if name in before and not (name in after and torch.equal(before[name], after[name]))]
    expect(not changed,
           f"{what}'s forward changed the network's own weights ({', '.join(changed[:3])}): a call of forward "
           "overwrote them in place (p.data.clamp_(...) on the parameters, say). forward computes the logits from the "
           "weights as they are; only the optimizer's step changes them (a constraint on the weights, if wanted, is "
           "applied by the training loop after optimizer.step(), not by every call of the model).")


def _expect_new_in_training_mode(build, what: str) -> None:
    """A new decoder is in training mode, every layer too, as nn.Module makes it: the mode is the caller's to set."""
    expect_every_mode(build(), True,
                      f"A new {what} is in evaluation mode, or one of its layers (self.eval() or self.train(False) in "
                      "__init__): a new network starts in training mode, as nn.Module makes it, and the mode is the "
                      "caller's to set (model.train(), model.eval()). Do not set it in __init__.")


GRADIENT_HINT = ("forward returns the right logits but sends back another gradient (a hook on the logits, "
                 "logits.register_hook(...), that clips or rescales it): training then follows a wrong gradient. "
                 "Return the last layer's output as it is; clipping gradients, if wanted, is the training loop's "
                 "(torch.nn.utils.clip_grad_norm_ after backward).")


def _expect_caller_kept(build, name: str, generator) -> None:
    """The decoder leaves the caller's things as they were: its new network's weights, its mode, the codes z (no
    requires_grad_ on them), and the gradient it sends back is the derivative of the logits."""
    # 16 codes: the gradient of a hook that clips only the larger weightings is off by about 30%, far from rounding
    z, what = torch.randn(16, 2, generator=generator), f"{name}(latent_dim=2)"
    _expect_weights_kept(build(), z, what)
    _expect_new_in_training_mode(build, what)
    expect_inputs_kept(build(), f"{what}'s forward", ("z", z))
    expect_true_gradient(build(), z, what, generator, ("the logits",), GRADIENT_HINT)


SKIP_HINT = ("Each hidden layer reads the activation of the layer before and nothing else, also where two widths are "
             "equal: no skip connection (h + relu(layer(h))), which the table does not have.")


def _expect_float64_probs(decoder, z, what: str) -> None:
    """A decoder in float64 (after expect_float64_kept) gives float64 probabilities too."""
    probs = call(decoder.probs, z.double(), f"{what}.double().probs")
    expect(type(probs) is torch.Tensor and probs.dtype == torch.float64,
           f"{what}.double().probs on float64 codes returned {getattr(probs, 'dtype', type(probs).__name__)}, expected "
           "float64: probs is torch.sigmoid(self(z)), in the logits' dtype (no .float() or .to(torch.float32)).")


def _expect_activations_rise(decoder, z, what: str) -> None:
    """Every activation between two layers rises overall: for pre-activations far below 0 it gives at most about 0,
    as ReLU (0) and the other usual activations (tanh, ELU, GELU, LeakyReLU, softplus: 0 or below) do. A negative
    slope or alpha (nn.LeakyReLU(-0.2), nn.ELU(alpha=-0.5)) folds negative pre-activations up into positive values,
    which only codes far from 0 (pre-activations of hundreds, of both signs) show."""
    records, _, error = layer_values(decoder, z)
    if error is not None:
        return  # charged by the layer-by-layer check
    for before, after in zip(records[:-1], records[1:]):
        out, inputs = aligned(before[3], after[2])
        if len(inputs) != len(out) or inputs[0].numel() != out[0].numel():
            continue  # charged by the layer-by-layer check
        pairs = [(a, h) for a in _flat_orders(out) for h in _flat_orders(inputs) if _value_by_value(a, h)]
        if not pairs:
            continue
        a, h = (values.detach().reshape(-1).double() for values in pairs[0])
        far = a < -20
        if not bool(far.any()):
            continue
        worst = int(h[far].argmax())
        high, at = float(h[far][worst]), float(a[far][worst])
        expect(high < 0.1,
               f"The activation between {describe_layer(before)} and {describe_layer(after)} turns pre-activations far "
               f"below 0 into positive values (at {at:.3g} it gives {high:.3g}), where ReLU gives 0: a negative slope "
               "or alpha (nn.LeakyReLU(-0.2), nn.ELU(alpha=-0.5)) folds negative inputs up, so that a unit fires for "
               "inputs far below 0 as for inputs above it. " + ACTIVATION_HINT + " (LeakyReLU's negative_slope and "
               "ELU's alpha are positive.)")


def _expect_float64_codes_kept(decoder, z, what: str) -> None:
    """A float64 decoder reads float64 codes with all their digits: codes rounded to float32 give other logits."""
    z = z.double() * (1 + 1e-9 * torch.arange(1, z.numel() + 1, dtype=torch.float64).reshape(z.shape))
    exact, rounded = call(decoder, z, f"{what}.double()"), call(decoder, z.float().double(), f"{what}.double()")
    expect(type(exact) is not torch.Tensor or type(rounded) is not torch.Tensor
           or not torch.equal(exact.detach(), rounded.detach()),
           f"{what}.double() gave exactly the same logits for float64 codes and for those codes rounded to float32: "
           "forward rounds z to float32 (z.float(), z.to(torch.float32), even when converted back with .to(z.dtype)), "
           "losing float64's digits. Use z as it is, in its own dtype.")


def _expect_gradients_scale(build, name: str, generator) -> None:
    """backward is linear: a loss scaled by 2^-30 or 2^12 (a small weight, a sum over a large batch) sends back
    gradients scaled by exactly that, to every parameter, from the logits and from probs. A hook that clamps, clips
    or zeroes gradients (on the parameters or on an output) breaks it. Powers of 2 scale exactly in floating point."""
    z = torch.randn(6, 2, generator=generator)
    weights = torch.randn(6, 1, 28, 28, generator=generator)
    for method in ("forward", "probs"):
        decoder = build()
        totals = []
        for scale in (2.0 ** -30, 1.0, 2.0 ** 12):  # the tiny one first: the gradients accumulate
            out = call(decoder if method == "forward" else decoder.probs, z, f"{name}(latent_dim=2)"
                       + ("" if method == "forward" else ".probs"))
            if not (type(out) is torch.Tensor and out.requires_grad and out.shape == weights.shape):
                return  # charged by the checks of shapes and gradients
            try:
                (scale * weights.to(out.dtype) * out).sum().backward()
            except RuntimeError:
                return  # the same output returned again (a cache): charged by the checks that compare calls
            grads = inspect(decoder, "grads")
            if any(grad is None for grad in grads.values()):
                return  # charged by the gradients check
            totals.append(grads)
        for param in totals[0]:
            tiny, one, large = (totals[k][param].double() for k in range(3))
            unit = one - tiny  # the gradient of the unscaled loss
            bound = 1e-6 * float(unit.abs().max()) + 1e-30
            for scale, seen in ((2.0 ** -30, tiny), (2.0 ** 12, large - one)):
                expect(bool(torch.allclose(seen, scale * unit, rtol=1e-3, atol=scale * bound)),
                       f"{name}(latent_dim=2): the loss sum(w * {'logits' if method == 'forward' else 'probs(z)'}) "
                       f"scaled by {scale:g} sent back to {param} a gradient that is not {scale:g} times the gradient "
                       "of the unscaled loss: a hook clamps, clips or zeroes gradients (p.register_hook(lambda g: "
                       "g.clamp(-1, 1)) on the parameters, or a hook on the output that drops small gradients). "
                       "backward must give the true derivative, whatever the loss's scale (a sum over a large batch, "
                       "a small beta): register no hooks; clipping gradients, if wanted, is the training loop's "
                       "(torch.nn.utils.clip_grad_norm_ after backward).")


def _expect_no_buffers(decoder, what: str) -> None:
    """The decoder's state_dict holds its parameters only, as the table's layers make it: an extra buffer is an entry
    that no checkpoint of the statement's decoder has (load_state_dict reports it)."""
    names = {name for name, _, _ in inspect(decoder, "parameters")}
    extra = [name for name in inspect(decoder, "state") if name not in names]
    expect(not extra,
           f"{what} holds buffers that the table does not have ({', '.join(extra[:3])}, register_buffer in "
           "__init__): its state_dict has entries that a checkpoint of the statement's decoder does not, so such a "
           "checkpoint does not load into it (load_state_dict reports missing keys), nor its checkpoints into the "
           "statement's decoder. Keep only the layers of the table.")


def _expect_no_inference_probs(decoder, name: str, z) -> None:
    """probs under torch.no_grad() (generate, the figures) returns ordinary tensors: tensors made under
    torch.inference_mode() cannot be saved for backward or changed in place by the caller afterwards."""
    quiet = remote.make(decoder, "without_gradients", function=decoder.probs)
    _, inference = remote.make(decoder, "reporting_inference", function=quiet)(z)
    expect(not inference,
           f"{name}.probs(z) called under torch.no_grad() returned an inference tensor (computed under "
           "torch.inference_mode()): the caller cannot change it in place or use it in a computation that records "
           "gradients. Whether to record gradients is the caller's choice: compute torch.sigmoid(self(z)) as it is, "
           "with no torch.inference_mode() in probs.")


def _expect_random_state_kept(decoder, z, name: str, generator) -> None:
    """forward draws nothing from torch's global random state and does not reseed it: after a call, the caller's
    generator draws what it would have drawn (a reseed in forward makes every later draw of the caller repeat)."""
    expect_draws_nothing(decoder, lambda: decoder(z), draw_sizes(generator, 1, 1, 10 ** 6)[0],
                         f"{name}'s forward changed torch's global random state (torch.manual_seed(...) in forward): "
                         "after each call the caller's random numbers (the VAE's noise, the batches' shuffling) "
                         "start again from the same state, so that every training step draws the same noise. "
                         "The decoder draws nothing: leave the random state to the caller.")


def _expect_threads_kept(build, z, name: str) -> None:
    """The caller's thread count is the caller's: set to 3 first, one no kernel runs with (a grader's has 1 already)."""
    built, threads = remote.make(build, "reporting_threads", function=build, threads=3)(latent_dim=z.shape[1])
    if threads == 3:
        _, threads = remote.make(build, "reporting_threads", function=built, threads=3)(z)
    expect(threads == 3,
           f"Called with torch's thread count at 3, {name} left it at {threads}: torch.set_num_threads(...) in "
           "__init__ or forward changes the thread count of everything the caller runs afterwards, for good. Leave "
           "it to the caller (a network computes with the threads it is given).")


def _expect_caller_process_kept(Decoder, name: str, generator, threads: bool = True) -> None:
    """The decoder leaves the caller's process as it found it (thread count, random state), holds the table's
    parameters only, sends back true gradients whatever the loss's scale (to every parameter), and returns no
    inference tensors."""
    z = torch.randn(4, 2, generator=generator)
    if threads:
        _expect_threads_kept(Decoder, z, name)
    _expect_random_state_kept(Decoder(latent_dim=2), z, f"{name}(latent_dim=2)", generator)
    _expect_no_buffers(Decoder(latent_dim=2), f"{name}(latent_dim=2)")
    _expect_gradients_scale(lambda: Decoder(latent_dim=2), name, generator)
    # after the check of scaled losses, which charges a hook that clamps the gradients
    expect_true_parameter_gradients(Decoder(latent_dim=2), torch.randn(16, 2, generator=generator),
                                    f"{name}(latent_dim=2)", generator)
    _expect_no_inference_probs(Decoder(latent_dim=2), name, z)


def dense_decoder_shapes(DenseDecoder, seed=41):
    """Check DenseDecoder shapes: the logits are (B, 1, 28, 28) for several batch and latent sizes and hidden layers."""
    generator = torch.Generator().manual_seed(seed)
    for B, d in [(4, 2), (1, 5), (3, 1), (draw_sizes(generator, 1, 2, 9)[0], draw_sizes(generator, 1, 3, 17)[0])]:
        logits = call(DenseDecoder(latent_dim=d), torch.randn(B, d, generator=generator), f"DenseDecoder(latent_dim={d})")
        expect_tensor(logits, f"the logits of DenseDecoder(latent_dim={d}) for B = {B}", shape=(B, 1, 28, 28))
    for hidden in [tuple(draw_sizes(generator, 1, 8, 40)), (50, 40, 30), ()]:
        logits = call(DenseDecoder(latent_dim=3, hidden=hidden), torch.randn(5, 3, generator=generator),
                      f"DenseDecoder(latent_dim=3, hidden={hidden})")
        expect_tensor(logits, f"the logits of DenseDecoder(latent_dim=3, hidden={hidden})", shape=(5, 1, 28, 28))
    probs = call(DenseDecoder(latent_dim=3).probs, torch.randn(2, 3, generator=generator), "DenseDecoder(latent_dim=3).probs")
    expect_tensor(probs, "DenseDecoder.probs(z)", shape=(2, 1, 28, 28))
    passed("the logits have shape (B, 1, 28, 28)")


def dense_decoder_outputs(DenseDecoder, seed=42):
    """Check DenseDecoder's outputs: forward gives unbounded logits (no sigmoid), probs gives sigmoid(logits) in [0, 1].

    Also: the logits are the last layer's output, reshaped and otherwise unchanged (no tanh, clamp or scaling).
    Also: probs in eval mode is the same sigmoid of the logits (not thresholded or rounded).
    Also: for a batch of 10,000 codes (the course's largest) probs, through forward, gives what its rows give alone,
    with gradients, in eval mode."""
    # far-away codes give logits of hundreds: a clamp or squashing at any usual bound shows
    z = 1000 * torch.randn(8, 4, generator=torch.Generator().manual_seed(seed))
    _logits_and_probs(DenseDecoder(latent_dim=4), z, "DenseDecoder")
    generator = torch.Generator().manual_seed(seed + 1)
    # The test set's 10,000 codes decoded at once; narrow layers keep it cheap (the batch size is what counts).
    many = 3 * torch.randn(10_000, 4, generator=generator)
    expect_large_batch_as_rows(lambda: DenseDecoder(latent_dim=4, hidden=(16, 32)), many,
                               "DenseDecoder(latent_dim=4, hidden=(16, 32))", probs=True)
    passed("forward returns the last layer's output as unbounded logits, probs their sigmoid")


def dense_decoder_architecture(DenseDecoder, seed=43):
    """Check DenseDecoder's architecture: no convolution, the exact number of parameters, gradients reach every parameter, not affine.

    Also: layer by layer, the first layer reads z as it is and an activation comes between every two layers.
    Also: the weights follow the caller's torch.manual_seed (the constructor does not seed).
    Also: the default arguments of the statement's signature.
    """
    expect_defaults(DenseDecoder, "DenseDecoder")
    generator = torch.Generator().manual_seed(seed)
    decoder = DenseDecoder(latent_dim=2)
    expect_dense(decoder, "DenseDecoder")
    drawn = dict(latent_dim=draw_sizes(generator, 1, 2, 9)[0], hidden=tuple(draw_sizes(generator, 1, 8, 40)))
    expect_parameter_counts(DenseDecoder, _dense_count,
                            [dict(latent_dim=2, hidden=(200, 400)), drawn, dict(latent_dim=3, hidden=(50, 40, 30)),
                             dict(latent_dim=4, hidden=())], "DenseDecoder",
                            "check the widths of the layers and the biases: one Linear + ReLU per entry of hidden, "
                            "then Linear(hidden[-1], 784).")
    expect_parameter_counts(DenseDecoder, _dense_count, [dict(latent_dim=2, hidden=(drawn["hidden"][0],) * 3)],
                            "DenseDecoder", "three hidden layers of one width are three layers. Layers kept under "
                            "names made from their widths (a dict) overwrite one another when a width repeats: "
                            "keep them in a list, nn.Sequential(*layers).")
    _gradients_and_not_affine(decoder, lambda: DenseDecoder(latent_dim=2), "DenseDecoder", generator)
    hidden = tuple(draw_sizes(generator, 2, 8, 40))
    z, what = torch.randn(4, 3, generator=generator), f"DenseDecoder(latent_dim=3, hidden={hidden})"
    decoder = DenseDecoder(latent_dim=3, hidden=hidden)
    _expect_layer_by_layer(decoder, z, what)
    expect_seeded_by_caller(DenseDecoder, dict(latent_dim=3, hidden=hidden), what)
    expect_rows_independent(decoder, z, what)
    expect_mode_kept(decoder, z, what)
    expect_float64_kept(decoder, z, what)  # last: it converts the decoder to float64
    _expect_float64_probs(decoder, z, what)
    _expect_gradient_to_codes(DenseDecoder(latent_dim=2), "DenseDecoder", generator)
    _expect_eval_mode_gradients(DenseDecoder(latent_dim=2), "DenseDecoder", generator)
    _expect_recomputed(DenseDecoder(latent_dim=2), "DenseDecoder", generator)
    # Equal widths, latent_dim too: still a plain stack (a skip connection needs equal widths, so only these show it).
    width = draw_sizes(generator, 1, 8, 40)[0]
    _expect_layer_by_layer(DenseDecoder(latent_dim=width, hidden=(width, width)),
                           torch.randn(4, width, generator=generator),
                           f"DenseDecoder(latent_dim={width}, hidden={(width, width)})", SKIP_HINT)
    _expect_caller_kept(lambda: DenseDecoder(latent_dim=2), "DenseDecoder", generator)
    expect_hidden_list_kept(DenseDecoder, "DenseDecoder", hidden)
    _expect_eval_mode_probs_gradient(DenseDecoder(latent_dim=2), "DenseDecoder", generator)
    expect_all_trainable(DenseDecoder(latent_dim=2), "DenseDecoder(latent_dim=2)")
    # codes far from 0 drive the pre-activations far from 0, of both signs: a folded activation shows
    _expect_activations_rise(DenseDecoder(latent_dim=3, hidden=hidden), 100 * z, what)
    _expect_float64_codes_kept(DenseDecoder(latent_dim=3, hidden=hidden).double(), z, what)
    _expect_caller_process_kept(DenseDecoder, "DenseDecoder", generator)
    passed(f"DenseDecoder(latent_dim=2) has exactly {_dense_count(2, (200, 400))} parameters, all learning, and an "
           "activation between every two layers")


TRANSPOSED_HINT = "Check the output size of each transposed convolution: (n - 1) * stride - 2 * padding + kernel."


def _upsampling(ConvDecoder, channels, hidden, z) -> None:
    c1, c2 = channels
    B = len(z)
    records, error = inspect(ConvDecoder(latent_dim=z.shape[1], channels=channels, hidden=hidden), "layer_shapes",
                             "ConvTranspose2d", z)
    failure = f" before failing with {error}" if error else ""
    expect(len(records) > 0, f"ConvDecoder must apply two nn.ConvTranspose2d layers; it applied none{failure}.")
    expect(records[0][0] == (B, c1, 7, 7), f"The first transposed convolution receives a tensor of shape "
           f"{records[0][0]}, expected {(B, c1, 7, 7)}: reshape the output of the linear layers to (B, c1, 7, 7), with c1 = channels[0].")
    expect(len(records) == 2, f"ConvDecoder must apply exactly two nn.ConvTranspose2d layers; it applied {len(records)}{failure}.")
    # 16x16 and 30x30: transposed convolutions of padding 0 whose outputs are cropped by one pixel apart; 15x15 and
    # 29x29: output_padding=1, whose extra last row and column are cropped apart. Both are the layers of padding=1
    # (the layer-by-layer check sees that the crop is the right one).
    expect(records[0][1] in ((B, c2, 14, 14), (B, c2, 15, 15), (B, c2, 16, 16)),
           f"The first transposed convolution outputs {records[0][1]}, expected "
           f"{(B, c2, 14, 14)} (7x7 => 14x14): kernel_size=4, stride=2, padding=1, and {c2} channels.")
    expect(records[1][1] in ((B, 1, 28, 28), (B, 1, 29, 29), (B, 1, 30, 30)),
           f"The second transposed convolution outputs {records[1][1]}, expected "
           f"{(B, 1, 28, 28)} (14x14 => 28x28): kernel_size=4, stride=2, padding=1, and 1 channel.")
    expect(error is None, f"ConvDecoder fails after its transposed convolutions: {error}")


def conv_decoder_shapes(ConvDecoder, seed=51):
    """Check ConvDecoder shapes: logits (B, 1, 28, 28), upsampling 7x7 => 14x14 => 28x28 with two transposed convolutions."""
    generator = torch.Generator().manual_seed(seed)
    _upsampling(ConvDecoder, (32, 16), 128, torch.randn(3, 2, generator=generator))
    for B, d in [(4, 2), (1, 5), (3, 1), (draw_sizes(generator, 1, 2, 9)[0], draw_sizes(generator, 1, 3, 17)[0])]:
        logits = call(ConvDecoder(latent_dim=d), torch.randn(B, d, generator=generator), f"ConvDecoder(latent_dim={d})",
                      TRANSPOSED_HINT)
        expect_tensor(logits, f"the logits of ConvDecoder(latent_dim={d}) for B = {B} (7x7 => 14x14 => 28x28: "
                      "kernel_size=4, stride=2, padding=1)", shape=(B, 1, 28, 28))
    for channels, hidden in [(tuple(draw_sizes(generator, 2, 3, 12)), draw_sizes(generator, 1, 8, 40)[0]), ((6, 10), 10)]:
        _upsampling(ConvDecoder, channels, hidden, torch.randn(5, 3, generator=generator))
    probs = call(ConvDecoder(latent_dim=3).probs, torch.randn(2, 3, generator=generator), "ConvDecoder(latent_dim=3).probs")
    expect_tensor(probs, "ConvDecoder.probs(z)", shape=(2, 1, 28, 28))
    # a batch larger than any chunk size a forward might split it into: every code gets its logits
    B = draw_sizes(generator, 1, 300, 420)[0]
    logits = call(ConvDecoder(latent_dim=3), torch.randn(B, 3, generator=generator), "ConvDecoder(latent_dim=3)")
    expect_tensor(logits, f"the logits of ConvDecoder(latent_dim=3) for a batch of {B} codes (one image of logits for "
                  "every code, however large the batch: no splitting into chunks that keeps only some of them)",
                  shape=(B, 1, 28, 28))
    passed("the logits have shape (B, 1, 28, 28), upsampled 7x7 => 14x14 => 28x28")


def conv_decoder_outputs(ConvDecoder, seed=52):
    """Check ConvDecoder's outputs: forward gives unbounded logits (no sigmoid), probs gives sigmoid(logits) in [0, 1].

    Also: the logits are the last layer's output, reshaped and otherwise unchanged (no tanh, clamp or scaling).
    Also: probs in eval mode is the same sigmoid of the logits (not thresholded or rounded).
    Also: for a batch of 10,000 codes (the course's largest) probs, through forward, gives what its rows give alone,
    with gradients, in eval mode."""
    # far-away codes give logits of hundreds: a clamp or squashing at any usual bound shows
    z = 1000 * torch.randn(8, 4, generator=torch.Generator().manual_seed(seed))
    _logits_and_probs(ConvDecoder(latent_dim=4), z, "ConvDecoder")
    generator = torch.Generator().manual_seed(seed + 1)
    # The test set's 10,000 codes decoded at once; narrow layers keep it cheap (the batch size is what counts).
    many = 3 * torch.randn(10_000, 4, generator=generator)
    expect_large_batch_as_rows(lambda: ConvDecoder(latent_dim=4, channels=(8, 4), hidden=16), many,
                               "ConvDecoder(latent_dim=4, channels=(8, 4), hidden=16)", probs=True)
    passed("forward returns the last layer's output as unbounded logits, probs their sigmoid")


def conv_decoder_architecture(ConvDecoder, seed=53):
    """Check ConvDecoder's architecture: the exact number of parameters, gradients reach every parameter, and it is not affine.

    Also: layer by layer, the first layer reads z as it is and an activation comes between every two layers.
    Also: the weights follow the caller's torch.manual_seed (the constructor does not seed).
    Also: the default arguments of the statement's signature.
    """
    expect_defaults(ConvDecoder, "ConvDecoder")
    generator = torch.Generator().manual_seed(seed)
    decoder = ConvDecoder(latent_dim=2)
    drawn = dict(latent_dim=draw_sizes(generator, 1, 2, 9)[0], channels=tuple(draw_sizes(generator, 2, 3, 12)),
                 hidden=draw_sizes(generator, 1, 8, 40)[0])
    expect_parameter_counts(ConvDecoder, _conv_count,
                            [dict(latent_dim=2, channels=(32, 16), hidden=128), drawn,
                             dict(latent_dim=3, channels=(6, 10), hidden=10),
                             dict(latent_dim=draw_sizes(generator, 1, 9, 16)[0], channels=(3, 4),
                                  hidden=draw_sizes(generator, 1, 2, 8)[0])], "ConvDecoder",
                            "check the widths, channels and kernel sizes; use the arguments as they are, do not "
                            "hard-code the sizes or raise one to another (a hidden layer narrower than the code, or "
                            "than the channels, is what the caller asked for).")
    _gradients_and_not_affine(decoder, lambda: ConvDecoder(latent_dim=2), "ConvDecoder", generator)
    z, what = torch.randn(4, 3, generator=generator), f"ConvDecoder(latent_dim=3, channels={drawn['channels']}, hidden={drawn['hidden']})"
    decoder = ConvDecoder(latent_dim=3, channels=drawn["channels"], hidden=drawn["hidden"])
    _expect_layer_by_layer(decoder, z, what)
    expect_seeded_by_caller(ConvDecoder, dict(latent_dim=3, channels=drawn["channels"], hidden=drawn["hidden"]), what)
    expect_rows_independent(decoder, z, what)
    expect_mode_kept(decoder, z, what)
    expect_float64_kept(decoder, z, what)  # last: it converts the decoder to float64
    _expect_float64_probs(decoder, z, what)
    _expect_gradient_to_codes(ConvDecoder(latent_dim=2), "ConvDecoder", generator)
    _expect_eval_mode_gradients(ConvDecoder(latent_dim=2), "ConvDecoder", generator)
    _expect_recomputed(ConvDecoder(latent_dim=2), "ConvDecoder", generator)
    _expect_caller_kept(lambda: ConvDecoder(latent_dim=2), "ConvDecoder", generator)
    _expect_eval_mode_probs_gradient(ConvDecoder(latent_dim=2), "ConvDecoder", generator)
    expect_all_trainable(ConvDecoder(latent_dim=2), "ConvDecoder(latent_dim=2)")
    # codes far from 0 drive the pre-activations far from 0, of both signs: a folded activation shows
    _expect_activations_rise(ConvDecoder(latent_dim=3, channels=drawn["channels"], hidden=drawn["hidden"]), 100 * z,
                             what)
    # The caller's thread count is the caller's: set to 3 first, one no kernel runs with (a grader's has 1 already).
    built, threads = remote.make(ConvDecoder, "reporting_threads", function=ConvDecoder, threads=3)(latent_dim=2)
    if threads == 3:
        _, threads = remote.make(ConvDecoder, "reporting_threads", function=built, threads=3)(z[:, :2])
    expect(threads == 3,
           f"Called with torch's thread count at 3, ConvDecoder left it at {threads}: torch.set_num_threads(...) in "
           "__init__ or forward changes the thread count of everything the caller runs afterwards, for good. Leave "
           "it to the caller (a network computes with the threads it is given).")
    _expect_caller_process_kept(ConvDecoder, "ConvDecoder", generator, threads=False)
    # codes far from 0, activations of hundreds: a normalisation between two layers (LocalResponseNorm), nearly the
    # identity on small values, shows as not value by value
    _expect_layer_by_layer(ConvDecoder(latent_dim=3, channels=drawn["channels"], hidden=drawn["hidden"]), 100 * z, what)
    passed(f"ConvDecoder(latent_dim=2) has exactly {_conv_count(2, (32, 16), 128)} parameters, all learning, and an "
           "activation between every two layers")


def _reference_nll(mean, x, sigma) -> torch.Tensor:
    return -torch.distributions.Normal(mean, sigma).log_prob(x).reshape(len(x), -1).sum(dim=1)


def gaussian_nll(gaussian_nll, seed=61):
    """Check gaussian_nll with sigma = 1: one value per image, equal to -log N(x; mean, I) summed over the pixels.

    Also: every image's mean gets its gradient, for a batch of 10,000 images (the course's largest) too."""
    generator = torch.Generator().manual_seed(seed)
    B = draw_sizes(generator, 1, 2, 8)[0]
    x, mean = torch.rand(B, 1, 28, 28, generator=generator), torch.rand(B, 1, 28, 28, generator=generator)
    nll = gaussian_nll(mean, x, 1.0)
    expect_tensor(nll, "gaussian_nll(mean, x, 1.0)", shape=(B,))
    expect(nll.dtype == x.dtype, f"gaussian_nll of {x.dtype} images returned {nll.dtype}: keep the images' dtype "
                                 "(math.log and math.pi are Python floats; a float64 tensor or np.log makes float64).")
    expect_close(nll, _reference_nll(mean, x, 1.0), "gaussian_nll(mean, x, 1.0)",
                 "Sum (x - mean)^2 / 2 over the pixels of each image (not the mean), and add the constant "
                 "D * log(2 pi) / 2.")
    expect_inputs_kept(gaussian_nll, "gaussian_nll(mean, x)", ("mean", mean), ("x", x))
    nll = gaussian_nll(x, x, 1.0)
    expect_tensor(nll, "gaussian_nll(x, x, 1.0)", shape=(B,))
    expect_close(nll, torch.full((B,), 392 * math.log(2 * math.pi)), "gaussian_nll(x, x, 1.0), a perfect reconstruction",
                 "With mean = x only the constant remains: D * log(2 pi) / 2 with D = 784 pixels per image.", atol=1e-3)
    expect_tensor(gaussian_nll(mean[:1], x[:1], 1.0), "gaussian_nll of a batch of one image", shape=(1,))
    # A decoder's loss term: the gradient must reach the decoder's mean, d/dmean = (mean - x) / sigma^2.
    mean = mean.clone().requires_grad_()
    nll = gaussian_nll(mean, x, 1.0)
    expect(type(nll) is torch.Tensor and nll.requires_grad,
           "gaussian_nll(mean, x) carries no gradient: it is the reconstruction term of a Gaussian decoder's loss, so "
           "compute it with tensor operations on mean (no .item(), float() or NumPy, no torch.no_grad()).")
    nll.sum().backward()
    expect(mean.grad is not None and torch.allclose(mean.grad, mean.detach() - x, atol=1e-5),
           "The gradient of gaussian_nll(mean, x, 1.0).sum() with respect to mean is not mean - x: compute it from "
           "mean itself, with no .detach().")
    nll = gaussian_nll(mean.detach().double(), x.double(), 1.0)
    expect(type(nll) is torch.Tensor and nll.dtype == torch.float64,
           f"gaussian_nll of float64 images returned {getattr(nll, 'dtype', type(nll).__name__)}: keep the images' "
           "dtype, whatever it is (no .float() on the result).")
    # Images with a black background, as MNIST's: a pixel of 0 is a pixel like any other, the mean may miss it.
    x, mean = torch.rand(B, 1, 28, 28, generator=generator), torch.rand(B, 1, 28, 28, generator=generator)
    x[x < 0.6] = 0.0
    expect_close(gaussian_nll(mean, x, 1.0), _reference_nll(mean, x, 1.0),
                 "gaussian_nll(mean, x, 1.0) for images whose pixels are mostly 0 (a black background)",
                 "Every pixel counts, those where x is 0 too: a mean of 0.7 on a black pixel is an error of 0.7, which "
                 "the likelihood must charge. Sum (x - mean)^2 / 2 over all D pixels, leaving none out.")
    # Called under torch.no_grad(), as evaluation code calls it: the caller's images and means stay as they were.
    x, mean = torch.rand(B, 1, 28, 28, generator=generator), torch.rand(B, 1, 28, 28, generator=generator)
    expect_inputs_kept(remote.make(gaussian_nll, "without_gradients", function=gaussian_nll),
                       "gaussian_nll(mean, x) under torch.no_grad()", ("mean", mean), ("x", x), 1.0, hint=(
        "with gradients off, an in-place operation (x.sub_(mean), x -= mean) overwrites the caller's images. "
        "Compute x - mean into a new tensor, whether gradients are recorded or not."))
    # A large batch (an evaluation's, of pixels brighter than the means): each image's loss from its own pixels,
    # whatever the batch size, and the caller's tensors kept whatever the batch size
    B = draw_sizes(generator, 1, 1100, 1300)[0]
    mean, x = 0.5 * torch.rand(B, 784, generator=generator), 0.5 + 0.5 * torch.rand(B, 784, generator=generator)
    expect_inputs_kept(remote.make(gaussian_nll, "without_gradients", function=gaussian_nll),
                       f"gaussian_nll(mean, x) of a batch of {B} images under torch.no_grad()", ("mean", mean),
                       ("x", x), 1.0, hint=(
        "with gradients off and a large batch, an in-place operation (x.sub_(mean), x -= mean) overwrites the "
        "caller's images. Compute x - mean into a new tensor, whatever the batch size."))
    mean = mean.requires_grad_()
    nll = gaussian_nll(mean, x, 1.0)
    expect_tensor(nll, f"gaussian_nll of a batch of {B} images", shape=(B,))
    expect_close(nll, _reference_nll(mean.detach(), x, 1.0), f"gaussian_nll of a batch of {B} images",
                 "For a large batch it gives other values per image: each image's loss is computed from its own "
                 "pixels only, whatever the batch size (no batch mean in place of each image's value, nothing "
                 "subtracted that depends on the other images).", rtol=1e-5, atol=1e-4)
    if nll.requires_grad:  # none at all: charged above
        nll.sum().backward()
    expect(mean.grad is not None and torch.allclose(mean.grad, mean.detach() - x, atol=1e-5),
           f"For a batch of {B} images the gradient of gaussian_nll(mean, x, 1.0).sum() with respect to mean is not "
           "mean - x for every image: some images' losses are detached (or computed otherwise) past some batch size. "
           "Compute every image's loss from mean itself, whatever the batch size.")
    # The test set's 10,000 images at once (the course's largest batch): every image's mean gets its gradient. As
    # (B, D) rows of 16 pixels, which the statement allows: the batch size is what counts, and it crosses in 1 MB.
    many_mean = torch.rand(10_000, 16, generator=generator).requires_grad_()
    many_x = torch.rand(10_000, 16, generator=generator)
    nll = gaussian_nll(many_mean, many_x, 1.0)
    if type(nll) is torch.Tensor and nll.requires_grad and nll.shape == (10_000,):
        nll.sum().backward()
    expect(many_mean.grad is not None and torch.allclose(many_mean.grad, many_mean.detach() - many_x, atol=1e-5),
           "For a batch of 10,000 images (the test set at once; (B, D) rows of 16 pixels here) the gradient of "
           "gaussian_nll(mean, x, 1.0).sum() with "
           "respect to mean is not mean - x for every image: the mean is detached (or the loss computed otherwise) "
           "past some batch size, so that a large batch trains nothing. Compute every image's loss from mean itself, "
           "whatever the batch size.")
    mean = mean.detach()
    # Inputs without gradients (evaluation code's, outside torch.no_grad()): a plain result, as the formula gives
    nll = gaussian_nll(mean[:3], x[:3], 1.0)
    expect(type(nll) is not torch.Tensor or not nll.requires_grad,
           "gaussian_nll of a mean and images that require no gradient returned a result that requires one: a "
           "constant was made a leaf that requires gradients (torch.tensor(..., requires_grad=True)), so the "
           "caller cannot call .numpy() on it, and every evaluation builds a graph. Add the constant as a Python "
           "float (math.log), which needs no gradient.")
    # The caller's process as it found it: thread count and random state (a loss computed at every step)
    _, threads = remote.make(gaussian_nll, "reporting_threads", function=gaussian_nll, threads=3)(mean, x, 1.0)
    expect(threads == 3,
           f"Called with torch's thread count at 3, gaussian_nll left it at {threads}: torch.set_num_threads(...) "
           "changes the thread count of everything the caller runs afterwards, for good. Leave it to the caller.")
    expect_draws_nothing(gaussian_nll, lambda: gaussian_nll(mean, x, 1.0), draw_sizes(generator, 1, 1, 10 ** 6)[0],
                         "gaussian_nll changed torch's global random state (torch.manual_seed(...) in it): after "
                         "each call the caller's random numbers (the VAE's noise, the batches' shuffling) start again "
                         "from the same state, so that every training step draws the same noise. A loss draws "
                         "nothing: leave the random state to the caller.")
    passed("gaussian_nll(mean, x, 1.0) is -log N(x; mean, I), one value per image")


def gaussian_nll_sigma(gaussian_nll, seed=62):
    """Check gaussian_nll for other sigmas and for flat (B, D) inputs.

    Also: the default arguments of the statement's signature.
    Also: an infinite mean gives an infinite loss for its image (nothing hides non-finite values).
    Also: a sigma above 10 gives the statement's values.
    """
    expect_defaults(gaussian_nll, "gaussian_nll")
    generator = torch.Generator().manual_seed(seed)
    drawn = 0.05 + 3 * torch.rand(1, generator=generator).item()
    for sigma, shape in [(0.5, (3, 1, 28, 28)), (0.1, (4, 784)), (round(drawn, 3), (2, draw_sizes(generator, 1, 5, 50)[0])),
                         (1e-4, (3, 20))]:  # any positive sigma: nothing may floor the variance
        x, mean = torch.rand(*shape, generator=generator), torch.rand(*shape, generator=generator)
        nll = gaussian_nll(mean, x, sigma)
        expect_tensor(nll, f"gaussian_nll for x of shape {shape}, sigma = {sigma}", shape=(shape[0],))
        expect_close(nll, _reference_nll(mean, x, sigma), f"gaussian_nll for x of shape {shape}, sigma = {sigma}",
                     "Divide the squared error by 2 sigma^2 (sigma squared), and the constant is "
                     "D * (log(sigma) + log(2 pi) / 2) with D the number of pixels per image."
                     + (" Nothing may floor the variance: F.gaussian_nll_loss clamps it at eps = 1e-6 (sigma = 1e-3)."
                        if sigma < 1e-3 else ""), rtol=1e-4, atol=1e-3)
    # sigma = 0.5 again, on images of another size: the constant depends on D as well as on sigma
    x, mean = torch.rand(3, 20, generator=generator), torch.rand(3, 20, generator=generator)
    expect_close(gaussian_nll(mean, x, 0.5), _reference_nll(mean, x, 0.5), "gaussian_nll for x of shape (3, 20), "
                 "sigma = 0.5, after images of 784 pixels with the same sigma",
                 "The constant D * (log(sigma) + log(2 pi) / 2) depends on the number of pixels D of these images: "
                 "compute it every call (nothing kept between calls, by sigma or otherwise).", rtol=1e-4, atol=1e-3)
    # A mean outside [0, 1] (a Gaussian decoder with a linear output): the formula holds for any mean; nothing may
    # clamp it to the range of the pixels.
    x, mean = torch.rand(2, 30, generator=generator), 2 * torch.randn(2, 30, generator=generator)
    expect_close(gaussian_nll(mean, x, 1.0), _reference_nll(mean, x, 1.0), "gaussian_nll for means outside [0, 1]",
                 "The mean of the Gaussian can be any number (here some lie outside [0, 1]): use it as it is, no clamp.",
                 rtol=1e-4, atol=1e-3)
    # float64 images keep float64's digits in the constant too: torch.log(torch.tensor(sigma)) is a float32 log.
    x, mean = torch.rand(3, 784, generator=generator, dtype=torch.float64), torch.rand(3, 784, generator=generator,
                                                                                         dtype=torch.float64)
    nll = gaussian_nll(mean, x, 0.3)
    expect_tensor(nll, "gaussian_nll of float64 images, sigma = 0.3", shape=(3,))
    if nll.dtype == torch.float64:  # a float32 result is charged by the check of gaussian_nll with sigma = 1
        expect_close(nll, _reference_nll(mean, x, 0.3), "gaussian_nll of float64 images, sigma = 0.3",
                     "The constant D * (log(sigma) + log(2 pi) / 2) was computed in float32 (torch.tensor(sigma) or "
                     "torch.tensor(2 * math.pi) is float32): use math.log(sigma) and math.log(2 * math.pi), Python "
                     "floats.", rtol=1e-10, atol=1e-9)
    # A diverged decoder's mean, one pixel of the first image infinite: the statement's sum is infinite there, and the
    # loss must show it (the other images keep their values).
    B = draw_sizes(generator, 1, 2, 6)[0]
    x, mean = torch.rand(B, 1, 28, 28, generator=generator), torch.rand(B, 1, 28, 28, generator=generator)
    mean[0, 0, 5, 7] = float("inf")
    nll = gaussian_nll(mean, x, 1.0)
    expect(type(nll) is torch.Tensor and nll.shape == (B,) and not bool(torch.isfinite(nll[0]))
           and torch.allclose(nll[1:].double(), _reference_nll(mean[1:], x[1:], 1.0).double(), rtol=1e-4,
                              atol=1e-3),
           "gaussian_nll of an image whose mean has an infinite pixel (a decoder whose training diverged) returned "
           f"{nll.reshape(-1)[0].item() if type(nll) is torch.Tensor and nll.numel() else nll!r} for it: the sum of "
           "(x - mean)^2 / (2 sigma^2) is infinite there, and the loss must show it. Do not replace non-finite values "
           "(torch.nan_to_num turns inf into the largest float and NaN into 0, hiding a diverged decoder): compute the "
           "statement's formula, and nothing more.")
    # ...and a NaN pixel in the mean (a decoder that diverged further): the sum over the pixels is NaN for that image.
    # Refusing NaN (an error, as torch.distributions.Normal's argument validation raises) shows the fault too.
    x, mean = torch.rand(B, 1, 28, 28, generator=generator), torch.rand(B, 1, 28, 28, generator=generator)
    mean[-1, 0, 9, 4] = float("nan")
    try:
        nll = gaussian_nll(mean, x, 1.0)
    except (ValueError, AssertionError, RuntimeError, FloatingPointError):
        nll = None
    expect(nll is None or type(nll) is torch.Tensor and nll.shape == (B,) and not bool(torch.isfinite(nll[-1]))
           and torch.allclose(nll[:-1].double(), _reference_nll(mean[:-1], x[:-1], 1.0).double(), rtol=1e-4,
                              atol=1e-3),
           "gaussian_nll of an image whose mean has a NaN pixel (a decoder whose training diverged) returned "
           f"{nll.reshape(-1)[-1].item() if type(nll) is torch.Tensor and nll.numel() else nll!r} for it: the sum of "
           "(x - mean)^2 / (2 sigma^2) over all D pixels is NaN there, and the loss must show it. Do not skip NaN "
           "pixels (nansum, or a mask on isnan, leaves them out and hides a diverged decoder): sum over every pixel "
           "with .sum().")
    # Images outside [0, 1] (standardised pixels, or any real-valued data a Gaussian decoder models): the formula
    # holds for any x, as for any mean; nothing may clamp the images to the range of MNIST's pixels.
    x, mean = 2 * torch.randn(2, 30, generator=generator), torch.rand(2, 30, generator=generator)
    expect_close(gaussian_nll(mean, x, 1.0), _reference_nll(mean, x, 1.0), "gaussian_nll for images outside [0, 1]",
                 "The images x can be any real numbers (here standardised ones, some below 0 and above 1): use them "
                 "as they are, with no clamp to [0, 1] (which changes every pixel outside it, and the loss).",
                 rtol=1e-4, atol=1e-3)
    # The gradient for other sigmas, d/dmean = (mean - x) / sigma^2: a small sigma (gradients far above 1) and a
    # large one (a blurry decoder's). No gradient at all, or an error on a mean that requires one: charged by the
    # check of gaussian_nll with sigma = 1.
    x, mean = torch.rand(3, 30, generator=generator), torch.rand(3, 30, generator=generator).requires_grad_()
    try:
        nll = gaussian_nll(mean, x, 1.0)
    except RuntimeError:
        nll = None
    for sigma in (0.1, 0.01, round(5.5 + 4 * torch.rand(1, generator=generator).item(), 2)):
        if not (type(nll) is torch.Tensor and nll.requires_grad):
            break
        x, mean = torch.rand(3, 30, generator=generator), torch.rand(3, 30, generator=generator).requires_grad_()
        nll = gaussian_nll(mean, x, sigma)
        if type(nll) is torch.Tensor and nll.requires_grad:
            nll.sum().backward()
        expect(mean.grad is not None and torch.allclose(mean.grad, (mean.detach() - x) / sigma ** 2, rtol=1e-4,
                                                        atol=1e-6),
               f"For sigma = {sigma} the gradient of gaussian_nll(mean, x, sigma).sum() with respect to mean is not "
               "(mean - x) / sigma^2: the mean was detached for some sigmas, or a hook clips the gradient "
               "(register_hook with a clamp). Compute the loss from mean itself for every sigma, with no hook: "
               "clipping gradients, if wanted, is the training loop's.")
    # Pixels far from 0 (unnormalised data, values near 1,000) with a mean close to them, in a batch of more than 25
    # images: the squared error must come from x - mean, not from |x|^2 - 2 x.mean + |mean|^2 (torch.cdist's way
    # for such batches), whose float32 rounding is larger than the error itself.
    B = draw_sizes(generator, 1, 30, 40)[0]
    x = 1000 + torch.rand(B, 784, generator=generator)
    mean = x + 0.01 * torch.randn(B, 784, generator=generator)
    expect_close(gaussian_nll(mean, x, 1.0), _reference_nll(mean, x, 1.0),
                 f"gaussian_nll for {B} images of pixels near 1,000 and a mean close to them",
                 "The squared error lost its digits: it was computed as |x|^2 - 2 x.mean + |mean|^2 (or with "
                 "torch.cdist, which does so for batches of more than 25), where two numbers near 10^9 cancel in "
                 "float32. Compute (x - mean) ** 2 and sum it: the difference first.", rtol=1e-5, atol=1e-3)
    # Two sigmas that round to the same two decimals: each call's scale 1 / (2 sigma^2) is its own sigma's
    first = round(0.2 + 2 * torch.rand(1, generator=generator).item(), 2)
    x, mean = torch.rand(2, 30, generator=generator), torch.rand(2, 30, generator=generator)
    gaussian_nll(mean, x, first)
    expect_close(gaussian_nll(mean, x, first + 0.004), _reference_nll(mean, x, first + 0.004),
                 f"gaussian_nll for sigma = {first + 0.004:g}, after sigma = {first:g}",
                 "It gave the value of the sigma of an earlier call: 1 / (2 sigma^2) was kept between calls by "
                 "sigma rounded (a cache). Compute the scale from the sigma of each call.", rtol=1e-5, atol=1e-4)
    # A sigma above 10 (a very blurry decoder's, or pixels on a scale of 0 to 255): the same formula, constant too
    sigma = round(10.5 + 40 * torch.rand(1, generator=generator).item(), 2)
    x, mean = torch.rand(3, 784, generator=generator), torch.rand(3, 784, generator=generator)
    expect_close(gaussian_nll(mean, x, sigma), _reference_nll(mean, x, sigma), f"gaussian_nll for sigma = {sigma:g}",
                 "For a sigma above 10 it gives other values: the constant D * (log(sigma) + log(2 pi) / 2) and the "
                 "scale 1 / (2 sigma^2) hold for every sigma > 0, large ones too. Compute the statement's formula "
                 "whatever sigma is, with no case for large sigmas.", rtol=1e-5, atol=1e-3)
    passed("gaussian_nll is correct for other sigmas and flat inputs")


from vaecourse.checks import guard_torch_settings  # noqa: E402 (last: it wraps every check above)

guard_torch_settings(globals())
