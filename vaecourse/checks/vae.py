"""The checks of notebook 04 (the VAE and its loss).

Each check takes the student's functions or classes and a `seed` for its inputs (the notebook uses the
default; grading uses a secret one, vaecourse.remote). The VAE and the autoencoders are given networks made
by `given.network`, identical in the student's kernel and here. The decoder of the VAE checks is a single
Linear(latent_dim, 784): the code z it decoded is recovered from the logits by least squares, so that the
check sees which codes were decoded without recording anything inside the student's process.
"""

import math

import torch
import torch.nn.functional as F

from vaecourse import remote
from vaecourse.checks import (draw_sizes, expect, expect_close, expect_deep_copies, expect_defaults, expect_draws_nothing,
                              expect_every_mode, expect_float64_kept, expect_follows_global_random, fails_own_check,
                              expect_inputs_kept, expect_tensor,
                              far_log_variances, given, modes, outputs_around_a_step, passed, seed_with_large_draw,
                              with_course_functions, without_gradient)


# ---------------------------------------------------------------- reparameterize

def _spread(d, generator, low=-1.5, high=1.5):
    """d log-variances spread over [low, high] (jittered, shuffled): never all near one value, so that each
    wrong standard deviation (logvar, exp(logvar)) gives a variance far from exp(logvar) somewhere."""
    values = torch.linspace(low, high, d) + 0.2 * (torch.rand(d, generator=generator) - 0.5)
    return values[torch.randperm(d, generator=generator)]


def _standardised(values, tolerance: float) -> bool:
    """Every column of `values` has a mean of 0 and a standard deviation of 1 to `tolerance`: noise or codes
    standardised by their own batch (true draws never land that close)."""
    return bool((values.mean(dim=0).abs() < tolerance).all() and ((values.std(dim=0) - 1).abs() < tolerance).all())


def _off_the_draw(values, reference, tolerance: float = 1e-4):
    """The sizes of the values of `reference` (a draw of torch's global generator) that `values` departs from, when it
    follows that draw almost everywhere (over 90% of the values within `tolerance`): noise or codes drawn as
    torch.randn draws them but changed where they are large (clamped, truncated, redrawn). None when `values` follows
    the draw everywhere, or not at all (drawn another way: the statistics judge that)."""
    close = (values - reference).abs() <= tolerance * (1 + reference.abs())
    if bool(close.all()) or close.float().mean().item() < 0.9:
        return None
    return reference[~close].abs()


def reparameterize_statistics(reparameterize, seed=31):
    """Check reparameterize: shape, fresh noise on every call, and the mean and variance of many samples."""
    torch.manual_seed(seed)  # reparameterize draws its noise from torch's global generator: a reproducible notebook
    generator = torch.Generator().manual_seed(seed)
    n, d = 100_000, draw_sizes(generator, 1, 3, 5)[0]
    mu = (2 * torch.randn(d, generator=generator)).repeat(n, 1)
    logvar = _spread(d, generator).repeat(n, 1)
    z = reparameterize(mu, logvar)
    expect_tensor(z, "reparameterize(mu, logvar)", shape=(n, d))
    expect(not torch.equal(z, reparameterize(mu, logvar)),
           "Two calls gave the same z: draw fresh noise on every call, eps = torch.randn_like(mu).")
    var, true_var = z.var(dim=0), torch.exp(logvar[0])
    expect(var.max() > 1e-3, "z has no spread: you forgot the noise eps (z must be mu + std * eps, not mu).")
    expect(not torch.allclose(var, logvar[0] ** 2, rtol=0.05),
           "The variance of z is logvar**2: you used logvar as the standard deviation. "
           "The standard deviation is exp(0.5 * logvar).")
    expect(not torch.allclose(var, true_var ** 2, rtol=0.05),
           "The variance of z is exp(logvar)**2: you used exp(logvar), the variance, as the standard deviation. "
           "The standard deviation is exp(0.5 * logvar).")
    # 5 standard errors per element: a correct answer with another random stream fails with probability ~1e-6
    expect(bool(((z.mean(dim=0) - mu[0]).abs() <= 5 * torch.sqrt(true_var / n)).all()),
           f"The mean of 100,000 samples is {z.mean(dim=0).numpy().round(3)}, expected {mu[0].numpy().round(3)}: the "
           "samples must be centred on mu, z = mu + std * eps with eps ~ N(0, 1).")
    expect_close(var, true_var, "the variance of 100,000 samples",
                 "The variance of z must be exp(logvar): std = exp(0.5 * logvar), eps ~ N(0, 1) (torch.randn_like, "
                 "not torch.rand_like).", atol=0, rtol=0.03)
    # Any shape works: (N, 2, 3)
    mu = torch.randn(2, 3, generator=generator).repeat(50_000, 1, 1)
    logvar = _spread(6, generator, -3.0, 2.0).reshape(2, 3).repeat(50_000, 1, 1)
    z = reparameterize(mu, logvar)
    expect_tensor(z, "reparameterize(mu, logvar) with mu of shape (N, 2, 3)", shape=(50_000, 2, 3))
    expect(bool(((z.mean(dim=0) - mu[0]).abs() <= 5 * torch.sqrt(torch.exp(logvar[0]) / 50_000)).all()),
           "The mean of 50,000 samples is not mu (beyond 5 standard errors): the samples must be centred on mu, "
           "z = mu + std * eps.")
    expect_close(z.var(dim=0), torch.exp(logvar[0]), "the variance of 50,000 samples",
                 "The variance of z must be exp(logvar): the standard deviation is exp(0.5 * logvar).", atol=0, rtol=0.04)
    standardized = ((z - mu) / torch.exp(0.5 * logvar)).flatten()
    expect(abs(standardized.abs().mean().item() - math.sqrt(2 / math.pi)) < 0.01,
           "The noise does not look standard normal: use eps = torch.randn_like(mu).")
    # N(0, I): independent noise per element (no value shared across dimensions), with its tails (no truncation).
    noise = standardized.reshape(len(z), -1)
    correlations = torch.corrcoef(noise.T) - torch.eye(noise.shape[1])
    expect(correlations.abs().max().item() < 0.05,
           "The noise of different dimensions is correlated (up to "
           f"{correlations.abs().max().item():.2f}): draw one independent value per element, eps = torch.randn_like(mu), "
           "not one per image shared by its dimensions.")
    tails = (noise.abs() > 3).float().mean().item()  # 0.27% for N(0, 1)
    expect(tails > 0.0015, f"{100 * tails:.3f}% of the noise values lie beyond 3 standard deviations, 0.27% expected: "
           "do not clamp or truncate eps, draw it from N(0, 1) as it is.")
    # Independent across the images too (no antithetic pairs, no noise centred over the batch), and drawn in full
    # precision (noise rounded to bfloat16 takes a few thousand values).
    half = len(noise) // 2
    for first, second, what in ((noise[:half], noise[half:2 * half], "the first and the second half of the batch"),
                                (noise[:-1], noise[1:], "each image and the next")):
        correlation = torch.corrcoef(torch.stack([first.flatten(), second.flatten()]))[0, 1].item()
        expect(abs(correlation) < 0.03,
               f"The noise of {what} is correlated ({correlation:.2f}): draw one independent value per element, "
               "eps = torch.randn_like(mu), with nothing shared or mirrored between images.")
    distinct = torch.unique(noise).numel() / noise.numel()
    expect(distinct > 0.5, f"The noise takes only {100 * distinct:.1f}% distinct values over {noise.numel():,} draws: it "
           "was drawn or rounded in a low precision (bfloat16, float16). Draw it in mu's dtype, torch.randn_like(mu).")
    # A batch of one image, and of one value: a sample still, finite (no statistics of the batch in the noise).
    for shape in ((1, d), (1, 1)):
        z = reparameterize(torch.zeros(shape), torch.zeros(shape))
        expect(type(z) is not torch.Tensor or tuple(z.shape) != shape
               or (bool(torch.isfinite(z).all()) and not bool((z == 0).all())),
               f"For mu = 0 and logvar = 0 of shape {shape} (a batch of one image), reparameterize returned "
               f"{z.flatten()[:4].tolist() if type(z) is torch.Tensor else z}: z must be a draw of N(0, 1), "
               "eps = torch.randn_like(mu), with no mean or standard deviation of the batch taken from the noise.")
        expect_tensor(z, f"reparameterize(mu, logvar) for mu of shape {shape}", shape=shape)
    # A small batch: its noise is drawn, not standardised by the batch (the batch's own mean and std would make each
    # image's code depend on the others').
    z = reparameterize(torch.zeros(4, 3), torch.zeros(4, 3))
    expect(type(z) is torch.Tensor and not _standardised(z.reshape(-1, 1), 1e-5) and not _standardised(z, 1e-5),
           "For mu = 0 and logvar = 0 on a batch of 4 x 3, the noise has a mean of exactly 0 and a standard deviation "
           "of exactly 1: it is standardised by the batch ((eps - eps.mean()) / eps.std()). Draw eps = "
           "torch.randn_like(std) and use it as it is: each image's noise is its own.")
    # torch's global generator decides the noise: torch.manual_seed makes a run reproducible.
    random, draws = remote.make(reparameterize, "global_random"), []
    for _ in range(2):
        random.seed(seed + 1)
        draws.append(reparameterize(torch.zeros(4, d), torch.zeros(4, d)))
    expect(torch.equal(draws[0], draws[1]),
           "After the same torch.manual_seed, two calls gave different noise: draw it from torch's global generator "
           "(torch.randn_like(mu)), which the notebooks seed, not from NumPy's or Python's random module.")
    # Very narrow and very wide posteriors: exp(0.5 * logvar) for every logvar, no clamp.
    extreme = torch.tensor([-14.0, -12.0, 11.0, 13.0])
    z = reparameterize(torch.zeros(100_000, 4), extreme.repeat(100_000, 1))
    expect_tensor(z, "reparameterize(mu, logvar) with logvar in [-14, 13]", shape=(100_000, 4))
    expect_close(z.var(dim=0), torch.exp(extreme), "the variance of 100,000 samples for logvar = -14, -12, 11, 13",
                 "The variance of z must be exp(logvar) for every logvar: do not clamp logvar (or std), "
                 "z = mu + exp(0.5 * logvar) * eps.", atol=0, rtol=0.03)
    far = far_log_variances(generator)  # beyond any clamp a student might pick
    z = reparameterize(torch.zeros(20_000, 4), far.repeat(20_000, 1))
    expect_tensor(z, f"reparameterize(mu, logvar) with logvar = {[round(v, 2) for v in far.tolist()]}", shape=(20_000, 4))
    expect_close(z.var(dim=0) / far.exp(), torch.ones(4),
                 f"the variance of 20,000 samples over exp(logvar), for logvar = {[round(v, 2) for v in far.tolist()]}",
                 "The variance of z must be exp(logvar) for every logvar, however far from 0: do not clamp logvar "
                 "(or std), z = mu + exp(0.5 * logvar) * eps.", atol=0, rtol=0.06)
    # Sampling code often runs without gradients (torch.no_grad()): a sample is still a sample there.
    z = remote.make(reparameterize, "without_gradients", function=reparameterize)(mu[:2000], logvar[:2000])
    expect_tensor(z, "reparameterize(mu, logvar) inside torch.no_grad()", shape=(2000, 2, 3))
    expect_close(z.var(dim=0), torch.exp(logvar[0]), "the variance of 2,000 samples drawn inside torch.no_grad()",
                 "reparameterize must return a sample z = mu + std * eps whether or not gradients are recorded: "
                 "returning mu without them (for 'inference') is the VAE's job in eval mode, not reparameterize's.",
                 atol=0, rtol=0.25)
    # A model in float64 (model.double()) samples float64 codes.
    z = reparameterize(torch.zeros(3, d, dtype=torch.float64), torch.zeros(3, d, dtype=torch.float64))
    expect(type(z) is not torch.Tensor or z.dtype == torch.float64,
           f"reparameterize of float64 mu and logvar returned {z.dtype}: keep their dtype (no .float() on z; "
           "torch.randn_like(mu) draws in mu's dtype).")
    # ...and draws float64 noise: noise drawn in float32 and cast holds only float32 numbers (for mu = 0 and
    # logvar = 0, z is the noise itself; a float64 draw is a float32 number with probability about 2**-29).
    z = reparameterize(torch.zeros(2000, d, dtype=torch.float64), torch.zeros(2000, d, dtype=torch.float64))
    expect(type(z) is not torch.Tensor or z.dtype != torch.float64 or not torch.equal(z, z.float().double()),
           "For float64 mu = 0 and logvar = 0, every value of z is a float32 number: the noise was drawn in float32 "
           "(torch.randn(mu.shape) draws in torch's default dtype) and cast. Draw it in mu's dtype and on mu's "
           "device: eps = torch.randn_like(mu).")
    # Gaussian in the tails too: of 1,000,000 draws of N(0, 1), about 465 lie beyond 3.5 (standard deviation 22).
    z = reparameterize(torch.zeros(1000, 1000), torch.zeros(1000, 1000))
    beyond = int((z.abs() > 3.5).sum()) if type(z) is torch.Tensor else 0
    expect(300 < beyond < 650,
           f"Of 1,000,000 values of z for mu = 0 and logvar = 0, {beyond} lie beyond 3.5, where a standard normal puts "
           "about 465: the noise is not N(0, 1) in its tails. Use eps = torch.randn_like(std) as it is drawn (no "
           "redrawing, clamping or truncating of large values).")
    # A posterior so wide that std = exp(0.5 * logvar) overflows float32 (an encoder diverging): z is infinite there,
    # and must stay so (the loss then shows the divergence), not be replaced by a finite number.
    huge = round(200 + 200 * torch.rand(1, generator=generator).item(), 1)
    z = reparameterize(torch.randn(4, d, generator=generator), torch.full((4, d), huge))
    expect(type(z) is torch.Tensor and tuple(z.shape) == (4, d) and not bool(torch.isfinite(z).any()),
           f"For logvar = {huge}, std = exp(0.5 * logvar) overflows float32 (inf), so z = mu + std * eps is infinite, "
           f"but reparameterize returned {z.flatten()[:3].tolist() if type(z) is torch.Tensor else z}...: finite "
           "values. Do not replace an infinite z by a finite one (torch.nan_to_num, a fallback to mu, a clamp on logvar "
           "or std): that hides a diverging encoder, which the loss would otherwise show.")
    # N(0, 1) with its rare large values: after a seed whose draw holds a value beyond 5.3 (about one in 9 million:
    # beyond a clamp at 4 or 5), z is compared with mu + std * that draw, wherever it follows the draw (noise drawn
    # another way is judged above).
    shape = (5000, d)
    value = seed_with_large_draw(generator, shape, 5.3)
    eps = torch.randn(shape, generator=torch.Generator().manual_seed(value))
    mu, logvar = torch.randn(shape, generator=generator), _spread(d, generator).repeat(shape[0], 1)
    random.seed(value)
    z = reparameterize(mu, logvar)
    if type(z) is torch.Tensor and tuple(z.shape) == shape and z.dtype == torch.float32:
        off = _off_the_draw((z.detach() - mu) / torch.exp(0.5 * logvar), eps)
        expect(off is None,
               f"After torch.manual_seed({value}), torch.randn_like(mu) draws noise values up to "
               f"{eps.abs().max().item():.2f} in size, and your z = mu + std * eps follows that noise everywhere but "
               f"at {len(off) if off is not None else 0} value(s) of size {off.min().item() if off is not None else 0:.2f} "
               "and more: the large noise values were clamped, truncated or redrawn. N(0, 1) has no bound: use "
               "eps = torch.randn_like(std) as it is drawn.")
    # The caller's mu and logvar stay as they were: without gradients (data), and a non-leaf mu (the encoder's output,
    # which the KL reads after sampling).
    mu, logvar = torch.randn(3, d, generator=generator), torch.randn(3, d, generator=generator)
    in_place = ("an in-place operation (mu.add_(std * eps), mu += ..., logvar.mul_(0.5)) overwrites the caller's "
                "tensor: the encoder's mu, which the KL reads after sampling, would become z. Compute z = mu + std * "
                "eps into a new tensor.")
    expect_inputs_kept(reparameterize, "reparameterize(mu, logvar)", ("mu", mu), ("logvar", logvar), hint=in_place)
    _, after = remote.make(reparameterize, "on_non_leaf", function=reparameterize)(mu.clone().requires_grad_(), logvar)
    expect(type(after) is list and len(after) == 2 and type(after[0]) is torch.Tensor and torch.equal(after[0], mu),
           "reparameterize(mu, logvar) changed its argument mu, a non-leaf tensor (the output of the encoder's layer): "
           + in_place)
    # Fresh noise inside torch.no_grad() too: evaluation code that samples twice gets two samples, not one kept.
    quiet = remote.make(reparameterize, "without_gradients", function=reparameterize)
    mu, logvar = torch.zeros(50, d), torch.zeros(50, d)
    first, second = quiet(mu, logvar), quiet(mu, logvar)
    expect(type(first) is not torch.Tensor or type(second) is not torch.Tensor or not torch.equal(first, second),
           "Two calls of reparameterize(mu, logvar) inside torch.no_grad() gave the same z: the noise drawn under "
           "no_grad was kept and used again. Draw fresh noise on every call, eps = torch.randn_like(mu), whatever the "
           "gradient mode (repeated evaluations differ: that is what sampling is).")
    # The std in the inputs' dtype: for float64 mu = 0, the ratio of z for logvar and for logvar = 0 after the same
    # seed (the same noise) is exp(0.5 * logvar) to float64's digits; an exp taken in float32 is off by about 1e-8.
    shape, value = (200, d), draw_sizes(generator, 1, 0, 2 ** 30)[0]
    logvar = (torch.rand(shape, generator=generator, dtype=torch.float64) * 4 - 2)
    mu = torch.zeros(shape, dtype=torch.float64)
    random.seed(value)
    wide = reparameterize(mu, logvar)
    random.seed(value)
    unit = reparameterize(mu, torch.zeros(shape, dtype=torch.float64))
    if (all(type(z) is torch.Tensor and tuple(z.shape) == shape and z.dtype == torch.float64 for z in (wide, unit))
            and bool((unit != 0).all()) and bool(torch.isfinite(wide).all())):
        expect_close(wide.detach() / unit.detach(), torch.exp(0.5 * logvar),
                     "for float64 mu = 0, z for logvar over z for logvar = 0 after the same seed (the standard deviation)",
                     "The standard deviation of float64 inputs must be computed in float64: std = torch.exp(0.5 * "
                     "logvar), with no .float() on logvar (an exp in single precision loses half the digits of a "
                     "float64 model).", atol=0, rtol=1e-12)
    # Noise from a uniform u through log(u) (Box-Muller, an inverse CDF) is infinite where u = 0, which torch.rand
    # draws about once in 16.7 million values: after a seed whose torch.rand draw holds an exact 0, z stays finite.
    shape, value = (1000, 1000), draw_sizes(generator, 1, 0, 2 ** 30)[0]
    value = next(seed for seed in range(value, value + 10_000)
                 if bool((torch.rand(shape, generator=torch.Generator().manual_seed(seed)) == 0).any()))
    random.seed(value)
    z = reparameterize(torch.zeros(shape), torch.zeros(shape))
    expect(type(z) is not torch.Tensor or bool(torch.isfinite(z).all()),
           f"After torch.manual_seed({value}), torch.rand({shape[0]}, {shape[1]}) draws an exact 0 (about one value in "
           f"16.7 million does), and reparameterize(mu = 0, logvar = 0) of that shape returned {int((~torch.isfinite(z)).sum()) if type(z) is torch.Tensor else 0} "
           "infinite or NaN value(s): the noise is made from a uniform u through log(u) (Box-Muller, an inverse CDF), "
           "and log(0) = -inf. Draw the noise with eps = torch.randn_like(mu), which is finite for every draw.")
    # The noise as drawn whatever the size of the tensor: for mu = 0 and logvar = 0, z after a seed is that seed's draw
    # (or another draw of N(0, 1)), never the draw times a factor (a "bias correction" sqrt(n / (n - 1)) widens small
    # batches: for 2 values, a variance of 2).
    for shape in ((1, d), (2, 1)):
        value = draw_sizes(generator, 1, 0, 2 ** 30)[0]
        reference = torch.randn(shape, generator=torch.Generator().manual_seed(value))
        random.seed(value)
        z = reparameterize(torch.zeros(shape), torch.zeros(shape))
        if type(z) is torch.Tensor and tuple(z.shape) == shape and z.dtype == torch.float32:
            ratio = (z.detach() / reference).flatten()
            factor = ratio[0].item()
            expect(not (bool(((ratio - factor).abs() < 1e-5).all()) and abs(factor - 1) > 1e-3),
                   f"For mu = 0 and logvar = 0 of shape {shape}, after torch.manual_seed({value}), z is the noise that "
                   f"torch.randn_like(mu) draws multiplied by {factor:.4f}: the noise was rescaled by a factor of the "
                   "tensor's size (a 'bias correction' such as sqrt(n / (n - 1))), which makes small batches too wide. "
                   "Each value of eps is a draw of N(0, 1) on its own: use eps = torch.randn_like(std) as it is.")
    # An even number of latent dimensions (the notebooks use 2 and 16): each dimension's noise is its own there too,
    # none copied or mirrored from another's (the sizes above may all be odd).
    pairs = 2 * draw_sizes(generator, 1, 1, 4)[0]
    z = reparameterize(torch.zeros(20_000, pairs), torch.zeros(20_000, pairs))
    if type(z) is torch.Tensor and tuple(z.shape) == (20_000, pairs) and bool(torch.isfinite(z).all()):
        correlations = torch.corrcoef(z.detach().double().T) - torch.eye(pairs, dtype=torch.float64)
        expect(correlations.abs().max().item() < 0.05,
               f"For mu = 0 and logvar = 0 with {pairs} latent dimensions (an even number), the noise of two different "
               f"dimensions is correlated (up to {correlations.abs().max().item():.2f}): the noise of some dimensions "
               "was copied or mirrored from others' (eps[..., 1::2] = eps[..., 0::2] or the like). Draw one "
               "independent value per element, eps = torch.randn_like(std), whatever the number of dimensions.")
    # Fresh noise over a long run: 200 calls (a few epochs' steps) never give the same noise twice; a generator of one's
    # own seeded from a small range of numbers (seed % 1000) repeats its noise within a few dozen calls.
    seen, repeated = set(), 0
    for _ in range(200):
        z = reparameterize(torch.zeros(1, d), torch.zeros(1, d))
        if type(z) is not torch.Tensor:
            break
        key = tuple(z.detach().flatten().tolist())
        repeated += key in seen
        seen.add(key)
    expect(repeated == 0,
           f"Over 200 calls of reparameterize(mu = 0, logvar = 0) on one image, {repeated} call(s) gave exactly the "
           "noise of an earlier call: the noise comes from a small set of streams (a torch.Generator of your own "
           "seeded from a few numbers, such as a draw % 1000), so that training sees the same noise again and "
           "again. Draw from torch's global generator as it runs: eps = torch.randn_like(std).")
    # An odd batch (the batches above are even or of one image): every image's noise is its own there too. Two images
    # whose d >= 3 independent draws coincide exactly never happen by chance.
    odd = 2 * draw_sizes(generator, 1, 1, 10)[0] + 1
    z = reparameterize(torch.zeros(odd, d), torch.zeros(odd, d))
    if type(z) is torch.Tensor and tuple(z.shape) == (odd, d):
        rows = z.detach()
        same = [(i, j) for i in range(odd) for j in range(i + 1, odd) if torch.equal(rows[i], rows[j])]
        expect(not same,
               f"For mu = 0 and logvar = 0 on a batch of {odd} images (an odd number), images {same[0] if same else ''} "
               f"got exactly the same noise ({len(same)} pair(s) of images in all): the noise of some images was "
               "copied from others' (eps[-1] = eps[0] for odd batches, or the like). Draw one independent value per "
               "element, eps = torch.randn_like(std), whatever the batch size.")
    passed("z has the shape of mu, fresh noise, mean mu and variance exp(logvar)")


