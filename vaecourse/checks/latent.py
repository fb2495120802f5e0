"""The checks of notebook 06 (the latent space).

Each check takes the student's functions and a `seed` for its inputs (the notebook uses the default;
grading uses a secret one, vaecourse.remote). The models handed to the student's code are made by
`given.latent_model`, identical in the student's kernel and here, so that every reference is computed
here. The models of encode_means and decode are made on the student's side (remote.make) with a Spy
around their encoder and decoder: the calls they record (training mode, gradient mode, batch size) are
read back from there.
"""

import functools
import math

import torch

from vaecourse import remote
from vaecourse.checks import (draw_sizes, expect, expect_close, expect_defaults, expect_draws_nothing,
                              expect_every_mode, expect_inputs_kept, expect_tensor, fails_own_check,
                              far_log_variances, given, passed, with_course_functions)


def _draw(generator, low, high) -> int:
    return draw_sizes(generator, 1, low, high)[0]


def _uniform(generator, low, high, digits=2) -> float:
    return round(low + (high - low) * torch.rand(1, generator=generator).item(), digits)


def _model_recipe(generator, kind, latent_dim):
    """The arguments of a given.latent_model with a small hidden layer and weights drawn from the generator."""
    return {"kind": kind, "latent_dim": latent_dim, "hidden": (_draw(generator, 8, 16),),
            "seed": _draw(generator, 0, 2 ** 30)}


def _recorded_calls(network, what: str) -> list:
    """The calls recorded by the Spy around a network of a spied model (here or in the student's kernel)."""
    calls = getattr(network, "calls", None)
    expect(type(calls) is list and all(type(call) is dict for call in calls),
           f"{what} of the model given to your function was replaced: use the model as it is given.")
    return calls


def _test_images(indices):
    """Test images (len(indices), 1, 28, 28) in [0, 1]."""
    return given.mnist_vectors(split="test", n=max(indices) + 1)[list(indices)].reshape(len(indices), 1, 28, 28)


@functools.cache
def _trained_vae_z20():
    from vaecourse.training import load_pretrained

    return load_pretrained("mlp_vae_z20")  # in eval mode; only this module uses it, to compute references


def _own(function):
    """(value, deterministic) of the student's helper `function` called twice: value is None if it raised or
    returned something other than a finite tensor; deterministic is False if the two calls differ."""
    try:
        first, second = function(), function()
    except Exception:
        return None, True
    if type(first) is not torch.Tensor or not first.is_floating_point() or not bool(torch.isfinite(first).all()):
        return None, True
    if type(second) is not torch.Tensor or second.shape != first.shape or not torch.equal(first.detach(), second.detach()):
        return None, False
    return first.detach(), True


# ---------------------------------------------------------------- encode_means

def _check_encode(encode_means, generator, kind, latent_dim, n, batch_size, dtype=torch.float32):
    arguments = _model_recipe(generator, kind, latent_dim)
    model = remote.make(encode_means, "latent_model", spied=True, **arguments)  # in training mode
    if dtype == torch.float64:
        model.double()
    x = torch.rand(n, 1, 28, 28, generator=generator, dtype=dtype)
    try:
        codes = encode_means(model, x, batch_size)
    except Exception as error:
        hint = ("\nThe model here is an autoencoder, whose forward returns only the images: take the codes from "
                "model.encoder(x), which returns (mu, logvar) for every model of the course.") if kind == "autoencoder" else ""
        if n % batch_size == 0:
            hint += (f"\nHere batch_size = {batch_size} divides N = {n}: go through range(0, N, batch_size), which "
                     "gives N / batch_size batches and no empty batch at the end.")
        raise AssertionError(f"encode_means(model, {n} images, batch_size={batch_size}) raised "
                             f"{type(error).__name__}: {error}{hint}") from None
    calls = _recorded_calls(model.encoder, "model.encoder")
    expect_tensor(codes, f"encode_means(model, {n} images, batch_size={batch_size})")
    sizes = [min(batch_size, n - start) for start in range(0, n, batch_size)]
    batches = [call.get("batch") for call in calls]
    # One extra call on a single image first (to learn the code size, e.g. for a preallocated result) changes
    # nothing a caller sees: the codes are still encoded batch_size at a time.
    expect(batches == sizes or batches == [1] + sizes,
           f"{n} images with batch_size={batch_size} must be encoded in calls of {sizes} images, in order, but "
           f"model.encoder was called on batches of {batches}: go through images[start:start + batch_size] and "
           "keep the last, smaller batch.")
    expect(tuple(codes.shape) == (n, latent_dim),
           f"The codes have shape {tuple(codes.shape)}, expected (N, latent_dim) = ({n}, {latent_dim}): one row per "
           "image (torch.cat the means of the batches along dimension 0).")
    expect(not any(call.get("training") is not False for call in calls),
           "The encoder ran in training mode: call model.eval() before encoding.")
    expect(not any(call.get("grad") is not False for call in calls) and not codes.requires_grad,
           "The encoder ran with gradients enabled (the codes require grad): encode under torch.no_grad().")
    expect(codes.dtype == dtype,
           f"encode_means of a {dtype} model and {dtype} images returned {codes.dtype} codes: keep the dtype of the "
           "encoder's means (torch.cat them, or make the result with dtype=mu.dtype, not a float32 torch.empty).")
    reference = given.latent_model(**arguments).to(dtype)
    with torch.no_grad():
        mu, logvar = reference.encoder(x)
    expect(not torch.allclose(codes, logvar, atol=1e-5),
           "These are the log-variances: model.encoder(x) returns (mu, logvar), keep mu.")
    expect_close(codes.detach(), mu, "the codes",
                 "They must be the means mu of q(z|x), in the order of the images: did you sample "
                 "z = mu + sigma * eps (reparameterize) instead of taking mu?")
    other = torch.rand(n, 1, 28, 28, generator=generator, dtype=dtype)
    with torch.no_grad():
        expected = reference.encoder(other)[0]
    expect_close(encode_means(model, other, batch_size).detach(), expected, "the codes of other images, same model",
                 "A second call with the same model and other images must encode those images: nothing may be kept "
                 "from one call to the next (no cache by model).")


