"""The checks of notebook 02 (the encoder).

Each check takes the student's functions or classes and a `seed` for its inputs (the notebook uses the
default; grading uses a secret one, vaecourse.remote). Modules the student's classes build are read
through `remote.inspect`, which works the same on a local module and on one in the student's kernel.
"""

import torch
import torch.nn.functional as F

from vaecourse.checks import (_flat_orders, _reparametrised, _value_by_value, aligned, call, describe_layer,
                              draw_sizes, expect, expect_activation_between, expect_all_trainable, expect_close,
                              expect_defaults, expect_dense, expect_draws_nothing, expect_every_mode,
                              expect_float64_kept, expect_grads_kept,
                              expect_hidden_list_kept, expect_large_batch_as_rows, expect_mode_kept, expect_not_affine,
                              expect_parameter_counts, expect_rows_independent, expect_seeded_by_caller, expect_tensor,
                              expect_true_gradient, expect_true_parameter_gradients,
                              far_log_variances, given, layer_values, loose_parameters, modes, outputs_around_a_step,
                              passed, unpadded, without_gradient)
from vaecourse import remote
from vaecourse.remote import inspect


def _expect_two_outputs(out, what: str, batch: int, latent_dim: int, float32: bool = False) -> None:
    """forward's (mu, logvar) of shape (batch, latent_dim); float32: also in float32 (the shapes checks, for float32
    images: once per network, not in every check)."""
    expect(type(out) is tuple and len(out) == 2, "forward must return a tuple (mu, logvar).")
    expect_tensor(out[0], f"mu of {what} for B = {batch}", shape=(batch, latent_dim))
    expect_tensor(out[1], f"logvar of {what} for B = {batch}", shape=(batch, latent_dim))
    expect(not float32 or out[0].dtype == out[1].dtype == torch.float32,
           f"{what} returned mu and logvar in {out[0].dtype} and {out[1].dtype} for float32 images: an encoder built "
           "as the statement says computes in float32 (no torch.set_default_dtype(torch.float64), which also changes "
           "every tensor the rest of the notebook makes, and no .double() or float64 tensors inside it).")


def split_mean_logvar(split_mean_logvar, seed=10):
    """Check split_mean_logvar: shapes (B, d), mean first, log-variance second, split along the features."""
    generator = torch.Generator().manual_seed(seed)
    cases = [(3, 2, torch.arange(12.0).reshape(3, 4))]  # B = 3 rows, 2d = 4 columns: easy to read
    for B, d in [(1, 1), *zip(draw_sizes(generator, 2, 2, 7), draw_sizes(generator, 2, 3, 9))]:
        cases.append((B, d, torch.randn(B, 2 * d, generator=generator)))
    for B, d, h in cases:
        out = split_mean_logvar(h)
        expect(type(out) is tuple and len(out) == 2, "split_mean_logvar must return a tuple (mu, logvar).")
        mu, logvar = out
        expect_tensor(mu, f"mu for B = {B}, d = {d}", shape=(B, d))
        expect_tensor(logvar, f"logvar for B = {B}, d = {d}", shape=(B, d))
        expect_close(mu, h[:, :d], f"mu for B = {B}, d = {d}",
                     "mu must be the FIRST half of every row: the first d columns (split along dim=1, not dim=0; "
                     "not every other column).")
        expect_close(logvar, h[:, d:], f"logvar for B = {B}, d = {d}", "logvar must be the SECOND half of every row.")
    # A collapsing or exploding encoder's log-variances, far from 0: the halves are h's values as they are (a clamp
    # would also stop the gradient that brings them back).
    h = torch.cat([torch.randn(1, 4, generator=generator), far_log_variances(generator)[None]], dim=1)
    mu, logvar = split_mean_logvar(h)
    expect_close(logvar, h[:, 4:], f"logvar for the log-variances {[round(v) for v in h[0, 4:].tolist()]}",
                 "logvar must be the second half of h exactly as it is, whatever its values: do not clamp or rescale it "
                 "(the KL and the sampling take any log-variance, and a clamp stops its gradient).")
    # float64 features stay float64 (a model converted with .double() computes in float64).
    h = torch.randn(3, 4, dtype=torch.float64, generator=generator)
    mu, logvar = split_mean_logvar(h)
    expect(mu.dtype == logvar.dtype == torch.float64,
           f"split_mean_logvar of float64 features returned {mu.dtype} and {logvar.dtype}: keep the dtype of h (no "
           ".float()): the halves are slices of h, as they are.")
    # The head's output must learn through both halves.
    h = torch.randn(4, 6, generator=generator).requires_grad_()
    mu, logvar = split_mean_logvar(h)
    expect(mu.requires_grad and logvar.requires_grad,
           "mu or logvar carries no gradient to the head's output h: split h with slicing or torch.chunk, without "
           ".detach(), torch.no_grad() or a copy through NumPy, so that the head learns.")
    (mu.sum() + 2 * logvar.sum()).backward()
    expect(h.grad is not None and torch.allclose(h.grad, torch.cat([torch.ones(4, 3), 2 * torch.ones(4, 3)], dim=1)),
           "The gradients of mu and logvar do not reach the head's output h one for one: split h with slicing or "
           "torch.chunk, without .detach(), torch.no_grad() or a copy through NumPy, so that the head learns.")
    # A diverged head's NaN and infinite log-variances: the split passes them on as they are, for the loss to show.
    h = torch.randn(2, 6, generator=generator)
    h[0, 3], h[0, 4], h[1, 5] = float("nan"), float("inf"), float("-inf")
    mu, logvar = split_mean_logvar(h)
    expect(type(logvar) is torch.Tensor and logvar.shape == (2, 3)
           and bool(torch.isclose(logvar, h[:, 3:], equal_nan=True).all()),
           "logvar must be the second half of h as it is, NaN and infinities included: for a row whose log-variances "
           "are nan, inf and -inf, logvar holds other values. Do not replace them (torch.nan_to_num turns a NaN into "
           "0, a variance of 1, and hides an encoder whose training diverged): slice h, and nothing more.")
    # Features that record no graph (an evaluation under torch.no_grad(), detached features): neither do the halves.
    h = torch.randn(3, 4, generator=generator)
    mu, logvar = split_mean_logvar(h)
    expect(not mu.requires_grad and not logvar.requires_grad,
           "split_mean_logvar of features h that do not require gradients returned mu or logvar that do: it made "
           "them a new leaf (h.detach().requires_grad_()) or turned gradients on. Whether the halves carry a "
           "gradient is h's to say: slice h as it is (a head's output keeps its graph to the head; features computed "
           "under torch.no_grad() record none, and a later backward() must not stop at a leaf made here).")
    # The same tensor twice, its values changed in place in between (a buffer refilled): nothing kept from the first.
    B, d = draw_sizes(generator, 1, 2, 7)[0], draw_sizes(generator, 1, 3, 9)[0]
    h = torch.randn(B, 2 * d, generator=generator)
    _, second, _ = remote.make(split_mean_logvar, "called_twice", function=split_mean_logvar, scale=-2.0)(h.clone())
    expect(type(second) is tuple and len(second) == 2 and all(type(half) is torch.Tensor for half in second)
           and second[0].shape == second[1].shape == (B, d) and torch.allclose(second[0], -2 * h[:, :d])
           and torch.allclose(second[1], -2 * h[:, d:]),
           "split_mean_logvar called twice on one tensor h, whose values were multiplied by -2 in place in between, "
           "returned the halves of h as it was at the first call: it keeps its results between calls (a cache "
           "keyed by h.data_ptr(), id(h) or the shape). Split h as it is at each call: slice it, and keep nothing.")
    # A batch of one row (one image encoded, a last batch of one): its halves carry the gradient as any batch's do.
    h = torch.randn(1, 2 * d, generator=generator).requires_grad_()
    out = split_mean_logvar(h)
    if type(out) is tuple and len(out) == 2 and all(type(half) is torch.Tensor and half.requires_grad for half in out):
        (out[0].sum() + 2 * out[1].sum()).backward()
    expect(h.grad is not None and torch.allclose(h.grad, torch.cat([torch.ones(1, d), 2 * torch.ones(1, d)], dim=1)),
           "For a batch of one row (B = 1) the gradients of mu and logvar do not reach h one for one (mu or logvar "
           "detached, or computed otherwise, when len(h) == 1): a single image, or a last batch of one, must train "
           "the head like any batch. Split every h the same way, with slicing or torch.chunk, whatever its size.")
    # An empty batch (B = 0): an error is not charged (a split that reshapes with -1 fails there, round 37's
    # ruling), but halves of the wrong width are: d is in h's shape, rows or no rows.
    d = draw_sizes(generator, 1, 2, 9)[0]
    try:
        out = split_mean_logvar(torch.randn(0, 2 * d, generator=generator))
    except Exception:  # noqa: BLE001 (refusing an empty batch is allowed)
        out = None
    shapes = [tuple(half.shape) if type(half) is torch.Tensor else type(half).__name__ for half in out] \
        if type(out) is tuple else None
    expect(out is None or shapes == [(0, d), (0, d)],
           f"For an empty batch h of shape (0, {2 * d}) split_mean_logvar returned halves of shapes {shapes}, expected "
           f"(0, {d}) and (0, {d}): d read from the first row (h[0], which an empty batch does not have, replaced by "
           "0) is not the width of h. Read d from the shape of h, h.shape[1] // 2, which every batch has.")
    # Two tensors of one shape, dtype and first value, other values: the second call's halves are its own h's.
    B, d = draw_sizes(generator, 1, 2, 7)[0], draw_sizes(generator, 1, 3, 9)[0]
    h, other = torch.randn(2, B, 2 * d, generator=generator)
    other[0, 0] = h[0, 0]
    split_mean_logvar(h)
    out = split_mean_logvar(other)
    expect(type(out) is tuple and len(out) == 2 and all(type(half) is torch.Tensor for half in out)
           and out[0].shape == out[1].shape == (B, d) and torch.equal(out[0], other[:, :d])
           and torch.equal(out[1], other[:, d:]),
           "split_mean_logvar called on two tensors of the same shape, dtype and first value, but other values, "
           "returned for the second the halves of the first: it keeps results between calls (a cache keyed by the "
           "shape, the dtype or a few values). Split each h as it is: slice it, and keep nothing.")
    # Splitting draws nothing and reseeds nothing: the caller's random state goes on as it was.
    h = torch.randn(B, 2 * d, generator=generator)
    expect_draws_nothing(split_mean_logvar, lambda: split_mean_logvar(h), 1000 + seed,
                         "split_mean_logvar changed torch's global random state (torch.manual_seed(...) or a draw "
                         "inside it): the caller's next noise (the reparameterisation's) is then the same at every "
                         "step, or another than the caller seeded. Slicing needs no randomness: leave the random state "
                         "alone.")
    # A large batch (128 or more rows, a training batch): its halves carry the gradient as a small batch's do.
    B = draw_sizes(generator, 1, 128, 300)[0]
    h = torch.randn(B, 2 * d, generator=generator).requires_grad_()
    out = split_mean_logvar(h)
    if type(out) is tuple and len(out) == 2 and all(type(half) is torch.Tensor and half.requires_grad for half in out):
        (out[0].sum() + 2 * out[1].sum()).backward()
    expect(h.grad is not None and torch.allclose(h.grad, torch.cat([torch.ones(B, d), 2 * torch.ones(B, d)], dim=1)),
           f"For a batch of {B} rows the gradients of mu and logvar do not reach h one for one (mu or logvar "
           "detached, or computed otherwise, for large batches): a training batch must train the head like any "
           "batch. Split every h the same way, with slicing or torch.chunk, whatever its size.")
    # A very large batch (a test set at once) of large values: its halves are h's, as a small batch's are.
    B = draw_sizes(generator, 1, 4_097, 6_000)[0]
    h = 50 * torch.randn(B, 2 * d, generator=generator)
    out = split_mean_logvar(h)
    expect(type(out) is tuple and len(out) == 2 and all(type(half) is torch.Tensor for half in out)
           and out[0].shape == out[1].shape == (B, d) and torch.equal(out[0], h[:, :d])
           and torch.equal(out[1], h[:, d:]),
           f"For a batch of {B} rows of large values (h = 50 * torch.randn(...)) split_mean_logvar did not return h's "
           "two halves as they are: it clamps, floors or computes otherwise for large batches or large values. "
           "Slice every h the same way, whatever its size and values: mu and logvar are unconstrained.")
    # A wide code (d of 257 to 400 latent units): d is half of h's width, whatever it is.
    d = draw_sizes(generator, 1, 257, 400)[0]
    h = torch.randn(2, 2 * d, generator=generator)
    out = split_mean_logvar(h)
    expect(type(out) is tuple and len(out) == 2 and all(type(half) is torch.Tensor for half in out)
           and out[0].shape == out[1].shape == (2, d) and torch.equal(out[0], h[:, :d])
           and torch.equal(out[1], h[:, d:]),
           f"For h of shape (2, {2 * d}) (d = {d} latent units) split_mean_logvar did not return its two halves of "
           f"{d} columns: d is capped or hard-coded. Read d from the shape of h, h.shape[1] // 2, whatever its size.")
    # float64 features: the halves are h's values exactly, not rounded through float32.
    h = torch.randn(3, 8, dtype=torch.float64, generator=generator)
    out = split_mean_logvar(h)
    expect(type(out) is tuple and len(out) == 2 and all(type(half) is torch.Tensor for half in out)
           and out[0].dtype == out[1].dtype == torch.float64 and torch.equal(out[0], h[:, :4])
           and torch.equal(out[1], h[:, 4:]),
           "For float64 features h split_mean_logvar returned halves that are not h's values exactly: they went "
           "through float32 (.float().double() rounds them to 7 digits). Slice h as it is, in its own dtype.")
    passed("split_mean_logvar splits (B, 2d) into two (B, d), and gradients flow through both")


