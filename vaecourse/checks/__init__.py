"""Checks that teach: strict, tolerant comparisons whose messages name the likely mistake.

The checks of each notebook live in a module of this package (`checks.pca` for notebook 01...), and a
check cell calls one: `checks.pca.center(center)`. When the notebook is graded, the same function runs
in the grader's process, not the student's, on inputs the student has never seen (vaecourse.remote).

Types are checked with `type(x) is ...` (an object that pretends to be a tensor, or whose `__eq__`
always answers True, does not pass), and values are compared with tolerances, never with `==` on floats.
The torch, NumPy and builtin functions the helpers rely on are bound when this module is imported, so
that a notebook that later replaces `torch.testing.assert_close` does not change what its own visible
checks see. (Grading does not depend on this: graded verdicts are computed outside the kernel.)
"""

import builtins
import functools
import importlib
from contextlib import redirect_stdout as _redirect_stdout
from io import StringIO as _StringIO

import numpy as np
import torch
import torch.testing

from vaecourse.remote import keeping_settings as _keeping_settings
from vaecourse.remote import settings_message as _settings_message
from vaecourse.remote import inspect as _inspect
from vaecourse.remote import RemoteObject as _RemoteObject
from vaecourse.remote import make as _make

_Tensor = torch.Tensor
_assert_close = torch.testing.assert_close
_isfinite = torch.isfinite
_as_tensor = torch.as_tensor
_numpy_bool = np.bool_
_Module = torch.nn.Module
_is_grad_enabled = torch.is_grad_enabled
_type, _isinstance, _bool, _tuple, _list, _len, _any, _all, _zip, _str, _print = (
    builtins.type, builtins.isinstance, builtins.bool, builtins.tuple, builtins.list, builtins.len, builtins.any,
    builtins.all, builtins.zip, builtins.str, builtins.print)
_sum = builtins.sum


def expect_tensor(value, name: str, shape=None, dtype=None) -> None:
    """Fail unless `value` is a plain torch.Tensor with the given shape (None = any size) and dtype.

    Also rejects NaN and infinite entries, which always mean a bug in this course.
    """
    if _type(value) is not _Tensor:
        raise AssertionError(f"{name} must be a torch.Tensor, but it is a {_type(value).__name__}.")
    if shape is not None:
        expected = _tuple(shape)
        actual = _tuple(value.shape)
        if _len(actual) != _len(expected) or _any(e is not None and a != e for a, e in _zip(actual, expected)):
            wanted = "(" + ", ".join("any" if e is None else _str(e) for e in expected) + ("," if _len(expected) == 1 else "") + ")"
            raise AssertionError(f"{name} has shape {actual}, expected {wanted}.")
    if dtype is not None and value.dtype != dtype:
        raise AssertionError(f"{name} has dtype {value.dtype}, expected {dtype}.")
    if value.is_floating_point() and not _isfinite(value).all():
        raise AssertionError(f"{name} contains NaN or infinite values.")
    # Returns nothing on purpose: a value left as a check cell's last line would be read by nbgrader
    # as a partial-credit score.


def same_state(state, reference) -> bool:
    """Whether two state dicts (name -> tensor) hold the same names and, to training's rounding, the same values.

    Shapes and dtypes must match first: `allclose` broadcasts a one-element tensor and raises on a dtype it was not
    given, and a model turned to float64 is not the same state, whatever its values."""
    return set(state) == set(reference) and all(
        (state[name].shape, state[name].dtype) == (tensor.shape, tensor.dtype)
        and torch.allclose(state[name], tensor, atol=1e-6, rtol=1e-4) for name, tensor in reference.items())


def expect_close(actual, expected, name: str, hint: str = "", atol: float = 1e-5, rtol: float = 1e-4) -> None:
    """Fail unless `actual` matches `expected` within tolerance; `hint` names the likely mistake."""
    expect_tensor(actual, name)
    expected = _as_tensor(expected, dtype=actual.dtype)
    try:
        _assert_close(actual, expected, atol=atol, rtol=rtol)
    except AssertionError as mismatch:
        detail = _str(mismatch).strip().splitlines()
        summary = "; ".join(line.strip() for line in detail[:3])
        raise AssertionError(f"{name} is not what was expected. {hint}\n({summary})".replace(". \n", ".\n")) from None


def expect(condition, message: str) -> None:
    """Fail with `message` unless `condition` is truly True (a tensor must be a one-element True tensor)."""
    if _type(condition) is _Tensor:
        condition = condition.numel() == 1 and _bool(condition.item())
    elif _isinstance(condition, _numpy_bool):
        condition = _bool(condition)
    if condition is not True:
        raise AssertionError(message)


def draw_sizes(generator, count: int, low: int, high: int) -> list:
    """`count` integers in [low, high] from the check's generator: sizes a hard-coded answer cannot guess."""
    return [int(v) for v in torch.randint(low, high + 1, (count,), generator=generator)]


def far_log_variances(generator) -> torch.Tensor:
    """Four log-variances far from 0, as a collapsing or exploding encoder gives: -(60..80), -(12..28), 12..28, 60..80.

    Up to 80 in size: exp stays finite in float32 up to 88, and no clamp a student might pick is that wide.
    """
    size = torch.tensor([60.0, 12.0, 12.0, 60.0]) + torch.tensor([20.0, 16.0, 16.0, 20.0]) * torch.rand(4, generator=generator)
    return size * torch.tensor([-1.0, -1.0, 1.0, 1.0])