def encode_means(encode_means, seed=61):
    """Check encode_means: the encoder's means, batch after batch and in order, in eval mode, without gradients.

    Also: the default arguments of the statement's signature.
    """
    expect_defaults(encode_means, "encode_means")
    generator = torch.Generator().manual_seed(seed)
    for kind in ("vae", "autoencoder"):  # an autoencoder's forward returns only an image: use model.encoder
        batch_size = _draw(generator, 3, 8)
        n = batch_size * _draw(generator, 1, 3) + _draw(generator, 2, batch_size - 1)  # a smaller last batch
        _check_encode(encode_means, generator, kind, _draw(generator, 2, 6), n, batch_size)
    batch_size = _draw(generator, 3, 8)
    _check_encode(encode_means, generator, "vae", 3, 2 * batch_size + 1, batch_size)  # a last batch of one image
    _check_encode(encode_means, generator, "vae", 2, _draw(generator, 3, 9), 1000)  # one batch
    _check_encode(encode_means, generator, "vae", 3, 2 * batch_size, batch_size)  # batch_size divides N
    _check_encode(encode_means, generator, "vae", 1, _draw(generator, 3, 9), 1000)  # codes of one dimension
    _check_encode(encode_means, generator, "vae", _draw(generator, 2, 5), 1, 1000)  # a single image
    batch_size = _draw(generator, 3, 8)  # a model in float64 (model.double()): codes in float64
    _check_encode(encode_means, generator, "vae", _draw(generator, 2, 5), batch_size + 2, batch_size, torch.float64)
    # A model already in eval mode (as load_checkpoint returns it) stays in eval mode.
    latent_dim = _draw(generator, 2, 5)
    model = remote.make(encode_means, "latent_model", **_model_recipe(generator, "vae", latent_dim))
    model.eval()
    encode_means(model, torch.rand(3, 1, 28, 28, generator=generator))
    expect(model.training is False, "encode_means left the model in training mode (model.train() at its end): leave "
                                    "it in eval mode, as the statement says, or as it was given.")
    expect_every_mode(model, False, "encode_means switched part of a model given in eval mode (its encoder or one of its "
                      "layers) to training mode: leave every module in eval mode, as it was given.")
    # Images a caller did not scale to [0, 1] (standardised ones): encode_means may refuse them, but never changes them.
    images = torch.rand(4, 1, 28, 28, generator=generator) * 2 - 0.5
    kept = remote.make(encode_means, "tensor", values=images)
    try:
        encode_means(model, kept)
    except (ValueError, AssertionError):
        pass
    expect(torch.equal(remote.fetch(kept), images),
           "encode_means changed the images it was given (an in-place operation on them, such as images.clamp_(0, 1)): "
           "the images are the caller's. Make a new tensor if you must change them.")
    # "Without gradients" is for the encoding only; switching them off for good fails on the channel, which reads
    # the mode after every call. Nor may it switch them on for good: called inside the caller's
    # `with torch.no_grad():`, they stay off.
    _, enabled = remote.make(encode_means, "reporting_grad_mode", function=encode_means, enabled=False)(
        model, torch.rand(2, 1, 28, 28, generator=generator))
    expect(enabled is False,
           "Called inside the caller's `with torch.no_grad():`, encode_means switched gradients on for what follows "
           "(torch.set_grad_enabled(True) at its end): the gradient mode is the caller's. Switch gradients off for a "
           "block only, `with torch.no_grad():`, which restores the mode it found.")
    # Blank images (every pixel 0, as a padded or empty scan gives) among the digits: each still has its code.
    batch_size = _draw(generator, 3, 8)
    n = batch_size + _draw(generator, 3, batch_size + 2)
    images = torch.rand(n, 1, 28, 28, generator=generator)
    blank = sorted(torch.randperm(n, generator=generator)[:3].tolist())
    images[blank] = 0.0
    recipe = _model_recipe(generator, "vae", latent_dim)
    codes = encode_means(remote.make(encode_means, "latent_model", **recipe), images, batch_size)
    expect_tensor(codes, f"encode_means(model, {n} images, batch_size={batch_size})")
    expect(len(codes) == n,
           f"encode_means of {n} images, {len(blank)} of them blank (all pixels 0, at positions {blank}), returned "
           f"{len(codes)} codes: every image has its code, a blank one too (the encoder's mean for an all-zero input). "
           "Encode the images as they are given, one row per image and in order: do not filter any out.")
    with torch.no_grad():
        expected = given.latent_model(**recipe).encoder(images)[0]
    expect_close(codes.detach(), expected, f"the codes of {n} images, {len(blank)} of them blank",
                 "Row n must be the mean code of images[n], blank images (all pixels 0) included, in the order given.")
    # An encoder whose means are far from the prior (codes of tens, as an autoencoder's or an early VAE's are):
    # the codes are the means as they are, outliers included.
    recipe = dict(latent_dim=_draw(generator, 2, 5), hidden=(_draw(generator, 8, 16),),
                  seed=_draw(generator, 0, 2 ** 30), mu_scale=300.0)
    n = _draw(generator, 4, 9)
    images = torch.rand(n, 1, 28, 28, generator=generator)
    codes = encode_means(remote.make(encode_means, "vae", **recipe), images, 1000)
    with torch.no_grad():
        expected = given.vae(**recipe).encoder(images)[0]
    expect_tensor(codes, f"encode_means(model, {n} images) for a model whose means are far from 0", shape=tuple(expected.shape))
    expect(bool((codes.detach() - expected).abs().max() <= 1e-4 * (1 + expected.abs().max())),
           f"For an encoder whose means reach {expected.abs().max().item():.0f} in size, encode_means returned codes "
           f"of at most {codes.detach().abs().max().item():.1f}: the means were clamped (or scaled). The codes are the "
           "means mu(x) as the encoder gives them, far ones included: no clamp.")
    # A diverged model (its mean head went NaN, as a training with too large a learning rate leaves it): every image
    # still has its row, NaN, which shows the divergence. Refusing such a model (an error) is allowed too.
    recipe = dict(recipe, seed=_draw(generator, 0, 2 ** 30), mu_scale=float("nan"))
    n = _draw(generator, 3, 8)
    try:
        codes = encode_means(remote.make(encode_means, "vae", **recipe), torch.rand(n, 1, 28, 28, generator=generator), 1000)
    except (ValueError, AssertionError, RuntimeError, FloatingPointError):
        codes = None
    if codes is not None:
        expect(type(codes) is torch.Tensor, f"encode_means(model, {n} images) for a diverged model returned a "
                                            f"{type(codes).__name__}, not a tensor.")
        expect(tuple(codes.shape) == (n, recipe["latent_dim"]) and bool(codes.isnan().all()),
               f"For a diverged model (NaN weights in its mean head, so every mean is NaN), encode_means of {n} images "
               f"returned codes of shape {tuple(codes.shape)}"
               + ("" if codes.isnan().all() else " that are not NaN")
               + f", expected ({n}, {recipe['latent_dim']}) NaN codes: rows with NaN were dropped (or replaced). Return "
               "one row per image, as the encoder gives it: the NaN codes show the divergence, and a caller that "
               "pairs codes with labels needs one per image. Do not filter rows by their values.")
    # The same images tensor again after the caller changed its values in place (a new batch written into one
    # buffer): a result kept by the tensors' identity (id(model), id(images)) is stale, the codes must be new.
    recipe = _model_recipe(generator, "vae", _draw(generator, 2, 5))
    n, scale = _draw(generator, 3, 8), _uniform(generator, 0.3, 0.7)
    images = torch.rand(n, 1, 28, 28, generator=generator)
    with torch.no_grad():
        reference = given.latent_model(**recipe).eval().encoder
        earlier, expected = reference(images)[0], reference(images * scale)[0]
    model = remote.make(encode_means, "latent_model", **recipe)
    # (a copy: run in the notebook's own kernel, called_twice scales the very tensor it is given)
    _, codes, _ = remote.make(encode_means, "called_twice", function=encode_means, scale=scale)(model, images.clone(), 1000)
    expect_tensor(codes, f"encode_means(model, {n} images) called a second time", shape=tuple(expected.shape))
    expect(not torch.allclose(codes.detach().float(), earlier, atol=1e-5),
           f"encode_means(model, images) called again on the same images tensor, after the caller changed its values in "
           f"place (images *= {scale}), returned the codes of the first call: a result kept from one call to the next "
           "by the tensors' identity (id(model), id(images)) is stale once the images (or the model's weights) change. "
           "Encode the images of each call: no cache.")
    expect_close(codes.detach(), expected, "the codes of images changed in place since the last call",
                 "They must be the means of the images as they are now.")
    # An encoder whose means reach hundreds or thousands (an autoencoder's codes, unbounded): the means as they are.
    recipe = dict(latent_dim=_draw(generator, 2, 5), hidden=(_draw(generator, 8, 16),),
                  seed=_draw(generator, 0, 2 ** 30), mu_scale=5000.0)
    n = _draw(generator, 4, 9)
    images = torch.rand(n, 1, 28, 28, generator=generator)
    codes = encode_means(remote.make(encode_means, "vae", **recipe), images, 1000)
    with torch.no_grad():
        expected = given.vae(**recipe).encoder(images)[0]
    expect_tensor(codes, f"encode_means(model, {n} images) for a model whose means reach thousands",
                  shape=tuple(expected.shape))
    expect(bool((codes.detach() - expected).abs().max() <= 1e-4 * (1 + expected.abs().max())),
           f"For an encoder whose means reach {expected.abs().max().item():.0f} in size, encode_means returned codes "
           f"of at most {codes.detach().abs().max().item():.1f}: large means were squashed (tanh, sigmoid, or a "
           "scaling above some size). The codes are the means mu(x) as the encoder gives them, however large.")
    # A whole training split's worth of images (more than 10,000): row n is still mu(images[n]), not centred.
    recipe = _model_recipe(generator, "vae", _draw(generator, 2, 5))
    n, start = 10_000 + _draw(generator, 1, 2_000), _draw(generator, 0, 40_000)
    codes = encode_means(remote.make(encode_means, "latent_model", **recipe),
                         remote.make(encode_means, "mnist_images", split="train", n=n, start=start), 1000)
    with torch.no_grad():
        expected = given.latent_model(**recipe).eval().encoder(given.mnist_images(split="train", n=n, start=start))[0]
    expect_tensor(codes, f"encode_means(model, {n} training images)", shape=tuple(expected.shape))
    expect_close(codes.detach(), expected, f"the codes of {n} training images",
                 f"For {n} images (more than 10,000) the codes are not the means mu(x): did you centre them "
                 "(codes - codes.mean(0)) or otherwise change them for a large set? Return the encoder's means as they "
                 "are, for any number of images.")
    # torch's global random state is the caller's: the codes are the means exactly, with no noise drawn.
    model = remote.make(encode_means, "latent_model", **_model_recipe(generator, "vae", _draw(generator, 2, 5)))
    images = torch.rand(_draw(generator, 3, 8), 1, 28, 28, generator=generator)
    expect_draws_nothing(encode_means, lambda: encode_means(model, images, 1000), _draw(generator, 0, 2 ** 30),
                         "encode_means drew from torch's global random state (noise added to the means, such as "
                         "mu + 1e-6 * torch.randn_like(mu), or a sample of q(z|x)): the codes must be the means mu(x) "
                         "exactly, and the caller's later draws are no longer its own. Return mu, with no noise.")
    # The caller's thread count (3, a count no kernel runs with) is the caller's: encode_means leaves it as it was.
    _, threads = remote.make(encode_means, "reporting_threads", function=encode_means, threads=3)(model, images, 1000)
    expect(threads == 3,
           f"Called with torch's thread count at 3, encode_means left it at {threads}: torch.set_num_threads(...) "
           "changes the thread count of everything the caller runs afterwards (raised at every call, it soon exhausts "
           "the machine's threads). Leave it to the caller.")
    passed("encode_means returns the means, batch by batch, in eval mode and without gradients")


# ---------------------------------------------------------------- latent_grid

def _check_grid(latent_grid, n, low=None, high=None):
    given_ends = () if low is None else (low, high)
    low, high = (-2.0, 2.0) if low is None else (low, high)
    grid = latent_grid(n, *given_ends)
    name = f"latent_grid({', '.join(str(value) for value in (n, *given_ends))})"
    expect_tensor(grid, name, shape=(n * n, 2), dtype=torch.float32)
    values = torch.linspace(low, high, n)
    expected = torch.stack([values.repeat(n), values.flip(0).repeat_interleave(n)], dim=1)
    distances = torch.cdist(grid.detach().double(), expected.double())
    expect(bool(distances.min(dim=0).values.max() < 1e-4) and bool(distances.min(dim=1).values.max() < 1e-4),
           f"{name} does not hold the {n} x {n} combinations of the {n} values torch.linspace({low}, {high}, {n}) "
           "(both ends included, equally spaced).")
    rows = grid.detach().reshape(n, n, 2)
    top = lambda column, value: torch.allclose(rows[0, :, column], torch.full((n,), float(value)))  # noqa: E731
    expect(top(1, high) or not top(0, low),
           f"{name} is transposed: z1 must change along each row (left to right) and z2 from one row to the next; "
           "grid[i * n + j] = (low + j * h, high - i * h).")
    expect(top(1, high) or not top(0, high),
           f"The columns of {name} are swapped: each row of the grid is one code (z1, z2), z1 first.")
    expect(top(1, high),
           f"The first row of {name} (its first n points) must all have the largest z2 = high = {high}: z2 grows "
           "upwards, like the y axis of a plot, so it decreases from one row to the next. Did you make z2 increase "
           "downwards?")
    expect_close(grid.detach(), expected, name,
                 "The order is not grid[i * n + j] = (low + j * h, high - i * h): z1 grows from left to right along "
                 "each row, z2 falls from the top row to the bottom row, and the columns are (z1, z2).")


def latent_grid(latent_grid, seed=62):
    """Check latent_grid: the n x n points, in reading order with z1 to the right and z2 upwards.

    Also: the default arguments of the statement's signature.
    """
    expect_defaults(latent_grid, "latent_grid")
    generator = torch.Generator().manual_seed(seed)
    _check_grid(latent_grid, _draw(generator, 3, 6))  # the default square [-2, 2]^2
    for n in (_draw(generator, 3, 7), 2, 15):
        low = _uniform(generator, -3.0, 0.5, 1)
        _check_grid(latent_grid, n, low, round(low + _uniform(generator, 1.0, 4.0, 1), 1))
    # every size a figure may use: a step added to the end by floating point can give one value too many
    # (and bounds where torch.arange(low, high, h) keeps a value a rounding below high, for several n)
    for ends in ((), (-3.0, 0.8), (-2.6, 1.7)):
        for n in range(2, 31):
            name = f"latent_grid({', '.join(str(value) for value in (n, *ends))})"
            grid = latent_grid(n, *ends)
            expect_tensor(grid, name)
            expect(grid.shape == (n * n, 2),
                   f"{name} has shape {tuple(grid.shape)}, expected ({n * n}, 2): with torch.arange, rounding can add "
                   "or keep one value too many near high for some n and bounds. torch.linspace(low, high, n) gives "
                   "exactly n.")
    # Two calls give two tensors: a grid kept between calls (functools.lru_cache, a dict) is changed for every later
    # caller by one that scales or shifts its grid in place.
    n = _draw(generator, 3, 7)
    _, _, same = remote.make(latent_grid, "called_twice", function=latent_grid)(n)
    expect(not same, f"latent_grid({n}) returned the very same tensor on two calls (a cache: functools.lru_cache, a "
           "dict of grids): a caller who changes its grid in place (grid *= 3) changes what every later call returns. "
           "Build a new tensor in each call.")
    # The same n with other ends: a grid (or its values) kept by n alone gives the first call's square again.
    n, low = _draw(generator, 3, 7), _uniform(generator, -1.5, 0.5, 1)
    high = round(low + _uniform(generator, 1.0, 3.0, 1), 1)
    latent_grid(n)
    grid = latent_grid(n, low, high)
    name = f"latent_grid({n}, {low}, {high})"
    expect_tensor(grid, name, shape=(n * n, 2))
    values = torch.linspace(low, high, n)
    expect(torch.allclose(grid.detach().float(), torch.stack([values.repeat(n), values.flip(0).repeat_interleave(n)],
                                                              dim=1), atol=1e-5),
           f"{name}, called after latent_grid({n}), does not span [{low}, {high}]: the grid (or its values) was kept "
           "by n alone (a dict or functools.cache keyed by n), and low and high were ignored. Compute it from n, low "
           "and high in each call (any cache must be keyed by all three).")
    # A finer grid than any figure of the notebook (n above 30): still n points per axis, whatever n is.
    n = _draw(generator, 31, 45)
    grid = latent_grid(n)
    expect_tensor(grid, f"latent_grid({n})")
    expect(grid.shape == (n * n, 2),
           f"latent_grid({n}) has shape {tuple(grid.shape)}, expected ({n * n}, 2): the grid has n points per axis for "
           "every n, however large. Do not cap n (min(n, 30)): the caller asks for the size it draws.")
    low = _uniform(generator, -3.0, 0.5, 1)
    _check_grid(latent_grid, n, low, round(low + _uniform(generator, 1.0, 4.0, 1), 1))
    # A wider square than the prior's bulk (an autoencoder's codes spread far beyond 4): the grid spans it all.
    n, low, high = _draw(generator, 3, 7), _uniform(generator, -7.0, -4.5, 1), _uniform(generator, 4.5, 7.0, 1)
    grid = latent_grid(n, low, high)
    name = f"latent_grid({n}, {low}, {high})"
    expect_tensor(grid, name, shape=(n * n, 2))
    expect(bool(grid.detach().amin() < -4.2) and bool(grid.detach().amax() > 4.2),
           f"{name} spans only [{grid.detach().amin().item():.2f}, {grid.detach().amax().item():.2f}], not [{low}, "
           f"{high}]: the grid was clamped (to the prior's [-4, 4], or another box). The caller chooses the square: "
           "take low and high as given, even beyond 4, with no clamp.")
    _check_grid(latent_grid, n, low, high)
    # Finer still (n from 51 to 80, a dense map of the square): n points per axis at any size, with no cap.
    n = _draw(generator, 51, 80)
    grid = latent_grid(n)
    expect_tensor(grid, f"latent_grid({n})")
    expect(grid.shape == (n * n, 2),
           f"latent_grid({n}) has shape {tuple(grid.shape)}, expected ({n * n}, 2): n was capped for large grids "
           "(min(n, 50), or another bound). The caller asks for the size it wants: n points per axis for every n, "
           "torch.linspace(low, high, n) with n as given.")
    _check_grid(latent_grid, n)
    # Whole-number ends, as a caller writes them (latent_grid(n, -3, 3)): the grid is float32 all the same.
    n, low = _draw(generator, 3, 7), -_draw(generator, 1, 4)
    high = low + _draw(generator, 2, 6)
    grid = latent_grid(n, low, high)
    expect_tensor(grid, f"latent_grid({n}, {low}, {high})", shape=(n * n, 2))
    expect(grid.dtype == torch.float32,
           f"latent_grid({n}, {low}, {high}), with whole-number ends, returned a {grid.dtype} grid: the grid is "
           "float32 whatever the type of low and high (Python ints included), as the decoder's weights are. Do not "
           "pick the dtype from the type of the ends: build it with torch.linspace(low, high, n) (float32).")
    _check_grid(latent_grid, n, low, high)
    # A fine grid (more than 100 values per axis, for a large figure): every one of the n x n points, no cap on n.
    n = _draw(generator, 101, 140)
    grid = latent_grid(n)
    expect(type(grid) is torch.Tensor and grid.shape == (n * n, 2)
           and torch.allclose(grid[:n, 0].detach(), torch.linspace(-2.0, 2.0, n), atol=1e-5),
           f"latent_grid({n}) gave {tuple(grid.shape) if type(grid) is torch.Tensor else type(grid).__name__}, "
           f"expected ({n * n}, 2) with the first row at torch.linspace(-2, 2, {n}): n is capped or the grid is "
           "made otherwise for large n. Use n as it is, whatever its size.")
    passed("latent_grid gives the n x n codes in reading order, z1 to the right and z2 upwards, both ends included")