def count_parameters(count_parameters, seed=12):
    """Check count_parameters: a Python int that counts elements (not tensors) of the trainable parameters."""
    n = count_parameters(given.layers(spec=[["Linear", 3, 4]]))
    expect(type(n) is int, f"count_parameters must return a Python int, not {type(n).__name__}.")
    expect(n == 16, f"nn.Linear(3, 4) has 3 * 4 weights + 4 biases = 16 parameters; count_parameters says {n}. "
           "Count the elements of each tensor (p.numel()), not the tensors.")
    generator = torch.Generator().manual_seed(seed)
    a, b, c = draw_sizes(generator, 3, 2, 9)
    spec = [["Linear", a, b], ["ReLU"], ["Conv2d", 2, c, 3], ["Linear", b, 2]]
    expected = (a * b + b) + (2 * c * 9 + c) + (b * 2 + 2)
    n = count_parameters(given.layers(spec=spec))
    expect(n == expected, f"This model has {expected} parameters; count_parameters says {n}. "
           "Count the elements of each tensor (p.numel()), not the tensors.")
    n = count_parameters(given.layers(spec=spec, double=True))
    expect(n == expected, f"The same model in float64 has the same {expected} parameters; count_parameters says {n!r}. "
           "Count elements (p.numel()), whatever their dtype: bytes (p.nbytes) depend on it.")
    n = count_parameters(given.layers(spec=spec, frozen=[0]))
    expect(n == expected - (a * b + b), f"With its first layer frozen this model has {expected - (a * b + b)} trainable "
           f"parameters; count_parameters says {n}. Count only parameters with requires_grad=True.")
    n = count_parameters(given.layers(spec=spec, frozen=[3]))
    expect(n == expected - (b * 2 + 2), f"With its last layer frozen this model has {expected - (b * 2 + 2)} trainable "
           f"parameters; count_parameters says {n}. Look at requires_grad of every parameter, not of the first one only.")
    n = count_parameters(given.layers(spec=spec, frozen=[0, 2, 3]))
    expect(type(n) is int and n == 0,
           f"A completely frozen model has 0 trainable parameters (a Python int); count_parameters says {n!r}.")
    # Layers of other kinds hold parameters too.
    n = count_parameters(given.layers(spec=[["Linear", a, b], ["LayerNorm", b], ["ConvTranspose2d", 2, c, 3]]))
    expected = (a * b + b) + 2 * b + (2 * c * 9 + c)
    expect(n == expected, f"A model of nn.Linear({a}, {b}), nn.LayerNorm({b}) and nn.ConvTranspose2d(2, {c}, 3) has "
           f"{expected} trainable parameters; count_parameters says {n}. Count every parameter of the model "
           "(model.parameters()), whatever kind of layer holds it.")
    # More parameters than a 16-bit integer holds (a sum in int16 or uint16 wraps).
    wide = draw_sizes(generator, 1, 300, 400)[0]
    sixteen_bits = ("sum in Python integers (sum(p.numel() for p in ...)) or int64, not in an int16 tensor, which holds "
                    "at most 32,767.")
    try:
        n = count_parameters(given.layers(spec=[["Linear", wide, wide]]))
    except Exception as error:  # noqa: BLE001 (the student's error, whatever it is, is the message)
        raise AssertionError(f"count_parameters failed on nn.Linear({wide}, {wide}) ({wide * wide + wide} parameters) "
                             f"with {type(error).__name__}: {error}. Count in a type that holds any count: "
                             f"{sixteen_bits}") from None
    expect(n == wide * wide + wide, f"nn.Linear({wide}, {wide}) has {wide * wide + wide} parameters; count_parameters "
           f"says {n}: {sixteen_bits}")
    # The layers of the notebook's DenseEncoder (two heads of width 2): 395,004, exactly. A count through floats
    # (p.numel() / 1000, a float32 tensor, a mean times a length) rounds there, and int() truncates it to 395,003.
    table = [["Linear", 784, 400], ["ReLU"], ["Linear", 400, 200], ["ReLU"], ["Linear", 200, 2], ["Linear", 200, 2]]
    n = count_parameters(given.layers(spec=table))
    expect(n == 395_004, f"The layers of the notebook's DenseEncoder (784 => 400 => 200, two heads of 2) have 395,004 "
           f"parameters, as its table says; count_parameters says {n!r}. Count in integers: sum(p.numel() for p in "
           "...) of Python ints is exact, while a sum of floats (numel / 1000, a float32 tensor) rounds, and int() "
           "then cuts 395,003.99... down to 395,003.")
    # BatchNorm1d's running statistics are buffers: state the optimiser never updates.
    n = count_parameters(given.layers(spec=[["Linear", a, b], ["BatchNorm1d", b]]))
    expect(n == a * b + 3 * b, f"A model of nn.Linear({a}, {b}) and nn.BatchNorm1d({b}) has {a * b + 3 * b} trainable "
           f"parameters (BatchNorm's weight and bias, 2 * {b}); count_parameters says {n}. Its running mean and "
           "variance are buffers, not parameters: count model.parameters() only, not model.buffers() or the state_dict.")
    # A parameter of the model itself, not of one of its layers (model.children() misses it).
    own = draw_sizes(generator, 1, 2, 9)[0]
    n = count_parameters(given.layers(spec=[["Linear", a, b]], own=own))
    expect(n == a * b + b + own, f"A model of one nn.Linear({a}, {b}) that also holds a parameter of its own of {own} "
           f"elements has {a * b + b + own} trainable parameters; count_parameters says {n}. Count "
           "model.parameters(), which holds the model's own parameters too, not only its layers' (children()).")
    # Tied weights: two layers that share one weight tensor train it once (model.parameters() lists it once).
    n = count_parameters(given.layers(spec=[["Linear", a, a], ["ReLU"], ["Linear", a, a]], tied=[[0, 2]]))
    expect(n == a * a + 2 * a, f"A model of two nn.Linear({a}, {a}) layers that share one weight (tied weights) has "
           f"{a * a + 2 * a} trainable parameters, the shared weight counted once; count_parameters says {n}. Count "
           "model.parameters(), which lists a shared parameter once, not each layer's parameters.")
    # A 0-d parameter (a learned temperature or scale) holds one element: its shape () has no sizes to multiply.
    try:
        n = count_parameters(given.layers(spec=[["Linear", a, b]], scalar=True))
    except Exception as error:  # noqa: BLE001 (reduce over an empty shape raises a TypeError)
        raise AssertionError(f"count_parameters failed on a model that holds a 0-d parameter (shape (), one element), "
                             f"with {type(error).__name__}: {error}. p.numel() counts the elements of any parameter, "
                             "0-d included.") from None
    expect(n == a * b + b + 1, f"A model of one nn.Linear({a}, {b}) that also holds a 0-d parameter (shape (), one "
           f"element) has {a * b + b + 1} trainable parameters; count_parameters says {n!r}. p.numel() counts the "
           "elements of any parameter, 0-d included (a product over an empty shape needs the start value 1).")
    # The same model, counted again after a change: nothing is kept between calls.
    model = remote.make(count_parameters, "layers", spec=[["Linear", a, b]])
    first = count_parameters(model)
    model.requires_grad_(False)
    n = count_parameters(model)
    expect(first == a * b + b and n == 0,
           f"A model of one nn.Linear({a}, {b}) is counted {first!r}, then {n!r} after model.requires_grad_(False), "
           f"expected {a * b + b} then 0: count the model's parameters as they are at each call (nothing kept "
           "between calls, by id(model) or otherwise).")
    # A model in eval mode (a loaded checkpoint) has the same trainable parameters: the mode says nothing of them.
    model = remote.make(count_parameters, "layers", spec=[["Linear", a, b]])
    model.eval()
    n = count_parameters(model)
    expect(n == a * b + b, f"A model of one nn.Linear({a}, {b}) in eval mode is counted {n!r}, expected {a * b + b}: "
           "eval mode changes how some layers compute (dropout, batch norm), not which parameters require gradients. "
           "Count p.numel() of the parameters with requires_grad=True, whatever model.training is.")
    # Counted inside a caller's `with torch.no_grad():` (a report after evaluation): the same trainable parameters,
    # the frozen layer left out as always.
    model = remote.make(count_parameters, "layers", spec=[["Linear", a, b], ["Linear", b, 2]], frozen=[0])
    n, _ = remote.make(count_parameters, "reporting_grad_mode", function=count_parameters, enabled=False)(model)
    expect(n == b * 2 + 2, f"A model of nn.Linear({a}, {b}) (frozen) and nn.Linear({b}, 2) counted inside `with "
           f"torch.no_grad():` is counted {n!r}, expected {b * 2 + 2}: torch.no_grad() stops the recording of "
           "gradients for the computations inside it, and leaves every parameter's requires_grad as it is. Count p.numel() of the parameters with "
           "requires_grad=True, whatever torch.is_grad_enabled() says.")
    # A model between backward() and the optimizer's step: counting reads it, and leaves its gradients as they were.
    recipe = dict(latent_dim=2, hidden=(b,), seed=a)
    model = remote.make(count_parameters, "vae", **recipe, grads=True)
    count_parameters(model)
    expect_grads_kept(model, recipe, "count_parameters changed the model's gradients (.grad; model.zero_grad()): "
                      "counting must not change the model (a caller may count between backward() and the optimizer's "
                      "step).")
    # Layers that start with equal values (two LayerNorms: weights of ones, biases of zeros) are different
    # parameters, each trained on its own.
    n = count_parameters(given.layers(spec=[["Linear", a, b], ["LayerNorm", b], ["ReLU"], ["LayerNorm", b]]))
    expect(n == a * b + 5 * b, f"A model of nn.Linear({a}, {b}) and two nn.LayerNorm({b}) has {a * b + 5 * b} "
           f"trainable parameters; count_parameters says {n}. The two LayerNorms start with equal values (weights of "
           "ones, biases of zeros), yet they are four parameters, each trained on its own: do not merge parameters "
           "by shape or value. model.parameters() already lists each parameter once (a shared, tied one too).")
    # A loaded model: a frozen layer that still holds a .grad from before it was frozen, in eval mode. Counting reads
    # requires_grad, and leaves the mode and what is frozen as they were.
    model = remote.make(count_parameters, "layers", spec=[["Linear", a, b], ["ReLU"], ["Linear", b, 2]], frozen=[0])
    remote.make(count_parameters, "stale_gradients", model=model, seed=seed)
    model.eval()
    n = count_parameters(model)
    expect(n == 2 * b + 2, f"A model of nn.Linear({a}, {b}), frozen, and nn.Linear({b}, 2) has {2 * b + 2} trainable "
           f"parameters; count_parameters says {n!r}. Its frozen layer still holds a .grad from before it was frozen "
           "(freezing does not clear it): whether a parameter trains is p.requires_grad, not whether p.grad is set.")
    expect_every_mode(model, False, "count_parameters switched a model in eval mode (a loaded checkpoint) to training "
                      "mode, or one of its layers (model.train()): the mode is the caller's to set, and does not change "
                      "which parameters are trainable. Counting must only read the model.")
    frozen = [name for name, _, requires_grad in inspect(model, "parameters") if not requires_grad]
    expect(frozen == ["0.weight", "0.bias"],
           f"count_parameters changed which parameters are trainable: the model's frozen parameters were 0.weight and "
           f"0.bias, and after it they are {', '.join(frozen) or 'none'} (model.requires_grad_(True), or "
           "p.requires_grad = ... in the loop): a caller's frozen layer must stay frozen. Counting must only read the "
           "model.")
    # More parameters than float32 counts exactly (2 ** 24 = 16,777,216), an odd number: a float32 total rounds it.
    out = 4096 + 2 * draw_sizes(generator, 1, 0, 7)[0] + 1
    n = count_parameters(given.layers(spec=[["Linear", 4096, out]]))
    expect(n == 4097 * out, f"nn.Linear(4096, {out}) has {4097 * out:,d} parameters; count_parameters says {n!r}: a "
           "float32 total (torch.zeros(()) += p.numel(), torch.tensor(...).sum()) counts integers exactly only up to "
           "2 ** 24 = 16,777,216. Sum in Python integers (sum(p.numel() for p in ...)), which hold any count.")
    # Parameters that are views of one flat buffer (a flat-parameter trainer): each one's storage is the whole
    # buffer, its elements only its own part.
    n = count_parameters(given.flat_layers(spec=[["Linear", a, b], ["ReLU"], ["Linear", b, 2]]))
    expected = (a * b + b) + (2 * b + 2)
    expect(n == expected, f"A model of nn.Linear({a}, {b}) and nn.Linear({b}, 2) whose parameters are views of one "
           f"flat buffer (as a flat-parameter trainer keeps them) has {expected} trainable parameters; "
           f"count_parameters says {n!r}. A parameter's storage (p.untyped_storage(), its nbytes) is the whole "
           "buffer for such a view, not the parameter's own elements: count p.numel(), not the storage's size.")
    # A model in channels-last memory (model.to(memory_format=torch.channels_last), for faster convolutions): its
    # convolutions' weights are not contiguous, and count as many elements as any others. No course model is
    # channels-last, so an error there is allowed (torch's own parameters_to_vector raises, as `view` does: ruled
    # not a mistake since round 12); a wrong count, returned as if right, is not.
    try:
        n = count_parameters(given.channels_last_layers(spec=[["Conv2d", 2, c, 3], ["ReLU"], ["Conv2d", c, 2, 3]]))
    except Exception:  # noqa: BLE001 (a loud failure on a layout the course never makes)
        n = None
    expected = (2 * c * 9 + c) + (c * 2 * 9 + 2)
    expect(n is None or n == expected, f"A model of nn.Conv2d(2, {c}, 3) and nn.Conv2d({c}, 2, 3) moved to channels-last memory "
           f"(model.to(memory_format=torch.channels_last)) has {expected} trainable parameters; count_parameters says "
           f"{n!r}. Its convolutions' weights are not contiguous: p.view(-1) fails on them, and a fallback such as "
           "p.shape[0] counts only their first dimension. Count p.numel(), which counts every element whatever the "
           "memory layout.")
    # A float64 model stays float64: counting reads the model and converts nothing.
    model = remote.make(count_parameters, "layers", spec=[["Linear", a, b]], double=True)
    count_parameters(model)
    dtypes = sorted({str(value.dtype) for value in inspect(model, "state").values()})
    expect(dtypes == ["torch.float64"],
           f"count_parameters changed a float64 model's parameters to {', '.join(dtypes)} (model.float(), .to(...)): "
           "counting must only read the model, whose dtype is the caller's (a model converted with .double()).")
    # Gradients of zero (after zero_grad(set_to_none=False), or a unit that is off for the batch): still trainable.
    model = remote.make(count_parameters, "layers", spec=[["Linear", a, b]])
    remote.make(count_parameters, "stale_gradients", model=model, seed=seed)
    model.zero_grad(set_to_none=False)  # keeps each .grad, filled with zeros
    n = count_parameters(model)
    expect(n == a * b + b, f"A model of one nn.Linear({a}, {b}) whose gradients are zeros (model.zero_grad("
           f"set_to_none=False)) is counted {n!r}, expected {a * b + b}: whether a parameter trains is "
           "p.requires_grad, not the values of p.grad. Count p.numel() of the parameters with requires_grad=True.")
    # Many layers, two of one shape: each its own parameters (nothing merged by name or shape).
    widths = [a, a + 1, a + 2, a + 3, a + 4, a + 4, a + 4]
    spec = [["Linear", i, o] for i, o in zip(widths[:-1], widths[1:])]
    expected = sum(i * o + o for i, o in zip(widths[:-1], widths[1:]))
    n = count_parameters(given.layers(spec=spec))
    expect(n == expected, f"A model of {len(spec)} nn.Linear layers of widths {widths}, the last two of one shape, has "
           f"{expected} trainable parameters; count_parameters says {n!r}. Layers of one shape are different "
           "parameters, each trained on its own: do not merge parameters by name or shape.")
    # A model in training mode stays in training mode.
    model = remote.make(count_parameters, "layers", spec=[["Linear", a, b], ["ReLU"], ["Linear", b, 2]])
    model.train()
    count_parameters(model)
    expect_every_mode(model, True, "count_parameters switched a model in training mode to eval mode, or one of its "
                      "layers (model.eval(), model.train(False)): the mode is the caller's to set, and a training loop "
                      "that counts its model would go on in eval mode. Counting must only read the model.")
    # A layer of one output: its bias holds one element, a parameter like any other.
    n = count_parameters(given.layers(spec=[["Linear", a, 1]]))
    expect(n == a + 1, f"nn.Linear({a}, 1) has {a} weights + 1 bias = {a + 1} trainable parameters; count_parameters "
           f"says {n!r}. A bias of one element is a parameter too: count p.numel() of every parameter with "
           "requires_grad=True, whatever its name or size.")
    # ...and frozen, that bias of one element is frozen like the weight: no trainable parameter at all.
    n = count_parameters(given.layers(spec=[["Linear", a, 1]], frozen=[0]))
    expect(n == 0, f"nn.Linear({a}, 1), frozen (requires_grad=False), has 0 trainable parameters; count_parameters "
           f"says {n!r}: its bias of one element was counted although it is frozen too. Whether a parameter trains is "
           "p.requires_grad alone, whatever its size, shape or whether it is a leaf: count p.numel() of the "
           "parameters with requires_grad=True, and no others.")
    passed("count_parameters counts the elements of the trainable parameters, as a Python int")


