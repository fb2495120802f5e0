"""Blind round 12: wrong and alternative answers for 05_training."""

NOTEBOOK = "05_training"


def _variant(base, old, new, count=1):
    found = base.count(old)
    if found != count:
        raise ValueError(f"expected {count} occurrence(s) of {old!r}, found {found}")
    return base.replace(old, new)


def _make(items):
    out = []
    for item in items:
        if len(item) == 3:
            name, gid, source = item
        else:
            name, gid, old, new, *rest = item
            source = _variant(BASE[gid], old, new, *rest)
        out.append(dict(name=name, grade_id=gid, source=source))
    return out


BASE = {}

BASE["iterate_minibatches"] = r'''def iterate_minibatches(images, batch_size, generator):
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

BASE["train_step"] = r'''def train_step(model, optimizer, x, beta=1.0):
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

BASE["evaluate"] = r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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

BASE["train"] = r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_images = len(train_images)
    n_batches = -(-n_images // batch_size)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / n_images)
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
'''

BASE["checkpoint"] = r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    return model
'''

_I, _S, _E, _T, _K = "iterate_minibatches", "train_step", "evaluate", "train", "checkpoint"

MISTAKES = _make([
    # iterate_minibatches
    ("drops the last, smaller batch", _I, "range(0, N, batch_size)", "range(0, N - batch_size + 1, batch_size)"),
    ("shuffles with the global random state, ignoring the generator", _I,
     "    order = torch.randperm(N, generator=generator)\n", "    order = torch.randperm(N)\n"),
    ("N // B + 1 batches: an empty last batch when B divides N", _I,
     "    for start in range(0, N, batch_size):\n        yield images[order[start:start + batch_size]]\n",
     "    for b in range(N // batch_size + 1):\n        yield images[order[b * batch_size:(b + 1) * batch_size]]\n"),
    ("indices drawn with replacement (torch.randint)", _I,
     "    order = torch.randperm(N, generator=generator)\n", "    order = torch.randint(N, (N,), generator=generator)\n"),
    ("reseeds the generator: the same order every epoch", _I,
     "    order = torch.randperm(N, generator=generator)\n",
     "    generator.manual_seed(0)\n    order = torch.randperm(N, generator=generator)\n"),
    ("draws the permutation but slices the images in their original order", _I,
     "yield images[order[start:start + batch_size]]", "yield images[start:start + batch_size]"),
    ("torch.tensor_split into ceil(N / B) near-equal parts instead of batches of B", _I,
     "    for start in range(0, N, batch_size):\n        yield images[order[start:start + batch_size]]\n",
     "    yield from torch.tensor_split(images[order], -(-N // batch_size))\n"),
    ("shuffles the images tensor in place (mutates the argument)", _I,
     "    for start in range(0, N, batch_size):\n        yield images[order[start:start + batch_size]]\n",
     "    images[:] = images[order]\n    for start in range(0, N, batch_size):\n        yield images[start:start + batch_size]\n"),
    # train_step
    ("zero_grad between backward and step: the update uses zero gradients", _S,
     "    optimizer.zero_grad()\n    total.backward()\n", "    total.backward()\n    optimizer.zero_grad()\n"),
    ("returns the losses recomputed after the update", _S,
     "    return total.item(), reconstruction.item(), kl.item()\n",
     "    with torch.no_grad():\n        logits, mu, logvar = model(x)\n        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)\n"
     "    return total.item(), reconstruction.item(), kl.item()\n"),
    ("beta not passed to the loss (always 1)", _S,
     "negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu, logvar)"),
    ("returns tensors instead of Python floats", _S, "return total.item(), reconstruction.item(), kl.item()",
     "return total.detach(), reconstruction.detach(), kl.detach()"),
    ("switches the model to eval mode: trains on z = mu", _S,
     "    logits, mu, logvar = model(x)\n", "    model.eval()\n    logits, mu, logvar = model(x)\n"),
    ("back-propagates the sum over the batch (loss times B)", _S, "    total.backward()\n",
     "    (total * len(x)).backward()\n"),
    # evaluate
    ("decodes the mean (model(x) in eval mode) instead of a sample", _E,
     "            mu, logvar = model.encoder(x)\n            z = reparameterize(mu, logvar)\n            logits = model.decoder(z)\n",
     "            logits, mu, logvar = model(x)\n"),
    ("plain mean of the per-batch averages", _E,
     "            sums[\"total\"] += total.item() * len(x)\n            sums[\"reconstruction\"] += reconstruction.item() * len(x)\n"
     "            sums[\"kl\"] += kl.item() * len(x)\n    return {key: value / len(images) for key, value in sums.items()}\n",
     "            sums[\"total\"] += total.item()\n            sums[\"reconstruction\"] += reconstruction.item()\n"
     "            sums[\"kl\"] += kl.item()\n    n_batches = -(-len(images) // batch_size)\n"
     "    return {key: value / n_batches for key, value in sums.items()}\n"),
    ("builds the computation graph (no torch.no_grad)", _E,
     "    with torch.no_grad():\n        for start", "    if True:\n        for start"),
    ("beta ignored: always evaluates at beta = 1", _E,
     "negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu, logvar)"),
    ("divides by the number of batches times batch_size", _E,
     "    return {key: value / len(images) for key, value in sums.items()}\n",
     "    n_batches = -(-len(images) // batch_size)\n    return {key: value / (n_batches * batch_size) for key, value in sums.items()}\n"),
    ("runs the evaluation in training mode and switches to eval only before returning", _E,
     _variant(_variant(BASE[_E], "    model.eval()\n    sums", "    model.train()\n    sums"),
              "    return {key: value / len(images)", "    model.eval()\n    return {key: value / len(images)")),
    ("leaves the model in training mode", _E,
     "    return {key: value / len(images) for key, value in sums.items()}\n",
     "    model.train()\n    return {key: value / len(images) for key, value in sums.items()}\n"),
    # train
    ("model.train() once before the loop: after the first evaluate, training runs in eval mode", _T,
     "    for epoch in range(epochs):\n        model.train()\n", "    model.train()\n    for epoch in range(epochs):\n"),
    ("divides the sums by the number of batches (mean of batch averages)", _T,
     "                sums[i] += loss * len(x)\n", "                sums[i] += loss * n_images / n_batches\n"),
    ("evaluates the test set at beta = 1 instead of the training beta", _T,
     "evaluate(model, test_images, beta=beta)", "evaluate(model, test_images)"),
    ("train_step called without beta", _T, "train_step(model, optimizer, x, beta)", "train_step(model, optimizer, x)"),
    ("a freshly seeded generator every epoch: the same batches each epoch", _T,
     "iterate_minibatches(train_images, batch_size, generator)",
     "iterate_minibatches(train_images, batch_size, torch.Generator().manual_seed(0))"),
    ("evaluates only once, after the last epoch", _T,
     "        result = evaluate(model, test_images, beta=beta)\n        history[\"test_total\"].append(result[\"total\"])\n"
     "        history[\"test_reconstruction\"].append(result[\"reconstruction\"])\n        history[\"test_kl\"].append(result[\"kl\"])\n",
     "    result = evaluate(model, test_images, beta=beta)\n    history[\"test_total\"].append(result[\"total\"])\n"
     "    history[\"test_reconstruction\"].append(result[\"reconstruction\"])\n    history[\"test_kl\"].append(result[\"kl\"])\n"),
    ("appends the training losses after every batch", _T,
     "            for i, loss in enumerate(losses):\n                sums[i] += loss * len(x)\n"
     "        for key, value in zip((\"train_total\", \"train_reconstruction\", \"train_kl\"), sums):\n"
     "            history[key].append(value / n_images)\n",
     "            for key, loss in zip((\"train_total\", \"train_reconstruction\", \"train_kl\"), losses):\n"
     "                history[key].append(loss)\n"),
    ("progress flag inverted: the bar shows when progress=False", _T, "disable=not progress", "disable=progress"),
    # checkpoint
    ("pickles the whole model instead of its state_dict", _K,
     "    torch.save(model.state_dict(), path)\n", "    torch.save(model, path)\n"),
    ("the loaded model is left in training mode", _K, "    model.eval()\n    return model\n", "    return model\n"),
    ("returns the result of load_state_dict", _K,
     "    model.load_state_dict(torch.load(path, weights_only=True))\n    model.eval()\n    return model\n",
     "    model.eval()\n    return model.load_state_dict(torch.load(path, weights_only=True))\n"),
    ("loads into one model and returns another, untrained one", _K,
     "    model.eval()\n    return model\n", "    return build().eval()\n"),
    ("saves to a fixed file name, ignoring path", _K,
     "torch.save(model.state_dict(), path)", "torch.save(model.state_dict(), \"checkpoint.pt\")"),
    ("saves the weights in float16 to save disk space", _K,
     "torch.save(model.state_dict(), path)", "torch.save({k: v.half() for k, v in model.state_dict().items()}, path)"),
])

ALTERNATIVES = _make([
    ("split the shuffled tensor", _I,
     "    for start in range(0, N, batch_size):\n        yield images[order[start:start + batch_size]]\n",
     "    yield from images[order].split(batch_size)\n"),
    ("split the permutation", _I,
     "    for start in range(0, N, batch_size):\n        yield images[order[start:start + batch_size]]\n",
     "    for index in order.split(batch_size):\n        yield images[index]\n"),
    ("float() and zero_grad(set_to_none) first", _S,
     "    logits, mu, logvar = model(x)\n    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)\n"
     "    optimizer.zero_grad()\n    total.backward()\n    optimizer.step()\n    return total.item(), reconstruction.item(), kl.item()\n",
     "    optimizer.zero_grad(set_to_none=True)\n    logits, mu, logvar = model(x)\n"
     "    losses = negative_elbo(logits, x, mu, logvar, beta=beta)\n    losses[0].backward()\n    optimizer.step()\n"
     "    return tuple(float(loss.detach()) for loss in losses)\n"),
    ("tensor accumulation, converted at the end", _E,
     r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for x in images.split(batch_size):
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta=beta)) * len(x)
    averages = (sums / len(images)).tolist()
    return dict(zip(("total", "reconstruction", "kl"), averages))
'''),
    ("running sums in a dict, history from a dict comprehension", _T,
     r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    import math
    history = {key: [] for key in HISTORY_KEYS}
    for _ in range(epochs):
        model.train()
        running = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator),
                      total=math.ceil(len(train_images) / batch_size), disable=not progress):
            for name, value in zip(running, train_step(model, optimizer, x, beta)):
                running[name] += value * len(x)
        test = evaluate(model, test_images, beta=beta)
        for name in running:
            history[f"train_{name}"].append(running[name] / len(train_images))
            history[f"test_{name}"].append(test[name])
    return history
'''),
    ("map_location and a copied state dict", _K,
     "    torch.save(model.state_dict(), path)\n",
     "    torch.save({name: tensor.detach().clone() for name, tensor in model.state_dict().items()}, str(path))\n"),
    ("load with map_location cpu, eval() chained", _K,
     "    model = build()\n    model.load_state_dict(torch.load(path, weights_only=True))\n    model.eval()\n    return model\n",
     "    state = torch.load(path, map_location=\"cpu\", weights_only=True)\n    model = build()\n    model.load_state_dict(state)\n    return model.eval()\n"),
])
