NOTEBOOK = "05_training"

_IT = '''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
{body}'''
_TS = '''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
{body}'''
_EV = '''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {{"total": float, "reconstruction": float, "kl": float}}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
{body}'''
_TR = '''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {{key: list of `epochs` floats}} for key in HISTORY_KEYS
    """
{body}'''
_CK = '''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
{save}


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
{load}'''

def it(b): return dict(grade_id="iterate_minibatches", source=_IT.format(body=b))
def ts(b): return dict(grade_id="train_step", source=_TS.format(body=b))
def ev(b): return dict(grade_id="evaluate", source=_EV.format(body=b))
def tr(b): return dict(grade_id="train", source=_TR.format(body=b))
SAVE = "    torch.save(model.state_dict(), path)"
LOAD = "    model = build()\n    model.load_state_dict(torch.load(path, weights_only=True))\n    model.eval()\n    return model"
def ck(save=SAVE, load=LOAD): return dict(grade_id="checkpoint", source=_CK.format(save=save, load=load))

TS_OK = '''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''

EV_OK = '''    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}'''

TR_OK = '''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        if progress:
            batches = tqdm(batches, total=-(-len(train_images) // batch_size), desc=f"epoch {epoch + 1}")
        for x in batches:
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history[f"test_{term}"].append(result[term])
    return history'''

MISTAKES = [
    dict(name="drops the last incomplete batch", **it("    order = torch.randperm(len(images), generator=generator)\n    for start in range(0, len(images) - batch_size + 1, batch_size):\n        yield images[order[start:start + batch_size]]")),
    dict(name="global RNG instead of generator", **it("    order = torch.randperm(len(images))\n    for start in range(0, len(images), batch_size):\n        yield images[order[start:start + batch_size]]")),
    dict(name="shuffles within batches only (fixed batch composition)", **it("    for start in range(0, len(images), batch_size):\n        x = images[start:start + batch_size]\n        yield x[torch.randperm(len(x), generator=generator)]")),
    dict(name="samples with replacement (randint)", **it("    n = len(images)\n    for start in range(0, n, batch_size):\n        size = min(batch_size, n - start)\n        yield images[torch.randint(n, (size,), generator=generator)]")),
    dict(name="draws a new permutation for every batch", **it("    for start in range(0, len(images), batch_size):\n        order = torch.randperm(len(images), generator=generator)\n        yield images[order[:min(batch_size, len(images) - start)]]")),
    dict(name="no zero_grad: gradients accumulate", **ts(TS_OK.replace("    optimizer.zero_grad()\n", ""))),
    dict(name="returns losses after the update (recomputes)", **ts('''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    with torch.no_grad():
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    return total.item(), reconstruction.item(), kl.item()''')),
    dict(name="beta not passed to the loss", **ts(TS_OK.replace("negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu, logvar)"))),
    dict(name="backpropagates reconstruction only", **ts(TS_OK.replace("total.backward()", "reconstruction.backward()"))),
    dict(name="returns tensors, not floats", **ts(TS_OK.replace("return total.item(), reconstruction.item(), kl.item()", "return total.detach(), reconstruction.detach(), kl.detach()"))),
    dict(name="plain mean of batch averages (unweighted)", **ev('''    model.eval()
    parts = {"total": [], "reconstruction": [], "kl": []}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            parts["total"].append(total.item())
            parts["reconstruction"].append(reconstruction.item())
            parts["kl"].append(kl.item())
    return {key: sum(values) / len(values) for key, values in parts.items()}''')),
    dict(name="decodes mu (no sample)", **ev(EV_OK.replace("model.decoder(reparameterize(mu, logvar))", "model.decoder(mu)"))),
    dict(name="beta ignored (always 1)", **ev(EV_OK.replace("negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu, logvar)"))),
    dict(name="restores train mode at the end", **ev(EV_OK.replace("    return {key", "    model.train()\n    return {key"))),
    dict(name="never sets eval mode", **ev(EV_OK.replace("    model.eval()\n", "", 1))),
    dict(name="test evaluation at beta=1 instead of the training beta", **tr(TR_OK.replace("evaluate(model, test_images, beta=beta)", "evaluate(model, test_images)"))),
    dict(name="never switches back to train mode after evaluate", **tr(TR_OK.replace("    for epoch in range(epochs):\n        model.train()\n", "    model.train()\n    for epoch in range(epochs):\n"))),
    dict(name="divides the sums by the number of batches", **tr(TR_OK.replace("history[key].append(value / len(train_images))", "history[key].append(value / -(-len(train_images) // batch_size))"))),
    dict(name="sums unweighted batch losses divided by N", **tr(TR_OK.replace("sums[i] += loss * len(x)", "sums[i] += loss * batch_size"))),
    dict(name="beta not passed to train_step", **tr(TR_OK.replace("train_step(model, optimizer, x, beta)", "train_step(model, optimizer, x)"))),
    dict(name="saves the whole model object", **ck(save="    torch.save(model, path)", load="    model = torch.load(path, weights_only=False)\n    model.eval()\n    return model")),
    dict(name="load leaves the model in train mode", **ck(load="    model = build()\n    model.load_state_dict(torch.load(path, weights_only=True))\n    return model")),
    dict(name="load returns the result of load_state_dict", **ck(load="    model = build()\n    model.eval()\n    return model.load_state_dict(torch.load(path, weights_only=True))")),
    dict(name="load calls eval on a fresh build, returns another untrained build", **ck(load="    model = build()\n    model.load_state_dict(torch.load(path, weights_only=True))\n    model.eval()\n    return build().eval()")),
]

ALTERNATIVES = [
    dict(name="split of permuted indices", **it("    order = torch.randperm(images.shape[0], generator=generator)\n    for idx in torch.split(order, batch_size):\n        yield images[idx]")),
    dict(name="float() conversion, set_to_none zero_grad before forward", **ts('''    optimizer.zero_grad(set_to_none=True)
    logits, mu, logvar = model(x)
    losses = negative_elbo(logits, x, mu, logvar, beta=beta)
    losses[0].backward()
    optimizer.step()
    return tuple(float(loss.detach()) for loss in losses)''')),
    dict(name="accumulate tensors with inference_mode, torch.split", **ev('''    model.eval()
    n = len(images)
    totals = torch.zeros(3, dtype=torch.float64)
    with torch.inference_mode():
        for x in torch.split(images, batch_size):
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            parts = negative_elbo(model.decoder(z), x, mu, logvar, beta)
            totals += torch.tensor([float(p) for p in parts], dtype=torch.float64) * len(x)
    totals /= n
    return {"total": float(totals[0]), "reconstruction": float(totals[1]), "kl": float(totals[2])}''')),
    dict(name="lists of per-batch losses and sizes", **tr('''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        weighted = []
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress, leave=False):
            total, reconstruction, kl = train_step(model, optimizer, x, beta=beta)
            weighted.append((total * len(x), reconstruction * len(x), kl * len(x)))
        n = len(train_images)
        history["train_total"].append(sum(w[0] for w in weighted) / n)
        history["train_reconstruction"].append(sum(w[1] for w in weighted) / n)
        history["train_kl"].append(sum(w[2] for w in weighted) / n)
        metrics = evaluate(model, test_images, beta=beta)
        history["test_total"].append(metrics["total"])
        history["test_reconstruction"].append(metrics["reconstruction"])
        history["test_kl"].append(metrics["kl"])
    return history''')),
    dict(name="str path, map_location cpu, strict", **ck(save="    state = {name: tensor for name, tensor in model.state_dict().items()}\n    torch.save(state, str(path))", load="    model = build()\n    state = torch.load(str(path), map_location='cpu', weights_only=True)\n    model.load_state_dict(state, strict=True)\n    return model.eval()")),
]
