"""The checks of notebook 05 (training a VAE).

Each check takes the student's functions (or trained objects) and a `seed` for its inputs: the notebook's
check cells use the default, grading uses a secret one (vaecourse.remote). The models, optimisers,
generators and images the student's code works on are given objects (vaecourse.checks.given) made on the
student's side, so that the student's code trains them in place; the checks read the weights back and
judge them with the course's own code, never with a loss the student's code reports about itself.

The checks of `train` run it with the course's own iterate_minibatches, train_step and evaluate in place of
the student's (remote.watching): a mistake in one of those is charged by its own check, not again by train's.
"""

import math

import torch

from vaecourse import remote, training
from vaecourse.checks import (draw_sizes, expect, expect_close, expect_defaults, expect_follows_global_random,
                              expect_grads_kept, expect_inputs_kept, expect_tensor, fails_own_check,
                              expect_every_mode, given, identity, modes, passed, same_state)
from vaecourse.models import dense_vae, negative_elbo
from vaecourse.runtime import fast_mode

HISTORY_KEYS = training.HISTORY_KEYS
TERMS = ("total", "reconstruction", "kl")


def _draw(generator, low, high) -> int:
    return draw_sizes(generator, 1, low, high)[0]


def _not_a_multiple(n, batch_size) -> int:
    """n, or n + 1 when batch_size divides n: the last batch is then smaller, as the checks want."""
    return n + 1 if n % batch_size == 0 else n


def _weights_seed(generator) -> int:
    return _draw(generator, 0, 2 ** 30)


def _local_copy(state, latent_dim, hidden):
    """A dense_vae here, with the weights read from the student's side."""
    model = dense_vae(latent_dim=latent_dim, hidden=tuple(hidden))
    model.load_state_dict(state)
    return model


# ---------------------------------------------------------------- iterate_minibatches

def _batches(iterate_minibatches, images, batch_size, generator, what, dtype=torch.float32):
    """The batches of one pass, read from the student's side (a generator stays there: its items are read);
    dtype: the images' (None: not checked here)."""
    result = iterate_minibatches(images, batch_size, generator)
    try:
        batches = remote.inspect(result, "items", len(images) + 1)
    except TypeError as error:
        if "iterable" not in str(error):
            raise
        raise AssertionError(f"{what} returned a {type(result).__name__}, which cannot be iterated over: `yield` the "
                             "batches, one by one.") from None
    for batch in batches:  # rows of the caller's images as they are, in their dtype
        expect_tensor(batch, f"a batch of {what}", shape=(None, 1, 28, 28), dtype=dtype)
    return batches


def _order(batches):
    """Which images the batches hold, in order (image i is filled with the value i)."""
    return torch.cat([batch[:, 0, 0, 0] for batch in batches]).long() if batches else torch.zeros(0, dtype=torch.long)


def _expect_batch_sizes(iterate_minibatches, generator, n, batch_size, sizes, why):
    """The batches of N numbered images, after checking that their sizes are `sizes` (else the error says why)."""
    batches = _batches(iterate_minibatches, given.numbered_images(n=n), batch_size,
                       remote.make(iterate_minibatches, "generator", seed=_draw(generator, 0, 10 ** 6)),
                       f"iterate_minibatches(images, {batch_size}, generator)")
    expect([len(batch) for batch in batches] == sizes,
           f"With N = {n} and batch_size = {batch_size} the batch sizes must be {sizes}, not "
           f"{[len(batch) for batch in batches]}: {why}")
    return batches