# ---------------------------------------------------------------- decode

def _check_decode(decode, generator, kind, latent_dim, n, spread=3.0, dtype=torch.float32):
    arguments = _model_recipe(generator, kind, latent_dim)
    model = remote.make(decode, "latent_model", spied=True, **arguments)  # in training mode
    if dtype == torch.float64:
        model.double()
    z = spread * torch.randn(n, latent_dim, generator=generator, dtype=dtype)
    images = decode(model, z)
    calls = _recorded_calls(model.decoder, "model.decoder")
    expect(spread <= 3 or type(images) is not torch.Tensor or not bool(torch.isnan(images).any()),
           f"decode gave NaN for codes far from 0 (spread {spread:g}, logits of several hundreds): exp(logits) "
           "overflows to inf there, and inf / inf is NaN. Use torch.sigmoid(logits), which is stable for any logit.")
    expect_tensor(images, f"decode(model, z) for {n} codes", shape=(n, 1, 28, 28), dtype=z.dtype)
    expect(bool(images.min() >= 0) and bool(images.max() <= 1),
           f"The images have values in [{images.min().item():.2f}, {images.max().item():.2f}], not in [0, 1]: the "
           "decoder returns logits; return torch.sigmoid(logits).")
    expect(len(calls) > 0 and not any(call.get("training") is not False for call in calls),
           "The decoder ran in training mode (or model.decoder was not called): call model.eval() first.")
    expect(not any(call.get("grad") is not False for call in calls) and not images.requires_grad,
           "The decoder ran with gradients enabled: decode under torch.no_grad().")
    with torch.no_grad():
        logits = given.latent_model(**arguments).to(dtype).decoder(z)
    expected = torch.sigmoid(logits)
    far = f" Here the codes lie far from 0 (spread {spread:g}), and the logits reach {logits.abs().max():.0f}: " \
          "do not clamp or rescale the logits, torch.sigmoid is stable for any of them." if spread > 3 else ""
    expect_close(images.detach(), expected, "the decoded images",
                 "decode must return the Bernoulli means torch.sigmoid(model.decoder(z)), one image per code in the "
                 "order of z: not samples, not thresholded pixels." + far)


def _expect_every_code_decoded(decode, model, recipe, z, which, why_dropped, how):
    """decode(model, z) returns an image for every code of z, in order: none of the last ones dropped."""
    n = len(z)
    # z is made on the student's side and kept there: a code freed after its call could lend its id() to the next
    # one, and a cache keyed by id(z) would then answer here by chance, not in the check that names it.
    images = decode(model, remote.make(decode, "tensor", values=z))
    expect_tensor(images, f"decode(model, z) for {n} codes")
    missing = n - len(images)
    expect(missing == 0,
           f"decode(model, z) for {n} codes{which} returned {len(images)} images: the last "
           f"{'code was' if missing == 1 else f'{missing} codes were'} dropped ({why_dropped}). Decode every code, "
           f"however many: {how}.")
    with torch.no_grad():
        expected = torch.sigmoid(given.latent_model(**recipe).eval().decoder(z))
    expect_close(images.detach(), expected, f"the {n} decoded images",
                 "decode must return torch.sigmoid(model.decoder(z)) for every code, in the order of z.")


def decode(decode, seed=63):
    """Check decode: images (N, 1, 28, 28) in [0, 1], the sigmoid of the decoder's logits, in eval mode, without gradients."""
    generator = torch.Generator().manual_seed(seed)
    for kind in ("vae", "autoencoder", "vae"):
        _check_decode(decode, generator, kind, _draw(generator, 2, 5), _draw(generator, 2, 10))
    # Codes far from the prior (a latent grid's edge, a large scale): logits of several tens, then hundreds.
    _check_decode(decode, generator, "vae", _draw(generator, 2, 5), _draw(generator, 2, 10), spread=40.0)
    _check_decode(decode, generator, "vae", _draw(generator, 2, 5), _draw(generator, 2, 10), spread=400.0)
    _check_decode(decode, generator, "vae", _draw(generator, 2, 5), _draw(generator, 2, 10), dtype=torch.float64)
    # A model already in eval mode (as load_checkpoint returns it) stays in eval mode.
    latent_dim = _draw(generator, 2, 5)
    recipe = _model_recipe(generator, "vae", latent_dim)
    model = remote.make(decode, "latent_model", **recipe)
    model.eval()
    decode(model, remote.make(decode, "tensor", values=torch.randn(3, latent_dim, generator=generator)))  # kept (below)
    expect(model.training is False, "decode left the model in training mode (model.train() at its end): leave it in "
                                    "eval mode, as the statement says, or as it was given.")
    expect_every_mode(model, False, "decode switched part of a model given in eval mode (its decoder or one of its "
                      "layers) to training mode: leave every module in eval mode, as it was given.")
    # More codes than a chunk of 256, and not a multiple of it: every code is decoded, the last ones too.
    n = _draw(generator, 257, 511)
    _expect_every_code_decoded(decode, model, recipe, torch.randn(n, latent_dim, generator=generator), "",
                               "chunks of a fixed size, whose last, smaller chunk was left out",
                               "model.decoder(z) at once, or chunks z[start:start + size] for start in "
                               "range(0, N, size), the last smaller one kept")
    # 500 k + 1 codes: a last chunk of a single code is decoded too (range(0, N - 1, 500) leaves it out).
    n = 500 * _draw(generator, 1, 2) + 1
    _expect_every_code_decoded(decode, model, recipe, torch.randn(n, latent_dim, generator=generator), "",
                               "a last chunk of a single code left out: a range that stops before N, such as "
                               "range(0, N - 1, size)", "chunks z[start:start + size] for start in range(0, N, size)")
    # Two batches of codes of one shape that share their first code (two paths from one start): the second is
    # decoded, not answered with the first one's images (a cache keyed by the model, the shape, the first code).
    n = _draw(generator, 3, 8)
    first = torch.randn(n, latent_dim, generator=generator)
    second = torch.cat([first[:1], torch.randn(n - 1, latent_dim, generator=generator)])
    # Both kept on the student's side while the calls run: two live tensors, two identities (a tensor sent anew for
    # each call may take the freed first one's id, and a cache keyed by id(z) be charged here by chance; it is
    # charged below, by the same tensor changed in place).
    kept_first, kept_second = (remote.make(decode, "tensor", values=codes) for codes in (first, second))
    decode(model, kept_first)
    images = decode(model, kept_second)
    expect_tensor(images, f"decode(model, z) for {n} codes", shape=(n, 1, 28, 28))
    with torch.no_grad():
        earlier, expected = (torch.sigmoid(given.latent_model(**recipe).decoder(codes)) for codes in (first, second))
    expect(not torch.allclose(images.detach().float(), earlier, atol=1e-5),
           "decode(model, z) for codes of the shape of codes decoded just before, with the same first code but other "
           "rows, returned the earlier codes' images: a result kept from one call to the next (a cache keyed by the "
           "model, the shape of z or its first row) is answered for other codes. Decode the codes of each call.")
    expect_close(images.detach(), expected, f"the images of {n} codes decoded after others",
                 "decode must return torch.sigmoid(model.decoder(z)) for the codes of this call.")
    # A float64 model (model.double()) decodes in float64 and is left as the caller made it.
    recipe = _model_recipe(generator, "vae", latent_dim)
    model = remote.make(decode, "latent_model", **recipe)
    model.double()
    z = 3 * torch.randn(_draw(generator, 3, 8), latent_dim, generator=generator, dtype=torch.float64)
    images = decode(model, z)
    converted = sorted(name for name, tensor in remote.inspect(model, "state").items() if tensor.dtype != torch.float64)
    expect(not converted,
           f"decode converted the caller's float64 model ({', '.join(converted[:2])}... are no longer float64): "
           "model.decoder.float() (or .to(torch.float32)) converts the module in place, for the caller too. Leave the "
           "model as it is given: it decodes in its own dtype.")
    expect_tensor(images, "decode(model, z) of a float64 model for float64 codes", shape=(len(z), 1, 28, 28),
                  dtype=torch.float64)
    with torch.no_grad():
        expected = torch.sigmoid(given.latent_model(**recipe).double().decoder(z))
    expect_close(images.detach(), expected, "the images of a float64 model",
                 "They differ from the float64 result by float32's rounding: the decoding was done in float32 "
                 "(model.decoder.float(), z.float()). Decode in the model's dtype: torch.sigmoid(model.decoder(z)).",
                 atol=1e-10, rtol=1e-8)
    # A NaN code among the codes (from a diverged encoder): its image is NaN, the sigmoid of NaN logits, which shows
    # the fault; a grey image of 0.5 would pass for a decoded code. Refusing NaN codes (an error) is allowed too.
    recipe = _model_recipe(generator, "vae", latent_dim)
    n = _draw(generator, 3, 8)
    z = torch.randn(n, latent_dim, generator=generator)
    row = _draw(generator, 0, n - 1)
    z[row] = float("nan")
    try:
        images = decode(remote.make(decode, "latent_model", **recipe), z)
    except (ValueError, AssertionError, RuntimeError, FloatingPointError):
        images = None
    if images is not None:
        with torch.no_grad():
            expected = torch.sigmoid(given.latent_model(**recipe).eval().decoder(z))
        expect(type(images) is torch.Tensor and tuple(images.shape) == (n, 1, 28, 28),
               f"decode(model, z) for {n} codes, one of them NaN, did not return a tensor of shape ({n}, 1, 28, 28).")
        images = images.detach().float()
        expect(bool(images[row].isnan().all()),
               f"decode(model, z) for codes whose row {row} is NaN (a diverged encoder's) gave that code an image of "
               f"{images[row].nan_to_num(-1.0).unique()[:3].tolist()}..., not NaN: the NaN values were replaced "
               "(torch.nan_to_num(..., nan=0.5), or a where on isnan), so that a fault passes for a grey image. Return "
               "torch.sigmoid(model.decoder(z)) as it is: NaN in, NaN out.")
        kept = [k for k in range(n) if k != row]
        expect_close(images[kept], expected[kept], f"the images of the {n - 1} other codes",
                     "decode must return torch.sigmoid(model.decoder(z)) for every code, in the order of z.")
    # More codes than the 10,000 test images, and not a multiple of 1000: every one is decoded, the last ones too.
    latent_dim = _draw(generator, 2, 4)
    recipe = _model_recipe(generator, "vae", latent_dim)
    n = 10_000 + _draw(generator, 100, 900)
    _expect_every_code_decoded(decode, remote.make(decode, "latent_model", **recipe), recipe,
                               torch.randn(n, latent_dim, generator=generator), " (more than the 10,000 test images)",
                               "chunks of a fixed size for large N, the last, smaller chunk left out",
                               "chunks z[start:start + size] for start in range(0, N, size) keep the remainder")
    # The same codes tensor again after the caller changed its values in place (a new path written into one
    # buffer): a result kept by the tensors' identity (id(model), id(z)) is stale, the images must be new.
    latent_dim = _draw(generator, 2, 5)
    recipe = _model_recipe(generator, "vae", latent_dim)
    n, scale = _draw(generator, 3, 8), _uniform(generator, 0.3, 0.7)
    z = 3 * torch.randn(n, latent_dim, generator=generator)
    with torch.no_grad():
        reference = given.latent_model(**recipe).eval().decoder
        earlier, expected = torch.sigmoid(reference(z)), torch.sigmoid(reference(z * scale))
    model = remote.make(decode, "latent_model", **recipe)
    # (a copy: run in the notebook's own kernel, called_twice scales the very tensor it is given)
    _, images, _ = remote.make(decode, "called_twice", function=decode, scale=scale)(model, z.clone())
    expect_tensor(images, f"decode(model, z) for {n} codes called a second time", shape=(n, 1, 28, 28))
    expect(not torch.allclose(images.detach().float(), earlier, atol=1e-5),
           f"decode(model, z) called again on the same z tensor, after the caller changed its values in place "
           f"(z *= {scale}), returned the images of the first call: a result kept from one call to the next by the "
           "tensors' identity (id(model), id(z)) is stale once the codes (or the model's weights) change. Decode the "
           "codes of each call: no cache.")
    expect_close(images.detach(), expected, "the images of codes changed in place since the last call",
                 "They must be torch.sigmoid(model.decoder(z)) for the codes as they are now.")
    # A single code (N = 1, one point of the latent space): decoded without gradients too, whatever N.
    recipe = _model_recipe(generator, "vae", latent_dim)
    model = remote.make(decode, "latent_model", spied=True, **recipe)
    images = decode(model, torch.randn(1, latent_dim, generator=generator))
    calls = _recorded_calls(model.decoder, "model.decoder")
    expect_tensor(images, "decode(model, z) for one code", shape=(1, 1, 28, 28))
    expect(not any(call.get("grad") is not False for call in calls) and not images.requires_grad,
           "decode(model, z) for a single code (N = 1) ran the decoder with gradients enabled (the image requires "
           "grad): gradients were switched off for some sizes only (torch.set_grad_enabled(len(z) < 2), or a no_grad "
           "for large batches). Decode under torch.no_grad() for every N, one code included.")
    passed("decode returns Bernoulli means in [0, 1], in eval mode and without gradients")