def _dense_count(latent_dim, hidden, in_features=784) -> int:
    """Parameters of the specified DenseEncoder (the table of the notebook, as a formula)."""
    widths = [in_features, *hidden]
    body = sum(a * b + b for a, b in zip(widths[:-1], widths[1:]))
    return body + 2 * (widths[-1] * latent_dim + latent_dim)


def _conv_count(latent_dim, channels, hidden) -> int:
    """Parameters of the specified ConvEncoder (the table of the notebook, as a formula)."""
    c1, c2 = channels
    convolutions = (1 * c1 * 4 * 4 + c1) + (c1 * c2 * 4 * 4 + c2)
    return convolutions + (c2 * 7 * 7 * hidden + hidden) + 2 * (hidden * latent_dim + latent_dim)


def dense_shapes(DenseEncoder, seed=21):
    """Check DenseEncoder shapes: mu and logvar are (B, d) for several batch and latent sizes and hidden layers."""
    generator = torch.Generator().manual_seed(seed)
    for B, d in zip([1, *draw_sizes(generator, 2, 2, 9)], draw_sizes(generator, 3, 1, 17)):
        what = f"DenseEncoder(latent_dim={d})"
        _expect_two_outputs(call(DenseEncoder(latent_dim=d), torch.rand(B, 784, generator=generator), what), what, B, d,
                            float32=True)
    for hidden in [(int(draw_sizes(generator, 1, 8, 40)[0]),), (50, 40, 30), ()]:
        what = f"DenseEncoder(latent_dim=3, hidden={hidden})"
        _expect_two_outputs(call(DenseEncoder(latent_dim=3, hidden=hidden), torch.rand(5, 784, generator=generator), what),
                           what, 5, 3)
    _expect_one_unit_code(DenseEncoder, torch.rand(4, 784, generator=generator), "DenseEncoder")
    passed("mu and logvar have shape (B, latent_dim)")