def fails_own_check(check, *arguments, seed: int) -> bool:
    """Whether the student's `arguments` fail `check`, the course's own check of them (what it prints is not shown).

    One mistake, one charge: an integration check asks it of the student's functions it depends on, and does not
    charge again a mistake that their own check charges already (the course's function stands in, or the
    integration is not judged). An answer not written yet (its stub raises NotImplementedError) is not such a
    mistake: nothing stands in for it, and the integration check is not passed for work that was not done.
    """
    try:
        with _redirect_stdout(_StringIO()):
            check(*arguments, seed=seed)
    except Exception as error:  # any failure, the student's own errors included
        return not (isinstance(error, NotImplementedError) or "NotImplementedError" in f"{type(error).__name__}: {error}")
    return False


def with_course_functions(function, names):
    """`function` (a student's function, or a method of a student's object: vae.forward), run with the course's
    functions `names` (vaecourse.checks.given.course_function) in place of the notebook's globals of those names,
    if it calls them: one mistake, one charge, a mistake in those is charged by their own checks.
    """
    from vaecourse.checks import given

    return with_functions(function, {name: given.course_function(name=name) for name in names})


def with_functions(function, instead: dict):
    """`function`, run with the notebook's globals named in `instead` replaced by the given functions there
    (vaecourse.checks.given recipes), if it calls them.

    The globals are replaced only while each call runs (vaecourse.remote.watching), in the student's kernel when
    graded. A global the notebook no longer has is left out.
    """
    from vaecourse import remote

    def run(*args, **kwargs):
        return remote.watching(function, {name: False for name in instead}, *args, **kwargs, _instead=instead,
                               _optional=list(instead))[0]
    return run


# The default arguments of the statements' signatures (tests/test_one_source.py proves them equal to the solutions').
STATEMENT_DEFAULTS = {
    "DenseEncoder": {"latent_dim": 2, "hidden": (400, 200), "in_features": 784},
    "ConvEncoder": {"latent_dim": 2, "channels": (16, 32), "hidden": 128},
    "DenseDecoder": {"latent_dim": 2, "hidden": (200, 400)},
    "ConvDecoder": {"latent_dim": 2, "channels": (32, 16), "hidden": 128},
    "gaussian_nll": {"sigma": 1.0},
    "negative_elbo": {"beta": 1.0},
    "ae_classifier_loss": {"weight": 1.0},
    "AEClassifier": {"n_classes": 10},
    "train_step": {"beta": 1.0},
    "evaluate": {"batch_size": 1000, "beta": 1.0},
    "train": {"beta": 1.0, "progress": True},
    "encode_means": {"batch_size": 1000},
    "latent_grid": {"low": -2.0, "high": 2.0},
    "active_units": {"threshold": 0.01},
    "sweep": {"latent_dim": 10, "hidden": (400,), "seed": 0, "progress": False},
    "one_hot": {"n_classes": 10},
    "ConditionalVAE": {"latent_dim": 2, "hidden": (400,), "n_classes": 10},
    "ConditionalVAE.generate": {"generator": None},
    "log_mean_exp": {"dim": 0},
}


def expect_inputs_kept(function, what: str, *arguments, hint: str = ""):
    """function(*arguments) with each tensor argument, given as (name, tensor), copied to the student's side (in the
    kernel when graded) and read back after the call: it must be as it was, values and requires_grad. Returns what the
    call returned.
    Other arguments (anything but a (str, tensor) pair) are passed as they are. hint: what the message says after
    "changed its argument <name>:"."""
    from vaecourse import remote

    def kept(argument) -> bool:
        return (_type(argument) is _tuple and _len(argument) == 2 and _type(argument[0]) is _str
                and _isinstance(argument[1], _Tensor))

    copies = [remote.make(function, "tensor", values=argument[1]) if kept(argument) else argument
              for argument in arguments]
    result = function(*copies)
    for copy, argument in _zip(copies, arguments):
        if kept(argument):
            name, after = argument[0], remote.fetch(copy)
            # Exactly as it was: subtracting a mean that is already about 0 in place changes only the last digits.
            expect_close(after.detach(), argument[1], f"{name} after {what}", f"{what} changed its argument {name}: "
                         + (hint or f"an in-place operation ({name}.exp_(), {name}.sub_(...), {name} -= ..., "
                                    f"{name}[...] = ...) overwrites the caller's tensor. Compute into a new tensor."),
                         atol=0, rtol=0)
            expect(not after.requires_grad,
                   f"{what} made the caller's {name} require gradients ({name}.requires_grad_()): every later "
                   f"computation on it then records a graph. {name} is data, not a parameter: leave it as it is.")
    return result


def modes(model) -> list:
    """model.training of the model and of every module in it (its encoder, their layers...), read on its side."""
    return [module.training for module in _inspect(model.modules(), "items", 1000)]


def expect_every_mode(model, training: bool, message: str) -> None:
    """The model and every module in it are in training mode (training=True) or eval mode: a function that sets one
    layer's mode (model.encoder.eval()) or only the model's own flag (model.training = False) changed it for a caller
    whose layers behave by their own mode (dropout, BatchNorm)."""
    expect(_all(mode is training for mode in modes(model)), message)


def expect_deep_copies(model, after: str, kept: str, method: str) -> None:
    """After `after` (a call in training mode), copy.deepcopy(model) still works, as a training loop that keeps its best
    model needs: a tensor of the call's graph kept on the model (`kept`, e.g. self.last_z = z) breaks it, and holds the
    batch's graph in memory too. The copy is tried on the model's side (given.deep_copy_error); its error is data."""
    error = _make(model, "deep_copy_error", model=model)()
    expect(not error, f"After {after}, copy.deepcopy of the model fails ({error}): {method} keeps a tensor of the "
           f"call's graph on the model (such as {kept}), which also holds the batch's graph in memory. Keep what "
           f"{method} computes in local variables and return it.")