# ---------------------------------------------------------------- samples_around

def _check_around(samples_around, encode_means, decode, generator, kind, latent_dim, n, scale, tail: float = 0.0):
    """tail: if set, the noise is drawn from a seed (searched in turn) whose draw holds a value beyond it."""
    arguments = _model_recipe(generator, kind, latent_dim)
    # made on the student's side, its encoder and decoder spied: the shape of what samples_around encodes is seen
    model = remote.make(samples_around, "latent_model", spied=True, **arguments)
    image = _test_images([_draw(generator, 0, 9999)])[0]
    # The generator has drawn numbers before, as one the notebook used already has: the noise is what it draws next.
    noise_seed, drawn = _draw(generator, 0, 2 ** 30), _draw(generator, 1, 40)
    while tail and not bool(torch.randn(n, latent_dim, generator=given.generator(seed=noise_seed, drawn=drawn)).abs()
                            .max() > tail):
        noise_seed += 1
    call = f"samples_around(model, image, {n}, {scale}, generator)"
    around = with_course_functions(samples_around, ("encode_means",))  # with the course's encode_means
    kept = remote.make(samples_around, "tensor", values=image)  # the caller's image, read back after the call
    try:
        out = around(model, kept, n, scale, remote.make(samples_around, "generator", seed=noise_seed, drawn=drawn))
    except Exception as error:
        try:  # the likely cause, when samples_around calls it
            encode_means(model, image[None])
            hint = ""
        except Exception:
            hint = " (your encode_means fails on one image too: fix it first, with its check)"
        raise AssertionError(f"{call} raised {type(error).__name__}: {error}{hint}") from None
    expect(type(out) is tuple and len(out) == 2, "samples_around must return a tuple (z, images).")
    after = remote.fetch(kept)
    expect(after.shape == image.shape and torch.equal(after, image),
           f"samples_around changed the image it was given (now of shape {tuple(after.shape)}): an in-place operation "
           "(image.unsqueeze_(0), image -= ...) changes the caller's tensor. Make a new one: image[None] or "
           "image.unsqueeze(0).")
    encoded = {tuple(call["shape"] or ()) for call in _recorded_calls(model.encoder, "model.encoder")}
    expect(encoded <= {(1, 1, 28, 28)},
           f"samples_around gave the encoder images of shape {sorted(encoded - {(1, 1, 28, 28)})}, not one batch of "
           "one image, (1, 1, 28, 28): the image (1, 28, 28) passed as it is reads its channel as a batch (only a "
           "dense encoder survives it). Make a batch of one: image[None] or image.unsqueeze(0).")
    z, images = out
    expect_tensor(z, f"z of {call}", shape=(n, latent_dim))
    expect_tensor(images, f"images of {call}", shape=(n, 1, 28, 28))
    expect(not z.requires_grad,
           f"z of {call} requires grad: it carries the encoder's graph. Encode the image with your encode_means (no "
           "gradients, as the statement asks), not with model.encoder directly.")
    z = z.detach()
    reference = given.latent_model(**arguments).eval()
    noise = torch.randn(n, latent_dim, generator=given.generator(seed=noise_seed, drawn=drawn))
    restarted = torch.randn(n, latent_dim, generator=given.generator(seed=noise_seed))
    with torch.no_grad():
        centres = [reference.encoder(image[None])[0]]
    # A slip of your encode_means or decode is charged by its own check, not a second time here: what they
    # give is accepted too, and when they are random this check judges only what samples_around adds.
    own_mu, encode_deterministic = _own(lambda: encode_means(model, image[None]))
    if own_mu is not None and own_mu.shape == centres[0].shape:
        centres.append(own_mu)
    if encode_deterministic:
        again = around(model, image, n, scale, remote.make(samples_around, "generator", seed=noise_seed, drawn=drawn))[0]
        expect(type(again) is torch.Tensor and torch.equal(z, again.detach()),
               "Two calls with generators seeded alike gave different codes: draw the noise with "
               "torch.randn(n, latent_dim, generator=generator), not from the global random state.")
        if any(torch.allclose(z, centre + scale * restarted, rtol=1e-4, atol=1e-5) for centre in centres):
            raise AssertionError("The noise came from the generator's seed started afresh, not from the generator as "
                                 "it was given (it had drawn numbers already): draw it with torch.randn(n, latent_dim, "
                                 "generator=generator); do not reseed with generator.initial_seed() or draw from the "
                                 "global random state.")
        if scale != 1 and any(torch.allclose(z, centre + noise, atol=1e-5) for centre in centres):
            raise AssertionError(f"The noise was not multiplied by scale = {scale}: z = mu + scale * noise.")
        if torch.allclose(z, scale * noise, atol=1e-5):
            raise AssertionError("The codes are centred on 0, not on the image's code: z = mu + scale * noise, "
                                 "with mu the encoder's mean for the image (encode_means).")
        expect(any(torch.allclose(z, centre + scale * noise, rtol=1e-4, atol=1e-5) for centre in centres),
               "z is not what was expected. z must be mu + scale * noise, with mu the encoder's mean for the image "
               "(not a sample of q(z|x)) and noise = torch.randn(n, latent_dim, generator=generator), drawn once "
               "in that shape" + (f", and used as drawn: this draw holds a value beyond {tail}, which a clamp of "
                                  "the noise (noise.clamp(-3, 3)) changes." if tail else "."))
    else:
        offsets = z - scale * noise
        expect(torch.allclose(offsets, offsets[:1].expand_as(offsets), atol=1e-5),
               "z - scale * noise is not the same code in every row: z must be mu + scale * noise, with noise = "
               "torch.randn(n, latent_dim, generator=generator), drawn once in that shape.")
    with torch.no_grad():
        accepted = [torch.sigmoid(reference.decoder(z))]
    own_images, decode_deterministic = _own(lambda: decode(model, z))
    if own_images is not None and own_images.shape == images.shape:
        accepted.append(own_images)
    expect(not decode_deterministic or any(torch.allclose(images.detach(), value.to(images.dtype), rtol=1e-4, atol=1e-5)
                                           for value in accepted),  # (a decode in another dtype: charged by its check)
           "the images are not what was expected. The images must be decode(model, z): the Bernoulli means of the "
           "codes z you return, in [0, 1].")
    if images.requires_grad:  # charged here only when your decode itself returns images without a graph
        try:
            decoded = decode(model, z)
            decode_keeps_graph = type(decoded) is torch.Tensor and decoded.requires_grad
        except Exception:
            decode_keeps_graph = False
        expect(decode_keeps_graph,
               f"images of {call} require grad: they carry the decoder's graph. Decode the codes with your decode "
               "(in eval mode and without gradients, as the statement asks), not with model.decoder directly.")