def _expect_one_unit_code(make, x, name: str, hint: str = "") -> None:
    """latent_dim = 1 (any d >= 1, the statement says; the drawn sizes may miss it): mu and logvar stay (B, 1)."""
    what = f"{name}(latent_dim=1)"
    out = call(make(latent_dim=1), x, what, hint)
    shapes = [tuple(v.shape) if type(v) is torch.Tensor else type(v).__name__ for v in out] if type(out) is tuple \
        else type(out).__name__
    expect(shapes == [(len(x), 1)] * 2,
           f"{what} on a batch of {len(x)} returned mu and logvar of shapes {shapes}, expected ({len(x)}, 1) each: a "
           "code of one unit is still a column, (B, d) with d = 1. .squeeze() (or squeeze(-1)) drops that column; "
           "return the heads' outputs as they are.")


def _heads(make, x, what: str) -> None:
    """mu and logvar: different, unconstrained, carrying gradients to every parameter, each of them to the image
    and to every layer but the other head, and exactly what the heads output (nothing applied after them)."""
    encoder = make()
    out = call(encoder, x, what)
    _expect_two_outputs(out, what, len(x), 8)
    mu, logvar = out
    expect(not torch.allclose(mu.detach(), logvar.detach()),
           "mu and logvar are the same numbers: they must come from two different heads (two nn.Linear layers), "
           "or from the two halves of one head of size 2 * latent_dim, not from one shared head of size latent_dim.")
    # Fresh heads may give no negative logvar, or mu of one sign, by chance (about 1 draw in 256): then the output
    # must be exactly its head's, so that a correct encoder never fails these
    expect(bool((logvar < 0).any()) or _is_a_head_output(encoder, x, logvar),
           "Every logvar is positive: logvar is a LOG-variance and must be free to be negative. Do not apply exp, "
           "softplus, ReLU or any activation to the logvar head.")
    expect(bool((mu < 0).any() and (mu > 0).any()) or _is_a_head_output(encoder, x, mu),
           "mu must be unconstrained: no activation on the mu head.")
    expect(bool(logvar.std(dim=0).min() > 0), "logvar must depend on the image: compute it with a head from the features.")
    expect(mu.requires_grad and logvar.requires_grad, "mu and logvar must carry a gradient (they are detached "
           "from the network): do not use .detach(), .data or torch.no_grad() in forward.")
    (mu.sum() + logvar.sum()).backward()
    missing = without_gradient(encoder)
    expect(not missing, f"These parameters receive no gradient from mu and logvar: {missing}. Every layer you "
           "create must be used in forward, and nothing may be detached.")
    for k, name in enumerate(("mu", "logvar")):  # each output alone: through the whole network, to the image
        encoder, image = make(), x.clone().requires_grad_(True)
        output = call(encoder, image, what)[k]
        expect(output.requires_grad, f"{name} carries no gradient: do not use .detach(), .data or torch.no_grad() in forward.")
        output.sum().backward()
        other = "logvar" if name == "mu" else "mu"
        expect(image.grad is not None and bool(image.grad.abs().sum() > 0),
               f"{name} alone sends no gradient back to the image x: it is detached from the network. Compute mu and "
               "logvar from the same features, without .detach(), .data or torch.no_grad().")
        missing = without_gradient(encoder)
        expect(len(missing) <= 2, f"{name} alone sends no gradient to these parameters: {missing}. Only the {other} "
               f"head may be missing: {name} must be computed from the same features as {other}, and nothing may be "
               "detached (no .detach() on the features of one head).")
    _expect_heads_returned(make(), 10_000 * x, what)  # large enough that a clamp or squashing shows


def _expect_same_in_eval_mode(make, x, what: str) -> None:
    """In eval mode forward gives the same mu and logvar as in training mode (the encoders have no dropout or batch
    norm), with their graph: gradients reach the image and every parameter (the caller decides whether to record
    them, with torch.no_grad() around the call)."""
    encoder = make()
    encoder.train()
    expected = call(encoder, x, what)
    _expect_two_outputs(expected, what, len(x), 8)
    encoder.eval()
    image = x.clone().requires_grad_(True)
    out = call(encoder, image, f"{what} in eval mode")
    _expect_two_outputs(out, f"{what} in eval mode", len(x), 8)
    for name, value, wanted in zip(("mu", "logvar"), out, expected):
        expect_close(value.detach(), wanted.detach(), f"{name} of {what} in eval mode",
                     f"In eval mode forward returned another {name} than in training mode for the same images: "
                     "forward computes mu and logvar the same way in both modes, as the heads' outputs (nothing "
                     "depends on self.training: no constant or zero logvar, no other computation when not training).")
    mu, logvar = out
    if mu.requires_grad or logvar.requires_grad:
        (mu.sum() + logvar.sum()).backward()
    missing = without_gradient(encoder)
    expect(image.grad is not None and bool(image.grad.abs().sum() > 0) and not missing,
           "In evaluation mode forward returned mu and logvar without their gradient to the image or to "
           f"{missing or 'the first layers'} (torch.no_grad() or torch.set_grad_enabled(self.training) in forward): "
           "the mode and the gradient mode are independent, and whether to record gradients is the caller's choice "
           "(with torch.no_grad() around the call). Compute forward the same way in both modes.")


def _expect_heads_returned(encoder, x, what: str, in_eval: bool = False) -> None:
    """mu and logvar are the outputs of the last nn.Linear layers (two heads, or units of one joint head), exactly:
    on large inputs, where a tanh, a clamp or any squashing would change them. in_eval: the encoder is in eval mode
    (encode_means, the evaluations), where a clamp or floor applied only when not training shows."""
    mode = " in eval mode" if in_eval else ""
    records, result, error = layer_values(encoder, x, ("Linear",))
    expect(error is None, f"{what}{mode} failed on an input of shape {tuple(x.shape)} with {error}")
    mu, logvar = result
    heads = _head_values(records, mu.shape[1], loose_parameters(encoder, records))
    advice = ((" (a clamp or floor applied when not self.training). forward computes mu and logvar the same way in "
               "both modes: return the heads' outputs unchanged, whatever the mode (an evaluation in eval mode must see "
               "the values training sees).") if in_eval else
              ". Return the heads' outputs unchanged: no tanh, clamp, sigmoid or any function after the heads (mu and "
              "logvar are unconstrained real numbers).")
    for name, value in (("mu", mu), ("logvar", logvar)):
        expect(_matches_a_head(value, heads) or _matches_a_head(value, _functional_heads(encoder, x)),
               f"{'In eval mode ' if in_eval else ''}{name} is not the output of its head as it is: on large inputs "
               f"{name} lies in [{value.min():.3g}, {value.max():.3g}], while the heads (the last nn.Linear layers) "
               f"output other numbers{advice}")


def _functional_heads(encoder, x) -> list:
    """The outputs of every F.linear computed with the encoder's own weights on x (its layers called as modules, or
    a head computed as F.linear(h, self.mu.weight, self.mu.bias), which the layers' hooks never see): a head's output
    as it is, whichever way forward applies it."""
    _, outputs = remote.make(encoder, "recording_linear_calls", model=encoder)(x)
    return [output for output in outputs if type(output) is torch.Tensor and output.dim() == 2]