def expect_grads_kept(model, recipe: dict, message: str) -> None:
    """The .grad of every parameter of `model`, made with given.vae(**recipe, grads=True) and then handed to a
    student's function, is still what that recipe gave it: the function left the caller's gradients alone."""
    from vaecourse.checks import given

    grads, expected = _inspect(model, "grads"), _inspect(given.vae(**recipe, grads=True), "grads")
    expect(_type(grads) is dict and set(grads) == set(expected) and _all(
        _type(grads[name]) is _Tensor and torch.equal(grads[name], grad) for name, grad in expected.items()), message)


def expect_not_aliased(function, what: str, *args, hint: str = ""):
    """function(*args), on its side (in the kernel when graded): no tensor it returns may share storage with a tensor
    argument. Returns what the call returned."""
    from vaecourse import remote

    result, shared = remote.make(function, "reporting_shared_storage", function=function)(*args)
    expect(shared is False, f"{what} returned the caller's tensor itself (or a view of it): a caller who changes the "
           f"result in place then changes its own data too. Return a new tensor. {hint}".rstrip())
    return result


def _plain(value):
    return [_plain(item) for item in value] if _type(value) in (_tuple, _list) else value


def expect_defaults(function, name: str) -> None:
    """The student's `function` (or class) keeps the default arguments of the statement's signature of `name`:
    code that leaves an argument out (the notebook's own cells, the next notebooks) relies on them."""
    defaults = _inspect(function, "defaults")
    for parameter, wanted in STATEMENT_DEFAULTS[name].items():
        got = defaults.get(parameter)
        shown = "no default" if got is None else f"the default {parameter}={got.get('repr', got.get('value'))!r}"
        expect(got is not None and "value" in got and _plain(got["value"]) == _plain(wanted)
               and (_type(got["value"]) is _bool) == (_type(wanted) is _bool),  # True == 1 in Python
               f"{name} has {shown}; the statement's signature has {parameter}={wanted!r}. Keep the signature as "
               f"given: code that calls {name} without {parameter} relies on that default.")
    order = [parameter for parameter in defaults if parameter in STATEMENT_DEFAULTS[name]]
    expect(order == _list(STATEMENT_DEFAULTS[name]),
           f"{name} takes {', '.join(order)} in that order; the statement's signature has "
           f"{', '.join(STATEMENT_DEFAULTS[name])}. Keep the signature as given: code that passes them by position "
           f"(the notebooks' own cells, the next notebooks) relies on that order.")


def passed(what: str) -> None:
    """Tell the student, on stdout, which check just passed."""
    _print(f"passed: {what}")


# ---------------------------------------------------------------- reading networks (local or in the student's kernel)

def call(model, x, what: str, hint: str = ""):
    """model(x), with any exception turned into a message that names the call, the input shape and a hint."""
    try:
        return model(x)
    except Exception as error:
        raise AssertionError(f"{what} failed on an input of shape {tuple(x.shape)} with "
                             f"{type(error).__name__}: {error}" + (f"\n{hint}" if hint else "")) from None


def expect_rows_independent(model, x, what: str) -> None:
    """Each row of a batch gives alone what it gives within the batch: a reshape or permute that mixes the images
    of a batch shows here, although every shape is right."""
    together = call(model, x, what)
    together = together if _type(together) in (_tuple, _list) else (together,)
    for i in (0, _len(x) - 1):
        alone = call(model, x[i:i + 1], what)
        alone = alone if _type(alone) in (_tuple, _list) else (alone,)
        expect(_all(_type(a) is _Tensor and _type(t) is _Tensor and a.shape[1:] == t.shape[1:]
                    and bool(torch.allclose(a[0], t[i], atol=1e-4, rtol=1e-4)) for a, t in _zip(alone, together)),
               f"{what}: row {i} of a batch of {_len(x)} gives another output alone (a batch of one) than within the "
               "batch: the rows of a batch are mixed. Keep the batch axis first in every reshape, e.g. "
               "h.reshape(len(h), c, 7, 7), and never move it with permute or transpose.")


def _reparametrised(model) -> bool:
    """Whether a layer of `model` is reparametrised (spectral_norm, weight_norm: its weight is recomputed at every
    call, so that two calls differ)."""
    return _any(".parametrizations." in f".{name}" or name.endswith("_orig")
                for name, _, _ in _inspect(model, "parameters"))