def samples_around(samples_around, encode_means, decode, seed=64):
    """Check samples_around: codes mu + scale * noise drawn with the generator, and their decoded images.

    One mistake, one charge: your samples_around runs with the course's encode_means in place of yours (a slip
    there is charged by its own check), and your own decode is used to tell its mistakes from one of
    samples_around.
    """
    generator = torch.Generator().manual_seed(seed)
    cases = [("vae", _draw(generator, 2, 6), _uniform(generator, 0.1, 0.9)),
             ("vae", 20, _uniform(generator, 0.1, 0.9)),
             ("vae", 2, _uniform(generator, 1.3, 2.5)),
             ("autoencoder", _draw(generator, 2, 5), _uniform(generator, 0.1, 0.9))]
    for kind, latent_dim, scale in cases:
        _check_around(samples_around, encode_means, decode, generator, kind, latent_dim, _draw(generator, 3, 8), scale)
    # Noise whose draw holds a value beyond 3.5 (rare, but a figure of many samples meets it): used as drawn.
    _check_around(samples_around, encode_means, decode, generator, "vae", _draw(generator, 2, 5), _draw(generator, 4, 8),
                  _uniform(generator, 0.1, 0.9), tail=3.5)
    # One generator, two calls (the notebook's cells draw in turn from one): the second call's noise is the next.
    latent_dim, n = _draw(generator, 2, 5), _draw(generator, 3, 8)
    model = remote.make(samples_around, "latent_model", **_model_recipe(generator, "vae", latent_dim))
    image = _test_images([_draw(generator, 0, 9999)])[0]
    shared = remote.make(samples_around, "generator", seed=_draw(generator, 0, 2 ** 30))
    around = with_course_functions(samples_around, ("encode_means",))
    first, second = (around(model, image, n, 0.5, shared)[0] for _ in range(2))
    expect(not torch.allclose(first.detach(), second.detach()),
           "Two calls with one generator gave the same codes: samples_around must move the generator on, as drawing "
           "torch.randn(n, latent_dim, generator=generator) does, so that the next call draws new noise. Do not save "
           "and restore the generator's state, or reseed it.")
    # Scale 0 (the image's own code, n times) draws its noise all the same: what the generator gives the caller next
    # does not depend on the scale asked before.
    seed_value, nexts = _draw(generator, 0, 2 ** 30), []
    for scale in (0.0, 0.5):
        shared = remote.make(samples_around, "generator", seed=seed_value)
        around(model, image, n, scale, shared)
        nexts.append(around(model, image, n, 0.5, shared)[0])
    expect(all(type(z) is torch.Tensor for z in nexts) and nexts[0].shape == nexts[1].shape
           and torch.allclose(nexts[0].detach(), nexts[1].detach(), atol=1e-6),
           "After samples_around(model, image, n, 0, generator), the next call with that generator drew other noise "
           "than after a call with scale 0.5: with scale 0 the noise was not drawn (a shortcut such as z = "
           "mu.expand(n, -1)), so the generator did not move on. Draw torch.randn(n, latent_dim, generator=generator) "
           "whatever the scale: z = mu + 0 * noise is mu, and the generator moves on as for any scale.")
    # A tiny scale (the closest neighbours of a digit) and scale 0 (the image's own code, n times): z = mu + scale *
    # noise with the scale as asked.
    recipe = _model_recipe(generator, "vae", latent_dim)
    model = remote.make(samples_around, "latent_model", **recipe)
    with torch.no_grad():
        mu = given.latent_model(**recipe).eval().encoder(image[None])[0]
    for scale in (_uniform(generator, 0.001, 0.005, 3), 0.0):
        noise_seed = _draw(generator, 0, 2 ** 30)
        z = around(model, image, n, scale, remote.make(samples_around, "generator", seed=noise_seed))[0]
        expect_tensor(z, f"z of samples_around(model, image, {n}, {scale}, generator)", shape=(n, latent_dim))
        expected = mu + scale * torch.randn(n, latent_dim, generator=given.generator(seed=noise_seed))
        expect(torch.allclose(z.detach(), expected, rtol=1e-4, atol=1e-6),
               f"samples_around(model, image, {n}, {scale}, generator) gave codes up to "
               f"{(z.detach() - mu).abs().max().item():.3g} away from the image's mean code mu, expected "
               f"{(expected - mu).abs().max().item():.3g}: the scale was changed (a floor such as max(scale, 0.01), or a "
               "clamp). Use the scale as asked: z = mu + scale * noise, so a tiny scale keeps the codes that close to "
               "mu, and scale 0 gives mu itself.")
    # A single sample (n = 1): still one row, z of shape (1, latent_dim) and one image. The images come from the
    # course's decode here: a decode that gives other images (a cache keyed by id(z), which a freed tensor's address
    # can hit) is charged by its own check, and only samples_around's handling of the shapes is seen.
    noise_seed = _draw(generator, 0, 2 ** 30)
    around_decoded = with_course_functions(samples_around, ("encode_means", "decode"))
    out = around_decoded(model, image, 1, 0.5, remote.make(samples_around, "generator", seed=noise_seed))
    expect(type(out) is tuple and len(out) == 2, "samples_around must return a tuple (z, images).")
    z, images = out
    expect(type(z) is torch.Tensor and tuple(z.shape) == (1, latent_dim),
           f"z of samples_around(model, image, 1, 0.5, generator) has shape "
           f"{tuple(z.shape) if type(z) is torch.Tensor else type(z).__name__}, expected (1, {latent_dim}): for n = 1 "
           "the sample dimension was dropped (z.squeeze(), or z[0]). z is (n, latent_dim) for every n, one included: "
           "return mu + scale * noise as it is, with no squeeze.")
    expect_tensor(images, "images of samples_around(model, image, 1, 0.5, generator)", shape=(1, 1, 28, 28))
    expect_close(z.detach(), mu + 0.5 * torch.randn(1, latent_dim, generator=given.generator(seed=noise_seed)),
                 "z of samples_around(model, image, 1, 0.5, generator)", "z = mu + scale * noise, one row.")
    # torch's global random state is the caller's: the noise comes from the generator only, and samples_around
    # neither draws from nor reseeds the global generator (torch.manual_seed(generator.initial_seed())). The mean
    # code is the encoder's in eval mode (encode_means), as in every other use of the model.
    model = remote.make(samples_around, "latent_model", spied=True, **_model_recipe(generator, "vae", latent_dim))
    noise_seed, value = _draw(generator, 0, 2 ** 30), _draw(generator, 0, 2 ** 30)
    expect_draws_nothing(samples_around, lambda: around(model, image, n, 0.5, remote.make(
        samples_around, "generator", seed=noise_seed)), value,
        "samples_around changed torch's global random state (torch.manual_seed(...), with the generator's "
        "initial_seed() or another seed, or a draw without generator=): the caller's own draws that follow are no "
        "longer its own. Draw the noise with torch.randn(n, latent_dim, generator=generator) only, and do not "
        "reseed torch.")
    expect(not any(call.get("training") is not False for call in _recorded_calls(model.encoder, "model.encoder")),
           "samples_around ran the encoder in training mode (model.encoder called directly on a model in training "
           "mode): the mean code is the encoder's in eval mode. Encode the image with your encode_means (model.eval(), "
           "under torch.no_grad()), as the statement says.")
    # A model in float64 (model.double()): mu is float64, so z = mu + scale * noise is too, and the images are
    # decoded from that very z.
    model = remote.make(samples_around, "latent_model", **_model_recipe(generator, "vae", latent_dim))
    model.double()
    noise_seed = _draw(generator, 0, 2 ** 30)
    out = around(model, image.double(), n, 0.5, remote.make(samples_around, "generator", seed=noise_seed))
    expect(type(out) is tuple and len(out) == 2, "samples_around must return a tuple (z, images).")
    expect_tensor(out[0], f"z of samples_around(model, image, {n}, 0.5, generator) for a float64 model",
                  shape=(n, latent_dim))
    expect(out[0].dtype == torch.float64,
           f"For a float64 model (model.double()) and image, samples_around returned {out[0].dtype} codes z: z = mu + "
           "scale * noise has the dtype of the float64 mean, and the images are decoded from it. Do not cast z "
           "(z.float()): return the codes you decode, as they are.")
    passed("samples_around draws mu + scale * noise with the generator and decodes it")


# ---------------------------------------------------------------- interpolate and slerp

def _check_line(interpolate, a, b, steps):
    name = f"interpolate(z_start, z_end, {steps})"
    path = expect_inputs_kept(interpolate, name, ("z_start", a), ("z_end", b), steps, hint=(
        "an in-place operation on it, or a path written into it. The codes are the caller's; build the path in a new "
        "tensor."))
    expect_tensor(path, name)
    expect(tuple(path.shape) == (steps, len(a)),
           f"{name} has shape {tuple(path.shape)}, expected ({steps}, {len(a)}): {steps} steps are {steps} codes, "
           "both ends included (t = torch.linspace(0, 1, steps)).")
    path = path.detach()
    expect_close(path[0], a, "the first code of the path", "The path must start exactly at z_start (t = 0).")
    expect_close(path[-1], b, "the last code of the path",
                 "The path must end exactly at z_end (t = 1): with S steps, t_k = k / (S - 1), not k / S.")
    t = torch.linspace(0, 1, steps)[:, None]
    expect_close(path, (1 - t) * a + t * b, "the path",
                 "The codes must be equally spaced on the straight line: (1 - t) * z_start + t * z_end.")
    return path


def interpolate(interpolate, seed=65):
    """Check interpolate: steps equally spaced codes from z_start to z_end, and the endpoints decode to the two reconstructions."""
    generator = torch.Generator().manual_seed(seed)
    for latent_dim, steps in ((_draw(generator, 2, 6), _draw(generator, 3, 8)), (20, _draw(generator, 9, 12)),
                              (_draw(generator, 2, 4), 2), (1, _draw(generator, 3, 5))):
        _check_line(interpolate, 2 * torch.randn(latent_dim, generator=generator),
                    2 * torch.randn(latent_dim, generator=generator), steps)
    # Every number of steps up to 128 (a long path, a smooth animation): exactly that many codes, whatever rounding
    # t's step size 1 / (S - 1) gets in floating point (torch.arange(0, 1, 1 / (S - 1)) has S or S - 1 values).
    a, b = torch.randn(3, generator=generator), torch.randn(3, generator=generator)
    for steps in range(2, 129):
        path = interpolate(a, b, steps)
        expect(type(path) is torch.Tensor and tuple(path.shape) == (steps, 3),
               f"interpolate(z_start, z_end, {steps}) has shape "
               f"{tuple(path.shape) if type(path) is torch.Tensor else type(path).__name__}, expected ({steps}, 3): "
               "make t with torch.linspace(0, 1, steps), which has exactly `steps` values (torch.arange with a float "
               "step gives one value more or less for some numbers of steps).")
    # Between the codes of two test digits, with the trained VAE (d = 20): the ends are their reconstructions.
    model = _trained_vae_z20()
    pair = _test_images(torch.randperm(10_000, generator=generator)[:2].tolist())
    with torch.no_grad():
        means = model.encoder(pair)[0]
        reconstructions = torch.sigmoid(model(pair)[0])  # eval mode: decoded from z = mu
    path = _check_line(interpolate, means[0], means[1], _draw(generator, 6, 10))
    with torch.no_grad():
        ends = torch.sigmoid(model.decoder(path[[0, -1]]))
    expect_close(ends, reconstructions, "the first and last decoded images of the path",
                 "The endpoints of the path must decode to the reconstructions of the two digits.", atol=1e-4)
    # Two codes less than 1e-2 apart (two nearby digits, a short step): the path still goes from one to the other.
    latent_dim, steps = _draw(generator, 2, 6), _draw(generator, 3, 8)
    a = torch.randn(latent_dim, generator=generator)
    signs = torch.randint(0, 2, (latent_dim,), generator=generator) * 2 - 1
    b = a + signs * (0.002 + 0.006 * torch.rand(latent_dim, generator=generator))
    name = f"interpolate(z_start, z_end, {steps})"
    path = interpolate(a, b, steps)
    expect_tensor(path, name, shape=(steps, latent_dim))
    t = torch.linspace(0, 1, steps)[:, None]
    expect_close(path.detach(), (1 - t) * a + t * b, f"{name} for codes {(a - b).abs().max():.3f} apart",
                 "The path must go from z_start to z_end however close they are: codes a few thousandths apart are "
                 "two codes, not one (no constant path when torch.allclose(z_start, z_end), whose tolerance is not "
                 "equality). (1 - t) * z_start + t * z_end for every pair of codes.", atol=1e-6)
    # Long paths (21 to 128 steps, a smooth animation): the same t_k = k / (S - 1), from z_start to z_end exactly.
    a, b = 2 * torch.randn(latent_dim, generator=generator), 2 * torch.randn(latent_dim, generator=generator)
    for steps in (_draw(generator, 21, 64), _draw(generator, 65, 128)):
        name = f"interpolate(z_start, z_end, {steps})"
        path = interpolate(a, b, steps)
        expect_tensor(path, name, shape=(steps, latent_dim))
        t = torch.linspace(0, 1, steps)[:, None]
        expect(torch.allclose(path.detach()[[0, -1]], torch.stack([a, b]), rtol=1e-4, atol=1e-5),
               f"{name}, a long path, does not run from z_start to z_end: its last code is "
               f"{(path.detach()[-1] - a).norm().item() / (b - a).norm().item():.3f} of the way. t_k = k / (S - 1) "
               "for every number of steps S, long paths included (no other denominator, such as S, for S above "
               "some size): t = torch.linspace(0, 1, steps).")
        expect_close(path.detach(), (1 - t) * a + t * b, name,
                     "The codes must be equally spaced on the straight line for every number of steps: "
                     "(1 - t) * z_start + t * z_end with t = torch.linspace(0, 1, steps).")
    # A very long path (1,001 to 2,000 steps, a frame per code of a long animation): no cap on the number of codes.
    steps = _draw(generator, 1_001, 2_000)
    path = interpolate(a, b, steps)
    expect(type(path) is torch.Tensor and tuple(path.shape) == (steps, latent_dim),
           f"interpolate(z_start, z_end, {steps}) has shape "
           f"{tuple(path.shape) if type(path) is torch.Tensor else type(path).__name__}, expected ({steps}, "
           f"{latent_dim}): the path has exactly `steps` codes however many are asked, with no cap (min(steps, 1000)). "
           "Use t = torch.linspace(0, 1, steps).")
    t = torch.linspace(0, 1, steps)[:, None]
    expect_close(path.detach(), (1 - t) * a + t * b, f"interpolate(z_start, z_end, {steps})",
                 "The codes must be equally spaced on the straight line for every number of steps: "
                 "(1 - t) * z_start + t * z_end with t = torch.linspace(0, 1, steps).")
    passed("interpolate gives equally spaced codes whose endpoints decode to the two reconstructions")


