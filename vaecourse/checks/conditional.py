"""The checks of notebook 08 (the conditional VAE).

Each check takes the student's functions or classes and a `seed` for its inputs (the notebook uses the
default; grading uses a secret one, vaecourse.remote). The networks of a student's ConditionalVAE record
their inputs (`given.recording`, on the model's side); train_step trains a given, correct conditional VAE
(`given.conditional_vae`) whose weights the check reads back and compares with a step it takes itself;
the generation target is judged here, with the reference classifier, from the trained decoder's weights.
"""

import functools
import math

import torch
import torch.nn.functional as F

from vaecourse import remote
from vaecourse.models import negative_elbo
from vaecourse.training import images_to_float
from vaecourse.checks import (draw_sizes, expect, expect_close, expect_deep_copies, expect_defaults, expect_draws_nothing,
                              expect_every_mode, expect_follows_global_random, expect_inputs_kept, expect_seeded_by_caller,
                              expect_tensor, fails_own_check, given, layer_values, modes as modes_of, passed, same_state,
                              with_course_functions, without_gradient)
from vaecourse.checks.training import expect_exact_steps

INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
# torch's other unsigned integers: the exercise lists only the five above
_UNLISTED_INTEGERS = tuple(getattr(torch, name) for name in ("uint16", "uint32", "uint64") if hasattr(torch, name))


def _seed(generator) -> int:
    return draw_sizes(generator, 1, 0, 2 ** 30)[0]


# ---------------------------------------------------------------- one_hot

def one_hot(one_hot, seed=8):
    """Check one_hot: shape, dtype and values, for any n_classes and every integer dtype.

    Also: the default arguments of the statement's signature.
    """
    expect_defaults(one_hot, "one_hot")
    generator = torch.Generator().manual_seed(seed)
    B = draw_sizes(generator, 1, 4, 12)[0]
    B = B if B != 10 else 11  # not square: a transposed encoding shows in its shape
    labels = torch.randint(0, 10, (B,), generator=generator)
    labels[:3] = torch.tensor([0, 9, int(labels[3])])  # both ends of the range, and a repeated label
    shown = labels.tolist()
    encoded = one_hot(labels)
    expect(type(encoded) is not torch.Tensor or tuple(encoded.shape) != (10, B),
           f"one_hot(torch.tensor({shown})) has shape {(10, B)}, expected {(B, 10)}: one row per label (did you "
           "transpose it?).")
    expect_tensor(encoded, f"one_hot(torch.tensor({shown}))", shape=(B, 10))
    expect(encoded.dtype == torch.float32,
           f"one_hot returned dtype {encoded.dtype}: convert it to float32 with .float(), since it is concatenated "
           "with float32 images and codes.")
    hot = [row.nonzero().flatten().tolist() for row in encoded]
    expect(bool(((encoded == 0) | (encoded == 1)).all()) and all(len(h) == 1 for h in hot),
           "Every row of a one-hot encoding holds exactly one 1.0 and zeros elsewhere.")
    expect(hot == [[label] for label in shown],
           f"For the labels {shown} the 1.0s are in the columns {[h[0] for h in hot]}: row i must have its 1 in "
           "column labels[i] (is it off by one?).")
    n_classes = draw_sizes(generator, 1, 3, 7)[0]
    for dtype in INTEGER_DTYPES:
        labels = torch.randint(0, n_classes, (draw_sizes(generator, 1, 5, 40)[0],), generator=generator).to(dtype)
        try:
            encoded = one_hot(labels, n_classes=n_classes)
        except (TypeError, ValueError, RuntimeError) as error:  # RuntimeError: F.one_hot's own, for non-int64 labels
            raise AssertionError(f"one_hot rejected valid {dtype} labels with {type(error).__name__}: {error}\n"
                                 f"Accept every integer dtype: {', '.join(map(str, INTEGER_DTYPES))}.") from None
        expect_tensor(encoded, f"one_hot({dtype} labels, n_classes={n_classes})", shape=(len(labels), n_classes),
                      dtype=torch.float32)
        expect(torch.equal(encoded, torch.eye(n_classes)[labels.long()]),
               f"one_hot(labels, n_classes={n_classes}) with {dtype} labels is wrong: use n_classes columns and "
               "accept every integer dtype.")
    labels = torch.randperm(10, generator=generator)
    expect(torch.equal(one_hot(labels), torch.eye(10)[labels]),
           f"one_hot of the labels {labels.tolist()} (each digit once) is wrong.")
    labels = torch.tensor([n_classes - 1, 0])
    expect(torch.equal(one_hot(labels, n_classes), torch.eye(n_classes)[labels]),
           "one_hot must accept labels from 0 up to n_classes - 1.")
    try:
        empty = one_hot(torch.zeros(0, dtype=torch.int64), n_classes)
    except Exception as error:  # noqa: BLE001 (min() and max() of no labels raise a RuntimeError)
        raise AssertionError(f"one_hot of no labels (an empty batch, shape (0,)) raised {type(error).__name__}: {error}\n"
                             "It must return an empty (0, n_classes) tensor: labels.min() and labels.max() fail on an "
                             "empty tensor, so test the range with ((labels < 0) | (labels >= n_classes)).any(), or only "
                             "when len(labels) > 0.") from None
    expect_tensor(empty, f"one_hot of no labels, n_classes={n_classes}", shape=(0, n_classes), dtype=torch.float32)
    # The encoding is data, a new tensor at every call; the caller's labels stay as they were (dtype included).
    encoded = one_hot(torch.tensor([n_classes - 1, 0, 1]), n_classes)
    expect(not encoded.requires_grad,
           "one_hot returned a tensor that requires gradients (.requires_grad_()): the encoding of the labels is data, "
           "not a parameter (nothing trains it, and .numpy() refuses it). Return F.one_hot(...).float() as it is.")
    original = torch.randint(0, n_classes, (6,), generator=generator, dtype=torch.int32)
    labels = remote.make(one_hot, "tensor", values=original)
    one_hot(labels, n_classes)
    after = remote.fetch(labels)
    expect(after.dtype == torch.int32 and torch.equal(after, original),
           f"one_hot changed the caller's int32 labels (now {after.dtype}): labels.data = labels.long() (or an in-place "
           "change) converts the caller's tensor. Convert into a new tensor, labels.long(), and leave labels as they "
           "are.")
    _, _, same = remote.make(one_hot, "called_twice", function=one_hot)(torch.tensor([n_classes - 1]), n_classes)
    expect(not same,
           "one_hot of one label returned, at two calls, views of one tensor (a cached torch.eye): a caller who "
           "changes one encoding in place then changes the other, and the cache. Return a new tensor at every call, "
           "F.one_hot(labels.long(), n_classes).float().")
    # More classes than MNIST's ten (letters, CIFAR-100): labels of 10 and above, n_classes columns.
    many = draw_sizes(generator, 1, 11, 40)[0]
    labels = torch.randint(0, many, (draw_sizes(generator, 1, 5, 20)[0],), generator=generator)
    labels[:2] = torch.tensor([many - 1, 10])
    try:
        encoded = one_hot(labels, many)
    except Exception as error:  # noqa: BLE001 (F.one_hot's own RuntimeError, for a label past its num_classes)
        encoded = f"{type(error).__name__}: {error}"
    expect(type(encoded) is torch.Tensor and tuple(encoded.shape) == (len(labels), many)
           and torch.equal(encoded, torch.eye(many)[labels]),
           f"one_hot(labels, n_classes={many}) for labels {labels.tolist()} gives "
           f"{tuple(encoded.shape) if type(encoded) is torch.Tensor else encoded}: encode with n_classes columns, "
           "F.one_hot(labels.long(), n_classes), not a fixed 10 (MNIST's digits) cut or padded to n_classes.")
    # One class (n_classes = 1, every label 0): a (B, 1) column of ones, the same shape as for any other n_classes.
    B = draw_sizes(generator, 1, 3, 9)[0]
    try:
        encoded = one_hot(torch.zeros(B, dtype=torch.int64), 1)
    except Exception as error:  # noqa: BLE001 (the student's error, whatever it is)
        encoded = f"{type(error).__name__}: {error}"
    expect(type(encoded) is torch.Tensor and tuple(encoded.shape) == (B, 1) and encoded.dtype == torch.float32
           and torch.equal(encoded, torch.ones(B, 1)),
           f"one_hot of {B} labels 0 with n_classes=1 gives "
           f"{tuple(encoded.shape) if type(encoded) is torch.Tensor else encoded}, expected a (B, 1) = ({B}, 1) column of "
           "ones: one class is a number of classes like any other, with one column. Do not treat n_classes == 1 apart "
           "(torch.ones(len(labels)) has no class dimension): F.one_hot(labels.long(), n_classes).float() for every "
           "n_classes.")
    # The caller's warning filters stay as they were: a filter set as a statement silences (or changes) every later
    # warning of the caller's process, not only one_hot's.
    _, changed = remote.make(one_hot, "reporting_warning_filters", function=one_hot)(torch.tensor([n_classes - 1, 0]),
                                                                                      n_classes)
    expect(not changed,
           "one_hot changed the warning filters of the caller's process (warnings.filterwarnings(...) or "
           "warnings.simplefilter(...) as a statement): every later warning of the notebook, whoever raises it, is then "
           "silenced. A function leaves the process as it found it: drop the filter (one_hot raises no warning), or "
           "set it inside `with warnings.catch_warnings():` around the code whose warnings you mean to silence.")
    passed("one_hot returns a float32 (B, n_classes) one-hot encoding, for every integer dtype")


def _error_of(one_hot, labels, n_classes):
    """The exception that one_hot raises for these labels, or None."""
    try:
        one_hot(labels, n_classes)
    except Exception as error:  # noqa: BLE001 (the student's error, whatever it is, is judged below)
        return error
    return None