def iterate_minibatches(iterate_minibatches, seed=51):
    """Check iterate_minibatches: batch sizes (when batch_size divides N and when it does not), every image exactly
    once, shuffled with the generator."""
    generator = torch.Generator().manual_seed(seed)
    batch_size = _draw(generator, 3, 5)
    n = _not_a_multiple(_draw(generator, 2 * batch_size + 1, 4 * batch_size), batch_size)
    sizes = [batch_size] * (n // batch_size) + [n % batch_size]
    images = given.numbered_images(n=n)
    what = f"iterate_minibatches(images, {batch_size}, generator)"
    batches = _batches(iterate_minibatches, images, batch_size,
                       remote.make(iterate_minibatches, "generator", seed=_draw(generator, 0, 10 ** 6)), what)
    expect([len(batch) for batch in batches] == sizes,
           f"With N = {n} and batch_size = {batch_size} the batch sizes must be {sizes}, not "
           f"{[len(batch) for batch in batches]}: keep the last, smaller batch, so that every image is used.")
    seen = _order(batches)
    expect(sorted(seen.tolist()) == list(range(n)),
           f"Every image must appear exactly once per pass; the images seen were {seen.tolist()}.")
    # A last batch of one image: ceil(N / B) pieces of equal size (torch.chunk, tensor_split) are smaller than B.
    batch_size = _draw(generator, 4, 8)
    n = 2 * batch_size + 1
    _expect_batch_sizes(iterate_minibatches, generator, n, batch_size, [batch_size, batch_size, 1],
                        "every batch but the last holds exactly batch_size images (pieces of equal size, as torch.chunk "
                        "or tensor_split make, are not that).")
    # A larger set: the order itself.
    batch_size = _draw(generator, 20, 40)
    n = _not_a_multiple(_draw(generator, 80, 130), batch_size)
    images = given.numbered_images(n=n)
    what = f"iterate_minibatches(images, {batch_size}, generator)"

    def one_pass(generator_seed):
        kernels = remote.make(iterate_minibatches, "generator", seed=generator_seed)
        return _order(_batches(iterate_minibatches, images, batch_size, kernels, what))

    first_seed, second_seed = _draw(generator, 0, 10 ** 6), _draw(generator, 0, 10 ** 6)
    order = one_pass(first_seed)
    expect(sorted(order.tolist()) == list(range(n)),
           f"Every image must appear exactly once per pass (N = {n}, batch_size = {batch_size}).")
    expect(not torch.equal(order, torch.arange(n)),
           "The images come out in their original order: shuffle them, with torch.randperm(N, generator=generator).")
    # The global random state moves on between the passes: only the generator can make them equal.
    expect(torch.equal(one_pass(second_seed), one_pass(second_seed)),
           "Two generators with the same seed gave different batches: draw the order with "
           "torch.randperm(N, generator=generator), not from the global random state.")
    expect(torch.equal(one_pass(second_seed), torch.randperm(n, generator=torch.Generator().manual_seed(second_seed))),
           "The order is not torch.randperm(N, generator=generator): use exactly that permutation.")
    kernels = remote.make(iterate_minibatches, "generator", seed=second_seed)
    first = _order(_batches(iterate_minibatches, images, batch_size, kernels, what))
    second = _order(_batches(iterate_minibatches, images, batch_size, kernels, what))
    expect(not torch.equal(first, second), "Two passes with the same generator must give two different orders.")
    # batch_size divides N: full batches only, no empty one at the end.
    batch_size = _draw(generator, 3, 6)
    count = _draw(generator, 2, 5)
    n = batch_size * count
    what = f"iterate_minibatches(images, {batch_size}, generator)"
    batches = _batches(iterate_minibatches, given.numbered_images(n=n), batch_size,
                       remote.make(iterate_minibatches, "generator", seed=_draw(generator, 0, 10 ** 6)), what)
    expect([len(batch) for batch in batches] == [batch_size] * count,
           f"With N = {n} and batch_size = {batch_size} (which divides N) there must be {count} batches of "
           f"{batch_size}, not {[len(batch) for batch in batches]}: no empty batch at the end. Count the batches as "
           "ceil(N / batch_size), or step through range(0, N, batch_size).")
    # The caller's tensor stays as it was (in the kernel, where an in-place shuffle would happen): its labels
    # elsewhere must still match it
    n = _draw(generator, 10, 30)
    images = remote.make(iterate_minibatches, "numbered_images", n=n)
    remote.inspect(iterate_minibatches(images, _draw(generator, 3, 6),
                                       remote.make(iterate_minibatches, "generator", seed=_draw(generator, 0, 10 ** 6))),
                   "items", n + 1)
    expect(torch.equal(remote.fetch(images), given.numbered_images(n=n)),
           "iterate_minibatches changed the images it was given (shuffled them in place): the caller's tensor must stay "
           "as it was, or its labels no longer match it. Index it with the permutation, images[order[start:end]], "
           "which makes new tensors.")
    # Float64 images: the batches are the images themselves, rows of the caller's tensor, in its dtype.
    n, batch_size = _draw(generator, 7, 12), _draw(generator, 2, 4)
    images = given.numbered_images(n=n).double()
    shuffle = _draw(generator, 0, 10 ** 6)
    order = torch.randperm(n, generator=torch.Generator().manual_seed(shuffle))
    batches = _batches(iterate_minibatches, images, batch_size, remote.make(iterate_minibatches, "generator", seed=shuffle),
                       f"iterate_minibatches(float64 images, {batch_size}, generator)", dtype=None)
    expect(all(type(batch) is torch.Tensor and batch.dtype == torch.float64 for batch in batches)
           and torch.equal(torch.cat(batches), images[order]),
           "For float64 images the batches are not the images' rows as they are (dtype "
           f"{sorted({str(getattr(batch, 'dtype', type(batch).__name__)) for batch in batches})}): yield "
           "images[order[start:start + batch_size]], with no .float() or other conversion.")
    # A batch size of N or more: one batch, shuffled all the same (the generator moves on, as every pass moves it).
    n = _draw(generator, 5, 12)
    shuffle = _draw(generator, 0, 10 ** 6)
    batches = _batches(iterate_minibatches, given.numbered_images(n=n), n + _draw(generator, 0, 3),
                       remote.make(iterate_minibatches, "generator", seed=shuffle), f"iterate_minibatches(images, "
                       f"batch_size >= N = {n}, generator)")
    expect(torch.equal(_order(batches), torch.randperm(n, generator=torch.Generator().manual_seed(shuffle))),
           f"With batch_size >= N = {n}, the one batch must still be the images in the order of "
           "torch.randperm(N, generator=generator): no shortcut that yields the images unshuffled (and leaves the "
           "generator where it was, so that every later pass changes).")
    expect([len(batch) for batch in batches] == [n],
           f"With batch_size >= N = {n}, there must be one batch of all {n} images, not batches of "
           f"{[len(batch) for batch in batches]}: batch_size is the caller's, use it as it is (no min(batch_size, "
           "N // 2) or other change; ceil(N / batch_size) = 1 batch).")
    # A set that holds the same image twice (a data set may): each row is an image of its own, used once per pass.
    n = _draw(generator, 8, 14)
    labels = torch.randint(0, n // 2, (n,), generator=generator)
    shuffle = _draw(generator, 1, 10 ** 6)
    batches = _batches(iterate_minibatches, given.numbered_images(n=n)[labels], _draw(generator, 2, 4),
                       remote.make(iterate_minibatches, "generator", seed=shuffle),
                       "iterate_minibatches(images with repeated rows, batch_size, generator)")
    seen = _order(batches)
    expect(len(seen) == n and torch.equal(seen, labels[torch.randperm(n, generator=torch.Generator().manual_seed(shuffle))]),
           f"For {n} images of which some are equal (the same image twice), the batches held {len(seen)} images, "
           f"{seen.tolist()}: every row of the caller's tensor is used once per pass, {n} in all, equal or not. Shuffle "
           "the row indices, torch.randperm(N, generator=generator), and drop nothing (no torch.unique).")
    # A generator seeded with 0 is a generator like any other.
    n = _draw(generator, 10, 20)
    batches = _batches(iterate_minibatches, given.numbered_images(n=n), _draw(generator, 3, 6),
                       remote.make(iterate_minibatches, "generator", seed=0),
                       "iterate_minibatches(images, batch_size, generator seeded with 0)")
    expect(torch.equal(_order(batches), torch.randperm(n, generator=torch.Generator().manual_seed(0))),
           "With a generator seeded with 0 (torch.Generator().manual_seed(0)), the order is not torch.randperm(N, "
           "generator=generator): use the generator whatever its seed. 0 is a seed like any other: no test of "
           "generator.initial_seed(), no fall-back to the global random state.")
    # Two passes in turn, the first's batches kept while the second runs (a list of an epoch's batches): a pass
    # must not hand out views of a buffer that the next pass refills.
    n, batch_size = _draw(generator, 10, 20), _draw(generator, 3, 6)
    images = given.numbered_images(n=n)
    seeds = [_draw(generator, 1, 10 ** 6) for _ in range(2)]
    kept, _ = remote.make(iterate_minibatches, "called_in_turn", function=iterate_minibatches, listed=True)(
        [images, batch_size, remote.make(iterate_minibatches, "generator", seed=seeds[0])],
        [images, batch_size, remote.make(iterate_minibatches, "generator", seed=seeds[1])])
    expect(type(kept) is list and all(type(batch) is torch.Tensor for batch in kept)
           and torch.equal(_order(kept), torch.randperm(n, generator=torch.Generator().manual_seed(seeds[0]))),
           "The batches of a pass changed when iterate_minibatches was called again: they are views of a buffer kept "
           "between calls (a module-level tensor, index_select(..., out=...)) that the next pass refills. Make new "
           "tensors in every pass: images[order[start:start + batch_size]].")
    # Values of real images (not multiples of 1/255, nor numbers float16 holds): the batches hold them exactly.
    n, batch_size = _draw(generator, 6, 10), _draw(generator, 2, 4)
    images = torch.rand(n, 1, 28, 28, generator=generator)
    shuffle = _draw(generator, 1, 10 ** 6)
    batches = _batches(iterate_minibatches, images, batch_size, remote.make(iterate_minibatches, "generator", seed=shuffle),
                       f"iterate_minibatches(images, {batch_size}, generator)")
    expect(torch.equal(torch.cat(batches), images[torch.randperm(n, generator=torch.Generator().manual_seed(shuffle))]),
           "The batches do not hold the images' values exactly (values such as 0.123456 came back rounded): yield the "
           "images' rows as they are, images[order[start:start + batch_size]], with no .half(), .bfloat16() or other "
           "conversion, even one converted back.")
    # A set larger than MNIST's 60,000 training images (made and read in the kernel: only each row's number comes
    # back): every image, however many, is used once per pass.
    batch_size = _draw(generator, 4_000, 9_000)
    n = _not_a_multiple(60_000 + _draw(generator, 300, 3_000), batch_size)
    shuffle = _draw(generator, 1, 10 ** 6)
    batches = remote.make(iterate_minibatches, "first_values_of_batches", function=iterate_minibatches,
                          limit=n // batch_size + 2)(remote.make(iterate_minibatches, "numbered_images", n=n), batch_size,
                                                     remote.make(iterate_minibatches, "generator", seed=shuffle))
    seen = torch.cat(batches).long() if batches and all(type(batch) is torch.Tensor for batch in batches) else None
    expect(seen is not None and torch.equal(seen, torch.randperm(n, generator=torch.Generator().manual_seed(shuffle))),
           f"For a set of N = {n} images (more than MNIST's 60,000) and batch_size = {batch_size}, the batches held "
           + (f"{len(seen)} images" if seen is not None else "something other than tensors") + f", not all {n} in the "
           "order of torch.randperm(N, generator=generator): every image is used once per pass, however many there "
           "are. Step through range(0, len(images), batch_size), with no cap on N (min(len(images), 50_000)) or on the "
           "number of batches.")
    # A last batch much smaller than B (1 or 2 images past whole batches of 12 to 20): a batch of its own all the same.
    batch_size = _draw(generator, 12, 20)
    n = 3 * batch_size + _draw(generator, 1, 2)
    batches = _expect_batch_sizes(iterate_minibatches, generator, n, batch_size, [batch_size] * 3 + [n - 3 * batch_size],
                                  "a small remainder was merged into the batch before it. The last batch holds the N % B "
                                  "remaining images, however few: every batch but the last holds exactly batch_size images.")
    # The batches are data, not parameters: nothing asks for their gradient.
    graded = [batch for batch in batches if batch.requires_grad]
    expect(not graded,
           f"{len(graded)} of the {len(batches)} batches require gradients (requires_grad_()): the images are data, "
           "and a gradient with respect to them costs memory and time at every step for nothing. Yield "
           "images[order[start:start + batch_size]] as it is.")
    # batch_size = 1 (stochastic gradient descent): every batch is one image, of shape (1, 1, 28, 28).
    n = _draw(generator, 3, 6)
    result = iterate_minibatches(given.numbered_images(n=n), 1,
                                 remote.make(iterate_minibatches, "generator", seed=_draw(generator, 0, 10 ** 6)))
    shapes = [tuple(batch.shape) if type(batch) is torch.Tensor else type(batch).__name__
              for batch in remote.inspect(result, "items", n + 1)]
    expect(shapes == [(1, 1, 28, 28)] * n,
           f"With batch_size = 1 and N = {n}, the batches have the shapes {shapes}, not {n} of (1, 1, 28, 28): a batch "
           "of one image was squeezed (.squeeze()). Keep the batch dimension: images[order[start:start + 1]].")
    # Two epochs with one generator (as train passes it): the second pass's order is the generator's next
    # torch.randperm(N), so that a run is the same whatever else draws from the global state, and nothing else is
    # drawn from the caller's generator.
    n, batch_size = _draw(generator, 10, 20), _draw(generator, 3, 6)
    shuffle = _draw(generator, 1, 10 ** 6)
    images, kernels = given.numbered_images(n=n), remote.make(iterate_minibatches, "generator", seed=shuffle)
    what = f"iterate_minibatches(images, {batch_size}, generator)"
    orders = [_order(_batches(iterate_minibatches, images, batch_size, kernels, what)) for _ in range(2)]
    reference = torch.Generator().manual_seed(shuffle)
    wanted = [torch.randperm(n, generator=reference) for _ in range(2)]
    expect(torch.equal(orders[0], wanted[0]) and torch.equal(orders[1], wanted[1]),
           f"Two passes with one generator (two epochs: N = {n}, batch_size = {batch_size}) gave the orders "
           f"{orders[0].tolist()} and {orders[1].tolist()}, but the generator's first two torch.randperm(N, "
           f"generator=generator) are {wanted[0].tolist()} and {wanted[1].tolist()}: the pass draws other numbers from "
           "the caller's generator (torch.rand(..., generator=generator) per batch, a second randperm), which changes "
           "every later epoch's order. Draw one permutation per pass and nothing else from the generator.")
    passed("batches of the right sizes that cover every image exactly once, shuffled by the generator")


# ---------------------------------------------------------------- train_step

def _three_floats(values, what):
    expect(type(values) in (tuple, list) and len(values) == 3 and all(type(value) is float for value in values),
           f"{what} must return a tuple of three Python floats (use .item()): got "
           + (f"{type(values).__name__} of {[type(value).__name__ for value in values]}"
              if type(values) in (tuple, list) else type(values).__name__) + ".")


def _changed_settings(optimizer, reference_optimizer):
    """The optimizer's settings (its param_groups without the parameters, read where it lives) and the sorted names of
    those that differ from its twin's; None in place of the names if the groups themselves differ in number."""
    settings, wanted = remote.inspect(optimizer, "settings"), remote.inspect(reference_optimizer, "settings")
    if len(settings) != len(wanted):
        return settings, None
    return settings, sorted({key for group, expected in zip(settings, wanted) for key in expected
                             if group.get(key) != expected[key]})


def expect_exact_steps(step, model, optimizer, reference, reference_optimizer, forward, x, beta, called="model(x)"):
    """Three calls of `step` (the student's train_step on `model` with `optimizer`, SGD, in the kernel when graded)
    against two SGD steps taken here on `reference`, its twin (the same weights, noise and optimizer): the losses
    returned are those before the update, and each update is exactly one step on the total.
    forward(): the reference's (logits, mu, logvar) on the step's inputs, written `called` in the messages."""
    initial = remote.inspect(model, "state")
    for index in range(2):
        values = step()
        logits, mu, logvar = forward()
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        reference_optimizer.zero_grad()
        total.backward()
        reference_optimizer.step()
        _three_floats(values, "train_step")
        expect(abs(values[1] - reconstruction.item()) < 1e-3 and abs(values[2] - kl.item()) < 1e-3,
               f"The reconstruction and KL returned ({values[1]:.2f}, {values[2]:.2f}) should be "
               f"({reconstruction.item():.2f}, {kl.item():.2f}): the per-image averages that negative_elbo returns for "
               f"{called}, computed before the update (do not sum over the batch or multiply by B). Run the model "
               f"as {called}: its forward samples z its own way, which the step must use.")
        expect(abs(values[0] - total.item()) < 1e-3,
               f"The total returned ({values[0]:.2f}) should be reconstruction + beta * kl = {total.item():.2f} "
               f"(beta = {beta}): pass beta on to negative_elbo.")
        state = remote.inspect(model, "state")
        expect("spare" not in initial or torch.equal(state["spare"], initial["spare"]),
               "A parameter that the model's forward never reads changed in the step: the step added something to the "
               "loss that depends on the weights themselves (weight decay, an L2 penalty). Back-propagate the total "
               "loss (reconstruction + beta * kl) and nothing else.")
        if index == 0:
            expect(not same_state(state, initial),
                   "The parameters did not change: call optimizer.step() after total.backward() "
                   "(and optimizer.zero_grad() before backward, not between backward and step).")
            expect(same_state(state, reference.state_dict()),
                   "One step does not match one SGD step on the total loss (reconstruction + beta * kl) averaged per "
                   "image: back-propagate `total`, once, and call optimizer.step() once.")
        else:
            expect(same_state(state, reference.state_dict()),
                   "The second step differs from the expected one although the first matched: the gradients of the "
                   "two steps were added up. Call optimizer.zero_grad() in every step, before total.backward().")
    # Gradients left in .grad by an earlier backward() (a cell that inspected a loss) must not enter the step.
    remote.make(model, "stale_gradients", model=model, seed=7)
    step()
    logits, mu, logvar = forward()
    reference_optimizer.zero_grad()
    negative_elbo(logits, x, mu, logvar, beta)[0].backward()
    reference_optimizer.step()
    expect(same_state(remote.inspect(model, "state"), reference.state_dict()),
           "A step taken when the parameters' .grad already held gradients (left by an earlier backward(), such as a "
           "cell that inspected a loss) added them to the batch's own: call optimizer.zero_grad() at the start of "
           "every step, before total.backward(). Zeroing after optimizer.step() leaves the first step with whatever "
           ".grad held.")
    # The optimiser's settings are the caller's: a weight decay of 1e-5 moves no weight measurably in three steps.
    settings, changed = _changed_settings(optimizer, reference_optimizer)
    expect(changed is not None and not changed,
           f"train_step changed the optimizer's settings ({', '.join(changed or ['its parameter groups'])}): the caller "
           "chose them (lr, weight_decay, momentum...). A step calls optimizer.zero_grad(), total.backward() and "
           "optimizer.step(), and sets nothing.")
    # A large learning rate (a caller's schedule may set one) is the caller's too: a step must not cap it.
    remote.make(model, "learning_rate_set", optimizer=optimizer, lr=0.5)
    given.learning_rate_set(optimizer=reference_optimizer, lr=0.5)
    step()
    settings, changed = _changed_settings(optimizer, reference_optimizer)
    expect(changed is not None and not changed,
           f"With an optimizer whose learning rate is 0.5, train_step changed the optimizer's settings to "
           f"{[{key: group.get(key) for key in changed or ()} for group in settings]}: a step must not cap or reset the "
           "learning rate (no min(lr, ...)), whatever the caller chose. A step calls optimizer.zero_grad(), "
           "total.backward() and optimizer.step(), and sets nothing.")


def _exact_steps(train_step, generator):
    """Two steps of the student's train_step, SGD on a VAE whose noise is seeded, against two reference steps
    on an identical copy here (the same weights, the same noise, the same images)."""
    latent_dim, width = _draw(generator, 3, 6), _draw(generator, 24, 40)
    # logvar_bias: a narrow q(z|x), whose KL of a few nats keeps a total without beta far from the right one
    recipe = dict(latent_dim=latent_dim, hidden=(width,), seed=_weights_seed(generator),
                  noise_seed=_weights_seed(generator), logvar_bias=-1.5, spare=1000.0)
    beta = round(0.3 + 0.5 * torch.rand(1, generator=generator).item(), 2)
    x = given.mnist_images(split="train", n=_draw(generator, 12, 24), start=_draw(generator, 0, 50_000))
    model = remote.make(train_step, "vae", **recipe)
    optimizer = remote.make(train_step, "optimizer", model=model, kind="SGD", lr=1e-3)
    reference = given.vae(**recipe)
    expect_exact_steps(lambda: train_step(model, optimizer, x, beta), model, optimizer, reference,
                       given.optimizer(model=reference, kind="SGD", lr=1e-3), lambda: reference(x), x, beta)


def _large_gradients_step(train_step, generator, logvar_bias=4.0):
    """One SGD step on a VAE whose q(z|x) is wide (logvar biases of 4: gradients of the KL of about exp(4) / 2 = 27;
    of 6: about 200, past a clipping threshold of 100), against the same step here: the gradients enter the step as
    they are."""
    recipe = dict(latent_dim=_draw(generator, 3, 6), hidden=(_draw(generator, 24, 40),), seed=_weights_seed(generator),
                  noise_seed=_weights_seed(generator), logvar_bias=logvar_bias)
    x = given.mnist_images(split="train", n=_draw(generator, 12, 24), start=_draw(generator, 0, 50_000))
    model = remote.make(train_step, "vae", **recipe)
    train_step(model, remote.make(train_step, "optimizer", model=model, kind="SGD", lr=1e-3), x, 1.0)
    reference = given.vae(**recipe)
    reference_optimizer = given.optimizer(model=reference, kind="SGD", lr=1e-3)
    logits, mu, logvar = reference(x)
    negative_elbo(logits, x, mu, logvar, 1.0)[0].backward()
    largest = max(parameter.grad.abs().max().item() for parameter in reference.parameters())
    reference_optimizer.step()
    expect(same_state(remote.inspect(model, "state"), reference.state_dict()),
           f"A step whose gradients are large (up to {largest:.0f}: a wide q(z|x), logvar about {logvar_bias:g}) does "
           "not match one "
           "SGD step on the total loss, although ordinary steps did: train_step changed the gradients before "
           "optimizer.step() (clipping them: clip_grad_value_, clip_grad_norm_, or rescaling them). Step on the "
           "gradients of total as backward() leaves them: clipping is a choice of the caller's training recipe, not "
           "part of the step.")


def _adam_steps(train_step, generator, mu_scale: float = 1.0):
    """Three steps of Adam on three batches, against the same three steps here: Adam's moment estimates (the
    optimizer's state) carry over from step to step. mu_scale: 5000 gives losses above 10^5 (codes far from the
    prior), where the state must carry over too."""
    recipe = dict(latent_dim=_draw(generator, 3, 6), hidden=(_draw(generator, 24, 40),), seed=_weights_seed(generator),
                  noise_seed=_weights_seed(generator), mu_scale=mu_scale)
    offset, size = _draw(generator, 0, 50_000), _draw(generator, 12, 24)
    batches = [given.mnist_images(split="train", n=size, start=offset + size * k) for k in range(3)]
    model = remote.make(train_step, "vae", **recipe)
    optimizer = remote.make(train_step, "optimizer", model=model, kind="Adam", lr=1e-3)
    reference = given.vae(**recipe)
    reference_optimizer = given.optimizer(model=reference, kind="Adam", lr=1e-3)
    sizes = {name: tensor.numel() for name, tensor in reference.state_dict().items()}
    for x in batches:
        train_step(model, optimizer, x, 1.0)
        logits, mu, logvar = reference(x)
        reference_optimizer.zero_grad()
        negative_elbo(logits, x, mu, logvar, 1.0)[0].backward()
        reference_optimizer.step()
    # Adam moves each weight by about lr * (a ratio of its gradients' moments): rounding can flip the sign of a
    # gradient that is about 0, so a few weights may differ; a lost state moves most of them otherwise. (Not read for
    # losses above 10^5, whose gradients a clipping changes: charged by the step of large gradients.)
    if mu_scale == 1:
        state = remote.inspect(model, "state")
        moved = sum(((state[name] - tensor).abs() > 1e-4).sum().item()
                    for name, tensor in reference.state_dict().items())
        total = sum(sizes.values())
        expect(set(state) == set(sizes) and moved <= 0.01 * total,
               f"Three Adam steps of train_step (lr = 1e-3, three batches) moved {moved} of the {total} weights "
               "otherwise than three steps of that Adam optimizer do: Adam's moment estimates (optimizer.state) must "
               "carry over from step to step. Do not clear or reset the optimizer's state (optimizer.state.clear(), a "
               "new optimizer) in train_step: it holds what the steps before learned about the gradients.")
    # The optimizer's own count of steps: a state cleared in between starts it again.
    steps = remote.fetch(remote.make(train_step, "optimizer_steps", optimizer=optimizer))
    counted = sorted(set(steps.tolist())) if type(steps) is torch.Tensor else steps
    expect(type(steps) is torch.Tensor and len(steps) > 0 and bool((steps == 3).all()),
           f"After three Adam steps of train_step (three batches{', losses above 10^5' if mu_scale > 1 else ''}) the "
           f"optimizer counts {counted} steps, not 3: its state (Adam's moment estimates and step count) was cleared "
           "or replaced in between. Do not clear or reset the optimizer's state (optimizer.state.clear(), a new "
           "optimizer) in train_step: it holds what the steps before learned about the gradients.")


def train_step(train_step, seed=52):
    """Check train_step: three floats, the per-image losses, exactly one SGD step, and 40 steps on 256 images lower the loss.

    The exact steps use a VAE whose noise is seeded (given.vae), so that a copy here draws the same z; the
    losses are those before the update; the 40 steps are Adam, and the loss is measured here on the weights.
    Also: the default arguments of the statement's signature.
    """
    expect_defaults(train_step, "train_step")
    generator = torch.Generator().manual_seed(seed)
    _exact_steps(train_step, generator)
    recipe = dict(latent_dim=8, hidden=(64,), seed=_weights_seed(generator))
    offset = _draw(generator, 0, 50_000)
    model = remote.make(train_step, "vae", **recipe)
    optimizer = remote.make(train_step, "optimizer", model=model, kind="Adam", lr=3e-3)
    batches = [given.mnist_images(split="train", n=64, start=offset + 64 * k) for k in range(4)]
    for step in range(40):
        _three_floats(train_step(model, optimizer, batches[step % 4]), "train_step")
        expect(model.training is True,
               "train_step left the model in evaluation mode: the caller puts the model in training mode, and the "
               "next step (and the rest of the epoch) must find it so. Do not call model.eval() in train_step.")
    expect_every_mode(model, True, "train_step left part of the model (its encoder, its decoder or one of their layers) "
                      "in evaluation mode: the caller puts the whole model in training mode, and every later step must "
                      "find it so. Do not call .eval() on any part of it in train_step.")
    # The loss on the 256 images, measured here on the weights before and after (not the values returned).
    images, noise = torch.cat(batches), _weights_seed(generator)
    before = training.evaluate(given.vae(**recipe), images, seed=noise)["total"]
    after = training.evaluate(_local_copy(remote.inspect(model, "state"), 8, (64,)), images, seed=noise)["total"]
    expect(after < before - 50,
           f"The loss did not go down over 40 steps (from {before:.1f} to {after:.1f} nats per image): "
           "does your step call optimizer.zero_grad(), total.backward() and optimizer.step()?")
    # The batch is the caller's: a step reads it and leaves it as it was.
    expect_inputs_kept(train_step, "train_step(model, optimizer, x)", model, optimizer, ("x", batches[0]))

    # The course's VAE draws z from torch's global random state: the caller seeds it once, the step never does.
    # What a step draws shows in its losses and in the weights it leaves: the losses alone can be within
    # allclose's tolerance for two draws (a new decoder varies little with z: 1 secret in 100 did).
    def first_step():
        fresh = remote.make(train_step, "vae", **recipe)
        losses = train_step(fresh, remote.make(train_step, "optimizer", model=fresh, kind="SGD", lr=1e-3), batches[1])
        return torch.cat([torch.tensor(losses).reshape(-1)]
                         + [tensor.reshape(-1) for tensor in remote.inspect(fresh, "state").values()])
    expect_follows_global_random(train_step, first_step, "The losses and weights of one train_step on a new model",
                                 "the step draws its noise through model(x), from the caller's random state. Seeding "
                                 "inside the step (torch.manual_seed) gives every step the same noise: seed once, "
                                 "before training.")
    # A model in float64 (model.double()) trains on float64 batches: the step computes in their dtype.
    double = remote.make(train_step, "vae", **recipe, double=True)
    try:
        _three_floats(train_step(double, remote.make(train_step, "optimizer", model=double, kind="SGD", lr=1e-3),
                                 batches[2].double()), "train_step on a float64 model")
    except AssertionError:
        raise
    except Exception as error:  # noqa: BLE001 (the student's error, whatever it is, is the message)
        raise AssertionError(f"train_step of a float64 model (model.double()) on a float64 batch failed with "
                             f"{type(error).__name__}: {error}. Compute in the batch's dtype: do not convert x (no "
                             ".float()).") from None
    _large_gradients_step(train_step, generator)
    _adam_steps(train_step, generator)
    _adam_steps(train_step, generator, mu_scale=5000.0)
    # A batch of one image (the last batch of an epoch can be one) is a batch like any other: the step is taken.
    recipe = dict(latent_dim=_draw(generator, 3, 6), hidden=(_draw(generator, 24, 40),), seed=_weights_seed(generator),
                  noise_seed=_weights_seed(generator))
    x = given.mnist_images(split="train", n=1, start=_draw(generator, 0, 50_000))
    model = remote.make(train_step, "vae", **recipe)
    train_step(model, remote.make(train_step, "optimizer", model=model, kind="SGD", lr=1e-2), x, 1.0)
    reference = given.vae(**recipe)
    reference_optimizer = given.optimizer(model=reference, kind="SGD", lr=1e-2)
    logits, mu, logvar = reference(x)
    negative_elbo(logits, x, mu, logvar, 1.0)[0].backward()
    reference_optimizer.step()
    state = remote.inspect(model, "state")
    expect(not same_state(state, given.vae(**recipe).state_dict()) and same_state(state, reference.state_dict()),
           "For a batch of one image, train_step did not take the one SGD step on its total loss (the parameters "
           + ("did not change" if same_state(state, given.vae(**recipe).state_dict()) else "changed otherwise")
           + "): a batch of one (the last batch of an epoch, when N % batch_size is 1) is a batch like any other. "
           "Take the step for every batch, whatever its size.")
    # The gradients a step leaves in .grad are plain tensors: a graph kept behind them (and every graph it holds on to)
    # is memory that grows with every step, and gradients of gradients that nothing uses.
    graphed = remote.make(train_step, "graphed_gradients")(model)
    expect(type(graphed) is list and not graphed,
           f"After train_step, the .grad of the parameters {', '.join(map(str, graphed[:3]))} require gradients "
           "themselves (they have a grad_fn): the step back-propagated with total.backward(create_graph=True), which "
           "keeps the graph of the gradients, memory that grows with every step. Call total.backward() without "
           "create_graph." if type(graphed) is list else f"train_step's model could not be read ({graphed!r:.80}).")
    # Fine-tuning: the caller froze the encoder (requires_grad_(False)) and steps an optimiser over all the
    # parameters; the step trains the decoder only, and leaves the encoder frozen and as it was.
    frozen = remote.make(train_step, "vae", **recipe)
    frozen.encoder.requires_grad_(False)
    train_step(frozen, remote.make(train_step, "optimizer", model=frozen, kind="SGD", lr=1e-2), x, 1.0)
    thawed = [name for name, _, trainable in remote.inspect(frozen, "parameters")
              if trainable and name.startswith("encoder.")]
    state, initial = remote.inspect(frozen, "state"), given.vae(**recipe).state_dict()
    moved = [name for name in initial if name.startswith("encoder.") and not torch.equal(state[name], initial[name])]
    expect(not thawed and not moved,
           f"The caller froze the model's encoder (model.encoder.requires_grad_(False), to fine-tune the decoder), and "
           f"after train_step its parameters {', '.join((thawed or moved)[:3])} "
           + ("require gradients again" if thawed else "changed") + ": train_step unfroze the model "
           "(model.requires_grad_(True)), and the optimiser trained what the caller froze. Which parameters learn is "
           "the caller's choice: do not change requires_grad in train_step.")
    # A beta above 1 (the beta study's): the step is on total = reconstruction + beta * kl as it is, not rescaled.
    recipe = dict(latent_dim=_draw(generator, 3, 6), hidden=(_draw(generator, 24, 40),), seed=_weights_seed(generator),
                  noise_seed=_weights_seed(generator))
    beta = float(_draw(generator, 2, 8))
    x = given.mnist_images(split="train", n=_draw(generator, 12, 24), start=_draw(generator, 0, 50_000))
    model = remote.make(train_step, "vae", **recipe)
    train_step(model, remote.make(train_step, "optimizer", model=model, kind="SGD", lr=1e-3), x, beta)
    reference = given.vae(**recipe)
    reference_optimizer = given.optimizer(model=reference, kind="SGD", lr=1e-3)
    logits, mu, logvar = reference(x)
    negative_elbo(logits, x, mu, logvar, beta)[0].backward()
    reference_optimizer.step()
    expect(same_state(remote.inspect(model, "state"), reference.state_dict()),
           f"With beta = {beta:g}, one step does not match one SGD step on total = reconstruction + beta * kl, although "
           "steps with beta below 1 did: the gradient was rescaled for a large beta (total / beta, "
           "total / max(beta, 1)). Back-propagate total as it is: beta weighs the KL against the reconstruction, and "
           "the step's size is the caller's learning rate.")
    # Gradients past 100 (logvar biases of 6): a clipping threshold that the step above (gradients of about 27)
    # did not reach changes these.
    _large_gradients_step(train_step, generator, logvar_bias=6.0)
    # A batch the model already reconstructs almost perfectly (blank images, a loss of about 1e-4 nats per image):
    # the step is taken all the same, and Adam turns even gradients of 1e-7 into moves of about lr.
    recipe = dict(latent_dim=_draw(generator, 3, 6), hidden=(_draw(generator, 24, 40),), seed=_weights_seed(generator))
    model = remote.make(train_step, "near_perfect_vae", **recipe)
    losses = train_step(model, remote.make(train_step, "optimizer", model=model, kind="Adam", lr=1e-2),
                        torch.zeros(_draw(generator, 8, 16), 1, 28, 28), 1.0)
    state, initial = remote.inspect(model, "state"), given.near_perfect_vae(**recipe).state_dict()
    expect(set(state) == set(initial) and any(not torch.equal(state[name], tensor) for name, tensor in initial.items()),
           "For a batch whose loss is tiny (blank images that the model reconstructs almost perfectly: train_step "
           + (f"returned {losses[0]:.1e} nats per image), " if type(losses) in (tuple, list) and losses
              and type(losses[0]) is float else "about 1e-4 nats per image), ") +
           "train_step left every weight as it was: the step was skipped for a small loss (if total.item() > "
           "threshold). Take the step on every batch, whatever its loss: Adam moves the weights by about lr even for "
           "tiny gradients, and when training has done enough is the caller's choice.")
    # A batch holding a NaN pixel (data gone wrong): its loss is NaN, and the step returns it so, which shows the
    # fault. Refusing the batch (an error) shows it too.
    recipe = dict(latent_dim=_draw(generator, 3, 6), hidden=(_draw(generator, 24, 40),), seed=_weights_seed(generator))
    x = given.mnist_images(split="train", n=_draw(generator, 4, 8), start=_draw(generator, 0, 50_000)).clone()
    x[_draw(generator, 0, len(x) - 1), 0, 14, 14] = float("nan")
    model = remote.make(train_step, "vae", **recipe)
    try:
        losses = train_step(model, remote.make(train_step, "optimizer", model=model, kind="SGD", lr=1e-3), x, 1.0)
    except (ValueError, AssertionError, RuntimeError, FloatingPointError):
        losses = None
    expect(losses is None or not (type(losses) in (tuple, list) and len(losses) == 3 and type(losses[0]) is float
                                  and math.isfinite(losses[0])),
           "For a batch holding a NaN pixel, train_step returned a finite total loss"
           + (f" ({losses[0]!r})" if type(losses) in (tuple, list) and losses else "") +
           " where the loss is NaN: the non-finite loss was replaced (torch.nan_to_num, a where on isfinite, or a "
           "zero), so that a diverged run or broken data passes for a good step. Return the batch's losses as they "
           "are (total.item()): NaN in, NaN out.")
    # ... and the step on that batch is the SGD step on its (NaN) gradients: the weights show the fault too.
    if losses is not None:
        state = remote.inspect(model, "state")
        expect(any(not torch.isfinite(tensor).all() for tensor in state.values()),
               "For a batch holding a NaN pixel (a NaN loss and NaN gradients), train_step left every weight finite: "
               "the gradients were replaced (torch.nan_to_num on p.grad) or the step skipped, so that the weights "
               "hide what the loss shows, and the optimizer did not take the step of the loss's gradients. Call "
               "optimizer.step() on the gradients as backward() left them.")
    # An int beta (beta=2, as a caller may write it) is the same weight as 2.0.
    recipe = dict(latent_dim=_draw(generator, 3, 6), hidden=(_draw(generator, 24, 40),), seed=_weights_seed(generator),
                  noise_seed=_weights_seed(generator))
    beta = _draw(generator, 2, 8)
    x = given.mnist_images(split="train", n=_draw(generator, 12, 24), start=_draw(generator, 0, 50_000))
    model = remote.make(train_step, "vae", **recipe)
    train_step(model, remote.make(train_step, "optimizer", model=model, kind="SGD", lr=1e-3), x, beta)
    reference = given.vae(**recipe)
    reference_optimizer = given.optimizer(model=reference, kind="SGD", lr=1e-3)
    logits, mu, logvar = reference(x)
    negative_elbo(logits, x, mu, logvar, float(beta))[0].backward()
    reference_optimizer.step()
    expect(same_state(remote.inspect(model, "state"), reference.state_dict()),
           f"With beta = {beta} (an int), one step does not match one SGD step on total = reconstruction + {beta} * kl: "
           "an int beta was ignored or replaced (isinstance(beta, float)). beta=2 and beta=2.0 are the same weight: "
           "pass beta on to negative_elbo as it is.")
    # A float64 model: the losses returned are its float64 losses, not rounded through float32.
    recipe = dict(latent_dim=_draw(generator, 3, 6), hidden=(_draw(generator, 24, 40),), seed=_weights_seed(generator),
                  noise_seed=_weights_seed(generator), double=True)
    x = given.mnist_images(split="train", n=_draw(generator, 8, 16), start=_draw(generator, 0, 50_000)).double()
    model = remote.make(train_step, "vae", **recipe)
    losses = train_step(model, remote.make(train_step, "optimizer", model=model, kind="SGD", lr=1e-3), x, 1.0)
    reference = given.vae(**recipe)
    with torch.no_grad():
        logits, mu, logvar = reference(x)
        expected = [value.item() for value in negative_elbo(logits, x, mu, logvar, 1.0)]
    _three_floats(losses, "train_step on a float64 model")
    expect(all(abs(value - wanted) <= 1e-10 * abs(wanted) + 1e-10 for value, wanted in zip(losses, expected)),
           f"For a float64 model train_step returned {[f'{value:.12g}' for value in losses]}, not its float64 losses "
           f"{[f'{value:.12g}' for value in expected]}: they were rounded through float32 (float(total.float())). "
           "Return total.item(), in the model's dtype.")
    # A batch the model reconstructs very badly (white images, a logit of -16 for every pixel: about 12,500 nats
    # per image): the losses are per-image sums, however large.
    recipe = dict(latent_dim=_draw(generator, 3, 6), hidden=(_draw(generator, 24, 40),), seed=_weights_seed(generator))
    x = torch.ones(_draw(generator, 4, 8), 1, 28, 28)
    model = remote.make(train_step, "near_perfect_vae", **recipe)
    model.eval()  # its decoder ignores z: in eval mode it draws none, and leaves the caller's random state as it was
    losses = train_step(model, remote.make(train_step, "optimizer", model=model, kind="SGD", lr=1e-3), x, 1.0)
    with torch.no_grad():
        reference = given.near_perfect_vae(**recipe).eval()
        logits, mu, logvar = reference(x)
        expected = [value.item() for value in negative_elbo(logits, x, mu, logvar, 1.0)]
    _three_floats(losses, "train_step")
    expect(all(abs(value - wanted) <= 1e-4 * abs(wanted) + 1e-3 for value, wanted in zip(losses, expected)),
           f"For white images that the model reconstructs badly (a logit of -16 for every pixel) train_step returned "
           f"{[round(value, 2) for value in losses]}, expected {[round(value, 2) for value in expected]} (total, "
           "reconstruction, kl): a large loss was rescaled (per pixel, / 784). Return the per-image sums as "
           "negative_elbo gives them, whatever their size.")
    # beta = 0 (a plain autoencoder's loss, the first step of a KL warm-up): the step is on the reconstruction alone.
    recipe = dict(latent_dim=_draw(generator, 3, 6), hidden=(_draw(generator, 24, 40),), seed=_weights_seed(generator),
                  noise_seed=_weights_seed(generator), logvar_bias=-1.5)
    x = given.mnist_images(split="train", n=_draw(generator, 12, 24), start=_draw(generator, 0, 50_000))
    model = remote.make(train_step, "vae", **recipe)
    losses = train_step(model, remote.make(train_step, "optimizer", model=model, kind="SGD", lr=1e-3), x, 0.0)
    reference = given.vae(**recipe)
    reference_optimizer = given.optimizer(model=reference, kind="SGD", lr=1e-3)
    logits, mu, logvar = reference(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, 0.0)
    total.backward()
    reference_optimizer.step()
    _three_floats(losses, "train_step with beta = 0")
    stepped = same_state(remote.inspect(model, "state"), reference.state_dict())
    expect(abs(losses[0] - total.item()) < 1e-3 and stepped,
           f"With beta = 0, train_step returned a total of {losses[0]:.2f} (the reconstruction is {reconstruction.item():.2f} "
           f"and the KL {kl.item():.2f}), and its step {'matches' if stepped else 'does not match'} one SGD step on "
           "the reconstruction alone: beta = 0 was replaced by another weight (beta or 1.0, if not beta: 0 is falsy). "
           "0 is a weight like any other (a plain autoencoder's loss, a KL warm-up's start): pass beta on to "
           "negative_elbo as it is.")
    passed(f"train_step returns floats, makes exactly one gradient step, and 40 steps lower the loss from {before:.0f} "
           f"to {after:.0f} nats per image")


# ---------------------------------------------------------------- evaluate

def _evaluated(result):
    expect(type(result) is dict and sorted(result) == ["kl", "reconstruction", "total"],
           f"evaluate must return a dict with the keys 'total', 'reconstruction', 'kl', not {result!r:.80}.")
    expect(all(type(value) is float for value in result.values()), "The values of the dict must be Python floats (.item()).")
    return result


def evaluate(evaluate, seed=53):
    """Check evaluate: a dict of three floats, eval mode, no gradients, a sampled z, and the exact KL averaged per image.

    Also: beta, the model left in eval mode, and gradients left on for what follows. The sampled reconstruction term
    is compared with the mean and spread of 40 single-sample estimates made here.
    Also: the default arguments of the statement's signature.
    """
    expect_defaults(evaluate, "evaluate")
    generator = torch.Generator().manual_seed(seed)
    # Codes (and KLs) that differ a lot from image to image, and a last batch of blank images.
    batch_size = _draw(generator, 80, 120)
    blank = _draw(generator, batch_size // 3, 2 * batch_size // 3)
    recipe = dict(latent_dim=4, hidden=(32,), seed=_weights_seed(generator), spy=True, mu_scale=10.0)
    images = given.mnist_images(split="test", n=2 * batch_size, start=_draw(generator, 0, 9_000), blank=blank)
    model = remote.make(evaluate, "vae", **recipe)
    result = _evaluated(evaluate(model, images, batch_size=batch_size))
    calls = model.encoder.calls
    expect(len(calls) > 0, "evaluate must run model.encoder on the images.")
    sizes = [min(batch_size, len(images) - start) for start in range(0, len(images), batch_size)]
    expect([call["batch"] for call in calls] == sizes,
           f"{len(images)} images with batch_size={batch_size} must be evaluated in batches of {sizes}, in order, but "
           f"model.encoder ran on batches of {[call['batch'] for call in calls]}: go through "
           "images[start:start + batch_size] (a test set at once may not fit in memory).")
    expect(not any(call["grad"] for call in calls), "The model ran with gradients enabled: evaluate inside `with torch.no_grad():`.")
    decoded = model.decoder.calls
    expect(not any(call["grad"] for call in decoded),
           "The decoder ran with gradients enabled: put the whole evaluation, encoder, sampling and decoder, inside "
           "`with torch.no_grad():` (not the encoder alone).")
    expect(not any(call["training"] for call in calls), "The model ran in training mode: call model.eval() at the start of evaluate.")
    # One image more than two whole batches: the last batch holds a single image, and it counts too.
    small = _draw(generator, 10, 20)
    model_one = remote.make(evaluate, "vae", **recipe)
    evaluate(model_one, images[:2 * small + 1], batch_size=small)
    seen = [call["batch"] for call in model_one.encoder.calls]
    expect(seen == [small, small, 1],
           f"{2 * small + 1} images with batch_size={small} must be evaluated in batches of {[small, small, 1]}, but "
           f"model.encoder ran on batches of {seen}: the last image is a batch of its own. Go through "
           "range(0, len(images), batch_size), not len(images) - 1.")
    with torch.no_grad():
        mu, logvar = given.vae(**recipe).encoder(images)
    kl = (-0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum(dim=1)).mean().item()
    n = len(images)
    expect(abs(result["kl"] - kl) < 1e-3,
           f"The KL is {result['kl']:.4f}, expected {kl:.4f}, the average over the {n} images: with batches of "
           f"{batch_size}, {batch_size} and {blank}, weight each batch's average by its size (or sum per image and "
           "divide by N).")
    # A wide q(z|x): sampling z matters. The expected value and spread of a single-sample estimate, from 40 of them.
    recipe = dict(latent_dim=4, hidden=(32,), seed=_weights_seed(generator), spy=True, logvar_bias=1.5)
    beta = round(0.3 + 0.5 * torch.rand(1, generator=generator).item(), 2)
    batch_size = _draw(generator, 100, 150)
    images = given.mnist_images(split="test", n=_not_a_multiple(_draw(generator, 250, 350), batch_size),
                                start=_draw(generator, 0, 9_000))
    model = remote.make(evaluate, "vae", **recipe)
    # the caller's random state seeded (from the check's seed): the single-sample estimate below is then one draw of
    # the check's, not of whatever ran before it
    remote.make(evaluate, "global_random").seed(seed + 7)
    # the calls of reparameterize, when evaluate calls the notebook's (as the statement says)
    result, records = remote.watching(evaluate, {"reparameterize": False}, model, images, batch_size=batch_size,
                                      beta=beta, _optional=["reparameterize"])
    result = _evaluated(result)
    sampled = sum(len(_argument(record, 0, "mu", ())) for record in records["reparameterize"])
    expect(not records["reparameterize"] or sampled == len(images),
           f"evaluate drew z for {sampled} rows of codes for {len(images)} images: sample z = reparameterize(mu, logvar) "
           "once per image (the single-sample estimate the statement asks for), not several samples averaged.")
    watched = (records["reparameterize"], images, dict(recipe))  # checked at the end
    local = given.vae(**recipe)
    with torch.no_grad():
        mu, logvar = local.encoder(images)
        estimates = torch.stack([torch.stack(negative_elbo(local.decoder(given.seeded_sample(mu, logvar, generator)), images,
                                                           mu, logvar, beta)) for _ in range(40)])
        at_mean = negative_elbo(local.decoder(mu), images, mu, logvar, beta)[1].item()
    expected, spread = estimates.mean(0), estimates.std(0)
    expect(abs(result["reconstruction"] - expected[1].item()) < 4 * spread[1].item() + 0.05,
           f"The reconstruction term is {result['reconstruction']:.2f}, expected about {expected[1].item():.2f} "
           f"(decoding z = mu would give {at_mean:.2f}): sample z = reparameterize(mu, logvar) and decode it; "
           "model(x) in eval mode decodes the mean, which is not the ELBO.")
    expect(abs(result["kl"] - expected[2].item()) < 1e-3,
           f"The KL term is {result['kl']:.4f}, expected {expected[2].item():.4f}: the kl of negative_elbo for each "
           f"batch, weighted by the batch's size, divided by the {len(images)} images.")
    expect(abs(result["total"] - (result["reconstruction"] + beta * result["kl"])) < 1e-3,
           f"total must be reconstruction + beta * kl (beta = {beta}): pass beta on to negative_elbo.")
    # Blank images (all zero): their z is sampled as every image's is. Decoding their mean gives about 25 nats less.
    blanks = torch.zeros(_draw(generator, 100, 150), 1, 28, 28)
    remote.make(evaluate, "global_random").seed(seed + 8)
    on_blanks = _evaluated(evaluate(remote.make(evaluate, "vae", **recipe), blanks, batch_size=batch_size))
    with torch.no_grad():
        mu, logvar = local.encoder(blanks)
        estimates = torch.stack([negative_elbo(local.decoder(given.seeded_sample(mu, logvar, generator)), blanks, mu,
                                               logvar, beta)[1] for _ in range(40)])
        at_mean = negative_elbo(local.decoder(mu), blanks, mu, logvar, beta)[1].item()
    expect(abs(on_blanks["reconstruction"] - estimates.mean().item()) < 4 * estimates.std().item() + 0.05,
           f"For {len(blanks)} blank images (all pixels 0) the reconstruction term is "
           f"{on_blanks['reconstruction']:.2f}, expected about {estimates.mean().item():.2f} (decoding z = mu would "
           f"give {at_mean:.2f}): z must be sampled, z = reparameterize(mu, logvar), for every image, whatever its "
           "pixels (no z = mu for blank or faint images).")
    expect(model.training is False, "evaluate must leave the model in eval mode (model.eval()).")
    expect_every_mode(model, False, "evaluate left part of the model (its encoder, its decoder or one of their layers) in "
                      "training mode: model.eval() puts every module in eval mode; setting model.training = False, or "
                      "calling .eval() on some parts, does not.")
    # The caller's random state stays the caller's: what it draws after evaluate depends on how it was seeded.
    state = remote.make(evaluate, "global_random")
    after, results = [], []
    first, second = torch.randint(0, 10 ** 6, (2,), generator=generator).tolist()
    # three tensors of the same images, alive together on the student's side: a cache keyed by id(images) (charged
    # below, after the weights change) never sees a freed tensor's id again here, whatever the allocator does
    batches = [remote.make(evaluate, "tensor", values=images[:8]) for _ in range(3)]
    for value, batch in zip((first, second, first), batches):
        state.seed(value)
        results.append(evaluate(model, batch, batch_size=8)["reconstruction"])
        after.append(state.draw(4))
    expect(not torch.equal(after[0], after[1]),
           "After evaluate, torch's global random state draws the same numbers however the caller seeded it: "
           "evaluate reseeds it (torch.manual_seed inside evaluate), so that every epoch of train that follows an "
           "evaluation draws the same noise again. Leave seeding to the caller.")
    # Its noise is drawn from that state: the same seed gives the same estimate, another seed another one.
    expect(results[0] == results[2] and results[0] != results[1],
           f"evaluate gave {results} after torch.manual_seed({first}), ({second}), then ({first}) again: its noise must "
           "be drawn afresh from torch's global random state (reparameterize, torch.randn_like), so that the same "
           "seed gives the same estimate and another seed another one. No generator or noise of its own, kept or "
           "seeded inside evaluate.")
    # Called inside the caller's `with torch.no_grad():`, evaluate leaves gradients off, as it found them.
    _, enabled = remote.make(evaluate, "reporting_grad_mode", function=evaluate, enabled=False)(model, images[:8],
                                                                                                batch_size=8)
    expect(enabled is False,
           "Called inside the caller's `with torch.no_grad():`, evaluate switched gradients on for what follows "
           "(torch.set_grad_enabled(True) at its end): the gradient mode is the caller's. Switch gradients off for a "
           "block only, `with torch.no_grad():`, which restores the mode it found.")
    # A model whose encoder the caller froze (fine-tuning the decoder alone) stays so.
    frozen = remote.make(evaluate, "vae", **dict(recipe, spy=False))
    frozen.encoder.requires_grad_(False)
    evaluate(frozen, images[:8], batch_size=8)
    trainable = {name: flag for name, _, flag in remote.inspect(frozen, "parameters")}
    expect(all(flag is name.startswith("decoder.") for name, flag in trainable.items()),
           "evaluate changed which parameters require gradients: the caller had frozen the encoder "
           "(model.encoder.requires_grad_(False)), and after evaluate it is not (model.requires_grad_(True) at the "
           "end?), or the decoder no longer learns. torch.no_grad() is all evaluate needs; requires_grad is the caller's.")
    # The caller's gradients (evaluating between backward() and the optimizer's step) are the caller's.
    graded = remote.make(evaluate, "vae", **dict(recipe, spy=False, grads=True))
    evaluate(graded, images[:8], batch_size=8)
    expect_grads_kept(graded, dict(recipe, spy=False),
                      "evaluate changed the model's gradients (.grad; model.zero_grad()): a caller may evaluate between "
                      "backward() and the optimizer's step. Under torch.no_grad() evaluate makes no gradients, and "
                      "has none to clear.")
    # A model in float64 (model.double()) is evaluated on float64 images, in their dtype.
    double = remote.make(evaluate, "vae", **dict(recipe, spy=False, double=True))
    try:
        _evaluated(evaluate(double, images[:8].double(), batch_size=8))
    except AssertionError:
        raise
    except Exception as error:  # noqa: BLE001 (the student's error, whatever it is, is the message)
        raise AssertionError(f"evaluate of a float64 model (model.double()) on float64 images failed with "
                             f"{type(error).__name__}: {error}. Compute in the images' dtype: do not convert the "
                             "batches (no .float()).") from None
    # The exact KL on sets the others do not show: more than 10,000 images (the last of them blank), and images
    # whose values are not multiples of 1/255 (scaled to [0.1, 0.9]). mu_scale: KLs that a small change of x moves.
    recipe = dict(latent_dim=4, hidden=(_draw(generator, 6, 12),), seed=_weights_seed(generator), mu_scale=50.0)
    local = given.vae(**recipe)
    blank = _draw(generator, 600, 900)
    images = given.mnist_images(split="train", n=10_000, start=_draw(generator, 0, 50_000), blank=blank)
    with torch.no_grad():
        mu, logvar = local.encoder(images)
    kl = (-0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum(dim=1)).mean().item()
    result = _evaluated(evaluate(remote.make(evaluate, "vae", **recipe), images))
    expect(abs(result["kl"] - kl) < 1e-3,
           f"For {len(images)} images the KL is {result['kl']:.4f}, expected {kl:.4f}, the average over all "
           f"{len(images)} of them (the last {blank} blank): evaluate every image it is given, however many (no fixed "
           "number such as images[:10_000]).")
    images = 0.1 + 0.8 * given.mnist_images(split="test", n=_draw(generator, 150, 250), start=_draw(generator, 0, 9_000))
    with torch.no_grad():
        mu, logvar = local.encoder(images)
    kl = (-0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum(dim=1)).mean().item()
    result = _evaluated(evaluate(remote.make(evaluate, "vae", **recipe), images, batch_size=100))
    expect(abs(result["kl"] - kl) < 1e-3,
           f"For images whose values are not multiples of 1/255 (scaled to [0.1, 0.9]) the KL is {result['kl']:.4f}, "
           f"expected {kl:.4f}: evaluate the images as they are given, with no rounding or quantisation "
           "((x * 255).round() / 255, a uint8 conversion).")
    # An image with a NaN (data gone wrong): the average over the N images is NaN, and shows it.
    images = given.mnist_images(split="test", n=_draw(generator, 30, 50), start=_draw(generator, 0, 9_000)).clone()
    images[_draw(generator, 10, 19), 0, 14, 14] = float("nan")
    result = _evaluated(evaluate(remote.make(evaluate, "vae", **recipe), images, batch_size=10))
    expect(not math.isfinite(result["total"]),
           f"For {len(images)} images of which one holds a NaN, evaluate returned a finite total ({result['total']:.2f}): "
           "it left out the batch whose loss is not finite, which hides the problem and averages over fewer than the N "
           "images. Add up the loss of every batch: a NaN must show in the result.")
    # Codes far from 0 (an encoder early in training, or diverging): KLs of thousands of nats per image, as they are.
    recipe = dict(latent_dim=4, hidden=(_draw(generator, 6, 12),), seed=_weights_seed(generator), mu_scale=2000.0)
    images = given.mnist_images(split="test", n=_draw(generator, 30, 50), start=_draw(generator, 0, 9_000))
    with torch.no_grad():
        mu, logvar = given.vae(**recipe).encoder(images)
    kl = (-0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum(dim=1)).double().mean().item()
    result = _evaluated(evaluate(remote.make(evaluate, "vae", **recipe), images, batch_size=10))
    expect(abs(result["kl"] - kl) < 1e-4 * kl + 1e-3 and abs(result["total"] - (result["reconstruction"] + result["kl"]))
           < 1e-4 * abs(result["total"]) + 1e-3,
           f"For a model whose codes are far from 0 the KL is {result['kl']:.1f}, expected {kl:.1f} nats per image "
           f"(total {result['total']:.1f}, reconstruction {result['reconstruction']:.1f}): the KL was clipped or capped "
           "(min(kl, 1e3), clamp). Return the average KL as it is, however large, and total = reconstruction + beta * "
           "kl with that same KL.")
    # One image repeated N times, in one batch, a wide q(z|x): with a noise of its own for every image, the average
    # of the N single-sample estimates varies little from call to call (its spread is sigma / sqrt(N)); one noise row
    # shared by the batch makes it a single sample (spread sigma).
    recipe = dict(latent_dim=4, hidden=(32,), seed=_weights_seed(generator), logvar_bias=1.5)
    n, calls = _draw(generator, 150, 250), 12
    images = given.mnist_images(split="test", n=1, start=_draw(generator, 0, 9_000)).repeat(n, 1, 1, 1)
    local = given.vae(**recipe)
    with torch.no_grad():
        mu, logvar = local.encoder(images)
        samples = torch.cat([negative_elbo(local.decoder(given.seeded_sample(mu[:1], logvar[:1], generator)),
                                           images[:1], mu[:1], logvar[:1])[1].reshape(1) for _ in range(400)])
    mean, sigma = samples.mean().item(), samples.std().item()
    model = remote.make(evaluate, "vae", **recipe)
    remote.make(evaluate, "global_random").seed(_draw(generator, 1, 10 ** 6))
    results = [_evaluated(evaluate(model, images, batch_size=n))["reconstruction"] for _ in range(calls)]
    spread = math.sqrt(sum((value - mean) ** 2 for value in results) / calls)
    expect(spread < 0.25 * sigma,
           f"For {n} copies of one image in one batch, {calls} calls of evaluate gave reconstruction terms that spread "
           f"by {spread:.2f} around {mean:.2f}, as much as a single sample does ({sigma:.2f}), where the average of {n} "
           f"independent samples spreads by about {sigma / math.sqrt(n):.2f}: the images of a batch shared one noise "
           "row (torch.randn_like(mu[:1]), a noise of shape (1, d)). Draw a noise of its own for every image, "
           "z = reparameterize(mu, logvar) with noise of mu's shape.")
    # A batch of one image (the last batch when N % batch_size is 1) is sampled too: its estimate follows the noise.
    recipe = dict(latent_dim=4, hidden=(32,), seed=_weights_seed(generator), logvar_bias=1.5)
    model, state = remote.make(evaluate, "vae", **recipe), remote.make(evaluate, "global_random")
    one = given.mnist_images(split="test", n=1, start=_draw(generator, 0, 9_000))
    ones = [remote.make(evaluate, "tensor", values=one) for _ in range(2)]  # alive together: distinct ids (see above)
    estimates = []
    for value, image in zip(torch.randint(0, 10 ** 6, (2,), generator=generator).tolist(), ones):
        state.seed(value)
        estimates.append(_evaluated(evaluate(model, image))["reconstruction"])
    expect(estimates[0] != estimates[1],
           f"For a single image, evaluate gave the same reconstruction term ({estimates[0]:.4f}) after two different "
           "torch.manual_seed calls, for a wide q(z|x): it decoded mu, not a sampled z, for a batch of one image (the "
           "last batch when N % batch_size is 1). Sample z = reparameterize(mu, logvar) for every batch, whatever "
           "its size.")
    # Log-variances far below 0 (an encoder whose q(z|x) collapses): the KL of those very log-variances.
    bias = -(60.0 + 20.0 * torch.rand(1, generator=generator).item())
    recipe = dict(latent_dim=4, hidden=(_draw(generator, 6, 12),), seed=_weights_seed(generator), logvar_bias=bias)
    images = given.mnist_images(split="test", n=_draw(generator, 20, 40), start=_draw(generator, 0, 9_000))
    with torch.no_grad():
        mu, logvar = given.vae(**recipe).encoder(images)
    kl = (-0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum(dim=1)).double().mean().item()
    result = _evaluated(evaluate(remote.make(evaluate, "vae", **recipe), images, batch_size=10))
    expect(abs(result["kl"] - kl) < 1e-4 * kl + 1e-3,
           f"For a model whose log-variances are far below 0 (about {bias:.0f}: a q(z|x) that collapses) the KL is "
           f"{result['kl']:.2f}, expected {kl:.2f} nats per image: logvar was clamped (logvar.clamp(-30, 20)) before "
           "the loss. Use the mu and logvar the encoder gives, as they are.")
    # The same images again after the weights changed (as an epoch of training changes them): evaluated afresh.
    model = remote.make(evaluate, "vae", **dict(recipe, logvar_bias=None))
    kept = remote.make(evaluate, "tensor", values=given.mnist_images(split="test", n=_draw(generator, 20, 40),
                                                                      start=_draw(generator, 0, 9_000)))
    before = _evaluated(evaluate(model, kept, batch_size=10))
    remote.make(evaluate, "shifted_weights", model=model, amount=0.1)
    after = _evaluated(evaluate(model, kept, batch_size=10))
    expect(after != before,
           f"evaluate gave the very same result ({before['total']:.4f} nats per image) for the same images after the "
           "model's weights changed (as an epoch of training changes them): it returned a result kept from an earlier "
           "call (a cache on the model or by the images' identity), so that train's test losses stay those of the "
           "first epoch. Compute the losses at every call.")
    # z is drawn from each image's own q(z|x): reparameterize receives the encoder's logvar as it is.
    calls, images, recipe = watched
    if calls:
        with torch.no_grad():
            mu, logvar = given.vae(**recipe).encoder(images)
        given_logvar = [_argument(call, 1, "logvar") for call in calls]
        expect(all(type(value) is torch.Tensor for value in given_logvar)
               and torch.allclose(torch.cat(given_logvar), logvar, atol=1e-5),
               "evaluate called reparameterize with log-variances other than the encoder's (an average over the code's "
               "units, a batch mean, a clamp?): z must be drawn from each image's own q(z|x), z = reparameterize(mu, "
               "logvar) with the mu and logvar model.encoder(x) returns.")
    # Images the model reconstructs almost perfectly (blank, a logit of -16 for every pixel: about 1e-4 nats per
    # image): the images are evaluated as they are, not clamped away from 0 and 1 (which adds 1e-2 here).
    recipe = dict(latent_dim=4, hidden=(_draw(generator, 6, 12),), seed=_weights_seed(generator))
    images = torch.zeros(_draw(generator, 10, 30), 1, 28, 28)
    with torch.no_grad():
        logits, mu, logvar = given.near_perfect_vae(**recipe)(images)
        expected = negative_elbo(logits, images, mu, logvar, 1.0)[1].item()
    result = _evaluated(evaluate(remote.make(evaluate, "near_perfect_vae", **recipe), images, batch_size=10))
    expect(abs(result["reconstruction"] - expected) < 2e-4 + 0.01 * expected,  # a clamp at 1e-6 adds 7e-4
           f"For blank images that the model reconstructs almost perfectly the reconstruction term is "
           f"{result['reconstruction']:.2e}, expected {expected:.2e} nats per image: the images were changed before "
           "the loss (clamped to [eps, 1 - eps]?), or the logits (through a sigmoid and back with a clamp, "
           "torch.logit(torch.sigmoid(logits), eps)?). Pixels of exactly 0 and 1 are what the Bernoulli likelihood is "
           "for, and binary_cross_entropy_with_logits takes them and the decoder's logits as they are: evaluate the "
           "images as given, on the logits the decoder returns.")
    passed("evaluate runs in eval mode without gradients, samples z, and averages per image")


# ---------------------------------------------------------------- train

_HELPERS = ("iterate_minibatches", "train_step", "evaluate")
FAILED_STEP = "train_step failed (on purpose: a check's)"


def _run_train(train, generator, latent_dim, hidden, n_train, n_test, epochs, batch_size, lr, beta=None, states=(),
               kind="Adam", failing=False, rising=False, progress=False, seed=None, noise_seed=None, nan_at=None,
               test_split="test", factor=None):
    """train on given objects made on the student's side, with the course's helpers in place of the student's:
    (history, records of the calls to the helpers, the recipe of the model, the weights after, the images).
    states: the helpers whose records keep a copy of the model's weights at each call; kind: the optimizer's;
    failing: train_step raises a RuntimeError instead; rising: evaluate reports a test loss that rises every epoch;
    progress: passed on to train; seed: torch's global random state is seeded with it first. The notebook's tqdm is
    watched too, when it has one (records["tqdm"], else []); records["shuffler"] is the generator train received.
    noise_seed: the model draws z from its own generator of that seed (given.vae), so that a run here repeats it;
    nan_at: the training image of that index holds a NaN (the loss, then the weights, become NaN); test_split: the
    split the test images are drawn from ("train" for more than MNIST's 10,000 test images); factor: a LambdaLR of that
    constant factor is attached to the optimizer first (its lr becomes lr * factor, its initial_lr lr)."""
    recipe = dict(latent_dim=latent_dim, hidden=hidden, seed=_weights_seed(generator))
    if noise_seed is not None:
        recipe["noise_seed"] = noise_seed
    train_images = given.mnist_images(split="train", n=n_train, start=_draw(generator, 0, 55_000))
    if nan_at is not None:  # a copy, sent as data: the recipe's images have no NaN
        train_images = train_images.clone()
        train_images[nan_at, 0, 14, 14] = float("nan")
    test_images = given.mnist_images(split=test_split, n=n_test,
                                     start=_draw(generator, 0, 9_000 if test_split == "test" else 45_000))
    model = remote.make(train, "vae", **recipe)
    optimizer = remote.make(train, "optimizer", model=model, kind=kind, lr=lr)
    if factor is not None:
        remote.make(train, "learning_rate_scheduled", optimizer=optimizer, factor=factor)
    shuffle_seed = _weights_seed(generator)
    shuffler = remote.make(train, "generator", seed=shuffle_seed)
    keywords = {"progress": progress} if beta is None else {"beta": beta, "progress": progress}
    if seed is not None:
        remote.make(train, "global_random").seed(seed)
    watched = dict({name: name in states for name in _HELPERS}, tqdm=False)
    history, records = remote.watching(
        train, watched, model, optimizer, train_images, test_images, epochs, batch_size, shuffler, **keywords,
        _instead=dict({name: given.course_function(name=name) for name in _HELPERS},
                      **({"train_step": given.raising(message=FAILED_STEP)} if failing else {}),
                      **({"evaluate": given.rising_evaluate()} if rising else {})), _optional=["tqdm"])
    records = dict(records, training_after=model.training, optimizer=identity(optimizer),  # the mode train left it in
                   shuffler=shuffler, learning_rates=remote.make(train, "learning_rates")(optimizer))
    return history, records, recipe, remote.inspect(model, "state"), train_images, test_images, shuffle_seed


def train_history(train, seed=54):
    """Check train: the history has the six keys, one float per epoch, and the losses go down.

    The model given to train must learn (measured here on its weights), and the losses be in nats per image.
    """
    generator = torch.Generator().manual_seed(seed)
    epochs = 3
    history, records, recipe, state, _, test_images, _ = _run_train(train, generator, 8, (64,),
                                                                    _draw(generator, 900, 1100), 200, epochs, 64, 3e-3)
    expect(type(history) is dict and sorted(history) == sorted(HISTORY_KEYS),
           f"The history must be a dict with exactly the keys {HISTORY_KEYS}; it has "
           f"{sorted(history)[:8] if type(history) is dict else type(history).__name__}.")
    for key in HISTORY_KEYS:
        expect(type(history[key]) is list and len(history[key]) == epochs,
               f"history[{key!r}] must be a list with one value per epoch ({epochs} here).")
        expect(all(type(value) is float for value in history[key]), f"history[{key!r}] must hold Python floats.")
    # The model itself, measured here on its weights: train must train the model it was given.
    noise = _weights_seed(generator)
    before = training.evaluate(given.vae(**recipe), test_images, seed=noise)["total"]
    after = training.evaluate(_local_copy(state, 8, (64,)), test_images, seed=noise)["total"]
    expect(after < before - 50,
           f"The model given to train did not learn: its test loss went from {before:.1f} to {after:.1f} nats per "
           "image. Call train_step(model, optimizer, x, beta) on every batch, with the model and the optimizer that "
           "train receives.")
    # train must step the optimizer it receives: with one whose learning rate is 0, the weights stay as they were.
    _, _, recipe_still, still, _, _, _ = _run_train(train, generator, 4, (16,), 150, 40, 1, 64, 0.0, kind="SGD")
    expect(same_state(still, given.vae(**recipe_still).state_dict()),
           "train changed the weights although the optimizer it received has a learning rate of 0: use that optimizer "
           "(pass it to train_step), do not make a new one inside train.")
    expect({identity(_argument(step, 1, "optimizer")) for step in records["train_step"]} == {records["optimizer"]},
           "train_step was not always given the optimizer that train received: pass that optimizer to train_step on "
           "every batch, for the whole run; a new one (per epoch or per run) starts Adam's moment estimates from zero "
           "again.")
    # Twice the same run (same model, images and shuffling), the global random state moving on between the two: the
    # noise of the samples z differs, so the results must too.
    twice = [_run_train(train, torch.Generator().manual_seed(noise), 4, (16,), 150, 40, 1, 64, 1e-3)[0]
             for _ in range(2)]
    expect(type(twice[0]) is dict and twice[0].get("train_total") != twice[1].get("train_total"),
           "Two runs of train from different random states gave the same losses: train reseeds torch's global random "
           "state (torch.manual_seed inside it), so the caller's seed no longer decides the noise of the samples z, "
           "and every run repeats the same noise. Leave seeding to the caller (the notebook seeds once, at the top).")
    expect(history["train_total"][-1] < history["train_total"][0] and history["test_total"][-1] < history["test_total"][0],
           f"The losses did not go down over {epochs} epochs: train {history['train_total']}, test {history['test_total']}.")
    expect(50 < history["test_total"][-1] < 400 and 50 < history["train_total"][-1] < 400,
           "The losses should be in nats per image (between 50 and 400 here): average the sums over the images.")
    # No epoch: every key is there, with an empty list (the notebook's later cells extend each list).
    empty = _run_train(train, generator, 4, (16,), 150, 40, 0, 64, 1e-3)[0]
    expect(type(empty) is dict and sorted(empty) == sorted(HISTORY_KEYS) and all(empty[key] == [] for key in HISTORY_KEYS),
           f"train with epochs=0 must return every key of HISTORY_KEYS with an empty list (one float per epoch, and "
           f"there is none), not {empty if type(empty) is dict else type(empty).__name__}: make the history with all "
           "its keys before the loop, {key: [] for key in HISTORY_KEYS}.")
    try:
        _run_train(train, generator, 4, (16,), 150, 40, 0, 64, 1e-3, progress=True)
    except Exception as error:
        raise AssertionError(f"train with epochs=0 and progress=True failed with {type(error).__name__}: {error}. No "
                             "epoch is a run like any other: anything train prints or shows must work with empty "
                             "histories too (history['test_total'][-1] does not exist).") from None
    expect(records["learning_rates"] == [3e-3],
           f"After train, the optimizer it received has the learning rates {records['learning_rates']} instead of the "
           "[0.003] it was given: train changed them (a learning-rate scheduler, or param_groups edited). The optimizer "
           "is the caller's, as it was made: train only steps it, through train_step.")
    # A test loss that rises every epoch (overfitting, as the course's small training sets show): train goes on for
    # every epoch asked and ends with the last weights, as a run whose test loss falls does. Five epochs: a rule that
    # stops once the loss has risen for 1 to 3 epochs (a patience, a comparison with two epochs before) still stops
    # before the last one.
    noise, seeds, epochs = _draw(generator, 0, 10 ** 6), _draw(generator, 0, 10 ** 6), 5
    runs = [_run_train(train, torch.Generator().manual_seed(seeds), 4, (16,), 150, 40, epochs, 64, 3e-3, seed=noise,
                       rising=rising) for rising in (False, True)]
    rising, steps = runs[1][0], len(runs[1][1]["train_step"])
    expect(type(rising) is dict and all(type(rising.get(key)) is list and len(rising[key]) == epochs
                                        for key in HISTORY_KEYS) and steps == epochs * math.ceil(150 / 64),
           f"With a test loss that rises every epoch, train stopped early: {epochs} epochs of 150 images in batches of "
           f"64 asked, history holds {len(rising.get('test_total', [])) if type(rising) is dict else rising!r} values "
           f"and train_step was called {steps} times (expected {epochs * math.ceil(150 / 64)}). Train for every epoch "
           "asked (no early stopping: the caller chose `epochs`, and the history has one value per epoch).")
    expect(same_state(runs[1][3], runs[0][3]),
           "With a test loss that rises every epoch, train ended with other weights than with a test loss that falls: "
           "train must end with the weights of the last step (do not reload the best epoch's weights, or stop early); "
           "the test loss is only recorded.")
    # Two epochs of Adam on a model whose noise is seeded, against the same steps (the batches and modes train_step was
    # called with) taken here with one optimizer for the whole run: its moment estimates (its state) carry over from
    # epoch to epoch as from step to step.
    epochs, lr = 2, 3e-3
    _, records, recipe, state, _, _, _ = _run_train(train, generator, 4, (16,), 150, 40, epochs, 64, lr,
                                                    noise_seed=_weights_seed(generator))
    reference = _replayed(recipe, records["train_step"], lr)
    # (as in train_step's check: rounding may flip the sign of a gradient that is about 0, so a few weights may differ)
    moved = sum(((state[name] - tensor).abs() > 1e-4).sum().item() for name, tensor in reference.items()
                if name in state and state[name].shape == tensor.shape)
    total = sum(tensor.numel() for tensor in reference.values())
    expect(set(state) == set(reference) and moved <= 0.01 * total,
           f"{epochs} epochs of train with Adam moved {moved} of the {total} weights otherwise than the same steps taken "
           "with that one Adam optimizer for the whole run do: Adam's moment estimates (optimizer.state) must carry over from "
           "epoch to epoch. Do not clear or reset the optimizer's state in train (optimizer.state.clear(), a new "
           "optimizer each epoch): it holds what the steps before learned about the gradients.")
    # A training image that holds a NaN (data gone wrong): the losses, then the weights, become NaN, and train still
    # runs every epoch asked, so that the history shows it; stopping in silence hides it behind a shorter history.
    epochs = 3
    try:
        diverged = _run_train(train, generator, 4, (16,), 150, 40, epochs, 64, 1e-3, nan_at=_draw(generator, 0, 149))[0]
    except remote.ChannelError:
        raise
    except Exception:  # noqa: BLE001 (an error that stops the training is a stop the caller sees)
        diverged = None
    expect(diverged is None or type(diverged) is dict and all(
        type(diverged.get(key)) is list and len(diverged[key]) == epochs for key in HISTORY_KEYS),
           f"With a training image that holds a NaN (the loss, then the weights, become NaN), train stopped early: "
           f"{epochs} epochs asked, history holds "
           f"{len(diverged.get('train_total', [])) if type(diverged) is dict else type(diverged).__name__} values. Do "
           "not break out of the loop when a loss is NaN: train for every epoch asked, and let the NaN show in the "
           "history (one value per epoch), as the caller's `epochs` asks.")
    passed("the history has the six keys, one float per epoch, and the losses go down")


def _replayed(recipe, steps, lr):
    """The weights (state_dict) of given.vae(**recipe) after the recorded calls of train_step `steps`, taken again here
    with the course's train_step, on the same batches, beta and model mode, with one Adam optimizer for the whole run:
    only what train does to the optimizer between the steps can differ (the batches, modes... have checks of their own)."""
    model = given.vae(**recipe)
    optimizer = given.optimizer(model=model, kind="Adam", lr=lr)
    step = given.course_function(name="train_step")
    for record in steps:
        model.train(record["modes"][0] is not False if record["modes"] else True)
        step(model, optimizer, _argument(record, 2, "x"), _argument(record, 3, "beta", 1.0))
    return model.state_dict()


def _argument(record, position, name, default=None):
    """An argument of a recorded call, passed by position or by name."""
    if len(record["args"]) > position:
        return record["args"][position]
    return record["kwargs"].get(name, default)


def train_loop(train, seed=55):
    """Check train: it uses train_step, iterate_minibatches and evaluate as asked, in the right modes.

    Also: a new shuffle every epoch, beta passed on, the training losses averaged per image, the test losses as
    evaluate returned them.
    Also: the default arguments of the statement's signature.
    """
    expect_defaults(train, "train")
    generator = torch.Generator().manual_seed(seed)
    epochs, batch_size = 2, _draw(generator, 96, 160)
    n = _not_a_multiple(_draw(generator, 2 * batch_size + 10, 3 * batch_size - 10), batch_size)
    beta = round(0.3 + 0.5 * torch.rand(1, generator=generator).item(), 2)
    # more than 1,000 test images: evaluate sees all of them
    history, records, _, final, train_images, test_images, shuffle_seed = _run_train(
        train, generator, 4, (32,), n, _draw(generator, 1_010, 1_100), epochs, batch_size, 1e-3, beta,
        states=("train_step", "evaluate"))
    steps, per_epoch = records["train_step"], math.ceil(n / batch_size)
    batches = [_argument(step, 2, "x") for step in steps]
    # The whole first batch, not its first image: a shuffle puts the first image first once in n (1 secret in 300).
    expect(len(steps) > 0 and type(batches[0]) is torch.Tensor
           and not torch.equal(batches[0], train_images[:len(batches[0])]),
           "The first batch is the first training images in order (or train_step was not called): shuffle the "
           "batches with iterate_minibatches(train_images, batch_size, generator) and call train_step on each.")
    expect(len(steps) == epochs * per_epoch,
           f"{epochs} epochs of {n} images in batches of {batch_size} make {epochs * per_epoch} calls to train_step, "
           f"not {len(steps)}: call train_step on every batch of iterate_minibatches.")
    expect(len(records["iterate_minibatches"]) == epochs, "Call iterate_minibatches once per epoch.")
    expect(not torch.equal(batches[0], batches[per_epoch]),
           "Both epochs saw the images in the same order: every epoch must shuffle anew. Pass the generator that "
           "train receives to iterate_minibatches in every epoch (it moves on from one pass to the next); do not "
           "make a new generator from a fixed seed in each epoch.")
    shuffler = torch.Generator().manual_seed(shuffle_seed)  # a copy of the one train received, as it started
    expect(all(torch.equal(batches[epoch * per_epoch], train_images[torch.randperm(n, generator=shuffler)[:batch_size]])
               for epoch in range(epochs)),
           "The batches are not in the order the generator train receives gives them: pass that generator to "
           "iterate_minibatches in every epoch, do not make a new one (seeded by the epoch number or anything else).")
    expect(all(step["modes"] and all(step["modes"]) for step in steps),
           "Some training steps ran with the model in eval mode (evaluate leaves it there): "
           "call model.train() at the start of every epoch.")
    evaluated = records["evaluate"]
    expect(all(_argument(step, 3, "beta", 1.0) == beta for step in steps)
           and all(_argument(call, 3, "beta", 1.0) == beta for call in evaluated),
           "Pass beta on to train_step and to evaluate.")
    expect(len(evaluated) == epochs and all(
        type(_argument(call, 1, "images")) is torch.Tensor and _argument(call, 1, "images").shape == test_images.shape
        and torch.equal(_argument(call, 1, "images"), test_images) for call in evaluated),
        f"Call evaluate(model, test_images, beta=beta) once after every epoch, on the test images, all {len(test_images)} "
        "of them (no subset such as test_images[:1000]: the test loss is the average over the whole test set).")
    expect(all(_argument(bar, 10, "disable", False) for bar in records["tqdm"]),
           "train showed a progress bar although it was called with progress=False: pass disable=not progress to tqdm.")
    # The weights each evaluation saw: those after its epoch's last step (the next epoch's first step starts there).
    after_epoch = [steps[(epoch + 1) * per_epoch]["states"][0] for epoch in range(epochs - 1)] + [final]
    expect(all(call["states"] and same_state(call["states"][0], weights) for call, weights in zip(evaluated, after_epoch)),
           "evaluate did not see the weights each epoch ended with: call evaluate after the epoch's training steps "
           "(evaluating at the start of an epoch records the previous epoch's test loss, and none of the last).")
    expect(records["training_after"] is False,
           "train left the model in training mode: the last thing it does is evaluate, which leaves the model in eval "
           "mode, and the notebook's next cells use it so. Call model.train() at the start of each epoch, not after "
           "evaluate.")
    expect(type(history) is dict and all(type(history.get(key)) is list and len(history[key]) == epochs
                                         for key in HISTORY_KEYS),
           f"train must return the history, a dict of lists of {epochs} values (one per epoch) for the keys {HISTORY_KEYS}.")
    for epoch in range(epochs):
        in_epoch = steps[epoch * per_epoch:(epoch + 1) * per_epoch]
        for index, term in enumerate(TERMS):
            key = f"train_{term}"
            expected = sum(step["result"][index] * len(_argument(step, 2, "x")) for step in in_epoch) / n
            value = history[key][epoch]
            expect(type(value) in (float, int) and abs(value - expected) < 1e-3,
                   f"history[{key!r}][{epoch}] is {value:.3f}, expected {expected:.3f}: the per-image average over the "
                   "epoch, i.e. the sum of loss * len(x) over the batches divided by the number of training images "
                   "(the last batch is smaller)." if type(value) in (float, int) else
                   f"history[{key!r}][{epoch}] must be a float, the per-image average over the epoch.")
        for term in TERMS:
            key = f"test_{term}"
            value = history[key][epoch]
            expect(type(value) in (float, int) and abs(value - evaluated[epoch]["result"][term]) < 1e-6,
                   f"history[{key!r}][{epoch}] must be the value evaluate returned for {term!r} after epoch {epoch}.")
    # The generator train received moves on as its shuffles draw from it: a second call of train (more epochs)
    # then shuffles anew, where a copy of it would repeat the same orders.
    expected = torch.Generator().manual_seed(shuffle_seed)
    for _ in range(epochs):
        torch.randperm(n, generator=expected)
    expect(torch.equal(records["shuffler"].get_state(), expected.get_state()),
           "After train, the generator it received is not where its shuffles leave it: train shuffled with a copy of it "
           "(or with another generator), so the caller's generator did not move on, and the next call of train (more "
           "epochs) repeats the same orders. Pass the generator itself to iterate_minibatches.")
    # A step that fails stops the training with its error: none is skipped in silence.
    try:
        _run_train(train, generator, 4, (16,), 150, 40, 1, 64, 1e-3, failing=True)
    except Exception as error:  # noqa: BLE001 (whichever error comes back, it must be the step's)
        expect(FAILED_STEP in str(error),
               f"With a train_step that raises RuntimeError({FAILED_STEP!r}), train raised {type(error).__name__}: "
               f"{error}. Let the step's own error through.")
    else:
        raise AssertionError(f"train went on although train_step raised RuntimeError({FAILED_STEP!r}): an error in a "
                             "step must stop the training (no try/except around train_step), or the history reports "
                             "the losses of steps that never ran.")
    # Three epochs and more: every epoch ends with an evaluation of its own weights (none repeats an earlier one).
    epochs = _draw(generator, 3, 4)
    history, records, _, _, _, _, _ = _run_train(train, generator, 4, (16,), 150, 40, epochs, 64, 1e-3)
    evaluated = records["evaluate"]
    expect(len(evaluated) == epochs and type(history) is dict and type(history.get("test_total")) is list
           and len(history["test_total"]) == epochs and all(
               abs(value - call["result"]["total"]) < 1e-6 for value, call in zip(history["test_total"], evaluated)),
           f"With {epochs} epochs, train called evaluate {len(evaluated)} times: evaluate after every epoch, each on "
           "that epoch's weights (not every other epoch, with an earlier result repeated in the history).")
    # A test set larger than MNIST's 10,000 test images: evaluate sees every one of them, however many.
    n_test = 10_000 + _draw(generator, 500, 2_000)
    _, records, _, _, _, test_images, _ = _run_train(train, generator, 4, (16,), 150, n_test, 1, 64, 1e-3,
                                                     test_split="train")
    sizes = [len(_argument(call, 1, "images")) if type(_argument(call, 1, "images")) is torch.Tensor else None
             for call in records["evaluate"]]
    expect(sizes == [n_test] and torch.equal(_argument(records["evaluate"][0], 1, "images"), test_images),
           f"With {n_test} test images, train called evaluate on {sizes} images: evaluate the whole test set it is "
           "given, evaluate(model, test_images, beta=beta), with no cap on its size (test_images[:5000] or any other "
           "subset): the test loss is the average over all of them.")
    # The caller's schedule (a LambdaLR that has brought the learning rate to 0, from an initial_lr of 1e-2) stays the
    # caller's: train steps with the optimizer's lr as it finds it, so the weights do not move.
    # (torch's random state forked: when the checks share the student's process, as in the course's tests, this run
    # leaves the draws of the checks after it as they were)
    with torch.random.fork_rng():
        _, records, _, _, _, _, _ = _run_train(train, generator, 4, (16,), 150, 40, 2, 64, 1e-2, factor=0.0)
    expect(records["learning_rates"] == [0.0],
           "The caller's scheduler had set the optimizer's learning rate to 0 (its initial_lr is 1e-2), and after train "
           f"the learning rates are {records['learning_rates']}: train reset the learning rate (to "
           "group['initial_lr']) or otherwise changed the optimizer's settings. The optimizer, its learning rate and "
           "its schedule are the caller's: only call train_step with it.")
    # Eight short epochs: beta reaches train_step as given in every epoch. The run above has 2, where a KL warm-up over
    # the first epochs // 2 (or // 3, // 4...) epochs is already over after the first.
    epochs, beta = 8, round(0.3 + 0.5 * torch.rand(1, generator=generator).item(), 2)
    with torch.random.fork_rng():
        _, records, _, _, _, _, _ = _run_train(train, generator, 4, (16,), 96, 40, epochs, 64, 1e-3, beta)
    steps = math.ceil(96 / 64)  # per epoch
    per_epoch = [[_argument(step, 3, "beta", 1.0) for step in records["train_step"][epoch * steps:(epoch + 1) * steps]]
                 for epoch in range(epochs)]
    expect(all(value == beta for values in per_epoch for value in values),
           f"train(..., epochs={epochs}, beta={beta}) passed these betas to train_step, epoch by epoch: "
           f"{[sorted({round(float(v), 4) for v in values}) for values in per_epoch]}. train changed beta over the "
           "epochs (a KL warm-up or annealing, such as beta * min(1, (epoch + 1) / (epochs // 2)), which a run of 2 or 3 "
           "epochs does not show). beta is the caller's choice: pass it to train_step as it is, at every step of every "
           "epoch.")
    passed("train calls your functions as asked, in training mode, and averages per image")


# ---------------------------------------------------------------- the model trained in the notebook

def target(model, history, EPOCHS, iterate_minibatches, train_step, evaluate, train, seed=56):
    """Check that the model you trained reaches the target test loss (3 epochs on 6,000 images while grading).

    The loss is measured here, on the weights of `model`, not read from `history`. One mistake, one charge: a
    model that misses the target is not charged here when a function it was trained with fails its own check.
    """
    fast = fast_mode()  # while grading: 3 epochs on 6,000 images, tested on the first 1,000 test images
    goal = 195.0 if fast else 100.0
    history, epochs = remote.fetch(history), remote.fetch(EPOCHS)
    # (a training that did not complete earns nothing here, even when a function it ran fails its own check: an
    # unfinished notebook must not get the target's points)
    expect(type(history) is dict and type(history.get("test_total")) is list and len(history["test_total"]) == epochs,
           f"The history of the training above must have one entry per epoch ({epochs}): run the training cell of "
           "section 5 once, after your functions pass their checks.")
    try:
        state = remote.inspect(remote.fetch(model), "state")  # the student's global, a handle to it in the kernel
        trained = _local_copy(state, 20, (512, 256))
    except Exception as error:
        raise AssertionError(f"`model` must be the VAE trained above, VAE(DenseEncoder(20, hidden=(512, 256)), DenseDecoder(20, hidden=(256, 512)), 20), "
                             f"but its weights could not be read as such ({type(error).__name__}).") from None
    images = given.mnist_images(split="test", n=1000 if fast else 10_000)
    loss = training.evaluate(trained, images, seed=seed)["total"]
    own = ((globals()["iterate_minibatches"], iterate_minibatches), (globals()["train_step"], train_step),
           (globals()["evaluate"], evaluate), (train_history, train), (train_loop, train))
    charged = [check.__name__ for check, function in own if loss >= goal and fails_own_check(check, function, seed=seed)]
    if charged:
        passed(f"test negative ELBO {loss:.1f}, not charged here: test_{charged[0]} charges the mistake already")
        return
    expect(loss < goal,
           f"Your trained model reaches a test negative ELBO of {loss:.1f} nats per image (measured by the check on "
           f"its weights); the reference solution reaches less than {goal:.0f} with the same budget. "
           "Check train_step and train.")
    passed(f"test negative ELBO {loss:.1f} < {goal:.0f} nats per image")


# ---------------------------------------------------------------- checkpoints

def checkpoint(save_checkpoint, load_checkpoint, seed=57):
    """Check save_checkpoint and load_checkpoint: a state_dict on disk, and a reloaded model that gives the same outputs.

    The reloaded model must be in eval mode, with the saved tensors (compared here with the saved model's).
    """
    generator = torch.Generator().manual_seed(seed)
    # The model holds a buffer too (state that is not a parameter, as BatchNorm's running statistics are).
    recipe = dict(latent_dim=_draw(generator, 2, 5), hidden=(_draw(generator, 8, 24),), buffer=True)
    weights = _weights_seed(generator)
    model = given.vae(**recipe, seed=weights)
    path = remote.make(save_checkpoint, "scratch_file", file_name="small.pt")
    # the same model, in training mode, with gradients (saved between backward() and the optimizer's step)
    saving = remote.make(save_checkpoint, "vae", **recipe, seed=weights, grads=True)
    save_checkpoint(saving, path)
    expect(saving.training is True,
           "save_checkpoint switched the model to evaluation mode: saving must not change the model (a model saved "
           "in the middle of training would go on training in evaluation mode). Only load_checkpoint calls model.eval().")
    expect_every_mode(saving, True, "save_checkpoint switched part of the model (its encoder, its decoder or one of their "
                      "layers) to evaluation mode: saving must not change the model. Only torch.save(model.state_dict(), "
                      "path).")
    expect_grads_kept(saving, dict(recipe, seed=weights),
                      "save_checkpoint changed the model's gradients (.grad): saving must not change the model (the "
                      "caller may save between backward() and the optimizer's step, or read the gradients afterwards). "
                      "Only torch.save(model.state_dict(), path).")
    saved = remote.make(save_checkpoint, "file_reader")(path)
    expect(saved["exists"] is True, "save_checkpoint did not write the file it was given.")
    expect(saved["writable"] is True,
           "save_checkpoint left the checkpoint read-only (os.chmod): the next epoch's save to the same path then "
           "fails with PermissionError, and training stops. Write the file as torch.save writes it, and leave its "
           "permissions to the caller.")
    _, moved = remote.make(save_checkpoint, "reporting_folder", function=save_checkpoint)(
        remote.make(save_checkpoint, "vae", **recipe, seed=weights),
        remote.make(save_checkpoint, "scratch_file", file_name="folder.pt"))
    expect(moved is False,
           "save_checkpoint changed the working folder (os.chdir): every relative path the notebook uses afterwards "
           "(the data, the checkpoints of later epochs) then points elsewhere. Save to the path as given, "
           "torch.save(model.state_dict(), path), without changing folders.")
    state = model.state_dict()
    loaded = saved["loaded"]
    buffers = sorted(name for name, _ in model.named_buffers())
    expect(type(loaded) is not dict or not set(buffers) - set(loaded),
           f"The file lacks the model's buffers ({', '.join(buffers)}): save model.state_dict(), which holds the "
           "parameters and the buffers (such as BatchNorm's running statistics); named_parameters() or parameters() "
           "hold only the parameters.")
    expect(type(loaded) is dict and set(loaded) == set(state)
           and all(type(loaded[name]) is torch.Tensor and loaded[name].shape == tensor.shape for name, tensor in state.items()),
           "The file must hold model.state_dict() (torch.save(model.state_dict(), path)), not the model object."
           + (f" (torch.load(path, weights_only=True) could not read it: {saved['error']}.)" if saved["error"] else ""))
    watched = remote.make(save_checkpoint, "vae", **recipe, seed=weights, moves=True)
    save_checkpoint(watched, remote.make(save_checkpoint, "scratch_file", file_name="watched.pt"))
    expect(watched.moves == 0,
           "save_checkpoint moved or converted the model itself (model.cpu(), .to(...), .float()): on a GPU, training "
           "would then go on with the model on the CPU and its optimizer's state on the GPU. Saving must not change "
           "the model: torch.save(model.state_dict(), path); torch.load(..., map_location=...) is where a reader "
           "chooses the device.")
    # A fresh model of other weights: loading must not depend on the random initialisation of the fresh model.
    # (made on the student's side: every load below gets this one function, as a caller's build is one object)
    build = remote.make(load_checkpoint, "vae_builder", **recipe, seed=_weights_seed(generator))
    reloaded = load_checkpoint(path, build)
    try:
        reloaded_state = remote.inspect(reloaded, "state")
    except Exception:
        raise AssertionError(f"load_checkpoint must return the model that build() made, not a "
                             f"{type(reloaded).__name__}.") from None
    expect(reloaded.training is False, "load_checkpoint must return the model in eval mode (model.eval()).")
    expect(not any(modes(reloaded)),
           "load_checkpoint set only the model's own flag (model.training = False): its encoder and decoder are still in "
           "training mode. model.eval() puts every module in eval mode.")
    frozen = [name for name, _, trainable in remote.inspect(reloaded, "parameters") if not trainable]
    expect(not frozen, f"The reloaded model's parameters {frozen[:3]} do not require gradients: load_checkpoint must "
           "return the model as build() made it, trainable (a checkpoint is also where training resumes); do not call "
           "requires_grad_(False).")
    expect(set(reloaded_state) == set(state), "load_checkpoint must return the model that build() made.")
    try:  # training resumes from a checkpoint: the reloaded model must take a backward pass
        reloaded(given.mnist_images(split="test", n=2, start=0))[0].sum().backward()
    except Exception as error:
        raise AssertionError(f"The reloaded model cannot be trained: a backward pass through it failed with "
                             f"{type(error).__name__}: {error}. Build and load it with gradients available (no "
                             "torch.inference_mode() around build() or load_state_dict).") from None
    for name, tensor in state.items():
        expect_close(reloaded_state[name].float(), tensor, f"the reloaded model's {name}",
                     "The reloaded model does not give the same outputs: copy the saved tensors in with load_state_dict.")
    # The same path saved again (a later epoch overwrites its checkpoint): loading reads the file as it is now.
    later_weights = _weights_seed(generator)
    save_checkpoint(remote.make(save_checkpoint, "vae", **recipe, seed=later_weights), path)
    later_state = given.vae(**recipe, seed=later_weights).state_dict()
    again = remote.inspect(load_checkpoint(path, build), "state")
    expect(set(again) == set(later_state) and all(torch.allclose(again[name].float(), tensor, atol=1e-6)
                                                  for name, tensor in later_state.items()),
           "A checkpoint saved again to the same path, then loaded, gave the first model's tensors: load_checkpoint "
           "kept the first model it loaded from that path (a cache by path). Read the file at every call, and build "
           "a new model with build() each time.")
    first_now = remote.inspect(reloaded, "state")
    expect(all(torch.allclose(first_now[name].float(), tensor, atol=1e-6) for name, tensor in state.items()),
           "Loading a second checkpoint changed the model that the first load returned: load_checkpoint kept one model "
           "per build function (a cache) and loaded into it again, so both names are one model. Build a new model with "
           "build() at each call.")
    # A float64 model (model.double()), saved under a name that does not end in .pt: the file is at that very path,
    # and the model comes back as build() made it, in float64.
    path = remote.make(save_checkpoint, "scratch_file", file_name="epoch-3.ckpt")
    double_weights = _weights_seed(generator)
    save_checkpoint(remote.make(save_checkpoint, "vae", **recipe, seed=double_weights, double=True), path)
    expect(remote.make(save_checkpoint, "file_reader")(path)["exists"] is True,
           "save_checkpoint did not write a file at the path it was given, epoch-3.ckpt: save to `path` as it is "
           "(no .with_suffix('.pt'), no other name); load_checkpoint(path, ...) and any other reader look there.")
    build = remote.make(load_checkpoint, "vae_builder", **recipe, seed=_weights_seed(generator), double=True)
    double_state = remote.inspect(load_checkpoint(path, build), "state")
    expect(all(tensor.dtype == torch.float64 for tensor in double_state.values()),
           "load_checkpoint turned a float64 model (build() made it with model.double()) into "
           f"{sorted({str(tensor.dtype) for tensor in double_state.values()})}: return the model as build() made it, "
           "no .float() or .to(torch.float32).")
    expected_double = given.vae(**recipe, seed=double_weights, double=True).state_dict()
    expect(set(double_state) == set(expected_double) and all(torch.equal(double_state[name], tensor)
                                                            for name, tensor in expected_double.items()),
           "The reloaded float64 model does not hold the saved float64 tensors exactly.")
    # The caller's random state stays the caller's: what it draws after saving or loading depends on how it was seeded
    # (training that resumes from a checkpoint must not draw the same noise as every other resumed run).
    state = remote.make(save_checkpoint, "global_random")
    model = remote.make(save_checkpoint, "vae", **recipe, seed=weights)
    build = remote.make(load_checkpoint, "vae_builder", **recipe, seed=weights)
    seeds = torch.randint(0, 10 ** 6, (2,), generator=generator).tolist()
    for name, run in (("save_checkpoint", lambda: save_checkpoint(model, path)),
                      ("load_checkpoint", lambda: load_checkpoint(path, build))):
        after = []
        with torch.random.fork_rng(devices=[]):  # a visible check leaves the notebook's random state as it was
            for value in seeds:
                state.seed(value)
                run()
                after.append(state.draw(4))
        expect(not torch.equal(after[0], after[1]),
               f"After {name}, torch's global random state draws the same numbers however the caller seeded it: "
               f"{name} reseeds it (torch.manual_seed inside it), so every run that saves or resumes from a checkpoint "
               "draws the same noise from then on. Leave seeding to the caller.")
    # A path where nothing was saved (a typo, a run that never finished): an error, not build()'s untrained model.
    missing = remote.make(save_checkpoint, "scratch_file", file_name="never-saved.pt")
    try:
        load_checkpoint(missing, build)
    except Exception:  # noqa: BLE001 (whatever torch.load raises for a missing file is right)
        pass
    else:
        raise AssertionError("load_checkpoint of a path where no checkpoint was saved returned a model, the untrained one "
                             "build() made, instead of failing: a typo in the path would then evaluate random weights as "
                             "if they were the trained ones. Let torch.load's FileNotFoundError through (no try/except "
                             "around it).")
    # A model in float64 (model.double()) is saved and reloaded with its float64 digits.
    double = remote.make(save_checkpoint, "vae", **recipe, seed=weights, double=True, digits=True)
    save_checkpoint(double, path)
    reloaded = load_checkpoint(path, remote.make(load_checkpoint, "vae_builder", **recipe, seed=weights + 1, double=True))
    expected = given.vae(**recipe, seed=weights, double=True, digits=True).state_dict()
    got = remote.inspect(reloaded, "state")
    expect(type(got) is dict and set(got) == set(expected) and all(
        type(got[name]) is torch.Tensor and got[name].dtype == torch.float64 and torch.equal(got[name], tensor)
        for name, tensor in expected.items()),
           "A float64 model (model.double()) saved and reloaded into a float64 model lost digits or its dtype: save "
           "model.state_dict() as it is (no .float(), .half() or rounding).")
    # A model with an integer buffer (BatchNorm's num_batches_tracked, an int64): the file holds it too.
    width = _draw(generator, 3, 8)
    layered = remote.make(save_checkpoint, "layers", spec=[["Linear", 4, width], ["BatchNorm1d", width]],
                          seed=_weights_seed(generator))
    save_checkpoint(layered, path)
    saved = remote.make(save_checkpoint, "file_reader")(path)["loaded"]
    expected = given.layers(spec=[["Linear", 4, width], ["BatchNorm1d", width]], seed=0).state_dict()
    missing = sorted(set(expected) - set(saved if type(saved) is dict else ()))
    expect(type(saved) is dict and not missing,
           f"For a model with a BatchNorm layer, the file lacks {', '.join(missing) or 'the state_dict'}, an integer "
           "buffer: save model.state_dict() whole, its integer tensors too (no filter such as is_floating_point()), and "
           "load it with load_state_dict's strict checking (the default), which fails when a tensor is missing.")
    # Saving leaves a model in evaluation mode as it was (a model saved after evaluate, between epochs).
    evaluated = remote.make(save_checkpoint, "vae", **recipe, seed=weights)
    evaluated.eval()
    save_checkpoint(evaluated, path)
    expect_every_mode(evaluated, False,
                      "save_checkpoint switched a model in evaluation mode (or part of it) to training mode "
                      "(model.train()): saving must not change the model, in whichever mode the caller left it. "
                      "Only torch.save(model.state_dict(), path).")
    # A checkpoint of another architecture (latent_dim differs) cannot be loaded into build()'s model: an error.
    save_checkpoint(remote.make(save_checkpoint, "vae", **dict(recipe, latent_dim=recipe["latent_dim"] + 1),
                                seed=weights), path)
    try:
        load_checkpoint(path, remote.make(load_checkpoint, "vae_builder", **recipe, seed=weights))
    except Exception:  # noqa: BLE001 (load_state_dict's RuntimeError, or any other: an error is right)
        pass
    else:
        raise AssertionError("load_checkpoint of a checkpoint saved from a model of another shape (latent_dim "
                             f"{recipe['latent_dim'] + 1}, build() makes {recipe['latent_dim']}) returned build()'s model "
                             "instead of failing: the error of load_state_dict (a RuntimeError that names the mismatched "
                             "tensors) was caught. Let it through (no try/except around load_state_dict): a model with "
                             "untrained weights would otherwise pass for the trained one.")
    # A model with a frozen layer (fine-tuning keeps part of a network fixed): the parameters that do not require
    # gradients are part of the model too, and the file holds them.
    spec = [["Linear", 4, width], ["ReLU"], ["Linear", width, _draw(generator, 2, 5)]]
    save_checkpoint(remote.make(save_checkpoint, "layers", spec=spec, frozen=[0], seed=_weights_seed(generator)), path)
    saved = remote.make(save_checkpoint, "file_reader")(path)["loaded"]
    missing = sorted(set(given.layers(spec=spec, seed=0).state_dict()) - set(saved if type(saved) is dict else ()))
    expect(type(saved) is dict and not missing,
           f"For a model whose first layer is frozen (requires_grad_(False)), the file lacks "
           f"{', '.join(missing) or 'the state_dict'}: save_checkpoint left out the parameters that do not require "
           "gradients. A frozen parameter is part of the model all the same: save model.state_dict() whole (no filter "
           "on requires_grad), and load it with load_state_dict's strict checking (the default), which fails when a "
           "tensor is missing.")
    # The model trains on after it was saved (a checkpoint per epoch): what is loaded is what was saved, not the
    # weights the model has now.
    live = remote.make(save_checkpoint, "vae", **recipe, seed=weights)
    path = remote.make(save_checkpoint, "scratch_file", file_name="before-more-training.pt")
    save_checkpoint(live, path)
    remote.make(save_checkpoint, "shifted_weights", model=live, amount=0.1)
    got = remote.inspect(load_checkpoint(path, remote.make(load_checkpoint, "vae_builder", **recipe, seed=weights + 1)),
                         "state")
    expected = given.vae(**recipe, seed=weights).state_dict()
    expect(set(got) == set(expected) and all(torch.allclose(got[name].float(), tensor, atol=1e-6)
                                             for name, tensor in expected.items()),
           "A checkpoint loaded after the model it was saved from trained on (its weights changed in place after "
           "save_checkpoint) gave the model's new weights, not the saved ones: the checkpoint was kept in memory as "
           "model.state_dict(), whose tensors are the model's own and change with it. Load from the file, which holds "
           "the weights of the moment they were saved: model.load_state_dict(torch.load(path, weights_only=True)).")
    # An integer buffer is loaded too: a BatchNorm that has seen a batch (num_batches_tracked = 1, an int64) comes back
    # with its count, not with build()'s 0.
    spec = [["Linear", 4, width], ["BatchNorm1d", width]]
    counted = remote.make(save_checkpoint, "layers", spec=spec, seed=_weights_seed(generator))
    counted(torch.rand(_draw(generator, 4, 8), 4, generator=generator))  # in training mode: the statistics move on
    save_checkpoint(counted, path)
    expected = remote.inspect(counted, "state")
    got = remote.inspect(load_checkpoint(path, remote.make(load_checkpoint, "layers_builder", spec=spec,
                                                           seed=_weights_seed(generator))), "state")
    differ = [name for name, tensor in expected.items()
              if name not in got or got[name].dtype != tensor.dtype or not torch.equal(got[name], tensor)]
    expect(not differ,
           f"For a model with a BatchNorm layer that has seen a batch, the reloaded model's {', '.join(differ[:3])} "
           "differ from the saved ones (num_batches_tracked, BatchNorm's count of batches, is an integer buffer): "
           "load_checkpoint copied only some of the saved tensors (only the floating-point ones?). Load them all: "
           "model.load_state_dict(torch.load(path, weights_only=True)).")
    # The model trains on after it was saved: saving leaves which parameters require gradients as the caller set
    # them (here a first layer frozen for fine-tuning, the rest trainable).
    spec = [["Linear", 4, width], ["ReLU"], ["Linear", width, _draw(generator, 2, 5)]]
    partly = remote.make(save_checkpoint, "layers", spec=spec, frozen=[0], seed=_weights_seed(generator))
    save_checkpoint(partly, path)
    flags = {name: trainable for name, _, trainable in remote.inspect(partly, "parameters")}
    changed = sorted(name for name, trainable in flags.items() if trainable != (not name.startswith("0.")))
    expect(not changed,
           f"After save_checkpoint, the model's parameters {', '.join(changed[:3])} "
           + ("no longer require gradients" if any(not flags[name] for name in changed) else "require gradients again")
           + ": saving froze (or unfroze) the caller's model (model.requires_grad_(False)), which then cannot go on "
           "training after its checkpoint. Saving must not change the model: only torch.save(model.state_dict(), path).")
    # A path without a suffix (a run's folder and a plain name): the file is at that very path.
    path = remote.make(save_checkpoint, "scratch_file", file_name="checkpoint")
    save_checkpoint(remote.make(save_checkpoint, "vae", **recipe, seed=weights), path)
    expect(remote.make(save_checkpoint, "file_reader")(path)["exists"] is True,
           "save_checkpoint, given a path without a suffix (checkpoint), did not write a file at that path: save to "
           "`path` as it is (no .with_suffix('.pt') or added extension); load_checkpoint(path, ...) and any other "
           "reader look there.")
    # The reloaded model is build()'s model with the saved tensors, and nothing more: no gradients it never computed.
    reloaded = load_checkpoint(path, remote.make(load_checkpoint, "vae_builder", **recipe, seed=weights + 1))
    graded = [name for name, grad in remote.inspect(reloaded, "grads").items() if grad is not None]
    expect(not graded,
           f"The reloaded model's parameters {', '.join(graded[:3])} hold a .grad (p.grad = torch.zeros_like(p)), which "
           "build()'s model does not: load_checkpoint returns the model as build() made it, with the saved tensors, "
           "and nothing more. Gradients nobody computed are memory the size of the model, and an optimizer's step "
           "before any backward() (with weight decay, say) moves the weights by them.")
    # A diverged model (a step on a batch with a NaN pixel makes every weight NaN): the checkpoint gives it back as it
    # was saved, NaN and all, so that the caller sees the divergence.
    diverged = remote.make(save_checkpoint, "vae", **recipe, seed=weights)
    remote.make(save_checkpoint, "shifted_weights", model=diverged, amount=float("nan"))
    save_checkpoint(diverged, path)
    expected = remote.inspect(diverged, "state")
    got = remote.inspect(load_checkpoint(path, remote.make(load_checkpoint, "vae_builder", **recipe, seed=weights + 1)),
                         "state")
    differ = [name for name, tensor in expected.items()
              if name not in got or got[name].shape != tensor.shape or not torch.equal(got[name].isnan(), tensor.isnan())
              or not torch.equal(got[name].nan_to_num(), tensor.nan_to_num())]
    expect(any(not torch.isfinite(tensor).all() for tensor in expected.values()) and not differ,
           f"For a model whose weights had become NaN (a diverged run), the reloaded model's {', '.join(differ[:3])} "
           "differ from the saved ones: load_checkpoint replaced the NaN values (torch.nan_to_num), which passes a "
           "broken model off as a working one. Load the saved tensors as they are: "
           "model.load_state_dict(torch.load(path, weights_only=True)).")
    # A checkpoint that lacks a tensor build()'s model has (saved from a model without its buffer "calibration") fails
    # to load, as one of another shape does: the shapes that are there match, and only load_state_dict's strict
    # checking (the default) sees the missing one.
    save_checkpoint(remote.make(save_checkpoint, "vae", **dict(recipe, buffer=False), seed=weights), path)
    try:
        load_checkpoint(path, remote.make(load_checkpoint, "vae_builder", **recipe, seed=weights + 1))
    except Exception:  # noqa: BLE001 (load_state_dict's RuntimeError "Missing key(s)", or any other: an error is right)
        pass
    else:
        raise AssertionError("load_checkpoint of a checkpoint that lacks one of the model's tensors (saved from a model "
                             "without the buffer 'calibration' that build()'s model holds) returned build()'s model, "
                             "that tensor left as build() made it, instead of failing: load_state_dict was called with "
                             "strict=False, which skips missing and unexpected names. Keep the strict checking (the "
                             "default): a checkpoint that does not fit the model must fail loudly.")
    passed("a state_dict is saved, and the reloaded model has the saved tensors, in eval mode")


from vaecourse.checks import guard_torch_settings  # noqa: E402 (last: it wraps every check above)

guard_torch_settings(globals())