_BLOCKED = ("torch.normal(mu, std) and Normal(...).sample() block gradients; compute z = mu + std * torch.randn_like(std) "
           "or use .rsample(); do not detach mu.")


def reparameterize_gradients(reparameterize, seed=33):
    """Check that reparameterize lets gradients flow to mu and to logvar, with the right derivatives."""
    generator = torch.Generator().manual_seed(seed)
    B, d = draw_sizes(generator, 2, 2, 7)
    mu = torch.randn(B, d, generator=generator).requires_grad_()
    logvar = torch.randn(B, d, generator=generator).requires_grad_()
    z = reparameterize(mu, logvar)
    expect_tensor(z, "reparameterize(mu, logvar)", shape=(B, d))
    expect(z.requires_grad, "z carries no gradient: compute it from mu and logvar without .detach() or torch.no_grad(). "
           + _BLOCKED)
    z.sum().backward()
    expect(mu.grad is not None and bool((mu.grad != 0).all()), "No gradient reached mu (it is zero or missing). " + _BLOCKED)
    expect(logvar.grad is not None and bool((logvar.grad != 0).all()),
           "No gradient reached logvar: compute std = torch.exp(0.5 * logvar) from logvar itself "
           "(no .detach(), no torch.no_grad()), and do not forget the noise.")
    expect_close(mu.grad, torch.ones(B, d), "dz/dmu",
                 "Each z must move one for one with its mu: z = mu + std * eps (did you detach or rescale mu?).")
    # Only the direction of dz/dlogvar, not its value: the formula for std is graded by reparameterize_statistics.
    mu = torch.randn(B, d, generator=generator).requires_grad_()
    logvar = (torch.rand(B, d, generator=generator) + 0.5).requires_grad_()
    z = reparameterize(mu, logvar)
    z.sum().backward()
    expect(logvar.grad is not None and bool((torch.sign(logvar.grad) == torch.sign((z - mu).detach())).all()),
           "dz/dlogvar must have the sign of z - mu (a larger variance moves z further from mu): "
           "z = mu + std * eps with std computed from logvar, growing with it.")
    # The gradient is that of the z returned: with the same noise (the same seed), z at logvar +- h moves by
    # dz/dlogvar * h (a finite difference of your own reparameterize, whatever its formula for std).
    random, value = remote.make(reparameterize, "global_random"), draw_sizes(generator, 1, 0, 10 ** 6)[0]
    mu = torch.randn(B, d, generator=generator, dtype=torch.float64)
    logvar = torch.randn(B, d, generator=generator, dtype=torch.float64).requires_grad_()
    drawn = []
    for shift in (0.0, 0.0, 1e-3, -1e-3):
        random.seed(value)
        drawn.append(reparameterize(mu, logvar + shift if shift else logvar))
    if all(type(z) is torch.Tensor and tuple(z.shape) == (B, d) for z in drawn) and torch.equal(drawn[0].detach(),
                                                                                                drawn[1].detach()):
        if drawn[0].requires_grad:
            drawn[0].sum().backward()
        change = ((drawn[2] - drawn[3]) / 2e-3).detach().double()
        expect(logvar.grad is not None and bool(torch.allclose(logvar.grad.double(), change, rtol=1e-2, atol=1e-3)),
               "The gradient of z with respect to logvar is not the derivative of the z returned (with the same noise, "
               "z moves by about 0.5 * (z - mu) per unit of logvar, but the gradient says "
               f"{(logvar.grad.double() / change).flatten()[0].item() if logvar.grad is not None else 0:.2f} times "
               "that): the gradient was rescaled or rewired (a .detach() trick such as (std - std.detach()) * "
               "factor). Compute z = mu + torch.exp(0.5 * logvar) * eps and let autograd differentiate it.")
    # Whether to record gradients is the caller's choice: called inside a caller's torch.no_grad() (evaluate, generate,
    # a plot), reparameterize leaves gradients off for the rest of the caller's block (read on the student's side).
    _, enabled = remote.make(reparameterize, "reporting_grad_mode", function=reparameterize, enabled=False)(
        torch.zeros(2, d), torch.zeros(2, d))
    expect(enabled is False,
           "reparameterize(mu, logvar), called inside the caller's `with torch.no_grad():`, switched gradients back on "
           "for the rest of the caller's block (torch.set_grad_enabled(True) or torch.enable_grad() called as a "
           "statement): the caller's evaluation then builds graphs and returns tensors that require gradients. Leave "
           "the gradient mode alone (no set_grad_enabled at all; a `with` block if you must): z = mu + std * eps is "
           "differentiable whenever the caller records gradients, and that is all it needs.")
    passed("gradients reach mu and logvar")


# ---------------------------------------------------------------- the KL term

def kl_basic(kl_to_standard_normal, seed=34):
    """Check kl_to_standard_normal's reductions: one value per image, the sum of the KLs of the latent dimensions;
    and mu and logvar left unchanged."""
    generator = torch.Generator().manual_seed(seed)
    B, d = draw_sizes(generator, 1, 3, 8)[0], draw_sizes(generator, 1, 3, 6)[0]
    mu, logvar = torch.randn(B, d, generator=generator) * 1.5, torch.randn(B, d, generator=generator)
    kl = expect_inputs_kept(kl_to_standard_normal, "kl_to_standard_normal(mu, logvar)", ("mu", mu), ("logvar", logvar))
    expect_tensor(kl, f"kl_to_standard_normal(mu, logvar) with mu, logvar of shape {(B, d)}", shape=(B,))
    # ...and inside torch.no_grad() too, as evaluate calls it (autograd refuses no in-place operation there).
    expect_inputs_kept(remote.make(kl_to_standard_normal, "without_gradients", function=kl_to_standard_normal),
                       "kl_to_standard_normal(mu, logvar) inside torch.no_grad()", ("mu", mu), ("logvar", logvar),
                       hint="inside torch.no_grad() (as evaluate calls it), an in-place operation (mu.mul_(mu), mu **= 2, "
                            "logvar.exp_()) overwrites the caller's tensor, which it reads afterwards (the encoder's mu, "
                            "to plot or decode). Compute into new tensors (mu ** 2), whatever the gradient mode.")
    # Whatever the formula per dimension, the KL of independent dimensions is the sum of their KLs.
    first, rest = kl_to_standard_normal(mu[:, :1], logvar[:, :1]), kl_to_standard_normal(mu[:, 1:], logvar[:, 1:])
    expect_tensor(first, "kl_to_standard_normal on the first latent dimension only", shape=(B,))
    expect_tensor(rest, f"kl_to_standard_normal on the other {d - 1} latent dimensions", shape=(B,))
    expect_close(kl, first + rest, f"the KL of {d} dimensions compared with KL(first) + KL(other {d - 1})",
                 "The KLs of independent latent dimensions add up: sum over the latent dimensions (dim=1), "
                 "do not average them.")
    expect_tensor(kl_to_standard_normal(mu[:1], logvar[:1]), "kl_to_standard_normal for a batch of one image",
                  shape=(1,))
    rows = torch.cat([kl_to_standard_normal(mu[i:i + 1], logvar[i:i + 1]).reshape(-1) for i in range(B)])
    expect_close(rows, kl, "the KL of each image computed alone",
                 "The KL of an image must depend only on its own mu and logvar: reduce over dim=1 only, never over the batch.")
    B, d = draw_sizes(generator, 1, 4, 9)[0], draw_sizes(generator, 1, 7, 12)[0]
    mu, logvar = torch.randn(B, d, generator=generator), torch.randn(B, d, generator=generator)
    kl = kl_to_standard_normal(mu, logvar)
    expect_tensor(kl, f"kl_to_standard_normal with mu, logvar of shape {(B, d)}", shape=(B,))
    columns = sum(kl_to_standard_normal(mu[:, j:j + 1], logvar[:, j:j + 1]) for j in range(d))
    expect_close(kl, columns, f"the KL of {d} dimensions compared with the sum of the {d} one-dimensional KLs",
                 "Sum the KL over the latent dimensions (dim=1), do not average them.", atol=1e-4)
    kl = kl_to_standard_normal(mu.double(), logvar.double())
    expect(type(kl) is torch.Tensor and kl.dtype == torch.float64,
           f"kl_to_standard_normal of float64 mu and logvar returned {getattr(kl, 'dtype', type(kl).__name__)}: keep "
           "their dtype (no .float()): a model in float64 trains with a float64 loss.")
    # A big batch (notebook 05 evaluates in batches of 1,000): still one KL per image, its own, as in small batches.
    B, d = draw_sizes(generator, 1, 1000, 1500)[0], draw_sizes(generator, 1, 2, 6)[0]
    mu, logvar = torch.randn(B, d, generator=generator) * 1.5, torch.randn(B, d, generator=generator)
    kl = kl_to_standard_normal(mu, logvar)
    expect_tensor(kl, f"kl_to_standard_normal with mu, logvar of shape {(B, d)}", shape=(B,))
    pieces = [kl_to_standard_normal(mu[start:start + 50], logvar[start:start + 50]) for start in range(0, B, 50)]
    if all(type(piece) is torch.Tensor for piece in pieces):
        expect_close(kl.detach(), torch.cat([piece.detach().reshape(-1) for piece in pieces]),
                     f"the KL of each image in a batch of {B}, compared with the same images in batches of 50",
                     f"For a batch of {B} images the KL of an image is not what it is in a small batch: each image's KL "
                     "depends on its own mu and logvar only, whatever the batch size (sum over dim=1; no batch mean or "
                     "other reduction over the batch for big batches).")
    # Codes far from the prior (|mu| of 100 to 200: KLs of thousands per image): the gradient is still the derivative
    # of the KL computed, as it is for codes near the prior (nothing detached past a size). One mistake, one charge: a
    # gradient already wrong near the prior is left to the checks of gradients.
    B, d = draw_sizes(generator, 1, 3, 6)[0], draw_sizes(generator, 1, 2, 5)[0]
    near = (torch.randn(B, d, generator=generator, dtype=torch.float64),
            torch.randn(B, d, generator=generator, dtype=torch.float64))
    far = (100 + 100 * torch.rand(B, d, generator=generator, dtype=torch.float64), near[1])
    if _kl_gradient_off(kl_to_standard_normal, *near) <= 1e-4:
        expect(_kl_gradient_off(kl_to_standard_normal, *far) <= 1e-4,
               "For codes far from the prior (|mu| of 100 to 200, KLs of thousands of nats per image) the gradient of "
               "kl_to_standard_normal(mu, logvar).sum() is not the derivative of the KL it returns, as it is near the "
               "prior: the large KLs are detached or clamped (torch.where(kl > ..., kl.detach(), kl)). Such codes are "
               "what training must pull back: their KL keeps its gradient, however large.")
    passed("KL has shape (B,) and sums over the latent dimensions")


def _kl_gradient_off(kl_to_standard_normal, mu, logvar) -> float:
    """How far (relative, at least against 1) the slope that backward() gives kl_to_standard_normal(mu, logvar).sum()
    along every input at once (the direction of all ones) is from the central finite difference of that sum (float64,
    step 1e-5): 0 for a true gradient; 0 also when the function cannot be differentiated here at all (charged by the
    checks of gradients)."""
    try:
        inputs = [mu.clone().requires_grad_(), logvar.clone().requires_grad_()]
        total = kl_to_standard_normal(*inputs)
        if type(total) is not torch.Tensor or not total.requires_grad:
            return 0.0
        total.sum().backward()
        slope = sum(float(value.grad.double().sum()) for value in inputs if value.grad is not None)
        step = 1e-5
        above, below = (float(kl_to_standard_normal(mu + sign * step, logvar + sign * step).detach().double().sum())
                        for sign in (1, -1))
    except Exception:  # noqa: BLE001 (an error is charged by the checks of shapes and dtypes)
        return 0.0
    difference = (above - below) / (2 * step)
    return abs(slope - difference) / max(abs(slope), abs(difference), 1.0)


def _kl_values(kl_to_standard_normal, mu, logvar):
    """The KL of each image as the sum of the student's KLs of its single latent dimensions, one image and one
    dimension at a time: kl_monte_carlo grades the formula per dimension, kl_basic the sum and the shape."""
    values = torch.zeros(len(mu))
    for i in range(mu.shape[0]):
        for j in range(mu.shape[1]):
            value = kl_to_standard_normal(mu[i:i + 1, j:j + 1], logvar[i:i + 1, j:j + 1])
            expect_tensor(value, "kl_to_standard_normal(mu, logvar) for one image with one latent dimension")
            expect(value.numel() == 1, f"kl_to_standard_normal gave {value.numel()} values for one image, expected 1.")
            values[i] += value.detach().reshape(())
    return values


def _monte_carlo_kl(mu, logvar, samples, generator):
    """A Monte-Carlo estimate of each image's KL from `samples` draws of z, and its standard error."""
    std = torch.exp(0.5 * logvar)
    z = mu + std * torch.randn(samples, *mu.shape, generator=generator)
    Normal = torch.distributions.Normal
    terms = (Normal(mu, std).log_prob(z) - Normal(0.0, 1.0).log_prob(z)).sum(dim=-1)
    return terms.mean(dim=0), terms.std(dim=0) / math.sqrt(samples)


def _check_kl(kl_to_standard_normal, mu, logvar, generator):
    kl = _kl_values(kl_to_standard_normal, mu, logvar)
    reference, error = _monte_carlo_kl(mu, logvar, 100_000, generator)
    exact = -0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum(dim=1)
    expect(not torch.allclose(kl, 2 * exact, rtol=1e-3),
           "Your KL is twice the right value: you forgot the factor 0.5 in -0.5 * sum(...).")
    expect_close(kl, reference, "the KL compared with a Monte-Carlo estimate",
                 "KL = -0.5 * sum over latent dimensions of (1 + logvar - mu^2 - exp(logvar)); "
                 "check the 0.5, the sign, the square on mu and exp(logvar).",
                 # 0.03 alone was 2.3 to 5 standard errors of the estimate for the wider q drawn: 1 grading in 12,000
                 atol=max(0.03, 6 * error.max().item()), rtol=0.01)