def one_hot_errors(one_hot, seed=9):
    """Check one_hot: labels that are not integers, not 1-D, or out of range (also beyond 255) are rejected with a
    clear message."""
    generator = torch.Generator().manual_seed(seed)
    n_classes = draw_sizes(generator, 1, 3, 12)[0]
    valid = torch.randint(0, n_classes, (draw_sizes(generator, 1, 2, 6)[0],), generator=generator)
    float_dtype = [torch.float32, torch.float64][draw_sizes(generator, 1, 0, 1)[0]]
    fraction = round(0.1 + 0.8 * torch.rand(1, generator=generator).item(), 1)
    wrapped = draw_sizes(generator, 1, 0, n_classes - 1)[0]  # 256 + wrapped is out of range, but not as a uint8
    cases = [
        (valid.to(float_dtype), TypeError, f"float labels ({float_dtype})"),
        (valid > 0, TypeError, "bool labels (torch.bool is not among the integer dtypes the exercise lists: a boolean "
                               "mask passed by mistake)"),
        *[(valid.to(dtype), TypeError, f"{dtype} labels (not among the integer dtypes the exercise lists: compare "
                                       "the dtype with those five)") for dtype in _UNLISTED_INTEGERS],
        (valid.reshape(-1, 1), ValueError, f"labels of shape {(len(valid), 1)}, not 1-D"),
        (torch.cat([valid, torch.tensor([n_classes])]), ValueError,
         f"the label n_classes = {n_classes} (out of range)"),
        (torch.cat([valid, torch.tensor([-1])]), ValueError, "the label -1 (out of range)"),
        (torch.cat([valid, torch.tensor([256 + wrapped])]), ValueError,
         f"the label {256 + wrapped} (out of range; cast to uint8 it wraps to {wrapped}: compare the labels as they "
         "are, without casting them to a smaller dtype)"),
        (torch.tensor([1 + fraction]), TypeError, f"the float label {1 + fraction}"),
        (valid.tolist(), TypeError, "a Python list"),
        (valid.numpy(), TypeError, "a NumPy array of labels (the exercise asks for a torch.Tensor: a caller who "
                                   "passes an array by mistake must hear of it, not have it converted)"),
        (torch.cat([valid, torch.tensor([2 ** 32 + wrapped])]), ValueError,
         f"the int64 label {2 ** 32 + wrapped} (out of range; cast to int32 it wraps to {wrapped}: compare the labels "
         "as they are, without casting them to a smaller dtype)"),
        (valid[0], ValueError, "a 0-d tensor"),
        (torch.zeros(2, 3, dtype=torch.int64), ValueError, "labels of shape (2, 3)"),
        (torch.tensor([-draw_sizes(generator, 1, 2, 9)[0]]), ValueError, "a negative label"),
    ]
    for bad, expected, why in cases:
        error = _error_of(one_hot, bad, n_classes)
        expect(error is not None, f"one_hot accepted {why}: check the labels first and raise {expected.__name__}.")
        # By name: in grading the error is a copy from the student's kernel (a subclass named like it)
        expect(type(error).__name__ == expected.__name__,
               f"For {why} one_hot raised {type(error).__name__} ({error}), expected {expected.__name__}: "
               "check the labels yourself, before encoding them, and raise the error the exercise asks for.")
        expect(len(str(error)) >= 10,
               f"For {why} one_hot raised {type(error).__name__} with the message {str(error)!r}: "
               "give a message that says what is wrong with the labels.")
    expect_tensor(one_hot(valid, n_classes), f"one_hot(valid labels, n_classes={n_classes})",
                  shape=(len(valid), n_classes))
    # Every other label of a batch (labels[::2], a strided view, not contiguous): valid labels like any others.
    strided = remote.make(one_hot, "strided", values=torch.randint(0, n_classes, (2 * len(valid),),
                                                                    generator=generator), step=2)
    error = _error_of(one_hot, strided, n_classes)
    expect(error is None,
           f"For valid labels that are a strided view (labels[::2], not contiguous) one_hot raised "
           f"{type(error).__name__}: {error}. A view is a 1-D integer tensor like any other: check the dtype, the "
           "number of dimensions and the range, nothing about the memory layout.")
    # Every label is checked, not a sample of them: an out-of-range label after a thousand valid ones.
    many = torch.cat([valid.repeat(1000 // len(valid) + 1), torch.tensor([n_classes])])
    error = _error_of(one_hot, many, n_classes)
    expect(error is not None and type(error).__name__ == "ValueError",
           f"For {len(many)} labels whose last one is {n_classes} (out of range, after {len(many) - 1} valid ones), "
           f"one_hot raised {type(error).__name__ if error is not None else 'nothing'}, expected ValueError: check "
           "the range of every label (labels.min() and labels.max() of all of them), not of the first ones.")
    # No labels, but 2-D (an empty batch of labels as a column, shape (0, 1)): not 1-D, whatever the number of labels.
    error = _error_of(one_hot, torch.zeros(0, 1, dtype=torch.int64), n_classes)
    expect(error is not None and type(error).__name__ == "ValueError",
           f"For labels of shape (0, 1) (no labels, but a 2-D tensor) one_hot raised "
           f"{type(error).__name__ if error is not None else 'nothing'}, expected ValueError: check that labels is "
           "1-D whatever the number of labels (labels.dim() != 1), not only when there are some (labels.numel() > 0): "
           "the same mistake of shape must raise for an empty batch as for a full one.")
    # A label out of range in every listed dtype, not only int64: a negative one in each signed dtype (int32 labels
    # from NumPy, int8/int16 to save memory), one of n_classes or more in each but int64, uint8 included (a file's
    # bytes). Left to F.one_hot, they raise its own RuntimeError, not the ValueError the exercise promises.
    cases = (((torch.int32, torch.int16, torch.int8), lambda: -draw_sizes(generator, 1, 1, 9)[0], "a negative label",
              "label is >= 0 for every integer dtype, not only for int64 (labels.min() < 0, or "
              "((labels < 0) | (labels >= n_classes)).any(), whatever the dtype)."),
             (INTEGER_DTYPES[1:], lambda: n_classes + draw_sizes(generator, 1, 0, 9)[0],
              f"a label of n_classes = {n_classes} or more",
              "label is below n_classes for every integer dtype, uint8 included, before encoding (labels.max() >= "
              "n_classes, whatever the dtype): F.one_hot's own error is not the one the exercise asks for."))
    for dtypes, outside, what, fix in cases:
        for dtype in dtypes:
            bad = torch.cat([valid, torch.tensor([outside()])]).to(dtype)
            if type(_error_of(one_hot, valid.to(dtype), n_classes)).__name__ == "TypeError":
                continue  # a dtype refused even for valid labels: charged by the check of the integer dtypes
            error = _error_of(one_hot, bad, n_classes)
            expect(error is not None and type(error).__name__ == "ValueError",
                   f"For {dtype} labels {bad.tolist()} ({what}) one_hot raised "
                   f"{type(error).__name__ if error is not None else 'nothing'}"
                   f"{f' ({error})' if error is not None else ''}, expected ValueError: check that every {fix}")
    passed("one_hot rejects float, non-1-D and out-of-range labels with a TypeError or ValueError and a message")


# ---------------------------------------------------------------- ConditionalVAE

def _own_one_hot(one_hot, labels, n_classes):
    """Your one_hot of these labels, or None: a slip there is charged by its own checks, not again here."""
    try:
        encoded = one_hot(labels, n_classes)
    except Exception:  # noqa: BLE001
        return None
    return encoded.detach() if type(encoded) is torch.Tensor else None


def _is_one_hot(columns, labels, n_classes, own) -> bool:
    """Whether `columns` is the one-hot encoding of `labels` (the reference's, or your one_hot's)."""
    expected = [torch.eye(n_classes)[labels.long()], own]
    return any(e is not None and e.shape == columns.shape and torch.equal(columns, e.to(columns.dtype))
               for e in expected)


def _with_course_one_hot(method):
    """A method of your ConditionalVAE (forward, generate), run with the course's one_hot in place of yours."""
    return with_course_functions(method, ("one_hot",))


def _forward(model, x, labels, what):
    try:
        out = model(x, labels)
    except Exception as error:
        raise AssertionError(f"{what} raised {type(error).__name__}: {error}") from None
    expect(type(out) is tuple and len(out) == 3, "forward must return a tuple (logits, mu, logvar).")
    return tuple(value.detach() if type(value) is torch.Tensor else value for value in out)


def cvae_forward(ConditionalVAE, one_hot, seed=10):
    """Check ConditionalVAE.forward: shapes, the label given to both networks, z = mu in eval mode, a sample in training.

    One mistake, one charge: your forward runs with the course's one_hot in place of yours (a slip there is charged
    by its own checks), and your one_hot is accepted for the label's columns.
    Also: the default arguments of the statement's signature.
    """
    expect_defaults(ConditionalVAE, "ConditionalVAE")
    generator = torch.Generator().manual_seed(seed)
    B, d = draw_sizes(generator, 1, 5, 9)[0], draw_sizes(generator, 1, 2, 5)[0]
    width = draw_sizes(generator, 1, 16, 40)[0]
    # each model has networks of its own, from the caller's seed (none built once and shared by every instance)
    expect_seeded_by_caller(ConditionalVAE, dict(latent_dim=d, hidden=(width,)), f"ConditionalVAE(latent_dim={d})")
    model = ConditionalVAE(latent_dim=d, hidden=(width,))
    recorded = remote.make(ConditionalVAE, "recording", model=model)
    forward = _with_course_one_hot(model.forward)
    model.eval()
    x = torch.rand(B, 1, 28, 28, generator=generator)
    labels = torch.randperm(10, generator=generator)[:B]
    own = _own_one_hot(one_hot, labels, 10)
    logits, mu, logvar = _forward(forward, x, labels, f"ConditionalVAE(latent_dim={d}).eval()(x, labels)")
    expect_tensor(logits, "logits", shape=(B, 1, 28, 28))
    expect_tensor(mu, "mu", shape=(B, d))
    expect_tensor(logvar, "logvar", shape=(B, d))
    seen, decoded = recorded.encoder_inputs(), recorded.decoder_inputs()
    expect(len(seen) == 1 and len(decoded) == 1, "forward must call self.encoder once and self.decoder once.")
    seen, decoded = seen[0], decoded[0]
    expect(seen.shape == (B, 794),
           f"The encoder received a tensor of shape {tuple(seen.shape)}, expected {(B, 794)}: the image flattened to "
           "(B, 784), then the one-hot label (B, 10). The encoder must see the label: it is q(z | x, c).")
    expect(torch.equal(seen[:, :784], x.reshape(B, 784)),
           "The first 784 columns of the encoder's input must be the flattened image, x.reshape(len(x), -1).")
    expect(_is_one_hot(seen[:, 784:], labels, 10, own),
           "The last 10 columns of the encoder's input must be one_hot(labels): the encoder must see the label.")
    expect(decoded.shape == (B, d + 10),
           f"The decoder received a tensor of shape {tuple(decoded.shape)}, expected {(B, d + 10)}: the code z, then "
           "the one-hot label. The decoder must see the label: it is p(x | z, c).")
    expect(_is_one_hot(decoded[:, d:], labels, 10, own),
           "The last 10 columns of the decoder's input must be one_hot(labels): the decoder must see the label.")
    expect_close(decoded[:, :d], mu, "the code decoded in eval mode",
                 "In eval mode forward must decode the mean, z = mu (no sampling).")
    expect_close(logits, recorded.decoded(decoded), "logits",
                 "forward must return the decoder's logits as they are (no sigmoid).")
    recorded.scale_logits(200.0)  # a confident decoder: logits of hundreds
    recorded.clear()
    logits = _forward(forward, x, labels, "forward with a decoder whose logits reach hundreds")[0]
    expect_close(logits, recorded.decoded(recorded.decoder_inputs()[0]),
                 "logits of a decoder whose logits reach hundreds",
                 "forward must return the decoder's logits as they are: no clamp or squashing (the loss, "
                 "binary_cross_entropy_with_logits, is stable for any logit).", rtol=1e-4, atol=1e-3)
    recorded.scale_logits(None)
    other = _forward(forward, x, (labels + 5) % 10, "forward with other labels")[0]
    expect(not torch.allclose(other, logits), "Changing the labels did not change the logits: use the label.")
    # mu and logvar as the encoder gives them, for log-variances far from 0 too
    recorded.spread_logvar(torch.linspace(-16, 16, d).tolist())
    recorded.clear()
    _, mu, logvar = _forward(forward, x, labels, "forward in eval mode, log-variances from -16 to 16")
    encoded = recorded.encoded(recorded.encoder_inputs()[0])
    recorded.spread_logvar(None)
    for name, returned, wanted in zip(("mu", "logvar"), (mu, logvar), encoded):
        expect_close(returned, wanted, f"the {name} that forward returns (encoder log-variances from -16 to 16)",
                     "forward must return mu, logvar = self.encoder(...) as the encoder gives them: in this order, "
                     "and with nothing applied to them (no clamp).")
    # A label out of range is refused, as one_hot refuses it (the notebook's first section)
    wrong = labels.clone()
    wrong[0] = 10
    refusal = ("build the one-hot with one_hot(labels, self.n_classes), which checks the labels and raises "
               "ValueError; indexing torch.eye(n_classes) or a buffer does not (and quietly turns -1 into the last class).")
    try:
        forward(x, wrong)
    except ValueError:
        pass
    except Exception as error:  # noqa: BLE001 (the student's error, whatever it is)
        raise AssertionError(f"forward with the label 10 (out of range for 10 classes) raised {type(error).__name__} "
                             f"({error}), not ValueError: {refusal}") from None
    else:
        raise AssertionError(f"forward accepted the label 10 (out of range for 10 classes) without a ValueError: {refusal}")
    # Training mode: (z - mu) / sigma must be standard normal noise, for log-variances spread from -3 to 2
    model.train()
    recorded.clear()
    recorded.spread_logvar(torch.linspace(-3, 2, d).tolist())
    # about 3,000 codes: the mean of each unit's noise then has a spread of 0.018, so that the bound of 0.12 is
    # never crossed by chance (with 1,000, two right answers of 170 crossed it in one run)
    repeats = 3000 // B + 1
    _, mu, logvar = _forward(forward, x.repeat(repeats, 1, 1, 1), labels.repeat(repeats), "forward in training mode")
    recorded.spread_logvar(None)
    z = recorded.decoder_inputs()[0][:, :d]
    eps = (z - mu) / torch.exp(0.5 * logvar)
    expect(eps.abs().max() > 0.1,
           "In training mode forward decoded z = mu: sample z = reparameterize(mu, logvar) when self.training is True.")
    expect(bool((eps.mean(dim=0).abs() < 0.12).all() and ((eps.std(dim=0) - 1).abs() < 0.12).all()),
           f"In training mode (z - mu) / sigma should be N(0, 1) noise in every latent dimension, with sigma = "
           f"exp(0.5 * logvar); over dimensions whose logvar runs from -3 to 2 it has means "
           f"{eps.mean(dim=0).numpy().round(2)} and standard deviations {eps.std(dim=0).numpy().round(2)}: use "
           "reparameterize(mu, logvar) (the standard deviation is exp(0.5 * logvar), not exp(logvar)).")
    # Log-variances that differ from image to image (-3 and 2 in turn): each image's noise is scaled by its own sigma
    # (not by one of the batch's mean log-variance).
    recorded.clear()
    recorded.spread_logvar([[-3.0 if row % 2 == 0 else 2.0] for row in range(repeats * B)])
    _, mu_rows, logvar_rows = _forward(forward, x.repeat(repeats, 1, 1, 1), labels.repeat(repeats),
                                       "forward in training mode")
    recorded.spread_logvar(None)
    noise = (recorded.decoder_inputs()[0][:, :d] - mu_rows) / torch.exp(0.5 * logvar_rows)
    spreads = [float(noise[start::2].std(dim=0).sub(1).abs().max()) for start in (0, 1)]
    expect(max(spreads) < 0.12,
           "In training mode, for log-variances of -3 and 2 in turn from image to image, (z - mu) / sigma is not "
           f"N(0, 1) noise for each image (its standard deviation is off by {max(spreads):.2f} for one group): the "
           "noise was scaled by one standard deviation for the whole batch (from logvar.mean(0) or another batch "
           "statistic). Each image's code is z = mu + exp(0.5 * logvar) * eps with its own logvar: "
           "reparameterize(mu, logvar).")
    # N(0, 1) noise goes beyond 2 for 4.6% of its draws (about 270 of the 6,000 or more here, +-16); judged at the end
    beyond = float((eps.abs() > 2).float().mean())
    # Independent across the images: no antithetic pairs (the second half of the batch mirroring the first), judged
    # at the end. With about 3,000 codes a right answer's correlations have a spread below 0.02.
    paired = []
    for offset in sorted({len(eps) // 2, (len(eps) + 1) // 2, 1}):
        correlation = torch.corrcoef(torch.stack([eps[:-offset].flatten(), eps[offset:].flatten()]))[0, 1].item()
        paired.append((abs(correlation), correlation, offset))
    paired = max(paired)
    first = _forward(forward, x, labels, "forward in training mode")[0]
    expect(not torch.allclose(first, _forward(forward, x, labels, "forward in training mode")[0]),
           "In training mode two calls must draw different codes: sample z = reparameterize(mu, logvar).")
    expect_follows_global_random(ConditionalVAE, lambda: _forward(forward, x, labels, "forward in training mode")[0],
                                 "forward in training mode",
                                 "draw the noise of z from torch's global random state (reparameterize(mu, logvar), "
                                 "torch.randn_like), which the notebook seeds once at the top so that a run can be "
                                 "repeated: no generator of the model's own.")
    # Every parameter of both networks learns from the logits in training mode: mu and logvar both stay attached
    model.zero_grad()
    logits = forward(x, labels)[0]  # as _forward gave it, without the detach
    expect(logits.requires_grad, "In training mode the logits carry no gradient: no .detach(), .data or torch.no_grad() "
           "in forward.")
    logits.sum().backward()
    missing = without_gradient(model)
    expect(not missing, f"In training mode these parameters receive no gradient from the logits: {missing}. Decode "
           "z = reparameterize(mu, logvar) with mu and logvar as the encoder returned them: no .detach(), .data or "
           "torch.no_grad() on either.")
    expect_deep_copies(model, "model(x, labels) in training mode", "self.last_z = z", "forward")
    # Other sizes: n_classes, latent_dim and three hidden layers, flat images, int32 labels
    n_classes, d = draw_sizes(generator, 1, 3, 6)[0], draw_sizes(generator, 1, 3, 7)[0]
    low = draw_sizes(generator, 1, 12, 24)[0]
    hidden = (low + 6, low + 12, low)  # three widths in neither order: reversed or sorted, either way it shows
    model = ConditionalVAE(latent_dim=d, hidden=hidden, n_classes=n_classes)
    recorded = remote.make(ConditionalVAE, "recording", model=model)
    forward = _with_course_one_hot(model.forward)
    model.eval()
    B = draw_sizes(generator, 1, 6, 10)[0]
    x = torch.rand(B, 784, generator=generator)
    labels = torch.randint(0, n_classes, (B,), generator=generator, dtype=torch.int32)
    labels[:2] = torch.tensor([0, n_classes - 1])
    own = _own_one_hot(one_hot, labels, n_classes)
    what = f"ConditionalVAE(latent_dim={d}, hidden={hidden}, n_classes={n_classes})"
    logits, mu, logvar = _forward(forward, x, labels, f"{what}(x of shape {(B, 784)}, int32 labels)")
    expect_tensor(logits, f"the logits of {what} for x of shape (B, 784)", shape=(B, 1, 28, 28))
    expect_tensor(mu, f"mu of {what}", shape=(B, d))
    seen, decoded = recorded.encoder_inputs()[0], recorded.decoder_inputs()[0]
    expect(seen.shape == (B, 784 + n_classes) and _is_one_hot(seen[:, 784:], labels, n_classes, own),
           f"With n_classes={n_classes} the encoder must receive [x ; one_hot(labels, {n_classes})], of shape "
           f"(B, {784 + n_classes}): use self.n_classes.")
    expect(decoded.shape == (B, d + n_classes) and _is_one_hot(decoded[:, d:], labels, n_classes, own),
           f"With latent_dim={d} and n_classes={n_classes} the decoder must receive "
           f"[z ; one_hot(labels, {n_classes})], of shape (B, {d + n_classes}).")
    expect_close(decoded[:, :d], mu, "z in eval mode", "In eval mode decode z = mu.")
    widths = [record[3].shape[-1] for record in layer_values(model.encoder, seen, ("Linear",))[0]]
    expect(tuple(widths[:len(hidden)]) == hidden,
           f"The hidden layers of {what}'s encoder have widths {widths[:len(hidden)]}, expected {list(hidden)}: the "
           "encoder uses hidden in the order given, DenseEncoder(latent_dim, hidden, in_features=784 + n_classes).")
    widths = [record[3].shape[-1] for record in layer_values(model.decoder, decoded, ("Linear",))[0]]
    expect(tuple(widths) == (*reversed(hidden), 784),
           f"The layers of {what}'s decoder have output widths {widths}, expected {[*reversed(hidden), 784]}: the "
           "decoder mirrors the encoder, DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden))).")
    try:
        forward(x[:2], torch.tensor([1, n_classes]))
        accepted = True
    except Exception:  # noqa: BLE001 (whichever error: your one_hot's own are graded by its checks)
        accepted = False
    expect(not accepted, f"forward accepted the label {n_classes} with n_classes={n_classes}: encode the labels with "
                         "one_hot(labels, self.n_classes).")
    one = _forward(forward, x[:1].reshape(1, 1, 28, 28), labels[:1], f"{what} on a batch of one image, (1, 1, 28, 28)")
    expect_tensor(one[0], f"the logits of {what} for a batch of one image", shape=(1, 1, 28, 28))
    # In eval mode the logits keep their graph back to the images through z = mu (an input's saliency, a fine-tuning).
    x_grad = x.clone().requires_grad_()
    logits = forward(x_grad, labels)[0]
    if logits.requires_grad:
        logits.sum().backward()
    expect(x_grad.grad is not None and bool(x_grad.grad.abs().sum() > 0),
           "In evaluation mode no gradient reaches the encoder from the logits: decode z = mu as the encoder returned "
           "it, with its graph (no mu.detach(), .data or torch.no_grad() on z): forward computes the same way in both "
           "modes, and only z differs.")
    # The cVAE's own mode decides (self.training), not its networks', as for notebook 04's VAE: the caller may hold a
    # network in the other mode (a frozen decoder in eval mode while the encoder trains).
    for training in (True, False):
        model.train(training)
        model.encoder.train(not training)
        model.decoder.train(not training)
        recorded.clear()
        mu = _forward(forward, x, labels, f"forward with the model in {'training' if training else 'eval'} mode")[1]
        sampled = bool((recorded.decoder_inputs()[0][:, :d] - mu).abs().max() > 1e-4)
        expect(sampled is training,
               f"A cVAE in {'training' if training else 'eval'} mode whose encoder and decoder are in "
               f"{'eval' if training else 'training'} mode {'decoded z = mu' if training else 'sampled z'}: sample when "
               "self.training (the cVAE's own mode) is True and decode z = mu when it is False, whatever the modes of "
               "its networks.")
    model.eval()
    # Training mode: the encoder reads [x ; one-hot] as it is, the decoder [z ; one-hot], z is sampled at every size.
    model.train()
    recorded.clear()
    mu_train = _forward(forward, x, labels, f"{what} in training mode")[1]
    decoded = recorded.decoder_inputs()[0]
    model.eval()
    mu_eval = _forward(forward, x, labels, f"{what} in eval mode")[1]
    expect_close(mu_train, mu_eval, "mu in training mode",
                 "In training mode mu differs from eval mode's for the same images: the encoder must get "
                 "[x ; one_hot(labels)] as it is in both modes (no dropout or noise on its input); only z is sampled.")
    expect(decoded.shape == (B, d + n_classes) and _is_one_hot(decoded[:, d:], labels, n_classes, own),
           "In training mode the decoder did not receive the labels: it must get [z ; one_hot(labels)] in both modes "
           "(not zeros in place of the label), since it models p(x | z, c) and generate gives it the label.")
    model.train()
    recorded.clear()
    mu_one = _forward(forward, x[:1], labels[:1], f"{what} in training mode on a batch of one image")[1]
    expect(bool((recorded.decoder_inputs()[0][:, :d] - mu_one).abs().max() > 1e-4),
           "For a batch of one image in training mode forward decoded z = mu: sample z ~ q(z | x, c) in training mode "
           "for every batch size, one image included.")
    # A float64 cVAE computes in float64: its inputs as they are, its noise drawn in its dtype.
    model.double()
    recorded.clear()
    try:
        logits, mu64, logvar64 = _forward(forward, x.double(), labels, f"{what}.double() in training mode")
    except AssertionError as error:
        raise AssertionError(f"{error}\nA cVAE converted with .double() must take float64 images as they are: do not "
                             "cast x to float32 (x.float()); torch.cat of float64 images and a float32 one-hot is "
                             "float64.") from None
    expect(logits.dtype == torch.float64 and mu64.dtype == torch.float64,
           f"A cVAE converted with .double() returned {logits.dtype} logits: compute in the images' dtype (no .float()).")
    z = recorded.decoder_inputs()[0][:, :d]
    eps = (z - mu64) / (0.5 * logvar64).exp()
    expect(bool((eps - eps.float().double()).abs().max() > 1e-12),
           "In a float64 cVAE the noise of z is float32 numbers (torch.randn(mu.shape) is float32 and on the CPU): draw "
           "it like mu, torch.randn_like(mu) (or reparameterize(mu, logvar)).")
    model.float()
    model.eval()
    # In evaluation mode forward draws nothing: z = mu, and the caller's random numbers are its own.
    expect_draws_nothing(ConditionalVAE, lambda: forward(x, labels), draw_sizes(generator, 1, 0, 10 ** 6)[0],
                         "In evaluation mode the cVAE's forward drew random numbers from torch's global random state "
                         "(z sampled with reparameterize and then replaced by mu, or noise multiplied by 0): z = mu "
                         "draws nothing, and the caller's random numbers are its own. Sample only when self.training "
                         "is True.")
    # The noise is normal, not only of mean 0 and variance 1: uniform noise scaled to unit variance never passes 1.73.
    expect(beyond > 0.02,
           f"In training mode (z - mu) / sigma went beyond 2 for {100 * beyond:.2f}% of the codes, where N(0, 1) noise "
           "does for 4.6%: the noise has mean 0 and variance 1 but is not normal (torch.rand, uniform, rescaled to unit "
           "variance never passes 1.73). Draw it with torch.randn_like(mu), or use reparameterize(mu, logvar).")
    expect(paired[0] < 0.1,
           f"In training mode the noise (z - mu) / sigma of each image and of the image {paired[2]} places later in the "
           f"batch is correlated ({paired[1]:.2f}): the images' codes are not independent draws (antithetic pairs, "
           "the second half of the batch mirroring the first as -eps, or one draw shared). Each image's z is its own "
           "sample of q(z | x, c): eps = torch.randn_like(mu), or reparameterize(mu, logvar).")
    # The cVAE is its encoder and decoder: a parameter of its own (a learned scale of the one-hot) changes what the
    # networks are trained on, and generate, which gives the decoder the plain one-hot, no longer matches training.
    own = remote.inspect(model, "parameters")
    parts = {f"{part}.{name}": shape for part in ("encoder", "decoder")
             for name, shape, _ in remote.inspect(getattr(model, part), "parameters")}
    extra = sorted(name for name, _, _ in own if name not in parts)
    expect(sum(math.prod(shape) for _, shape, _ in own) == sum(math.prod(shape) for shape in parts.values()),
           f"The cVAE holds parameters outside its encoder and decoder ({', '.join(extra) or 'unnamed'}): a learned "
           "weight on the one-hot (or on anything else in forward) is a model the statement does not describe, and "
           "generate, which gives the decoder the plain one-hot, decodes with labels unlike those it was trained on. "
           "Give both networks one_hot(labels, self.n_classes) as it is: the cVAE's parameters are its encoder's and "
           "its decoder's.")
    # In evaluation mode z = mu for every batch size, a single image included (one test image's reconstruction).
    model.eval()
    recorded.clear()
    mu_one = _forward(forward, x[:1], labels[:1], f"{what} in eval mode on a batch of one image")[1]
    expect(bool((recorded.decoder_inputs()[0][:, :d] - mu_one).abs().max() <= 1e-6),
           "For a batch of one image in evaluation mode forward sampled z instead of decoding z = mu: in eval mode "
           "decode the mean for every batch size, one image included. Sample only when self.training is True, with no "
           "condition on the batch (len(x) == 1 is a batch like any other).")
    # The same labels tensor again, its values changed in place (a caller reusing one buffer of labels per batch): the
    # one-hot of the labels it holds now, not of those it held (a cache keyed by id(labels) or data_ptr).
    changed = (labels.long() + 1 + torch.randint(0, n_classes - 1, (B,), generator=generator)) % n_classes
    own_changed = _own_one_hot(one_hot, changed, n_classes)
    recorded.clear()
    try:
        remote.make(ConditionalVAE, "called_twice_refilled", function=model, index=1, values=changed)(x, labels.long())
        decoded = recorded.decoder_inputs()
    except Exception:  # noqa: BLE001 (your forward with your one_hot: a failure there is charged by their checks)
        decoded = None
    expect(decoded is None or (len(decoded) == 2 and _is_one_hot(decoded[1][:, d:], changed, n_classes, own_changed)),
           "Called again with the same labels tensor after its values were changed in place, forward decoded with the "
           "one-hot of the labels it held before: a cache keyed by the tensor (id(labels), data_ptr) answers for "
           "labels that changed (and for a new tensor at a freed address). Encode the labels at every call, "
           "one_hot(labels, self.n_classes) (no cache).")
    passed("forward gives the label to the encoder and the decoder, decodes mu in eval mode and a sample in training")


def cvae_generate(ConditionalVAE, one_hot, seed=11):
    """Check ConditionalVAE.generate: images in [0, 1], z from the prior N(0, I) drawn with the generator, decoded with the label.

    One mistake, one charge: your generate runs with the course's one_hot in place of yours (a slip there is charged
    by its own checks), and your one_hot is accepted for the label's columns.
    Also: the default arguments of the statement's signature.
    """
    generator = torch.Generator().manual_seed(seed)
    d, width = draw_sizes(generator, 1, 8, 12)[0], draw_sizes(generator, 1, 16, 40)[0]
    model = ConditionalVAE(latent_dim=d, hidden=(width,))
    expect_defaults(model.generate, "ConditionalVAE.generate")
    recorded = remote.make(ConditionalVAE, "recording", model=model)
    generate = _with_course_one_hot(model.generate)
    model.eval()
    n = 1200  # n * d >= 9600 codes: their mean, spread and tails are measured
    labels = torch.arange(10).repeat(n // 10)[torch.randperm(n, generator=generator)]
    own = _own_one_hot(one_hot, labels, 10)
    seeds, drawn = draw_sizes(generator, 2, 0, 2 ** 30), draw_sizes(generator, 1, 1, 40)[0]
    # The generator has drawn numbers before, as one the notebook used already has: z is what it draws next.
    images = generate(labels, generator=remote.make(ConditionalVAE, "generator", seed=seeds[0], drawn=drawn))
    expect_tensor(images, "generate(labels)", shape=(n, 1, 28, 28))
    expect(images.min() >= 0 and images.max() <= 1,
           f"The generated images range from {images.min().item():.2f} to {images.max().item():.2f}: return images "
           "in [0, 1], the Bernoulli means torch.sigmoid(logits), not the decoder's logits.")
    expect(not images.requires_grad, "generate must not record gradients: keep the @torch.no_grad() decorator.")
    decoded = recorded.decoder_inputs()
    expect(len(decoded) == 1 and decoded[0].shape == (n, d + 10),
           "generate must call self.decoder once, on [z ; one_hot(labels)] of shape (n, latent_dim + 10).")
    z, c = decoded[0][:, :d], decoded[0][:, d:]
    expect(_is_one_hot(c, labels, 10, own),
           "The decoder must receive one_hot(labels) of the requested labels: generate decodes each z with its label.")
    tails = (z.abs() > 2).float().mean().item()
    expect(abs(z.mean().item()) < 0.05 and abs(z.std().item() - 1) < 0.05 and 0.035 < tails < 0.056,
           f"The codes have mean {z.mean().item():.2f}, standard deviation {z.std().item():.2f} and "
           f"{100 * tails:.1f}% beyond +-2 (a standard normal: 0, 1 and 4.6%): draw z from the prior N(0, I) "
           "with torch.randn, unchanged (no scaling, no uniform noise).")
    again = [generate(labels[:20], generator=remote.make(ConditionalVAE, "generator", seed=seeds[1]))
             for _ in range(2)]
    expect(all(type(images) is torch.Tensor for images in again) and torch.allclose(*again),
           "Two generators with the same seed gave different images: draw z with "
           "torch.randn(..., generator=generator).")
    expect(not torch.allclose(z, torch.randn(n, d, generator=given.generator(seed=seeds[0]))),
           "z came from the generator's seed started afresh, not from the generator as it was given (it had drawn "
           "numbers already): draw z with torch.randn(len(labels), self.latent_dim, generator=generator); do not "
           "reseed with generator.initial_seed() or draw from the global random state.")
    expect_close(z, torch.randn(n, d, generator=given.generator(seed=seeds[0], drawn=drawn)), "z in generate",
                 "Draw z with exactly torch.randn(len(labels), self.latent_dim, generator=generator).")
    # One generator, two calls (the notebook's cells draw in turn from one): the second call's z is what it draws next.
    shared = remote.make(ConditionalVAE, "generator", seed=seeds[1])
    pair = [generate(labels[:20], generator=shared) for _ in range(2)]
    expect(all(type(images) is torch.Tensor for images in pair) and not torch.equal(*pair),
           "Two calls of generate with one generator gave the same images: the caller's generator must move on as z is "
           "drawn, so that the next call draws new codes. Draw with the generator itself, torch.randn(len(labels), "
           "self.latent_dim, generator=generator), not with a copy of its state (no get_state() and set_state()).")
    expect_close(images, torch.sigmoid(recorded.decoded(decoded[0])), "the generated images",
                 "generate must return torch.sigmoid of the decoder's logits.")
    digits = draw_sizes(generator, 2, 0, 9)
    digits[1] = (digits[0] + 1 + digits[1] % 9) % 10
    same_z = [generate(torch.full((5,), digit), generator=remote.make(ConditionalVAE, "generator", seed=seeds[1]))
              for digit in digits]
    expect(not torch.allclose(same_z[0], same_z[1]),
           f"The same codes decoded with the labels {digits[0]} and {digits[1]} gave the same images: the label must "
           "change the output.")
    # In training mode, with other sizes: generate decodes z ~ N(0, I) all the same
    n_classes, d = draw_sizes(generator, 1, 3, 6)[0], draw_sizes(generator, 1, 3, 8)[0]
    model = ConditionalVAE(latent_dim=d, hidden=(draw_sizes(generator, 1, 8, 24)[0],), n_classes=n_classes)
    recorded = remote.make(ConditionalVAE, "recording", model=model)
    generate = _with_course_one_hot(model.generate)
    model.train()
    n = draw_sizes(generator, 1, 5, 12)[0]
    labels = torch.randint(0, n_classes, (n,), generator=generator, dtype=torch.int32)
    own = _own_one_hot(one_hot, labels, n_classes)
    images = generate(labels, generator=remote.make(ConditionalVAE, "generator", seed=seeds[1]))
    expect(model.training is True,
           "generate switched the model to evaluation mode (self.eval() inside it): the mode is the caller's to set; "
           "a model that generates samples between training steps would go on training in evaluation mode. generate "
           "needs no mode: it decodes z drawn from the prior.")
    expect_every_mode(model, True, "generate switched part of the model (its decoder or one of its layers) to evaluation "
                      "mode and left it there: the mode is the caller's to set, and generate needs none.")
    expect_tensor(images, f"generate with n_classes={n_classes}", shape=(n, 1, 28, 28))
    decoded = recorded.decoder_inputs()[-1]
    expect_close(decoded[:, :d], torch.randn(n, d, generator=torch.Generator().manual_seed(seeds[1])), "z in generate",
                 "Draw z with exactly torch.randn(len(labels), self.latent_dim, generator=generator), in training "
                 "mode too.")
    expect(_is_one_hot(decoded[:, d:], labels, n_classes, own),
           f"With n_classes={n_classes} decode with one_hot(labels, self.n_classes).")
    expect_close(images, torch.sigmoid(recorded.decoded(decoded)), "the generated images",
                 "generate must return torch.sigmoid of the decoder's logits.")
    # Without a generator (its default, None), z comes from torch's global random state, as torch.randn's does.
    expect_follows_global_random(ConditionalVAE, lambda: generate(labels), "generate(labels) without a generator",
                                 "with generator=None, torch.randn(..., generator=None) draws from torch's global "
                                 "random state. Do not make a generator of your own (seeded or not) when none is given.")
    # A confident decoder (logits of about +-50): the images are sigmoid(logits) as they are, pixels of 0 and 1.
    recorded.scale_logits(50.0)
    images = generate(labels, generator=remote.make(ConditionalVAE, "generator", seed=seeds[1]))
    expect_close(images, torch.sigmoid(recorded.decoded(recorded.decoder_inputs()[-1])),
                 "the generated images of a confident decoder (logits of about +-50)",
                 "generate must return torch.sigmoid of the decoder's logits and nothing more: for a confident decoder "
                 "its pixels are 0 and 1. Do not clamp, rescale or round the probabilities.")
    recorded.scale_logits(None)
    # In evaluation mode (a trained model, as load_checkpoint returns it): generate leaves it there.
    model.eval()
    generate(labels, generator=remote.make(ConditionalVAE, "generator", seed=seeds[1]))
    expect_every_mode(model, False, "generate switched a model in evaluation mode (or part of it) to training mode: "
                      "self.train() at its end, after a self.eval(), puts a trained model back in training mode. The "
                      "mode is the caller's to set, and generate needs none.")
    # A label out of range is refused, as one_hot refuses it: generate must not turn it into another class.
    try:
        generate(torch.tensor([0, n_classes]), generator=remote.make(ConditionalVAE, "generator", seed=seeds[1]))
        accepted = True
    except Exception:  # noqa: BLE001 (whichever error: your one_hot's own are graded by its checks)
        accepted = False
    expect(not accepted, f"generate accepted the label {n_classes} with n_classes={n_classes}: an out-of-range label "
                         "must raise, as one_hot raises for it. Do not wrap the labels into range (labels % n_classes "
                         "quietly generates another class): encode them as they are, one_hot(labels, self.n_classes).")
    # After training-mode forward passes (a model between training steps): z still comes from the prior N(0, I) as
    # drawn, not rescaled by statistics of the codes that training saw (a running mean or std of mu).
    model.train()
    forward = _with_course_one_hot(model.forward)
    images = torch.rand(16, 1, 28, 28, generator=generator)
    try:
        for _ in range(20):
            forward(images, torch.randint(0, n_classes, (16,), generator=generator))
    except Exception:  # noqa: BLE001 (a forward that fails is charged by cvae_forward, not here)
        pass
    else:
        recorded.clear()
        generate(labels, generator=remote.make(ConditionalVAE, "generator", seed=seeds[1]))
        decoded = recorded.decoder_inputs()
        expect(len(decoded) == 1 and torch.allclose(decoded[0][:, :d],
                                                    torch.randn(n, d, generator=torch.Generator().manual_seed(seeds[1])),
                                                    atol=1e-5, rtol=1e-4),
               "After 20 forward passes in training mode, generate decoded codes other than torch.randn(len(labels), "
               "self.latent_dim, generator=generator): z must come from the prior N(0, I) as drawn, whatever the model "
               "has seen. Do not scale or shift it by statistics of the training codes (a running mean or std of mu "
               "kept in a buffer): the cVAE's prior is N(0, I), which the KL term pulls the codes towards.")
    # The images are in the model's dtype: a float32 cVAE gives float32 images (twice the memory in float64, and
    # torch.cat or a comparison with float32 images then changes dtype).
    images = generate(labels, generator=remote.make(ConditionalVAE, "generator", seed=seeds[1]))
    expect(type(images) is torch.Tensor and images.dtype == torch.float32,
           f"generate of a float32 cVAE returned {images.dtype if type(images) is torch.Tensor else type(images).__name__} "
           "images, expected float32: return torch.sigmoid(logits) in the decoder's dtype, with no .double() (or "
           ".to(torch.float64)) on the way.")
    passed("generate decodes z ~ N(0, I) with the requested labels into images in [0, 1]")


# ---------------------------------------------------------------- train_step

@functools.cache
def _mnist(split):
    """MNIST `split`: given's cached uint8 images (the grader keeps one copy; images_to_float on what is drawn)
    and the labels."""
    from vaecourse.data import load_mnist

    return given._mnist_uint8(split), load_mnist(split)[1]


def _floats(values) -> bool:
    return type(values) in (tuple, list) and len(values) == 3 and all(type(value) is float for value in values)


def _loss(model, x, labels, noise_seed):
    """The negative ELBO of a given.ConditionalVAE on (x, labels), z sampled with a fixed noise: the same
    number for the same weights."""
    model.train()
    model.noise.manual_seed(noise_seed)
    with torch.no_grad():
        logits, mu, logvar = model(x, labels)
        return negative_elbo(logits, x, mu, logvar)[0].item()


def train_step(train_step, seed=12):
    """Check train_step: three floats before the update, one SGD step on reconstruction + beta * kl, zero_grad; 40 Adam steps lower the loss.

    It trains a given, correct conditional VAE (in your kernel when graded), reads its weights back and
    compares them with the step the check takes itself: your ConditionalVAE is graded by its own checks.
    Also: the default arguments of the statement's signature.
    """
    expect_defaults(train_step, "train_step")
    generator = torch.Generator().manual_seed(seed)
    images, classes = _mnist("train")
    d, width = draw_sizes(generator, 1, 2, 5)[0], draw_sizes(generator, 1, 16, 40)[0]
    B = draw_sizes(generator, 1, 12, 24)[0]
    beta = round(0.2 + 1.6 * torch.rand(1, generator=generator).item(), 2)
    beta = beta if abs(beta - 1) > 0.1 else 0.5  # beta must matter
    recipe = dict(latent_dim=d, hidden=[width], seed=_seed(generator), spare=1000.0)
    model = remote.make(train_step, "conditional_vae", **recipe)
    optimizer = remote.make(train_step, "optimizer", model=model, kind="SGD", lr=1e-3)
    reference = given.conditional_vae(**recipe)
    index = torch.randint(0, len(images), (B,), generator=generator)
    x, labels = images_to_float(images[index]), classes[index]
    # reference: the twin of the kernel's copy (the same weights, the same noise)
    expect_exact_steps(lambda: train_step(model, optimizer, x, labels, beta), model, optimizer, reference,
                       given.optimizer(model=reference, kind="SGD", lr=1e-3), lambda: reference(x, labels), x, beta,
                       called="model(x, labels)")
    # A saturated decoder (logits of about 60, on black pixels): the loss is negative_elbo's, finite for any logit.
    recipe = dict(latent_dim=d, hidden=[width], seed=_seed(generator), saturated=60.0)
    model = remote.make(train_step, "conditional_vae", **recipe)
    values = train_step(model, remote.make(train_step, "optimizer", model=model, kind="SGD", lr=1e-6), x, labels, beta)
    logits, mu, logvar = given.conditional_vae(**recipe)(x, labels)
    expected = [part.item() for part in negative_elbo(logits, x, mu, logvar, beta)]
    expect(type(values) in (tuple, list) and len(values) == 3 and all(type(value) is float and math.isfinite(value)
                                                             and abs(value - wanted) <= 1e-4 * abs(wanted) + 1e-3
                                                             for value, wanted in zip(values, expected)),
           f"For a decoder whose logits are about 60 (a saturated decoder), train_step returned {values!r}, expected "
           f"{tuple(round(value, 2) for value in expected)}: compute the loss with negative_elbo of notebook 04 "
           "(binary_cross_entropy_with_logits), which is stable for any logit; log(sigmoid(l)) and log(1 - "
           "sigmoid(l)) written out give inf once sigmoid rounds to 0 or 1.")
    # 40 Adam steps over 4 batches: the loss of the weights read back must fall
    recipe = dict(latent_dim=4, hidden=[64], seed=_seed(generator))
    model = remote.make(train_step, "conditional_vae", **recipe)
    optimizer = remote.make(train_step, "optimizer", model=model, kind="Adam", lr=3e-3)
    index = torch.randperm(len(images), generator=generator)[:256]
    x, labels = images_to_float(images[index]), classes[index]
    for step in range(40):
        batch = slice(step % 4 * 64, (step % 4 + 1) * 64)
        expect(_floats(train_step(model, optimizer, x[batch], labels[batch])),
               "train_step must return a tuple of three Python floats (use .item()).")
    expect_every_mode(model, True, "train_step left the model, or part of it (its encoder, its decoder or one of their "
                      "layers), in evaluation mode: the caller puts the whole model in training mode, and every later "
                      "step must find it so. Do not call .eval() on any part of it in train_step.")
    trained = given.conditional_vae(**recipe)
    noise = _seed(generator)
    before = _loss(trained, x, labels, noise)
    trained.load_state_dict(remote.inspect(model, "state"))
    after = _loss(trained, x, labels, noise)
    expect(after < before - 50,
           f"40 steps of train_step did not lower the loss on their 256 images (from {before:.1f} to {after:.1f} nats "
           "per image): call optimizer.zero_grad(), total.backward() and optimizer.step() in every step.")
    # A part the caller froze stays frozen: train_step trains what requires gradients, as the caller set it.
    recipe = dict(latent_dim=d, hidden=[width], seed=_seed(generator))
    model = remote.make(train_step, "conditional_vae", **recipe)
    model.decoder.requires_grad_(False)
    optimizer = remote.make(train_step, "optimizer", model=model, kind="SGD", lr=1e-2)
    state = remote.inspect(model, "state")
    train_step(model, optimizer, x[:32], labels[:32])
    kept = remote.inspect(model, "state")
    expect(all(torch.equal(state[key], kept[key]) for key in state if key.startswith("decoder.")),
           "train_step changed the weights of a decoder the caller had frozen (requires_grad_(False)): do not call "
           "model.requires_grad_(True) (or set requires_grad on its parameters); train what the caller lets train.")
    # A loss above 10,000 nats per image (a saturated decoder) is a loss like any other: the step is taken.
    recipe = dict(latent_dim=d, hidden=[width], seed=_seed(generator), saturated=60.0)
    model = remote.make(train_step, "conditional_vae", **recipe)
    optimizer = remote.make(train_step, "optimizer", model=model, kind="SGD", lr=1e-3)
    state = remote.inspect(model, "state")
    values = train_step(model, optimizer, x[:32], labels[:32])
    stepped = remote.inspect(model, "state")
    expect(any(not torch.equal(state[key], stepped[key]) for key in state),
           f"For a finite loss of {values[0] if _floats(values) else values!r} nats per image (a saturated decoder), "
           "train_step took no step: take the step for every finite loss, however large (no threshold such as "
           "total < 1e4).")
    # A large beta (the KL's gradients in the thousands): the step is SGD's on the gradients as backward leaves them.
    recipe = dict(latent_dim=d, hidden=[width], seed=_seed(generator))
    big = float(draw_sizes(generator, 1, 5000, 10_000)[0])
    model = remote.make(train_step, "conditional_vae", **recipe)
    returned = train_step(model, remote.make(train_step, "optimizer", model=model, kind="SGD", lr=1e-3), x[:32],
                          labels[:32], big)
    reference = given.conditional_vae(**recipe)
    logits, mu, logvar = reference(x[:32], labels[:32])
    parts = negative_elbo(logits, x[:32], mu, logvar, big)
    expect(_floats(returned) and all(abs(value - part.item()) <= 1e-4 * abs(part.item()) + 1e-3
                                     for value, part in zip(returned, parts)),
           f"With beta = {big:g} train_step returned {returned!r}, expected "
           f"{tuple(round(part.item(), 2) for part in parts)}: total is reconstruction + beta * kl, as negative_elbo "
           "returns it, for every beta (not reconstruction + kl when beta is above 1).")
    parts[0].backward()
    norm = torch.cat([parameter.grad.flatten() for parameter in reference.parameters()]).norm().item()
    given.optimizer(model=reference, kind="SGD", lr=1e-3).step()
    expect(same_state(remote.inspect(model, "state"), reference.state_dict()),
           f"With beta = {big:g} (gradients of norm {norm:.0f}) train_step's step differs from one SGD step on the "
           "total loss, although ordinary steps matched: train_step changed the gradients before optimizer.step() "
           "(clipping them: clip_grad_norm_, clip_grad_value_, or rescaling them). Step on the gradients of total as "
           "backward() leaves them: clipping is a choice of the caller's training recipe, not part of the step.")
    # beta = 0 (the start of a KL warm-up): one step on the reconstruction, like any other beta.
    recipe = dict(latent_dim=d, hidden=[width], seed=_seed(generator))
    model = remote.make(train_step, "conditional_vae", **recipe)
    train_step(model, remote.make(train_step, "optimizer", model=model, kind="SGD", lr=1e-3), x[:32], labels[:32], 0.0)
    reference = given.conditional_vae(**recipe)
    logits, mu, logvar = reference(x[:32], labels[:32])
    negative_elbo(logits, x[:32], mu, logvar, 0.0)[0].backward()
    given.optimizer(model=reference, kind="SGD", lr=1e-3).step()
    expect(same_state(remote.inspect(model, "state"), reference.state_dict()),
           "With beta = 0 train_step's update differs from one SGD step on the reconstruction, although steps with "
           "other betas matched: train_step treats beta = 0 apart (a second optimizer.step(), another loss). Take "
           "exactly one optimizer.step() on total whatever beta is: beta = 0 is a weight like any other.")
    # Codes at the prior (a KL per image far below 1e-3), with a large beta: the KL's gradient is still part of the step.
    recipe = dict(latent_dim=d, hidden=[width], seed=_seed(generator))
    model = remote.make(train_step, "quiet_conditional_vae", **recipe)
    optimizer = remote.make(train_step, "optimizer", model=model, kind="SGD", lr=1e-3)
    train_step(model, optimizer, x[:32], labels[:32], 1000.0)
    reference = given.quiet_conditional_vae(**recipe)
    logits, mu, logvar = reference(x[:32], labels[:32])
    total, _, kl = negative_elbo(logits, x[:32], mu, logvar, 1000.0)
    total.backward()
    given.optimizer(model=reference, kind="SGD", lr=1e-3).step()
    expect(same_state(remote.inspect(model, "state"), reference.state_dict()),
           f"For codes at the prior (a KL of {kl.item():.1e} nats per image) and beta = 1000, train_step's update "
           "differs from one SGD step on total = reconstruction + beta * kl: the KL's gradient was left out (backward() "
           "on the reconstruction alone when the KL is small?). A small KL still has a gradient, which beta scales: "
           "call total.backward() whatever the KL's value.")
    # The optimizer's settings are the caller's: train_step steps with them and adds none (an "initial_lr" set there
    # becomes the base rate of a learning-rate scheduler the caller makes later, in place of the rate it set).
    optimizer = remote.make(train_step, "optimizer", model=model, kind="SGD", lr=1e-3)
    settings = remote.inspect(optimizer, "settings")
    train_step(model, optimizer, x[:32], labels[:32], beta)
    stepped = remote.inspect(optimizer, "settings")
    changed = sorted({key for old, new in zip(settings, stepped) for key in {*old, *new} if old.get(key) != new.get(key)})
    expect(stepped == settings,
           f"train_step changed the optimizer's settings ({', '.join(changed) or 'its parameter groups'}): they are "
           "the caller's (a warm-up's initial_lr set in the step becomes the base rate of any scheduler made later). "
           "Take the step with optimizer.step() and leave optimizer.param_groups as they are.")
    # A batch of more than 256 images (a larger batch size): one step on the whole batch's loss.
    recipe = dict(latent_dim=d, hidden=[width], seed=_seed(generator))
    index = torch.randint(0, len(images), (draw_sizes(generator, 1, 300, 400)[0],), generator=generator)
    many, many_labels = images_to_float(images[index]), classes[index]
    model = remote.make(train_step, "conditional_vae", **recipe)
    returned = expect_inputs_kept(train_step, "train_step(model, optimizer, x, labels)", model,
                                  remote.make(train_step, "optimizer", model=model, kind="SGD", lr=1e-3),
                                  ("x", many), ("labels", many_labels))
    reference = given.conditional_vae(**recipe)
    logits, mu, logvar = reference(many, many_labels)
    parts = negative_elbo(logits, many, mu, logvar, 1.0)
    parts[0].backward()
    given.optimizer(model=reference, kind="SGD", lr=1e-3).step()
    expect(_floats(returned) and abs(returned[0] - parts[0].item()) <= 1e-4 * abs(parts[0].item()) + 1e-3
           and same_state(remote.inspect(model, "state"), reference.state_dict()),
           f"For a batch of {len(many)} images train_step's loss or step differs from one SGD step on the whole "
           "batch's total: it uses only some of the images past a batch size (x[:256]). Step on every image it is "
           "given, whatever the batch size.")
    # Labels out of range (10 to 15 for 10 classes): an error, as the model's one-hot raises, not labels wrapped.
    model = remote.make(train_step, "conditional_vae", **recipe)
    wrong = labels[:8].clone()
    wrong[draw_sizes(generator, 1, 0, 7)[0]] = 10 + draw_sizes(generator, 1, 0, 5)[0]
    try:
        train_step(model, remote.make(train_step, "optimizer", model=model, kind="SGD", lr=1e-3), x[:8], wrong)
        raised = None
    except Exception as error:  # noqa: BLE001 (the student's error, whatever it is, is judged below)
        raised = error
    expect(raised is not None,
           f"train_step on labels {wrong.tolist()} (one of them out of range for 10 classes) raised nothing: the "
           "model's one-hot encoding refuses such a label, so train_step changed the labels (labels % n_classes, a "
           "clamp) and trained on a wrong digit. A wrong label must be reported: pass the labels to the model as they "
           "are.")
    # The caller's random state: what it draws after a step depends on how it seeded (no torch.manual_seed inside).
    state, drawn = remote.make(train_step, "global_random"), []
    for value in torch.randint(0, 10 ** 6, (2,), generator=generator).tolist():
        state.seed(value)
        train_step(model, remote.make(train_step, "optimizer", model=model, kind="SGD", lr=1e-3), x[:8], labels[:8])
        drawn.append(state.draw(4))
    expect(not torch.equal(drawn[0], drawn[1]),
           "After train_step, torch's global random state draws the same numbers however the caller seeded it: "
           "train_step reseeds it (torch.manual_seed inside), so that every step draws the same noise and the "
           "caller's shuffling repeats. Leave seeding to the caller.")
    # Codes near the prior (a KL per image of 1e-5 to 5e-4): the floats returned are the losses as they are, so that
    # a KL this small shows. The bound, 0.2%, is ten times the spread of float32 KL formulas here.
    recipe = dict(latent_dim=d, hidden=[width], seed=_seed(generator), scale=0.05)
    model = remote.make(train_step, "quiet_conditional_vae", **recipe)
    returned = train_step(model, remote.make(train_step, "optimizer", model=model, kind="SGD", lr=1e-3), x[:32],
                          labels[:32], beta)
    logits, mu, logvar = given.quiet_conditional_vae(**recipe)(x[:32], labels[:32])
    parts = [part.item() for part in negative_elbo(logits, x[:32], mu, logvar, beta)]
    bounds = [1e-4 * abs(parts[0]) + 1e-3, 1e-4 * abs(parts[1]) + 1e-3, 2e-3 * abs(parts[2]) + 1e-8]
    expect(_floats(returned) and all(abs(value - part) <= bound for value, part, bound in zip(returned, parts, bounds)),
           f"For codes near the prior (a KL of {parts[2]:.3e} nats per image) train_step returned {returned!r}, "
           f"expected ({parts[0]!r}, {parts[1]!r}, {parts[2]!r}): the values returned were rounded or cut (round(..., "
           "3), a format, float16), which turns a small KL into 0 or into another number. Return the losses as "
           ".item() gives them, unrounded: round them where you print them, not in train_step.")
    passed(f"train_step returns the losses before the update as floats, takes one step on reconstruction + beta * kl, "
           f"and 40 steps lower the loss from {before:.0f} to {after:.0f} nats per image")


# ---------------------------------------------------------------- recognised_share

def ink_images(digits):
    """Images (N, 1, 28, 28) filled with the value d / 9, which given.InkClassifier recognises as the digit d."""
    return (torch.as_tensor(digits, dtype=torch.float32) / 9).reshape(-1, 1, 1, 1).expand(-1, 1, 28, 28).clone()


def _with_pixel(images, value: float):
    """`images` with its first pixel set to `value`."""
    images[0, 0, 0, 0] = value
    return images


def _share(recognised_share, classifier, images, labels, what):
    try:
        return recognised_share(classifier, images, labels)
    except RuntimeError as error:
        raise AssertionError(
            f"recognised_share failed on {what} with RuntimeError: {error}\nCompare the predicted class of each image "
            "(the argmax over the 10 classes, dim=1: one per image) with its label.") from None


@functools.cache
def _classifier():
    return given.digit_classifier()


def recognised_share(recognised_share, seed=13):
    """Check recognised_share: a float, the right share on a toy classifier, the classifier in eval mode (and left in
    it), images in [0, 1]."""
    from vaecourse.training import predict_digits

    generator = torch.Generator().manual_seed(seed)
    toy = remote.make(recognised_share, "ink_classifier")  # in training mode: recognised_share must switch it
    n = draw_sizes(generator, 1, 11, 19)[0]
    shown = torch.randint(1, 10, (n,), generator=generator)  # never 0: the toy's answer in training mode
    recognised = draw_sizes(generator, 1, n // 2 + 1, n - 2)[0]  # more than half, so that the count of misses differs
    asked = shown.clone()
    asked[recognised:] = (shown[recognised:] + torch.randint(1, 10, (n - recognised,), generator=generator)) % 10
    order = torch.randperm(n, generator=generator)
    shown, asked = shown[order], asked[order]
    share = _share(recognised_share, toy, ink_images(shown), asked, f"{n} images")
    expect(type(share) is float, f"recognised_share must return a Python float (use .item()), not a {type(share).__name__}.")
    modes = toy.modes
    expect(len(modes) > 0 and not any(modes),
           "The classifier ran in training mode (with dropout on): call classifier.eval() first, or use predict_digits.")
    expect(0 <= share <= 1, f"The share is {share}: return a fraction in [0, 1] (divide the count by N).")
    expect(abs(share - recognised / n) < 1e-6,
           f"{recognised} of the {n} images are recognised as their label, but recognised_share returned {share:.3f}: "
           "count the images whose predicted class (argmax over the 10 classes, dim=1) equals the label, and divide by N.")
    for images, problem in [
            (ink_images(shown) * 8 - 4, "values from -4 to 4: raise a ValueError when the images are not in [0, 1] "
                                        "(they look like logits: apply torch.sigmoid first)."),
            (ink_images(shown) - 0.5, "values from -0.5 to 0.5: values below 0 are outside [0, 1] too. Raise a "
                                      "ValueError when any value is below 0 or above 1."),
            (ink_images(shown) * 255, "values up to 255 (pixels not divided by 255): values above 1 are outside "
                                      "[0, 1] too. Raise a ValueError when any value is below 0 or above 1."),
            (_with_pixel(ink_images(shown), 1 + 1e-4), "a pixel of 1.0001: [0, 1] is [0, 1], with no tolerance "
                                                           "(sigmoid probabilities never leave it). Raise a ValueError "
                                                           "when any value is below 0 or above 1."),
            (_with_pixel(ink_images(shown), -1e-4), "a pixel of -0.0001: [0, 1] is [0, 1], with no tolerance. "
                                                   "Raise a ValueError when any value is below 0 or above 1.")]:
        try:
            recognised_share(toy, images, asked)
        except ValueError:
            continue
        raise AssertionError(f"recognised_share accepted images with {problem}")
    # The range is checked whatever the dtype: uint8 pixel bytes (up to 255) and float64 values are images too.
    for images, what in [((ink_images(shown) * 255).round().to(torch.uint8),
                          "uint8 images with values up to 255 (an image file's bytes, not divided by 255)"),
                         (_with_pixel(ink_images(shown).double(), 1.5), "float64 images with a pixel of 1.5")]:
        try:
            outcome = recognised_share(toy, images, asked)
        except ValueError:
            continue
        except Exception as error:  # noqa: BLE001 (the student's error, whatever it is)
            outcome = f"{type(error).__name__}: {error}"
        raise AssertionError(f"For {what} recognised_share gave {outcome!r}, expected a ValueError: the exercise "
                             "refuses values outside [0, 1] whatever the dtype. Check images.min() < 0 or "
                             "images.max() > 1 for every dtype (not only for float32 or floating-point images), "
                             "before classifying them.")
    # Many images, about 60% recognised, the toy already in eval mode
    toy = remote.make(recognised_share, "ink_classifier")
    toy.eval()
    n = draw_sizes(generator, 1, 250, 400)[0]
    shown = torch.randint(0, 10, (n,), generator=generator)
    asked = torch.where(torch.rand(n, generator=generator) < 0.4, (shown + 1) % 10, shown)
    share = _share(recognised_share, toy, ink_images(shown), asked, f"{n} images")
    expect(toy.training is False, "recognised_share left the classifier in training mode (classifier.train() at its "
                                  "end): leave it in eval mode, or as it was given.")
    expected = (shown == asked).float().mean().item()
    expect(type(share) is float and abs(share - expected) < 1e-6,
           f"recognised_share is wrong on {n} images of which {100 * expected:.1f}% are recognised: the share of "
           "images whose predicted class equals their label.")
    # Many more images than any batch (a class's samples of every digit): every batch counts, the share falls from
    # the first images to the last, so that a part of them gives another share.
    n = draw_sizes(generator, 1, 4_500, 6_000)[0]
    shown = torch.randint(0, 10, (n,), generator=generator)
    asked = torch.where(torch.rand(n, generator=generator) < torch.linspace(0.05, 0.8, n), (shown + 1) % 10, shown)
    share = _share(recognised_share, toy, ink_images(shown), asked, f"{n} images")
    expected = (shown == asked).float().mean().item()
    expect(type(share) is float and abs(share - expected) < 1e-6,
           f"recognised_share gives {share!r} on {n} images of which {100 * expected:.1f}% are recognised: count the "
           "recognised images of every batch (correct += ..., not correct = ...), and divide by all N images.")
    cut = draw_sizes(generator, 1, 1, 20)[0]
    error = None
    try:
        recognised_share(toy, ink_images(shown)[:-cut], asked)
    except ValueError as caught:
        error = caught
    expect(error is not None, f"recognised_share accepted {n - cut} images with {n} labels: raise a ValueError.")
    # One value out of [0, 1] in the last of many images: every image is checked, not a sample of them.
    images = ink_images(shown)
    images[-1, 0, 14, 14] = 1.5
    try:
        recognised_share(toy, images, asked)
    except ValueError:
        pass
    else:
        raise AssertionError(f"recognised_share accepted {n} images whose last one has a pixel of 1.5: check every "
                             "image (images.min() and images.max() over the whole tensor), not the first ones only. "
                             "Raise a ValueError when any value is below 0 or above 1.")
    # Over 32,767 recognised and over 32,767 missed (N is not limited): no count overflows a 16-bit integer. One
    # image expanded on the student's side (no memory, no request); the toy classifier reads it without a copy. Its
    # pixels are 1 (a 9), which no rescaling or rounding of the images changes: those are charged on their own.
    n = draw_sizes(generator, 1, 66_000, 70_000)[0]
    recognised = draw_sizes(generator, 1, 32_800, n - 32_800)[0]
    asked = torch.full((n,), 9)
    asked[torch.randperm(n, generator=generator)[recognised:]] = draw_sizes(generator, 1, 0, 8)[0]
    images = remote.make(recognised_share, "repeated_image", value=1.0, count=n)
    share = _share(recognised_share, toy, images, asked, f"{n:,} images")
    expect(type(share) is float and abs(share - recognised / n) < 1e-6,
           f"recognised_share gave {share!r} for {n:,} images of which {recognised:,} are recognised and "
           f"{n - recognised:,} missed ({recognised / n:.6f} expected): a count past 32,767 overflows a 16-bit "
           "integer (sum(dtype=torch.int16)) and wraps around. Count in int64, the default of .sum(), or take "
           "(predicted == labels).float().mean(): N has no limit.")
    # The reference classifier on real test digits
    start = draw_sizes(generator, 1, 0, 9000)[0]
    images = given.mnist_images(split="test", start=start, n=1000)
    labels = _mnist("test")[1][start:start + 1000]
    expected = (predict_digits(_classifier(), images) == labels).float().mean().item()
    real = _share(recognised_share, given.digit_classifier(), images, labels, "1,000 test digits")
    expect(type(real) is float and abs(real - expected) < 1e-6,
           f"On 1,000 test digits with their true labels the share should be the reference classifier's accuracy, "
           f"{expected:.3f}, not {real}.")
    shifted = _share(recognised_share, given.digit_classifier(), images, labels.roll(1), "1,000 test digits")
    expect(type(shifted) is float and shifted < 0.3,
           "With wrong labels the share must be small: count the images recognised as their label.")
    # One label for many images is not one label per image: the lengths differ, which the statement refuses.
    n = draw_sizes(generator, 1, 5, 12)[0]
    shown = torch.randint(0, 10, (n,), generator=generator)
    try:
        recognised_share(toy, ink_images(shown), shown[:1].clone())
    except ValueError:
        pass
    else:
        raise AssertionError(f"recognised_share accepted {n} images with a single label, labels of shape (1,): it was "
                             "compared with every image (broadcast). labels must hold one label per image, "
                             "len(labels) == len(images); raise a ValueError whenever the lengths differ, a single "
                             "label included.")
    # One label more, or one fewer, than images (an off-by-one in the caller's slicing): refused too, not truncated.
    for labels_given in (torch.cat([shown, shown[:1]]), shown[:-1].clone()):
        try:
            recognised_share(toy, ink_images(shown), labels_given)
        except ValueError:
            continue
        raise AssertionError(f"recognised_share accepted {n} images with {len(labels_given)} labels: it cut the "
                             "longer one to the shorter (or compared what it could). The lengths differ by one, "
                             "which is a caller's off-by-one: raise a ValueError whenever len(labels) != len(images), "
                             "whatever the difference.")
    # A classifier whose dropout sits in a submodule (as in any real network): eval mode must reach every layer.
    nested = remote.make(recognised_share, "nested_ink_classifier")
    n = draw_sizes(generator, 1, 11, 19)[0]
    shown = torch.randint(1, 10, (n,), generator=generator)  # never 0: the inner toy's answer in training mode
    shown[0] = 9  # pixels reaching 1: images rescaled to a maximum of 1 are charged by the faint images' case
    share = _share(recognised_share, nested, ink_images(shown), shown, f"{n} images, a classifier with a submodule")
    modes = nested.inner.modes
    expect(len(modes) > 0 and not any(modes) and share == 1.0,
           f"For a classifier whose layers sit in a submodule, recognised_share gave {share!r} for {n} images all "
           "recognised: the submodule ran in training mode (dropout on). Setting classifier.training = False changes "
           "the flag of the top module only; classifier.eval() sets every submodule's mode (or use predict_digits).")
    # The classifier is left in one mode throughout: eval (as predict_digits leaves it) or the caller's, for every
    # submodule. Restoring the top module's flag alone (classifier.training = was) leaves its layers in eval mode
    # under a model that says it trains.
    after = modes_of(nested)
    expect(len(set(after)) == 1,
           "recognised_share left a classifier given in training mode with its own flag in training mode but its "
           "submodule in eval mode (classifier.training = was after classifier.eval()): a caller who goes on training "
           "it trains with dropout off. Put it back with classifier.train(was), which sets every submodule's mode, or "
           "leave it in eval mode.")
    # float64 images (a float64 cVAE's samples) are images in [0, 1] like float32 ones: the statement asks no dtype.
    toy = remote.make(recognised_share, "ink_classifier")
    toy.eval()
    n = draw_sizes(generator, 1, 11, 19)[0]
    shown = torch.randint(0, 10, (n,), generator=generator)
    shown[0] = 9  # pixels reaching 1, as in the nested case
    asked = torch.where(torch.rand(n, generator=generator) < 0.3, (shown + 1) % 10, shown)
    expected = (shown == asked).float().mean().item()
    try:
        share = recognised_share(toy, ink_images(shown).double(), asked)
    except Exception as error:  # noqa: BLE001 (the student's error, whatever it is)
        share = f"{type(error).__name__}: {error}"
    expect(type(share) is float and abs(share - expected) < 1e-6,
           f"For {n} float64 images in [0, 1] ({100 * expected:.1f}% recognised) recognised_share gave {share!r}: "
           "float64 images are images like float32 ones (the exercise asks for values in [0, 1], not a dtype). Do not "
           "refuse or special-case a dtype: check the range only.")
    # Ten images, a square (10, 10) table of logits: each image's class is the argmax of its row (dim=1), as for any N.
    shown = torch.randperm(10, generator=generator)
    while torch.equal(shown[shown], torch.arange(10)):  # a permutation that is its own inverse: rows and columns agree
        shown = torch.randperm(10, generator=generator)
    share = _share(recognised_share, toy, ink_images(shown), shown, "10 images")
    expect(type(share) is float and abs(share - 1.0) < 1e-6,
           f"recognised_share gave {share!r} for 10 images all recognised as their labels (1.0 expected): with 10 "
           "images the logits are a square (10, 10) table, and the class of each image is the argmax of its row, "
           "argmax(dim=1), whatever N is (argmax over dim=0 picks an image for each class).")
    # Faint images (no pixel reaches 1): the classifier judges the images as given, not rescaled to a maximum of 1.
    n = draw_sizes(generator, 1, 11, 19)[0]
    shown = torch.randint(1, 8, (n,), generator=generator)
    shown[0] = 7  # the brightest image's ink is 7/9
    share = _share(recognised_share, toy, ink_images(shown), shown, f"{n} faint images")
    expect(type(share) is float and abs(share - 1.0) < 1e-6,
           f"For {n} images whose pixels reach 7/9 at most, all recognised as their labels, recognised_share gave "
           f"{share!r} (1.0 expected): the images were changed before the classifier saw them (divided by their "
           "maximum?). Images in [0, 1] are the classifier's input as they are: do not rescale them.")
    # Images whose ink lies within 1/510 of the toy's boundary between two digits, on the side of the label: the
    # classifier judges the values as given. Rounded to 1/255 (as 8-bit files) they fall on the other side.
    n = draw_sizes(generator, 1, 11, 19)[0]
    lower = torch.tensor([0, 2, 3, 5, 6, 8])[torch.randint(0, 6, (n,), generator=generator)]  # not 1, 4, 7: ties
    boundary = (lower.double() + 0.5) / 9  # round(255 * boundary) is below it for 0, 3, 6 and above it for 2, 5, 8
    below = (255 * boundary).round() / 255 < boundary
    shift = torch.where(below, 1.0, -1.0) * 3e-4  # 9.5e-4 from the grid point: rounding takes the ink there
    ink = (boundary + shift).float()
    shown = torch.where(below, lower + 1, lower)
    share = _share(recognised_share, toy, ink.reshape(-1, 1, 1, 1).expand(-1, 1, 28, 28).clone(), shown,
                   f"{n} images near the boundaries")
    expect(type(share) is float and abs(share - 1.0) < 1e-6,
           f"For {n} images that the classifier recognises as their labels, each within 1/510 of a boundary between "
           f"two classes, recognised_share gave {share!r} (1.0 expected): the images were changed before the "
           "classifier saw them (rounded to multiples of 1/255, as 8-bit image files hold them?). The images are the "
           "classifier's input as they are: pass them to it unchanged.")
    # Images with NaN pixels (a diverged decoder's samples): refused (ValueError) or counted among the N images.
    n = draw_sizes(generator, 1, 11, 19)[0]
    shown = torch.randint(1, 10, (n,), generator=generator)  # never 0: the toy's class for a NaN image
    images = ink_images(shown)
    broken = draw_sizes(generator, 1, 2, 4)[0]
    images[-broken:, 0, 5, 5] = float("nan")
    expected = (predict_digits(given.ink_classifier(), images) == shown).float().mean().item()
    try:
        share = recognised_share(toy, images, shown)
    except ValueError:
        share = None
    except Exception as error:  # noqa: BLE001 (the student's error, whatever it is)
        share = f"{type(error).__name__}: {error}"
    expect(share is None or (type(share) is float and abs(share - expected) < 1e-6),
           f"For {n} images of which {broken} hold a NaN pixel recognised_share gave {share!r}, expected {expected:.3f} "
           f"(the {n - broken} others recognised, out of all {n}) or a ValueError: the share is over all N images. "
           "Do not drop the images with NaN (that hides a generator's failure behind a higher share): refuse them "
           "with a ValueError (NaN is not in [0, 1]), or count them like any image.")
    passed("recognised_share counts the images recognised as their label, with the classifier in eval mode")


# ---------------------------------------------------------------- the trained cVAE

def _decoder_of(state, n_classes=10):
    """A DenseDecoder loaded with the trained decoder's weights, or None if they are laid out otherwise."""
    from vaecourse.models import DenseDecoder

    weights = {name[len("decoder."):]: value for name, value in state.items() if name.startswith("decoder.")}
    layers = sorted({int(name.split(".")[1]) for name in weights if name.startswith("body.")})
    try:
        shapes = [tuple(weights[f"body.{layer}.weight"].shape) for layer in layers]
        if not shapes or shapes[-1][0] != 784 or shapes[0][1] <= n_classes:
            return None
        decoder = DenseDecoder(shapes[0][1], tuple(shape[0] for shape in shapes[:-1]))  # input: [z ; one-hot]
        decoder.load_state_dict(weights)
    except (KeyError, RuntimeError, IndexError):
        return None
    return decoder.eval()


def generation_target(cvae, one_hot, ConditionalVAE, train_step, seed=14):
    """Check that your cVAE with a 2-D latent space generates the requested digits (the target is lower while grading).

    The images are generated here from your trained decoder's weights when it is a DenseDecoder (else by
    your generate), and judged here by the reference classifier. One mistake, one charge: a cVAE that misses the
    target is not charged here when one_hot, ConditionalVAE or train_step fails its own check.
    """
    from vaecourse.runtime import fast_mode
    from vaecourse.training import predict_digits

    generator = torch.Generator().manual_seed(seed)
    target = 0.85 if fast_mode() else 0.99
    asked = torch.arange(10).repeat_interleave(100 if fast_mode() else 500)
    z_seed = _seed(generator)
    cvae = remote.fetch(cvae)  # in grading: a handle to the kernel's model, whose weights and methods we can read
    decoder = _decoder_of(remote.inspect(cvae, "state"))
    if decoder is not None:
        latent_dim = decoder.body[0].in_features - 10
        expect(latent_dim == 2, f"cvae has a {latent_dim}-D latent space: train it with ConditionalVAE(latent_dim=2).")
        z = torch.randn(len(asked), latent_dim, generator=torch.Generator().manual_seed(z_seed))
        with torch.no_grad():
            generated = torch.sigmoid(decoder(torch.cat([z, F.one_hot(asked, 10).float()], dim=1)))
    else:
        generated = cvae.generate(asked, generator=remote.make(cvae, "generator", seed=z_seed))
        expect_tensor(generated, "cvae.generate(labels)", shape=(len(asked), 1, 28, 28))
        expect(generated.min() >= 0 and generated.max() <= 1, "cvae.generate must return images in [0, 1].")
    share = (predict_digits(_classifier(), generated) == asked).float().mean().item()
    own = ((globals()["one_hot"], (one_hot,)), (cvae_forward, (ConditionalVAE, one_hot)),
           (cvae_generate, (ConditionalVAE, one_hot)), (globals()["train_step"], (train_step,)))
    charged = [check.__name__ for check, arguments in own if share < target and fails_own_check(check, *arguments, seed=seed)]
    if charged:
        passed(f"{100 * share:.1f}% of the generated digits recognised, not charged here: test_{charged[0]} charges "
               "the mistake already")
        return
    expect(share >= target,
           f"The reference classifier recognises {100 * share:.1f}% of your generated digits as the requested class; "
           f"the reference solution reaches at least {100 * target:.0f}% with the same budget. Check that the decoder "
           "receives the label, that generate decodes z ~ N(0, I) with it, and train_step.")
    passed(f"{100 * share:.1f}% of the generated digits are recognised as the requested class (target {100 * target:.0f}%)")


from vaecourse.checks import guard_torch_settings  # noqa: E402 (last: it wraps every check above)

guard_torch_settings(globals())
