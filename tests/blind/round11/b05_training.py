NOTEBOOK = "05_training"

# ---------------------------------------------------------------- helpers
BASE = {}


def mut(grade_id, *pairs):
    """Correct source of grade_id with each (old -> new) replacement applied (old must occur exactly once)."""
    source = BASE[grade_id]
    for old, new in zip(pairs[::2], pairs[1::2]):
        assert source.count(old) == 1, (grade_id, old, source.count(old))
        source = source.replace(old, new)
    assert source != BASE[grade_id]
    return source


def M(name, grade_id, *pairs, source=None):
    return dict(name=name, grade_id=grade_id, source=source if source is not None else mut(grade_id, *pairs))


A = M

# ---------------------------------------------------------------- correct answers
BASE["iterate_minibatches"] = '''def iterate_minibatches(images, batch_size, generator):
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

BASE["train_step"] = '''def train_step(model, optimizer, x, beta=1.0):
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

BASE["evaluate"] = '''def evaluate(model, images, batch_size=1000, beta=1.0):
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

BASE["train"] = '''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    n_batches = (n + batch_size - 1) // batch_size
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        test = evaluate(model, test_images, beta=beta)
        history["test_total"].append(test["total"])
        history["test_reconstruction"].append(test["reconstruction"])
        history["test_kl"].append(test["kl"])
    return history
'''

BASE["checkpoint"] = '''def save_checkpoint(model, path):
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

G = "iterate_minibatches"
MISTAKES = [
    M("drops the last incomplete batch", G, "for start in range(0, n, batch_size):", "for start in range(0, n - batch_size + 1, batch_size):"),
    M("global random state instead of the generator", G, "order = torch.randperm(n, generator=generator)", "order = torch.randperm(n)"),
    M("fresh generator seeded with 0 on every call (same order every epoch)", G,
      "order = torch.randperm(n, generator=generator)", "order = torch.randperm(n, generator=torch.Generator().manual_seed(0))"),
    M("re-seeds the caller's generator (same order every epoch)", G,
      "    order = torch.randperm(n, generator=generator)", "    generator.manual_seed(0)\n    order = torch.randperm(n, generator=generator)"),
    M("N // B + 1 batches: an empty batch when B divides N", G,
      "    for start in range(0, n, batch_size):\n        yield images[order[start:start + batch_size]]",
      "    for i in range(n // batch_size + 1):\n        yield images[order[i * batch_size:(i + 1) * batch_size]]"),
    M("returns a list of all batches instead of yielding them", G,
      "    for start in range(0, n, batch_size):\n        yield images[order[start:start + batch_size]]",
      "    return [images[order[start:start + batch_size]] for start in range(0, n, batch_size)]"),
    M("shuffles inside fixed batches only", G,
      "        yield images[order[start:start + batch_size]]",
      "        batch = images[start:start + batch_size]\n        yield batch[torch.randperm(len(batch), generator=generator)]"),
    M("shuffles the caller's tensor in place", G,
      "    for start in range(0, n, batch_size):\n        yield images[order[start:start + batch_size]]",
      "    images[:] = images[order]\n    for start in range(0, n, batch_size):\n        yield images[start:start + batch_size]"),
]

G = "train_step"
MISTAKES += [
    M("no zero_grad: gradients accumulate across steps", G, "    optimizer.zero_grad()\n", ""),
    M("zero_grad between backward and step (no update)", G,
      "    optimizer.zero_grad()\n    total.backward()\n    optimizer.step()",
      "    total.backward()\n    optimizer.zero_grad()\n    optimizer.step()"),
    M("beta not passed on", G, "negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu, logvar)"),
    M("switches the model to eval mode (decodes mu, no sampling)", G,
      "    logits, mu, logvar = model(x)", "    model.eval()\n    logits, mu, logvar = model(x)"),
    M("reports the losses after the update", G, "    return total.item(), reconstruction.item(), kl.item()",
      "    with torch.no_grad():\n        logits, mu, logvar = model(x)\n"
      "        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)\n"
      "    return total.item(), reconstruction.item(), kl.item()"),
    M("loss summed over the batch for the gradient", G, "total.backward()", "(total * len(x)).backward()"),
    M("gradient clipping changes the step", G, "    optimizer.step()\n",
      "    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)\n    optimizer.step()\n"),
]

