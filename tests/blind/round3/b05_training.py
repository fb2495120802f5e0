NOTEBOOK = "05_training"

_IT = '''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
'''
_TS = '''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
'''
_EV = '''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
'''
_TR = '''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
'''
_SAVE = '''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
'''
_LOAD = '''

def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
'''
def _ck(save, load):
    return _SAVE + save + _LOAD + load
_SAVE_OK = "    torch.save(model.state_dict(), path)\n"
_LOAD_OK = "    model = build()\n    model.load_state_dict(torch.load(path, weights_only=True))\n    model.eval()\n    return model\n"

_TS_OK_BODY = '''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''

def _ev(body):
    return _EV + body

_EV_OK = '''    model.eval()
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

_TR_OK = '''    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-n // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
'''

def _ts(body):
    return _TS + body

def _tr(body):
    return _TR + body

MISTAKES = [
    # iterate_minibatches
    dict(name="drops the last partial batch", grade_id="iterate_minibatches",
         source=_IT + "    order = torch.randperm(len(images), generator=generator)\n    for i in range(len(images) // batch_size):\n        yield images[order[i * batch_size:(i + 1) * batch_size]]\n"),
    dict(name="ignores the generator (global RNG)", grade_id="iterate_minibatches",
         source=_IT + "    order = torch.randperm(len(images))\n    for start in range(0, len(images), batch_size):\n        yield images[order[start:start + batch_size]]\n"),
    dict(name="re-seeds the generator: same order every epoch", grade_id="iterate_minibatches",
         source=_IT + "    generator.manual_seed(0)\n    order = torch.randperm(len(images), generator=generator)\n    for start in range(0, len(images), batch_size):\n        yield images[order[start:start + batch_size]]\n"),
    dict(name="samples indices with replacement (randint)", grade_id="iterate_minibatches",
         source=_IT + "    n = len(images)\n    for start in range(0, n, batch_size):\n        index = torch.randint(n, (min(batch_size, n - start),), generator=generator)\n        yield images[index]\n"),
    dict(name="torch.chunk into ceil(N/B) pieces: wrong batch sizes", grade_id="iterate_minibatches",
         source=_IT + "    import math\n    order = torch.randperm(len(images), generator=generator)\n    for index in torch.chunk(order, math.ceil(len(images) / batch_size)):\n        yield images[index]\n"),
    dict(name="N // B + 1 batches: empty batch when B divides N", grade_id="iterate_minibatches",
         source=_IT + "    order = torch.randperm(len(images), generator=generator)\n    for i in range(len(images) // batch_size + 1):\n        yield images[order[i * batch_size:(i + 1) * batch_size]]\n"),
    dict(name="no shuffling", grade_id="iterate_minibatches",
         source=_IT + "    for start in range(0, len(images), batch_size):\n        yield images[start:start + batch_size]\n"),
    dict(name="shuffles only the order of the batches, not the images", grade_id="iterate_minibatches",
         source=_IT + "    starts = list(range(0, len(images), batch_size))\n    order = torch.randperm(len(starts), generator=generator)\n    for i in order.tolist():\n        yield images[starts[i]:starts[i] + batch_size]\n"),
    # train_step
    dict(name="never clears the gradients", grade_id="train_step",
         source=_ts(_TS_OK_BODY.replace("    optimizer.zero_grad()\n", ""))),
    dict(name="zero_grad between backward and step: no update", grade_id="train_step",
         source=_ts('''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.zero_grad()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
''')),
    dict(name="ignores beta", grade_id="train_step",
         source=_ts(_TS_OK_BODY.replace("negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu, logvar)"))),
    dict(name="back-propagates the reconstruction only", grade_id="train_step",
         source=_ts(_TS_OK_BODY.replace("total.backward()", "reconstruction.backward()"))),
    dict(name="returns the losses recomputed after the update", grade_id="train_step",
         source=_ts('''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    with torch.no_grad():
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    return total.item(), reconstruction.item(), kl.item()
''')),
    dict(name="returns tensors instead of floats", grade_id="train_step",
         source=_ts(_TS_OK_BODY.replace("return total.item(), reconstruction.item(), kl.item()", "return total.detach(), reconstruction.detach(), kl.detach()"))),
    dict(name="two optimizer steps", grade_id="train_step",
         source=_ts(_TS_OK_BODY.replace("    optimizer.step()\n", "    optimizer.step()\n    optimizer.step()\n"))),
    dict(name="loss summed over the batch (multiplied by B) before backward", grade_id="train_step",
         source=_ts(_TS_OK_BODY.replace("total.backward()", "(total * len(x)).backward()"))),
    dict(name="puts the model in eval mode (decodes mu, no sampling)", grade_id="train_step",
         source=_ts("    model.eval()\n" + _TS_OK_BODY)),
    # evaluate
    dict(name="plain mean of the per-batch averages", grade_id="evaluate",
         source=_ev('''    model.eval()
    parts = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            parts.append(torch.stack(negative_elbo(logits, x, mu, logvar, beta)))
    total, reconstruction, kl = torch.stack(parts).mean(0).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
''')),
    dict(name="decodes z = mu via model(x) in eval mode", grade_id="evaluate",
         source=_ev('''    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            logits, mu, logvar = model(x)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}
''')),
    dict(name="ignores beta", grade_id="evaluate",
         source=_ev(_EV_OK.replace("negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu, logvar)"))),
    dict(name="no torch.no_grad()", grade_id="evaluate",
         source=_ev('''    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
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
''')),
    dict(name="restores training mode at the end", grade_id="evaluate",
         source=_ev(_EV_OK.replace("    return {key", "    model.train()\n    return {key"))),
    dict(name="never calls model.eval()", grade_id="evaluate",
         source=_ev(_EV_OK.replace("    model.eval()\n", ""))),
    dict(name="divides by number of batches times batch_size", grade_id="evaluate",
         source=_ev(_EV_OK.replace("value / len(images)", "value / (batch_size * -(-len(images) // batch_size))"))),
    dict(name="drops the last partial batch", grade_id="evaluate",
         source=_ev(_EV_OK.replace("for start in range(0, len(images), batch_size):", "for start in range(0, len(images) - batch_size + 1, batch_size):").replace("value / len(images)", "value / (len(images) // batch_size * batch_size)"))),
    # train
    dict(name="model.train() only once, before the loop (eval after first evaluate)", grade_id="train",
         source=_tr(_TR_OK.replace("    for epoch in range(epochs):\n        model.train()\n", "    model.train()\n    for epoch in range(epochs):\n"))),
    dict(name="training averages = mean of batch means", grade_id="train",
         source=_tr('''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums, count = [0.0, 0.0, 0.0], 0
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i]
            count += 1
        history["train_total"].append(sums[0] / count)
        history["train_reconstruction"].append(sums[1] / count)
        history["train_kl"].append(sums[2] / count)
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
''')),
    dict(name="fresh seeded generator each epoch (same shuffle every epoch)", grade_id="train",
         source=_tr(_TR_OK.replace("iterate_minibatches(train_images, batch_size, generator)", "iterate_minibatches(train_images, batch_size, torch.Generator().manual_seed(0))"))),
    dict(name="evaluates with the default beta", grade_id="train",
         source=_tr(_TR_OK.replace("evaluate(model, test_images, beta=beta)", "evaluate(model, test_images)"))),
    dict(name="evaluates on the training images", grade_id="train",
         source=_tr(_TR_OK.replace("evaluate(model, test_images, beta=beta)", "evaluate(model, train_images, beta=beta)"))),
    dict(name="train_step called without beta", grade_id="train",
         source=_tr(_TR_OK.replace("train_step(model, optimizer, x, beta)", "train_step(model, optimizer, x)"))),
    dict(name="sums not weighted by len(x) but divided by N/B", grade_id="train",
         source=_tr(_TR_OK.replace("sums[i] += losses[i] * len(x)", "sums[i] += losses[i] * batch_size"))),
    dict(name="history reset inside the epoch loop (only last epoch kept)", grade_id="train",
         source=_tr(_TR_OK.replace("    history = {key: [] for key in HISTORY_KEYS}\n    n = len(train_images)\n    for epoch in range(epochs):\n", "    n = len(train_images)\n    for epoch in range(epochs):\n        history = {key: [] for key in HISTORY_KEYS}\n"))),
    # checkpoint
    dict(name="saves the whole model object", grade_id="checkpoint",
         source=_ck("    torch.save(model, path)\n", "    model = torch.load(path, weights_only=False)\n    model.eval()\n    return model\n")),
    dict(name="loaded model left in training mode", grade_id="checkpoint",
         source=_ck(_SAVE_OK, "    model = build()\n    model.load_state_dict(torch.load(path, weights_only=True))\n    return model\n")),
    dict(name="forgets to load the weights into the model", grade_id="checkpoint",
         source=_ck(_SAVE_OK, "    model = build()\n    state = torch.load(path, weights_only=True)\n    model.eval()\n    return model\n")),
    dict(name="saves named_parameters only (buffers lost)", grade_id="checkpoint",
         source=_ck("    torch.save(dict(model.named_parameters()), path)\n", "    model = build()\n    model.load_state_dict(torch.load(path, weights_only=False), strict=False)\n    model.eval()\n    return model\n")),
    dict(name="calls model.train() after loading", grade_id="checkpoint",
         source=_ck(_SAVE_OK, "    model = build()\n    model.load_state_dict(torch.load(path, weights_only=True))\n    model.train()\n    return model\n")),
]