def kl_monte_carlo(kl_to_standard_normal, seed=41):
    """Check the values of kl_to_standard_normal: 0 at the prior, never negative, and a Monte-Carlo estimate."""
    kl = kl_to_standard_normal
    generator = torch.Generator().manual_seed(seed)
    expect_close(_kl_values(kl, torch.zeros(3, 5), torch.zeros(3, 5)), torch.zeros(3), "the KL at mu = 0, logvar = 0",
                 "KL(q || p) must be exactly 0 when q is the prior N(0, I) (mu = 0, logvar = 0): did you forget the 1 "
                 "in 1 + logvar - mu^2 - exp(logvar)?", atol=1e-6, rtol=0)
    expect(bool((_kl_values(kl, torch.randn(30, 4, generator=generator) * 2, torch.randn(30, 4, generator=generator) * 2)
                 >= 0).all()),
           "The KL must be >= 0 for every image, but some values are negative: check the sign, "
           "KL = -0.5 * sum(1 + logvar - mu^2 - exp(logvar)), and the square on mu.")
    _check_kl(kl, torch.randn(4, 3, generator=generator), 0.8 * torch.randn(4, 3, generator=generator), generator)
    # One latent dimension, values by hand: mu = m, sigma = 1 -> m^2 / 2;  mu = 0, sigma^2 = s -> 0.5 * (s - 1 - log s).
    m, s = 0.5 + torch.rand(2, generator=generator) * torch.tensor([1.5, 4.0])
    m, s = float(m), float(s) + 1.5
    expect_close(_kl_values(kl, torch.tensor([[m], [0.0], [0.0]]), torch.tensor([[0.0], [math.log(s)], [0.0]])),
                 torch.tensor([m * m / 2, 0.5 * (s - 1 - math.log(s)), 0.0]),
                 f"the KL of N({m:.3f}, 1), N(0, {s:.3f}) and N(0, 1) to N(0, 1)",
                 "KL = -0.5 * (1 + logvar - mu^2 - exp(logvar)) per dimension: check the 0.5, the square on mu "
                 "and exp(logvar).")
    expect(bool((_kl_values(kl, torch.zeros(2, 3), torch.full((2, 3), -3.0)) > 0).all())
           and bool((_kl_values(kl, torch.zeros(2, 3), torch.full((2, 3), 3.0)) > 0).all()),
           "The KL must be > 0 for a narrower and for a wider q than the prior: check the sign.")
    _check_kl(kl, torch.randn(3, 6, generator=generator) * 1.5, torch.randn(3, 6, generator=generator) - 0.5, generator)
    # The formula holds far from 0 too, where an encoder goes wrong.
    far = far_log_variances(generator).reshape(4, 1)
    expect_close(_kl_values(kl, torch.zeros(4, 1), far), 0.5 * (far.exp() - 1 - far).reshape(4),
                 f"the KL of N(0, exp(logvar)) to N(0, 1) for logvar = {[round(v, 2) for v in far.reshape(-1).tolist()]}",
                 "The formula holds for every logvar: do not clamp logvar (or exp(logvar)), which changes the KL "
                 "exactly where an encoder goes wrong.")
    # The KL trains the encoder through its gradient: every term of the formula must pass it on. One latent dimension
    # (the sum over dimensions is kl_basic's to grade).
    B, d = draw_sizes(generator, 1, 3, 8)[0], 1
    mu = (torch.randn(B, d, generator=generator) * 1.5).requires_grad_()
    logvar = torch.randn(B, d, generator=generator).requires_grad_()
    try:
        kl = kl_to_standard_normal(mu, logvar)
    except RuntimeError as error:
        if "in-place" not in str(error):
            raise
        kl = None  # an argument changed in place (refused for a leaf that requires grad): kl_basic charges that
    if kl is not None:
        expect(type(kl) is torch.Tensor and kl.requires_grad,
               "kl_to_standard_normal(mu, logvar) carries no gradient: compute it from mu and logvar themselves (no "
               ".detach(), .item() or torch.no_grad()), or the KL cannot train the encoder.")
        kl.sum().backward()
        expect_close(mu.grad if mu.grad is not None else torch.zeros(B, d), mu.detach(), "d KL / d mu",
                     "The gradient of the KL with respect to mu must be mu (the derivative of mu^2 / 2): no term of the "
                     "formula may be detached.")
        expect_close(logvar.grad if logvar.grad is not None else torch.zeros(B, d), 0.5 * (logvar.detach().exp() - 1),
                     "d KL / d logvar", "The gradient of the KL with respect to logvar must be (exp(logvar) - 1) / 2: "
                     "no term of the formula may be detached (exp(logvar) included).")
    # A KL that overflows (an encoder diverging) or is NaN must say so, not be replaced by a finite number.
    kl = kl_to_standard_normal(torch.zeros(1, 2), torch.tensor([[0.0, 100.0]]))
    expect(type(kl) is torch.Tensor and not bool(torch.isfinite(kl).any()),  # inf, or NaN as torch.distributions
           f"kl_to_standard_normal for logvar = 100 (exp(logvar) overflows float32) returned {kl!r}, a finite number: do "
           "not replace an infinite or NaN KL by a finite one (nan_to_num, clamping), which hides a diverging encoder.")
    # Units slightly off the prior (|mu| and |logvar| of 0.01 to 0.09): small KLs, but not 0; every unit counts.
    sign = lambda: torch.where(torch.rand(2, 3, generator=generator) < 0.5, -1.0, 1.0)  # noqa: E731
    mu = sign() * (0.01 + 0.08 * torch.rand(2, 3, generator=generator))
    logvar = sign() * (0.01 + 0.08 * torch.rand(2, 3, generator=generator))
    exact = (-0.5 * (1 + logvar.double() - mu.double() ** 2 - logvar.double().exp())).sum(dim=1).float()
    expect_close(_kl_values(kl_to_standard_normal, mu, logvar), exact,
                 f"the KL of units slightly off the prior (|mu| and |logvar| from 0.01 to 0.09), expected {exact.tolist()}",
                 "Every unit counts, however close to the prior: its KL is small but not 0. Do not skip or mask the units "
                 "whose mu and logvar are near 0: KL = -0.5 * sum(1 + logvar - mu^2 - exp(logvar)) over all of them.",
                 atol=1e-6, rtol=1e-3)
    # A NaN in one image's mu (a diverging encoder) makes that image's KL NaN: the bug shows, it is not summed away.
    B, d = draw_sizes(generator, 1, 3, 7)[0], draw_sizes(generator, 1, 2, 6)[0]
    mu, logvar = torch.randn(B, d, generator=generator), torch.randn(B, d, generator=generator)
    broken = draw_sizes(generator, 1, 0, B - 1)[0]
    mu[broken, draw_sizes(generator, 1, 0, d - 1)[0]] = float("nan")
    try:
        kl = kl_to_standard_normal(mu, logvar)
    except Exception:  # noqa: BLE001 (an error on a NaN input, as torch.distributions' validation gives, shows it too)
        kl = None
    others = torch.arange(B) != broken
    expect(kl is None or type(kl) is not torch.Tensor or tuple(kl.shape) != (B,)
           or (bool(torch.isnan(kl[broken])) and bool(torch.isfinite(kl[others]).all())),
           f"For a mu with one NaN in image {broken}, kl_to_standard_normal returned "
           f"{kl.tolist() if type(kl) is torch.Tensor else kl}: that image's KL must be NaN (and only that one's). Sum "
           "with .sum(dim=1), not torch.nansum or a mask of finite values: a NaN means a diverging encoder, which a KL "
           "that skips it hides.")
    # One mistake, one charge: the checks below call the KL on whole batches, which kl_basic grades (shape, sum).
    if fails_own_check(kl_basic, kl_to_standard_normal, seed=seed):
        passed("KL is 0 at the prior, >= 0 elsewhere, and matches a Monte-Carlo estimate")
        return
    # A large batch (4096 images) of many latent dimensions: every image's KL sums every dimension, whatever the batch.
    B, d = 4096, draw_sizes(generator, 1, 40, 48)[0]
    mu, logvar = torch.randn(B, d, generator=generator), torch.randn(B, d, generator=generator)
    kl = kl_to_standard_normal(mu, logvar)
    expect_tensor(kl, f"kl_to_standard_normal for a batch of {B} images", shape=(B,))
    exact = -0.5 * (1 + logvar.double() - mu.double() ** 2 - logvar.double().exp()).sum(dim=1)
    expect(bool(torch.allclose(kl.detach().double(), exact, rtol=1e-4, atol=1e-4)),
           f"For a batch of {B} images with {d} latent dimensions, kl_to_standard_normal does not sum all {d} "
           "dimensions of every image: the same formula for any batch size, summed with .sum(dim=1) over every "
           "latent dimension (no slice of the dimensions, no weights).")
    # Codes very near the prior (|mu| of 1e-5 to 5e-5, logvar 0, float64): a KL below 4e-9 nats, as it is, and
    # its gradient mu: no floor on the KL, no detached term for small mu.
    B, d = draw_sizes(generator, 1, 2, 5)[0], draw_sizes(generator, 1, 1, 3)[0]
    sign = torch.where(torch.rand(B, d, generator=generator) < 0.5, -1.0, 1.0).double()
    mu = (sign * (1e-5 + 4e-5 * torch.rand(B, d, generator=generator).double())).requires_grad_()
    logvar = torch.zeros(B, d, dtype=torch.float64, requires_grad=True)
    kl = kl_to_standard_normal(mu, logvar)
    expect_tensor(kl, "kl_to_standard_normal of float64 codes near the prior", shape=(B,))
    exact = 0.5 * (mu.detach() ** 2).sum(dim=1)
    expect(bool(torch.allclose(kl.detach().double(), exact, rtol=1e-3, atol=0)),
           f"For codes very near the prior (|mu| from 1e-5 to 5e-5, logvar 0, float64) the KL is {kl.tolist()}, "
           f"expected {exact.tolist()} (mu^2 / 2 summed): do not clamp the KL to a floor (clamp_min, max with a small "
           "number): the KL of a posterior at the prior is 0, and a floor stops its gradient near there.")
    if kl.requires_grad:
        kl.sum().backward()
    expect(mu.grad is not None and bool(torch.allclose(mu.grad, mu.detach(), rtol=1e-3, atol=0)),
           "For codes very near the prior (|mu| from 1e-5 to 5e-5), the gradient of the KL with respect to mu is not "
           "mu: a term was detached (or replaced) for small mu. Use mu ** 2 as it is, for every mu, so the KL keeps "
           "pulling every code to 0.")
    # float64 codes keep float64 precision, the sum included (a float32 sum keeps about 7 digits of 16).
    B, d = draw_sizes(generator, 1, 2, 5)[0], draw_sizes(generator, 1, 30, 60)[0]
    mu = torch.randn(B, d, generator=generator, dtype=torch.float64)
    logvar = torch.randn(B, d, generator=generator, dtype=torch.float64)
    kl = kl_to_standard_normal(mu, logvar)
    expect_tensor(kl, "kl_to_standard_normal of float64 codes", shape=(B,))
    exact = -0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum(dim=1)
    expect(kl.dtype == torch.float64 and bool(torch.allclose(kl.detach(), exact, rtol=1e-10, atol=0)),
           f"For float64 codes the KL is {kl.tolist()}, expected {exact.tolist()} to float64 precision: compute and "
           "sum in the inputs' dtype (no dtype=torch.float32 in the sum, no .float() on the way).")
    passed("KL is 0 at the prior, >= 0 elsewhere, and matches a Monte-Carlo estimate")


# ---------------------------------------------------------------- the reconstruction term and the loss

def _check_bce(bernoulli_reconstruction, logits, x, hint=""):
    """Compare with torch's stable binary cross-entropy; `hint` names the likely mistake for this input."""
    try:
        bce = bernoulli_reconstruction(logits, x)
    except NotImplementedError:
        raise
    except RuntimeError as error:
        raise AssertionError(f"bernoulli_reconstruction failed on logits outside [0, 1] ({error}). It receives LOGITS, "
                             "any real numbers: use F.binary_cross_entropy_with_logits(logits, x).") from None
    expect(type(bce) is not torch.Tensor or bool(torch.isfinite(bce).all()),
           "bernoulli_reconstruction returned NaN or inf: " + (hint or "it receives LOGITS, not probabilities; use "
           "F.binary_cross_entropy_with_logits(logits, x)."))
    expect_tensor(bce, "bernoulli_reconstruction(logits, x)", shape=(len(x),))
    per_pixel = F.binary_cross_entropy_with_logits(logits, x, reduction="none").reshape(len(x), -1)
    expect(not torch.allclose(bce, per_pixel.mean(dim=1), rtol=1e-3),
           "You averaged the cross-entropy over the pixels: the log-likelihood of an image is the SUM over its pixels.")
    twice = F.binary_cross_entropy_with_logits(torch.sigmoid(logits), x, reduction="none").reshape(len(x), -1).sum(dim=1)
    expect(not torch.allclose(bce, twice, rtol=1e-3),
           "You applied a sigmoid to the logits before binary_cross_entropy_with_logits, which applies its own: "
           "pass the logits as they are.")
    expect_close(bce, per_pixel.sum(dim=1), "bernoulli_reconstruction(logits, x)",
                 hint or "Expected the binary cross-entropy of sigmoid(logits) against x, summed over the pixels of "
                 "each image: F.binary_cross_entropy_with_logits(logits, x, reduction='none') summed over all but "
                 "the batch dimension.")


def bernoulli_reconstruction(bernoulli_reconstruction, seed=42):
    """Check bernoulli_reconstruction against torch's binary cross-entropy on random logits and images."""
    generator = torch.Generator().manual_seed(seed)
    B = draw_sizes(generator, 3, 2, 6)
    _check_bce(bernoulli_reconstruction, torch.rand(B[0], 1, 28, 28, generator=generator) * 12 - 6,
               torch.rand(B[0], 1, 28, 28, generator=generator))
    _check_bce(bernoulli_reconstruction, torch.randn(B[1], 1, 28, 28, generator=generator) * 2,
               (torch.rand(B[1], 1, 28, 28, generator=generator) > 0.7).float())
    _check_bce(bernoulli_reconstruction, torch.rand(1, 1, 28, 28, generator=generator) * 16 - 8,
               torch.rand(1, 1, 28, 28, generator=generator))
    # A confident decoder: logits of about +-30, targets 0, 1 and grey (some of them disagreeing with the logit).
    x = (torch.rand(B[2], 1, 28, 28, generator=generator) > 0.5).float()
    x[:, :, :7] = torch.rand(B[2], 1, 7, 28, generator=generator)
    _check_bce(bernoulli_reconstruction,
               30 * torch.sign(torch.randn(B[2], 1, 28, 28, generator=generator)) + torch.randn(B[2], 1, 28, 28, generator=generator),
               x, hint="For logits of about +-30, pass logits to binary_cross_entropy_with_logits: computing log(sigmoid(l)) "
                       "yourself overflows (sigmoid(30) rounds to 1 and log(1 - 1) is -inf; F.binary_cross_entropy clamps "
                       "the log at -100, which gives wrong values too).")
    # A saturated decoder: logits past 88, where exp(l) overflows float32 and log(1 + exp(l)) is inf.
    _check_bce(bernoulli_reconstruction,
               100 * torch.sign(torch.randn(2, 1, 28, 28, generator=generator)) + torch.randn(2, 1, 28, 28, generator=generator),
               torch.rand(2, 1, 28, 28, generator=generator),
               hint="For logits of about +-100, exp(logits) overflows float32 (inf past 88): log(1 + exp(l)) written out "
                    "is inf. Use F.binary_cross_entropy_with_logits (or F.softplus), which are stable for any logit.")
    # Images with pixels of exactly 0 and 1, read back after the call: the caller's images are the caller's.
    x = (torch.rand(3, 1, 28, 28, generator=generator) > 0.5).float()
    expect_inputs_kept(bernoulli_reconstruction, "bernoulli_reconstruction(logits, x)",
                       ("logits", torch.randn(3, 1, 28, 28, generator=generator) * 3), ("x", x))
    # The decoder learns through this loss: the gradient with respect to each logit is sigmoid(logit) - x.
    logits = (torch.randn(2, 1, 28, 28, generator=generator) * 3).requires_grad_()
    x = torch.rand(2, 1, 28, 28, generator=generator)
    bce = bernoulli_reconstruction(logits, x)
    expect(type(bce) is torch.Tensor and bce.requires_grad,
           "bernoulli_reconstruction returned no gradient for the logits: compute it from the logits with torch "
           "operations, without .detach(), torch.no_grad() or a copy through NumPy, so that the decoder learns.")
    bce.sum().backward()
    expect(logits.grad is not None and torch.allclose(logits.grad, torch.sigmoid(logits.detach()) - x, atol=1e-5),
           "The gradient of bernoulli_reconstruction with respect to the logits is not sigmoid(logits) - x.")
    # float64 logits and images (a model.double()): the loss keeps float64's digits.
    logits, x = (torch.randn(2, 1, 28, 28, generator=generator, dtype=torch.float64) * 3,
                 torch.rand(2, 1, 28, 28, generator=generator, dtype=torch.float64))
    bce = bernoulli_reconstruction(logits, x)
    expect_tensor(bce, "bernoulli_reconstruction of float64 logits and images", shape=(2,), dtype=torch.float64)
    expect_close(bce, F.binary_cross_entropy_with_logits(logits, x, reduction="none").sum(dim=(1, 2, 3)),
                 "bernoulli_reconstruction of float64 logits and images", "Compute in the inputs' dtype: no .float() "
                 "on the logits or the images.", atol=1e-9, rtol=1e-10)
    # A decoder sure and right, logits of +-20 on pixels of 0 and 1: the loss is almost 0 (784 * 2e-9 per image).
    x = (torch.rand(2, 1, 28, 28, generator=generator) > 0.5).float()
    _check_bce(bernoulli_reconstruction, 20 * (2 * x - 1), x,
               hint="For logits of +-20 that agree with images of 0s and 1s the loss is almost 0: the targets are the "
                    "images as they are. Do not clamp or smooth x (a pixel of 0 or 1 is a valid target).")
    # A NaN logit (a diverging decoder) makes that image's loss NaN: the bug must show, not be summed away.
    B = draw_sizes(generator, 1, 3, 6)[0]
    logits, x = torch.randn(B, 1, 28, 28, generator=generator) * 3, torch.rand(B, 1, 28, 28, generator=generator)
    broken = draw_sizes(generator, 1, 0, B - 1)[0]
    logits[broken, 0, 14, 14] = float("nan")
    bce = bernoulli_reconstruction(logits, x)
    others = torch.arange(B) != broken
    expect(type(bce) is not torch.Tensor or tuple(bce.shape) != (B,)
           or (bool(torch.isnan(bce[broken])) and bool(torch.isfinite(bce[others]).all())),
           f"For logits with one NaN pixel in image {broken}, bernoulli_reconstruction returned "
           f"{bce.tolist() if type(bce) is torch.Tensor else bce}: that image's loss must be NaN (and only that one's). "
           "Sum with .sum(), not torch.nansum or a mask of finite values: a NaN logit means a diverging decoder, "
           "which a loss that skips it hides.")
    # A decoder sure and wrong (logits of 32 to 85 in size, against the pixel): the gradient is still
    # sigmoid(logit) - x, about +-1 there, the one signal that corrects it.
    x = (torch.rand(2, 1, 28, 28, generator=generator) > 0.5).float()
    logits = ((32 + 53 * torch.rand(2, 1, 28, 28, generator=generator)) * (1 - 2 * x)).requires_grad_()
    bce = bernoulli_reconstruction(logits, x)
    if type(bce) is torch.Tensor and bce.requires_grad:
        bce.sum().backward()
    expect(logits.grad is not None and torch.allclose(logits.grad, torch.sigmoid(logits.detach()) - x, atol=1e-5),
           "For logits of 32 to 85 in size that disagree with the pixels (a decoder sure and wrong), the gradient of "
           "bernoulli_reconstruction with respect to the logits is not sigmoid(logits) - x (about +-1 there): the "
           "large logits were detached or clamped, so a confidently wrong decoder gets no signal to correct it. Pass "
           "the logits to F.binary_cross_entropy_with_logits as they are: it is stable for any logit.")
    # Nearly blank images (a few pixels on in each, a batch mean far below 1%): every pixel weighs the same, whatever
    # the batch's ink.
    B = draw_sizes(generator, 1, 2, 5)[0]
    x = torch.zeros(B, 784)
    x[torch.arange(B).repeat_interleave(3), torch.randint(0, 784, (3 * B,), generator=generator)] = 1.0
    _check_bce(bernoulli_reconstruction, torch.randn(B, 1, 28, 28, generator=generator) * 3, x.reshape(B, 1, 28, 28),
               hint="For nearly blank images (3 pixels on in each), the loss is not the plain binary cross-entropy "
                    "summed over the pixels: the pixels were weighted by the batch's ink (a pos_weight or a weight "
                    "computed from x.mean()). Every pixel counts once, whatever the batch: "
                    "F.binary_cross_entropy_with_logits(logits, x, reduction='none') with no pos_weight or weight.")
    # Logits of exactly 0 on some pixels (an undecided decoder: p = 0.5): each such pixel still costs log 2.
    B = draw_sizes(generator, 1, 2, 5)[0]
    logits = torch.randn(B, 1, 28, 28, generator=generator) * 3
    logits[torch.rand(B, 1, 28, 28, generator=generator) < 0.5] = 0.0
    _check_bce(bernoulli_reconstruction, logits, torch.rand(B, 1, 28, 28, generator=generator),
               hint="For logits with exact zeros on half the pixels (p = 0.5 there), those pixels were left out: a "
                    "logit of 0 is a prediction like any other and costs log 2 per pixel. Do not weight or mask the "
                    "loss by the logits (logits != 0): every pixel counts.")
    # A decoder sure and wrong beyond 100 (logits of 110 to 200 against the pixel): the loss is the logit's size per
    # pixel, not capped at 100.
    x = (torch.rand(2, 1, 28, 28, generator=generator) > 0.5).float()
    _check_bce(bernoulli_reconstruction, (110 + 90 * torch.rand(2, 1, 28, 28, generator=generator)) * (1 - 2 * x), x,
               hint="For logits of 110 to 200 in size that disagree with the pixels, each pixel's loss must be about "
                    "the logit's size, but it was capped (a clamp of the per-pixel loss or of log-probabilities, as "
                    "F.binary_cross_entropy on probabilities does at -100): no clamp, "
                    "F.binary_cross_entropy_with_logits(logits, x) is stable for any logit.")
    # Logits and images as views that are not contiguous (a batch flipped with .transpose(2, 3), or kept in another
    # memory order; made on the student's side, where such a view stays one): the same loss.
    B = draw_sizes(generator, 1, 2, 5)[0]
    logits, x = torch.randn(B, 1, 28, 28, generator=generator) * 3, torch.rand(B, 1, 28, 28, generator=generator)
    views = [remote.make(bernoulli_reconstruction, "transposed", values=value.transpose(2, 3).contiguous(), dim0=2,
                         dim1=3) for value in (logits, x)]
    try:
        bce = bernoulli_reconstruction(*views)
    except RuntimeError as error:
        raise AssertionError(
            f"bernoulli_reconstruction failed on logits and images given as views that are not contiguous (x.transpose(2, "
            f"3) of a batch of {B}, as a flipped batch or another memory order gives): {str(error)[:200]}. The per-pixel "
            "loss then is not contiguous either, and .view(B, -1) needs contiguous memory: flatten with .reshape(len(x), "
            "-1) or sum with .sum(dim=(1, 2, 3)), which work for any layout.") from None
    expect_close(remote.fetch(bce), F.binary_cross_entropy_with_logits(logits, x, reduction="none").sum(dim=(1, 2, 3)),
                 f"bernoulli_reconstruction of logits and images given as transposed views (a batch of {B})",
                 "The loss must not depend on how the tensors are laid out in memory: the binary cross-entropy of each "
                 "pixel, summed over the pixels of each image.")
    passed("bernoulli_reconstruction matches torch's binary cross-entropy, summed over pixels")


