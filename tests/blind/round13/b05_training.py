import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _util import make

NOTEBOOK = "05_training"

IT = '''def iterate_minibatches(images, batch_size, generator):
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
TS = '''def train_step(model, optimizer, x, beta=1.0):
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
EV = '''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    n = len(images)
    with torch.no_grad():
        for start in range(0, n, batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    return {key: value / n for key, value in sums.items()}
'''
TR = '''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
CK = '''def save_checkpoint(model, path):
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

i = make("iterate_minibatches", IT)
s = make("train_step", TS)
e = make("evaluate", EV)
t = make("train", TR)
c = make("checkpoint", CK)

MISTAKES = [
    i("drops the last incomplete batch", "for start in range(0, n, batch_size):", "for start in range(0, n - batch_size + 1, batch_size):"),
    i("no shuffling", "order = torch.randperm(n, generator=generator)", "order = torch.arange(n)"),
    i("ignores the generator (global RNG)", "torch.randperm(n, generator=generator)", "torch.randperm(n)"),
    i("reseeds a fresh generator every call", "torch.randperm(n, generator=generator)", "torch.randperm(n, generator=torch.Generator().manual_seed(0))"),
    i("samples with replacement", "order = torch.randperm(n, generator=generator)", "order = torch.randint(n, (n,), generator=generator)"),
    i("off by one: range stops one batch early", "for start in range(0, n, batch_size):", "for start in range(0, n - 1, batch_size):\n        if start + batch_size >= n:\n            break"),
    i("shuffles within each batch only", "order = torch.randperm(n, generator=generator)\n    for start in range(0, n, batch_size):\n        yield images[order[start:start + batch_size]]",
      "for start in range(0, n, batch_size):\n        idx = start + torch.randperm(min(batch_size, n - start), generator=generator)\n        yield images[idx]"),
    i("pads the last batch with images from the start", "yield images[order[start:start + batch_size]]", "idx = order[start:start + batch_size]\n        if len(idx) < batch_size:\n            idx = torch.cat([idx, order[:batch_size - len(idx)]])\n        yield images[idx]"),
    i("stride batch_size + 1 skips images", "for start in range(0, n, batch_size):", "for start in range(0, n, batch_size + 1):"),
    i("one extra empty batch when B divides N", "for start in range(0, n, batch_size):", "for start in range(0, (n // batch_size + 1) * batch_size, batch_size):"),
    i("draws a new permutation for every batch", "    order = torch.randperm(n, generator=generator)\n    for start in range(0, n, batch_size):\n", "    for start in range(0, n, batch_size):\n        order = torch.randperm(n, generator=generator)\n"),
    s("no zero_grad (gradients accumulate)", "    optimizer.zero_grad()\n", ""),
    s("zero_grad after backward", "    optimizer.zero_grad()\n    total.backward()\n", "    total.backward()\n    optimizer.zero_grad()\n"),
    s("returns tensors instead of floats", "return total.item(), reconstruction.item(), kl.item()", "return total.detach(), reconstruction.detach(), kl.detach()"),
    s("ignores beta", "negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu, logvar)"),
    s("backpropagates the reconstruction only", "total.backward()", "reconstruction.backward()"),
    s("two optimizer steps", "    optimizer.step()\n", "    optimizer.step()\n    optimizer.step()\n"),
    s("losses recomputed after the update", "return total.item(), reconstruction.item(), kl.item()", "with torch.no_grad():\n        logits, mu, logvar = model(x)\n        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)\n    return total.item(), reconstruction.item(), kl.item()"),
    s("switches the model to eval mode", "    logits, mu, logvar = model(x)\n", "    model.eval()\n    logits, mu, logvar = model(x)\n"),
    s("no optimizer.step", "    optimizer.step()\n", ""),
    s("returns losses summed over the batch", "return total.item(), reconstruction.item(), kl.item()", "return total.item() * len(x), reconstruction.item() * len(x), kl.item() * len(x)"),
    s("changed default beta", "beta=1.0", "beta=0.0"),
    e("plain mean of per-batch averages", "            sums[\"total\"] += total.item() * len(x)\n            sums[\"reconstruction\"] += reconstruction.item() * len(x)\n            sums[\"kl\"] += kl.item() * len(x)\n    return {key: value / n for key, value in sums.items()}",
      "            sums[\"total\"] += total.item()\n            sums[\"reconstruction\"] += reconstruction.item()\n            sums[\"kl\"] += kl.item()\n    n_batches = (n + batch_size - 1) // batch_size\n    return {key: value / n_batches for key, value in sums.items()}"),
    e("decodes z = mu (no sampling)", "z = reparameterize(mu, logvar)", "z = mu"),
    e("forgets model.eval()", "    model.eval()\n", ""),
    e("restores train mode at the end", "    return {key: value / n for key, value in sums.items()}", "    model.train()\n    return {key: value / n for key, value in sums.items()}"),
    e("no torch.no_grad", "    with torch.no_grad():\n        for start", "    if True:\n        for start"),
    e("skips the last partial batch", "for start in range(0, n, batch_size):", "for start in range(0, n - batch_size + 1, batch_size):"),
    e("ignores beta", "negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu, logvar)"),
    e("divides sums by number of batches times batch_size", "return {key: value / n for key, value in sums.items()}", "return {key: value / (((n + batch_size - 1) // batch_size) * batch_size) for key, value in sums.items()}"),
    e("returns tensors", "sums[\"total\"] += total.item() * len(x)", "sums[\"total\"] += total * len(x)"),
    e("uses model(x) (decodes the mean in eval mode)", "            mu, logvar = model.encoder(x)\n            z = reparameterize(mu, logvar)\n            logits = model.decoder(z)\n", "            logits, mu, logvar = model(x)\n"),
    e("changed default batch size", "batch_size=1000", "batch_size=100"),
    e("shuffles the images", "x = images[start:start + batch_size]", "x = images[torch.randperm(n)][start:start + batch_size]"),
    t("never switches back to training mode", "        model.train()\n", ""),
    t("model.train() only once before the loop", "    for epoch in range(epochs):\n        model.train()\n", "    model.train()\n    for epoch in range(epochs):\n"),
    t("train sums divided by number of batches", 'history["train_total"].append(sums[0] / n)\n        history["train_reconstruction"].append(sums[1] / n)\n        history["train_kl"].append(sums[2] / n)',
      'history["train_total"].append(sums[0] / n_batches)\n        history["train_reconstruction"].append(sums[1] / n_batches)\n        history["train_kl"].append(sums[2] / n_batches)'),
    t("ignores beta in evaluate", "test = evaluate(model, test_images, beta=beta)", "test = evaluate(model, test_images)"),
    t("ignores beta in train_step", "losses = train_step(model, optimizer, x, beta)", "losses = train_step(model, optimizer, x)"),
    t("evaluates on the training images", "test = evaluate(model, test_images, beta=beta)", "test = evaluate(model, train_images, beta=beta)"),
    t("reconstruction and kl keys swapped", 'history["train_reconstruction"].append(sums[1] / n)\n        history["train_kl"].append(sums[2] / n)', 'history["train_reconstruction"].append(sums[2] / n)\n        history["train_kl"].append(sums[1] / n)'),
    t("creates its own generator (ignores the argument)", "batches = iterate_minibatches(train_images, batch_size, generator)", "batches = iterate_minibatches(train_images, batch_size, torch.Generator().manual_seed(epoch))"),
    t("running sums not reset each epoch", "    for epoch in range(epochs):\n        model.train()\n        sums = [0.0, 0.0, 0.0]\n", "    sums = [0.0, 0.0, 0.0]\n    for epoch in range(epochs):\n        model.train()\n"),
    t("unweighted sum of batch losses / N", "sums[i] += losses[i] * len(x)", "sums[i] += losses[i] * batch_size"),
    t("evaluates only after the last epoch", '        test = evaluate(model, test_images, beta=beta)\n        history["test_total"].append(test["total"])\n        history["test_reconstruction"].append(test["reconstruction"])\n        history["test_kl"].append(test["kl"])\n',
      '        if epoch == epochs - 1:\n            test = evaluate(model, test_images, beta=beta)\n            history["test_total"].append(test["total"])\n            history["test_reconstruction"].append(test["reconstruction"])\n            history["test_kl"].append(test["kl"])\n'),
    t("uses the global train_subset", "batches = iterate_minibatches(train_images, batch_size, generator)", "batches = iterate_minibatches(train_subset, batch_size, generator)"),
    t("changed default beta", "beta=1.0, progress", "beta=0.5, progress"),
    c("saves the whole model object", "torch.save(model.state_dict(), path)", "torch.save(model, path)"),
    c("loaded model left in training mode", "    model.eval()\n    return model", "    model.train()\n    return model"),
    c("load_state_dict result returned", "    model.load_state_dict(torch.load(path, weights_only=True))\n    model.eval()\n    return model", "    model.eval()\n    return model.load_state_dict(torch.load(path, weights_only=True))"),
    c("builds the model but never loads the weights", "    model.load_state_dict(torch.load(path, weights_only=True))\n", "    torch.load(path, weights_only=True)\n"),
    c("load with strict=False silently skips mismatched keys after renaming", "model.load_state_dict(torch.load(path, weights_only=True))", "model.load_state_dict({('module.' + k): v for k, v in torch.load(path, weights_only=True).items()}, strict=False)"),
    c("saves only the encoder", "torch.save(model.state_dict(), path)", "torch.save(model.encoder.state_dict(), path)"),
]