def _head_values(records, d: int, loose=None) -> list:
    """What the heads output, from layer_values' records: one last nn.Linear of width 2d (a joint head), or the
    outputs of the last two nn.Linear layers. With the encoder's loose parameters (checks.loose_parameters): a head
    plus a trainable bias of its own (an nn.Parameter of its width, added in forward) is the same affine head,
    unconstrained: its output plus each such vector is a head's output too."""
    if records and records[-1][3].dim() == 2 and records[-1][3].shape[1] == 2 * d:
        heads = records[-1:]
    else:
        heads = records[-2:]
    values = [record[3] for record in heads]
    for _, _, _, output in heads:
        if output.dim() == 2:
            values += [output + bias.to(output.dtype) for bias in (loose or {}).values()
                       if bias.is_floating_point() and bias.shape == output.shape[1:]]
    return values


def _matches_a_head(value, heads, tolerance: float = 1e-4) -> bool:
    """Whether `value` is a head's output as it is; of a joint head, any d of its 2d units, in any order (its halves,
    or its even and odd units: the memory order of a network's units is the student's). `tolerance`: relative and
    absolute."""
    for head in heads:
        if head.shape == value.shape and torch.allclose(value, head, rtol=tolerance, atol=tolerance):
            return True
        if value.dim() == 2 and head.dim() == 2 and head.shape == (value.shape[0], 2 * value.shape[1]):
            close = ((value[:, :, None] - head[:, None, :]).abs()
                     <= tolerance + tolerance * head[:, None, :].abs()).all(dim=0)
            if bool(close.any(dim=1).all()):
                return True
    return False


def _is_a_head_output(encoder, x, value) -> bool:
    """Whether `value` (an output of encoder(x)) is exactly what one of its heads gives on x."""
    records, _, error = layer_values(encoder, x, ("Linear",))
    return error is None and (_matches_a_head(value.detach(), _head_values(records, value.shape[1],
                                                                          loose_parameters(encoder, records)))
                              or _matches_a_head(value.detach(), _functional_heads(encoder, x)))


GRADIENT_HINT = ("forward returns the right values but sends back another gradient (0.1 * h + 0.9 * h.detach(), a "
                 "hook or a custom autograd Function that rescales it): training then follows a wrong gradient. "
                 "Compute mu and logvar from the features as they are (self.logvar_head(h)), nothing rescaled or "
                 "detached.")


def _expect_true_gradients(make, x, what: str, generator) -> None:
    """mu and logvar each send back to the image the true derivative of their values (not a rescaled one)."""
    expect_true_gradient(make(), x, what, generator, ("mu", "logvar"), GRADIENT_HINT)


def _expect_nothing_kept(encoder, x, what: str) -> None:
    """forward computes mu and logvar at each call: the same input tensor (one object on the student's side), after
    the weights changed as a training step changes them, gives other outputs (no result kept by x's identity)."""
    before, after = outputs_around_a_step(encoder, x)
    expect(type(after) is tuple and len(after) == 2 and all(
        type(old) is type(new) is torch.Tensor and (old.shape != new.shape or not torch.allclose(old.detach(), new.detach()))
        for old, new in zip(before, after)),
           f"{what} called twice on the same tensor x, its weights changed in between (as a training step changes "
           "them), returned the same mu and logvar: forward keeps a result from an earlier call (a cache keyed by "
           "x, id(x) or x.data_ptr()), and training would learn from stale outputs. Compute mu and logvar from x at "
           "every call, and keep nothing between calls.")


def _expect_weights_kept(encoder, x, what: str, generator) -> None:
    """forward only reads the parameters: weights grown large (as training may leave them, or a loaded checkpoint
    holds) are still the same after a call (no clamp, renormalisation or any in-place change of them in forward)."""
    amount = float(draw_sizes(generator, 1, 20, 40)[0])
    remote.make(encoder, "shifted_weights", model=encoder, amount=amount)
    before = inspect(encoder, "state")
    call(encoder, x, what)
    after = inspect(encoder, "state")
    parameters = {name for name, _, _ in inspect(encoder, "parameters")}  # not buffers (spectral_norm's u, v)
    changed = [name for name, value in before.items() if name in parameters
               and (name not in after or after[name].shape != value.shape or not torch.equal(after[name], value))]
    expect(not changed,
           f"{what}'s forward changed its own parameters: after adding {amount:g} to every weight and bias (large "
           f"weights, as training or a loaded checkpoint may give), one call of forward changed {', '.join(changed[:3])} "
           "(weight.data.clamp_(...), a renormalisation or any in-place change of the parameters in forward). "
           "forward only reads the weights, whatever their values: the optimiser alone changes them, and the "
           "statement's layers have no bound on their weights.")


def _expect_heads_exactly(encoder, x, what: str) -> None:
    """mu and logvar are the heads' outputs to float32 rounding (1e-6), not only to _expect_heads_returned's 1e-4:
    a factor as close to 1 as 1.0001 on a head's output is still a function after the head."""
    records, result, error = layer_values(encoder, x, ("Linear",))
    expect(error is None, f"{what} failed on an input of shape {tuple(x.shape)} with {error}")
    mu, logvar = result
    heads = _head_values(records, mu.shape[1], loose_parameters(encoder, records))
    for name, value in (("mu", mu), ("logvar", logvar)):
        expect(_matches_a_head(value, heads, 1e-6) or _matches_a_head(value, _functional_heads(encoder, x), 1e-6),
               f"{name} is not exactly the output of its head: it differs from what the heads (the last nn.Linear "
               f"layers) output by up to {_head_gap(value, heads):.2g} relative, a factor close to 1 or a small "
               f"change applied to {name} after its head ({name} * 1.0001, {name} + 1e-4...). Return the heads' "
               "outputs as they are, with nothing applied after them: mu and logvar are unconstrained, and the "
               "head's own weights learn any scale.")


def _head_gap(value, heads) -> float:
    """The smallest largest relative difference between `value` and a head's output of its shape (for a message)."""
    gaps = [float(((value - head).abs() / (head.abs() + 1e-6)).max()) for head in heads if head.shape == value.shape]
    return min(gaps, default=float("nan"))


def _expect_same_function_in_eval_mode(encoder, x, what: str) -> None:
    """On inputs of both signs and beyond 1 (standardised images: the encoder is a function of any real x, the
    table's layers do not clamp), forward gives the same mu and logvar in eval mode as in training mode: nothing
    applied to x only when not self.training (x.clamp(0, 1) in eval mode, invisible on pixels in [0, 1])."""
    encoder.train()
    expected = call(encoder, x, what)
    _expect_two_outputs(expected, what, len(x), 8)
    encoder.eval()
    out = call(encoder, x, f"{what} in eval mode")
    _expect_two_outputs(out, f"{what} in eval mode", len(x), 8)
    for name, value, wanted in zip(("mu", "logvar"), out, expected):
        expect(torch.allclose(value.detach(), wanted.detach(), rtol=1e-4, atol=1e-4),
               f"For inputs of both signs and beyond 1 (x = 3 * torch.randn(...), as standardised images are), "
               f"forward returned another {name} in eval mode than in training mode: it changes the input (or "
               "computes otherwise) when not self.training, e.g. x.clamp(0, 1) in eval mode, which pixels in [0, 1] "
               "never show. The encoder is the same function of x in both modes, whatever its values: apply the "
               "table's layers to x as it is, whatever self.training says.")


def _expect_gradients_linear(encoder, x, what: str) -> None:
    """The parameters' gradients scale with the loss: a loss 1024 times larger (a sum over a large batch, a loss
    scaled up) gives gradients 1024 times larger (a power of 2: exact in floating point). A hook that clamps or
    rescales them (p.register_hook(lambda g: g.clamp(-1, 1))) shows. Not read for reparametrised layers (spectral_norm
    changes the weight at each call; charged by the shapes check)."""
    if _reparametrised(encoder):
        return
    grads = []
    for scale in (1.0, 1024.0):
        encoder.zero_grad()
        mu, logvar = call(encoder, x, what)
        (scale * (mu.sum() + logvar.sum())).backward()
        grads.append(inspect(encoder, "grads"))
    changed = [name for name, grad in grads[0].items() if grad is not None and (
        grads[1].get(name) is None or not torch.allclose(grads[1][name], 1024 * grad, rtol=1e-4, atol=1e-6))]
    expect(not changed,
           f"{what}: a loss 1024 times larger gives gradients of {', '.join(changed[:3])} that are not 1024 times "
           "larger: they are clamped or rescaled on their way back (a hook on the parameters, p.register_hook(lambda "
           "g: g.clamp(-1, 1)), or on a layer). Training then follows another gradient than the loss's. Leave the "
           "gradients as backward() computes them: clipping, if any, is the training loop's choice "
           "(torch.nn.utils.clip_grad_norm_), not the encoder's.")


def _expect_no_inference_tensors(encoder, x, what: str) -> None:
    """In eval mode under the caller's torch.no_grad() (an evaluation), forward returns ordinary tensors, not
    inference tensors (torch.inference_mode() inside forward): a caller cannot change those in place or save them
    for a backward outside that mode."""
    encoder.eval()
    quiet = remote.make(encoder, "without_gradients", function=encoder)
    _, inference = remote.make(encoder, "reporting_inference", function=quiet)(x)
    expect(not inference,
           f"{what} in eval mode under torch.no_grad() returned inference tensors: forward runs under "
           "torch.inference_mode() when not training. Such tensors cannot be changed in place or used in a later "
           "computation that records gradients (the caller's, outside that mode). Whether to record gradients is "
           "the caller's choice (torch.no_grad() around the call): compute forward the same way in every mode.")


def _expect_only_parameters_saved(encoder, what: str) -> None:
    """The state_dict holds the table's layers' parameters and nothing else: an extra buffer (register_buffer in
    __init__) adds a key that a checkpoint of the specified encoder lacks, so load_state_dict fails both ways."""
    parameters = {name for name, _, _ in inspect(encoder, "parameters")}
    extra = [name for name in inspect(encoder, "state") if name not in parameters]
    expect(not extra,
           f"{what}'s state_dict holds {', '.join(extra[:3])}, which is not a parameter of its layers (a buffer "
           "registered with self.register_buffer): a checkpoint of the encoder the table specifies then fails to "
           "load into it (missing key), and its checkpoints into the specified encoder (unexpected key). Keep in "
           "the module only the table's layers: compute anything else in forward, or keep it outside the module.")