def _reference_parts(logits, x, mu, logvar):
    reconstruction = F.binary_cross_entropy_with_logits(logits, x, reduction="none").reshape(len(x), -1).sum(dim=1)
    kl = -0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum(dim=1)
    return reconstruction.mean(), kl.mean()


def _elbo_inputs(batch, latent, generator):
    return (torch.randn(batch, 1, 28, 28, generator=generator) * 3, torch.rand(batch, 1, 28, 28, generator=generator),
            torch.randn(batch, latent, generator=generator), torch.randn(batch, latent, generator=generator))


def _own_mean(own, size):
    """The batch mean of what the student's own function gives, or None if it fails or has the wrong shape."""
    try:
        value = own()
        if type(value) is torch.Tensor and value.shape == (size,) and bool(torch.isfinite(value).all()):
            return value.detach().mean()
    except Exception:
        pass
    return None


def _accepted_parts(inputs, reconstruction_of, kl_of):
    """The accepted values of the two parts: the reference, and the ones the student's own bernoulli_reconstruction
    and kl_to_standard_normal give (a mistake in those is counted by their own checks, not a second time here)."""
    logits, x, mu, logvar = inputs
    options = [[value] for value in _reference_parts(*inputs)]
    for accepted, own in zip(options, (lambda: reconstruction_of(logits, x), lambda: kl_of(mu, logvar))):
        value = _own_mean(own, len(x))
        if value is not None:
            accepted.append(value)
    return options


def _close_to_any(value, options, factor=1.0):
    return any(torch.allclose(value.detach(), factor * option, rtol=1e-4, atol=1e-4) for option in options)


def _elbo_parts(negative_elbo, inputs, beta):
    out = negative_elbo(*inputs) if beta is None else negative_elbo(*inputs, beta=beta)
    expect(type(out) is tuple and len(out) == 3, "negative_elbo must return a tuple (total, reconstruction, kl).")
    for name, value in zip(("total", "reconstruction", "kl"), out):
        expect_tensor(value, name, shape=())
    return out


def negative_elbo(negative_elbo, bernoulli_reconstruction, kl_to_standard_normal, seed=44):
    """Check negative_elbo: three scalar tensors, the reconstruction and KL per image averaged over the batch.

    One mistake, one charge: your negative_elbo runs with the course's bernoulli_reconstruction and
    kl_to_standard_normal in place of yours (a slip there is charged by their own checks), and its parts are
    compared with the reference and with what your own functions give.
    """
    negative_elbo = with_course_functions(negative_elbo, ("bernoulli_reconstruction", "kl_to_standard_normal"))
    generator = torch.Generator().manual_seed(seed)
    B, d = draw_sizes(generator, 1, 3, 7)[0], draw_sizes(generator, 1, 2, 5)[0]
    inputs = _elbo_inputs(B, d, generator)
    total, reconstruction, kl = _elbo_parts(negative_elbo, inputs, beta=1.0)
    reconstructions, kls = _accepted_parts(inputs, bernoulli_reconstruction, kl_to_standard_normal)
    expect(not _close_to_any(kl, kls, factor=B),
           "The KL part is the sum over the batch: average the per-image KL over the batch (.mean()), not .sum().")
    expect(not _close_to_any(reconstruction, reconstructions, factor=B),
           "The reconstruction part is the sum over the batch: average the per-image values over the batch (.mean()).")
    expect(_close_to_any(reconstruction, reconstructions),
           f"The reconstruction part is {reconstruction.item():.3f}, expected {reconstructions[0].item():.3f}: the binary "
           "cross-entropy summed over the pixels of each image, averaged over the batch.")
    expect(_close_to_any(kl, kls), f"The KL part is {kl.item():.4f}, expected {kls[0].item():.4f}: the KL of each "
           "image (summed over latent dimensions), averaged over the batch.")
    expect_close(total, reconstruction + kl, "total with beta = 1", "With beta = 1, total = reconstruction + kl.")
    B, d = draw_sizes(generator, 1, 10, 20)[0], draw_sizes(generator, 1, 6, 10)[0]
    inputs = _elbo_inputs(B, d, generator)
    total, reconstruction, kl = _elbo_parts(negative_elbo, inputs, beta=1.0)
    reconstructions, kls = _accepted_parts(inputs, bernoulli_reconstruction, kl_to_standard_normal)
    expect(_close_to_any(reconstruction, reconstructions), f"The reconstruction part (batch of {B}) is not the binary "
           "cross-entropy summed over pixels, averaged over the batch.")
    expect(_close_to_any(kl, kls), f"The KL part (batch of {B}) is not the per-image KL averaged over the batch.")
    expect_close(total, reconstruction + kl, f"total (batch of {B})", "total = reconstruction + beta * kl.")
    # q(z|x) equal to the prior in every unit but one: the KL of those units is 0, and no floor may lift it.
    logits, x, mu, logvar = inputs
    keep = torch.arange(d) == 0
    near_prior = (logits, x, torch.where(keep, mu, 0.0), torch.where(keep, logvar, 0.0))
    kl = _elbo_parts(negative_elbo, near_prior, beta=1.0)[2]
    kls = _accepted_parts(near_prior, bernoulli_reconstruction, kl_to_standard_normal)[1]
    expect(_close_to_any(kl, kls), f"The KL part is {kl.item():.4f} when q(z|x) is the prior in {d - 1} of the {d} "
           f"latent units, expected {kls[0].item():.4f}: those units have a KL of 0. Put no floor or clamp on the KL "
           "(free bits is another objective, notebook 09's).")
    mu = inputs[2].clone().requires_grad_()
    total = negative_elbo(inputs[0], inputs[1], mu, inputs[3])[0]
    expect_tensor(total, "total", shape=())
    total.backward()
    expect(mu.grad is not None, "The total carries no gradient to mu: compute it with torch operations (no .item()).")
    # Training differentiates the total: its gradient must reach the logits as the reconstruction's does.
    logits = inputs[0].clone().requires_grad_()
    total = negative_elbo(logits, inputs[1], inputs[2], inputs[3])[0]
    expect(type(total) is torch.Tensor and total.requires_grad,
           "The total carries no gradient to the logits: the decoder learns from it. Compute it with torch operations "
           "(no .item(), float() or .detach() on a part).")
    total.backward()
    here = inputs[0].clone().requires_grad_()
    wanted = torch.autograd.grad(_reference_parts(here, inputs[1], inputs[2], inputs[3])[0], here)[0]
    expect(logits.grad is not None and torch.allclose(logits.grad, wanted, rtol=1e-4, atol=1e-7),
           "The gradient of the total with respect to the logits is not the reconstruction's: total must be the tensor "
           "reconstruction + beta * kl, with both parts as they are (no .detach() or .item() on the reconstruction), "
           "or the decoder does not learn.")
    # The parts are differentiable too: a loss built from them (a KL warm-up, reconstruction + weight * kl) trains.
    logits, mu = inputs[0].clone().requires_grad_(), inputs[2].clone().requires_grad_()
    _, reconstruction, kl = negative_elbo(logits, inputs[1], mu, inputs[3])
    expect(type(reconstruction) is torch.Tensor and reconstruction.requires_grad and type(kl) is torch.Tensor
           and kl.requires_grad,
           "The reconstruction or the KL part that negative_elbo returns carries no gradient (.detach() or .item() on "
           "it): a loss built from the parts, such as a KL warm-up's reconstruction + weight * kl, would not train. "
           "Return the parts as computed; the caller detaches what it only logs.")
    # The KL trains the encoder through the total too: its gradient with respect to mu and logvar is the KL's.
    mu, logvar = inputs[2].clone().requires_grad_(), inputs[3].clone().requires_grad_()
    total = negative_elbo(inputs[0], inputs[1], mu, logvar, beta=1.0)[0]
    if type(total) is torch.Tensor and total.requires_grad:
        total.backward()
    here = (inputs[2].clone().requires_grad_(), inputs[3].clone().requires_grad_())
    wanted = torch.autograd.grad(_reference_parts(inputs[0], inputs[1], *here)[1], here)
    expect(all(given_input.grad is not None and torch.allclose(given_input.grad, expected, rtol=1e-4, atol=1e-6)
               for given_input, expected in zip((mu, logvar), wanted)),
           "The gradient of the total with respect to mu and logvar is not the KL's: total must be the tensor "
           "reconstruction + beta * kl with the KL as it is (no .item(), float(), torch.tensor(kl.item()) or "
           ".detach() on it), or the KL does not train the encoder.")
    # A model in float64 (model.double()) trains with a float64 loss, every part of it.
    out = negative_elbo(*(tensor.double() for tensor in inputs), beta=1.0)
    expect(type(out) is tuple and all(type(value) is torch.Tensor and value.dtype == torch.float64 for value in out),
           "negative_elbo of float64 logits, images, mu and logvar returned "
           f"{[getattr(value, 'dtype', type(value).__name__) for value in out] if type(out) is tuple else out}, "
           "expected float64 for total, reconstruction and kl: average in the inputs' dtype (.mean(), no "
           "dtype=torch.float32 or .float()).")
    # Every image counts, as it is: a batch of 40 to 60 with one image reconstructed very badly and one code far from
    # the prior (no trimmed mean or median)...
    B, d = draw_sizes(generator, 1, 40, 60)[0], draw_sizes(generator, 1, 2, 6)[0]
    logits, x, mu, logvar = _elbo_inputs(B, d, generator)
    worst, far = draw_sizes(generator, 2, 0, B - 1)
    logits[worst] = 50 * (1 - 2 * x[worst])
    mu[far] = 8 * mu[far]
    inputs = (logits, x, mu, logvar)
    _, reconstruction, kl = _elbo_parts(negative_elbo, inputs, beta=1.0)
    reconstructions, kls = _accepted_parts(inputs, bernoulli_reconstruction, kl_to_standard_normal)
    expect(_close_to_any(reconstruction, reconstructions) and _close_to_any(kl, kls),
           f"For a batch of {B} images, one of them reconstructed very badly and one with a code far from the prior, the "
           f"reconstruction part is {reconstruction.item():.2f} (expected {reconstructions[0].item():.2f}) and the KL "
           f"part {kl.item():.3f} (expected {kls[0].item():.3f}): average every image's values over the batch, "
           "outliers included (.mean(): no trimmed mean, median or dropping of the worst images).")
    # ...and a NaN in one image's logits or mu makes the losses NaN: a bug upstream must show, not be dropped.
    nan_logits, nan_mu = logits.clone(), mu.clone()
    nan_logits[far, 0, 14, 14] = float("nan")
    nan_mu[worst, 0] = float("nan")
    for name, case in (("logits", (nan_logits, x, mu, logvar)), ("mu", (logits, x, nan_mu, logvar))):
        try:
            out = negative_elbo(*case, beta=1.0)
        except Exception:  # an error on a NaN input (torch.distributions validates its arguments) shows it as well
            continue
        part = 1 if name == "logits" else 2
        expect(type(out) is tuple and len(out) == 3 and all(type(value) is torch.Tensor for value in out)
               and not bool(torch.isfinite(out[0])) and not bool(torch.isfinite(out[part])),
               f"For a batch with a NaN in one image's {name}, negative_elbo returned finite values (total, "
               f"{('reconstruction', 'kl')[part - 1]}) = "
               f"{[value.item() if type(value) is torch.Tensor and value.numel() == 1 else value for value in (out[0], out[part])] if type(out) is tuple and len(out) == 3 else out}"
               ": that image was dropped (nanmean, or a mask of finite values). Average with .mean(), so that a NaN "
               "shows: it means a bug upstream (a diverging network, a broken input) that a dropped image hides.")
    # Images whose q(z|x) is the prior itself (mu = 0 and logvar = 0: a KL of exactly 0) count in the average too.
    B, d = draw_sizes(generator, 1, 4, 9)[0], draw_sizes(generator, 1, 2, 6)[0]
    logits, x, mu, logvar = _elbo_inputs(B, d, generator)
    at_prior = torch.arange(B) % 2 == 0
    mu[at_prior], logvar[at_prior] = 0.0, 0.0
    inputs = (logits, x, mu, logvar)
    kl = _elbo_parts(negative_elbo, inputs, beta=1.0)[2]
    kls = _accepted_parts(inputs, bernoulli_reconstruction, kl_to_standard_normal)[1]
    expect(_close_to_any(kl, kls),
           f"For a batch of {B} images, {int(at_prior.sum())} of them with q(z|x) equal to the prior (a KL of 0), the KL "
           f"part is {kl.item():.4f}, expected {kls[0].item():.4f}: average the per-image KL over every image of the "
           "batch (.mean()), those with a KL of 0 included, not over the images with a positive KL.")
    # A loss far above 10,000 nats (a decoder confidently wrong on every pixel): the total as it is, no clamp (a clamp
    # stops the gradient exactly when the model most needs it).
    logits, x, mu, logvar = _elbo_inputs(B, d, generator)
    x = (x > 0.5).float()
    logits = 100 * (1 - 2 * x)
    inputs = (logits, x, mu, logvar)
    total, reconstruction, kl = _elbo_parts(negative_elbo, inputs, beta=1.0)
    expected = sum(_reference_parts(*inputs))
    expect(bool(torch.isclose(total.detach(), expected, rtol=1e-4)),
           f"For a decoder confidently wrong on every pixel, the total is {total.item():.1f}, expected "
           f"{expected.item():.1f} (reconstruction {reconstruction.item():.1f} + kl {kl.item():.2f}): the total was "
           "clamped or capped. Return reconstruction + beta * kl as it is, however large: a clamp stops the gradient "
           "when the model is worst, and hides a diverging run.")
    # Blank images (all pixels 0: a valid image, well or badly reconstructed) count in the batch mean like any other.
    logits, x, mu, logvar = _elbo_inputs(B, d, generator)
    x[draw_sizes(generator, 1, 0, B - 1)[0]] = 0.0
    x[:2] = 0.0
    inputs = (logits, x, mu, logvar)
    reconstruction = _elbo_parts(negative_elbo, inputs, beta=1.0)[1]
    reconstructions = _accepted_parts(inputs, bernoulli_reconstruction, kl_to_standard_normal)[0]
    expect(_close_to_any(reconstruction, reconstructions),
           f"For a batch of {B} images, some of them blank (every pixel 0), the reconstruction part is "
           f"{reconstruction.item():.3f}, expected {reconstructions[0].item():.3f}: average the per-image loss over "
           "every image of the batch (.mean()), blank ones included: a blank image is a target like any other, and "
           "the decoder must learn to draw it.")
    # Codes far from the prior (a KL of thousands of nats, an encoder diverging): the total as it is, no cap on the KL.
    logits, x, mu, logvar = _elbo_inputs(B, d, generator)
    inputs = (logits, x, 60 * mu.sign() + mu, logvar)
    total, reconstruction, kl = _elbo_parts(negative_elbo, inputs, beta=1.0)
    expect(bool(torch.isclose(total.detach(), (reconstruction + kl).detach(), rtol=1e-4)),
           f"For codes far from the prior (a KL part of {kl.item():.0f} nats), the total is {total.item():.1f}, but "
           f"reconstruction + kl is {(reconstruction + kl).item():.1f}: the KL was clamped or capped in the total. "
           "total = reconstruction + beta * kl with the KL as it is, however large: a cap stops its gradient exactly "
           "when the codes run away.")
    # The KL part of codes far from the prior (KLs of tens of thousands of nats) is still their plain batch mean.
    logits, x, mu, logvar = _elbo_inputs(B, d, generator)
    inputs = (logits, x, 150 * mu.sign() + mu, logvar)
    kl = _elbo_parts(negative_elbo, inputs, beta=1.0)[2]
    kls = _accepted_parts(inputs, bernoulli_reconstruction, kl_to_standard_normal)[1]
    expect(_close_to_any(kl, kls),
           f"For codes far from the prior (KLs of tens of thousands of nats), the KL part is {kl.item():.2f}, expected the "
           f"batch mean {kls[0].item():.2f}: average the per-image KL with .mean() for any size of KL (no logsumexp "
           "or other soft maximum in its place).")
    # A large batch (1024 images): the reconstruction part is still the mean over the batch, whatever its size.
    logits, x, mu, logvar = _elbo_inputs(1024, d, generator)
    x = x * (torch.rand(1024, 1, 1, 1, generator=generator) < 0.3)  # blank and inked images: a skewed batch
    inputs = (logits, x, mu, logvar)
    reconstruction = _elbo_parts(negative_elbo, inputs, beta=1.0)[1]
    reconstructions = _accepted_parts(inputs, bernoulli_reconstruction, kl_to_standard_normal)[0]
    expect(_close_to_any(reconstruction, reconstructions),
           f"For a batch of 1024 images, the reconstruction part is {reconstruction.item():.3f}, expected the batch "
           f"mean {reconstructions[0].item():.3f}: average the per-image loss with .mean() for any batch size (not "
           "the median or another statistic).")
    # float64 inputs keep float64 all the way, beta times the KL included.
    logits, x, mu, logvar = (value.double() for value in _elbo_inputs(B, d, generator))
    total, reconstruction, kl = _elbo_parts(negative_elbo, (logits, x, mu, logvar), beta=1.0)
    expect(total.dtype == torch.float64 and bool(torch.isclose(total.detach(), (reconstruction + kl).detach(),
                                                                   rtol=1e-12, atol=0)),
           f"For float64 inputs, the total is {total.item()!r} ({total.dtype}), but reconstruction + "
           f"beta * kl is {(reconstruction + kl).item()!r}: compute the total in the inputs' dtype (no "
           "torch.tensor(beta, dtype=torch.float32), no .float() on a part): total = reconstruction + beta * kl.")
    passed("negative_elbo returns total, reconstruction and KL, per image averaged over the batch")