G = "evaluate"
MISTAKES += [
    M("plain mean of the batch averages", G,
      "            sums[\"total\"] += total.item() * len(x)\n            sums[\"reconstruction\"] += reconstruction.item() * len(x)\n            sums[\"kl\"] += kl.item() * len(x)\n    return {key: value / len(images) for key, value in sums.items()}",
      "            sums[\"total\"] += total.item()\n            sums[\"reconstruction\"] += reconstruction.item()\n            sums[\"kl\"] += kl.item()\n"
      "    n_batches = (len(images) + batch_size - 1) // batch_size\n    return {key: value / n_batches for key, value in sums.items()}"),
    M("decodes the mean (model(x) in eval mode)", G,
      "            mu, logvar = model.encoder(x)\n            z = reparameterize(mu, logvar)\n            logits = model.decoder(z)",
      "            logits, mu, logvar = model(x)"),
    M("puts the model back in training mode at the end", G,
      "    return {key: value / len(images) for key, value in sums.items()}",
      "    model.train()\n    return {key: value / len(images) for key, value in sums.items()}"),
    M("divides by n_batches * batch_size (assumes full batches)", G,
      "    return {key: value / len(images) for key, value in sums.items()}",
      "    n_seen = ((len(images) + batch_size - 1) // batch_size) * batch_size\n    return {key: value / n_seen for key, value in sums.items()}"),
    M("skips the last batch", G, "for start in range(0, len(images), batch_size):",
      "for start in range(0, len(images) - batch_size, batch_size):"),
    M("Monte-Carlo KL from the sampled z instead of the closed form", G,
      "            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)",
      "            _, reconstruction, _ = negative_elbo(logits, x, mu, logvar, beta)\n"
      "            log_q = (-0.5 * ((z - mu) ** 2 / logvar.exp() + logvar)).sum(dim=1)\n"
      "            log_p = (-0.5 * z ** 2).sum(dim=1)\n"
      "            kl = (log_q - log_p).mean()\n            total = reconstruction + beta * kl"),
    M("samples through model(x) in training mode", G,
      "            mu, logvar = model.encoder(x)\n            z = reparameterize(mu, logvar)\n            logits = model.decoder(z)",
      "            model.train()\n            logits, mu, logvar = model(x)\n            model.eval()"),
]

G = "train"
MISTAKES += [
    M("model.train() only once, before the first epoch", G,
      "    for epoch in range(epochs):\n        model.train()\n", "    model.train()\n    for epoch in range(epochs):\n"),
    M("training averages: mean of batch averages", G, "sums[i] += losses[i] * len(x)", "sums[i] += losses[i] * n / n_batches"),
    M("evaluate without beta", G, "test = evaluate(model, test_images, beta=beta)", "test = evaluate(model, test_images)"),
    M("own generator instead of the given one", G,
      "batches = iterate_minibatches(train_images, batch_size, generator)",
      "batches = iterate_minibatches(train_images, batch_size, torch.Generator().manual_seed(epoch))"),
    M("running sums not reset between epochs", G,
      "    for epoch in range(epochs):\n        model.train()\n        sums = [0.0, 0.0, 0.0]\n",
      "    sums = [0.0, 0.0, 0.0]\n    for epoch in range(epochs):\n        model.train()\n"),
    M("one optimisation step written inline instead of train_step", G,
      "            losses = train_step(model, optimizer, x, beta)",
      "            logits, mu, logvar = model(x)\n            parts = negative_elbo(logits, x, mu, logvar, beta)\n"
      "            optimizer.zero_grad()\n            parts[0].backward()\n            optimizer.step()\n"
      "            losses = [part.item() for part in parts]"),
    M("progress bar always on", G, "for x in tqdm(batches, total=n_batches, disable=not progress):",
      "for x in tqdm(batches, total=n_batches):"),
    M("evaluates before the epoch's training", G,
      "        model.train()\n        sums = [0.0, 0.0, 0.0]\n",
      "        test = evaluate(model, test_images, beta=beta)\n        model.train()\n        sums = [0.0, 0.0, 0.0]\n",
      "        test = evaluate(model, test_images, beta=beta)\n        history[\"test_total\"]",
      "        history[\"test_total\"]"),
]