ALTERNATIVES = [
    dict(name="split the permutation", grade_id="iterate_minibatches",
         source=_IT + "    order = torch.randperm(images.shape[0], generator=generator)\n    for index in order.split(batch_size):\n        yield images[index]\n"),
    dict(name="yield from shuffled tensor split", grade_id="iterate_minibatches",
         source=_IT + "    shuffled = images[torch.randperm(len(images), generator=generator)]\n    yield from torch.split(shuffled, batch_size)\n"),
    dict(name="model.zero_grad and float()", grade_id="train_step",
         source=_ts('''    model.zero_grad()
    logits, mu, logvar = model(x)
    losses = negative_elbo(logits, x, mu, logvar, beta=beta)
    losses[0].backward()
    optimizer.step()
    return tuple(float(loss) for loss in losses)
''')),
    dict(name="inference_mode, lists of tensors weighted", grade_id="evaluate",
         source=_ev('''    model.eval()
    weighted, n = torch.zeros(3, dtype=torch.float64), 0
    with torch.inference_mode():
        for batch in images.split(batch_size):
            mu, logvar = model.encoder(batch)
            logits = model.decoder(reparameterize(mu, logvar))
            parts = torch.stack(negative_elbo(logits, batch, mu, logvar, beta=beta)).double()
            weighted += parts * batch.shape[0]
            n += batch.shape[0]
    total, reconstruction, kl = (weighted / n).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
''')),
    dict(name="loop with zip over keys", grade_id="train",
         source=_tr('''    history = {key: [] for key in HISTORY_KEYS}
    for _ in range(epochs):
        model.train()
        totals = torch.zeros(3, dtype=torch.float64)
        seen = 0
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            totals += torch.tensor(train_step(model, optimizer, x, beta=beta), dtype=torch.float64) * len(x)
            seen += len(x)
        for key, value in zip(HISTORY_KEYS[:3], (totals / seen).tolist()):
            history[key].append(value)
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
    return history
''')),
    dict(name="open file handle, map_location, train(False)", grade_id="checkpoint",
         source=_ck("    with open(path, 'wb') as handle:\n        torch.save(model.state_dict(), handle)\n",
                    "    model = build()\n    state = torch.load(path, map_location='cpu', weights_only=True)\n    model.load_state_dict(state)\n    return model.train(False)\n")),
]