ALTERNATIVES = [
    dict(name="minibatches with split", grade_id="iterate_minibatches", source=IT.replace(
        "    for start in range(0, n, batch_size):\n        yield images[order[start:start + batch_size]]",
        "    for idx in order.split(batch_size):\n        yield images[idx]")),
    dict(name="minibatches shuffled tensor then chunks", grade_id="iterate_minibatches", source=IT.replace(
        "    for start in range(0, n, batch_size):\n        yield images[order[start:start + batch_size]]",
        "    shuffled = images[order]\n    yield from torch.split(shuffled, batch_size)")),
    dict(name="train_step with set_to_none zero_grad first", grade_id="train_step", source=TS.replace(
        "    logits, mu, logvar = model(x)\n    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)\n    optimizer.zero_grad()\n",
        "    optimizer.zero_grad(set_to_none=True)\n    logits, mu, logvar = model(x)\n    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)\n")),
    dict(name="evaluate with split and stacked sums", grade_id="evaluate", source=EV.replace(
        "        for start in range(0, n, batch_size):\n            x = images[start:start + batch_size]\n",
        "        for x in images.split(batch_size):\n")),
    dict(name="evaluate under inference_mode", grade_id="evaluate", source=EV.replace("torch.no_grad()", "torch.inference_mode()")),
    dict(name="train with zip over keys", grade_id="train", source=TR.replace(
        '        history["train_total"].append(sums[0] / n)\n        history["train_reconstruction"].append(sums[1] / n)\n        history["train_kl"].append(sums[2] / n)\n        test = evaluate(model, test_images, beta=beta)\n        history["test_total"].append(test["total"])\n        history["test_reconstruction"].append(test["reconstruction"])\n        history["test_kl"].append(test["kl"])\n',
        '        for name, value in zip(("total", "reconstruction", "kl"), sums):\n            history["train_" + name].append(value / n)\n        test = evaluate(model, test_images, beta=beta)\n        for name in ("total", "reconstruction", "kl"):\n            history["test_" + name].append(float(test[name]))\n')),
    dict(name="checkpoint with map_location and str path", grade_id="checkpoint", source=CK.replace(
        "torch.save(model.state_dict(), path)", "torch.save({k: v.detach().cpu() for k, v in model.state_dict().items()}, str(path))").replace(
        "torch.load(path, weights_only=True)", "torch.load(str(path), map_location='cpu', weights_only=True)").replace(
        "    model.eval()\n    return model", "    return model.eval()")),
]