def _expect_heads_behave(make, x, what: str, seed: int):
    """What every encoder's heads must do, for encoders made by make(): different functions of x, true gradients to
    every parameter, nothing kept between calls or changed in the weights, the heads' outputs returned as they are.
    Returns the encoder it checked in eval mode."""
    _heads(make, x, what)
    _expect_same_in_eval_mode(make, x, what)
    _expect_true_gradients(make, x, what, torch.Generator().manual_seed(seed + 1))
    _expect_nothing_kept(make(), x, what)
    _expect_weights_kept(make(), x, what, torch.Generator().manual_seed(seed + 2))
    evaluating = make()
    evaluating.eval()
    _expect_heads_returned(evaluating, 10_000 * x, what, in_eval=True)
    return evaluating


def dense_heads(DenseEncoder, seed=22):
    """Check DenseEncoder's outputs: mu and logvar are different functions of x, logvar is unconstrained, gradients reach every parameter.

    Also: mu and logvar are the heads' outputs unchanged (no tanh or clamp), and each alone sends a gradient to x and the body.
    Also: each sends back its true derivative (finite differences), and forward keeps nothing between calls.
    Also: every parameter gets its true gradient, and a batch of 10,000 (the course's largest) gives what its rows
    give alone."""
    x = torch.rand(16, 784, generator=torch.Generator().manual_seed(seed))
    evaluating = _expect_heads_behave(lambda: DenseEncoder(latent_dim=8), x, "DenseEncoder(latent_dim=8)", seed)
    _expect_gradients_linear(DenseEncoder(latent_dim=8), x, "DenseEncoder(latent_dim=8)")
    # after the check of linear gradients, which charges a hook that clamps them
    expect_true_parameter_gradients(DenseEncoder(latent_dim=8), x, "DenseEncoder(latent_dim=8)",
                                    torch.Generator().manual_seed(seed + 5))
    _expect_no_inference_tensors(DenseEncoder(latent_dim=8), x, "DenseEncoder(latent_dim=8)")
    # A large batch in eval mode (a test set encoded at once, as encode_means does): the heads' outputs as they are.
    _expect_heads_returned(evaluating, 10_000 * x.repeat(64, 1), "DenseEncoder(latent_dim=8) on 1,024 images",
                           in_eval=True)
    generator = torch.Generator().manual_seed(seed + 4)
    # The test set's 10,000 images encoded at once; narrow layers keep it cheap (the batch size is what counts).
    many = 3 * torch.randn(10_000, 784, generator=generator)
    expect_large_batch_as_rows(lambda: DenseEncoder(latent_dim=8, hidden=(32, 16)), many,
                               "DenseEncoder(latent_dim=8, hidden=(32, 16))")
    passed("mu and logvar are the heads' outputs, unconstrained, and each of them sends a gradient through the whole network")


ACTIVATION_HINT = "Put an activation (ReLU) after every hidden layer, as the table says; the heads read its output."


def _is_activation_between(before, after) -> bool:
    try:
        expect_activation_between(before, after, "")
    except AssertionError:
        return False
    return True


def _expect_no_skip_connection(before, after, what: str) -> None:
    """`after` does not read the activation of `before`'s output plus `before`'s own input: a skip connection where
    the widths are equal (a residual network), which has every shape and parameter count right."""
    if after[2].shape == before[2].shape == before[3].shape and not _is_activation_between(before, after):
        skipped = (after[0], after[1], after[2] - before[2], after[3])
        expect(not _is_activation_between(before, skipped),
               f"{what}: {describe_layer(after)} receives the activation of {describe_layer(before)}'s output plus "
               f"{describe_layer(before)}'s own input: a skip connection (h = h + relu(layer(h)) where the widths are "
               "equal, a residual network). The table has none: each hidden layer, and each head, reads the "
               "activation of the layer before it and nothing else, whatever the widths.")


def _expect_layer_by_layer(encoder, latent_dim, x, first_input, what: str, first: str) -> None:
    """Layer by layer: the first layer reads the images as `first_input` (the pixels in their order), each hidden
    layer reads an activation of the one before, and the heads (the last one or two nn.Linear layers) read an
    activation of the last hidden layer."""
    records, _, error = layer_values(encoder, x)
    expect(error is None, f"{what} failed on an input of shape {tuple(x.shape)} with {error}")
    body = list(records)  # the heads: the last nn.Linear layers of width d or 2d (no hidden layer has these widths here)
    while body and body[-1][1] == "Linear" and body[-1][3].dim() == 2 and body[-1][3].shape[1] in (latent_dim, 2 * latent_dim):
        body.pop()
    heads = records[len(body):]
    expect(len(body) > 0, f"{what} has no hidden layer before its heads: {ACTIVATION_HINT}")
    seen = body[0][2]
    if first_input.dim() == 4 and seen.shape != first_input.shape and unpadded(seen) is not None:
        seen = unpadded(seen)  # zero-padded apart for a convolution of padding 0: the same as its padding=1
    # in any float dtype: a model built in float64 is charged by the shapes check, not again here
    expect(seen.shape == first_input.shape and torch.allclose(seen.double(), first_input.double()),
           f"The first layer, {describe_layer(body[0])}, does not see the images as they are: its input (of shape "
           f"{tuple(seen.shape)}) is not {first}; the pixels are moved or changed. Reshape with {first} and nothing "
           "else: no permute or transpose, and no activation before the first layer.")
    for before, after in [*zip(body[:-1], body[1:]), *((body[-1], head) for head in heads)]:
        _expect_no_skip_connection(before, after, what)  # only where widths are equal (a residual fits)
        expect_activation_between(before, after, ACTIVATION_HINT)


def _expect_heads_read_input(encoder, x, what: str) -> None:
    """With no hidden layer (hidden=()) every nn.Linear layer is a head, and reads the flattened input as it is: on
    inputs of both signs (standardised images, any real x) an activation or clamp applied to x shows. Heads computed
    otherwise than by nn.Linear modules record nothing here (their values are charged by the other checks)."""
    records, _, error = layer_values(encoder, x, ("Linear",))
    expect(error is None, f"{what} failed on an input of shape {tuple(x.shape)} with {error}")
    flat = x.reshape(len(x), -1)
    for record in records:
        seen = record[2]
        expect(seen.shape == flat.shape and torch.allclose(seen.double(), flat.double()),
               f"{what}: with hidden=() the heads read the input as it is (x.reshape(len(x), -1), nothing else), "
               f"but for inputs in [{flat.min():.3g}, {flat.max():.3g}] {describe_layer(record)} receives values in "
               f"[{seen.min():.3g}, {seen.max():.3g}]: an activation, clamp or scaling is applied to x when there is "
               "no hidden layer (the table puts a ReLU after each hidden layer only, and the input may be any real "
               "numbers, standardised images). Apply nothing before the heads.")


def _largest_fall(before, after):
    """How far the activation between two layers falls as its input rises: over the pairs (pre-activation, what the
    next layer receives), paired value by value as expect_activation_between pairs them, the largest drop of the
    output from a smaller pre-activation to a larger one; and the smallest pre-activation. None if not paired."""
    out, inputs = aligned(before[3], after[2])
    if len(out) != len(inputs) or out[0].numel() != inputs[0].numel():
        return None  # charged by expect_activation_between
    for a in _flat_orders(out):
        for h in _flat_orders(inputs):
            if _value_by_value(a, h):
                a, h = a.detach().reshape(-1).double(), h.detach().reshape(-1).double()
                rising = h[a.argsort()]
                return float((rising.cummax(dim=0).values - rising).max()), float(a.min())
    return None


def _expect_rising_activations(encoder, latent_dim, x, what: str) -> None:
    """Each activation rises with its input overall, as ReLU does: the statement allows another activation without
    parameters in ReLU's place (LeakyReLU, ELU, GELU, SiLU, ReLU6, tanh...), and each of those keeps a larger
    pre-activation larger, up to GELU's, SiLU's and Mish's small dip below 0 (at most 0.31). A negative slope or
    alpha (nn.LeakyReLU(-0.1), nn.ELU(alpha=-1.0)) makes it fall over every negative pre-activation, which x with
    large values of both signs reaches."""
    records, _, error = layer_values(encoder, x)
    if error is not None:
        return  # charged by the layer-by-layer check
    body = list(records)
    while body and body[-1][1] == "Linear" and body[-1][3].dim() == 2 \
            and body[-1][3].shape[1] in (latent_dim, 2 * latent_dim):
        body.pop()  # the heads, as in _expect_layer_by_layer
    if not body:
        return  # charged by the layer-by-layer check
    for before, after in [*zip(body[:-1], body[1:]), *((body[-1], head) for head in records[len(body):])]:
        found = _largest_fall(before, after)
        expect(found is None or found[0] <= 0.5,
               f"{what}: the activation between {describe_layer(before)} and {describe_layer(after)} falls as its input "
               f"rises: from pre-activations near {found[1] if found else 0:.3g} up to 0 its output drops by up to "
               f"{found[0] if found else 0:.3g}, so a strongly negative pre-activation gives a larger feature "
               "than a pre-activation of 0 does, the opposite of ReLU (nn.LeakyReLU with a negative slope, nn.ELU "
               "with a negative alpha). "
               "The statement allows another activation without parameters in ReLU's place, one that like ReLU keeps "
               "larger inputs larger: LeakyReLU's slope and ELU's alpha are positive (their defaults, 0.01 and 1.0).")