def _batch_fault(model, x, call=None, name: str = "forward"):
    """What is wrong with call(x) as a batch (None if nothing): a row that gives alone another output than within the
    batch (rows 0, the middle one and the last), outputs without gradient, or no gradient to x or to a parameter of
    model. call: model itself (its forward) or one of its methods (a decoder's probs), `name` in the messages."""
    call = model if call is None else call
    inputs = x.clone().requires_grad_(True)
    try:
        together = call(inputs)
        together = together if _type(together) in (_tuple, _list) else (together,)
        if not _all(_type(t) is _Tensor and _len(t) == _len(x) for t in together):
            return None  # rows missing or added: charged by the checks of shapes
        for i in (0, _len(x) // 2, _len(x) - 1):
            alone = call(x[i:i + 1])
            alone = alone if _type(alone) in (_tuple, _list) else (alone,)
            if not (_len(alone) == _len(together) and _all(
                    _type(a) is _Tensor and a.shape[1:] == t.shape[1:]
                    and _bool(torch.allclose(a[0].detach(), t[i].detach(), atol=1e-4, rtol=1e-4))
                    for a, t in _zip(alone, together))):
                return (f"gives for row {i} another output than that row alone: {name} computes large batches "
                        "otherwise (in bfloat16 or under autocast, with a permuted or transposed view, a changed row, "
                        "a clamp) past some batch size. A test set is encoded or decoded at once: compute every batch "
                        "the same way, whatever its size.")
        if not _all(t.requires_grad for t in together):
            return ("returned outputs without their gradient (torch.no_grad(), set_grad_enabled(False) or .detach() "
                    f"in {name} past some batch size): whether to record gradients is the caller's choice, whatever "
                    "the batch size. Compute every batch the same way.")
        _sum(t.sum() for t in together).backward()
    except Exception as error:  # noqa: BLE001 (the student's error, whatever it is, is the message)
        return f"failed with {type(error).__name__}: {error}"
    missing = without_gradient(model)
    if inputs.grad is None or not _bool(inputs.grad.abs().sum() > 0) or missing:
        return (f"sends no gradient to {', '.join(missing[:3]) or 'the input'} (a part computed without gradients, "
                "or detached, past some batch size). Compute every batch the same way, whatever its size.")
    return None


def expect_large_batch_as_rows(make, x, what: str, probs: bool = False) -> None:
    """A batch as large as the course's largest (x: 10,000 rows, as when the test set is encoded, or 10,000 codes
    decoded, at once) gives what its rows give alone, with gradients to x and to every parameter: nothing is computed
    otherwise past a batch size (torch.no_grad(), .detach(), bfloat16, a permuted view, a changed row), which batches
    of a few hundred never show. make(): a new model. Once, in eval mode: the course computes its large batches in
    that mode (its training batches have a few hundred rows), and 10,000 rows rather than a size drawn in a range
    catch every threshold up to the course's largest batch, whatever the seed.
    probs: a decoder's probs instead of forward, in one pass: probs is torch.sigmoid(self(z)) (the checks of outputs
    compare them on small batches), so its pass shows a fault of forward too, which a second pass then names; a
    forward pass and a probs pass would cost twice as much (a transposed convolution on 10,000 images is slow).
    One mistake, one charge: a fault that a batch of 16 shows too, rows missing (the checks of shapes) and
    reparametrised layers (spectral_norm: charged by the checks of shapes) are left to the checks that charge them."""
    if _reparametrised(make()):
        return
    method, name = ("probs", f"{what}.probs") if probs else ("forward", what)
    small, large = make(), make()
    small.eval()
    large.eval()
    if _batch_fault(small, x[:16], small.probs if probs else None, method) is not None:
        return
    fault = _batch_fault(large, x, large.probs if probs else None, method)
    if fault is not None and probs:  # forward's own fault, if it has one, is the one to name
        decoder = make()
        decoder.eval()
        fault_of_forward = _batch_fault(decoder, x)
        if fault_of_forward is not None:
            fault, name = fault_of_forward, what
    expect(fault is None, f"{name} in eval mode on a batch of {_len(x):,d} {fault}")


def expect_all_trainable(model, what: str) -> None:
    """A new network's parameters all learn: none is created frozen (requires_grad=False)."""
    frozen = [name for name, _, requires_grad in _inspect(model, "parameters") if not requires_grad]
    expect(not frozen,
           f"{what} has frozen parameters, which no training step changes: {', '.join(frozen[:3])} "
           "(requires_grad_(False), or requires_grad=False, in __init__). Every layer of the table learns, its bias "
           "too: leave the parameters as nn.Linear, nn.Conv2d and nn.ConvTranspose2d create them.")


def expect_follows_global_random(near, draw, what: str, hint: str) -> None:
    """draw() (a call of the student's, on the side of `near`) after torch.manual_seed(5), twice, gives the same
    tensor, and after torch.manual_seed(6) another: it draws from torch's global random state, as the statement asks."""
    random, drawn = _make(near, "global_random"), []
    with torch.random.fork_rng(devices=[]):  # a visible check leaves the notebook's random state as it was
        for value in (5, 5, 6):
            random.seed(value)
            drawn.append(draw())
    tensors = _all(_type(value) is _Tensor for value in drawn) and drawn[0].shape == drawn[1].shape == drawn[2].shape
    repeated, other = tensors and torch.equal(drawn[0], drawn[1]), tensors and not torch.allclose(drawn[0], drawn[2])
    seen = ("" if not tensors or repeated and other else
            " (Here torch.manual_seed(6) gave what torch.manual_seed(5) gave.)" if repeated else
            f" (Here the two runs after torch.manual_seed(5) differed, by up to {(drawn[0] - drawn[1]).abs().max():.3g}.)")
    expect(repeated and other, f"{what} after torch.manual_seed(5), twice, must give the same result, and after "
                               f"torch.manual_seed(6) another: {hint}{seen}")


def expect_draws_nothing(near, run, value: int, message: str) -> None:
    """run() (a call of the student's, on the side of `near`) draws nothing from torch's global random state: after
    torch.manual_seed(value) and run(), that state draws what torch.manual_seed(value) alone would have it draw."""
    random = _make(near, "global_random")
    with torch.random.fork_rng(devices=[]):  # a visible check leaves the notebook's random state as it was
        random.seed(value)
        run()
        after = random.draw(4)
    expect(torch.equal(after, torch.rand(4, generator=torch.Generator().manual_seed(value))), message)


def expect_mode_kept(model, x, what: str) -> None:
    """forward leaves the model in the mode its caller set: training goes on in training mode, evaluation in eval."""
    for training in (True, False):
        model.train(training)
        call(model, x, what)
        expect(_all(mode is training for mode in modes(model)),  # every layer too: self.body.eval() switches one
               f"{what}'s forward switched the model from {'training' if training else 'evaluation'} mode to "
               f"{'evaluation' if training else 'training'} mode, or one of its layers: the mode is the caller's to "
               "set (model.train(), model.eval()). Do not call self.eval() or self.train() in forward.")


def expect_float64_kept(model, x, what: str) -> None:
    """model.double() on float64 inputs computes in float64: forward must not cast its input to float32."""
    try:
        out = model.double()(x.double())
    except Exception as error:  # noqa: BLE001 (the student's error, whatever it is, is the message)
        raise AssertionError(f"{what}.double() (float64 weights) failed on float64 inputs with {type(error).__name__}: "
                             f"{error}. A layer computes in the dtype of its weights: do not convert the input in "
                             "forward (no .float()), and the model works in whatever dtype it is given.") from None
    out = out if _type(out) in (_tuple, _list) else (out,)
    expect(_all(_type(o) is _Tensor and o.dtype == torch.float64 for o in out),
           f"{what}.double() on float64 inputs returned {[o.dtype if _type(o) is _Tensor else _type(o).__name__ for o in out]}, "
           "expected float64: do not convert the input or the output in forward.")


def expect_true_gradient(model, x, what: str, generator, names=("the output",), hint: str = "") -> None:
    """The gradient that backward() sends from each output of model(x) (one tensor, or a tuple named by `names`) back
    to x is the derivative of what forward computes: for a random weighting w of the output, the slope of
    sum(w * output) along its gradient g, |g|, matches the central finite difference along g / |g|. A gradient
    scaled or bent apart from the values (0.1 * h + 0.9 * h.detach(), a hook) shows; a missing one is left to the
    checks that charge it. Along the gradient the slope is never near 0, so a relative tolerance holds: a step of
    1e-2 keeps float32's rounding and ReLU's kinks below 0.3% on the course's networks, a tolerance of 5% is far
    from a gradient scaled by a tenth (90% off). Outputs that differ between two calls on the same input are left to
    the checks that compare calls: they have no derivative to compare with."""
    step = 1e-2
    for k, name in builtins.enumerate(names):
        image = x.clone().requires_grad_(True)
        out = call(model, image, what)
        out = out if _type(out) in (_tuple, _list) else (out,)
        if _len(out) <= k or _type(out[k]) is not _Tensor or not out[k].requires_grad:
            continue  # no output, or no gradient at all: charged by the checks of shapes and gradients
        weights = torch.randn(out[k].shape, generator=generator)
        (weights.to(out[k].dtype) * out[k]).sum().backward()
        if image.grad is None or not _bool(image.grad.abs().sum() > 0):
            continue
        gradient = image.grad.double()
        direction = (gradient / gradient.norm()).to(x.dtype)

        def value(sign):
            moved = call(model, x + sign * step * direction, what)
            moved = moved if _type(moved) in (_tuple, _list) else (moved,)
            return float((weights.double() * moved[k].detach().double()).sum())

        above, below = value(1), value(-1)
        if builtins.abs(value(0) - value(0)) > 0.01 * builtins.abs(above - below):
            continue  # outputs that change from call to call (spectral_norm's power iteration): no derivative to read
        slope, difference = float(gradient.norm()), (above - below) / (2 * step)
        off = builtins.abs(slope - difference) / builtins.max(builtins.abs(slope), builtins.abs(difference))
        expect(off <= 0.05,
               f"{what}: the gradient that {name} sends back to the input is not its true derivative. Along that "
               f"gradient backward() gives a slope of {slope:.4g}, while {name} (weighted at random) changes at "
               f"{difference:.4g} (finite differences): {off:.0%} off. {hint}".rstrip())


def expect_true_parameter_gradients(model, x, what: str, generator, hint: str = "") -> None:
    """The gradient that backward() gives each trainable parameter of `model` is the derivative of what forward
    computes: as expect_true_gradient does for the input, the slope of sum(w * outputs) along each parameter's
    gradient g, |g|, matches the central finite difference along g / |g| (the parameter moved and put back). A
    gradient rescaled by a hook on one parameter (p.register_hook(lambda g: 0.5 * g)), which keeps every gradient
    linear in the loss, shows. Read in float64 (model.double(), which keeps the parameters and their hooks), where a
    step of 1e-6 crosses few of the ReLUs' kinks and leaves rounding far below the 1% tolerance. Not read for
    reparametrised layers (spectral_norm changes the weight at each call), nor for a model that does not compute in
    float64 (charged by the checks of dtypes)."""
    if _reparametrised(model):
        return
    parameters = [(name, requires_grad) for name, _, requires_grad in _inspect(model, "parameters")]
    step, x = 1e-6, x.double()  # small: few ReLU kinks crossed; float64: rounding far below the tolerance
    try:
        model = model.double()
        out = model(x)
    except Exception:  # noqa: BLE001 (a model that fails in float64 is charged by the checks of dtypes)
        return
    out = out if _type(out) in (_tuple, _list) else (out,)
    if not _all(_type(o) is _Tensor and o.dtype == torch.float64 for o in out) or not _any(o.requires_grad for o in out):
        return  # no gradient at all, or not float64: charged by the checks of gradients and dtypes
    weights = [torch.randn(o.shape, generator=generator).to(o.dtype) for o in out]
    _sum((w * o).sum() for w, o in _zip(weights, out) if o.requires_grad).backward()
    grads, state = _inspect(model, "grads"), _inspect(model, "state")

    def value(name, moved):
        _make(model, "parameter_set", model=model, parameter=name, value=moved)
        result = call(model, x, what)
        result = result if _type(result) in (_tuple, _list) else (result,)
        return float(_sum((w.double() * r.detach().double()).sum() for w, r in _zip(weights, result)))

    for name, requires_grad in parameters:
        grad = grads.get(name)
        if not requires_grad or grad is None or not _bool(grad.abs().sum() > 0) or name not in state:
            continue
        original = state[name]
        direction = (grad.double() / grad.double().norm()).to(original.dtype)
        above, below = value(name, original + step * direction), value(name, original - step * direction)
        again, still = value(name, original), value(name, original)
        if builtins.abs(again - still) > 0.01 * builtins.abs(above - below):
            continue  # outputs that change from call to call: no derivative to read
        slope, difference = float(grad.double().norm()), (above - below) / (2 * step)
        off = builtins.abs(slope - difference) / builtins.max(builtins.abs(slope), builtins.abs(difference))
        expect(off <= 0.01,
               f"{what}: the gradient that backward() gives {name} is not the derivative of the outputs. Along it "
               f"backward() gives a slope of {slope:.4g}, while the outputs (weighted at random) change at "
               f"{difference:.4g} when {name} moves (finite differences): {off:.0%} off. A hook rescales that "
               "parameter's gradient (p.register_hook(lambda g: 0.5 * g)), or forward bends it apart from the "
               f"values. Leave the gradients as backward() computes them. {hint}".rstrip())


def seed_with_large_draw(generator, shape, size: float) -> int:
    """A seed (searched from one drawn by the check's generator) after which torch.randn(shape) holds a value beyond
    `size`: an input that shows what is done to the rare large values of N(0, 1)."""
    start = draw_sizes(generator, 1, 0, 2 ** 30)[0]
    return next(value for value in range(start, start + 100_000)
                if bool(torch.randn(shape, generator=torch.Generator().manual_seed(value)).abs().max() > size))


def outputs_around_a_step(model, x):
    """model(x) twice on one input tensor kept on the model's side (the same object both times), the weights changed in
    place in between as a training step changes them: (before, after). A result kept by the input's identity (`is`,
    id, data_ptr) comes back unchanged."""
    from vaecourse import remote

    kept = remote.make(model, "tensor", values=x)
    before = model(kept)
    remote.make(model, "shifted_weights", model=model, amount=0.1)
    return before, model(kept)


def identity(value):
    """What tells two objects apart, whether they are here or handles to the student's kernel."""
    return ("handle", value._handle) if _isinstance(value, _RemoteObject) else ("local", id(value))


def expect_seeded_by_caller(build, arguments: dict, what: str) -> None:
    """Two models built after two different torch.manual_seed calls start from different weights: the caller seeds
    (the studies reseed before each model). A constructor that seeds torch itself builds the same model whatever
    the caller asked for, and resets the caller's random state."""
    random, states, models = _make(build, "global_random"), [], []
    with torch.random.fork_rng(devices=[]):  # a visible check leaves the notebook's random state as it was
        for value in (11, 12):
            random.seed(value)
            models.append(build(**arguments))
            states.append(_inspect(models[-1], "state"))
    expect(_any(not torch.equal(tensor, states[1][name]) for name, tensor in states[0].items()),
           f"{what} built after torch.manual_seed(11) and after torch.manual_seed(12) has the same weights: the "
           "constructor seeds torch's random state itself (torch.manual_seed in __init__), or its networks were built "
           "once and are shared by every model (kept at module level or in a class attribute). Leave seeding to the "
           "caller, and build every layer in __init__: each seed must give its own weights.")
    # Each randomly initialised parameter follows the seed (a constant one, such as biases set to 0, may not): one
    # that does not is seeded apart, or is a layer shared with another instance (built once, at module level).
    names = [name for name, _, _ in _inspect(models[0], "parameters")]
    same = [name for name in names if name in states[1] and torch.equal(states[0][name], states[1][name])
            and states[0][name].numel() > 1 and _bool((states[0][name] != states[0][name].reshape(-1)[0]).any())]
    expect(not same, f"{what} built after torch.manual_seed(11) and after torch.manual_seed(12) has the same "
           f"{', '.join(same[:3])}: every layer must be created in __init__, for each model (nn.Linear(...), "
           "nn.ConvTranspose2d(...)), from the caller's random state. A layer kept at module level or in a class "
           "attribute is shared by every model built, and one seeded apart ignores the caller's seed.")


def parameter_count(model) -> int:
    """Elements of all the parameters of a module (trainable or not)."""
    total = 0
    for _, shape, _ in _inspect(model, "parameters"):
        count = 1
        for size in shape:
            count *= size
        total += count
    return total


def without_gradient(model) -> list:
    """Names of the trainable parameters that received no gradient (None or all zeros) after backward()."""
    trainable = {name for name, _, requires_grad in _inspect(model, "parameters") if requires_grad}
    return [name for name, grad in _inspect(model, "grads").items()
            if name in trainable and (grad is None or not bool(grad.abs().sum() > 0))]


def expect_dense(model, what: str) -> None:
    """Fail if the module has a convolution (of any kind) among its layers."""
    expect(not _any("_ConvNd" in classes for _, classes in _inspect(model, "layers")),
           f"{what} must be dense: use nn.Linear layers only, no convolution.")


def expect_parameter_counts(build, expected, cases, what: str, hint: str) -> None:
    """For each dict of keyword arguments in `cases`, build(**case) must have expected(**case) parameters."""
    for case in cases:
        n, wanted = parameter_count(build(**case)), expected(**case)
        arguments = ", ".join(f"{key}={value}" for key, value in case.items())
        expect(n == wanted, f"{what}({arguments}) has {n} parameters, expected {wanted}: {hint}")


def expect_not_affine(model, a, b, what: str, names=("the output",)) -> None:
    """Fail if an output of model (one tensor, or a tuple named by `names`) is an affine function of its
    input: then f((a + b) / 2) = (f(a) + f(b)) / 2 for two batches a, b."""
    outputs = [call(model, x, what) for x in (a, b, (a + b) / 2)]
    outputs = [out if _type(out) is _tuple else (out,) for out in outputs]
    affine, varying = [], 0
    for k, name in enumerate(names):
        first, second, midpoint = (out[k].detach() for out in outputs)
        if torch.allclose(first, second):  # a constant output (e.g. a dead ReLU after a head) shows nothing
            continue
        varying += 1
        if torch.allclose(midpoint, (first + second) / 2, rtol=1e-3, atol=1e-4):
            affine.append(name)
    # affine only if every output that varies is: one non-affine output proves an activation inside
    expect(not varying or len(affine) < varying,
           f"{what}: {' and '.join(affine)} of (a + b) / 2 equals the average of {' and '.join(affine)} of a and of b, "
           "for two batches a, b. Your network is affine: put a ReLU (or the activation the statement specifies) "
           "after every hidden layer.")


def layer_values(model, x, types=("Linear", "Conv2d", "ConvTranspose2d")):
    """One forward pass of model(x), read layer by layer: ([(name, type, input, output)] of each layer of
    `types`, in call order, a repeated call of a layer on the same input counted once; what model returned,
    without gradient; the error it raised or None). Works on a local module and on one in the student's kernel."""
    records, result, error = _inspect(model, "layer_values", _list(types), x)
    unique = []
    for record in records:
        name, kind, inputs, outputs = record
        if not _any(name == seen[0] and inputs.shape == seen[2].shape and torch.equal(inputs, seen[2]) for seen in unique):
            unique.append((name, kind, inputs, outputs))
    return unique, result, error


def describe_layer(record) -> str:
    """`body.0` (Linear): how a message names a layer the hooks saw."""
    return f"`{record[0]}` ({record[1]})"


def _affine_residual(a, b) -> float:
    """How far b is from an affine function s * a + t of a, element by element: the residual of the least-squares
    fit over the norm of b's deviations (0 when b is a, or a scaled copy of it; 1 when b is constant)."""
    a, b = a.reshape(-1, 1).double(), b.reshape(-1).double()
    spread = (b - b.mean()).norm()
    if not _bool(spread > 0):
        return 1.0
    design = torch.cat([a, torch.ones_like(a)], dim=1)
    fit = torch.linalg.lstsq(design, b.unsqueeze(1)).solution
    return float((b - (design @ fit).squeeze(1)).norm() / spread)


def unpadded(images):
    """`images` (B, C, H, W) without a border of one pixel, if that border is all zeros (a separate zero padding,
    nn.ZeroPad2d(1) or F.pad, before a convolution of padding 0: the same as the convolution's own padding=1); else
    None."""
    if _type(images) is not _Tensor or images.dim() != 4 or images.shape[-1] < 3 or images.shape[-2] < 3:
        return None
    border = images.detach().clone()
    border[..., 1:-1, 1:-1] = 0
    return images[..., 1:-1, 1:-1] if _bool((border == 0).all()) else None


def aligned(out, inputs):
    """A layer's output and what the next layer (or forward) received, with a one-pixel zero padding or centred crop
    between them taken out (the same as a (transposed) convolution's own padding=1), or the last row and column that
    a transposed convolution's output_padding=1 adds, cropped: (out, inputs) of the same shape when possible, else as
    they are."""
    if out.dim() == 4 and inputs.dim() == 4 and out.shape[:2] == inputs.shape[:2]:
        if _tuple(inputs.shape[2:]) == _tuple(size + 2 for size in out.shape[2:]) and unpadded(inputs) is not None:
            return out, unpadded(inputs)
        if _tuple(inputs.shape[2:]) == _tuple(size - 2 for size in out.shape[2:]):
            return out[..., 1:-1, 1:-1], inputs
        if _tuple(inputs.shape[2:]) == _tuple(size - 1 for size in out.shape[2:]):  # output_padding=1, cropped apart
            return out[..., :-1, :-1], inputs
    return out, inputs


def expect_activation_between(before, after, hint: str) -> None:
    """`after`'s input must be an activation of `before`'s output (reshaped, as flatten or a reshape does): the
    same number of values per sample, and not an affine function of them (no activation, or only a scale).
    A one-pixel zero padding or crop of a feature map between them (a convolution's padding, written apart) is
    allowed."""
    out, inputs = aligned(before[3], after[2])
    expect(_len(inputs) == _len(out) and inputs[0].numel() == out[0].numel(),
           f"{describe_layer(after)} receives a tensor of shape {_tuple(inputs.shape)}, which is not the output of "
           f"{describe_layer(before)}, of shape {_tuple(out.shape)}, through an activation: only an activation (and "
           f"a reshape or flatten) may come between these two layers. {hint}")
    expect(_affine_residual(out, inputs.reshape(out.shape)) > 1e-3,
           f"There is no activation between {describe_layer(before)} and {describe_layer(after)}: the second layer "
           f"receives the output of the first as it is. {hint}")
    # value i of one is value i of the other, through a reshape (or a flatten in channels-last order, a memory order)
    if not _any(_value_by_value(a, h) for a in _flat_orders(out) for h in _flat_orders(inputs)):
        expect(False,
               f"The input of {describe_layer(after)} is not an activation of {describe_layer(before)}'s output value "
               "by value: something between them mixes the values of a sample (a normalisation such as LayerNorm or "
               f"BatchNorm, a pooling, a softmax...), or the values of different images (a reshape or permute that "
               "moves values across the batch). Only an activation, applied to each value on its own, comes between two "
               f"layers. {hint}")


def _flat_orders(values) -> list:
    """The values of each sample in a row: in their order, and, for feature maps, channels last too."""
    orders = [values.reshape(_len(values), -1)]
    if values.dim() == 4:
        orders.append(values.permute(0, 2, 3, 1).reshape(_len(values), -1))
    return orders


def _value_by_value(before, after) -> bool:
    """Whether `after` is f(`before`) for one function f applied to each value (an activation): values of `before`
    close to each other, wherever they are, then give values of `after` close to each other (the activations
    used in networks change by at most about twice their input's change; a normalisation that depends on the
    rest of the sample moves equal inputs apart)."""
    a, h = before.detach().reshape(-1).double(), after.detach().reshape(-1).double()
    order = a.argsort()
    steps, changes = a[order].diff(), h[order].diff().abs()
    return _bool((changes <= 3 * steps + 1e-4 * (1 + h.abs().max())).all())


class Spy(_Module):
    """Wraps a network (an encoder, a decoder) and records every call in `calls`: a dict with whether it
    ran in training mode, whether gradients were being recorded, the batch size, and the shape of its input.

    For the checks that a function evaluates in eval mode, without gradients, in batches.
    """

    def __init__(self, inner):
        super().__init__()
        self.inner, self.calls = inner, []

    def forward(self, x):
        self.calls.append({"training": self.training, "grad": _is_grad_enabled(), "batch": _len(x),
                           "shape": _tuple(x.shape) if _isinstance(x, _Tensor) else None})
        return self.inner(x)

    def probs(self, z):
        """A decoder's probabilities, as the course's decoders give them: the sigmoid of its (recorded) forward."""
        return torch.sigmoid(self(z))


def expect_hidden_list_kept(network, name: str, hidden) -> None:
    """network(latent_dim=3, hidden=<a list made in the student's kernel>) leaves the caller's list as it was: the
    caller may build another network (an encoder and its decoder) from the same widths."""
    widths = _make(network, "plain_list", values=list(hidden))
    network(latent_dim=3, hidden=widths)
    kept = widths.copy()
    expect(kept == list(hidden),
           f"{name}(latent_dim=3, hidden={list(hidden)}) changed the list hidden it was given (it is now {kept}): the "
           "caller's list is the caller's, who may build another network from the same widths. Read it, or copy it "
           "(list(hidden)) before changing anything (no insert, append or sort on it).")


def loose_parameters(model, records) -> dict:
    """{name: values} of the model's trainable parameters that belong to none of the layers of `records` (from
    layer_values), read on the model's side: a bias kept apart from a bias-free layer (an nn.Parameter added in
    forward) makes the same affine layer, written in two parts. A frozen one is a fixed offset, not a bias."""
    layers = {record[0] for record in records}
    state = _inspect(model, "state")
    return {name: state[name] for name, _, requires_grad in _inspect(model, "parameters")
            if requires_grad and not any(name.startswith(layer + ".") for layer in layers)
            and type(state.get(name)) is torch.Tensor}


def guard_torch_settings(namespace: dict) -> None:
    """Called at the end of each check module with its globals(): each of its checks, run in the student's kernel
    (the visible checks), fails as the grader's would when the student's code it called left one of torch's global
    settings changed (remote.SETTINGS: gradients switched off...). When graded, the kernel reads and restores them
    after each call (remote.keeping_settings), so this is silent there."""
    for name, check in list(namespace.items()):
        if name.startswith("_") or not callable(check) or getattr(check, "__module__", None) != namespace["__name__"] \
                or isinstance(check, type):
            continue
        namespace[name] = _guarded(check)


def _guarded(check):
    @functools.wraps(check)
    def run(*args, **kwargs):
        changed, printed = [], _StringIO()
        try:
            with _redirect_stdout(printed):  # held back: a "passed: ..." line is not true if a setting was changed
                return _keeping_settings(lambda: check(*args, **kwargs), changed)
        finally:
            if changed:  # replaces any failure it caused (a gradient check that saw none)
                called = f"the calls of checks.{check.__module__.rsplit('.', 1)[-1]}.{check.__name__} to your code"
                raise AssertionError("\n".join(_settings_message(name, called) for name in changed))
            _print(printed.getvalue(), end="")
    return run


def __getattr__(name):
    """`checks.pca` and the other check modules load on first use (after `from vaecourse import checks`)."""
    if name.isidentifier() and not name.startswith("_"):
        try:
            return importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as missing:
            if missing.name != f"{__name__}.{name}":
                raise
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