def _codes_apart(generator, latent_dim, dtype=torch.float32):
    """Two random codes at least 3 degrees from parallel and from opposite (sin W >= 0.05). Random codes of two
    dimensions are now and then within 1e-3 of either (2 seeds in 10,000 per pair): a correct slerp then falls back to
    the straight line, as the statement says, or divides by a sin W so small that float32 rounding moves the path by
    more than the tolerance; the dedicated cases check those angles, with codes made for them."""
    while True:
        a, b = (torch.randn(latent_dim, generator=generator, dtype=dtype) for _ in range(2))
        cosine = (a.double() @ b.double() / (a.double().norm() * b.double().norm())).item()
        if 1 - cosine ** 2 >= 0.05 ** 2:
            return a, b


def _reference_slerp(a, b, steps):
    omega = torch.arccos((a @ b / (a.norm() * b.norm())).clamp(-1, 1))
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * a + torch.sin(t * omega) * b) / torch.sin(omega)


def _check_slerp(slerp, a, b, steps):
    path = slerp(a, b, steps)
    name = f"slerp(z_start, z_end, {steps})"
    expect(type(path) is torch.Tensor and bool(torch.isfinite(path).all()),
           f"{name} is not a tensor of finite numbers: the cosine of the angle is <a, b> / (|a| |b|), clamped to "
           "[-1, 1] before torch.arccos (a dot product of unnormalised codes is not a cosine).")
    expect(tuple(path.shape) == (steps, len(a)),
           f"{name} has shape {tuple(path.shape)}, expected ({steps}, {len(a)}): {steps} codes, both ends included.")
    path = path.detach()
    expect_close(path[[0, -1]], torch.stack([a, b]), f"the endpoints of {name}",
                 "The path must start exactly at z_start (t = 0) and end exactly at z_end (t = 1): "
                 "t = torch.linspace(0, 1, steps).")
    t = torch.linspace(0, 1, steps)[:, None]
    line, reference = (1 - t) * a + t * b, _reference_slerp(a, b, steps)
    # Random codes are now and then nearly parallel: their arc is within 1e-4 of the line, and a correct slerp would
    # be called straight (3 seeds in 1,000). Only an arc that leaves the line by 3e-4 or more tells them apart.
    bends = not torch.allclose(reference, line, atol=3e-4)
    expect(steps == 2 or not bends or not torch.allclose(path, line, atol=1e-4),
           f"{name} is the straight line: the weights of slerp are sin((1 - t) W) / sin W and sin(t W) / sin W.")
    expect_close(path, reference, name,
                 "The path is not sin((1 - t) W) / sin W * z_start + sin(t W) / sin W * z_end, with W the angle "
                 "between the two codes: cos W = <a, b> / (|a| |b|).", atol=1e-4)
    return path


def _check_parallel(slerp, interpolate, a, b, steps, how: str, hint="when sin W < 1e-3, return interpolate(...)."):
    path = slerp(a, b, steps)
    expect(type(path) is torch.Tensor and bool(torch.isfinite(path).all()),
           f"slerp of two codes that point {how} returned NaN or inf: {hint}")
    t = torch.linspace(0, 1, steps)[:, None]
    accepted = [(1 - t) * a + t * b]
    try:  # a slip of your interpolate is charged by its own check, not a second time here
        yours = interpolate(a, b, steps)
        if type(yours) is torch.Tensor and yours.shape == path.shape:
            accepted.append(yours.detach())
    except Exception:
        pass
    expect(any(path.shape == value.shape and torch.allclose(path.detach(), value, atol=1e-5) for value in accepted),
           f"slerp(a, b, {steps}) for codes that point {how} is not the straight path: when sin W < 1e-3 (parallel "
           "codes, the same way or exactly opposite ways), return interpolate(z_start, z_end, steps).")


def _parallel_past_one(generator, sign: int):
    """Codes a and sign * 2.7 a whose cosine, computed in float32 the usual ways (the dot product over the norms, of the
    unit vectors, F.cosine_similarity), rounds past sign * 1: arccos of it is NaN unless it is clamped first."""
    for _ in range(2000):  # about 1 draw in 18 qualifies
        a = torch.randn(_draw(generator, 2, 8), generator=generator)
        b = sign * 2.7 * a
        cosines = (a @ b / (a.norm() * b.norm()), (a / a.norm()) @ (b / b.norm()),
                   torch.nn.functional.cosine_similarity(a, b, dim=0))
        if all(bool(value.abs() > 1) for value in cosines):
            return a, b
    raise RuntimeError("no parallel codes whose cosine rounds past 1 were found")