def dense_architecture(DenseEncoder, seed=23):
    """Check DenseEncoder's architecture: no convolution, the exact number of parameters, both input formats, not affine.

    Also: forward with in_features=794, and layer by layer (the first layer sees x.reshape(len(x), -1), an activation
    between every two layers, the heads read the last hidden layer's).
    Also: the weights follow the caller's torch.manual_seed (the constructor does not seed).
    Also: the default arguments of the statement's signature.
    Also: layer by layer with in_features and every hidden width equal (no skip connection where the widths allow).
    Also: with hidden=() the heads read the input as it is; a hidden width above 512 is built as given; every
    parameter is trainable; a float64 batch of 10,000 rows gives float64 mu and logvar.
    """
    expect_defaults(DenseEncoder, "DenseEncoder")
    generator = torch.Generator().manual_seed(seed)
    encoder = DenseEncoder(latent_dim=2)
    expect_dense(encoder, "DenseEncoder")
    expect(all(modes(encoder)),
           "A new DenseEncoder is in evaluation mode, or part of it (self.eval() in __init__): a new module starts in "
           "training mode, as every torch module does, and the caller sets the mode (model.train(), model.eval()).")
    drawn = dict(latent_dim=draw_sizes(generator, 1, 2, 9)[0], hidden=tuple(draw_sizes(generator, 1, 8, 40)))
    expect_parameter_counts(DenseEncoder, _dense_count,
                            [dict(latent_dim=2, hidden=(400, 200)), drawn, dict(latent_dim=3, hidden=(50, 40, 30)),
                             dict(latent_dim=4, hidden=()), dict(drawn, in_features=784 + 10),
                             dict(latent_dim=3, hidden=(), in_features=784 + 10)], "DenseEncoder",
                            "check the widths of the layers, the biases and the two heads: one Linear + ReLU per "
                            "entry of hidden, from in_features inputs, then the two heads.")
    expect_parameter_counts(DenseEncoder, _dense_count, [dict(latent_dim=2, hidden=(drawn["hidden"][0],) * 3)],
                            "DenseEncoder", "three hidden layers of one width are three layers. Layers kept under "
                            "names made from their widths (a dict) overwrite one another when a width repeats: "
                            "keep them in a list, nn.Sequential(*layers).")
    widening = tuple(sorted(draw_sizes(generator, 3, 8, 40)))
    expect_parameter_counts(DenseEncoder, _dense_count, [dict(latent_dim=2, hidden=widening)], "DenseEncoder",
                            f"hidden={widening} widens: build the layers in the order hidden gives them (not sorted, "
                            "not reversed).")
    wider = dict(drawn, in_features=784 + 10)
    what = f"DenseEncoder(latent_dim={wider['latent_dim']}, hidden={wider['hidden']}, in_features=794)"
    out = call(DenseEncoder(**wider), torch.rand(3, 794, generator=generator), what,
               "Flatten with x.reshape(len(x), -1): an input has in_features values, not always 784.")
    _expect_two_outputs(out, what, 3, wider["latent_dim"])
    images = torch.rand(3, 1, 28, 28, generator=generator)
    mu_4d, logvar_4d = call(encoder, images, "DenseEncoder on (B, 1, 28, 28) images (flatten them first)")
    mu_2d, logvar_2d = call(encoder, images.reshape(3, 784), "DenseEncoder on (B, 784) images")
    expect_close(mu_4d.detach(), mu_2d.detach(), "mu for the same images given as (B, 1, 28, 28) and as (B, 784)",
                 "Flatten row after row: x.reshape(len(x), -1).")
    expect_close(logvar_4d.detach(), logvar_2d.detach(), "logvar for the same images given as (B, 1, 28, 28) and as (B, 784)")
    # Inputs of 0 to 16, not 0 to 1: a smooth activation the statement allows (Softplus) is nearly affine over the
    # small range of pre-activations that images in [0, 1] give, and a midpoint test needs its curvature to show.
    # (Non-negative still: a ReLU on the input alone keeps the network affine there, as it is on images.)
    a, b = 16 * torch.rand(2, 8, 784, generator=generator)
    expect_not_affine(DenseEncoder(latent_dim=2), a, b, "DenseEncoder(latent_dim=2)", ("mu", "logvar"))
    hidden = tuple(draw_sizes(generator, 2, 8, 40))
    images = torch.randn(4, 1, 28, 28, generator=generator)  # both signs: an activation before the first layer shows
    encoder, what = DenseEncoder(latent_dim=3, hidden=hidden), f"DenseEncoder(latent_dim=3, hidden={hidden})"
    _expect_layer_by_layer(encoder, 3, images, images.reshape(4, 784), what, "x.reshape(len(x), -1)")
    expect_seeded_by_caller(DenseEncoder, dict(latent_dim=3, hidden=hidden), what)
    expect_rows_independent(encoder, images, what)
    expect_mode_kept(encoder, images, what)
    width = draw_sizes(generator, 1, 8, 40)[0]  # every width equal: where a skip connection fits
    equal = dict(latent_dim=3, hidden=(width,) * 3, in_features=width)
    x = torch.randn(4, width, generator=generator)
    _expect_layer_by_layer(DenseEncoder(**equal), 3, x, x, f"DenseEncoder(latent_dim=3, hidden={equal['hidden']}, "
                           f"in_features={width})", "x.reshape(len(x), -1)")
    expect_hidden_list_kept(DenseEncoder, "DenseEncoder", hidden)
    _expect_rising_activations(encoder, 3, 50 * images, what)  # pre-activations far below 0
    _expect_only_parameters_saved(encoder, what)
    _expect_heads_read_input(DenseEncoder(latent_dim=3, hidden=()), images, "DenseEncoder(latent_dim=3, hidden=())")
    # A hidden layer wider than 512 (a wide network): built as given. A narrow input keeps it cheap.
    wide = (draw_sizes(generator, 1, 513, 1_000)[0],)
    expect_parameter_counts(DenseEncoder, _dense_count, [dict(latent_dim=2, hidden=wide, in_features=3)],
                            "DenseEncoder", f"the hidden layer has {wide[0]} units, as hidden={wide} asks: use every "
                            "width as it is given, with no cap or rounding.")
    expect_all_trainable(DenseEncoder(latent_dim=2), "DenseEncoder(latent_dim=2)")
    expect_float64_kept(encoder, images, what)  # the last use of `encoder`: it converts it to float64
    # A float64 batch of 10,000 rows (a test set at once, the encoder converted with .double()): narrow, to be cheap
    small = dict(latent_dim=2, hidden=(8,), in_features=5)
    out = call(DenseEncoder(**small).double(), torch.randn(10_000, 5, generator=generator, dtype=torch.float64),
               "DenseEncoder(latent_dim=2, hidden=(8,), in_features=5).double()")
    dtypes = ([o.dtype if type(o) is torch.Tensor else type(o).__name__ for o in out] if type(out) is tuple
              else type(out).__name__)
    expect(type(out) is tuple and all(type(o) is torch.Tensor and o.dtype == torch.float64 for o in out),
           f"DenseEncoder(latent_dim=2, hidden=(8,), in_features=5).double() on a float64 batch of 10,000 rows "
           f"returned mu and logvar in {dtypes}, expected float64 (as it does for a few rows): a result converted "
           "(.float(), .to(torch.float32)) past some batch size. Return the heads' outputs as they are, in the "
           "model's dtype, whatever the batch size.")
    passed(f"DenseEncoder(latent_dim=2) has exactly {_dense_count(2, (400, 200))} parameters, reads both input formats and "
           "in_features values, and has an activation between every two layers")


CONV_HINT = "Check the output size of each convolution: (n + 2 * padding - kernel) // stride + 1."


def _expect_plain_layers(encoder, what: str) -> None:
    """No layer is reparametrised (torch.nn.utils.parametrizations.spectral_norm, the older spectral_norm...): such a
    layer trains one tensor and computes with another made from it (W over its largest singular value), another
    function with the same parameter count, which the checks of each layer's values do not read (no `weight`)."""
    changed = [name for name, _, _ in inspect(encoder, "parameters")
               if ".parametrizations." in f".{name}" or name.endswith("_orig")]
    expect(not changed,
           f"{what}'s layers are reparametrised: its parameters include {', '.join(changed[:2])} "
           "(torch.nn.utils.parametrizations.spectral_norm, weight_norm or another parametrization). Such a layer "
           "computes with another weight than the one it trains (spectral_norm divides it by its largest singular "
           "value): another function, with the same parameter count. The statement's layers are plain nn.Conv2d "
           "and nn.Linear: build them as the table says, with no wrapper.")


def conv_shapes(ConvEncoder, seed=31):
    """Check ConvEncoder shapes: mu and logvar are (B, d) for several batch and latent sizes, channels and widths, from both input formats.

    Also: plain layers (no spectral_norm or other parametrization), read first: a reparametrised layer's outputs
    drift from call to call, which the comparisons of both input formats below are the first to see."""
    _expect_plain_layers(ConvEncoder(latent_dim=2), "ConvEncoder(latent_dim=2)")
    generator = torch.Generator().manual_seed(seed)
    for B, d in zip([1, *draw_sizes(generator, 2, 2, 9)], draw_sizes(generator, 3, 1, 17)):
        what = f"ConvEncoder(latent_dim={d})"
        _expect_two_outputs(call(ConvEncoder(latent_dim=d), torch.rand(B, 1, 28, 28, generator=generator), what, CONV_HINT),
                           what, B, d, float32=True)
    for channels, hidden in [(tuple(draw_sizes(generator, 2, 3, 12)), draw_sizes(generator, 1, 8, 40)[0]), ((4, 6), 10)]:
        what = f"ConvEncoder(latent_dim=3, channels={channels}, hidden={hidden})"
        out = call(ConvEncoder(latent_dim=3, channels=channels, hidden=hidden), torch.rand(5, 1, 28, 28, generator=generator),
                   what, CONV_HINT)
        _expect_two_outputs(out, what, 5, 3)
    images = torch.rand(3, 1, 28, 28, generator=generator)
    encoder = ConvEncoder(latent_dim=4)
    mu_4d, logvar_4d = call(encoder, images, "ConvEncoder on (B, 1, 28, 28) images")
    mu_2d, logvar_2d = call(encoder, images.reshape(3, 784), "ConvEncoder on (B, 784) images (reshape them to (B, 1, 28, 28) first)")
    expect_close(mu_4d.detach(), mu_2d.detach(), "mu for the same images given as (B, 1, 28, 28) and as (B, 784)",
                 "Reshape a (B, 784) batch with x.reshape(len(x), 1, 28, 28).")
    expect_close(logvar_4d.detach(), logvar_2d.detach(), "logvar for the same images given as (B, 1, 28, 28) and as (B, 784)")
    _expect_one_unit_code(ConvEncoder, torch.rand(4, 1, 28, 28, generator=generator), "ConvEncoder", CONV_HINT)
    passed("mu and logvar have shape (B, latent_dim)")