def negative_elbo_beta(negative_elbo, seed=45):
    """Check that beta weights only the KL term of negative_elbo.

    One mistake, one charge: your negative_elbo runs with the course's bernoulli_reconstruction and
    kl_to_standard_normal in place of yours (a slip there is charged by their own checks).
    """
    expect_defaults(negative_elbo, "negative_elbo")
    negative_elbo = with_course_functions(negative_elbo, ("bernoulli_reconstruction", "kl_to_standard_normal"))
    generator = torch.Generator().manual_seed(seed)
    B, d = draw_sizes(generator, 2, 2, 6)
    beta = round(2 + 4 * torch.rand(1, generator=generator).item(), 2)
    inputs = _elbo_inputs(B, d, generator)
    _, reconstruction_1, kl_1 = _elbo_parts(negative_elbo, inputs, beta=1.0)
    total, reconstruction, kl = _elbo_parts(negative_elbo, inputs, beta=beta)
    expect_close(reconstruction, reconstruction_1, f"the reconstruction part with beta = {beta}",
                 "beta weights only the KL term: the reconstruction part must not change with beta.")
    expect_close(kl, kl_1, f"the KL part with beta = {beta}",
                 "Return the KL part unweighted: beta appears only in total = reconstruction + beta * kl.")
    expect(not torch.allclose(total, beta * reconstruction + kl, rtol=1e-4),
           "You applied beta to the reconstruction term: beta weights only the KL, total = reconstruction + beta * kl.")
    expect_close(total, reconstruction + beta * kl, f"total with beta = {beta}", "total = reconstruction + beta * kl.")
    total, reconstruction, kl = _elbo_parts(negative_elbo, inputs, beta=0.0)
    expect_close(total, reconstruction, "total with beta = 0", "With beta = 0 the total is the reconstruction term alone.")
    expect_close(kl, kl_1, "the KL part with beta = 0",
                 "Return the KL part whatever beta is, even 0 (a plain autoencoder's loss): only the total leaves it "
                 "out. The KL is what the notebook plots and reports; it does not depend on beta.")
    # ...with its gradient, as at beta = 1: a loss built from the parts (reconstruction + weight * kl, a warm-up that
    # starts at beta = 0) must train the encoder whatever beta was passed.
    # (Parts detached at every beta are negative_elbo's check's to charge: here only beta = 0 against beta = 1.)
    def differentiable_parts(weight):
        here = (inputs[0].clone().requires_grad_(), inputs[1], inputs[2].clone().requires_grad_(),
                inputs[3].clone().requires_grad_())
        parts = negative_elbo(*here, beta=weight)
        return type(parts) is tuple and len(parts) == 3 and all(type(part) is torch.Tensor and part.requires_grad
                                                                for part in parts[1:])

    expect(differentiable_parts(0.0) or not differentiable_parts(1.0),
           "With beta = 0 the reconstruction or the KL part that negative_elbo returns carries no gradient (.detach() "
           "or .item() on it when beta is 0): a loss built from the parts, such as a KL warm-up's reconstruction + "
           "weight * kl, would not train. Return the parts as computed, whatever beta is.")
    total, reconstruction, kl = _elbo_parts(negative_elbo, inputs, beta=0.25)
    expect_close(total, reconstruction + 0.25 * kl, "total with beta = 0.25", "total = reconstruction + beta * kl.")
    # q(z|x) equal to the prior (mu = 0, logvar = 0): a KL of 0, and a total of the reconstruction alone.
    logits, x, mu, logvar = inputs
    total, reconstruction, kl = _elbo_parts(negative_elbo, (logits, x, torch.zeros_like(mu), torch.zeros_like(logvar)),
                                            beta=beta)
    expect_close(total, reconstruction + beta * kl, f"total with beta = {beta} when q(z|x) is the prior (a KL of 0)",
                 "total = reconstruction + beta * kl, whatever the KL: no floor or clamp on the KL in the total (free "
                 "bits is another objective, notebook 09's).")
    total, reconstruction, kl = _elbo_parts(negative_elbo, inputs, beta=None)
    expect_close(total, reconstruction + kl, "total of negative_elbo(logits, x, mu, logvar), without beta",
                 "beta's default is 1.0 (the signature's beta=1.0): without beta, negative_elbo is the plain negative "
                 "ELBO, total = reconstruction + kl.")
    # Tiny and zero KL weights, on images the decoder reconstructs almost exactly (logits of +-20) and codes far from
    # the prior (a KL of hundreds): the total is reconstruction + beta * kl for that beta, with no floor on it.
    x = (torch.rand(B, 1, 28, 28, generator=generator) > 0.5).float()
    near = (20 * (2 * x - 1), x, 10 * torch.randn(B, d, generator=generator), torch.randn(B, d, generator=generator))
    for small in (0.0, 1e-5):
        total, reconstruction, kl = _elbo_parts(negative_elbo, near, beta=small)
        expect_close(total, reconstruction + small * kl, f"total with beta = {small} (a KL part of {kl.item():.1f})",
                     f"With beta = {small}, total must be reconstruction + {small} * kl: beta is used as given, however "
                     "small (0 is a plain autoencoder's loss, a KL warm-up starts near 0). Do not floor or clamp beta "
                     "(max(beta, 1e-3)).", atol=1e-6, rtol=1e-4)
    # One image (B = 1) of several latent dimensions: the KL part is that image's KL, summed over its dimensions.
    one = tuple(value[:1] for value in inputs)
    _, _, kl = _elbo_parts(negative_elbo, one, beta=1.0)
    wanted = (-0.5 * (1 + one[3] - one[2] ** 2 - one[3].exp())).sum()
    expect_close(kl, wanted, f"the KL part for one image of {d} latent dimensions",
                 "For a batch of one image the KL part is its KL summed over the latent dimensions (then averaged "
                 "over the batch of one): the same formula as for any batch, no mean over the dimensions.")
    # The same inputs, again and again (the steps of a training run): the same loss every call, no call counter.
    first = _elbo_parts(negative_elbo, inputs, beta=beta)[0]
    for _ in range(150):
        total = _elbo_parts(negative_elbo, inputs, beta=beta)[0]
    expect_close(total, first, f"total with beta = {beta} at the 151st call on the same inputs",
                 "negative_elbo gave another total after many calls on the same inputs: it counts its calls (a "
                 "global counter, a KL warm-up inside the loss). A warm-up belongs to the training loop, which "
                 "passes the beta of each step: the loss is a function of its arguments only.")
    # beta weights the KL's gradient as it weights its value: the gradient of the total with respect to mu and logvar
    # (the KL's alone) is beta times the one with beta = 1, whatever that one is (negative_elbo grades it).
    def gradients(weight):
        here = (inputs[2].clone().requires_grad_(), inputs[3].clone().requires_grad_())
        total = negative_elbo(inputs[0], inputs[1], *here, beta=weight)[0]
        if type(total) is not torch.Tensor or not total.requires_grad:
            return None
        total.backward()
        return None if any(value.grad is None for value in here) else torch.cat([value.grad.flatten() for value in here])

    unit = gradients(1.0)
    if unit is not None and bool(unit.abs().max() > 1e-3):
        for weight in (beta, 0.25):
            scaled = gradients(weight)
            ratio = ((scaled * unit).sum() / (unit * unit).sum()).item() if scaled is not None else 0.0
            expect(scaled is not None and bool(torch.allclose(scaled, weight * unit, rtol=1e-4, atol=1e-6)),
                   f"With beta = {weight}, the gradient of the total with respect to mu and logvar is {ratio:.3g} times "
                   f"the one with beta = 1, expected {weight} times: the KL's gradient in the total is not weighted by "
                   "beta, although its value is (a .detach() trick such as beta * kl.detach() + (kl - kl.detach()) * "
                   "min(beta, 1)). total = reconstruction + beta * kl, with the KL as it is: beta weighs the KL's pull "
                   "on the encoder, which is what a beta-VAE changes.")
    passed("beta scales only the KL term")


def _expect_cross_entropy(out, class_logits, labels, case: str, why: str):
    """The cross-entropy part of ae_classifier_loss's `out` is F.cross_entropy(class_logits, labels)."""
    cross_entropy = out[2] if type(out) is tuple and len(out) == 3 else out
    wanted = F.cross_entropy(class_logits, labels)
    shown = cross_entropy.item() if type(cross_entropy) is torch.Tensor and cross_entropy.numel() == 1 else cross_entropy
    expect(type(cross_entropy) is torch.Tensor and cross_entropy.shape == ()
           and torch.allclose(cross_entropy.detach(), wanted, rtol=1e-4, atol=1e-6),
           f"{case} the cross-entropy part is {shown}, expected {wanted.item():.4f}: {why}")


