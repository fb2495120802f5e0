"""Blind round 6: wrong and alternative answers for notebook 05_training."""

NOTEBOOK = "05_training"


def swap(base, old, new):
    assert base.count(old) == 1, (old, base)
    return base.replace(old, new)


ITER = '''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    n = len(images)
    order = torch.randperm(n, generator=generator)
    for start in range(0, n, batch_size):
        yield images[order[start:start + batch_size]]
'''

STEP = '''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''

EVAL = '''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}
'''

TRAIN = '''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    n_batches = -(-n // batch_size)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=n_batches, disable=not progress):
            total, reconstruction, kl = train_step(model, optimizer, x, beta)
            sums[0] += total * len(x)
            sums[1] += reconstruction * len(x)
            sums[2] += kl * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
'''

SAVE = '''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)
'''

LOAD = '''def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    return model
'''


def ck(save=SAVE, load=LOAD):
    return save + "\n\n" + load


MISTAKES = [
    # ---- iterate_minibatches
    dict(name="drops the last incomplete batch", grade_id="iterate_minibatches",
         source=swap(ITER, "range(0, n, batch_size)", "range(0, n - batch_size + 1, batch_size)")),
    dict(name="no shuffling (images in their stored order)", grade_id="iterate_minibatches",
         source=swap(ITER, "order = torch.randperm(n, generator=generator)", "order = torch.arange(n)")),
    dict(name="shuffles with the global RNG, ignoring the generator", grade_id="iterate_minibatches",
         source=swap(ITER, "torch.randperm(n, generator=generator)", "torch.randperm(n)")),
    dict(name="ceil computed as N // B + 1: an empty batch at the end when B divides N", grade_id="iterate_minibatches",
         source=swap(ITER, "    for start in range(0, n, batch_size):\n        yield images[order[start:start + batch_size]]",
                     "    for b in range(n // batch_size + 1):\n        yield images[order[b * batch_size:(b + 1) * batch_size]]")),
    dict(name="each batch drawn at random with replacement (torch.randint, as in notebook 04)", grade_id="iterate_minibatches",
         source=swap(ITER, "        yield images[order[start:start + batch_size]]",
                     "        index = torch.randint(n, (min(batch_size, n - start),), generator=generator)\n        yield images[index]")),
    dict(name="reseeds the generator at every call: the same order every epoch", grade_id="iterate_minibatches",
         source=swap(ITER, "    order = torch.randperm(n, generator=generator)",
                     "    generator.manual_seed(0)\n    order = torch.randperm(n, generator=generator)")),
    # ---- train_step
    dict(name="never clears the gradients (no zero_grad)", grade_id="train_step",
         source=swap(STEP, "    optimizer.zero_grad()\n", "")),
    dict(name="zero_grad between backward and step (the step sees no gradient)", grade_id="train_step",
         source=swap(STEP, "    optimizer.zero_grad()\n    total.backward()\n", "    total.backward()\n    optimizer.zero_grad()\n")),
    dict(name="back-propagates only the reconstruction term", grade_id="train_step",
         source=swap(STEP, "total.backward()", "reconstruction.backward()")),
    dict(name="beta not passed to the loss (always 1)", grade_id="train_step",
         source=swap(STEP, "negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu, logvar)")),
    dict(name="returns tensors instead of Python floats", grade_id="train_step",
         source=swap(STEP, "return total.item(), reconstruction.item(), kl.item()",
                     "return total.detach(), reconstruction.detach(), kl.detach()")),
    dict(name="returns the losses recomputed after the update", grade_id="train_step",
         source=swap(STEP, "    return total.item(), reconstruction.item(), kl.item()",
                     "    with torch.no_grad():\n        logits, mu, logvar = model(x)\n"
                     "        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)\n"
                     "    return total.item(), reconstruction.item(), kl.item()")),
    dict(name="divides the (already per-image) loss by the batch size before backward", grade_id="train_step",
         source=swap(STEP, "total.backward()", "(total / len(x)).backward()")),
    # ---- evaluate
    dict(name="plain mean of the per-batch averages (last batch over-weighted)", grade_id="evaluate",
         source=swap(swap(swap(swap(EVAL, "total.item() * len(x)", "total.item()"), "reconstruction.item() * len(x)", "reconstruction.item()"),
                          "kl.item() * len(x)", "kl.item()"),
                     "return {key: value / len(images) for key, value in sums.items()}",
                     "n_batches = -(-len(images) // batch_size)\n    return {key: value / n_batches for key, value in sums.items()}")),
    dict(name="calls model(x) in eval mode: decodes mu instead of a sample", grade_id="evaluate",
         source=swap(EVAL, "            mu, logvar = model.encoder(x)\n            z = reparameterize(mu, logvar)\n            logits = model.decoder(z)\n",
                     "            logits, mu, logvar = model(x)\n")),
    dict(name="forgets model.eval() (stays in training mode)", grade_id="evaluate",
         source=swap(EVAL, "    model.eval()\n", "")),
    dict(name="no torch.no_grad(): builds the graph for every batch", grade_id="evaluate",
         source=swap(EVAL, "    with torch.no_grad():\n        for start", "    if True:\n        for start")),
    dict(name="ignores beta (always evaluates at beta = 1)", grade_id="evaluate",
         source=swap(EVAL, "negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu, logvar)")),
    dict(name="returns 0-d tensors instead of floats", grade_id="evaluate",
         source=swap(swap(swap(EVAL, "total.item() * len(x)", "total * len(x)"), "reconstruction.item() * len(x)", "reconstruction * len(x)"),
                     "kl.item() * len(x)", "kl * len(x)")),
    dict(name="switches back to training mode before returning", grade_id="evaluate",
         source=swap(EVAL, "    return {key: value / len(images) for key, value in sums.items()}",
                     "    model.train()\n    return {key: value / len(images) for key, value in sums.items()}")),
    dict(name="loops over N // batch_size full batches only (the remainder is skipped)", grade_id="evaluate",
         source=swap(EVAL, "for start in range(0, len(images), batch_size):\n            x = images[start:start + batch_size]",
                     "for b in range(len(images) // batch_size):\n            x = images[b * batch_size:(b + 1) * batch_size]")),
    # ---- train
    dict(name="model.train() once before the loop (evaluate leaves eval mode for the later epochs)", grade_id="train",
         source=swap(TRAIN, "    for epoch in range(epochs):\n        model.train()\n", "    model.train()\n    for epoch in range(epochs):\n")),
    dict(name="evaluates at beta = 1 instead of the training beta", grade_id="train",
         source=swap(TRAIN, "evaluate(model, test_images, beta=beta)", "evaluate(model, test_images)")),
    dict(name="a new generator seeded 0 every epoch instead of the one given (same order every epoch)", grade_id="train",
         source=swap(TRAIN, "iterate_minibatches(train_images, batch_size, generator)",
                     "iterate_minibatches(train_images, batch_size, torch.Generator().manual_seed(0))")),
    dict(name="averages the batch losses over the number of batches", grade_id="train",
         source=swap(swap(swap(swap(TRAIN, "sums[0] += total * len(x)", "sums[0] += total"), "sums[1] += reconstruction * len(x)",
                               "sums[1] += reconstruction"), "sums[2] += kl * len(x)", "sums[2] += kl"),
                     "    n = len(train_images)\n", "    n = -(-len(train_images) // batch_size)\n")),
    dict(name="evaluates on the training images", grade_id="train",
         source=swap(TRAIN, "evaluate(model, test_images, beta=beta)", "evaluate(model, train_images, beta=beta)")),
    dict(name="unpacks train_step as (total, kl, reconstruction)", grade_id="train",
         source=swap(TRAIN, "total, reconstruction, kl = train_step(", "total, kl, reconstruction = train_step(")),
    dict(name="train_step called without beta", grade_id="train",
         source=swap(TRAIN, "train_step(model, optimizer, x, beta)", "train_step(model, optimizer, x)")),
    # ---- checkpoint
    dict(name="saves the whole model object instead of its state_dict", grade_id="checkpoint",
         source=ck(save=swap(SAVE, "torch.save(model.state_dict(), path)", "torch.save(model, path)"))),
    dict(name="returns the loaded model in training mode (no eval)", grade_id="checkpoint",
         source=ck(load=swap(LOAD, "    model.eval()\n", ""))),
    dict(name="returns the result of load_state_dict instead of the model", grade_id="checkpoint",
         source=ck(load=swap(LOAD, "    model.load_state_dict(torch.load(path, weights_only=True))\n    model.eval()\n    return model",
                             "    model.eval()\n    return model.load_state_dict(torch.load(path, weights_only=True))"))),
    dict(name="calls build() a second time: returns a fresh, untrained model", grade_id="checkpoint",
         source=ck(load=swap(LOAD, "    model.eval()\n    return model", "    return build().eval()"))),
    dict(name="saves the bound method model.state_dict (not called)", grade_id="checkpoint",
         source=ck(save=swap(SAVE, "torch.save(model.state_dict(), path)", "torch.save(model.state_dict, path)"))),
]

ALTERNATIVES = [
    dict(name="iterate_minibatches with randperm(...).split(batch_size)", grade_id="iterate_minibatches",
         source=swap(ITER, "    n = len(images)\n    order = torch.randperm(n, generator=generator)\n"
                     "    for start in range(0, n, batch_size):\n        yield images[order[start:start + batch_size]]",
                     "    for index in torch.randperm(images.shape[0], generator=generator).split(batch_size):\n"
                     "        yield images[index]")),
    dict(name="iterate_minibatches shuffling once (images[order]) then slicing with a while loop", grade_id="iterate_minibatches",
         source=swap(ITER, "    n = len(images)\n    order = torch.randperm(n, generator=generator)\n"
                     "    for start in range(0, n, batch_size):\n        yield images[order[start:start + batch_size]]",
                     "    shuffled = images[torch.randperm(len(images), generator=generator)]\n    start = 0\n"
                     "    while start < len(shuffled):\n        yield shuffled[start:start + batch_size]\n        start += batch_size")),
    dict(name="train_step with zero_grad(set_to_none=True) first and float() conversions", grade_id="train_step",
         source='''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    optimizer.zero_grad(set_to_none=True)
    logits, mu, logvar = model(x)
    losses = negative_elbo(logits, x, mu, logvar, beta=beta)
    losses[0].backward()
    optimizer.step()
    return tuple(float(loss.detach()) for loss in losses)