def _conv_layer_shapes(ConvEncoder, channels, hidden, x) -> None:
    c1, c2 = channels
    B = len(x)
    records, error = inspect(ConvEncoder(latent_dim=3, channels=channels, hidden=hidden), "layer_shapes", "Conv2d", x)
    failure = f" before failing with {error}" if error else ""
    expect(len(records) > 0, f"ConvEncoder must apply two nn.Conv2d layers; it applied none{failure}.")
    # (B, 1, 30, 30): the images zero-padded apart (nn.ZeroPad2d(1)) for a convolution of padding 0, the same layer
    expect(records[0][0] in ((B, 1, 28, 28), (B, 1, 30, 30)),
           f"The first convolution receives a tensor of shape {records[0][0]}: "
           f"it must see the images as (B, 1, 28, 28) (reshape the input with x.reshape(len(x), 1, 28, 28)).")
    expect(len(records) == 2, f"ConvEncoder must apply exactly two nn.Conv2d layers; it applied {len(records)}{failure}.")
    expect(records[0][1] == (B, c1, 14, 14), f"The first convolution outputs {records[0][1]}, expected "
           f"{(B, c1, 14, 14)} (28x28 => 14x14): kernel_size=4, stride=2, padding=1, and {c1} channels.")
    expect(records[1][1] == (B, c2, 7, 7), f"The second convolution outputs {records[1][1]}, expected "
           f"{(B, c2, 7, 7)} (14x14 => 7x7): kernel_size=4, stride=2, padding=1, and {c2} channels.")
    expect(error is None, f"ConvEncoder fails after its convolutions: {error}")


def _expect_specified_convolutions(encoder, x, what: str) -> None:
    """Each nn.Conv2d computes what the table's layer computes with its weights, kernel_size=4, stride=2, padding=1
    (no dilation), on the output positions that read no padding (whatever the padding holds: zeros or
    a reflection, a design choice; a padding written apart, nn.ZeroPad2d(1) before a convolution of padding 0, is
    the same layer)."""
    records, _, error = layer_values(encoder, x, ("Conv2d",))
    expect(error is None, f"{what} failed on an input of shape {tuple(x.shape)} with {error}")
    state = inspect(encoder, "state")
    for name, kind, inputs, output in records:
        weight, bias = state.get(f"{name}.weight"), state.get(f"{name}.bias")
        m = output.shape[-1]
        if weight is None or inputs.dim() != 4 or output.dim() != 4 or inputs.shape[-1] not in (2 * m, 2 * m + 2) \
                or weight.shape[-2:] != (4, 4) or m < 3:
            continue  # other shapes are charged by the shape checks
        padding = 1 if inputs.shape[-1] == 2 * m else 0
        expected = F.conv2d(inputs.to(weight.dtype), weight, bias, stride=2, padding=padding)
        expect(expected.shape == output.shape
               and torch.allclose(output[..., 1:-1, 1:-1], expected[..., 1:-1, 1:-1], rtol=1e-4, atol=1e-4),
               f"The convolution `{name}` ({kind}) does not compute nn.Conv2d(c_in, c_out, kernel_size=4, stride=2, "
               "padding=1) with its weights: the shapes are right, but its outputs are other numbers (a dilation, or "
               "another stride and padding, that happens to give the same sizes). Build each convolution "
               "as the table says, with no other argument.")


def conv_architecture(ConvEncoder, seed=32):
    """Check ConvEncoder's architecture: two convolutions on the 28x28 images (28x28 => 14x14 => 7x7), the exact number of parameters, not affine.

    Also: layer by layer, the first convolution sees x.reshape(len(x), 1, 28, 28) (not transposed), and an activation
    comes between every two layers, the heads reading the dense hidden layer's.
    Also: the weights follow the caller's torch.manual_seed (the constructor does not seed).
    Also: the default arguments of the statement's signature, and every parameter trainable.
    """
    expect_defaults(ConvEncoder, "ConvEncoder")
    generator = torch.Generator().manual_seed(seed)
    _conv_layer_shapes(ConvEncoder, (16, 32), 128, torch.rand(4, 1, 28, 28, generator=generator))
    channels, hidden = tuple(draw_sizes(generator, 2, 3, 12)), draw_sizes(generator, 1, 8, 40)[0]
    _conv_layer_shapes(ConvEncoder, channels, hidden, torch.rand(2, 784, generator=generator))
    expect_parameter_counts(ConvEncoder, _conv_count,
                            [dict(latent_dim=2, channels=(16, 32), hidden=128),
                             dict(latent_dim=draw_sizes(generator, 1, 2, 9)[0], channels=channels, hidden=hidden),
                             dict(latent_dim=3, channels=(4, 6), hidden=10),
                             dict(latent_dim=draw_sizes(generator, 1, 9, 16)[0], channels=(3, 12),
                                  hidden=draw_sizes(generator, 1, 2, 8)[0])], "ConvEncoder",
                            "check the channels, kernel sizes, the width of the linear layer and the two heads; "
                            "use the arguments as they are, do not hard-code the sizes or raise one to another (a "
                            "linear layer narrower than the channels or the code is what the caller asked for).")
    a, b = 16 * torch.rand(2, 8, 1, 28, 28, generator=generator)  # 0 to 16: as for DenseEncoder
    expect_not_affine(ConvEncoder(latent_dim=2), a, b, "ConvEncoder(latent_dim=2)", ("mu", "logvar"))
    images = torch.randn(4, 784, generator=generator)  # both signs: an activation before the first layer shows
    encoder = ConvEncoder(latent_dim=3, channels=channels, hidden=hidden)
    what = f"ConvEncoder(latent_dim=3, channels={channels}, hidden={hidden})"
    _expect_layer_by_layer(encoder, 3, images, images.reshape(4, 1, 28, 28), what, "x.reshape(len(x), 1, 28, 28)")
    expect_seeded_by_caller(ConvEncoder, dict(latent_dim=3, channels=channels, hidden=hidden), what)
    expect_rows_independent(encoder, images, what)
    expect_mode_kept(encoder, images, what)
    _expect_specified_convolutions(encoder, images, what)
    expect(all(modes(ConvEncoder(latent_dim=2))),
           "A new ConvEncoder is in evaluation mode, or part of it (self.eval() in __init__): a new module starts in "
           "training mode, as every torch module does, and the caller sets the mode (model.train(), model.eval()).")
    _expect_rising_activations(encoder, 3, 50 * images, what)  # pre-activations far below 0
    _expect_only_parameters_saved(encoder, what)
    expect_all_trainable(ConvEncoder(latent_dim=2), "ConvEncoder(latent_dim=2)")
    # No normalisation layer: the table has none (LocalResponseNorm, BatchNorm... compute with other images' or
    # other channels' values, another function with the same parameter count).
    norms = sorted({classes[0] for _, classes in inspect(encoder, "layers") if "Norm" in classes[0]})
    expect(not norms,
           f"{what} holds {', '.join(norms)}: a normalisation layer the table does not have (it divides each "
           "feature by a statistic of other channels or images, another function with the same parameter count). "
           "Build the layers the table lists, with an activation between every two: nothing else.")
    expect_float64_kept(encoder, images, what)  # last: it converts the encoder to float64
    passed(f"two convolutions 28x28 => 14x14 => 7x7 on the images as they are, exactly {_conv_count(2, (16, 32), 128)} "
           "parameters, and an activation between every two layers")


def conv_heads(ConvEncoder, seed=34):
    """Check ConvEncoder's outputs: mu and logvar are different functions of x, logvar is unconstrained, gradients reach every parameter.

    Also: mu and logvar are the heads' outputs unchanged (no tanh or clamp), and each alone sends a gradient to x and the body.
    Also: each sends back its true derivative (finite differences), and forward keeps nothing between calls.
    Also: every parameter gets its true gradient, and a batch of 10,000 (the course's largest) gives what its rows
    give alone."""
    x = torch.rand(16, 1, 28, 28, generator=torch.Generator().manual_seed(seed))
    _expect_heads_behave(lambda: ConvEncoder(latent_dim=8), x, "ConvEncoder(latent_dim=8)", seed)
    _expect_heads_exactly(ConvEncoder(latent_dim=8), 10_000 * x, "ConvEncoder(latent_dim=8)")
    signed = torch.randn(16, 1, 28, 28, generator=torch.Generator().manual_seed(seed + 3)) * 3
    _expect_same_function_in_eval_mode(ConvEncoder(latent_dim=8), signed, "ConvEncoder(latent_dim=8)")
    _expect_gradients_linear(ConvEncoder(latent_dim=8), x, "ConvEncoder(latent_dim=8)")
    # after the check of linear gradients, which charges a hook that clamps them
    expect_true_parameter_gradients(ConvEncoder(latent_dim=8), x, "ConvEncoder(latent_dim=8)",
                                    torch.Generator().manual_seed(seed + 5))
    _expect_no_inference_tensors(ConvEncoder(latent_dim=8), x, "ConvEncoder(latent_dim=8)")
    generator = torch.Generator().manual_seed(seed + 4)
    # The test set's 10,000 images encoded at once; narrow layers keep it cheap (the batch size is what counts).
    many = 3 * torch.randn(10_000, 1, 28, 28, generator=generator)
    expect_large_batch_as_rows(lambda: ConvEncoder(latent_dim=8, channels=(4, 8), hidden=16), many,
                               "ConvEncoder(latent_dim=8, channels=(4, 8), hidden=16)")
    passed("mu and logvar are the heads' outputs, unconstrained, and each of them sends a gradient through the whole network")


from vaecourse.checks import guard_torch_settings  # noqa: E402 (last: it wraps every check above)

guard_torch_settings(globals())