def ae_classifier_loss(ae_classifier_loss, bernoulli_reconstruction, seed=25):
    """Check ae_classifier_loss: reconstruction + weight * cross-entropy, each averaged over the batch.

    One mistake, one charge: your ae_classifier_loss runs with the course's bernoulli_reconstruction in place of
    yours (a slip there is charged by its own check), and the reconstruction part is compared with the reference
    and with what your own bernoulli_reconstruction gives.
    Also: the default arguments of the statement's signature.
    """
    expect_defaults(ae_classifier_loss, "ae_classifier_loss")
    ae_classifier_loss = with_course_functions(ae_classifier_loss, ("bernoulli_reconstruction",))
    generator = torch.Generator().manual_seed(seed)
    B, n_classes = draw_sizes(generator, 1, 4, 9)[0], draw_sizes(generator, 1, 3, 12)[0]
    weight = round(1.5 + 2 * torch.rand(1, generator=generator).item(), 2)
    logits, x = torch.randn(B, 1, 28, 28, generator=generator) * 3, torch.rand(B, 1, 28, 28, generator=generator)
    class_logits = torch.randn(B, n_classes, generator=generator) * 3
    labels = torch.randint(0, n_classes, (B,), generator=generator)
    out = ae_classifier_loss(logits, class_logits, x, labels, weight=weight)
    expect(type(out) is tuple and len(out) == 3,
           "ae_classifier_loss must return a tuple (total, reconstruction, cross_entropy).")
    for name, value in zip(("total", "reconstruction", "cross_entropy"), out):
        expect_tensor(value, name, shape=())
    total, reconstruction, cross_entropy = out
    reference = F.binary_cross_entropy_with_logits(logits, x, reduction="none").reshape(B, -1).sum(dim=1).mean()
    accepted = [reference, _own_mean(lambda: bernoulli_reconstruction(logits, x), B)]
    expect(any(value is not None and torch.allclose(reconstruction.detach(), value, rtol=1e-4) for value in accepted),
           f"The reconstruction part is {reconstruction.item():.3f}, expected {reference.item():.3f}: the binary "
           "cross-entropy summed over pixels, averaged over the batch (as in negative_elbo).")
    expect(not torch.allclose(cross_entropy, F.cross_entropy(class_logits.softmax(dim=1), labels), rtol=1e-4),
           "You passed probabilities (softmax) to F.cross_entropy, which expects class LOGITS and applies log_softmax itself.")
    expect_close(cross_entropy, F.cross_entropy(class_logits, labels), "the cross-entropy part",
                 "Expected F.cross_entropy(class_logits, labels), averaged over the batch.")
    expect(not torch.allclose(total, weight * reconstruction + cross_entropy, rtol=1e-4),
           "You applied the weight to the reconstruction: it weights the cross-entropy, "
           "total = reconstruction + weight * cross_entropy.")
    expect_close(total, reconstruction + weight * cross_entropy, f"total with weight = {weight}",
                 "total = reconstruction + weight * cross_entropy.")
    # total is what training differentiates: each term's gradient must reach its logits, the cross-entropy's weighted.
    here = (logits.clone().requires_grad_(), class_logits.clone().requires_grad_())
    wanted = (torch.autograd.grad(F.binary_cross_entropy_with_logits(here[0], x, reduction="none").reshape(B, -1)
                                  .sum(dim=1).mean(), here[0])[0],
              torch.autograd.grad(weight * F.cross_entropy(here[1], labels), here[1])[0])
    inputs = (logits.clone().requires_grad_(), class_logits.clone().requires_grad_())
    total = ae_classifier_loss(*inputs, x, labels, weight=weight)[0]
    expect(type(total) is torch.Tensor and total.requires_grad,
           "total carries no gradient: it is the loss the autoencoder and the classifier train with, so compute it "
           "with tensor operations (no .item(), float() or .detach() on a term, no torch.no_grad()).")
    total.backward()
    for name, term, given_input, expected in zip(("logits", "class_logits"), ("reconstruction", "weight * cross_entropy"),
                                                 inputs, wanted):
        expect(given_input.grad is not None and torch.allclose(given_input.grad, expected, rtol=1e-4, atol=1e-6),
               f"The gradient of total with respect to {name} is not that of {term}: total must be the tensor "
               "reconstruction + weight * cross_entropy, with both terms as they are (no .item(), float() or "
               ".detach() on a term), so that training learns from both.")
    out = ae_classifier_loss(logits, class_logits, x, labels, weight=0.0)
    _expect_cross_entropy(out, class_logits, labels, "With weight = 0",
                          "return F.cross_entropy(class_logits, labels) whatever the weight, 0 included (the run with "
                          "lambda = 0 reports it: how well the code tells the digits apart without training for it). "
                          "Only the total leaves it out: total = reconstruction + weight * cross_entropy.")
    total, reconstruction, cross_entropy = out
    expect_close(total, reconstruction, "total with weight = 0", "With weight = 0 the total is the reconstruction alone.")
    total, reconstruction, cross_entropy = ae_classifier_loss(logits[:2], class_logits[:2], x[:2], labels[:2], weight=0.5)
    expect_close(cross_entropy, F.cross_entropy(class_logits[:2], labels[:2]), "the cross-entropy on a batch of 2",
                 "Expected F.cross_entropy(class_logits, labels), averaged over the batch.")
    expect_close(total, reconstruction + 0.5 * cross_entropy, "total on a batch of 2 with weight = 0.5",
                 "total = reconstruction + weight * cross_entropy.")
    # A confident classifier: class logits 150 apart, the labels on the unlikely classes (softmax rounds them to 0).
    confident = torch.zeros(B, n_classes)
    confident[:, 0] = 150.0
    unlikely = 1 + torch.randint(0, n_classes - 1, (B,), generator=generator)
    _, _, cross_entropy = ae_classifier_loss(logits, confident, x, unlikely, weight=1.0)
    expect_tensor(cross_entropy, "the cross-entropy for class logits 150 apart", shape=())
    expect_close(cross_entropy, F.cross_entropy(confident, unlikely), "the cross-entropy for class logits 150 apart",
                 "log(softmax(...)) rounds a probability of exp(-150) to 0 and gives inf: F.cross_entropy (through "
                 "log_softmax) is stable for any logits.")
    # Every class counts, 0 included.
    zeros = torch.where(torch.arange(B) % 2 == 0, 0, 1 + torch.randint(0, n_classes - 1, (B,), generator=generator))
    _, _, cross_entropy = ae_classifier_loss(logits, class_logits, x, zeros, weight=1.0)
    expect_close(cross_entropy, F.cross_entropy(class_logits, zeros), "the cross-entropy when every other label is 0",
                 "Every class counts, 0 included: F.cross_entropy(class_logits, labels) with no ignore_index or class "
                 "weights.")
    # A model in float64 (model.double()) trains with a float64 loss, every term of it.
    out = ae_classifier_loss(logits.double(), class_logits.double(), x.double(), labels, weight=weight)
    expect(type(out) is tuple and all(type(value) is torch.Tensor and value.dtype == torch.float64 for value in out),
           "ae_classifier_loss of float64 logits, class logits and images returned "
           f"{[getattr(value, 'dtype', type(value).__name__) for value in out]}, expected float64 for total, "
           "reconstruction and cross_entropy: compute in the inputs' dtype (no .float()).")
    # A label out of range (a class the head does not have: a bug upstream) must fail, not be trained on as another.
    wrong = labels.clone()
    wrong[draw_sizes(generator, 1, 0, B - 1)[0]] = n_classes
    try:
        out = ae_classifier_loss(logits, class_logits, x, wrong, weight=1.0)
    except Exception:  # noqa: BLE001 (an IndexError from F.cross_entropy, or the student's own error: either says it)
        out = None
    expect(out is None,
           f"ae_classifier_loss with a label of {n_classes} for {n_classes} classes (labels run from 0 to "
           f"{n_classes - 1}) returned a loss instead of failing: the labels were clamped (or wrapped) into range, so a "
           "broken label is silently trained on as another class. Pass the labels to F.cross_entropy as they are: "
           "an out-of-range label then raises an error, which shows the bug.")
    # A large batch (an evaluation over many images): the cross-entropy is the mean over all of them.
    B = draw_sizes(generator, 1, 300, 700)[0]
    class_logits = torch.randn(B, n_classes, generator=generator) * 3
    labels = torch.randint(0, n_classes, (B,), generator=generator)
    out = ae_classifier_loss(torch.randn(B, 1, 28, 28, generator=generator) * 3,
                             class_logits, torch.rand(B, 1, 28, 28, generator=generator), labels, weight=weight)
    _expect_cross_entropy(out, class_logits, labels, f"For a batch of {B} images",
                          "it left images of the batch out (a slice or a subsample of large batches). Average over "
                          "the whole batch, whatever its size: F.cross_entropy(class_logits, labels).")
    # A head of more classes than float16 counts exactly (2,048; n_classes is the head's argument): each label is its
    # own class, as it is (odd labels past 2,048 round to their neighbour in float16).
    many, B = draw_sizes(generator, 1, 2100, 4000)[0], draw_sizes(generator, 1, 3, 8)[0]
    class_logits = torch.randn(B, many, generator=generator) * 3
    labels = 2049 + 2 * torch.randint(0, (many - 2049) // 2, (B,), generator=generator)
    out = ae_classifier_loss(torch.randn(B, 1, 28, 28, generator=generator) * 3, class_logits,
                             torch.rand(B, 1, 28, 28, generator=generator), labels, weight=weight)
    _expect_cross_entropy(out, class_logits, labels, f"For a head of {many} classes and labels past 2,048,",
                          "the labels went through a float type (float16 holds integers exactly only up to 2,048), so "
                          "some became another class. Pass the int64 labels to F.cross_entropy as they are.")
    # A decoder sure and wrong (logits of 20 to 120 against binary pixels): each pixel costs about |logit|. Through
    # probabilities it does not: float32 rounds sigmoid(l) to 1 past about 17 and torch clamps the log at -100.
    x = (torch.rand(2, 1, 28, 28, generator=generator) > 0.5).float()
    logits = (20 + 100 * torch.rand(2, 1, 28, 28, generator=generator)) * (1 - 2 * x)
    out = ae_classifier_loss(logits, class_logits[:2], x, labels[:2], weight=weight)
    reference = F.binary_cross_entropy_with_logits(logits, x, reduction="none").reshape(2, -1).sum(dim=1).mean()
    accepted = [reference, _own_mean(lambda: bernoulli_reconstruction(logits, x), 2)]
    reconstruction = out[1] if type(out) is tuple and len(out) == 3 else out
    scalar = type(reconstruction) is torch.Tensor and reconstruction.shape == ()
    expect(scalar
           and any(value is not None and torch.allclose(reconstruction.detach(), value, rtol=1e-5) for value in accepted),
           "For logits of 20 to 120 in size that disagree with binary pixels, the reconstruction part is "
           f"{reconstruction.item() if scalar else reconstruction}, expected {reference.item():.1f} (each pixel costs "
           "about |logit|): the logits made a round trip through "
           "torch.sigmoid and back through a log (F.binary_cross_entropy on probabilities), where float32 rounds "
           "sigmoid(l) to 1 past about 17 and torch clamps the log at -100. Use bernoulli_reconstruction(logits, "
           "x).mean() (F.binary_cross_entropy_with_logits), which is stable for any logit.")
    passed("ae_classifier_loss = reconstruction + weight * cross_entropy")


# ---------------------------------------------------------------- the VAE and the autoencoders

def _networks(generator, latent_dim, hidden, logvar_shift=()):
    """A given encoder and a given single-Linear decoder, with weights drawn from the check's generator."""
    seed = draw_sizes(generator, 1, 0, 2 ** 30)[0]
    encoder = given.network(kind="DenseEncoder", latent_dim=latent_dim, hidden=hidden, seed=seed, logvar_shift=logvar_shift)
    return encoder, given.network(kind="DenseDecoder", latent_dim=latent_dim, hidden=(), seed=seed + 1)


def _codes(decoder, logits, what: str, hint: str):
    """The codes z with decoder(z) = logits, recovered by least squares (the decoder is one Linear(d, 784) of
    full column rank); fails with `hint` if the logits are not the decoder's output for any code."""
    linear = decoder.body[0]
    W, b = linear.weight.detach().double(), linear.bias.detach().double()
    flat = logits.detach().reshape(len(logits), -1).double()
    z = torch.linalg.lstsq(W, (flat - b).T).solution.T.float()
    expect_close(logits.detach(), decoder(z).detach(), what, hint, atol=1e-4, rtol=1e-4)
    return z


def _changed_state(before, after) -> list:
    """What differs between two state dicts of one model (names, then each tensor's dtype, device, shape, values)."""
    if set(before) != set(after):
        return [f"its tensors are now {sorted(after)[:4]}, they were {sorted(before)[:4]}"]
    changed = []
    for name, tensor in before.items():
        now = after[name]
        if (now.dtype, now.device, now.shape) != (tensor.dtype, tensor.device, tensor.shape):
            changed.append(f"{name} is now {now.dtype} {tuple(now.shape)} on {now.device}, it was {tensor.dtype} "
                           f"{tuple(tensor.shape)} on {tensor.device}")
        elif not torch.equal(now, tensor):
            changed.append(f"{name} changed values")
    return changed


def _vae_outputs(out, B, d):
    expect(type(out) is tuple and len(out) == 3, "VAE.forward must return a tuple (logits, mu, logvar).")
    expect_tensor(out[0], "logits", shape=(B, 1, 28, 28))
    expect_tensor(out[1], "mu", shape=(B, d))
    expect_tensor(out[2], "logvar", shape=(B, d))
    return out


def vae_forward(VAE, reparameterize, seed=21):
    """Check VAE.forward: (logits, mu, logvar), z sampled in training mode (gradients reach the encoder), z = mu in evaluation mode.

    One mistake, one charge: your forward runs with the course's reparameterize in place of yours (the global
    reparameterize of your notebook, passed here to name it), so that a slip there is charged by its own checks only.
    """
    generator = torch.Generator().manual_seed(seed)
    B, d = draw_sizes(generator, 1, 3, 8)[0], draw_sizes(generator, 1, 2, 6)[0]
    encoder, decoder = _networks(generator, d, (32,))
    vae = VAE(encoder, decoder, latent_dim=d)
    forward = with_course_functions(vae.forward, ("reparameterize",))  # vae(x), with the course's reparameterize
    x = torch.rand(B, 1, 28, 28, generator=generator)
    vae.train()
    logits, mu, logvar = _vae_outputs(forward(x), B, d)
    no_sigmoid = "forward must return the decoder's logits as they are (no sigmoid)."
    z = _codes(decoder, logits, "logits", no_sigmoid)
    expect(not torch.allclose(z, mu.detach(), atol=1e-4),
           "In training mode the decoder received z = mu: the VAE must SAMPLE z = reparameterize(mu, logvar) "
           "when self.training is True.")
    expect(not torch.allclose(forward(x)[0].detach(), logits.detach()),
           "In training mode two forward passes gave the same logits: sample z with reparameterize(mu, logvar).")
    # Gradients reach the encoder iff they reach the images: the decoder sees x only through z.
    x_grad = x.clone().requires_grad_()
    logits_grad = forward(x_grad)[0]
    if logits_grad.requires_grad:
        logits_grad.sum().backward()
    reached = x_grad.grad is not None and bool(x_grad.grad.abs().sum() > 0)
    expect(reached,
           "No gradient reaches the encoder through forward: do not .detach() z or sample under torch.no_grad().")
    vae.eval()
    logits, mu, logvar = _vae_outputs(forward(x), B, d)
    z = _codes(decoder, logits, "logits in evaluation mode", no_sigmoid)
    expect_close(z, mu.detach(), "the code z in evaluation mode",
                 "In evaluation mode (self.training is False) the VAE must decode the mean, z = mu, without sampling.",
                 atol=1e-4)
    expect_close(logits.detach(), decoder(mu.detach()).detach(), "logits in evaluation mode",
                 "In evaluation mode the logits must be decoder(mu), as returned by the decoder (no sigmoid).")
    # ...whatever the gradient mode: evaluate runs the model in evaluation mode inside torch.no_grad(). (eval() again:
    # a forward that switches the mode is charged below, by its own message.)
    vae.eval()
    quiet = with_course_functions(remote.make(vae, "without_gradients", function=vae.forward), ("reparameterize",))
    logits, mu, _ = _vae_outputs(quiet(x), B, d)
    z = _codes(decoder, logits, "logits in evaluation mode inside torch.no_grad()", no_sigmoid)
    expect(bool(torch.allclose(z, mu.detach(), atol=1e-4)),
           "In evaluation mode, called inside torch.no_grad() (as the notebook's evaluate calls it), forward sampled z "
           "instead of decoding z = mu: whether to sample is the VAE's mode (self.training), not the gradient mode. "
           "Decode z = mu whenever self.training is False, with no torch.is_grad_enabled() in the condition.")
    # The VAE's own mode decides (self.training), not its networks': an encoder and decoder kept in eval mode (frozen,
    # for fine-tuning) inside a VAE in training mode still see z sampled.
    vae.train()
    vae.encoder.eval()
    vae.decoder.eval()
    z = _codes(decoder, _vae_outputs(forward(x), B, d)[0], "logits", no_sigmoid)
    expect(not torch.allclose(z, mu.detach(), atol=1e-4),
           "A VAE in training mode whose encoder and decoder are in eval mode decoded z = mu: sample when self.training "
           "(the VAE's own mode) is True, whatever the modes of its networks.")
    vae.eval()
    for name, returned, given_out in zip(("mu", "logvar"), (mu, logvar), encoder(x)):
        expect_close(returned.detach(), given_out.detach(), f"the {name} that forward returns",
                     "forward must return the encoder's two outputs in their order: mu, logvar = self.encoder(x) "
                     "(the first is the mean, the second the log-variance).")
    # An encoder whose log-variances lie far from 0 (a trained VAE's are often near -10): returned as they are.
    wide, wide_decoder = _networks(generator, d, (32,), logvar_shift=[(-13.0, 11.0)[unit % 2] for unit in range(d)])
    vae = VAE(wide, decoder, latent_dim=d)
    vae.eval()
    out = with_course_functions(vae.forward, ("reparameterize",))(x)
    expect_close(_vae_outputs(out, B, d)[2].detach(), wide(x)[1].detach(),
                 "the logvar that forward returns, for an encoder whose log-variances are about -13 and 11",
                 "forward must return the encoder's logvar as it is: no clamp or floor (a narrow q(z|x) has a logvar far "
                 "below -8, and the KL and the sampling must see it).")
    # An encoder whose log-variances spread from -3 to 2, so that the check sees how they are used.
    encoder, decoder = _networks(generator, d, (32,), logvar_shift=torch.linspace(-3, 2, d).tolist())
    vae = VAE(encoder, decoder, latent_dim=d)
    forward = with_course_functions(vae.forward, ("reparameterize",))
    vae.train()
    logits, mu, logvar = _vae_outputs(forward(torch.rand(1000, 1, 28, 28, generator=generator)), 1000, d)
    mu, logvar = mu.detach(), logvar.detach()
    eps = (_codes(decoder, logits, "logits", no_sigmoid) - mu) / torch.exp(0.5 * logvar)
    expect(bool((eps.mean(dim=0).abs() < 0.12).all() and ((eps.std(dim=0) - 1).abs() < 0.12).all()),
           "In training mode z must be reparameterize(mu, logvar) = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I): "
           f"(z - mu) / std has means {eps.mean(dim=0).numpy().round(2)} and standard deviations "
           f"{eps.std(dim=0).numpy().round(2)} over the latent dimensions, expected 0 and 1.")
    # Gradients through mu and logvar both: each head of the encoder must learn from the reconstruction
    fresh = VAE(*_networks(generator, d, (32,)), latent_dim=d)
    fresh.train()
    with_course_functions(fresh.forward, ("reparameterize",))(x)[0].sum().backward()
    missing = without_gradient(fresh)
    expect(not missing, f"In training mode these parameters receive no gradient from the logits: {missing}. The decoder "
           "must see z = reparameterize(mu, logvar) with mu and logvar as the encoder returned them: no .detach(), "
           ".data or torch.no_grad() on either.")
    expect_deep_copies(fresh, "vae(x) in training mode", "self.last_z = z", "forward")
    # In evaluation mode, on a batch of one image: the mode stays, and the outputs keep their graph (the caller
    # decides whether to record gradients; forward differs between the modes only by z).
    fresh.eval()
    try:
        out = with_course_functions(fresh.forward, ("reparameterize",))(x[:1])
    except Exception as error:
        raise AssertionError(f"forward failed on a batch of one image, shape (1, 1, 28, 28), with "
                             f"{type(error).__name__}: {error}. Keep the batch dimension (no squeeze()).") from None
    logits, mu, logvar = _vae_outputs(out, 1, d)
    expect(fresh.training is False,
           "forward switched the VAE from evaluation to training mode (self.train() in forward): the mode is the "
           "caller's to set, with model.train() and model.eval().")
    expect_every_mode(fresh, False, "forward switched part of the VAE in evaluation mode (its encoder, its decoder or one "
                      "of their layers) to training mode: the mode is the caller's to set.")
    expect(logits.requires_grad and mu.requires_grad and logvar.requires_grad,
           "In evaluation mode forward returned outputs without gradient (torch.no_grad() or .detach() in forward): "
           "whether to record gradients is the caller's choice (with torch.no_grad() around the call); forward "
           "computes the same way in both modes, and only z differs.")
    # ...and that graph reaches the encoder through z = mu (an input's saliency, a fine-tuning in eval mode).
    x_grad = x[:1].clone().requires_grad_()
    logits_grad = with_course_functions(fresh.forward, ("reparameterize",))(x_grad)[0]
    if logits_grad.requires_grad:
        logits_grad.sum().backward()
    expect(x_grad.grad is not None and bool(x_grad.grad.abs().sum() > 0),
           "In evaluation mode no gradient reaches the encoder from the logits: decode z = mu as the encoder returned "
           "it, with its graph (no mu.detach(), .data or torch.no_grad() on z): forward computes the same way in both "
           "modes, and only z differs.")
    # In evaluation mode forward draws nothing: the caller's random numbers are its own.
    expect_draws_nothing(VAE, lambda: with_course_functions(fresh.forward, ("reparameterize",))(x),
                         draw_sizes(generator, 1, 0, 10 ** 6)[0],
                         "In evaluation mode forward drew random numbers from torch's global random state (noise "
                         "multiplied by 0, or sampled and thrown away): z = mu draws nothing, and the caller's random "
                         "numbers are its own. Sample only when self.training is True.")
    # Codes far from 0 (inputs scaled by 1,000): logits of hundreds, the decoder's as they are.
    far = 1000 * x
    expect_close(with_course_functions(fresh.forward, ("reparameterize",))(far)[0].detach(),
                 fresh.decoder(fresh.encoder(far)[0]).detach(), "logits in evaluation mode for codes far from 0",
                 "forward must return the decoder's logits as they are, however large: no clamp or squashing (the "
                 "loss takes any logit, and a clamp stops its gradient).", atol=1e-3)
    # Training mode samples whatever the gradient mode (the notebook's evaluate_negative_elbo decodes sampled codes in
    # training mode inside torch.no_grad()), and whatever the batch size (a batch of one image too).
    vae.train()
    quiet = with_course_functions(remote.make(vae, "without_gradients", function=vae.forward),
                                  ("reparameterize",))
    logits, mu, _ = _vae_outputs(quiet(x), B, d)
    z = _codes(decoder, logits, "logits in training mode inside torch.no_grad()", no_sigmoid)
    expect(not torch.allclose(z, mu.detach(), atol=1e-4),
           "In training mode, called inside torch.no_grad(), forward decoded z = mu: whether to sample is the VAE's "
           "mode (self.training), not the gradient mode. The notebook's evaluate_negative_elbo decodes sampled codes "
           "in training mode inside torch.no_grad() (the reconstruction term is an expectation over q(z|x)): sample "
           "z = reparameterize(mu, logvar) whenever self.training is True, with no torch.is_grad_enabled() in the "
           "condition.")
    logits, mu, _ = _vae_outputs(with_course_functions(vae.forward, ("reparameterize",))(x[:1]), 1, d)
    z = _codes(decoder, logits, "logits in training mode for a batch of one image", no_sigmoid)
    expect(not torch.allclose(z, mu.detach(), atol=1e-4),
           "In training mode, for a batch of one image, forward decoded z = mu: sample z = reparameterize(mu, logvar) "
           "for every batch in training mode, whatever its size (no condition on len(x) or x.shape[0]).")
    # The modes of the encoder and the decoder are the caller's too: networks frozen in eval mode (fine-tuning, a
    # dropout switched off) inside a VAE in training mode stay so after forward, and the other way round.
    for training in (True, False):
        fresh.train(training)
        fresh.encoder.train(not training)
        fresh.decoder.train(not training)
        with_course_functions(fresh.forward, ("reparameterize",))(x)
        expect(fresh.encoder.training is (not training) and fresh.decoder.training is (not training),
               f"A VAE in {'training' if training else 'evaluation'} mode whose encoder and decoder were set to "
               f"{'evaluation' if training else 'training'} mode by the caller had them switched to "
               f"{'training' if training else 'evaluation'} mode by forward (self.encoder.train(self.training) or the "
               "like): forward overrides a mode the caller set on purpose. Read self.training to decide whether to "
               "sample, and leave the modes of the networks as they are.")
    # Sampling uses the encoder's log-variances as they are (about -13 and 11 here, the wide encoder above): no clamp
    # on the logvar that reaches reparameterize only (forward returns logvar, and the KL sees it: the two must agree).
    vae = VAE(wide, wide_decoder, latent_dim=d)
    vae.train()
    logits, mu, logvar = _vae_outputs(with_course_functions(vae.forward, ("reparameterize",))(
        torch.rand(1000, 1, 28, 28, generator=generator)), 1000, d)
    mu, logvar = mu.detach(), logvar.detach()
    eps = (_codes(wide_decoder, logits, "logits", no_sigmoid) - mu) / torch.exp(0.5 * logvar)
    expect(bool(((eps.std(dim=0) - 1).abs() < 0.12).all()),
           "For an encoder whose log-variances are about -13 and 11, the codes forward decoded in training mode have "
           f"(z - mu) / exp(0.5 * logvar) of standard deviations {eps.std(dim=0).numpy().round(2)} over the latent "
           "dimensions, expected 1: the logvar was clamped (or floored) before sampling, and the samples do not follow "
           "the q(z|x) whose logvar forward returns (and the KL sees). Sample z = reparameterize(mu, logvar) with the "
           "encoder's logvar as it is.")
    fresh.eval()
    # Evaluation mode decodes z = mu whatever the batch size, a batch of one image too (a single digit's reconstruction).
    logits, mu, _ = _vae_outputs(with_course_functions(fresh.forward, ("reparameterize",))(x[:1]), 1, d)
    expect_close(logits.detach(), fresh.decoder(mu.detach()).detach(),
                 "logits in evaluation mode for a batch of one image",
                 "In evaluation mode, for a batch of one image, forward did not decode z = mu (it sampled): decode the "
                 "mean in evaluation mode for every batch, whatever its size (no condition on len(mu) or x.shape[0]).")
    # forward stores nothing in the model: its state_dict (what a checkpoint saves, and a freshly built VAE loads)
    # holds the same entries before and after forward in both modes.
    stored = VAE(*_networks(generator, d, (32,)), latent_dim=d)
    keys = sorted(remote.inspect(stored, "state"))
    for training in (True, False):
        stored.train(training)
        with_course_functions(stored.forward, ("reparameterize",))(x)
    added = sorted(set(remote.inspect(stored, "state")) - set(keys))
    expect(not added,
           f"After forward, the VAE's state_dict holds new entries {added}: forward stores tensors in the model "
           "(self.register_buffer(...) in forward), so a checkpoint saved after training no longer loads into a freshly "
           "built VAE (load_state_dict: unexpected keys) and the batch's codes are saved with the weights. Keep what "
           "forward computes in local variables and return it.")
    # Each image's code is sampled with its own logvar: images whose posteriors differ in width (blank images and
    # bright ones, logvars some units apart) each get (z - mu) / exp(0.5 * logvar) of standard deviation 1.
    spread = VAE(encoder, decoder, latent_dim=d)
    spread.train()
    images = torch.rand(1000, 1, 28, 28, generator=generator) * 20
    images[::2] = 0.0
    logits, mu, logvar = _vae_outputs(with_course_functions(spread.forward, ("reparameterize",))(images), 1000, d)
    eps = (_codes(decoder, logits, "logits", no_sigmoid) - mu.detach()) / torch.exp(0.5 * logvar.detach())
    deviations = torch.stack([eps[::2].std(dim=0), eps[1::2].std(dim=0)])
    expect(bool(((deviations - 1).abs() < 0.15).all()),
           "For a batch of blank and bright images (their logvars some units apart), the codes forward sampled have "
           f"(z - mu) / exp(0.5 * logvar) of standard deviations {deviations.numpy().round(2).tolist()} (blank images, "
           "bright images; per latent dimension), expected 1: each image was not sampled with its own logvar (a batch "
           "mean of logvar, or one image's, was used). Sample z = reparameterize(mu, logvar) with the encoder's "
           "logvar of every image as it is.")
    # A batch of one image: forward returns the encoder's mu and logvar as they are, in both modes.
    for training in (True, False):
        spread.train(training)
        _, mu, logvar = _vae_outputs(with_course_functions(spread.forward, ("reparameterize",))(x[:1]), 1, d)
        wanted = encoder(x[:1])
        expect(bool(torch.allclose(mu.detach(), wanted[0].detach(), atol=1e-6))
               and bool(torch.allclose(logvar.detach(), wanted[1].detach(), atol=1e-6)),
               f"In {'training' if training else 'evaluation'} mode, for a batch of one image, forward did not return "
               "the encoder's (mu, logvar) as they are (the logvar was transformed, e.g. into a standard deviation or "
               "log(1 + exp(logvar))): return logits, mu, logvar with mu, logvar = self.encoder(x), for every batch "
               "size.")
    # The caller's thread count (3, a count no kernel runs with) is the caller's: forward runs with it and keeps it.
    _, threads = remote.make(VAE, "reporting_threads", function=fresh, threads=3)(x)
    expect(threads == 3,
           f"Called with torch's thread count at 3, the VAE's forward left it at {threads}: torch.set_num_threads(...) "
           "in forward changes the thread count of everything the caller runs afterwards, at every step. Leave it to "
           "the caller (a network computes with the threads it is given).")
    fresh.eval()
    expect_float64_kept(fresh, x, "the VAE")  # last: it converts the VAE to float64
    passed("forward returns (logits, mu, logvar), samples z in training mode (gradients reach the encoder) "
           "and uses mu in evaluation mode")


def vae_generate(VAE, seed=22):
    """Check VAE.generate: (n, 1, 28, 28) probabilities sigmoid(decoder(z)) for n codes z ~ N(0, I) of size latent_dim."""
    generator = torch.Generator().manual_seed(seed)
    d, n = draw_sizes(generator, 1, 2, 5)[0], 2000
    _, decoder = _networks(generator, d, (16,))
    # A decoder is any module that maps z to logits: this one has no probs method. An encoder is any module that maps
    # x to (mu, logvar): this one has one joint head, and no mu_head (notebook 02 allows both).
    encoder = given.joint_head_encoder(latent_dim=d, width=16, seed=draw_sizes(generator, 1, 0, 2 ** 30)[0])
    vae = VAE(encoder, given.logits_only(decoder=decoder), latent_dim=d)
    initial = remote.inspect(vae, "state")
    try:
        images = vae.generate(n)
    except AttributeError as error:
        raise AssertionError(f"vae.generate({n}) failed with AttributeError: {error}. The decoder is only promised to "
                             "map z to logits (self.decoder(z)): apply torch.sigmoid to them yourself; and the encoder "
                             "to give (mu, logvar), with one head or two: the size of z is self.latent_dim.") from None
    expect_tensor(images, f"vae.generate({n})", shape=(n, 1, 28, 28), dtype=torch.float32)
    expect(not images.requires_grad,
           f"vae.generate({n}) returned images that carry a gradient (and the decoder's graph with them): keep the "
           "@torch.no_grad() decorator that the given signature puts on generate. Samples are for looking at, and a "
           "tensor that requires grad cannot be turned into a NumPy array to plot.")
    expect(images.min() >= 0 and images.max() <= 1,
           "generate must return probabilities in [0, 1]: apply torch.sigmoid to the decoder's logits.")
    loud = VAE(encoder, given.logits_only(decoder=decoder, scale=100.0), latent_dim=d)
    bright = loud.generate(50)
    expect(type(bright) is torch.Tensor and bool((bright < 0.01).any()) and bool((bright > 0.99).any()),
           "For a decoder whose logits reach hundreds, generate returned no probability below 0.01 or above 0.99: it "
           "clamps them. Return torch.sigmoid(logits) as it is (a confident decoder's pixels are near 0 and 1).")
    # The codes, from the logits of the probabilities (0 and 1, as from torch.bernoulli, are clamped: they fail).
    p = images.detach().double().clamp(1e-12, 1 - 1e-12)
    z = _codes(decoder, torch.log(p / (1 - p)).float(), f"the logits of vae.generate({n})",
               "generate must return the probabilities sigmoid(decoder(z)) themselves for z ~ N(0, I), "
               "not binary images sampled from them (no torch.bernoulli).")
    expect(abs(z.mean().item()) < 0.1 and abs(z.std().item() - 1) < 0.1,
           f"The codes z have mean {z.mean().item():.2f} and std {z.std().item():.2f}: generate must draw them from "
           "the prior N(0, I) with torch.randn (torch.rand is uniform on [0, 1]).")
    expect(z.min() < -2.5 and z.max() > 2.5 and abs((z.abs() < 1).float().mean().item() - 0.683) < 0.03,
           "The codes z do not look standard normal: draw them from the prior N(0, I) with torch.randn(n, self.latent_dim).")
    # In the order drawn: image i is a sample of the prior like any other (for i.i.d. codes the correlation of any
    # statistic with the position has a spread of 0.02 over 2,000 codes).
    position = torch.arange(len(z), dtype=torch.float64)
    ordered = max(abs(torch.corrcoef(torch.stack([position, statistic.double()]))[0, 1].item())
                  for statistic in (z.norm(dim=1), *z.T))
    expect(ordered < 0.15,
           f"The codes of vae.generate({n}) are ordered (by their norm or a coordinate: a correlation of {ordered:.2f} "
           "with their position): image i of generate(n) must be a sample of the prior like any other, its code "
           "drawn independently. Decode the codes in the order torch.randn draws them (no sorting).")
    one = vae.generate(1)
    expect_tensor(one, "vae.generate(1), one image (each code drawn on its own: nothing computed across the batch, "
                  "such as standardising the codes by their batch mean and std)", shape=(1, 1, 28, 28))
    expect(not _standardised(z, 1e-4),
           f"The codes of vae.generate({n}) have a mean of exactly 0 and a standard deviation of exactly 1 in every "
           "dimension: they are standardised by the batch. Draw z = torch.randn(n, self.latent_dim) and decode it as "
           "it is: each image's code is its own.")
    k = draw_sizes(generator, 1, 2, 9)[0]
    few = vae.generate(k)
    expect_tensor(few, f"vae.generate({k})", shape=(k, 1, 28, 28))
    odd = draw_sizes(generator, 1, 11, 99)[0]  # not a multiple of 10: a loop over batches of ten shows
    odd += 1 if odd % 10 == 0 else 0
    expect_tensor(vae.generate(odd), f"vae.generate({odd}) (n images for any n: draw the n codes at once, "
                  "torch.randn(n, self.latent_dim))", shape=(odd, 1, 28, 28))
    expect(not torch.allclose(few, vae.generate(k)), "Two calls of generate gave the same images: draw new codes each time.")
    expect_follows_global_random(vae, lambda: vae.generate(k), f"vae.generate({k})",
                                 "draw the codes from torch's global random state, torch.randn(n, self.latent_dim), "
                                 "not from a generator or a seed of the model's own.")
    for training in (True, False):  # a training loop that shows samples must go on training as it was
        vae.train(training)
        vae.generate(2)
        expect(vae.training == training,
               f"generate switched the model from {'training' if training else 'evaluation'} mode to "
               f"{'evaluation' if training else 'training'} mode and left it there: a training loop that calls it "
               "would go on in the wrong mode. Do not call self.eval() or self.train() in generate (or restore the mode "
               "it found).")
        expect(vae.encoder.training == training and vae.decoder.training == training,
               f"generate switched the encoder or the decoder out of {'training' if training else 'evaluation'} mode "
               "and left it there: a training loop that calls it would go on training them in the wrong mode. Do not "
               "call .eval() or .train() on self.decoder (or self.encoder) in generate.")
    expect_tensor(vae.generate(0), "vae.generate(0) (no images: an empty batch, not one image; torch.randn(0, "
                  "self.latent_dim) is an empty batch of codes)", shape=(0, 1, 28, 28))
    # The prior as it is, rare codes included: after a seed whose draw of torch.randn(n, latent_dim) holds a code
    # beyond 3.3, generate's codes are compared with that draw, wherever they follow it (codes drawn another way are
    # judged by the statistics above).
    value = seed_with_large_draw(generator, (n, d), 3.3)
    reference = torch.randn(n, d, generator=torch.Generator().manual_seed(value))
    remote.make(vae, "global_random").seed(value)
    images = vae.generate(n)
    if type(images) is torch.Tensor and tuple(images.shape) == (n, 1, 28, 28) and images.is_floating_point():
        p = images.detach().double().clamp(1e-12, 1 - 1e-12)
        z = _codes(decoder, torch.log(p / (1 - p)).float(), f"the logits of vae.generate({n})",
                   "generate must return the probabilities sigmoid(decoder(z)) themselves for z ~ N(0, I).")
        off = _off_the_draw(z, reference, 1e-3)
        expect(off is None,
               f"After torch.manual_seed({value}), torch.randn({n}, self.latent_dim) draws codes up to "
               f"{reference.abs().max().item():.2f} in size, and the codes that generate decoded follow that draw "
               f"everywhere but at {len(off) if off is not None else 0} value(s) of size "
               f"{off.min().item() if off is not None else 0:.2f} and more: the large codes were clamped or truncated "
               "(the 'truncation trick'). generate samples the prior N(0, I) as it is: decode torch.randn(n, "
               "self.latent_dim) unchanged.")
    # Independent codes: nothing shared or mirrored between images (antithetic pairs z, -z; halves of one draw).
    images = vae.generate(n)
    if type(images) is torch.Tensor and tuple(images.shape) == (n, 1, 28, 28) and images.is_floating_point():
        p = images.detach().double().clamp(1e-12, 1 - 1e-12)
        z = _codes(decoder, torch.log(p / (1 - p)).float(), f"the logits of vae.generate({n})",
                   "generate must return the probabilities sigmoid(decoder(z)) themselves for z ~ N(0, I).")
        half = n // 2
        for first, second, what in ((z[:half], z[half:2 * half], "the first and the second half of the batch"),
                                    (z[:-1], z[1:], "each image and the next")):
            correlation = torch.corrcoef(torch.stack([first.flatten(), second.flatten()]))[0, 1].item()
            expect(abs(correlation) < 0.15,
                   f"The codes that vae.generate({n}) decoded are correlated between {what} ({correlation:.2f}): they "
                   "are not independent draws (codes mirrored as z and -z, antithetic pairs, or one draw reused). Each "
                   "image's code is its own: z = torch.randn(n, self.latent_dim), decoded as it is.")
    # Sampling during training (a loop that shows samples every epoch) leaves the model trainable.
    frozen = [name for name, _, requires_grad in remote.inspect(vae, "parameters") if not requires_grad]
    expect(not frozen,
           f"After vae.generate, these parameters no longer require gradients: {frozen}. generate froze the model "
           "for good (self.requires_grad_(False), or p.requires_grad = False): a training loop that shows samples "
           "would stop learning. The @torch.no_grad() decorator already records no gradients for generate's call only.")
    # ... and as it was: the same tensors, of the same dtypes, on the same devices (Module.double(), .float(), .to()
    # convert the module itself, they return no copy: a float64 decoder fails the next float32 forward).
    changed = _changed_state(initial, remote.inspect(vae, "state"))
    expect(not changed,
           f"After vae.generate, the model's own tensors are not as they were: {'; '.join(changed[:3])}. generate "
           "converted or changed the model's modules in place (self.decoder.double(), .float(), .half() or .to(...) "
           "convert the module itself and return it, not a copy), so the training or evaluation that follows runs a "
           "changed model, or fails on float32 inputs. Leave the modules as they are: decode z = torch.randn(n, "
           "self.latent_dim) with self.decoder as it is.")
    # A confident decoder's probabilities as sigmoid gives them, near 0 and 1 to far below 1e-5 (a clamp to
    # [1e-4, 1 - 1e-4] caps its log-odds of hundreds at +-9.2).
    bright = loud.generate(50)
    expect(type(bright) is torch.Tensor and bool((bright < 1e-5).any()) and bool((bright > 1 - 1e-5).any()),
           "For a decoder whose logits reach hundreds, generate returned no probability below 1e-5 or above 1 - 1e-5 "
           f"(the smallest is {bright.min().item() if type(bright) is torch.Tensor else bright:.2g}): it clamps them "
           "away from 0 and 1. Return torch.sigmoid(logits) as it is: a confident decoder's pixels are 0 and 1 to "
           "float precision.")
    # The size of z is self.latent_dim, not read from the decoder's weights: a decoder is any module mapping z to
    # logits, and its first parameter may be its own (here an offset of the logits, of shape (1, 1, 28, 28)).
    offset = VAE(encoder, given.offset_first_decoder(decoder=decoder), latent_dim=d)
    try:
        images = offset.generate(k)
    except Exception as error:  # noqa: BLE001 (the student's error, whatever it is, is the message)
        images = f"{type(error).__name__}: {error}"
    expect(type(images) is torch.Tensor and tuple(images.shape) == (k, 1, 28, 28),
           f"For a decoder whose first parameter is an offset of the logits (shape (1, 1, 28, 28)), vae.generate({k}) "
           f"gave {images if type(images) is str else tuple(images.shape) if type(images) is torch.Tensor else images}"
           ": the size of the codes was read from the decoder's first parameter (next(self.decoder.parameters())"
           ".shape[1]). A decoder is any module mapping z to logits: draw z = torch.randn(n, self.latent_dim).")

    def codes_of(count):
        images = vae.generate(count)
        expect_tensor(images, f"vae.generate({count})", shape=(count, 1, 28, 28))
        p = images.detach().double().clamp(1e-12, 1 - 1e-12)
        return _codes(decoder, torch.log(p / (1 - p)).float(), f"the logits of vae.generate({count})",
                      "generate must return the probabilities sigmoid(decoder(z)) themselves for z ~ N(0, I).")

    # The latent dimensions of one code are independent draws: not one number repeated over them.
    z = codes_of(500)
    correlation = torch.corrcoef(z.T)[0, 1].item()
    expect(abs(correlation) < 0.3,
           f"The latent dimensions 0 and 1 of the codes vae.generate(500) decoded are correlated ({correlation:.2f}): "
           "one number was drawn per image and repeated over the dimensions (torch.randn(n, 1).repeat(...)). Each "
           "dimension is its own draw: z = torch.randn(n, self.latent_dim).")
    # Two codes of generate(2) are two independent draws, not centred on their batch mean (z - z.mean(0) makes
    # the second the mirror of the first).
    mirrored = [bool(torch.allclose(z[0], -z[1], atol=1e-3)) for z in (codes_of(2) for _ in range(3))]
    expect(not all(mirrored),
           "The two codes of vae.generate(2) are each other's negatives, every time: the codes were centred on their "
           "batch mean (z - z.mean(dim=0)), so they are not draws of N(0, I). Decode z = torch.randn(n, "
           "self.latent_dim) as it is.")
    # generate continues the caller's random stream, it does not restart it: after torch.manual_seed(v) and
    # generate(k), the caller's next draws are not those of torch.manual_seed(v + k) (runs seeded 0, 1, 2... of a
    # study would then share their random numbers).
    random, k = remote.make(vae, "global_random"), draw_sizes(generator, 1, 2, 9)[0]
    value = draw_sizes(generator, 1, 0, 10 ** 6)[0]
    random.seed(value)
    vae.generate(k)
    after = random.draw(6)
    restarted = torch.Generator().manual_seed(value + k)  # the stream of seed value + k, after generate's draw
    torch.randn(k, d, generator=restarted)
    expect(not torch.equal(after, torch.rand(6, generator=restarted)),
           f"After torch.manual_seed({value}) and vae.generate({k}), the caller's next random numbers are those of "
           f"torch.manual_seed({value + k}): generate reseeds torch's global random state (a torch.manual_seed inside "
           "it), so runs with nearby seeds share their random numbers and the caller's stream is reset. Draw z = "
           "torch.randn(n, self.latent_dim) from the global random state as it is, with no seed inside generate.")
    # One image at a time (generate(1), 150 times): the codes still have variance 1, whatever n.
    z = torch.cat([codes_of(1) for _ in range(150)])
    spread = z.std().item()
    expect(0.8 < spread < 1.25,
           f"The codes of vae.generate(1), called 150 times, have a standard deviation of {spread:.2f}, expected 1: "
           "the codes were scaled by a factor that depends on n (such as 1 + 1 / n). Draw z ~ N(0, I) for every n: "
           "z = torch.randn(n, self.latent_dim), with no scale.")
    passed("generate returns (n, 1, 28, 28) probabilities sigmoid(decoder(z)) for z ~ N(0, I)")


def autoencoder(AutoEncoder, seed=23):
    """Check AutoEncoder: encode gives z = mu, forward gives logits, both deterministic even in training mode, and
    neither changes the mode."""
    generator = torch.Generator().manual_seed(seed)
    B, d = draw_sizes(generator, 1, 3, 8)[0], draw_sizes(generator, 1, 2, 6)[0]
    weights = draw_sizes(generator, 1, 0, 2 ** 30)[0]
    encoder = given.network(kind="DenseEncoder", latent_dim=d, hidden=(32,), seed=weights)
    decoder = given.network(kind="DenseDecoder", latent_dim=d, hidden=(32,), seed=weights + 1)
    ae = AutoEncoder(encoder, decoder, latent_dim=d)
    ae.train()
    x = torch.rand(B, 1, 28, 28, generator=generator)
    kept = ("{} left the autoencoder in evaluation mode, or a part of it (self.eval() or self.encoder.eval() inside "
            "it): the mode is the caller's to set, with model.train() or model.eval(); a method that switches it makes "
            "training go on in evaluation mode.")
    z = ae.encode(x)
    expect(all(modes(ae)), kept.format("ae.encode(x)"))
    logits = ae(x)
    expect(all(modes(ae)), kept.format("ae(x)"))
    expect_tensor(z, "ae.encode(x)", shape=(B, d))
    expect_tensor(logits, "ae(x)", shape=(B, 1, 28, 28))
    # One latent unit: the code keeps its two dimensions, (B, 1).
    single = AutoEncoder(given.network(kind="DenseEncoder", latent_dim=1, hidden=(32,), seed=weights + 2),
                         given.network(kind="DenseDecoder", latent_dim=1, hidden=(32,), seed=weights + 3), latent_dim=1)
    expect_tensor(single.encode(x), "ae.encode(x) with latent_dim = 1 (a code of one unit is still (B, 1): no "
                  "squeeze)", shape=(B, 1))
    expect_tensor(ae.encode(x[:1]), "ae.encode(x) for a batch of one image", shape=(1, d))
    expect(torch.equal(ae.encode(x), z) and torch.equal(ae(x), logits),
           "Two passes in training mode gave different outputs: a plain autoencoder is deterministic, "
           "z = mu, no sampling and no noise.")
    mu = encoder(x)[0].detach()
    expect_close(z.detach(), mu, "ae.encode(x)",
                 "The code of the plain autoencoder is the encoder's mean: mu, _ = self.encoder(x) (no noise).")
    expect_close(logits.detach(), decoder(mu).detach(), "ae(x)", "forward must return decoder(mu), the logits as the "
                 "decoder returns them (no sigmoid).")
    image = x.clone().requires_grad_()
    output = ae(image)
    if output.requires_grad:
        output.sum().backward()
    expect(image.grad is not None and bool(image.grad.abs().sum() > 0),
           "No gradient goes from ae(x) back through the encoder: the code must stay attached (no .detach(), .data or "
           "torch.no_grad() in encode), or only the decoder would learn.")
    image = x.clone().requires_grad_()
    code = ae.encode(image)
    if code.requires_grad:
        code.sum().backward()
    expect(image.grad is not None and bool(image.grad.abs().sum() > 0),
           "ae.encode(x) returns a code with no gradient back through the encoder (torch.no_grad(), .detach() or .data "
           "in encode): a loss on the code, as the classifier head's of this notebook, could not shape it.")
    ae.eval()
    expect_close(ae(x).detach(), logits.detach(), "ae(x) in evaluation mode",
                 "The autoencoder must give the same output in both modes.")
    # Codes far from 0 (an autoencoder's are not held near 0 by a KL): the code and the logits as they are.
    far = 100 * x
    mu = encoder(far)[0].detach()
    expect_close(ae.encode(far).detach(), mu, f"ae.encode(x) for codes up to {mu.abs().max():.0f} in size",
                 "The code is the encoder's mean as it is, however large: no clamp, tanh or normalisation.", atol=1e-3)
    expect_close(ae(far).detach(), decoder(mu).detach(), f"ae(x) for codes up to {mu.abs().max():.0f} in size",
                 "forward must return decoder(mu) with the code as it is, however large: no clamp, tanh or "
                 "normalisation of the code (an autoencoder's codes are not held near 0 by a KL).", atol=1e-3)
    # Evaluation mode is not torch.no_grad(): the caller decides about gradients (a saliency map needs them).
    image = x.clone().requires_grad_()
    output = ae(image)
    if type(output) is torch.Tensor and output.requires_grad:
        output.sum().backward()
    expect(image.grad is not None and bool(image.grad.abs().sum() > 0),
           "In evaluation mode ae(x) carries no gradient back to the images: the mode (model.eval()) and the gradient "
           "mode (torch.no_grad()) are independent; do not switch gradients off in forward or encode.")
    # ...and for images that need no gradient (a batch of data, as always): the weights still get theirs.
    ae.zero_grad()
    output = ae(x)
    if type(output) is torch.Tensor and output.requires_grad:
        output.sum().backward()
    missing = [name for name in without_gradient(ae) if "logvar" not in name]  # an autoencoder reads mu only
    expect(type(output) is torch.Tensor and output.requires_grad and not missing,
           "In evaluation mode ae(x), for images that require no gradient (data, as always), carries no gradient to "
           f"{', '.join(missing[:3]) or 'the weights'}: forward switches gradients off when not training and the input "
           "needs none (torch.no_grad() under a condition). Whether to record gradients is the caller's choice: "
           "compute forward the same way whatever the mode and the input.")
    ae.zero_grad()
    # forward computes from the weights as they are: the same input tensor after a training step (weights changed in
    # place) gives new logits, not the ones kept from the call before.
    before, after = outputs_around_a_step(ae, x)
    expect(type(before) is torch.Tensor and type(after) is torch.Tensor
           and not torch.allclose(before.detach(), after.detach()),
           "ae(x), the weights changed in place (as an optimizer's step changes them), then ae(x) again for the same "
           "tensor x gave the same logits: forward returned a result kept from before (a cache keyed by the input). "
           "Compute self.decoder(self.encode(x)) on every call: the weights change between two calls.")
    # Inside torch.no_grad() (encode_means, a plot) the code records no graph: whether it does is the caller's choice.
    code = remote.make(ae, "without_gradients", function=ae.encode)(x)
    expect(type(code) is not torch.Tensor or not code.requires_grad,
           "ae.encode(x) called inside torch.no_grad() returned a code that requires gradients: encode makes it "
           "require them (requires_grad_()) where the caller switched gradients off (or froze the encoder). Return "
           "mu as the encoder gives it: it carries a gradient exactly when the caller records one.")
    # The encoder is any module that maps x to (mu, logvar) (notebook 02 allows one joint head): encode calls it, as
    # a whole, and does not reach into its layers (a mu_head it may not have, hooks and overrides it would skip).
    joint = given.joint_head_encoder(latent_dim=d, width=16, seed=weights + 4)
    other = AutoEncoder(joint, decoder, latent_dim=d)
    try:
        code = other.encode(x)
    except Exception as error:  # noqa: BLE001 (the student's error, whatever it is, is the message)
        code = f"{type(error).__name__}: {error}"
    expect(type(code) is torch.Tensor and tuple(code.shape) == (B, d)
           and torch.allclose(code.detach(), joint(x)[0].detach(), atol=1e-5, rtol=1e-4),
           "For an encoder with one joint head (Linear(width, 2 * latent_dim), split into mu and logvar: no mu_head), "
           f"ae.encode(x) gave {code if type(code) is str else 'another code than its mu'}: encode reads the encoder's "
           "layers itself (self.encoder.body, self.encoder.mu_head) instead of calling it. The encoder is any module "
           "that maps x to (mu, logvar): mu, _ = self.encoder(x).")
    # A NaN in an image (a broken input) makes its code and its logits NaN: the bug shows, it is not replaced.
    broken = x.clone()
    broken[0, 0, 14, 14] = float("nan")
    code, out = ae.encode(broken), ae(broken)
    expect(type(code) is not torch.Tensor or tuple(code.shape) != (B, d) or not bool(torch.isfinite(code[0]).all()),
           "For an image with a NaN pixel, ae.encode(x) returned a finite code: the encoder's NaN was replaced "
           "(torch.nan_to_num or the like). Return mu as the encoder gives it: a NaN means a broken input or a "
           "diverging network, which a replaced code hides.")
    expect(type(out) is not torch.Tensor or tuple(out.shape) != (B, 1, 28, 28) or not bool(torch.isfinite(out[0]).all()),
           "For an image with a NaN pixel, ae(x) returned finite logits: the NaN was replaced. Return the decoder's "
           "logits of the code as they are.")
    # Logits in the thousands (inputs scaled by 10,000): the decoder's as they are, no clamp (to 1e-3 of the largest
    # logit: float32 rounding of hidden values that large). New networks: ae's weights were shifted above.
    encoder = given.network(kind="DenseEncoder", latent_dim=d, hidden=(32,), seed=weights + 5)
    decoder = given.network(kind="DenseDecoder", latent_dim=d, hidden=(32,), seed=weights + 6)
    huge = 10_000 * x
    wanted = decoder(encoder(huge)[0]).detach()
    expect_close(AutoEncoder(encoder, decoder, latent_dim=d)(huge).detach(), wanted,
                 f"ae(x) for logits up to {wanted.abs().max():.0f} in size",
                 "forward must return the decoder's logits as they are, however large: no clamp or squashing of the "
                 "logits (the loss takes any logit, and a clamp stops its gradient).",
                 atol=1e-3 * wanted.abs().max().item())
    # A deterministic autoencoder draws nothing, in either mode: the caller's random numbers (the next epoch's
    # shuffle, a VAE's noise) are its own. Noise times 0 gives the same logits but moves torch's random stream on.
    for training in (True, False):
        ae.train(training)
        expect_draws_nothing(AutoEncoder, lambda: (ae.encode(x), ae(x)), draw_sizes(generator, 1, 0, 10 ** 6)[0],
                             f"In {'training' if training else 'evaluation'} mode ae(x) or ae.encode(x) drew random "
                             "numbers from torch's global random state (noise multiplied by 0, such as "
                             "z + 0 * torch.randn_like(z), or a sample thrown away): the logits are the same, but "
                             "every draw after it (the next minibatch shuffle, a VAE's noise) changes. A plain "
                             "autoencoder draws nothing: return self.decoder(self.encode(x)).")
    # A batch of one image: its code carries a gradient back through the encoder too (every batch size trains alike).
    image = x[:1].clone().requires_grad_()
    code = ae.encode(image)
    if type(code) is torch.Tensor and code.requires_grad:
        code.sum().backward()
    expect(image.grad is not None and bool(image.grad.abs().sum() > 0),
           "For a batch of one image, ae.encode(x) returns a code with no gradient back through the encoder (a "
           ".detach() or torch.no_grad() for single images): encode computes the same way for every batch size. "
           "Return mu as the encoder gives it: mu, _ = self.encoder(x).")
    # encode computes from the weights as they are: the same input tensor after a training step (weights changed in
    # place) gives a new code, not the one kept from the call before.
    kept = remote.make(ae, "tensor", values=x)
    before = ae.encode(kept)
    remote.make(ae, "shifted_weights", model=ae, amount=0.1)
    after = ae.encode(kept)
    expect(type(before) is not torch.Tensor or type(after) is not torch.Tensor
           or not torch.allclose(before.detach(), after.detach()),
           "ae.encode(x), the weights changed in place (as an optimizer's step changes them), then ae.encode(x) again "
           "for the same tensor x gave the same code: encode returned a code kept from before (a cache keyed by the "
           "input, such as `if x is self._last_x`). Compute mu, _ = self.encoder(x) on every call: the weights change "
           "between two calls.")
    # A one-dimensional code (latent_dim = 1) is mu too, as for any latent_dim.
    weights = draw_sizes(generator, 1, 0, 2 ** 30)[0]
    encoder = given.network(kind="DenseEncoder", latent_dim=1, hidden=(32,), seed=weights + 7)
    one = AutoEncoder(encoder, given.network(kind="DenseDecoder", latent_dim=1, hidden=(32,), seed=weights + 8),
                      latent_dim=1)
    code = one.encode(x)
    expect_tensor(code, "ae.encode(x) for latent_dim = 1", shape=(len(x), 1))
    expect_close(code.detach(), encoder(x)[0].detach(), "ae.encode(x) for latent_dim = 1",
                 "For latent_dim = 1 encode did not return mu (the first output of the encoder): return mu for any "
                 "latent_dim, never logvar: mu, _ = self.encoder(x).")
    # float64 networks give float64 codes to float64 precision (not rounded through float32 on the way).
    wide = AutoEncoder(given.network(kind="DenseEncoder", latent_dim=d, hidden=(32,), seed=weights + 9),
                       given.network(kind="DenseDecoder", latent_dim=d, hidden=(32,), seed=weights + 10),
                       latent_dim=d).double()
    try:
        code, wanted = wide.encode(x.double()), wide.encoder(x.double())[0].detach()
    except Exception:  # noqa: BLE001 (an encode that fails in float64 is charged by expect_float64_kept below)
        code = wanted = None
    expect(code is None or type(code) is torch.Tensor and code.dtype == torch.float64
           and bool(torch.allclose(code.detach(), wanted, rtol=1e-12, atol=1e-14)),
           "For float64 networks ae.encode(x) does not return the encoder's float64 mu to float64 precision (it went "
           "through float32 on the way, e.g. mu.to(torch.float32)): return mu as the encoder gives it, in its dtype.")
    ae.train()
    ae.encode(x)
    ae(x)
    expect_deep_copies(ae, "ae.encode(x) and ae(x) in training mode", "self.last_code = mu", "encode or forward")
    expect_float64_kept(ae, x, "the autoencoder")  # last: it converts the autoencoder to float64
    passed("the autoencoder encodes to (B, latent_dim), decodes to logits, and is deterministic")


def ae_classifier_forward(AEClassifier, seed=24):
    """Check AEClassifier.forward: (logits, class_logits), both computed from the code z = mu, and gradients from
    both reach the encoder (the cross-entropy must shape the code).

    It is given a correct plain autoencoder, so that this check does not depend on your AutoEncoder.
    Also: the default arguments of the statement's signature.
    """
    expect_defaults(AEClassifier, "AEClassifier")
    generator = torch.Generator().manual_seed(seed)
    B, d = draw_sizes(generator, 1, 3, 8)[0], draw_sizes(generator, 1, 2, 6)[0]
    ae = given.autoencoder(latent_dim=d, hidden=(32,), seed=draw_sizes(generator, 1, 0, 2 ** 30)[0])
    model = AEClassifier(ae)
    model.train()
    x = torch.rand(B, 1, 28, 28, generator=generator)
    out = model(x)
    expect(type(out) is tuple and len(out) == 2, "AEClassifier.forward must return a tuple (logits, class_logits).")
    logits, class_logits = out
    expect_tensor(logits, "logits", shape=(B, 1, 28, 28))
    expect_tensor(class_logits, "class_logits", shape=(B, 10))
    mu = ae.encode(x).detach()
    expect_close(class_logits.detach(), model.head(mu).detach(), "class_logits",
                 "class_logits must be self.head(z) for the code z = mu: no sampling, and raw logits (no softmax).")
    expect_close(logits.detach(), ae.decoder(mu).detach(), "logits",
                 "The logits must be the decoder's output for z = mu (no sigmoid).")
    # Each loss term must reach the encoder: the decoder and the head see the images only through the code z,
    # so a gradient reaches the images iff it went through the encoder.
    for index, (name, term) in enumerate((("logits", "reconstruction"), ("class_logits", "cross-entropy"))):
        x_grad = x.clone().requires_grad_()
        output = model(x_grad)[index]
        if output.requires_grad:
            output.sum().backward()
        expect(x_grad.grad is not None and bool(x_grad.grad.abs().sum() > 0),
               f"No gradient flows from {name} back to the encoder, so the {term} cannot shape the code: do not "
               f".detach() z (or compute it under torch.no_grad()) before the {'decoder' if index == 0 else 'head'}.")
    expect_deep_copies(model, "model(x) in training mode", "self.last_z = z", "forward")
    # A batch of one image keeps its batch dimension: (1, n_classes), as F.cross_entropy expects.
    out = model(x[:1])
    expect(type(out) is tuple and len(out) == 2, "AEClassifier.forward must return a tuple (logits, class_logits).")
    expect_tensor(out[1], "class_logits for a batch of one image (keep the batch dimension: no squeeze())",
                  shape=(1, 10))
    expect_tensor(out[0], "logits for a batch of one image (keep the batch dimension: no squeeze())",
                  shape=(1, 1, 28, 28))
    # forward changes no parameter, in either mode: evaluating the classifier leaves its head (and all) as trained;
    # nor any module's mode, which is the caller's (a dropout or batch-norm autoencoder trains in training mode).
    for training in (True, False):
        model.train(training)
        before = remote.inspect(model, "state")
        model(x)
        after = remote.inspect(model, "state")
        changed = sorted(name for name in before if name not in after or not torch.equal(before[name], after[name]))
        expect(not changed,
               f"AEClassifier.forward in {'training' if training else 'evaluation'} mode changed {changed}: forward "
               "must not change the model's parameters (no .data.zero_(), no re-initialisation of the head): only the "
               "optimizer's step changes them, and evaluating a trained classifier must leave it as trained.")
        switched = sum(mode is not training for mode in modes(model))
        mode, other = ("training", "evaluation") if training else ("evaluation", "training")
        expect(not switched,
               f"After AEClassifier.forward in {mode} mode (model.{'train' if training else 'eval'}()), {switched} "
               f"of its modules (the model, its autoencoder, their networks or layers) are in {other} mode: forward "
               f"switched them (self.autoencoder.{'eval' if training else 'train'}() or the like), and training goes "
               "on in the wrong mode (dropout and batch-norm layers behave by it). The mode is the caller's to set: "
               "leave it as it is (the code z = mu of a plain autoencoder is deterministic in both modes).")
    passed("AEClassifier returns (logits, class_logits), with class_logits = head(mu), and both reach the encoder")


from vaecourse.checks import guard_torch_settings  # noqa: E402 (last: it wraps every check above)

guard_torch_settings(globals())