G = "checkpoint"
MISTAKES += [
    M("saves the whole model object", G, "    torch.save(model.state_dict(), path)",
      "    torch.save(model, path)",
      "    model = build()\n    state = torch.load(path, weights_only=True)\n    model.load_state_dict(state)\n",
      "    model = torch.load(path, weights_only=False)\n"),
    M("loaded model left in training mode", G, "    model.eval()\n    return model", "    return model"),
    M("loads into one model and returns another, fresh one", G,
      "    model.load_state_dict(state)\n    model.eval()\n    return model",
      "    model.load_state_dict(state)\n    model = build()\n    model.eval()\n    return model"),
    M("state dict wrapped in a dict", G, "    torch.save(model.state_dict(), path)", "    torch.save({\"model\": model.state_dict()}, path)",
      "    model.load_state_dict(state)", "    model.load_state_dict(state[\"model\"])"),
    M("returns the bound method model.eval instead of the model", G, "    model.eval()\n    return model", "    return model.eval"),
    M("appends .pt to the path", G, "    torch.save(model.state_dict(), path)", "    torch.save(model.state_dict(), str(path) + \".pt\")",
      "    state = torch.load(path, weights_only=True)", "    state = torch.load(str(path) + \".pt\", weights_only=True)"),
]

ALTERNATIVES = [
    A("split the permutation", "iterate_minibatches",
      "    for start in range(0, n, batch_size):\n        yield images[order[start:start + batch_size]]",
      "    for index in order.split(batch_size):\n        yield images[index]"),
    A("yield from a generator expression over a shuffled copy", "iterate_minibatches",
      "    for start in range(0, n, batch_size):\n        yield images[order[start:start + batch_size]]",
      "    shuffled = images[order]\n    yield from (shuffled[start:start + batch_size] for start in range(0, n, batch_size))"),
    A("model.zero_grad and float()", "train_step",
      "    optimizer.zero_grad()\n    total.backward()\n    optimizer.step()\n    return total.item(), reconstruction.item(), kl.item()",
      "    model.zero_grad(set_to_none=True)\n    total.backward()\n    optimizer.step()\n    return float(total), float(reconstruction), float(kl)"),
    A("inference_mode and tensor accumulation", "evaluate", source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    sums = torch.zeros(3)
    with torch.inference_mode():
        for x in images.split(batch_size):
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * x.shape[0]
    averages = (sums / images.shape[0]).tolist()
    return dict(zip(("total", "reconstruction", "kl"), averages))
'''),
    A("history filled through a key loop, per-image sums as tensors", "train", source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    for _ in range(epochs):
        model.train()
        totals = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
        bar = tqdm(iterate_minibatches(train_images, batch_size, generator),
                   total=-(-len(train_images) // batch_size), disable=not progress)
        for x in bar:
            for key, value in zip(totals, train_step(model, optimizer, x, beta=beta)):
                totals[key] += value * x.shape[0]
        measured = evaluate(model, test_images, beta=beta)
        for key in totals:
            history["train_" + key].append(totals[key] / len(train_images))
            history["test_" + key].append(measured[key])
    return history
'''),
    A("map_location and load_state_dict of a fresh build, eval() chained", "checkpoint",
      "    model = build()\n    state = torch.load(path, weights_only=True)\n    model.load_state_dict(state)\n    model.eval()\n    return model",
      "    state = torch.load(path, map_location=\"cpu\")\n    model = build()\n    model.load_state_dict(state)\n    return model.eval()"),
    A("Path objects and a saved copy of the state", "checkpoint",
      "    torch.save(model.state_dict(), path)",
      "    state = {name: tensor.detach().clone() for name, tensor in model.state_dict().items()}\n    torch.save(state, Path(path))"),
]
