"""Round 7 blind test cases for notebook 05_training (written from the student notebook only)."""

NOTEBOOK = "05_training"


def mut(template, old, new, count=1):
    """Replace `old` by `new` in `template`, insisting that `old` occurs exactly `count` times."""
    found = template.count(old)
    assert found == count, (old, found)
    return template.replace(old, new)


ITER = '''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    N = len(images)
    order = torch.randperm(N, generator=generator)
    for start in range(0, N, batch_size):
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

EVALUATE = '''def evaluate(model, images, batch_size=1000, beta=1.0):
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
    n_batches = (len(train_images) + batch_size - 1) // batch_size
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        history["train_total"].append(sums[0] / len(train_images))
        history["train_reconstruction"].append(sums[1] / len(train_images))
        history["train_kl"].append(sums[2] / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
'''

CHECKPOINT = '''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    state = torch.load(path, weights_only=True)
    model.load_state_dict(state)
    model.eval()
    return model
'''

M = []
A = []


def mistake(name, gid, source):
    M.append(dict(name=name, grade_id=gid, source=source))


def alternative(name, gid, source):
    A.append(dict(name=name, grade_id=gid, source=source))


# ----------------------------------------------------------------------------- iterate_minibatches
g = "iterate_minibatches"
mistake("drops the last, incomplete batch", g,
        mut(ITER, "for start in range(0, N, batch_size):", "for start in range(0, N - batch_size + 1, batch_size):"))
mistake("shuffles with the global random state (generator ignored)", g,
        mut(ITER, "order = torch.randperm(N, generator=generator)", "order = torch.randperm(N)"))
mistake("computes the order once and reuses it on later calls (same order every epoch)", g,
        mut(mut(ITER, "def iterate_minibatches(images, batch_size, generator):", "_orders = {}\n\n\ndef iterate_minibatches(images, batch_size, generator):"),
            "    order = torch.randperm(N, generator=generator)\n",
            "    if N not in _orders:\n        _orders[N] = torch.randperm(N, generator=generator)\n    order = _orders[N]\n"))
mistake("N // B + 1 batches: an extra empty batch when B divides N", g,
        mut(ITER, "    for start in range(0, N, batch_size):\n        yield images[order[start:start + batch_size]]\n",
            "    for b in range(N // batch_size + 1):\n        yield images[order[b * batch_size:(b + 1) * batch_size]]\n"))
mistake("shuffles the caller's tensor in place", g,
        mut(ITER, "    for start in range(0, N, batch_size):\n        yield images[order[start:start + batch_size]]\n",
            "    images[:] = images[order]\n    for start in range(0, N, batch_size):\n        yield images[start:start + batch_size]\n"))
mistake("folds the remainder into the last full batch", g,
        mut(ITER, "    for start in range(0, N, batch_size):\n        yield images[order[start:start + batch_size]]\n",
            "    n_batches = max(1, N // batch_size)\n    for b in range(n_batches):\n"
            "        end = N if b == n_batches - 1 else (b + 1) * batch_size\n        yield images[order[b * batch_size:end]]\n"))
mistake("reseeds the generator at every call (the same order every epoch)", g,
        mut(ITER, "    order = torch.randperm(N, generator=generator)\n",
            "    generator.manual_seed(0)\n    order = torch.randperm(N, generator=generator)\n"))

alternative("shuffled copy once, then contiguous slices via split", g,
            mut(ITER, "    for start in range(0, N, batch_size):\n        yield images[order[start:start + batch_size]]\n",
                "    shuffled = images[order]\n    yield from torch.split(shuffled, batch_size)\n"))
alternative("index chunks with order.split and index_select", g,
            mut(ITER, "    for start in range(0, N, batch_size):\n        yield images[order[start:start + batch_size]]\n",
                "    for index in order.split(batch_size):\n        yield images.index_select(0, index)\n"))

# ----------------------------------------------------------------------------- train_step
g = "train_step"
mistake("never clears the gradients", g, mut(STEP, "    optimizer.zero_grad()\n", ""))
mistake("zero_grad between backward and step (the step sees zero gradients)", g,
        mut(STEP, "    optimizer.zero_grad()\n    total.backward()\n", "    total.backward()\n    optimizer.zero_grad()\n"))
mistake("returns tensors instead of Python floats", g,
        mut(STEP, "return total.item(), reconstruction.item(), kl.item()", "return total.detach(), reconstruction.detach(), kl.detach()"))
mistake("beta not passed to negative_elbo", g,
        mut(STEP, "negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu, logvar)"))
mistake("optimizer.step() before backward (each step uses the previous batch's gradients)", g,
        mut(STEP, "    total.backward()\n    optimizer.step()\n", "    optimizer.step()\n    total.backward()\n"))
mistake("returns the losses recomputed after the update", g,
        mut(STEP, "    return total.item(), reconstruction.item(), kl.item()\n",
            "    with torch.no_grad():\n        logits, mu, logvar = model(x)\n"
            "        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)\n"
            "    return total.item(), reconstruction.item(), kl.item()\n"))
mistake("back-propagates the loss summed over the batch (as the PyTorch example does)", g,
        mut(STEP, "    total.backward()\n", "    (total * len(x)).backward()\n"))

alternative("zero_grad(set_to_none=True) first, float() conversions", g,
            mut(mut(STEP, "    logits, mu, logvar = model(x)\n", "    optimizer.zero_grad(set_to_none=True)\n    logits, mu, logvar = model(x)\n"),
                "    optimizer.zero_grad()\n    total.backward()\n    optimizer.step()\n    return total.item(), reconstruction.item(), kl.item()\n",
                "    (reconstruction + beta * kl).backward()\n    optimizer.step()\n    return float(total.detach()), float(reconstruction.detach()), float(kl.detach())\n"))

# ----------------------------------------------------------------------------- evaluate
g = "evaluate"
mistake("plain mean of the per-batch averages (last batch over-weighted)", g,
        mut(mut(EVALUATE, """            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}
""", """            sums["total"] += total.item()
            sums["reconstruction"] += reconstruction.item()
            sums["kl"] += kl.item()
            n_batches += 1
    return {key: value / n_batches for key, value in sums.items()}
"""), "    with torch.no_grad():\n", "    n_batches = 0\n    with torch.no_grad():\n"))
mistake("decodes z = mu (model(x) in eval mode) instead of a sample", g,
        mut(EVALUATE, "            mu, logvar = model.encoder(x)\n            z = reparameterize(mu, logvar)\n            logits = model.decoder(z)\n",
            "            logits, mu, logvar = model(x)\n"))
mistake("forgets model.eval()", g, mut(EVALUATE, "    model.eval()\n", ""))
mistake("no torch.no_grad()", g,
        mut(EVALUATE, "    with torch.no_grad():\n        for start", "    if True:\n        for start"))
mistake("ignores beta (total always at beta = 1)", g,
        mut(EVALUATE, "negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu, logvar)"))
mistake("switches back to training mode before returning", g,
        mut(EVALUATE, "    return {key: value / len(images) for key, value in sums.items()}\n",
            "    model.train()\n    return {key: value / len(images) for key, value in sums.items()}\n"))
mistake("skips the last, incomplete batch", g,
        mut(mut(EVALUATE, "for start in range(0, len(images), batch_size):", "for start in range(0, len(images) - batch_size + 1, batch_size):"),
            "    return {key: value / len(images) for key, value in sums.items()}\n",
            "    seen = (len(images) // batch_size) * batch_size\n    return {key: value / max(seen, 1) for key, value in sums.items()}\n"))

alternative("sums the per-image terms directly", g,
            mut(EVALUATE, """            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
""", """            _, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["reconstruction"] += float(reconstruction) * x.shape[0]
            sums["kl"] += float(kl) * x.shape[0]
            sums["total"] += (float(reconstruction) + beta * float(kl)) * x.shape[0]
"""))
alternative("torch.inference_mode and a split of the images", g,
            mut(mut(EVALUATE, "    with torch.no_grad():\n        for start in range(0, len(images), batch_size):\n            x = images[start:start + batch_size]\n",
                    "    with torch.inference_mode():\n        for x in images.split(batch_size):\n"),
                "            mu, logvar = model.encoder(x)\n", "            mu, logvar = model.encoder(x)\n"))

# ----------------------------------------------------------------------------- train
g = "train"
mistake("model.train() once before the loop (evaluate leaves it in eval mode after epoch 1)", g,
        mut(mut(TRAIN, "    for epoch in range(epochs):\n        model.train()\n", "    model.train()\n    for epoch in range(epochs):\n"),
            "        sums = [0.0, 0.0, 0.0]\n", "        sums = [0.0, 0.0, 0.0]\n"))
mistake("evaluates the test set at beta = 1 whatever beta", g,
        mut(TRAIN, "result = evaluate(model, test_images, beta=beta)", "result = evaluate(model, test_images)"))
mistake("averages the per-batch losses without weighting by the batch size", g,
        mut(mut(mut(mut(TRAIN, "sums[i] += losses[i] * len(x)", "sums[i] += losses[i]"),
                    'history["train_total"].append(sums[0] / len(train_images))', 'history["train_total"].append(sums[0] / n_batches)'),
                'history["train_reconstruction"].append(sums[1] / len(train_images))', 'history["train_reconstruction"].append(sums[1] / n_batches)'),
            'history["train_kl"].append(sums[2] / len(train_images))', 'history["train_kl"].append(sums[2] / n_batches)'))
mistake("creates the batch iterator once, before the epochs (exhausted after the first epoch)", g,
        mut(mut(TRAIN, "    for epoch in range(epochs):\n", "    batches = iterate_minibatches(train_images, batch_size, generator)\n    for epoch in range(epochs):\n"),
            "        batches = iterate_minibatches(train_images, batch_size, generator)\n", ""))
mistake("records the loss of the last batch of the epoch instead of the epoch average", g,
        mut(mut(mut(TRAIN, 'history["train_total"].append(sums[0] / len(train_images))', 'history["train_total"].append(losses[0])'),
                'history["train_reconstruction"].append(sums[1] / len(train_images))', 'history["train_reconstruction"].append(losses[1])'),
            'history["train_kl"].append(sums[2] / len(train_images))', 'history["train_kl"].append(losses[2])'))
mistake("writes the step inline instead of calling train_step", g,
        mut(TRAIN, "            losses = train_step(model, optimizer, x, beta)\n",
            "            logits, mu, logvar = model(x)\n            parts = negative_elbo(logits, x, mu, logvar, beta)\n"
            "            optimizer.zero_grad()\n            parts[0].backward()\n            optimizer.step()\n"
            "            losses = [part.item() for part in parts]\n"))
mistake("a fresh generator seeded with the epoch number instead of the given one", g,
        mut(TRAIN, "batches = iterate_minibatches(train_images, batch_size, generator)",
            "batches = iterate_minibatches(train_images, batch_size, torch.Generator().manual_seed(epoch))"))
mistake("evaluates only once, after the last epoch", g,
        mut(TRAIN, """        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
""", """    result = evaluate(model, test_images, beta=beta)
    history["test_total"].append(result["total"])
    history["test_reconstruction"].append(result["reconstruction"])
    history["test_kl"].append(result["kl"])
"""))

alternative("zip over the keys, and no tqdm total", g,
            '''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one."""
    history = {key: [] for key in HISTORY_KEYS}
    for _ in range(epochs):
        model.train()
        running = torch.zeros(3, dtype=torch.float64)
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            running += torch.tensor(train_step(model, optimizer, x, beta=beta), dtype=torch.float64) * len(x)
        for name, value in zip(("total", "reconstruction", "kl"), (running / len(train_images)).tolist()):
            history[f"train_{name}"].append(value)
        measured = evaluate(model, test_images, beta=beta)
        for name in ("total", "reconstruction", "kl"):
            history[f"test_{name}"].append(float(measured[name]))
    return history
''')

# ----------------------------------------------------------------------------- checkpoint
g = "checkpoint"
mistake("the loaded model is left in training mode", g, mut(CHECKPOINT, "    model.eval()\n", ""))
mistake("returns the result of load_state_dict instead of the model", g,
        mut(CHECKPOINT, "    model.load_state_dict(state)\n    model.eval()\n    return model\n",
            "    model.eval()\n    return model.load_state_dict(state)\n"))
mistake("model.eval without parentheses", g, mut(CHECKPOINT, "    model.eval()\n", "    model.eval\n"))
mistake("loads into one fresh model and returns another fresh one", g,
        mut(CHECKPOINT, "    model.load_state_dict(state)\n    model.eval()\n    return model\n",
            "    model.load_state_dict(state)\n    return build().eval()\n"))
mistake("saves the parameters only as a list (buffers and names lost)", g,
        mut(mut(CHECKPOINT, "    torch.save(model.state_dict(), path)\n", "    torch.save([p.detach() for p in model.parameters()], path)\n"),
            "    model.load_state_dict(state)\n",
            "    with torch.no_grad():\n        for p, saved in zip(model.parameters(), state):\n            p.copy_(saved)\n"))

alternative("state_dict to CPU, map_location and strict loading, return model.eval()", g,
            mut(mut(CHECKPOINT, "    torch.save(model.state_dict(), path)\n",
                    "    torch.save({k: v.detach().cpu() for k, v in model.state_dict().items()}, path)\n"),
                "    state = torch.load(path, weights_only=True)\n    model.load_state_dict(state)\n    model.eval()\n    return model\n",
                "    model.load_state_dict(torch.load(path, map_location='cpu', weights_only=True), strict=True)\n    return model.eval()\n"))

MISTAKES = M
ALTERNATIVES = A