'''),
    dict(name="evaluate with images.split, a float64 accumulator of the three parts and .tolist()", grade_id="evaluate",
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    weighted = torch.zeros(3, dtype=torch.float64)
    with torch.no_grad():
        for x in images.split(batch_size):
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            parts = torch.stack(negative_elbo(logits, x, mu, logvar, beta=beta)).double()
            weighted += parts * x.shape[0]
    total, reconstruction, kl = (weighted / images.shape[0]).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name="train with a dict of running sums keyed like the history, and zip over the three parts", grade_id="train",
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    parts = ("total", "reconstruction", "kl")
    for _ in range(epochs):
        model.train()
        running = dict.fromkeys(parts, 0.0)
        bar = tqdm(iterate_minibatches(train_images, batch_size, generator),
                   total=(len(train_images) + batch_size - 1) // batch_size, disable=not progress)
        for x in bar:
            for part, value in zip(parts, train_step(model, optimizer, x, beta=beta)):
                running[part] += value * x.shape[0]
        for part in parts:
            history["train_" + part].append(running[part] / len(train_images))
        measured = evaluate(model, test_images, beta=beta)
        for part in parts:
            history["test_" + part].append(measured[part])
    return history
'''),
    dict(name="checkpoint with an open file object and map_location='cpu'", grade_id="checkpoint",
         source='''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    with open(path, "wb") as file:
        torch.save(model.state_dict(), file)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    state = torch.load(path, map_location="cpu", weights_only=True)
    model = build()
    model.load_state_dict(state, strict=True)
    return model.eval()
'''),
]