def slerp(slerp, interpolate, seed=66):
    """Check slerp: the great circle between the two codes, both ends included, and no NaN for parallel codes.

    The straight path that slerp returns for parallel codes is compared with the reference and with what your
    own interpolate gives: a slip there is charged in its check, not twice here.
    """
    generator = torch.Generator().manual_seed(seed)
    # Two codes of the same norm r at a known angle W, in the plane of two orthonormal directions u, v: the
    # great circle keeps the norm r, and its point at t is r (cos(t W) u + sin(t W) v).
    latent_dim, steps = _draw(generator, 2, 6), _draw(generator, 3, 7)
    u, v = torch.linalg.qr(torch.randn(latent_dim, 2, generator=generator)).Q.T
    r, angle = _uniform(generator, 2.0, 3.0), math.radians(_uniform(generator, 35.0, 65.0, 1))
    a, b = r * u, r * (math.cos(angle) * u + math.sin(angle) * v)
    path = _check_slerp(slerp, a, b, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    expect_close(path, r * (torch.cos(t * angle) * u + torch.sin(t * angle) * v), f"slerp(a, b, {steps})",
                 f"Two codes of norm {r} at {math.degrees(angle):.1f} degrees: along the great circle every code keeps "
                 "the norm, at the angle t * W from z_start.", atol=1e-4)
    # A few degrees apart (sin W of 0.05 to 0.09): still the great circle (the straight line is for sin W about 0 only).
    small = math.radians(_uniform(generator, 3.0, 5.0, 1))
    _check_slerp(slerp, r * u, r * (math.cos(small) * u + math.sin(small) * v), _draw(generator, 3, 7))
    for latent_dim, steps in ((_draw(generator, 2, 5), _draw(generator, 4, 9)), (20, _draw(generator, 5, 11)),
                              (_draw(generator, 2, 4), 2)):
        _check_slerp(slerp, *_codes_apart(generator, latent_dim), steps)
    # Parallel codes along an axis, with whole lengths: the cosine is exactly 1 or -1, and sin W about 0.
    latent_dim = _draw(generator, 2, 6)
    a = torch.zeros(latent_dim)
    a[_draw(generator, 0, latent_dim - 1)] = float(_draw(generator, 1, 4)) * (1 if _draw(generator, 0, 1) else -1)
    _check_parallel(slerp, interpolate, a, _draw(generator, 2, 4) * a, _draw(generator, 3, 7), "the same way")
    _check_parallel(slerp, interpolate, a, -_draw(generator, 1, 3) * a, _draw(generator, 3, 7), "opposite ways")
    # Parallel codes whose computed cosine rounds just past 1 (or -1), as the statement warns
    clamp = ("its cosine rounds just past 1 or -1, and arccos of that is NaN: clamp cos W to [-1, 1] before "
             "torch.arccos (a sine from sqrt(1 - cos^2) or sqrt(|a|^2 |b|^2 - <a, b>^2) goes just below 0 there: clamp "
             "what goes into the sqrt, not what comes out).")
    for sign, how in ((1, "the same way"), (-1, "opposite ways")):
        _check_parallel(slerp, interpolate, *_parallel_past_one(generator, sign), _draw(generator, 3, 7), how, clamp)
    # The codes are the caller's (rows of the codes it plots): slerp reads them and leaves them as they were, bit for
    # bit. Codes that x / |x| * |x| does not give back exactly: normalising in place and multiplying back shows.
    a, b = 3 * torch.randn(latent_dim, generator=generator), 2 * torch.randn(latent_dim, generator=generator)
    for _ in range(3000):  # 1 draw in 70 qualifies for 2 units, 1 in 5 for 6
        if not any(torch.equal(x / x.norm() * x.norm(), x) for x in (a, b)):
            break
        a, b = 3 * torch.randn(latent_dim, generator=generator), 2 * torch.randn(latent_dim, generator=generator)
    expect_inputs_kept(slerp, "slerp(z_start, z_end, steps)", ("z_start", a), ("z_end", b), _draw(generator, 3, 7), hint=(
                           "an in-place operation (z_start /= z_start.norm(), z_end.div_(...)) overwrites the caller's "
                           "codes, and multiplying back (z_start *= norm) does not restore their last digits. "
                           "Normalise into new tensors: u = z_start / z_start.norm()."))
    # Nearly opposite codes (W of 172 to 176 degrees, sin W of 0.07 to 0.14): still the great circle, which the
    # straight line (through about 0) is not; only sin W < 1e-3 falls back to it.
    latent_dim, steps = _draw(generator, 2, 6), _draw(generator, 5, 9)
    u, v = torch.linalg.qr(torch.randn(latent_dim, 2, generator=generator)).Q.T
    r, wide = _uniform(generator, 1.5, 3.0), math.radians(_uniform(generator, 172.0, 176.0, 1))
    a, b = r * u, r * (math.cos(wide) * u + math.sin(wide) * v)
    path = slerp(a, b, steps)
    expect_tensor(path, f"slerp(z_start, z_end, {steps})", shape=(steps, latent_dim))
    t = torch.linspace(0, 1, steps)[:, None]
    expect(not torch.allclose(path.detach(), (1 - t) * a + t * b, atol=1e-4),
           f"slerp of two codes {math.degrees(wide):.1f} degrees apart (sin W = {math.sin(wide):.3f}) returned the "
           "straight line: the fallback to interpolate is for sin W < 1e-3 only, not for wide angles (W above 3, or "
           "near 180 degrees). Follow the great circle for every other angle.")
    expect_close(path.detach(), r * (torch.cos(t * wide) * u + torch.sin(t * wide) * v), f"slerp(a, b, {steps})",
                 f"Two codes of norm {r} at {math.degrees(wide):.1f} degrees: along the great circle every code keeps "
                 "the norm, at the angle t * W from z_start.", atol=1e-3)  # float32 / sin W: 1.4e-4 off at worst
    # A fine path (50 to 128 steps, a smooth animation): t_k = k / (S - 1) for every S, so the last code is z_end.
    latent_dim, steps = _draw(generator, 2, 6), _draw(generator, 50, 128)
    a, b = _codes_apart(generator, latent_dim)
    path = slerp(a, b, steps)
    expect_tensor(path, f"slerp(z_start, z_end, {steps})", shape=(steps, latent_dim))
    expect_close(path.detach(), _reference_slerp(a, b, steps), f"slerp(z_start, z_end, {steps})",
                 f"With {steps} steps the path is not at t_k = k / (S - 1): it must end exactly at z_end for any number "
                 "of steps (t = k / S, from torch.arange(steps) / steps, stops short). Use t = torch.linspace(0, 1, "
                 "steps).", atol=1e-4)
    # Codes of many dimensions (65 to 128, a large VAE's): the angle W is between the whole codes.
    latent_dim, steps = _draw(generator, 65, 128), _draw(generator, 4, 9)
    a, b = _codes_apart(generator, latent_dim)
    path = slerp(a, b, steps)
    expect_tensor(path, f"slerp(z_start, z_end, {steps}) of {latent_dim}-dimensional codes", shape=(steps, latent_dim))
    expect_close(path.detach(), _reference_slerp(a, b, steps), f"slerp of {latent_dim}-dimensional codes",
                 f"For codes of {latent_dim} dimensions the angle W was not taken over all of them (a cosine of only "
                 "the first dimensions, z_start[:64]): cos W = <z_start, z_end> / (|z_start| |z_end|) over every "
                 "dimension, whatever the code size.", atol=1e-4)
    # Codes of tiny norm (1e-4 to 5e-4, near the origin) at a wide angle: sin W is about 0.5 to 0.9, so the great
    # circle; the test is on sin W alone, not on sin W times the norms. (Compared relative to the norm.)
    latent_dim, steps = _draw(generator, 2, 6), _draw(generator, 5, 9)
    u, v = torch.linalg.qr(torch.randn(latent_dim, 2, generator=generator)).Q.T
    r, angle = _uniform(generator, 1.0, 5.0) * 1e-4, math.radians(_uniform(generator, 35.0, 65.0, 1))
    a, b = r * u, r * (math.cos(angle) * u + math.sin(angle) * v)
    path = slerp(a, b, steps)
    expect_tensor(path, f"slerp(z_start, z_end, {steps}) of codes of norm {r:.1e}", shape=(steps, latent_dim))
    t = torch.linspace(0, 1, steps)[:, None]
    expect_close(path.detach() / r, torch.cos(t * angle) * u + torch.sin(t * angle) * v,
                 f"slerp of two codes of norm {r:.1e} at {math.degrees(angle):.1f} degrees, divided by the norm",
                 f"For codes near the origin (norm {r:.1e}) at {math.degrees(angle):.1f} degrees, sin W = "
                 f"{math.sin(angle):.2f}: the path must follow the great circle. The fallback to interpolate depends on "
                 "sin W < 1e-3 alone, the angle, not on the norms (sin W * |z|, or an absolute threshold on the codes).",
                 atol=1e-4)
    # float64 codes (a float64 model's): not rounded to float32 on the way. (An answer that fails on float64 codes,
    # its weights a float32 matrix, is not charged here: the statement's codes are the notebook's float32 ones.)
    latent_dim, steps = _draw(generator, 2, 6), _draw(generator, 3, 7)
    a, b = _codes_apart(generator, latent_dim, torch.float64)
    try:
        path = slerp(a, b, steps)
    except (RuntimeError, TypeError):
        path = None
    expect(path is None or type(path) is torch.Tensor and path.shape == (steps, latent_dim)
           and path.dtype == torch.float64
           and torch.allclose(path.detach(), _reference_slerp(a, b, steps), rtol=1e-5, atol=1e-6),
           f"For float64 codes slerp returned {getattr(path, 'dtype', type(path).__name__)} values: the codes went "
           "through float32 (z_start.float()), "
           "which rounds the path's ends to 7 digits, off the codes the caller gave. Compute in the codes' dtype.")
    passed("slerp follows the great circle, keeps both ends, and handles parallel codes")


# ---------------------------------------------------------------- the aggregate posterior

def _check_moments(aggregate_moments, mu, logvar):
    out = expect_inputs_kept(aggregate_moments, "aggregate_moments(mu, logvar)", ("mu", mu), ("logvar", logvar))
    expect(type(out) is tuple and len(out) == 2, "aggregate_moments must return a tuple (mean, variance).")
    mean, variance = out
    d = mu.shape[1]
    expect(d == 20 or not any(type(value) is torch.Tensor and tuple(value.shape) == (20,) for value in out),
           f"aggregate_moments of mu and logvar of shape {tuple(mu.shape)} returned moments of shape (20,), expected "
           f"({d},): one value per latent unit, whatever their number. Average over dim 0 of the tensors as given: no "
           "reshape to a fixed latent size (reshape(-1, 20), the trained VAE's).")
    expect_tensor(mean, "the mean", shape=(d,))
    expect_tensor(variance, "the variance", shape=(d,))
    expect(mean.dtype == variance.dtype == mu.dtype,
           f"aggregate_moments of {mu.dtype} mu and logvar returned {mean.dtype} and {variance.dtype}: keep their dtype "
           "(no float32 accumulators made with torch.zeros(d)).")
    mean, variance = mean.detach(), variance.detach()
    expect_close(mean, mu.mean(0), "the mean",
                 "The mean of the mixture is the average of the means mu over the images (dimension 0).")
    sigma2, spread = logvar.exp(), mu.var(0, unbiased=False)
    mistakes = [
        (spread, "This is the variance of the means only: add the average of the variances sigma^2 = exp(logvar), "
                 "each image's own spread."),
        ((sigma2 + mu ** 2).mean(0), "This is E[sigma^2 + mu^2], the second moment: subtract the squared mean m^2."),
        (sigma2.mean(0), "This is the average of sigma^2 only: add the spread of the means, E[mu^2] - m^2."),
        (spread + logvar.mean(0), "logvar is log sigma^2: use sigma^2 = exp(logvar), not logvar."),
        (spread + (0.5 * logvar).exp().mean(0), "Use the variance sigma^2 = exp(logvar), not the standard deviation "
                                                "exp(0.5 * logvar)."),
        (spread * len(mu) / max(len(mu) - 1, 1) + sigma2.mean(0),
         "Average over the N images (divide by N): torch.var divides by N - 1 unless unbiased=False (or correction=0)."),
    ]
    expected = (sigma2 + mu ** 2).mean(0) - mu.mean(0) ** 2
    # A mistake is named only when it is 10 times the tolerance away from the right value: a right answer, a rounding
    # away from it, is then never within the tolerance of a mistake that happens to lie just outside it.
    for wrong, message in mistakes:
        if torch.allclose(variance, wrong, atol=1e-5) and not torch.allclose(wrong, expected, atol=1e-4, rtol=1e-4):
            raise AssertionError(message)
    expect_close(variance, expected, "the variance",
                 "It must be the average of (sigma^2 + mu^2) over the images minus the squared mean.")
    expect(bool((variance > 0).all()), "A variance must be positive.")


def _moments_of_all_rows(out, mu, logvar, atol: float) -> bool:
    """Whether `out` is (mean, variance) of the mixture of all the rows (images) of mu and logvar, to atol."""
    expected = (mu.mean(0), (logvar.exp() + mu ** 2).mean(0) - mu.mean(0) ** 2)
    return type(out) is tuple and len(out) == 2 and all(
        type(value) is torch.Tensor and value.shape == wanted.shape
        and torch.allclose(value.detach(), wanted, rtol=1e-4, atol=atol) for value, wanted in zip(out, expected))


def aggregate_moments(aggregate_moments, seed=67):
    """Check aggregate_moments on small examples whose moments are known."""
    generator = torch.Generator().manual_seed(seed)
    for n, d, scale, shift in ((_draw(generator, 3, 12), _draw(generator, 2, 6), 1.5, -0.5),
                               (_draw(generator, 30, 80), _draw(generator, 2, 8), 2.0, -1.0),
                               (1, _draw(generator, 2, 4), 1.0, 0.0)):
        mu = scale * torch.randn(n, d, generator=generator) + _uniform(generator, -1.0, 1.0)
        _check_moments(aggregate_moments, mu, torch.randn(n, d, generator=generator) + shift)
    n, d = _draw(generator, 2, 9), _draw(generator, 2, 4)
    _check_moments(aggregate_moments, torch.zeros(n, d), torch.zeros(n, d))  # the prior: mean 0, variance 1
    # A confident encoder whose means barely move: variances of about 1e-4, which a floor or clamp would change.
    n = _draw(generator, 20, 60)
    _check_moments(aggregate_moments, 0.01 * torch.randn(n, d, generator=generator) + 0.1,
                   torch.full((n, d), -10.0) + 0.5 * torch.randn(n, d, generator=generator))
    mu, logvar = torch.randn(2, _draw(generator, 3, 12), _draw(generator, 2, 6), generator=generator, dtype=torch.float64)
    _check_moments(aggregate_moments, mu, logvar)  # float64 in, float64 out
    n = _draw(generator, 3, 12)  # one latent unit: (N, 1) in, (1,) out
    try:
        _check_moments(aggregate_moments, torch.randn(n, 1, generator=generator), torch.randn(n, 1, generator=generator))
    except AssertionError:
        raise
    except Exception as error:
        raise AssertionError(f"aggregate_moments failed for one latent unit, mu and logvar of shape ({n}, 1), with "
                             f"{type(error).__name__}: {error}. Average over the images (dim 0), which works for any "
                             "number of units (torch.cov of one variable is a 0-d tensor, and .squeeze() drops the "
                             "unit's dimension).") from None
    # Latent sizes other than the trained VAE's 20 (d = 10 or 5, with N * d a multiple of 20): one value per unit.
    for d, n in ((10, 2 * _draw(generator, 2, 6)), (5, 4 * _draw(generator, 1, 3))):
        out = aggregate_moments(torch.randn(n, d, generator=generator), torch.randn(n, d, generator=generator))
        shapes = [tuple(value.shape) if type(value) is torch.Tensor else type(value).__name__
                  for value in (out if type(out) is tuple else (out,))]
        expect(shapes == [(d,), (d,)],
               f"aggregate_moments of mu and logvar of shape ({n}, {d}) returned moments of shapes {shapes}, expected "
               f"[({d},), ({d},)]: one value per latent unit, whatever their number. Average over dim 0 of the "
               "tensors as given: no reshape to a fixed latent size (reshape(-1, 20), the trained VAE's).")
    # A collapsed, certain unit: every mu exactly 0 and logvar -30, a variance of exp(-30), about 1e-13, as it is.
    n = _draw(generator, 3, 12)
    logvar = torch.cat([torch.full((n, 1), -30.0), torch.randn(n, 1, generator=generator)], dim=1)
    mu = torch.cat([torch.zeros(n, 1), torch.randn(n, 1, generator=generator)], dim=1)
    variance = aggregate_moments(mu, logvar)[1]
    expect(type(variance) is torch.Tensor and variance.shape == (2,)
           and torch.allclose(variance[0], torch.tensor(math.exp(-30.0)), rtol=1e-3, atol=0.0),
           f"For a unit whose means are all 0 and whose log-variances are all -30, aggregate_moments gives the variance "
           f"{variance[0].item() if type(variance) is torch.Tensor and variance.numel() else variance!r}, expected "
           f"exp(-30) = {math.exp(-30.0):.3g}: return the variance as computed, with no floor or clamp.")
    # The moments are differentiable in mu and logvar (a loss that matches the aggregate posterior to the prior).
    mu = torch.randn(5, 3, generator=generator).requires_grad_()
    logvar = torch.randn(5, 3, generator=generator).requires_grad_()
    mean, variance = aggregate_moments(mu, logvar)
    expect(type(mean) is torch.Tensor and type(variance) is torch.Tensor and mean.requires_grad and variance.requires_grad,
           "aggregate_moments returned moments without gradient (.detach(), torch.no_grad() or NumPy): compute them "
           "with torch operations on mu and logvar, so that a loss on them (the aggregate posterior against the prior) "
           "reaches the encoder.")
    # An unsure encoder: log-variances of 2.5 to 6, sigma^2 = exp(logvar) from 12 to 400, which a ceiling would change.
    n, d = _draw(generator, 4, 12), _draw(generator, 2, 5)
    mu = torch.randn(n, d, generator=generator)
    logvar = 2.5 + 3.5 * torch.rand(n, d, generator=generator)
    variance = aggregate_moments(mu, logvar)[1]
    expected = (logvar.exp() + mu ** 2).mean(0) - mu.mean(0) ** 2
    shown = [round(value, 1) for value in variance.detach().flatten().tolist()] \
        if type(variance) is torch.Tensor else variance
    expect(type(variance) is torch.Tensor and variance.shape == (d,)
           and torch.allclose(variance.detach(), expected, rtol=1e-4, atol=1e-5),
           f"For log-variances between 2.5 and 6 (sigma^2 = exp(logvar) from 12 to 400, an encoder unsure of a unit), "
           f"aggregate_moments gives the variances {shown!r}, expected "
           f"{[round(value, 1) for value in expected.tolist()]}: use sigma^2 = exp(logvar) as it is, with no "
           "ceiling or clamp (logvar.exp().clamp(max=...)).")
    # The gradient reaches logvar too, through sigma^2 = exp(logvar): d sum(variance) / d logvar = sigma^2 / N.
    n, d = _draw(generator, 3, 9), _draw(generator, 2, 5)
    mu = torch.randn(n, d, generator=generator).requires_grad_()
    logvar = torch.randn(n, d, generator=generator).requires_grad_()
    variance = aggregate_moments(mu, logvar)[1]
    try:
        variance.sum().backward()
    except Exception as error:
        raise AssertionError(f"backward() through the variance of aggregate_moments failed with "
                             f"{type(error).__name__}: {error}. Compute the moments with torch operations on mu and "
                             "logvar.") from None
    expect(logvar.grad is not None and bool(logvar.grad.abs().sum() > 0),
           "The variance of aggregate_moments has no gradient with respect to logvar (sigma^2 = exp(logvar) was "
           "detached, or taken from NumPy or .item()): a loss on the aggregate posterior could not move the encoder's "
           "variances. Keep exp(logvar) in the graph: no .detach().")
    expect_close(logvar.grad, logvar.detach().exp() / n, "the gradient of sum(variance) with respect to logvar",
                 "It must be sigma^2 / N = exp(logvar) / N: the variance is the average of sigma^2 + mu^2 minus m^2.")
    expect(mu.grad is not None, "The variance of aggregate_moments has no gradient with respect to mu: keep mu in "
                                "the graph (no .detach()).")
    expect_close(mu.grad, 2 * (mu.detach() - mu.detach().mean(0)) / n,
                 "the gradient of sum(variance) with respect to mu",
                 "It must be 2 (mu - m) / N: the variance is the average of sigma^2 + mu^2 minus m^2.")
    # Log-variances of 60 to 80 (sigma^2 up to 5.5e34, finite in float32: an exploding encoder), as they are.
    n = _draw(generator, 3, 9)
    mu = torch.randn(n, 4, generator=generator)
    logvar = torch.stack([far_log_variances(generator) for _ in range(n)])
    variance = aggregate_moments(mu, logvar)[1]
    expected = (logvar.double().exp() + mu.double() ** 2).mean(0) - mu.double().mean(0) ** 2
    shown = [f"{value:.3g}" for value in variance.detach().tolist()] if type(variance) is torch.Tensor else variance
    expect(type(variance) is torch.Tensor and variance.shape == (4,)
           and torch.allclose(variance.detach().double(), expected, rtol=1e-4, atol=1e-5),
           f"For log-variances from -80 to 80 (sigma^2 = exp(logvar) up to {expected.max().item():.2g}, still finite "
           f"in float32), aggregate_moments gives the variances {shown!r}, expected "
           f"{[f'{value:.3g}' for value in expected.tolist()]}: a clamp of logvar before exp "
           "(logvar.clamp(max=50)) changes them. Use exp(logvar) as it is.")
    # More images than a chunk of 1000 (N from 1200 to 1800), whose means drift from the first to the last.
    n, d = 1000 + _draw(generator, 200, 800), _draw(generator, 2, 5)
    mu = torch.randn(n, d, generator=generator) + torch.linspace(-2.0, 2.0, n)[:, None]
    logvar = torch.randn(n, d, generator=generator)
    out = aggregate_moments(mu, logvar)
    expect(type(out) is tuple and len(out) == 2, "aggregate_moments must return a tuple (mean, variance).")
    expected = (mu.mean(0), (logvar.exp() + mu ** 2).mean(0) - mu.mean(0) ** 2)
    for value, wanted, what in zip(out, expected, ("mean", "variance")):
        expect_tensor(value, f"the {what} of {n} images", shape=(d,))
        expect_close(value.detach(), wanted, f"the {what} of {n} images",
                     f"It must be the average over all the {n} images, each counted once: averages of chunks of "
                     "unequal sizes (1000 images, then the rest) averaged as equals give the images of the smaller "
                     "chunk more weight. Weight each chunk by its size, or average over dim 0 at once.")
    # More than 10,000 images (the test set's size), whose last ones differ: every row counts, however many.
    n, d = 10_000 + _draw(generator, 500, 3_000), _draw(generator, 2, 5)
    mu = torch.randn(n, d, generator=generator)
    mu[10_000:] += 3.0
    logvar = torch.randn(n, d, generator=generator)
    expect(_moments_of_all_rows(aggregate_moments(mu, logvar), mu, logvar, atol=1e-4),
           f"For mu and logvar of {n} images (more than the 10,000 test images; the last {n - 10_000} with means "
           "shifted by 3), the moments are not those of all the rows: only some of them were used (mu[:10_000]). "
           "Average over every image given, however many: mu.mean(dim=0).")
    # As many images as latent units (a square mu, d x d): the images are still dimension 0.
    d = _draw(generator, 3, 8)
    mu = torch.randn(d, d, generator=generator) + torch.linspace(-2.0, 2.0, d)[:, None]
    logvar = torch.randn(d, d, generator=generator)
    expect(_moments_of_all_rows(aggregate_moments(mu, logvar), mu, logvar, atol=1e-5),
           f"For mu and logvar of shape ({d}, {d}), {d} images of {d} latent units, the moments are not the averages "
           "over the images: the mean (or the variance) was taken over the units (dim=1). The images are dimension 0 "
           "whatever the shapes: average over dim 0 always, with no test of the shape that picks the dimension.")
    # float64 means far from 0 that barely move (offsets of 200 to 500, spread 0.01): E[mu^2] - m^2 cancels, and
    # only float64 keeps the small variance; computed in float32 (mu.float()) it is off by 1e-3 or more.
    n, d = _draw(generator, 20, 60), _draw(generator, 2, 4)
    mu = 0.01 * torch.randn(n, d, generator=generator, dtype=torch.float64) + _uniform(generator, 200.0, 500.0)
    logvar = torch.full((n, d), -10.0, dtype=torch.float64) + 0.5 * torch.randn(n, d, generator=generator,
                                                                                 dtype=torch.float64)
    variance = aggregate_moments(mu, logvar)[1]
    expected = logvar.exp().mean(0) + ((mu - mu.mean(0)) ** 2).mean(0)
    expect_tensor(variance, f"the variance of float64 mu and logvar of shape ({n}, {d})", shape=(d,))
    expect(torch.allclose(variance.detach().double(), expected, rtol=1e-4, atol=1e-8),
           f"For float64 means near {mu.mean().item():.0f} that barely move (spread 0.01), aggregate_moments gives the "
           f"variances {[f'{value:.3g}' for value in variance.detach().tolist()]}, expected "
           f"{[f'{value:.3g}' for value in expected.tolist()]}: part of it was computed in float32 (mu.float(), "
           "logvar.float()), whose rounding of mu^2 swamps a small variance. Compute in the dtype of mu and logvar.")
    # A very large set (over 100,000 rows): mu and logvar are still the caller's, left as they were.
    n, d = 100_000 + _draw(generator, 1, 5_000), _draw(generator, 2, 4)
    mu = torch.randn(n, d, generator=generator) + 0.5
    logvar = torch.randn(n, d, generator=generator)
    out = expect_inputs_kept(aggregate_moments, f"aggregate_moments(mu, logvar) of {n} rows", ("mu", mu),
                             ("logvar", logvar), hint=(
                                 "an in-place operation on a large set (mu.sub_(mean), mu -= mean) overwrites the "
                                 "caller's means. Centre into a new tensor: mu - mean."))
    expect(_moments_of_all_rows(out, mu, logvar, atol=1e-4),
           f"For mu and logvar of {n} rows the moments are not those of the mixture of all the rows.")
    # A diverged image (NaN in its mu, a training gone wrong): the mixture's moments are NaN in that unit, which
    # shows it; dropping the image (a mask of finite rows, nanmean) hides it. Refusing it (an error) shows it too.
    mu, logvar = torch.randn(6, 3, generator=generator), torch.randn(6, 3, generator=generator)
    mu[_draw(generator, 0, 5), 1] = float("nan")
    try:
        mean, variance = aggregate_moments(mu, logvar)
        shown = bool(torch.isnan(mean[1]) and torch.isnan(variance[1]))
    except (ValueError, AssertionError, RuntimeError, FloatingPointError):
        shown = True
    expect(shown,
           "For encoder means of which one image has a NaN (a diverged training), aggregate_moments returned finite "
           "moments: the image was dropped (a mask of finite rows, nanmean). Average over every image with "
           ".mean(dim=0), so that a NaN shows: it means a bug upstream that a dropped image hides.")
    passed("aggregate_moments gives the mean and the variance of the mixture")


def prior_match(aggregate_moments, seed=68):
    """Check that the aggregate posterior of the trained VAE with d = 20 is close to the prior N(0, I).

    Your aggregate_moments is given the encoder's outputs (mu, logvar) for half of the test images, drawn anew
    for each run; the trained VAE's are made and kept in both processes (given.trained_posterior).
    One mistake, one charge: when your aggregate_moments fails its own check, the course's stands in for it.
    """
    generator = torch.Generator().manual_seed(seed)
    images = _draw(generator, 0, 2 ** 30)
    charged = fails_own_check(globals()["aggregate_moments"], aggregate_moments, seed=seed)
    if charged:
        aggregate_moments = _course_aggregate_moments
    mu = given.trained_posterior(part="mu", count=5000, seed=images)
    logvar = given.trained_posterior(part="logvar", count=5000, seed=images)
    out = aggregate_moments(mu, logvar)
    expect(type(out) is tuple and len(out) == 2, "aggregate_moments must return a tuple (mean, variance).")
    mean, variance = out
    expect_tensor(mean, "the mean", shape=(20,))
    expect_tensor(variance, "the variance", shape=(20,))
    expect(bool(mean.abs().max() < 0.2),
           f"The means of the aggregate posterior reach {mean.abs().max():.2f}; the trained VAE's are all within "
           "0.2 of 0: average mu over the images.")
    expect(bool(variance.min() > 0.8) and bool(variance.max() < 1.25),
           f"The variances of the aggregate posterior range from {variance.min():.2f} to {variance.max():.2f}; for "
           "the trained VAE they are all between 0.8 and 1.25: did you forget the sigma^2 of each image or the "
           "squared mean?")
    passed(f"the aggregate posterior of the VAE (d = 20) has means within {mean.abs().max():.2f} of 0 and "
           f"variances in [{variance.min():.2f}, {variance.max():.2f}], close to N(0, I)"
           + (" (computed with the course's aggregate_moments: yours is charged by its own check)" if charged else ""))


def _course_aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    return mean, (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2


from vaecourse.checks import guard_torch_settings  # noqa: E402 (last: it wraps every check above)

guard_torch_settings(globals())
