"""The checks of notebook 01 (PCA).

Each check takes the student's functions and a `seed` for its inputs: the notebook's check cells use the
default, grading uses a secret one (vaecourse.remote). Sizes are drawn from the seed as well, so that an
answer written for one example does not pass.
"""

import functools
import math

import torch

from vaecourse import remote
from vaecourse.checks import (draw_sizes, expect, expect_close, expect_inputs_kept, expect_not_aliased, expect_tensor,
                              fails_own_check, given, passed, with_course_functions, with_functions)


def _draw(generator, low, high) -> int:
    return draw_sizes(generator, 1, low, high)[0]


def _orthonormal(size, generator):
    return torch.linalg.qr(torch.randn(size, size, generator=generator)).Q


def _expect_no_inference(function, what: str, *args, course=()):
    """function(*args) on its side (the course's functions `course` standing in for the notebook's): no tensor it
    returns may be an inference tensor (made under torch.inference_mode())."""
    report = remote.make(function, "reporting_inference_wrapped", function=function)
    _, inference = (with_course_functions(report, course) if course else report)(*args)[:2]
    expect(inference is False,
           f"{what} returned tensors made under torch.inference_mode(): such inference tensors cannot be saved for "
           "backward nor changed in place outside that mode, so a caller who trains on them or changes them in place "
           "(X.clamp_(0, 1)) gets an error. Compute without it (torch.no_grad() if you want no graph).")


def images_to_vectors(images_to_vectors, seed=11):
    """Check images_to_vectors: shape, dtype, range [0, 1] and pixel order."""
    generator = torch.Generator().manual_seed(seed)
    n = _draw(generator, 2, 9)
    images = torch.randint(0, 256, (n, 28, 28), dtype=torch.uint8, generator=generator)
    images[0, 0, 0], images[1, 27, 27] = 255, 0
    vectors = images_to_vectors(images)
    expect_tensor(vectors, f"images_to_vectors(images of shape {tuple(images.shape)})", shape=(n, 784), dtype=torch.float32)
    expect(vectors.min() >= 0 and vectors.max() <= 1, "Values must lie in [0, 1]: did you divide by 255?")
    expect_close(vectors[0, 0], 1.0, "the vector of a white pixel (255)", "255 must become exactly 1.0: divide by 255.")
    expect_close(vectors[:, 28 * 5 + 3], images[:, 5, 3].float() / 255, "pixel (5, 3)",
                 "Pixel (r, c) must land at position 28 * r + c: flatten row after row (reshape, not transpose).")
    expect_close(vectors, images.reshape(n, -1).float() / 255, "images_to_vectors(images)")
    expect(not vectors.requires_grad,
           "images_to_vectors returned vectors that require gradients (requires_grad_()): the pixels are data, not "
           "parameters. Every computation on them would then record a graph for nothing; return them as they are.")
    # Dark images: no white (255) and no black (0) pixel. Their vectors must stay dark.
    dark = torch.randint(20, 180, (n, 28, 28), dtype=torch.uint8, generator=generator)
    expect_close(images_to_vectors(dark), dark.reshape(n, -1).float() / 255,
                 "images_to_vectors(images whose pixels all lie between 20 and 179)",
                 "Divide by 255, the brightest value a pixel can take, whatever the batch holds: an image without a "
                 "white pixel must stay dark (no min-max normalisation by the batch's own minimum and maximum).")
    # The same batch with two pixels of one image swapped: the same size and the same sum, other vectors.
    swapped = dark.clone().reshape(n, 784)
    other = int((swapped[0] != swapped[0, 0]).nonzero()[0])  # a pixel of another value (the images are random)
    swapped[0, [0, other]] = swapped[0, [other, 0]]
    swapped = swapped.reshape(n, 28, 28)
    expect_close(images_to_vectors(swapped), swapped.reshape(n, -1).float() / 255,
                 "images_to_vectors(the dark images with two pixels of the first swapped)",
                 "Each call must convert the images it is given: nothing kept from an earlier call, by the images' "
                 "shape, count, sum or anything else.")
    # A batch of one image: its batch dimension has size 1 and must stay.
    single = images_to_vectors(images[:1])
    shape = tuple(single.shape) if isinstance(single, torch.Tensor) else type(single).__name__
    expect(shape == (1, 784),
           f"images_to_vectors(a batch of one image, shape (1, 28, 28)) returned {shape}, expected (1, 784): "
           "squeeze() drops every dimension of size 1, the batch's too; reshape(len(images), -1) keeps it.")
    expect_close(single, images[:1].reshape(1, -1).float() / 255, "images_to_vectors(a batch of one image)")
    # Two calls in a row, on the student's side: each returns a tensor of its own (X_train, then X_test of as many
    # images, must not share one buffer).
    first, second, same = remote.make(images_to_vectors, "called_twice", function=images_to_vectors)(dark)
    expect(same is False,
           "Two calls of images_to_vectors on batches of the same shape returned one and the same tensor: a buffer kept "
           "between calls (torch.empty once, then out=...) is overwritten by the next call, so the vectors of the first "
           "batch change when you convert the second. Return a new tensor at every call.")
    expect_close(first, dark.reshape(n, -1).float() / 255, "the first of two calls of images_to_vectors",
                 "Each call must return its own new tensor, which a later call leaves as it is.")
    # Black and white only: 0 must stay exactly 0 and 255 become 1 (a few float32 steps at most), nothing moved
    # inwards from the ends (the tolerance of the comparisons above hides a shift of 1e-6).
    ends = torch.randint(0, 2, (n, 28, 28), dtype=torch.uint8, generator=generator) * 255
    ends[0, 0, 0], ends[0, 0, 1] = 0, 255
    vectors = images_to_vectors(ends)
    expect_tensor(vectors, "images_to_vectors(black and white images)", shape=(n, 784))
    flat = ends.reshape(n, -1)
    expect(bool((vectors[flat == 0] == 0).all()) and bool(((vectors[flat == 255] - 1).abs() <= 2.5e-7).all()),
           f"images_to_vectors(black and white images) gives black pixels (0) values up to "
           f"{vectors[flat == 0].max().item():.3g} and white pixels (255) values down to "
           f"{vectors[flat == 255].min().item():.8g}: a black pixel is exactly 0.0 and a white one exactly 1.0. "
           "Return images / 255 as it is: no clamp away from 0 and 1 (a loss that takes log(x) guards itself).")
    # Faint images, whose brightest pixel is 1 (of 255): they are uint8 pixels all the same, 1 becomes 1/255.
    faint = torch.randint(0, 2, (n, 28, 28), dtype=torch.uint8, generator=generator)
    faint[0, 0, 0] = 1
    expect_close(images_to_vectors(faint), faint.reshape(n, -1).float() / 255,
                 "images_to_vectors(faint images, whose pixels are all 0 or 1)",
                 "Divide by 255 always: uint8 pixels run from 0 to 255, so a batch whose brightest pixel is 1 is not "
                 "already in [0, 1] (no test of the batch's maximum to skip the division).")
    # The caller's thread count is the caller's: set to 3 first, a count no kernel runs with (a grader's has 1).
    _, threads = remote.make(images_to_vectors, "reporting_threads", function=images_to_vectors, threads=3)(dark)
    expect(threads == 3,
           f"Called with torch's thread count at 3, images_to_vectors left it at {threads}: torch.set_num_threads(...) "
           "inside a function changes the thread count of everything the caller runs afterwards, for good. Leave it "
           "to the caller, or put it back before returning (threads = torch.get_num_threads() first, then "
           "torch.set_num_threads(threads) in a finally: block).")
    # A batch of more than 64 images (MNIST's 60,000): image i stays row i, whatever the images hold.
    many = torch.randint(0, 256, (_draw(generator, 70, 120), 28, 28), dtype=torch.uint8, generator=generator)
    expect_close(images_to_vectors(many), many.reshape(len(many), -1).float() / 255,
                 f"images_to_vectors(a batch of {len(many)} images)",
                 "Row i of the vectors must be image i, in the order given, for a batch of any size: no sorting or "
                 "shuffling of the images (by their ink or anything else), which separates them from their labels.")
    # The vectors are data the caller goes on computing with (and may change in place): ordinary tensors.
    _expect_no_inference(images_to_vectors, "images_to_vectors", dark)
    # Blank images only (no ink at all): still float32 vectors, whatever the batch holds.
    blank = images_to_vectors(torch.zeros(n, 28, 28, dtype=torch.uint8))
    expect(type(blank) is torch.Tensor and blank.dtype == torch.float32 and tuple(blank.shape) == (n, 784),
           f"images_to_vectors(blank images, every pixel 0) returned "
           f"{blank.dtype if type(blank) is torch.Tensor else type(blank).__name__}, expected float32 of shape "
           f"({n}, 784): convert to float32 and divide by 255 for every batch, an empty-looking one too (no shortcut "
           "on the batch's maximum).")
    # Thousands of images, not a multiple of any round chunk size (MNIST's 60,000 converted in pieces): every one.
    count = _draw(generator, 5_001, 6_999)
    large = torch.randint(0, 256, (count, 28, 28), dtype=torch.uint8, generator=generator)
    vectors = images_to_vectors(large)
    every = ("Every image of a large batch must be converted, in order: converting it in chunks is fine, but the "
             "last, partial chunk belongs to the result too (range(0, N, chunk) with images[start:start + chunk]).")
    shape = tuple(vectors.shape) if type(vectors) is torch.Tensor else type(vectors).__name__
    expect(shape == (count, 784), f"images_to_vectors(a batch of {count} images) has shape {shape}, expected "
                                  f"({count}, 784). {every}")
    expect_close(vectors, large.reshape(count, -1).float() / 255, f"images_to_vectors(a batch of {count} images)", every)
    # A batch whose brightest pixel is between 201 and 254 (no white pixel): still divided by 255, not stretched.
    top = _draw(generator, 201, 254)
    bright = torch.randint(0, top + 1, (n, 28, 28), dtype=torch.uint8, generator=generator)
    bright[0, 0, 0] = top
    expect_close(images_to_vectors(bright), bright.reshape(n, -1).float() / 255,
                 f"images_to_vectors(images whose brightest pixel is {top})",
                 f"A pixel of {top} becomes {top}/255 = {top / 255:.3f}, whatever else the batch holds: divide by 255 "
                 "always, not by the batch's own maximum (x / x.max(), for bright batches or ever), which stretches "
                 "a batch without a white pixel to 1.")
    # Every other image of a batch (images[::2], a view whose rows are 2 images apart, not contiguous): image i of
    # the view in row i. (Made on the student's side: a tensor that crosses arrives contiguous.)
    pairs = torch.randint(0, 256, (2 * n, 28, 28), dtype=torch.uint8, generator=generator)
    vectors = images_to_vectors(remote.make(images_to_vectors, "strided", values=pairs, step=2))
    expect_close(vectors, pairs[::2].reshape(n, -1).float() / 255,
                 "images_to_vectors(images[::2], every other image of a batch: a view that is not contiguous)",
                 "Read the images through their own shape and strides: reshape(len(images), -1) copies a view "
                 "when it must. torch.as_strided(images, (N, 784), (784, 1)) (or anything that assumes the images lie "
                 "one after the other in memory) reads the memory of other images for a view such as images[::2].")
    # Tens of thousands, more than 65,536 (MNIST's 70,000 train and test images at once): float32 like any batch,
    # every image. (Made on each side from its recipe, read in the kernel: the vectors are larger than one reply.)
    count = _draw(generator, 65_537, 70_000)
    huge = given.random_images(count=count, seed=_draw(generator, 0, 2**30))
    rows = [0, _draw(generator, 1, count - 2), 65_536, count - 1]
    kind, dtype, shape, picked = remote.make(images_to_vectors, "summarised", function=images_to_vectors, rows=rows)(huge)
    expect(kind != "Tensor" or dtype == str(torch.float32),
           f"images_to_vectors(a batch of {count} images) returned {dtype}, expected float32: the dtype of the "
           "vectors must not depend on the number of images (float64 for large batches doubles their memory, and "
           "float64 vectors against float32 weights fail later). Convert with .float() / 255 for every batch.")
    expect(kind == "Tensor" and shape == (count, 784) and type(picked) is torch.Tensor and picked.shape == (4, 784)
           and torch.allclose(picked, huge[rows].reshape(4, -1).float() / 255, rtol=1e-6, atol=1e-7),
           f"images_to_vectors(a batch of {count} images) returned {kind if kind != 'Tensor' else 'a tensor'} of "
           f"shape {shape}, expected ({count}, 784), image i in row i (rows 0, {rows[1]}, 65,536 and {count - 1} "
           "read): every image of a batch is converted, however many: no cap on the rows or on the number of chunks "
           "(8 chunks of 8,192 rows stop at 65,536 images). Convert with .float() / 255, the whole batch or every "
           "chunk of range(0, N, chunk).")
    passed("shape (N, 784), float32, values in [0, 1], pixels row after row")


def center(center, seed=1):
    """Check center: the mean has shape (D,), the centred data has zero mean in every column, and X is left unchanged."""
    generator = torch.Generator().manual_seed(seed)
    n, d = _draw(generator, 12, 30), _draw(generator, 3, 9)
    X = torch.rand(n, d, generator=generator) + 3.0
    X_centered, mean = expect_inputs_kept(center, "center(X)", ("X", X), hint=(
        "X -= mean (or X.sub_(mean)) subtracts in place, so the caller's data is centred too. Return a new tensor, "
        "X - mean, and leave X as it was."))
    expect_tensor(mean, "mean", shape=(d,))
    expect_tensor(X_centered, "X_centered", shape=(n, d))
    expect(mean.dtype == X_centered.dtype == X.dtype,
           f"center(X) with X in {X.dtype} returned X_centered in {X_centered.dtype} and mean in {mean.dtype}: keep X's "
           "dtype. A mean computed in float64 (dtype=torch.float64, .double()) makes everything after it float64, and "
           "float64 data against float32 weights fails in the notebooks that follow.")
    expect_close(X_centered.mean(dim=0), torch.zeros(d), "the column means of X_centered",
                 "Every column of the centred data must average to 0: take the mean over the rows (dim=0).", atol=1e-5)
    expect_close(mean, X.mean(dim=0), "mean", "The mean must be the average of the rows of X (dim=0).")
    expect_close(X_centered + mean, X, "X_centered + mean", "center must not change the data apart from subtracting the mean.")
    # Data whose mean is exactly 0 already: X_centered is still a new tensor, not X itself.
    half = torch.randint(-8, 9, (n // 2, d), generator=generator) / 4.0  # quarters: their sums are exact
    expect_not_aliased(center, "center(X) for X whose mean is exactly 0", torch.cat([half, -half]),
                       hint="Even when there is nothing to subtract, return X - mean (a copy).")
    # One column (D = 1): the mean still has shape (D,) = (1,).
    _, mean = center(torch.rand(n, 1, generator=generator))
    expect_tensor(mean, "the mean of X of one column, shape (N, 1)", shape=(1,))
    # More rows than a shortcut would read, then a second data set of the same shape: each mean is its own data's.
    n = _draw(generator, 10_500, 11_500)
    X = torch.rand(n, d, generator=generator)
    X[10_000:] += 2.0
    for what in ("X", "a second X of the same shape"):
        _, mean = center(X)
        expect_close(mean, X.mean(dim=0), f"the mean of {what}, of {n} rows",
                     "center returned the mean of another data set: a cache kept between calls reuses the first X's "
                     "mean. Compute the mean of the X you are given, every call." if what != "X" else
                     "The mean must be the average of every row of X: a subset (such as the first 1,000 or 10,000 "
                     "rows) misses what the other rows hold.")
        X = torch.rand(n, d, generator=generator) - 1.0
    # Rows of zeros (a blank image) are rows like any other: the mean divides by every row.
    X = torch.rand(_draw(generator, 20, 40), d, generator=generator) + 1.0
    X[::3] = 0.0
    _, mean = center(X)
    expect_close(mean, X.mean(dim=0), "the mean of X with rows of zeros",
                 "Every row counts in the mean, a row of zeros (a blank image) too: X.mean(dim=0) over all N rows.")
    # Float64 data keep their dtype: a float32 mean of them is rounded, and X - mean is no longer centred exactly.
    X = torch.rand(_draw(generator, 20, 40), 3, generator=generator).double() * 1e4 + 1e6
    X_centered, mean = center(X)
    expect(type(mean) is not torch.Tensor or mean.dtype == torch.float64,
           f"center of float64 X returned a {mean.dtype} mean: compute the mean in X's own dtype (no .float()); a "
           "float32 mean of values near 1e6 is rounded, and X - mean is no longer centred.")
    expect_tensor(mean, "the mean of float64 X", shape=(3,), dtype=torch.float64)
    expect_tensor(X_centered, "X_centered of float64 X", shape=tuple(X.shape), dtype=torch.float64)
    expect_close(mean, X.mean(dim=0), "the mean of float64 X", "Compute the mean in X's own dtype: no .float().",
                 atol=1e-6, rtol=1e-12)
    # A single row: its mean is the row, and the centred row is 0 (one image is data like any other).
    X = torch.rand(1, d, generator=generator) + 1.0
    X_centered, mean = center(X)
    expect_tensor(X_centered, "X_centered of a single row", shape=(1, d))
    expect_close(X_centered, torch.zeros(1, d), "X_centered of a single row",
                 "With one row the mean is that row, and X - mean is a row of zeros: no special case for N = 1.")
    # Data on a scale of 1e-6: every centred value is X - mean, however small (no value snapped to 0).
    X = torch.randn(_draw(generator, 20, 40), d, generator=generator) * 1e-6
    X_centered, _ = center(X)
    expect_tensor(X_centered, "X_centered of data on a scale of 1e-6", shape=tuple(X.shape))
    expect_close(X_centered * 1e6, (X - X.mean(dim=0)) * 1e6, "X_centered * 1e6 for data on a scale of 1e-6",
                 "X_centered is exactly X - mean: no centred value set to 0 because it is small (below 1e-6 or any "
                 "threshold): data on a small scale is made of small values only.")
    # A single row again: its mean equals the row, but is a new tensor, not X[0] (a view of the caller's X).
    expect_not_aliased(center, "center(X) for X of a single row", torch.rand(1, d, generator=generator) + 1.0,
                       hint="With one row the mean equals that row, but X[0] is a view of X: X.mean(dim=0) computes "
                            "a new tensor, for one row as for many (no special case for N = 1).")
    # The same tensor again after the caller doubled it in place: a mean kept by the tensor's identity (id(X),
    # X.data_ptr(), which a new tensor in freed memory shares too) is stale. Both calls happen on the student's side.
    X = torch.rand(_draw(generator, 20, 40), d, generator=generator) + 1.0
    _, (second, mean), _ = remote.make(center, "called_twice", function=center, scale=2.0)(X.clone())  # doubled there
    expect_close(mean, 2 * X.mean(dim=0), "the mean of X after the caller doubled X in place",
                 "center returned, for the same tensor after its values doubled, the mean of the first call: a mean "
                 "kept between calls by the tensor's identity (id(X), X.data_ptr(), which a new tensor in freed memory "
                 "shares too) is stale. Compute X.mean(dim=0) from X's values at every call.")
    expect_close(second, 2 * (X - X.mean(dim=0)), "X_centered of X after the caller doubled X in place",
                 "center returned, for the same tensor after its values doubled, X_centered of the first call: compute "
                 "X - mean from X's values at every call.")
    # Two calls in turn on data of the same shape, on the student's side: the first result stays as it was.
    Y = torch.rand(X.shape, generator=generator) - 2.0
    (first, first_mean), _ = remote.make(center, "called_in_turn", function=center)([X], [Y])
    expect_close(first, X - X.mean(dim=0), "X_centered of a first call of center, after a second call",
                 "X_centered of the first call changed when center was called again on other data of the same shape: "
                 "it was written into a buffer kept between calls (torch.empty once, then out=...), which the next "
                 "call overwrites. Return a new tensor, X - mean, at every call.")
    expect_close(first_mean, X.mean(dim=0), "the mean of a first call of center, after a second call",
                 "The mean of the first call changed when center was called again: it was written into a buffer kept "
                 "between calls, which the next call overwrites. Return a new tensor at every call.")
    # More rows than a chunk of 1,000, the last ones shifted: every row loses the one mean of all the rows.
    X = torch.rand(_draw(generator, 1_100, 1_500), d, generator=generator)
    X[1_000:] += 2.0
    X_centered, _ = center(X)
    expect_tensor(X_centered, f"X_centered of {len(X)} rows", shape=tuple(X.shape))
    expect_close(X_centered, X - X.mean(dim=0), f"X_centered of {len(X)} rows (the rows after the 1,000th shifted)",
                 "X_centered is X minus the mean of ALL the rows, the mean that center returns: subtracting from each "
                 "chunk of rows (X.split(1000)) that chunk's own mean centres every chunk on its own and moves the "
                 "rows apart from the mean. Return X - mean.")
    # As many rows as MNIST's training set, every other row shifted: a sample of the rows for large data (X[::4],
    # every k-th row, a random subset) gives another mean.
    X = torch.rand(_draw(generator, 60_500, 64_000), d, generator=generator)
    X[1::2] += 2.0
    _, mean = center(X)
    expect_close(mean, X.mean(dim=0), f"the mean of X of {len(X)} rows (every other row shifted)",
                 "The mean must be the average of every row of X, however many there are: a sample of the rows for "
                 "large data (every 4th row, X[::4], or any subset) gives another mean. X.mean(dim=0) over all N rows "
                 "is quick enough for MNIST's 60,000 images.")
    # A second X of the same shape with the same first and last rows, other rows between: a mean kept between calls
    # by the shape and a row or two (or any other part of the data) is stale.
    X = torch.rand(_draw(generator, 20, 40), d, generator=generator) + 1.0
    Y = X.clone()
    Y[1:-1] = torch.rand(len(X) - 2, d, generator=generator) - 2.0
    center(X)
    _, mean = center(Y)
    expect_close(mean, Y.mean(dim=0), "the mean of a second X of the same shape and the same first and last rows",
                 "center returned the mean of an earlier X of the same shape whose first row was the same: a mean kept "
                 "between calls by the data's shape and first row (or any other part of it) is stale for other data. "
                 "Compute X.mean(dim=0) from the X you are given, at every call.")
    # Square data (N = D, as many images as pixels): the mean is still over the rows, one per column.
    size = _draw(generator, 4, 9)
    X = torch.rand(size, size, generator=generator) * torch.arange(1.0, size + 1)
    X_centered, _ = center(X)
    expect_tensor(X_centered, f"X_centered of square X ({size} rows, {size} columns)", shape=(size, size))
    expect_close(X_centered, X - X.mean(dim=0), f"X_centered of square X ({size} rows, {size} columns)",
                 "For square X (as many rows as columns) center subtracted the wrong mean: each column (pixel) loses "
                 "its own mean over the rows, X - X.mean(dim=0), whatever the shape; a row's own mean (dim=1) is not "
                 "the mean image. No special case for N = D.")
    # More than 20,000 rows (MNIST's 60,000): the caller's X is left as it was, however large.
    X = torch.rand(20_000 + _draw(generator, 500, 2_000), d, generator=generator) + 1.0
    expect_inputs_kept(center, f"center(X) for X of {len(X)} rows", ("X", X), hint=(
        "for large data X.sub_(mean) (or X -= mean) saves memory but centres the caller's data in place, and a "
        "second call on it finds a mean of 0. Return X - mean, a new tensor, whatever the size."))
    # The centred data and the mean are data the caller goes on computing with: ordinary tensors.
    _expect_no_inference(center, "center", X[:50])
    # A row far from the others (an unusual image) counts in the mean like any other: nothing left out.
    X = torch.rand(_draw(generator, 12, 30), d, generator=generator)
    X[_draw(generator, 0, len(X) - 1)] += 5_000.0
    _, mean = center(X)
    expect_close(mean, X.mean(dim=0), f"the mean of X of {len(X)} rows, one of them far from the others",
                 "The mean is over every row of X: no row left out for being far from the rest (by its norm, or as "
                 "an outlier of any kind). X.mean(dim=0).")
    # float64 data of more than 10,000 rows: the mean in float64, to its digits (no detour through float32).
    X = torch.rand(_draw(generator, 10_001, 12_000), _draw(generator, 3, 6), generator=generator,
                   dtype=torch.float64) + 1.0
    _, mean = center(X)
    expect(type(mean) is torch.Tensor and mean.dtype == torch.float64
           and torch.allclose(mean, X.mean(dim=0), rtol=1e-12, atol=0),
           f"For float64 data of {len(X)} rows the mean is not X.mean(dim=0) to float64's digits: it went through "
           "float32 (X.float().mean(...)) for large X, which keeps 7 digits. Compute in X's dtype, whatever its size.")
    # float32 data of MNIST's width (501 to 800 columns): the mean to float32's digits (no bfloat16 on the way).
    X = torch.rand(_draw(generator, 20, 40), _draw(generator, 501, 800), generator=generator)
    _, mean = center(X)
    expect_close(mean, X.mean(dim=0), f"the mean of X of {X.shape[1]} columns",
                 "For data of many columns the mean lost digits: it went through a lower precision (bfloat16 keeps "
                 "3) for wide X. Compute X.mean(dim=0) in X's dtype, whatever its width.", atol=1e-6, rtol=1e-6)
    # Data that needs no gradient (images): the mean and the centred data need none either.
    X_centered, mean = center(X)
    expect(not (type(mean) is torch.Tensor and mean.requires_grad)
           and not (type(X_centered) is torch.Tensor and X_centered.requires_grad),
           "center(X) of data that requires no gradient returned a mean (or centred data) that requires one "
           "(requires_grad_(True) on the mean): every later computation on them records a graph. The mean is "
           "X.mean(dim=0), which requires a gradient exactly when X does.")
    # Data that requires a gradient (a learned input): X_centered's gradient flows to X through the mean too,
    # d sum(w * X_centered) / dX = w - w.mean(dim=0).
    X = torch.rand(_draw(generator, 5, 9), _draw(generator, 2, 5), generator=generator).requires_grad_()
    w = torch.randn(X.shape, generator=generator)
    X_centered, _ = center(X)
    if type(X_centered) is torch.Tensor and X_centered.requires_grad:
        (w * X_centered).sum().backward()
    expect(X.grad is not None and torch.allclose(X.grad, w - w.mean(dim=0), atol=1e-5),
           "For X that requires a gradient, the gradient of X_centered is not that of X - X.mean(dim=0): the mean "
           "was detached (mean.detach(), or computed under torch.no_grad()). Return X - mean with the mean as "
           "X.mean(dim=0) gives it.")
    passed("center removes the mean of every pixel")


def covariance(covariance, seed=2):
    """Check covariance: shape (D, D), symmetric, equal to torch.cov, and X_centered left unchanged."""
    generator = torch.Generator().manual_seed(seed)
    n, d = _draw(generator, 5, 12), _draw(generator, 2, 7)
    X = torch.randn(n, d, generator=generator)
    C = expect_inputs_kept(covariance, "covariance(X_centered)", ("X_centered", X - X.mean(dim=0)))
    expect_tensor(C, "covariance(X_centered)", shape=(d, d))
    expect(C.dtype == X.dtype, f"covariance of {X.dtype} data returned {C.dtype}: keep the data's dtype (numpy's np.cov "
                               "computes in float64; a matrix product of the torch tensors does not).")
    C64 = covariance(X[:-1].double() - X[:-1].double().mean(dim=0))
    expect(type(C64) is torch.Tensor and C64.dtype == torch.float64,
           f"covariance of float64 data returned {getattr(C64, 'dtype', type(C64).__name__)}: keep the data's dtype, "
           "whatever it is (no .float()).")
    expect_close(C, C.T, "C compared with its transpose", "A covariance matrix is symmetric.")
    expect_close(C, torch.cov(X.T), "covariance(X_centered)",
                 "Expected X_centered.T @ X_centered / (N - 1): check the order of the product and divide by N - 1, not N.")
    # More rows than a chunk of 1,000, on a scale of 1e-3 (entries near 1e-6): a ridge added to the diagonal, small
    # entries set to 0, or chunks weighted wrongly show; compared relative to the scale.
    X = torch.randn(_draw(generator, 1_100, 1_500), d, generator=generator) * 1e-3
    X = X - X.mean(dim=0)
    C = covariance(X)
    expect_tensor(C, f"covariance of {len(X)} rows", shape=(d, d))
    expect_close(C * 1e6, torch.cov(X.T) * 1e6, f"covariance(X_centered) * 1e6 for {len(X)} rows of values near 1e-3",
                 "Expected exactly X_centered.T @ X_centered / (N - 1), over all N rows at once: nothing added to the "
                 "diagonal, no entry set to 0 however small, no average of per-chunk covariances.")
    # More than 10,000 rows (as MNIST's 60,000), the last ones unlike the first: every row counts.
    X = torch.cat([torch.randn(10_000, d, generator=generator),
                   3 * torch.randn(_draw(generator, 50, 400), d, generator=generator)])
    X = X - X.mean(dim=0)
    expect_close(covariance(X), torch.cov(X.T), f"covariance(X_centered) for {len(X)} rows, the last ones spread wider",
                 "The covariance is an average over all N rows of X_centered: no subset of them (X[:5000], a sample), "
                 "however many rows there are.", atol=1e-4)
    # Other data of the same shape: each call computes its own covariance.
    Y = torch.randn(X.shape, generator=generator) * 1e-3
    Y = Y - Y.mean(dim=0)
    expect_close(covariance(Y) * 1e6, torch.cov(Y.T) * 1e6, f"covariance(Y) * 1e6 for another Y of shape {tuple(Y.shape)}",
                 "covariance gives, for other data of the same shape, another matrix than Y.T @ Y / (N - 1): compute "
                 "it from the argument of each call (nothing kept between calls, by shape or otherwise).")
    # The same tensor again after its values changed in place: a result kept by the tensor's identity (id, data_ptr)
    # is stale. Both calls happen on the student's side, on one tensor there.
    twice = remote.make(covariance, "called_twice", function=covariance, scale=2.0)
    first, second, same = twice(Y.clone())  # a copy: made here (a visible check), the call doubles it in place
    expect_close(second * 1e6, 4 * torch.cov(Y.T) * 1e6, "covariance(Y) * 1e6 after Y *= 2 in place",
                 "covariance gave, for the same tensor after its values doubled, not 4 times the first matrix: it "
                 "returned a result kept from the first call (a cache keyed by id(X) or X.data_ptr()). Compute the "
                 "covariance from the argument's values in each call.")
    # float64 data is computed in float64 throughout (a float32 product, cast back, is about 1e-7 off).
    X64 = X[:-1].double() - X[:-1].double().mean(dim=0)
    expect_close(covariance(X64), X64.T @ X64 / (len(X64) - 1), "covariance of float64 data, to 1e-9",
                 "Compute in the data's dtype throughout: no .float() or .to(torch.float32) on the way, even if the "
                 "result is cast back.", atol=1e-12, rtol=1e-9)
    # Two calls in a row, on the student's side (above): each result is a tensor of its own.
    expect(same is False,
           "Two calls of covariance returned one and the same tensor: an output buffer kept between calls (out=..., "
           "a dict of preallocated matrices) is overwritten by the next call, so the first covariance changes when you "
           "compute another. Return a new matrix at every call.")
    # A pixel that never varies (MNIST's black border) has a variance of exactly 0, one of scale 1e-5 about 1e-10.
    X = torch.randn(_draw(generator, 40, 80), d, generator=generator)
    X[:, 0] = 0.0
    X[:, -1] *= 1e-5
    X = X - X.mean(dim=0)
    C = covariance(X)
    expect_tensor(C, "covariance of data with a pixel that never varies", shape=(d, d))
    expect_close(torch.diagonal(C), (X * X).sum(dim=0) / (len(X) - 1),
                 "the diagonal of covariance(X_centered) for a pixel that never varies and one of scale 1e-5",
                 "The variances are what the data gives, however small: a pixel that never varies has variance 0, not a "
                 "floor such as 1e-8 (no clamp on the diagonal).", atol=1e-14, rtol=1e-4)
    # Rows of zeros (images equal to the mean) are rows of the data too: N counts every row.
    half = torch.randn(_draw(generator, 20, 40), d, generator=generator)
    X = torch.cat([half, torch.zeros(_draw(generator, 10, 20), d), -half])
    expect_close(covariance(X), X.T @ X / (len(X) - 1), f"covariance(X_centered) for {len(X)} rows, some of them zeros",
                 "Divide by N - 1 with N the number of rows, all of them: a row of zeros (an image equal to the mean) "
                 "is a row of the data, not a row to leave out of the count.")
    # Centred data, then the same columns in another order: the same shape, sum and absolute sum (quarters, exact in
    # any order of summation), another covariance. A result kept by such a summary of the data answers wrongly.
    half = torch.randint(-8, 9, (_draw(generator, 20, 40), d), generator=generator) / 4.0 * torch.arange(1, d + 1)
    X = torch.cat([half, -half])
    for what, data in (("X_centered", X), ("X_centered with its columns in another order", X.roll(1, dims=1))):
        expect_close(covariance(data), data.T @ data / (len(data) - 1), f"covariance({what})",
                     "covariance gave, for data of the same shape and the same sum as an earlier call's (its columns in "
                     "another order), the earlier matrix: a result kept between calls by the data's shape and sum (or "
                     "any other summary of it) answers for other data. Compute X_centered.T @ X_centered / (N - 1) "
                     "from the argument's values at every call.")
    # More than 20,000 rows (MNIST has 60,000): still every row, each once, however many there are.
    X = torch.randn(20_000 + _draw(generator, 500, 2_000), d, generator=generator)
    X = X - X.mean(dim=0)
    expect_close(covariance(X), torch.cov(X.T), f"covariance(X_centered) for {len(X)} rows",
                 "The covariance is X_centered.T @ X_centered / (N - 1) over every row of X_centered, each once: a "
                 "random sample of the rows (torch.randint draws rows with replacement, some twice, some never) "
                 "gives another matrix at every call, however many rows there are.", atol=1e-4)
    # The caller's thread count is the caller's: set to 3 first, a count no kernel runs with (a grader's has 1).
    X = torch.randn(_draw(generator, 20, 40), d, generator=generator)
    X = X - X.mean(dim=0)
    C, threads = remote.make(covariance, "reporting_threads", function=covariance, threads=3)(X)
    expect(threads == 3,
           f"Called with torch's thread count at 3, covariance left it at {threads}: torch.set_num_threads(...) "
           "inside a function changes the thread count of everything the caller runs afterwards, for good. Leave it "
           "to the caller, or put it back before returning (threads = torch.get_num_threads() first, then "
           "torch.set_num_threads(threads) in a finally: block).")
    # Data, not parameters: C of data that requires no gradient requires none either.
    expect(type(C) is torch.Tensor and not C.requires_grad,
           "covariance returned a matrix that requires gradients (requires_grad_()) for data that does not: the "
           "covariance of data is data, not a parameter. Every computation on it would then record a graph for "
           "nothing; return X_centered.T @ X_centered / (N - 1) as it is.")
    # Data on a scale of 1e-6: entries near 1e-12, which are the covariance however small (no entry snapped to 0).
    X = torch.randn(_draw(generator, 30, 60), d, generator=generator) * 1e-6
    X = X - X.mean(dim=0)
    expect_close(covariance(X) * 1e12, X.T @ X / (len(X) - 1) * 1e12,
                 "covariance(X_centered) * 1e12 for data on a scale of 1e-6",
                 "Every entry is X_centered.T @ X_centered / (N - 1), however small: no entry set to 0 below a "
                 "threshold (1e-10 or any): data on a small scale has a covariance of small entries only.")
    # Data on a scale of 1e4: variances near 1e8, which are the covariance however large (no clamp).
    X = torch.randn(_draw(generator, 30, 60), d, generator=generator) * 1e4
    X = X - X.mean(dim=0)
    expect_close(covariance(X) / 1e8, X.T @ X / (len(X) - 1) / 1e8,
                 "covariance(X_centered) / 1e8 for data on a scale of 1e4",
                 "Every entry is X_centered.T @ X_centered / (N - 1), however large: no clamp of the entries (to "
                 "[-1e6, 1e6] or any range): data on another scale than MNIST's pixels has variances of 1e8.")
    # Square data (N = D) with a pixel that never varies: N is still the number of rows.
    size = _draw(generator, 4, 9)
    X = torch.randn(size, size, generator=generator)
    X[:, 0] = 0.0
    X = X - X.mean(dim=0)
    expect_close(covariance(X), X.T @ X / (size - 1),
                 f"covariance(X_centered) for square data ({size} rows, {size} columns), a column of zeros",
                 "Divide by N - 1 with N the number of rows, len(X_centered), whatever the shape: for square data "
                 "with a pixel that never varies, counting the columns that vary (or anything but the rows) is not N.")
    # One row more than columns (N = D + 1): N is still the number of rows, len(X_centered).
    size = _draw(generator, 4, 9)
    X = torch.randn(size + 1, size, generator=generator)
    X = X - X.mean(dim=0)
    expect_close(covariance(X), X.T @ X / size, f"covariance(X_centered) for {size + 1} rows and {size} columns",
                 "Divide by N - 1 with N = len(X_centered), the number of rows, whatever the shape: for data of one "
                 "row more than columns, N taken from the columns (or anything but the rows) divides by N - 2.")
    # Many columns (MNIST's 784): the matrix is symmetric, both triangles filled, however large D is.
    X = torch.randn(_draw(generator, 20, 40), _draw(generator, 520, 600), generator=generator)
    X = X - X.mean(dim=0)
    C = covariance(X)
    expect_tensor(C, f"covariance of data of {X.shape[1]} columns", shape=(X.shape[1], X.shape[1]))
    expect_close(C, X.T @ X / (len(X) - 1), f"covariance(X_centered) for data of {X.shape[1]} columns",
                 "The covariance is the full matrix X_centered.T @ X_centered / (N - 1), for any number of columns: "
                 "both triangles, not only the upper one (torch.triu) for large D; its lower triangle is the "
                 "upper's transpose.", atol=1e-4)
    # The covariance is data the caller goes on computing with: an ordinary tensor.
    _expect_no_inference(covariance, "covariance", X)
    # More than a million values (1,300 or more images of 784 pixels), and more than 30,000 rows: the products in
    # X's dtype, not in bfloat16 or float16 (3 digits) for large inputs.
    for n, d in ((_draw(generator, 1_300, 1_500), 784), (_draw(generator, 30_001, 32_000), _draw(generator, 3, 6))):
        X = torch.randn(n, d, generator=generator)
        X = X - X.mean(dim=0)
        C = covariance(X)
        expected = (X.double().T @ X.double() / (n - 1)).float()
        expect(type(C) is torch.Tensor and C.shape == (d, d) and torch.allclose(C, expected, rtol=1e-4, atol=1e-5),
               f"covariance(X_centered) for {n} rows and {d} columns is not X_centered.T @ X_centered / (N - 1) to "
               "float32's digits: for large inputs it was computed in a lower precision (bfloat16 or float16 keep 3 "
               "digits). Compute in X's dtype, whatever its size.")
    # Centred data with pixels that never vary (MNIST's black border: columns of zeros once centred): the caller's
    # X_centered is left as it was, to the last bit (a value of 1e-12 written into such a column hides in a tolerance).
    X = torch.randn(_draw(generator, 20, 40), d + 3, generator=generator)
    X[:, torch.randperm(d + 3, generator=generator)[:3]] = 0.0
    X = X - X.mean(dim=0)
    expect_inputs_kept(covariance, "covariance(X_centered) for data with pixels that never vary (columns of zeros)",
                       ("X_centered", X), hint=(
        "a column of zero variance (a pixel that never varies) was written over in place (X_centered[:, ...] = ..., "
        "X_centered /= ...), which changes the caller's centred data. Compute the covariance into a new matrix and "
        "leave X_centered as it is, to the last bit."))
    passed("C has shape (D, D), is symmetric and equals X_centered.T @ X_centered / (N - 1)")


def _fit_with_covariance(pca_fit, C, X):
    """pca_fit on 6-column data with the course's center, and `C` as what covariance returns."""
    return with_functions(pca_fit, {"center": given.course_function(name="center"),
                                    "covariance": given.returning(value=C)})(X[:, :1].repeat(1, len(C)))


def pca_fit(pca_fit, seed=3):
    """Check pca_fit: shapes, descending eigenvalues, orthonormal columns, and the eigen-equation C w = lambda w.

    One mistake, one charge: your pca_fit runs with the course's center and covariance in place of yours (a
    slip there is charged by their own checks).
    """
    generator = torch.Generator().manual_seed(seed)
    n, d = _draw(generator, 150, 250), 5
    scales = torch.tensor([3.0, 0.5, 2.0, 1.0, 0.1])[torch.randperm(d, generator=generator)]
    X = torch.randn(n, d, generator=generator) * scales + 4.0
    kept = remote.make(pca_fit, "tensor", values=X)  # the caller's X, on the student's side
    mean, values, W = with_course_functions(pca_fit, ("center", "covariance"))(kept)
    expect_close(remote.fetch(kept), X, "X after pca_fit(X)", "pca_fit changed its argument X: centring it in place "
                 "(X -= mean, X.sub_(...)) overwrites the caller's data. Centre into a new tensor (center(X) returns one).")
    # The same tensor, changed in place by the caller, then fitted again: a fit kept between calls is stale.
    kept.mul_(2.0)
    again = with_course_functions(pca_fit, ("center", "covariance"))(kept)
    expect(type(again) is tuple and len(again) == 3 and type(again[0]) is torch.Tensor
           and torch.allclose(again[0], 2 * X.mean(dim=0), atol=1e-4),
           "pca_fit of the same tensor, after the caller doubled it in place, returned the first fit's mean: a fit kept "
           "between calls (functools.lru_cache, a dict by tensor) answers for data that has changed. Fit X every call.")
    expect_tensor(mean, "mean", shape=(d,))
    expect_tensor(values, "eigenvalues", shape=(d,))
    expect_tensor(W, "components", shape=(d, d))
    expect(bool((values[:-1] >= values[1:]).all()),
           "The eigenvalues must be in descending order: torch.linalg.eigh returns them in ascending order.")
    expect_close(W.T @ W, torch.eye(d), "components.T @ components", "The components must be orthonormal.", atol=1e-4)
    C = torch.cov((X - X.mean(dim=0)).T)
    expect_close(values, torch.linalg.eigvalsh(C).flip(0), "eigenvalues",
                 "They are not the eigenvalues of the covariance of the centred data: did you centre X before the covariance?",
                 atol=1e-4)
    expect_close(C @ W, W * values, "C @ components",
                 "Column i of components must be the eigenvector of eigenvalues[i]: eigh returns eigenvectors as "
                 "columns, so reorder columns (eigenvectors[:, order]), not rows.", atol=1e-3)
    # Data of rank below D (MNIST's always-black pixels): eigenvalues 0 up to rounding, of both signs. Your
    # covariance is replaced by such a matrix (diagonal, so eigh's values are exact).
    rounded = torch.tensor([2.0, 0.7, 0.3, 1e-7, 5e-8, -2e-7])
    _, values, W = _fit_with_covariance(pca_fit, torch.diag(rounded[torch.randperm(6, generator=generator)]), X)
    expect(type(W) is torch.Tensor and W.shape == (6, 6) and torch.allclose(W.T @ W, torch.eye(6), atol=1e-4),
           "pca_fit of data whose covariance is diagonal (pixels uncorrelated) returned components that are not "
           "orthonormal: there the eigenvectors are columns of the identity, with exact zeros. torch.sign(0) is 0, so "
           "a sign fixed by multiplying with the sign of an entry wipes out whole components.")
    expect(bool((values[:-1] >= values[1:]).all()),
           f"pca_fit gave eigenvalues {[float(f'{v:.2g}') for v in values]} for a covariance whose eigenvalues are "
           f"{[float(f'{v:.2g}') for v in rounded]}: descending order puts the tiny negative ones (rounding, as in "
           "MNIST) last. Sort the eigenvalues themselves, not their absolute values.")
    # (a pca_fit through an SVD of the data, which does not call covariance, gives the data's own eigenvalues)
    accepted = [rounded.sort(descending=True).values, torch.linalg.eigvalsh(torch.cov(X[:, :1].repeat(1, 6).T)).flip(0)]
    expect(any(torch.allclose(values, value, atol=1e-6, rtol=1e-4) for value in accepted),
           f"pca_fit gave eigenvalues {[float(f'{v:.2g}') for v in values]} for a covariance whose eigenvalues are "
           f"{[float(f'{v:.2g}') for v in rounded]}: return the covariance's eigenvalues as eigh gives them, in "
           "descending order, with no floor or clamp (a variance of 1e-7 is 1e-7, not 1e-3).")
    # A repeated eigenvalue (MNIST has many): only a symmetric solver returns orthonormal eigenvectors for it.
    Q = _orthonormal(6, generator)
    C_repeated = Q @ torch.diag(torch.tensor([2.0, 1.0, 1.0, 1.0, 0.5, 0.5])) @ Q.T
    _, values, W = _fit_with_covariance(pca_fit, (C_repeated + C_repeated.T) / 2, X)
    expect_close(W.T @ W, torch.eye(6), "components.T @ components for a covariance with a repeated eigenvalue",
                 "The components must be orthonormal also when an eigenvalue repeats: torch.linalg.eig, the solver for "
                 "general matrices, returns some basis of that eigenspace, not an orthonormal one. Use torch.linalg.eigh, "
                 "made for symmetric matrices.", atol=1e-4)
    # Fewer rows than columns: there are still D components (eigh of the D x D covariance gives them all).
    n_few = _draw(generator, 3, d - 1)
    mean, values, W = with_course_functions(pca_fit, ("center", "covariance"))(torch.randn(n_few, d, generator=generator))
    expect_tensor(values, "eigenvalues")
    expect_tensor(W, "components")
    expect(tuple(values.shape) == (d,) and tuple(W.shape) == (d, d),
           f"pca_fit(X) for X of {n_few} rows and {d} columns returned eigenvalues of shape {tuple(values.shape)} and "
           f"components of shape {tuple(W.shape)}, expected ({d},) and ({d}, {d}): there are D components whatever "
           "the number of rows, the eigenvectors of the D x D covariance (an SVD of the centred data with "
           "full_matrices=False gives only min(N, D) of them).")
    expect_close(W.T @ W, torch.eye(d), f"components.T @ components for X of {n_few} rows and {d} columns",
                 "The components must be orthonormal whatever the number of rows.", atol=1e-4)
    # float64 data: the fit stays in float64 (a covariance cast to float32 before eigh loses half the digits).
    mean, values, W = with_course_functions(pca_fit, ("center", "covariance"))(X.double())
    expect(all(type(value) is torch.Tensor and value.dtype == torch.float64 for value in (mean, values, W)),
           f"pca_fit of float64 data returned the mean, eigenvalues and components in "
           f"{[getattr(value, 'dtype', type(value).__name__) for value in (mean, values, W)]}: keep the data's dtype "
           "(no .float() on the covariance before torch.linalg.eigh).")
    # As many rows as MNIST's training set, the last 1,000 shifted and spread: a fit of a subset misses them.
    n = 60_000 + _draw(generator, 0, 999)
    X = torch.randn(n, 4, generator=generator) * torch.tensor([1.0, 0.8, 0.6, 0.4])
    X[-1_000:] = X[-1_000:] * 3.0 + 2.0
    mean, values, W = with_course_functions(pca_fit, ("center", "covariance"))(X)
    expect(type(mean) is torch.Tensor and type(values) is torch.Tensor and mean.shape == values.shape == (4,)
           and torch.allclose(mean, X.mean(dim=0), atol=1e-4)
           and torch.allclose(values, torch.linalg.eigvalsh(torch.cov(X.T)).flip(0), atol=1e-3, rtol=1e-3),
           f"pca_fit of {n} rows (the last 1,000 shifted and spread) did not give their mean and eigenvalues: fit "
           "every row of X, not a subset (such as the first 20,000 rows), which misses what the other rows hold.")
    # Pairs of pixels of equal variance (a symmetric digit): eigenvectors such as (1, -1) / sqrt(2), whose entries
    # sum to exactly 0. Your covariance is replaced by such a matrix, its rows and columns shuffled.
    pairs = torch.block_diag(*(torch.tensor([[a, b], [b, a]]) for a, b in ((2.0, 1.0), (0.7, 0.2), (0.25, 0.05))))
    order = torch.randperm(6, generator=generator)
    _, values, W = _fit_with_covariance(pca_fit, pairs[order][:, order], X)
    expect(type(W) is torch.Tensor and W.shape == (6, 6) and torch.allclose(W.T @ W, torch.eye(6), atol=1e-4),
           "pca_fit of data whose covariance pairs up pixels of equal variance returned components that are not "
           "orthonormal: there eigenvectors such as (1, -1) / sqrt(2) have entries that sum to exactly 0, and "
           "torch.sign(0) is 0, so a sign fixed by the sign of a column's sum (or of any quantity that can be 0) "
           "wipes out whole components. Leave the signs as eigh gives them, or fix them by a rule that cannot give 0.")
    # Data on a scale of 1e-3: variances from about 1e-5 down to 1e-8, which the eigenvalues must give as they are.
    X = torch.randn(_draw(generator, 150, 250), 5, generator=generator) * scales * 1e-3
    _, values, _ = with_course_functions(pca_fit, ("center", "covariance"))(X)
    expected = torch.linalg.eigvalsh(torch.cov(X.T)).flip(0)
    good = type(values) is torch.Tensor and values.shape == (5,)
    expect(good and torch.allclose(values, expected.to(values.dtype), atol=1e-10, rtol=1e-3),
           f"pca_fit of data on a scale of 1e-3 gave eigenvalues "
           f"{[float(f'{v:.3g}') for v in values] if good else type(values).__name__}, expected "
           f"{[float(f'{v:.3g}') for v in expected]}: return eigh's eigenvalues of the covariance as they are, however "
           "small: no ridge added to the covariance (C + 1e-6 * I shifts every eigenvalue by 1e-6), no rounding of "
           "the eigenvalues (torch.round to 5 decimals turns a variance of 1e-8 into 0).")
    # Repeated rows (one image many times in the data): each copy is a row of X, and the mean and covariance weight
    # it as often as it occurs.
    rows = torch.randn(_draw(generator, 40, 80), 5, generator=generator) * scales + 1.0
    X = torch.cat([rows, rows[:5].repeat(_draw(generator, 8, 12), 1)])
    mean, values, _ = with_course_functions(pca_fit, ("center", "covariance"))(X)
    expect(type(mean) is torch.Tensor and type(values) is torch.Tensor and mean.shape == values.shape == (5,)
           and torch.allclose(mean, X.mean(dim=0), atol=1e-4)
           and torch.allclose(values, torch.linalg.eigvalsh(torch.cov(X.T)).flip(0), atol=1e-4, rtol=1e-3),
           f"pca_fit of {len(X)} rows, {len(X) - len(rows)} of them copies of the first 5, did not give their mean and "
           "eigenvalues: every row counts as often as it occurs, repeated rows too. Fit X as it is (no torch.unique "
           "or other removal of duplicated rows: a digit written twice is twice in the data).")
    # Data, then the same columns in another order: the same shape and sum (quarters, exact in any order of
    # summation), another mean and other components. A fit kept by such a summary of the data answers wrongly.
    X = torch.randint(-8, 9, (_draw(generator, 40, 80), 5), generator=generator) / 4.0 * torch.tensor([3.0, 0.5, 2.0, 1.0, 0.25]) + torch.arange(5.0)
    for what, data in (("X", X), ("X with its columns in another order", X.roll(1, dims=1))):
        mean, values, W = with_course_functions(pca_fit, ("center", "covariance"))(data)
        C = torch.cov(data.T)
        expect(type(mean) is torch.Tensor and type(values) is torch.Tensor and type(W) is torch.Tensor
               and mean.shape == values.shape == (5,) and W.shape == (5, 5)
               and torch.allclose(mean, data.mean(dim=0), atol=1e-4) and torch.allclose(C @ W, W * values, atol=1e-3),
               f"pca_fit({what}) did not give that data's mean and components: for data of the same shape and the "
               "same sum as an earlier call's (its columns in another order) it answered with the earlier fit, kept "
               "between calls by the data's shape and sum (or any other summary of it). Fit the X you are given, "
               "at every call.")
    # Pixels that never vary (MNIST's black border): eigenvalues exactly 0, whose eigenvectors are components too.
    # Your covariance is replaced by such a matrix (diagonal: the eigenvectors are columns of the identity).
    null = torch.diag(torch.tensor([2.0, 0.7, 0.3, 0.0, 0.0, 0.0])[torch.randperm(6, generator=generator)])
    _, _, W = _fit_with_covariance(pca_fit, null, X)
    expect(type(W) is torch.Tensor and W.shape == (6, 6) and torch.allclose(W.T @ W, torch.eye(6), atol=1e-4),
           "pca_fit of data with pixels that never vary (covariance eigenvalues exactly 0) returned components that "
           "are not orthonormal: every column of components is a unit eigenvector, those of eigenvalue 0 too (no "
           "column set to zeros because its eigenvalue is 0 or tiny). Return eigh's eigenvectors as they are.")
    # An error on the way (here your covariance raises) must reach the caller: a fit made up instead (zero
    # eigenvalues, the identity as components) would be plotted as if it were the data's.
    failed = "covariance failed (on purpose: a check's)"
    X = torch.randn(_draw(generator, 40, 80), 5, generator=generator) * torch.tensor([3.0, 2.0, 1.0, 0.5, 0.25])
    try:
        fit = with_functions(pca_fit, {"center": given.course_function(name="center"),
                                       "covariance": given.raising(message=failed)})(X)
    except AssertionError:
        raise
    except Exception:  # noqa: BLE001 (the error, or one that says it, reaches the caller: right)
        fit = None
    if fit is not None:  # a fit that does not call covariance (an SVD of the data) must still be the fit of X
        expect(type(fit) is tuple and len(fit) == 3 and all(type(value) is torch.Tensor for value in fit)
               and fit[1].shape == (5,)
               and torch.allclose(fit[1], torch.linalg.eigvalsh(torch.cov(X.T)).flip(0), atol=1e-4, rtol=1e-3),
               f"With a covariance that raises RuntimeError({failed!r}), pca_fit returned a fit anyway, not the "
               "fit of X: an error swallowed (try/except that returns zeros or the identity) hides that the fit "
               "failed, and the caller plots made-up components. Let the error through (no try/except).")
    # float64 data: the eigenvalues too are float64 to the last digits (not only in dtype): a step in float32 on the
    # way, cast back, is about 1e-7 off.
    X64 = torch.randn(_draw(generator, 150, 250), 5, generator=generator).double() * scales.double() + 4.0
    _, values, _ = with_course_functions(pca_fit, ("center", "covariance"))(X64)
    expected = torch.linalg.eigvalsh(torch.cov(X64.T)).flip(0)
    expect(type(values) is torch.Tensor and values.shape == (5,) and values.dtype == torch.float64
           and torch.allclose(values, expected, atol=1e-12, rtol=1e-10),
           f"pca_fit of float64 data gave eigenvalues that differ from eigh's float64 ones by up to "
           f"{(values - expected).abs().max().item() if type(values) is torch.Tensor and values.shape == (5,) else '?'}: "
           "compute in the data's dtype throughout: no .float() on the way (a Rayleigh quotient or any recomputation "
           "in float32, cast back, keeps only 7 digits). Return eigh's eigenvalues as they are, flipped.")
    # A single row (one image): its mean is that row. Your covariance is replaced by a diagonal matrix (that of one
    # row divides by N - 1 = 0).
    row = torch.rand(1, 5, generator=generator) + 1.0
    fit = with_functions(pca_fit, {"center": given.course_function(name="center"),
                                   "covariance": given.returning(value=torch.diag(torch.tensor([3.0, 2, 1, 0.5, 0.1])))})(row)
    expect(type(fit) is tuple and len(fit) == 3 and type(fit[0]) is torch.Tensor and fit[0].shape == (5,)
           and torch.allclose(fit[0], row[0]),
           f"pca_fit(X) for X of a single row returned the mean "
           f"{fit[0].tolist() if type(fit) is tuple and len(fit) == 3 and type(fit[0]) is torch.Tensor else '?'}, "
           f"expected that row, {[round(v, 4) for v in row[0].tolist()]}: return the mean that center gives, as it "
           "is. The mean of the centred data (X_centered.mean(dim=0), about 0) is not the data's mean, and adding "
           "the mean to it only for several rows makes a special case of N = 1.")
    # What pca_fit returns is data the caller goes on computing with: ordinary tensors.
    _expect_no_inference(pca_fit, "pca_fit", X64[:, :5].float(), course=("center", "covariance"))
    # More than 5,000 rows (in float64, to its digits), and square data (as many rows as columns): the columns of
    # components are the unit eigenvectors of the covariance, in order, whatever the shape.
    for n, d, dtype, tolerance in ((_draw(generator, 5_001, 6_000), 6, torch.float64, 1e-9),
                                   (7, 7, torch.float32, 1e-4)):
        X = torch.rand(n, d, generator=generator, dtype=dtype) * torch.linspace(0.5, 3.0, d, dtype=dtype)
        mean, values, W = with_course_functions(pca_fit, ("center", "covariance"))(X)
        C = torch.cov(X.double().T)
        expected = torch.linalg.eigvalsh(C).flip(0)
        expect(type(values) is torch.Tensor and values.shape == (d,)
               and torch.allclose(values.double(), expected, rtol=tolerance, atol=tolerance / 100)
               and type(W) is torch.Tensor and W.shape == (d, d)
               and torch.allclose(C @ W.double(), W.double() * expected, atol=tolerance),
               f"pca_fit of {n} rows and {d} columns does not return the covariance's eigenvalues and, in the columns "
               "of components, its unit eigenvectors (C @ components = components * eigenvalues)"
               f"{' to float64 digits' if n > d else ''}: for {'large' if n > d else 'square'} data it computes "
               "otherwise (the centred data through bfloat16, components transposed when N == D). Return eigh's results, flipped, whatever the shape.")
    # Close but distinct eigenvalues (1e-4 apart, as MNIST's small ones are), float64 data whose covariance is
    # Q diag(eigenvalues) Q^T exactly: each column of components is the eigenvector of its own eigenvalue.
    base = _draw(generator, 500, 1_500) / 1_000  # 3 decimals: base + 3e-4 rounds to base there
    close = torch.tensor([base + 1.0, base + 3e-4, base + 2e-4, base + 1e-4, base, base / 3], dtype=torch.float64)
    d, n = len(close), _draw(generator, 40, 80)
    Q = _orthonormal(d, generator).double()
    A = torch.randn(n, d, generator=generator, dtype=torch.float64)
    U = torch.linalg.qr(A - A.mean(dim=0)).Q  # orthonormal columns of mean 0: U.T @ U = I
    X = math.sqrt(n - 1) * U * close.sqrt() @ Q.T + 2.0
    C = torch.cov(X.T)
    expected = torch.linalg.eigvalsh(C).flip(0)
    _, values, W = with_course_functions(pca_fit, ("center", "covariance"))(X)
    good = (type(values) is torch.Tensor and values.shape == (d,) and type(W) is torch.Tensor and W.shape == (d, d))
    residual = (C @ W.double() - W.double() * values.double()).norm(dim=0) if good else None
    expect(good and torch.allclose(values.double(), expected, atol=1e-9, rtol=0) and bool((residual < 1e-7).all()),
           f"pca_fit of data whose covariance has close eigenvalues "
           f"{[round(v, 4) for v in expected.tolist()]} (1e-4 apart) does not pair each eigenvalue with its own "
           "eigenvector: C @ components[:, i] - eigenvalues[i] * components[:, i] has norms "
           f"{[float(f'{v:.1g}') for v in residual.tolist()] if good else '?'}, expected 0. Reorder the eigenvectors "
           "with the very order of the eigenvalues (one argsort of the eigenvalues as eigh gives them, no rounding, "
           "then eigenvalues[order] and eigenvectors[:, order]; or flip both).")
    passed("descending eigenvalues and orthonormal components that solve C w = lambda w")


def project(project, seed=4):
    """Check project: shape (N, k), and the coordinates of centred data along the columns of components."""
    generator = torch.Generator().manual_seed(seed)
    n, d = _draw(generator, 6, 14), _draw(generator, 5, 8)
    X, mean, W = torch.rand(n, d, generator=generator), torch.rand(d, generator=generator), _orthonormal(d, generator)
    Z = expect_inputs_kept(project, "project(X, mean, components, 2)", ("X", X), mean, W, 2, hint=(
        "X -= mean (or X.sub_(mean)) centres the caller's data in place. Compute X - mean, a new tensor, and leave X "
        "as it was."))
    expect_tensor(Z, "project(X, mean, components, k=2)", shape=(n, 2))
    expect(Z.dtype == X.dtype, f"project of {X.dtype} data returned {Z.dtype}: keep the data's dtype "
                               "(no .double(), no NumPy round trip).")
    expect_close(project(mean[None], mean, W, 2), torch.zeros(1, 2), "project(mean)",
                 "The mean image must have code 0: subtract the mean before projecting.")
    expect_close(Z, (X - mean) @ W[:, :2], "project(X, mean, components, k=2)",
                 "Expected (X - mean) @ components[:, :k]: subtract the mean first, and take the first k COLUMNS of components.")
    expect_tensor(project(X, mean, W, d - 1), f"project(..., k={d - 1})", shape=(n, d - 1))
    expect_close(project(X, mean, W, d), (X - mean) @ W, f"project(X, mean, components, k={d}), every component",
                 "With k = D the coordinates are still (X - mean) @ components: the centred data in the basis of the "
                 "components (a rotation of it), not the centred data itself.")
    expect_tensor(project(X[:1], mean, W, 2), "project of a single row X[:1] (shape (1, D))", shape=(1, 2))
    # Another fit, the same k: its own components (nothing kept by k between calls).
    other = _orthonormal(d, generator)
    expect_close(project(X, mean, other, 2), (X - mean) @ other[:, :2], "project with other components and the same k",
                 "project used the components of an earlier call: take components[:, :k] of the components it is "
                 "given, at every call (nothing kept between calls, by k or otherwise).")
    # float64 data, mean and components (the fit of float64 data): the coordinates are float64 too.
    Z64 = project(X.double(), mean.double(), torch.linalg.qr(W.double()).Q, 2)
    expect_tensor(Z64, "project of float64 X, mean and components", shape=(n, 2), dtype=torch.float64)
    # ... and float64 in its digits, not only in dtype: float32 on the way is off by about 1e-7, float64 by 1e-15.
    # W re-orthonormalised in float64 (no draw): unit columns to float64's digits, as a float64 fit gives.
    X64, mean64, W64 = X.double(), mean.double(), torch.linalg.qr(W.double()).Q
    for k in (2, d):
        Z64 = Z64 if k == 2 else project(X64, mean64, W64, k)
        gap = ((Z64 - (X64 - mean64) @ W64[:, :k]).abs().max().item()
               if type(Z64) is torch.Tensor and Z64.shape == (n, k) else None)
        expect(gap is not None and Z64.dtype == torch.float64 and gap <= 1e-10,
               f"project of float64 X, mean and components (k = {k}) returned "
               f"{'codes off by up to ' + format(gap, '.1e') if gap is not None else 'no (N, k) tensor'}, expected "
               "float64 to its digits (within 1e-10): compute (X - mean) @ components[:, :k] in the dtype of the "
               "inputs for every k, k = D too: no .float() on the way (converting back to X.dtype afterwards does "
               "not bring back the digits float32 lost).")
    # Data whose grand mean is 0 (pixels above and below their mean in balance): each pixel still has its own mean.
    shift = torch.linspace(-1.0, 1.0, d)
    X0 = X - X.mean() + shift
    X0 = X0 - X0.mean()
    Z0 = project(X0, mean + shift, W, 2)
    expect(type(Z0) is torch.Tensor and Z0.shape == (n, 2)
           and torch.allclose(Z0, (X0 - (mean + shift)) @ W[:, :2], atol=1e-5),
           f"project of data whose overall mean is 0 (X.mean() = {X0.mean():.0e}), with a mean of "
           f"{[round(v, 2) for v in (mean + shift).tolist()]}, did not subtract that mean: centre every time, "
           "X - mean, whatever X looks like (a grand mean near 0 is not centred data: each pixel has its own mean).")
    # More rows than a chunk of 1,000: every row has its code.
    n_long = _draw(generator, 1_100, 1_900)
    X_long = torch.rand(n_long, d, generator=generator)
    Z_long = project(X_long, mean, W, 2)
    shape = tuple(Z_long.shape) if type(Z_long) is torch.Tensor else type(Z_long).__name__
    expect(shape == (n_long, 2) and torch.allclose(Z_long, (X_long - mean) @ W[:, :2], atol=1e-5),
           f"project of {n_long} rows returned {shape}, expected the codes of all {n_long} rows, shape ({n_long}, 2): "
           "every row has its code. Computed by chunks, the last chunk (fewer than 1,000 rows) must be kept too: "
           "range(0, N, chunk) covers every row.")
    # Data far from the mean: codes in the hundreds, given as they are.
    X_far = 300.0 * torch.randn(n, d, generator=generator)
    expect_close(project(X_far, mean, W, 2), (X_far - mean) @ W[:, :2],
                 "project of data far from the mean (codes in the hundreds)",
                 "The codes are (X - mean) @ components[:, :k], however large: no clamp of the codes (to [-10, 10] or "
                 "any range); data on another scale than MNIST's pixels has codes of hundreds.", atol=1e-3)
    # k = 1 (a single component) and k = 0 (none): still (N, k), a column of codes and no column at all.
    Z1 = project(X, mean, W, 1)
    shape = tuple(Z1.shape) if type(Z1) is torch.Tensor else type(Z1).__name__
    expect(shape == (n, 1),
           f"project(X, mean, components, k=1) returned {shape}, expected ({n}, 1): the codes are (N, k) for every k, "
           "k = 1 too. components[:, :k] is (D, k) already; .squeeze() turns (D, 1) into (D,), and the codes lose "
           "their column.")
    expect_close(Z1, (X - mean) @ W[:, :1], "project(X, mean, components, k=1)")
    Z0 = project(X, mean, W, 0)
    shape = tuple(Z0.shape) if type(Z0) is torch.Tensor else type(Z0).__name__
    expect(shape == (n, 0),
           f"project(X, mean, components, k=0) returned {shape}, expected ({n}, 0): k = 0 keeps no component, "
           "components[:, :0], not every one (no special case for k = 0).")
    # Two calls in turn, on the student's side: the first codes must stay as they were after the second call.
    X_other = torch.rand(n, d, generator=generator)
    first, _ = remote.make(project, "called_in_turn", function=project)([X, mean, W, 2], [X_other, mean, W, 2])
    expect_close(first, (X - mean) @ W[:, :2], "the codes of a first call of project, after a second call",
                 "The codes of the first call changed when project was called again on other data of the same "
                 "shape: they were written into a buffer kept between calls (out=..., a dict of preallocated tensors), "
                 "which the next call overwrites. Return a new tensor at every call.")
    # More than 100 components (MNIST's curve goes to k = 400): every k gives (N, k) codes, (X - mean) @ W_k.
    d_big = _draw(generator, 110, 130)
    k = _draw(generator, 101, d_big - 1)
    X_big, mean_big = torch.rand(n, d_big, generator=generator), torch.rand(d_big, generator=generator)
    W_big = _orthonormal(d_big, generator)
    Z_big = project(X_big, mean_big, W_big, k)
    shape = tuple(Z_big.shape) if type(Z_big) is torch.Tensor else type(Z_big).__name__
    expect(shape == (n, k),
           f"project(X, mean, components, k={k}) for data of {d_big} columns returned {shape}, expected ({n}, {k}): "
           "take the k components you are asked for, however many (no cap such as min(k, 100)).")
    expect_close(Z_big, (X_big - mean_big) @ W_big[:, :k], f"project(X, mean, components, k={k})",
                 "The codes are exactly (X - mean) @ components[:, :k] for every k: no factor, rescaling or "
                 "normalisation of the codes (the components are unit vectors already).", atol=1e-5, rtol=1e-5)
    # More than 5,000 rows (MNIST's 10,000 test images), away from the mean given: still X - mean, that mean.
    X_many = torch.rand(5_000 + _draw(generator, 200, 1_000), d, generator=generator) + 1.0
    expect_close(project(X_many, mean, W, 2), (X_many - mean) @ W[:, :2], f"project of {len(X_many)} rows",
                 "The codes are (X - mean) @ components[:, :k] with the mean you are given, the training data's, for "
                 "any number of rows: X's own mean (X.mean(dim=0), for large X or ever) centres the test data on "
                 "itself and moves every code.", atol=1e-4)
    # The codes are data the caller goes on computing with: ordinary tensors.
    _expect_no_inference(project, "project", X, mean, W, 2)
    # Square data (as many rows as columns): the mean is a row, subtracted from every row of X.
    d_square = _draw(generator, 4, 8)
    X_square, mean_square = torch.rand(d_square, d_square, generator=generator), torch.rand(d_square, generator=generator)
    W_square = _orthonormal(d_square, generator)
    expect_close(project(X_square, mean_square, W_square, 2), (X_square - mean_square) @ W_square[:, :2],
                 f"project of a square X ({d_square} rows, {d_square} columns)",
                 "For square X the mean was subtracted from the columns (mean[:, None]): it is one value per column "
                 "(pixel), subtracted from every row, X - mean, whatever the shape.", atol=1e-5)
    # Two calls on data of one shape and one first value, otherwise different: each call's codes are its own X's.
    X_other = torch.rand(X.shape, generator=generator)
    X_other[0, 0] = X[0, 0]
    project(X, mean, W, 2)
    expect_close(project(X_other, mean, W, 2), (X_other - mean) @ W[:, :2],
                 "project of a second X of the same shape and first value",
                 "project returned codes of an earlier X: it keeps the centred data between calls (a cache keyed by "
                 "the shape, the dtype or a few values). Compute (X - mean) @ components[:, :k] for each X.",
                 atol=1e-5)
    passed("project returns (N, k) coordinates (X - mean) @ components[:, :k]")


def reconstruct(reconstruct, seed=5):
    """Check reconstruct: shape (N, D), exact with all components, and Z @ components[:, :k].T + mean."""
    generator = torch.Generator().manual_seed(seed)
    n, d = _draw(generator, 6, 14), _draw(generator, 5, 8)
    X = torch.rand(n, d, generator=generator)
    mean, W = X.mean(dim=0), _orthonormal(d, generator)
    Z = (X - mean) @ W[:, :3]
    X_hat = reconstruct(Z, mean, W)
    expect_tensor(X_hat, "reconstruct(Z, mean, components)", shape=(n, d))
    expect(X_hat.dtype == Z.dtype, f"reconstruct of {Z.dtype} codes returned {X_hat.dtype}: keep the data's dtype "
                                   "(no .double(), no NumPy round trip).")
    expect_close(reconstruct((X - mean) @ W, mean, W), X, "reconstruct with all D components",
                 "With every component the reconstruction must give back X exactly: did you add the mean back?")
    expect_close(X_hat, Z @ W[:, :3].T + mean, "reconstruct(Z, mean, components)",
                 "Expected Z @ components[:, :k].T + mean, with k = Z.shape[1].")
    expect_tensor(reconstruct(Z[:1], mean, W), "reconstruct of a single code Z[:1] (shape (1, k))", shape=(1, d))
    # float64 codes, mean and components (the fit of float64 data): the reconstruction is float64 too.
    X_hat64 = reconstruct(Z.double(), mean.double(), W.double())
    expect_tensor(X_hat64, "reconstruct of float64 Z, mean and components", shape=(n, d), dtype=torch.float64)
    # The same with all D components (k = D, its own branch in some answers): float64 to its digits, not only in
    # dtype. W re-orthonormalised in float64 (no draw), so that inverting it in float64 is as exact as W^T.
    W64, mean64 = torch.linalg.qr(W.double()).Q, mean.double()
    Z_all = (X.double() - mean64) @ W64
    X_all = reconstruct(Z_all, mean64, W64)
    expected = Z_all @ W64.T + mean64
    gap = (X_all - expected).abs().max().item() if type(X_all) is torch.Tensor and X_all.shape == (n, d) else None
    expect(gap is not None and X_all.dtype == torch.float64 and gap <= 1e-10,
           f"reconstruct of float64 codes with all {d} components (Z of shape ({n}, {d}), k = D) returned "
           f"{'a result off by up to ' + format(gap, '.1e') if gap is not None else 'no (N, D) tensor'}, expected "
           "float64 to its digits (within 1e-10): compute Z @ components[:, :k].T + mean in the dtype of the inputs "
           "for every k, k = D too: no .float() (nor a solve in float32) on the way, whatever the branch.")
    # No codes at all (an empty batch, Z of shape (0, k)): k is still Z.shape[1], and there are 0 images.
    try:
        X_none = reconstruct(Z[:0], mean, W)
    except Exception as error:
        raise AssertionError(f"reconstruct(Z, mean, components) for Z of shape (0, 3), no codes, failed with "
                             f"{type(error).__name__}: {error}. Read k from Z's shape, k = Z.shape[1], not from its "
                             "first row (len(Z[0])), which an empty batch does not have.") from None
    expect_tensor(X_none, "reconstruct of Z of shape (0, 3), no codes", shape=(0, d))
    # Codes all 0 (images at the mean): X_hat equals the mean, row after row, but is a new tensor of its own.
    X_mean = expect_not_aliased(reconstruct, "reconstruct(Z, mean, components) for codes that are all 0",
                                torch.zeros(n, 3), mean, W, hint=(
        "For codes that are all 0, mean.expand(N, -1) (or repeat through a view) gives rows that are views of the "
        "mean: a caller who changes X_hat in place (X_hat.clamp_(0, 1)) fails or changes the mean. Compute "
        "Z @ components[:, :k].T + mean for every Z (no special case for zero codes)."))
    expect_close(X_mean, mean.expand(n, -1), "reconstruct of codes that are all 0")
    # k = 0 (Z of shape (N, 0)): no component, so every image is reconstructed as the mean, an (N, D) result.
    X_k0 = reconstruct(torch.zeros(n, 0), mean, W)
    shape = tuple(X_k0.shape) if type(X_k0) is torch.Tensor else type(X_k0).__name__
    expect(shape == (n, d),
           f"reconstruct(Z, mean, components) for Z of shape ({n}, 0), k = 0, returned {shape}, expected {(n, d)}: "
           "with k = 0 no component is kept and every image is reconstructed as the mean. Z @ components[:, :0].T is "
           "an (N, D) matrix of zeros, and adding the mean gives it; no special case for k = 0.")
    expect_close(X_k0, mean.expand(n, -1), f"reconstruct for Z of shape ({n}, 0), k = 0",
                 "With k = 0 every image is reconstructed as the mean: Z @ components[:, :0].T + mean.")
    # Data on a scale of 1e-4: every reconstructed value is Z @ components[:, :k].T + mean, however small.
    X = torch.rand(n, d, generator=generator) * 1e-4
    mean = X.mean(dim=0)
    Z = (X - mean) @ W[:, :3]
    X_hat = reconstruct(Z, mean, W)
    expect_tensor(X_hat, "reconstruct of codes of data on a scale of 1e-4", shape=(n, d))
    expect_close(X_hat * 1e4, (Z @ W[:, :3].T + mean) * 1e4, "reconstruct(...) * 1e4 for data on a scale of 1e-4",
                 "X_hat is exactly Z @ components[:, :k].T + mean: no reconstructed value set to 0 because it is small "
                 "(below 1e-3 or any threshold). Data on a small scale is made of small values only, and even for "
                 "pixels in [0, 1] snapping moves the reconstruction away from the projection.")
    # A single code (one image, Z of shape (1, k)): Z @ components[:, :k].T + mean as for many.
    expect_close(reconstruct(Z[:1], mean, W) * 1e4, (Z[:1] @ W[:, :3].T + mean) * 1e4,
                 "reconstruct(...) * 1e4 of a single code Z[:1] (data on a scale of 1e-4)",
                 "One code is reconstructed like many: Z @ components[:, :k].T + mean, the mean added for a batch of "
                 "one too (no special case for len(Z) == 1).")
    # Two calls in turn on codes of the same shape, on the student's side: the first result stays as it was.
    Z_other = torch.randn(Z.shape, generator=generator)
    first, _ = remote.make(reconstruct, "called_in_turn", function=reconstruct)([Z, mean, W], [Z_other, mean, W])
    expect_close(first * 1e4, (Z @ W[:, :3].T + mean) * 1e4, "X_hat of a first call of reconstruct, after a second call",
                 "X_hat of the first call changed when reconstruct was called again on other codes of the same shape: "
                 "it was written into a buffer kept between calls (a module-level tensor refilled with copy_, out=...), "
                 "which the next call overwrites. Return a new tensor at every call.")
    # A single code of 0 (one image at the mean): X_hat equals the mean, but is a new tensor of its own.
    expect_not_aliased(reconstruct, "reconstruct(Z, mean, components) for a single code that is all 0",
                       torch.zeros(1, 3), mean, W, hint=(
        "mean[None] (or mean.unsqueeze(0)) is a view of the mean: a caller who changes X_hat in place changes the "
        "mean too. Compute Z @ components[:, :k].T + mean for every Z (no special case for a zero code)."))
    # The reconstructions are data the caller goes on computing with: ordinary tensors.
    _expect_no_inference(reconstruct, "reconstruct", Z, mean, W)
    # float64 codes of more than 5,000 rows: float64 reconstructions, whatever the number of codes.
    Z_many = torch.randn(_draw(generator, 5_001, 6_000), 3, generator=generator, dtype=torch.float64)
    X_hat = reconstruct(Z_many, mean.double(), W.double())
    expect(type(X_hat) is torch.Tensor and X_hat.dtype == torch.float64,
           f"reconstruct of {len(Z_many)} float64 codes returned "
           f"{X_hat.dtype if type(X_hat) is torch.Tensor else type(X_hat).__name__}, expected float64: the dtype "
           "must not depend on the number of codes (no .float() for large Z). Return Z @ components[:, :k].T + mean "
           "as it is.")
    passed("reconstruct returns (N, D), and is exact with all components")


def _expect_test_mse(sklearn_test_mse, X_train, X_test, k, case: str, why: str, rtol=1e-3, shown=".5f"):
    """sklearn_test_mse(X_train, X_test, k) is a float within rtol of an exact (float64) PCA's test MSE."""
    mse = sklearn_test_mse(X_train, X_test, k)
    [reference] = _exact_pca_mse(X_train.double(), X_test.double(), (k,))
    expect(type(mse) is float and abs(mse - reference) <= rtol * reference,
           f"sklearn_test_mse gives {mse!r} {case}, expected {reference:{shown}}: {why}")


def sklearn_test_mse(sklearn_test_mse, seed=7):
    """Check sklearn_test_mse: a Python float, fitted on the first argument, measured on the second."""
    generator = torch.Generator().manual_seed(seed)
    k = _draw(generator, 5, 15)
    X_train, X_test = given.mnist_vectors(split="train", n=2000), given.mnist_vectors(split="test", n=500)
    mse = expect_inputs_kept(sklearn_test_mse, f"sklearn_test_mse(X_train, X_test, {k})", ("X_train", X_train),
                             ("X_test", X_test), k, hint=(
        "X.numpy() shares its memory with the tensor, so scikit-learn's in-place work on that array (PCA(copy=False) "
        "centres it in place) overwrites the caller's data. Keep PCA's default copy=True."))
    expect(type(mse) is float, f"sklearn_test_mse must return a Python float (use float(...)), not {type(mse).__name__}.")
    [reference] = _reference_mse(2000, 500, (k,))
    expect(abs(mse - reference) < 1e-4,
           f"sklearn_test_mse gives {mse:.5f} for k = {k}, expected {reference:.5f}: fit on the first argument "
           "(training set) and measure the MSE per pixel on the second (test set).")
    # More than 10,000 training rows, the last of which vary along directions the first 10,000 do not.
    n, d = 10_000 + _draw(generator, 500, 1500), 10
    X_big = torch.randn(n, d, generator=generator) * torch.linspace(1.0, 0.5, d)
    X_big[:10_000, 5:] = 0
    X_big[10_000:, 5:] *= 12
    X_small = X_big[torch.randperm(n, generator=generator)[:300]]
    _expect_test_mse(sklearn_test_mse, X_big, X_small, 5, f"on a training set of {n} rows",
                     "fit on every training row (a subset, such as the first 10,000, misses what the others show).")
    # Two more training sets with the same k: each call fits its own.
    X_test = torch.randn(100, 8, generator=generator)
    for scales in (torch.linspace(3.0, 0.5, 8), torch.linspace(0.5, 3.0, 8)):
        X_train = torch.randn(300, 8, generator=generator) * scales
        _expect_test_mse(sklearn_test_mse, X_train, X_test, 2, "for a second training set with the same k = 2",
                         "fit a PCA on the training set of each call (a fit kept between calls, by k or otherwise, "
                         "answers for the first training set).")
    # Every component (k = D): PCA(n_components=k) takes any k up to min(N, D); the test MSE is then 0.
    try:
        mse = sklearn_test_mse(X_train, X_test, 8)
    except Exception as error:
        raise AssertionError(f"sklearn_test_mse(X_train, X_test, k) failed for k = 8 = D, every component, with "
                             f"{type(error).__name__}: {error}. PCA(n_components=k) with its default solver takes any k up "
                             "to min(N, D) (svd_solver='arpack' needs k < min(N, D)).") from None
    expect(type(mse) is float and abs(mse) < 1e-6,
           f"sklearn_test_mse gives {mse!r} for k = 8 = D (every component), expected 0: nothing is dropped.")

    # Pixels of a thousandth: an MSE of about 1e-7, which only the float itself carries (no rounding).
    X_train, X_test = 1e-3 * given.mnist_vectors(split="train", n=600), 1e-3 * given.mnist_vectors(split="test", n=100)
    _expect_test_mse(sklearn_test_mse, X_train, X_test, k, f"for data scaled by 1e-3 (k = {k})",
                     "return the MSE as it is, float(...) of it, without rounding.", rtol=1e-2, shown=".4g")
    # More than 1,000 test rows, the last ones spread wider: the MSE is the mean over every test row.
    X_train = torch.randn(300, 8, generator=generator) * torch.linspace(3.0, 0.5, 8)
    n_test = _draw(generator, 1_100, 1_500)
    X_test = torch.randn(n_test, 8, generator=generator)
    X_test[1_000:] *= 5.0
    _expect_test_mse(sklearn_test_mse, X_train, X_test, 3,
                     f"on a test set of {n_test} rows (the rows after the 1,000th spread wider)",
                     "measure the MSE on every test row (a subset, such as the first 1,000 test rows, misses what the "
                     "others give).")
    # Values near 300 that differ by hundredths: float32 holds them (steps of 3e-5 there), float16 does not (steps of
    # 0.25). k = 4, used by no call above (a fit kept by k cannot answer here). Fewer than 10 rows per column: PCA's
    # default solver is then an SVD of the centred data, exact in float32 (its covariance solver, for many more rows
    # than columns, loses such data in X.T @ X of values near 300).
    scales = torch.cat([torch.linspace(1.0, 0.5, 4), torch.full((36,), 0.02)])
    X_train = 300.0 + torch.randn(300, 40, generator=generator) * scales
    X_test = 300.0 + torch.randn(100, 40, generator=generator) * scales
    _expect_test_mse(sklearn_test_mse, X_train, X_test, 4, "for data near 300 that varies by hundredths (k = 4)",
                     "fit and measure on the data as it is given, in its own precision. float16 (or any narrower copy) "
                     "rounds values near 300 to steps of 0.25 and wipes out what varies less.", rtol=2e-2, shown=".4g")
    # Errors of about 1e-7, below float16's normal range (6e-5), where it keeps a digit or none (and bfloat16 three):
    # float32 holds them to 1e-7 relative. 12 columns (an exact SVD) and 4 test rows (no average of many roundings),
    # so that the float32 answer is within 1e-6 of the exact one and a narrower step anywhere is not.
    # Drawn from a generator of its own: the draws of the cases below stay as they were.
    tiny = torch.Generator().manual_seed(seed + 49)
    scales = torch.linspace(3.0, 0.5, 12) * 1e-7
    X_train = torch.randn(300, 12, generator=tiny) * scales
    X_test = torch.randn(4, 12, generator=tiny) * scales  # as many rows as k: no fewer test rows than k
    _expect_test_mse(sklearn_test_mse, X_train, X_test, 4, "for data on a scale of 1e-7 (k = 4)",
                     "compute the errors X_hat - X_test, their squares and their mean in the data's precision (float32) "
                     "or wider. float16 (or bfloat16) anywhere on the way, for the error matrix or the MSE, rounds "
                     "errors this small to a few digits or to 0.", rtol=1e-5, shown=".6g")
    # The same tensors again, after the caller doubled them in place, with k = 1 (used by no call above): a fit kept
    # by id(X_train) and k answers for the data as it was. Both calls happen on the student's side.
    spread = torch.tensor([4.0, 2.0, 1.0, 1.0, 0.5, 0.5])  # one clear first component
    X_train = torch.randint(-8, 9, (200, 6), generator=generator) / 4.0 * spread + 3.0  # exact in any precision
    X_test = torch.randint(-8, 9, (80, 6), generator=generator) / 4.0 * spread + 3.0
    _, second, _ = remote.make(sklearn_test_mse, "called_twice", function=sklearn_test_mse, scale=2.0)(
        X_train.clone(), X_test.clone(), 1)  # copies: made here (a visible check), the call doubles them in place
    [reference] = _exact_pca_mse(2 * X_train.double(), 2 * X_test.double(), (1,))
    expect(type(second) is float and abs(second - reference) <= 1e-3 * reference,
           f"sklearn_test_mse gives {second!r} for the same X_train and X_test after the caller doubled them in place "
           f"(k = 1), expected {reference:.5f}: it answered with a PCA fitted on the data as it was (a fit kept "
           "between calls, by id(X_train) and k). Fit a new PCA on X_train at every call.")
    # More than 50 components (MNIST's curve goes to k = 400): PCA(n_components=k) keeps all k of them.
    d = _draw(generator, 70, 90)
    k = _draw(generator, 55, 65)
    X_train = torch.randn(300, d, generator=generator) * torch.linspace(2.0, 0.5, d)
    X_test = torch.randn(100, d, generator=generator) * torch.linspace(2.0, 0.5, d)
    _expect_test_mse(sklearn_test_mse, X_train, X_test, k, f"for k = {k} on data of {d} columns",
                     "fit PCA(n_components=k) with the k you are given, however large (no cap such as min(k, 50): "
                     "every component kept lowers the error).")
    # Fewer test rows than k (one image, or a few): the k components are fitted on X_train, whatever X_test holds.
    d, k = 10, _draw(generator, 6, 8)
    X_train = torch.randn(300, d, generator=generator) * torch.linspace(3.0, 0.5, d)
    X_test = torch.randn(_draw(generator, 1, 3), d, generator=generator) * torch.linspace(3.0, 0.5, d)
    _expect_test_mse(sklearn_test_mse, X_train, X_test, k, f"for k = {k} on a test set of {len(X_test)} row(s)",
                     "fit PCA(n_components=k) on X_train with the k you are given. The number of test rows has nothing "
                     "to do with it (no cap such as min(k, len(X_test))): a test set smaller than k is measured like "
                     "any other.")
    # More components than training rows: PCA refuses (ValueError), and that error must reach the caller. A NaN
    # returned instead (try/except) is plotted or printed as if it were an error measured.
    n_train, k = _draw(generator, 4, 6), _draw(generator, 7, 9)
    X_train = torch.randn(n_train, d, generator=generator)
    X_test = torch.randn(20, d, generator=generator)
    try:
        mse = sklearn_test_mse(X_train, X_test, k)
    except Exception as error:  # noqa: BLE001 (PCA's error, or one that says it, reaches the caller: right)
        if isinstance(error, AssertionError) and not isinstance(error, remote.RemoteError):
            raise
        mse = 0.0
    expect(type(mse) is float and math.isfinite(mse),
           f"sklearn_test_mse(X_train of {n_train} rows, X_test, k = {k}) returned {mse!r}: PCA(n_components={k}) "
           f"cannot be fitted on {n_train} rows and raises a ValueError, which must reach the caller. A try/except "
           "that returns NaN (or None) instead swallows the error and hides that the fit failed; let it through.")
    # Few training rows (fewer than 2k, more than k), a test set spread along other directions: the PCA is fitted
    # on X_train alone, however few its rows.
    d, k = 10, 5
    n_train = _draw(generator, 7, 9)
    X_train = torch.randn(n_train, d, generator=generator) * torch.linspace(3.0, 0.5, d)
    X_test = torch.randn(60, d, generator=generator) * torch.linspace(0.5, 3.0, d)
    _expect_test_mse(sklearn_test_mse, X_train, X_test, k, f"for a training set of {n_train} rows (k = {k})",
                     "fit the PCA on X_train only, however few rows it has: adding the test rows to the fit (for a "
                     "small training set, or ever) measures the error on data the PCA has seen, which is no test "
                     "error.")
    # Repeated training rows (one image many times in the data): each copy is a row of X_train, weighted as often
    # as it occurs.
    rows = torch.randn(200, d, generator=generator) * torch.linspace(3.0, 0.5, d)
    extra = torch.randn(3, d, generator=generator) * 0.5
    extra[:, -3:] += 8.0
    X_train = torch.cat([rows, extra.repeat(_draw(generator, 30, 50), 1)])
    X_test = torch.randn(100, d, generator=generator) * torch.linspace(3.0, 0.5, d)
    _expect_test_mse(sklearn_test_mse, X_train, X_test, 3,
                     f"for a training set of {len(X_train)} rows, {len(X_train) - len(rows)} of them copies of 3 rows "
                     "(k = 3)", "every training row counts as often as it occurs. Fit X_train as it is (no np.unique "
                     "or other removal of duplicated rows: a digit written twice is twice in the data).")
    # An odd number of training rows, the last one alone along the last pixels: every row counts, the last too.
    X_train = torch.randn(2 * _draw(generator, 20, 30) + 1, d, generator=generator) * torch.linspace(3.0, 0.5, d)
    X_train[:, -3:] = 0.0
    X_train[-1, -3:] = 20.0
    X_test = torch.randn(100, d, generator=generator) * torch.linspace(3.0, 0.5, d)
    X_test[:, -3:] += 4.0 * torch.randn(100, 1, generator=generator)
    _expect_test_mse(sklearn_test_mse, X_train, X_test, 3,
                     f"for a training set of {len(X_train)} rows, an odd number, the last one unlike the others (k = 3)",
                     "fit on every training row, however many: dropping one (the last, to make N even, or any) "
                     "misses what it holds.")
    # Data on a scale of 1e4: codes in the tens of thousands, reconstructed as they are.
    spread = torch.tensor([4.0, 2.0, 1.0, 0.5, 0.25, 0.1])
    X_train = torch.randn(200, 6, generator=generator) * spread * 1e4
    X_test = torch.randn(80, 6, generator=generator) * spread * 1e4
    _expect_test_mse(sklearn_test_mse, X_train, X_test, 2, "for data on a scale of 1e4 (k = 2)",
                     "reconstruct the codes pca.transform gives as they are: no clip or clamp of the codes (to "
                     "[-1e3, 1e3] or any range); data on another scale than MNIST's pixels has codes of 1e4.",
                     rtol=1e-2, shown=".5g")
    # The caller's process as the call found it: scikit-learn's configuration and the BLAS thread limits are the
    # caller's (the call runs with the limits at 3, a count no kernel runs with).
    _, changed, limits = remote.make(sklearn_test_mse, "reporting_library_settings", function=sklearn_test_mse)(
        X_train[:, :4] / 1e4, X_test[:, :4] / 1e4, 2)
    expect(not changed,
           f"sklearn_test_mse left scikit-learn's global configuration changed ({', '.join(map(str, changed))}): "
           "sklearn.set_config(...) inside a function changes every later scikit-learn call of the caller, for good "
           "(assume_finite=True stops NaN inputs from raising, working_memory changes how computations are "
           "chunked). Leave it as it is, or change it only for the call: with sklearn.config_context(...):.")
    expect(limits is None,
           f"Called with the BLAS thread limits at {limits[0] if limits else ''}, sklearn_test_mse left them at "
           f"{limits[1] if limits else ''}: threadpool_limits(1) as a statement limits every later matrix "
           "computation of the caller (NumPy, scikit-learn, torch) to that many threads, for good. Leave them to the "
           "caller, or limit them only for the call: with threadpool_limits(1):.")
    # A pixel that never varies in the training images (a border pixel, always 0) but has ink in some test images:
    # its error counts too (the PCA reconstructs it as the training mean, 0).
    X_train, X_test = torch.rand(60, 12, generator=generator), torch.rand(20, 12, generator=generator)
    X_train[:, 0] = 0.0
    _expect_test_mse(sklearn_test_mse, X_train, X_test, 3, "when a pixel is 0 in every training image",
                     "a pixel that is constant in the training images was left out: its test error (the test "
                     "images' ink there) counts like any pixel's. Fit and reconstruct all D pixels, and average the "
                     "squared error over every pixel of X_test.")
    # More than 300 components (MNIST's curve goes to k = 400), on few rows: PCA(n_components=k) keeps all k of them.
    d = _draw(generator, 315, 335)
    k = _draw(generator, 301, d - 10)
    X_train = torch.randn(2 * d, d, generator=generator) * torch.linspace(2.0, 0.5, d)
    X_test = torch.randn(50, d, generator=generator) * torch.linspace(2.0, 0.5, d)
    _expect_test_mse(sklearn_test_mse, X_train, X_test, k, f"for k = {k} on data of {d} columns",
                     "fit PCA(n_components=k) with the k you are given, however large: no cap such as min(k, 300) "
                     "(every component kept lowers the error, up to k = D).")
    # A test set of more than 2,048 rows, not a multiple of 2,048, its last rows spread wider (errors of unequal
    # size): the MSE is the mean over every test pixel, each row counted once.
    X_train = torch.randn(300, 8, generator=generator) * torch.linspace(3.0, 0.5, 8)
    n_test = 2_048 + _draw(generator, 200, 1_500)
    X_test = torch.randn(n_test, 8, generator=generator)
    X_test[2_048:] *= 4.0
    _expect_test_mse(sklearn_test_mse, X_train, X_test, 3,
                     f"on a test set of {n_test} rows (the rows after the 2,048th spread wider, k = 3)",
                     "the MSE is the mean of the squared error over every pixel of every test row, each counted once. "
                     "A mean of per-chunk means (chunks of 2,048 rows, the last one smaller) weighs the rows of the "
                     "short last chunk more than the others: average the squared errors themselves, or weight each "
                     "chunk's mean by its number of rows.")
    passed("sklearn_test_mse returns the test MSE per pixel, as a float")


def _course_pca_fit(X):
    mean = X.mean(dim=0)
    values, vectors = torch.linalg.eigh(torch.cov((X - mean).T))
    return mean, values.flip(0), vectors.flip(1)


def _course_project(X, mean, components, k):
    return (X - mean) @ components[:, :k]


def mse_curve(pca_fit, project, reconstruct, center, covariance, seed=8):
    """Check your PCA on the real data: the test MSE per pixel of a reference PCA, at three values of k.

    One mistake, one charge: the course's pca_fit, project or reconstruct stands in for yours when yours, or
    (for pca_fit) the center or covariance it calls, fails its own check; what this check charges is what goes
    wrong on the real data only.
    """
    own = {"pca_fit": any(fails_own_check(check, function, seed=seed) for check, function in (
               (globals()["pca_fit"], pca_fit), (globals()["center"], center), (globals()["covariance"], covariance))),
           "project": fails_own_check(globals()["project"], project, seed=seed),
           "reconstruct": fails_own_check(globals()["reconstruct"], reconstruct, seed=seed)}
    fit = _course_pca_fit if own["pca_fit"] else pca_fit  # called directly: 10,000 images are not for watching
    project = _course_project if own["project"] else project
    reconstruct = given.course_function(name="reconstruct") if own["reconstruct"] else reconstruct
    X_train = given.mnist_vectors(split="train", n=10_000)  # the real data, small enough for a check
    X_test = given.mnist_vectors(split="test", n=2_000)
    mean, _, W = fit(X_train)
    ks = (2, 10, 30)
    for k, reference in zip(ks, _reference_mse(10_000, 2_000, ks)):
        mse = ((reconstruct(project(X_test, mean, W, k), mean, W) - X_test) ** 2).mean().item()
        expect(abs(mse - reference) < 5e-4,
               f"With k = {k} your PCA gives a test MSE of {mse:.4f}; a reference PCA gives {reference:.4f}. "
               "Your functions pass their checks on small examples, but not on 10,000 real images of 784 pixels: "
               "keep float32 tensors, centre before the covariance, sort in descending order, and take the first "
               "k columns of components.")
    stood_in = [name for name, failed in own.items() if failed]
    passed(f"your PCA reaches the reference test errors at k = {', '.join(map(str, ks))}"
           + (f" (with the course's {' and '.join(stood_in)}: a mistake there is charged by its own check)"
              if stood_in else ""))


@functools.cache
def _reference_mse(n_train: int, n_test: int, ks: tuple) -> list:
    """Test MSE per pixel of an exact PCA fitted on the first n_train training images, measured on the first
    n_test test images, for each k in ks (computed once per process)."""
    return _exact_pca_mse(given.mnist_vectors(split="train", n=n_train), given.mnist_vectors(split="test", n=n_test), ks)


def _exact_pca_mse(X_train, X_test, ks) -> list:
    """Test MSE per pixel of an exact PCA fitted on X_train, measured on X_test, for each k in ks."""
    mean = X_train.mean(dim=0)
    W = torch.linalg.eigh(torch.cov((X_train - mean).T)).eigenvectors.flip(1)
    return [((((X_test - mean) @ W[:, :k]) @ W[:, :k].T + mean - X_test) ** 2).mean().item() for k in ks]


def generate_digits(generate_digits, seed=6):
    """Check generate_digits on a small made-up mixture: shape, dtype, samples in the subspace, drawn from the mixture.

    One mistake, one charge: your generate_digits runs with the course's reconstruct in place of yours.
    """
    student, generate_digits = generate_digits, with_course_functions(generate_digits, ("reconstruct",))
    generator = torch.Generator().manual_seed(seed)
    d = _draw(generator, 5, 8)
    W, mean = _orthonormal(d, generator), torch.rand(d, generator=generator)
    shift = 3 + 2 * torch.rand(2, generator=generator)
    codes = torch.cat([torch.randn(150, 2, generator=generator) + shift, torch.randn(50, 2, generator=generator) - shift])
    gmm = remote.make(student, "gaussian_mixture", codes=codes.double(), n_components=2, seed=seed)
    samples = first = generate_digits(gmm, mean, W, 16)
    fitted = given.gaussian_mixture(codes=codes.double(), n_components=2, seed=seed)
    expect(gmm.random_state == seed and gmm.warm_start == fitted.warm_start and all(
               torch.allclose(torch.as_tensor(getattr(gmm, name)), torch.as_tensor(getattr(fitted, name)), atol=1e-9)
               for name in ("weights_", "means_", "covariances_")),
           "generate_digits changed the mixture it was given (its random_state, warm_start or its fitted parameters): "
           "sample "
           "from it with gmm.sample(n) and leave it as it is, the caller's gmm is the caller's.")
    expect_tensor(samples, "generate_digits(gmm, mean, components, 16)", shape=(16, d), dtype=torch.float32)
    expect_close(((samples - mean) @ W)[:, 2:], torch.zeros(16, d - 2), "the sample coordinates beyond the first k components",
                 "Decoded samples must lie in the k-dimensional subspace around the mean: decode with reconstruct.", atol=1e-4)
    many = generate_digits(gmm, mean, W, 2000)
    expect_tensor(many, "generate_digits(gmm, mean, components, 2000)", shape=(2000, d), dtype=torch.float32)
    many = (many - mean) @ W[:, :2]

    def mean_tolerance(n):
        """6 standard errors of the mean of n draws from the mixture: a correct answer fails about once in 10^9
        (a fixed 0.3, 3 to 4.5 standard errors for 2,000 draws, failed 4 secrets in 3,000)."""
        return 6 * math.sqrt(codes.var(dim=0).max().item() / n)

    expect_close(many.mean(dim=0), codes.mean(dim=0), "the mean of many sampled codes",
                 "The codes do not look drawn from the mixture: sample them with gmm.sample(n).",
                 atol=mean_tolerance(len(many)), rtol=0)
    centres = torch.as_tensor(gmm.means_, dtype=torch.float32)
    nearest = torch.cdist(many, centres).argmin(dim=1)
    expect_close((many - centres[nearest]).std(dim=0), torch.ones(2), "the spread of the sampled codes around their Gaussian's mean",
                 "Each Gaussian of the mixture has a spread: sample the codes with gmm.sample(n), not only the means.",
                 atol=0.3, rtol=0)
    # The statement's gmm is any fitted GaussianMixture: each covariance_type stores its covariances differently.
    for covariance_type in ("diag", "tied", "spherical"):
        other = given.gaussian_mixture(codes=codes.double(), n_components=2, seed=seed, covariance_type=covariance_type)
        try:
            samples = generate_digits(other, mean, W, 4000)
        except Exception as error:
            raise AssertionError(
                f"generate_digits failed for a GaussianMixture fitted with covariance_type={covariance_type!r}, with "
                f"{type(error).__name__}: {error}. The mixture's covariances_ has another shape for each covariance "
                "type: gmm.sample(n) draws from any of them.") from None
        expect_tensor(samples, f"generate_digits for a mixture with covariance_type={covariance_type!r}",
                      shape=(4000, d), dtype=torch.float32)
        expect_close(((samples - mean) @ W[:, :2]).mean(dim=0), codes.mean(dim=0),
                     f"the mean of the sampled codes for a mixture with covariance_type={covariance_type!r}",
                     "The codes do not look drawn from the mixture: sample them with gmm.sample(n).",
                     atol=mean_tolerance(len(samples)), rtol=0)
    # As many Gaussians as code dimensions above: the codes' k is gmm.means_.shape[1], not gmm.n_components.
    three = given.gaussian_mixture(codes=codes.double(), n_components=3, seed=seed)
    try:
        samples = generate_digits(three, mean, W, 16)
    except Exception as error:
        raise AssertionError(f"generate_digits failed for a mixture of 3 Gaussians on codes of dimension 2, with "
                             f"{type(error).__name__}: {error}. k is the codes' dimension (the columns of "
                             "gmm.sample(n)), not the number of Gaussians gmm.n_components.") from None
    expect_tensor(samples, "generate_digits for a mixture of 3 Gaussians on 2-D codes", shape=(16, d), dtype=torch.float32)
    expect_close(((samples - mean) @ W)[:, 2:], torch.zeros(16, d - 2),
                 "the sample coordinates beyond k = 2, for a mixture of 3 Gaussians on 2-D codes",
                 "k is the codes' dimension (the columns of gmm.sample(n)), not the number of Gaussians.", atol=1e-4)
    # Fewer Gaussians than code dimensions: one Gaussian on 2-D codes, whose samples spread along both components.
    single = given.gaussian_mixture(codes=codes.double(), n_components=1, seed=seed)
    spread = ((generate_digits(single, mean, W, 200) - mean) @ W[:, :2]).std(dim=0)
    expect(bool((spread > 0.5).all()),
           f"For a mixture of 1 Gaussian on 2-D codes, the samples spread by {spread.numpy().round(3)} along the first "
           "two components (the codes spread by more than 1 along each): k is the codes' dimension (the columns of "
           "gmm.sample(n)), not the number of Gaussians gmm.n_components: with fewer Gaussians than dimensions, "
           "codes[:, :gmm.n_components] drops some.")
    expect(torch.equal(generate_digits(gmm, mean, W, 16), first),
           "Two calls of generate_digits(gmm, mean, components, 16) gave different samples: with the mixture's integer "
           "random_state, gmm.sample(n) gives the same codes at every call, in the same order; decode them as they come "
           "(no shuffling, no other source of randomness).")
    # Exactly the statement's recipe: the decoded codes of one gmm.sample(n).
    codes16 = torch.as_tensor(fitted.sample(16)[0], dtype=torch.float32)
    expect_close(first, codes16 @ W[:, :2].T + mean, "generate_digits(gmm, mean, components, 16)",
                 "Draw the codes with one call codes, _ = gmm.sample(n), turn them into a float32 tensor and decode all "
                 "n of them with reconstruct: no extra or second draw, no codes dropped, no lower precision on the way.")
    # A mixture whose random_state is a NumPy RandomState that has drawn before: the samples are its next draw, and
    # the next call's the draw after it (the caller's mixture moves on, as gmm.sample moves it).
    moving = remote.make(student, "gaussian_mixture", codes=codes.double(), n_components=2, seed=seed, drawn=5)
    reference = given.gaussian_mixture(codes=codes.double(), n_components=2, seed=seed, drawn=5)
    for call in ("", ", called a second time"):
        expected = reference.sample(8)[0]
        samples = generate_digits(moving, mean, W, 8)
        what = f"generate_digits(gmm, mean, components, 8) for a mixture whose random_state is a RandomState{call}"
        expect_tensor(samples, what, shape=(8, d), dtype=torch.float32)
        expect_close(samples, torch.as_tensor(expected, dtype=torch.float32) @ W[:, :2].T + mean, what,
                     "The codes are the mixture's next draw, one call gmm.sample(n) on the caller's gmm: a second call, "
                     "a draw of more codes, or a draw from a copy of the mixture (copy.deepcopy, which then gives the "
                     "same codes at every call) gives others.")
    # One sample (n = 1): a batch of one decoded image, (1, D).
    one_sample = ("one sample is a batch of one image. squeeze() drops the batch dimension of a single code; keep the "
                  "(n, k) codes as gmm.sample(n) gives them.")
    try:
        one = generate_digits(gmm, mean, W, 1)
    except Exception as error:  # noqa: BLE001 (the student's error, whatever it is, is the message)
        raise AssertionError(f"generate_digits(gmm, mean, components, 1) failed with {type(error).__name__}: {error}. "
                             f"{one_sample.capitalize()}") from None
    shape = tuple(one.shape) if type(one) is torch.Tensor else type(one).__name__
    expect(shape == (1, d), f"generate_digits(gmm, mean, components, 1) returned {shape}, expected {(1, d)}: "
           f"{one_sample}")
    # A mixture whose weights are not round (150 and 43 codes): its fitted parameters must stay as they are, to the
    # last digit (weights of 0.75 and 0.25 above hide a rounding or renormalisation written into gmm.weights_).
    uneven = remote.make(student, "gaussian_mixture", codes=codes[:193].double(), n_components=2, seed=seed)
    generate_digits(uneven, mean, W, 16)
    fitted = given.gaussian_mixture(codes=codes[:193].double(), n_components=2, seed=seed)
    before, after = (torch.as_tensor(mixture.weights_).numpy().round(6) for mixture in (fitted, uneven))
    for name in ("weights_", "means_", "covariances_"):
        kept = torch.as_tensor(getattr(uneven, name)).double()
        expect(bool(torch.allclose(kept, torch.as_tensor(getattr(fitted, name)).double(), atol=1e-12, rtol=0)),
               f"generate_digits changed gmm.{name} of the mixture it was given (weights {before} became {after}): "
               "rounding or renormalising the mixture's weights in place (gmm.weights_ /= ..., gmm.weights_[:] = ...) "
               "changes the caller's fitted model and the mixture it samples. gmm.weights_ already sum to 1: sample "
               "with gmm.sample(n) and leave the mixture as it is.")
    # A mixture of codes in the hundreds: the decoded samples are far outside [0, 1], and are returned as they are.
    far = remote.make(student, "gaussian_mixture", codes=100 * codes.double(), n_components=2, seed=seed)
    expected = given.gaussian_mixture(codes=100 * codes.double(), n_components=2, seed=seed).sample(16)[0]
    expected = torch.as_tensor(expected, dtype=torch.float32) @ W[:, :2].T + mean
    samples = generate_digits(far, mean, W, 16)
    expect_tensor(samples, "generate_digits for a mixture of codes in the hundreds", shape=(16, d))
    expect_close(samples / 100, expected / 100, "generate_digits(gmm, mean, components, 16) / 100 for a mixture of codes "
                 "in the hundreds", "The samples are the decoded codes as they are: do not clip or clamp them (to "
                 "[-10, 10], [0, 1] or any range), as the statement says; the plotting function clips for display.",
                 atol=1e-4)
    # An odd n: exactly n codes of one gmm.sample(n). gmm.sample groups its codes by Gaussian, so n + 1 codes cut
    # to n always drop one of the last Gaussian's.
    expected = given.gaussian_mixture(codes=codes.double(), n_components=2, seed=seed).sample(15)[0]
    expected = torch.as_tensor(expected, dtype=torch.float32) @ W[:, :2].T + mean
    expect_close(generate_digits(gmm, mean, W, 15), expected, "generate_digits(gmm, mean, components, 15), an odd n",
                 "Draw exactly n codes with one call gmm.sample(n), for any n, odd or even: a draw of another number "
                 "of codes (n + 1, then cut to n) gives other codes, and as gmm.sample groups its codes by Gaussian, "
                 "the one cut off is always the last Gaussian's, so the mixture's weights are not kept.")
    # n no larger than the number of Gaussians (one sample): still a draw of each Gaussian, not its mean.
    expected = given.gaussian_mixture(codes=codes.double(), n_components=2, seed=seed).sample(1)[0]
    expected = torch.as_tensor(expected, dtype=torch.float32) @ W[:, :2].T + mean
    expect_close(generate_digits(gmm, mean, W, 1), expected, "generate_digits(gmm, mean, components, 1), one sample",
                 "A sample is a draw of gmm.sample(n) for every n, one sample too: not the mean of the Gaussian it "
                 "came from (gmm.means_[labels]) when n is small. Decode the codes gmm.sample(n) returns.")
    # A mixture with a rare Gaussian (weight below 0.02, as a rare way of writing a digit): it is sampled too.
    rare_codes = torch.cat([codes[:150], codes[150:152] - 3 * shift]).double()  # 2 codes of 152, far from the rest
    rare = remote.make(student, "gaussian_mixture", codes=rare_codes, n_components=2, seed=seed)
    reference = given.gaussian_mixture(codes=rare_codes, n_components=2, seed=seed)
    expected = torch.as_tensor(reference.sample(1000)[0], dtype=torch.float32) @ W[:, :2].T + mean
    expect_close(generate_digits(rare, mean, W, 1000), expected,
                 f"generate_digits(gmm, mean, components, 1000) for a mixture of weights "
                 f"{reference.weights_.round(3).tolist()}",
                 "Sample from the whole mixture as it is fitted, gmm.sample(n): every Gaussian keeps its weight, a "
                 "small one too (no Gaussian dropped for a weight below 0.02 or any threshold, even if the weights "
                 "are put back after).", atol=1e-4)
    # The samples are data the caller goes on computing with: ordinary tensors.
    _expect_no_inference(student, "generate_digits", gmm, mean, W, 16, course=("reconstruct",))
    # The caller's process as the call found it: the BLAS thread limits are the caller's (the call runs with them at
    # 3, a count no kernel runs with).
    _, _, limits = remote.make(student, "reporting_library_settings", function=student)(gmm, mean, W, 16)
    expect(limits is None,
           f"Called with the BLAS thread limits at {limits[0] if limits else ''}, generate_digits left them at "
           f"{limits[1] if limits else ''}: threadpool_limits(1) as a statement limits every later matrix "
           "computation of the caller (NumPy, scikit-learn, torch) to that many threads, for good. Leave them to the "
           "caller, or limit them only for the call: with threadpool_limits(1):.")
    passed("generate_digits returns (n, D) float32 samples of the mixture, decoded into the subspace")


from vaecourse.checks import guard_torch_settings  # noqa: E402 (last: it wraps every check above)

guard_torch_settings(globals())
