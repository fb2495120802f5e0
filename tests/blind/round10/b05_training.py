NOTEBOOK = "05_training"
MISTAKES, ALTERNATIVES = [], []


def M(name, gid, src):
    MISTAKES.append(dict(name=name, grade_id=gid, source=src))


def A(name, gid, src):
    ALTERNATIVES.append(dict(name=name, grade_id=gid, source=src))


IM = '''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once."""
{body}
'''
for name, body in [
    ("drops the last incomplete batch", "    N = len(images)\n    order = torch.randperm(N, generator=generator)\n    for start in range(0, N - batch_size + 1, batch_size):\n        yield images[order[start:start + batch_size]]"),
    ("shuffles with the global RNG, ignoring the generator", "    N = len(images)\n    order = torch.randperm(N)\n    for start in range(0, N, batch_size):\n        yield images[order[start:start + batch_size]]"),
    ("no shuffling", "    for start in range(0, len(images), batch_size):\n        yield images[start:start + batch_size]"),
    ("a new generator seeded 0 on every call: the same order every epoch", "    N = len(images)\n    order = torch.randperm(N, generator=torch.Generator().manual_seed(0))\n    for start in range(0, N, batch_size):\n        yield images[order[start:start + batch_size]]"),
    ("resets the given generator to its initial seed: the same order every epoch", "    generator.manual_seed(generator.initial_seed())\n    N = len(images)\n    order = torch.randperm(N, generator=generator)\n    for start in range(0, N, batch_size):\n        yield images[order[start:start + batch_size]]"),
    ("samples with replacement (randint)", "    N = len(images)\n    for start in range(0, N, batch_size):\n        idx = torch.randint(N, (min(batch_size, N - start),), generator=generator)\n        yield images[idx]"),
    ("shuffles the caller's tensor in place", "    N = len(images)\n    order = torch.randperm(N, generator=generator)\n    images[:] = images[order]\n    for start in range(0, N, batch_size):\n        yield images[start:start + batch_size]"),
    ("the order is drawn once and cached between calls", "    global _ORDER\n    N = len(images)\n    if '_ORDER' not in globals() or len(_ORDER) != N:\n        _ORDER = torch.randperm(N, generator=generator)\n    for start in range(0, N, batch_size):\n        yield images[_ORDER[start:start + batch_size]]"),
    ("pads the last batch by wrapping around to the first images", "    N = len(images)\n    order = torch.randperm(N, generator=generator)\n    for start in range(0, N, batch_size):\n        idx = order[start:start + batch_size]\n        if len(idx) < batch_size:\n            idx = torch.cat([idx, order[:batch_size - len(idx)]])\n        yield images[idx]"),
    ("yields (images, indices) pairs", "    N = len(images)\n    order = torch.randperm(N, generator=generator)\n    for start in range(0, N, batch_size):\n        idx = order[start:start + batch_size]\n        yield images[idx], idx"),
    ("reshuffles before every batch (images repeated and missed)", "    N = len(images)\n    for start in range(0, N, batch_size):\n        order = torch.randperm(N, generator=generator)\n        yield images[order[:min(batch_size, N - start)]]"),
    ("merges a short last batch into the previous one", "    N = len(images)\n    order = torch.randperm(N, generator=generator)\n    starts = list(range(0, N, batch_size))\n    if len(starts) > 1 and N % batch_size:\n        starts.pop()\n    for i, start in enumerate(starts):\n        end = N if i == len(starts) - 1 else start + batch_size\n        yield images[order[start:end]]"),
]:
    M(name, "iterate_minibatches", IM.format(body=body))
A("split of the permutation", "iterate_minibatches", IM.format(body="    for idx in torch.randperm(images.shape[0], generator=generator).split(batch_size):\n        yield images[idx]"))
A("index_select with while loop", "iterate_minibatches", IM.format(body="    order = torch.randperm(len(images), generator=generator)\n    start = 0\n    while start < len(order):\n        yield images.index_select(0, order[start:start + batch_size])\n        start += batch_size"))

TS = '''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x."""
{body}
'''
for name, body in [
    ("never clears the gradients", "    logits, mu, logvar = model(x)\n    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)\n    total.backward()\n    optimizer.step()\n    return total.item(), rec.item(), kl.item()"),
    ("zero_grad between backward and step: no update", "    logits, mu, logvar = model(x)\n    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)\n    total.backward()\n    optimizer.zero_grad()\n    optimizer.step()\n    return total.item(), rec.item(), kl.item()"),
    ("step before backward: applies the previous gradients", "    logits, mu, logvar = model(x)\n    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)\n    optimizer.zero_grad()\n    optimizer.step()\n    total.backward()\n    return total.item(), rec.item(), kl.item()"),
    ("beta not passed on", "    logits, mu, logvar = model(x)\n    total, rec, kl = negative_elbo(logits, x, mu, logvar)\n    optimizer.zero_grad()\n    total.backward()\n    optimizer.step()\n    return total.item(), rec.item(), kl.item()"),
    ("back-propagates the reconstruction only", "    logits, mu, logvar = model(x)\n    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)\n    optimizer.zero_grad()\n    rec.backward()\n    optimizer.step()\n    return total.item(), rec.item(), kl.item()"),
    ("returns tensors instead of floats", "    logits, mu, logvar = model(x)\n    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)\n    optimizer.zero_grad()\n    total.backward()\n    optimizer.step()\n    return total, rec, kl"),
    ("returns the losses recomputed after the update", "    logits, mu, logvar = model(x)\n    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)\n    optimizer.zero_grad()\n    total.backward()\n    optimizer.step()\n    with torch.no_grad():\n        logits, mu, logvar = model(x)\n        total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)\n    return total.item(), rec.item(), kl.item()"),
    ("switches the model to eval mode: no sampling during training", "    model.eval()\n    logits, mu, logvar = model(x)\n    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)\n    optimizer.zero_grad()\n    total.backward()\n    optimizer.step()\n    return total.item(), rec.item(), kl.item()"),
    ("returns (reconstruction, kl, total) order", "    logits, mu, logvar = model(x)\n    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)\n    optimizer.zero_grad()\n    total.backward()\n    optimizer.step()\n    return rec.item(), kl.item(), total.item()"),
    ("divides the returned losses by the batch size again", "    logits, mu, logvar = model(x)\n    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)\n    optimizer.zero_grad()\n    total.backward()\n    optimizer.step()\n    B = len(x)\n    return total.item() / B, rec.item() / B, kl.item() / B"),
    ("loss multiplied by the batch size before backward (sum over batch)", "    logits, mu, logvar = model(x)\n    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)\n    optimizer.zero_grad()\n    (total * len(x)).backward()\n    optimizer.step()\n    return total.item(), rec.item(), kl.item()"),
    ("two optimiser steps per call", "    for _ in range(2):\n        logits, mu, logvar = model(x)\n        total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)\n        optimizer.zero_grad()\n        total.backward()\n        optimizer.step()\n    return total.item(), rec.item(), kl.item()"),
]:
    M(name, "train_step", TS.format(body=body))
A("zero_grad(set_to_none) first, float()", "train_step", TS.format(body="    optimizer.zero_grad(set_to_none=True)\n    logits, mu, logvar = model(x)\n    losses = negative_elbo(logits, x, mu, logvar, beta=beta)\n    losses[0].backward()\n    optimizer.step()\n    return tuple(float(v.detach()) for v in losses)"))

EV = '''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients."""
{body}
'''
EV_LOOP = '''    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
            for key, value in zip(sums, (total, rec, kl)):
                sums[key] += value.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}'''
for name, body in [
    ("plain mean of the batch averages (last batch over-weighted)", EV_LOOP.replace("value.item() * len(x)", "value.item()").replace("value / len(images)", "value / -(-len(images) // batch_size)")),
    ("decodes z = mu (model(x) in eval mode) instead of a sample", EV_LOOP.replace("            mu, logvar = model.encoder(x)\n            z = reparameterize(mu, logvar)\n            logits = model.decoder(z)\n", "            logits, mu, logvar = model(x)\n")),
    ("never switches to eval mode", EV_LOOP.replace("    model.eval()\n", "")),
    ("switches back to training mode at the end (statement: leaves it in eval mode)", EV_LOOP.replace("    return {key", "    model.train()\n    return {key")),
    ("beta ignored: always 1", EV_LOOP.replace("negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu, logvar)")),
    ("gradients recorded (no torch.no_grad)", EV_LOOP.replace("    with torch.no_grad():\n", "    if True:\n")),
    ("returns tensors instead of floats", EV_LOOP.replace("value.item() * len(x)", "value.detach() * len(x)")),
    ("drops the last incomplete batch", EV_LOOP.replace("range(0, len(images), batch_size)", "range(0, len(images) - batch_size + 1, batch_size)").replace("value / len(images)", "value / (len(images) // batch_size * batch_size)")),
    ("Monte-Carlo KL log q(z|x) - log p(z) instead of the closed form", EV_LOOP.replace("            total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)\n", "            _, rec, _ = negative_elbo(logits, x, mu, logvar, beta)\n            kl = (-0.5 * ((z - mu) ** 2 / logvar.exp() + logvar) + 0.5 * z ** 2).sum(1).mean()\n            total = rec + beta * kl\n")),
    ("samples with the variance instead of the std", EV_LOOP.replace("z = reparameterize(mu, logvar)", "z = mu + logvar.exp() * torch.randn_like(mu)")),
    ("keys named differently", EV_LOOP.replace('{"total": 0.0, "reconstruction": 0.0, "kl": 0.0}', '{"total": 0.0, "rec": 0.0, "kl": 0.0}')),
    ("divides the weighted sums by the number of batches", EV_LOOP.replace("value / len(images)", "value / -(-len(images) // batch_size)")),
]:
    M(name, "evaluate", EV.format(body=body))
A("tensor accumulator and explicit std", "evaluate", EV.format(body='''    model.eval()
    acc = torch.zeros(3, dtype=torch.float64)
    n = 0
    with torch.no_grad():
        for x in images.split(batch_size):
            mu, logvar = model.encoder(x)
            z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
            parts = negative_elbo(model.decoder(z), x, mu, logvar, beta=beta)
            acc += torch.stack([p.double() for p in parts]) * x.shape[0]
            n += x.shape[0]
    acc = acc / n
    return {"total": acc[0].item(), "reconstruction": acc[1].item(), "kl": acc[2].item()}'''))

TR = '''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one."""
{body}
'''
TR0 = '''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history'''
for name, body in [
    ("model.train() only once before the loop: epochs after the first train in eval mode", TR0.replace("    for epoch in range(epochs):\n        model.train()\n", "    model.train()\n    for epoch in range(epochs):\n")),
    ("never calls model.train()", TR0.replace("        model.train()\n", "")),
    ("running sums not weighted by the batch size", TR0.replace("losses[i] * len(x)", "losses[i]").replace("value / len(train_images)", "value / -(-len(train_images) // batch_size)")),
    ("evaluate at the default beta = 1 instead of the training beta", TR0.replace("evaluate(model, test_images, beta=beta)", "evaluate(model, test_images)")),
    ("train_step without beta", TR0.replace("train_step(model, optimizer, x, beta)", "train_step(model, optimizer, x)")),
    ("a fresh generator seeded 0 each epoch instead of the given one", TR0.replace("iterate_minibatches(train_images, batch_size, generator)", "iterate_minibatches(train_images, batch_size, torch.Generator().manual_seed(0))")),
    ("evaluates on the training images", TR0.replace("evaluate(model, test_images, beta=beta)", "evaluate(model, train_images, beta=beta)")),
    ("evaluates only after the last epoch", TR0.replace("        result = evaluate(model, test_images, beta=beta)\n        history[\"test_total\"].append(result[\"total\"])\n        history[\"test_reconstruction\"].append(result[\"reconstruction\"])\n        history[\"test_kl\"].append(result[\"kl\"])\n", "    result = evaluate(model, test_images, beta=beta)\n    history[\"test_total\"].append(result[\"total\"])\n    history[\"test_reconstruction\"].append(result[\"reconstruction\"])\n    history[\"test_kl\"].append(result[\"kl\"])\n")),
    ("records the losses of the last batch only", TR0.replace("                sums[i] += losses[i] * len(x)", "                sums[i] = losses[i] * len(train_images)")),
    ("running sums not reset between epochs (cumulative)", TR0.replace("        sums = [0.0, 0.0, 0.0]\n", "").replace("    for epoch in range(epochs):\n", "    sums = [0.0, 0.0, 0.0]\n    for epoch in range(epochs):\n")),
    ("evaluates on the notebook's global test_images instead of the argument", TR0.replace("evaluate(model, test_images, beta=beta)", "evaluate(model, globals().get('test_images', test_images), beta=beta)")),
    ("runs epochs + 1 epochs", TR0.replace("range(epochs)", "range(epochs + 1)")),
    ("history keys misspelled (train_rec)", TR0.replace('("train_total", "train_reconstruction", "train_kl")', '("train_total", "train_rec", "train_kl")').replace("history = {key: [] for key in HISTORY_KEYS}", "history = {key: [] for key in (\"train_total\", \"train_rec\", \"train_kl\", \"test_total\", \"test_reconstruction\", \"test_kl\")}")),
]:
    M(name, "train", TR.format(body=body))
A("dict comprehension keys from HISTORY_KEYS, counts images seen", "train", TR.format(body='''    history = {key: [] for key in HISTORY_KEYS}
    for _ in range(epochs):
        model.train()
        total = rec = kl = 0.0
        seen = 0
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            t, r, k = train_step(model, optimizer, x, beta=beta)
            n = x.shape[0]
            total, rec, kl, seen = total + t * n, rec + r * n, kl + k * n, seen + n
        history["train_total"].append(total / seen)
        history["train_reconstruction"].append(rec / seen)
        history["train_kl"].append(kl / seen)
        scores = evaluate(model, test_images, beta=beta)
        for part in ("total", "reconstruction", "kl"):
            history["test_" + part].append(scores[part])
    return history'''))

CK = '''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
{save}


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint."""
{load}
'''
S0 = "    torch.save(model.state_dict(), path)"
L0 = "    model = build()\n    model.load_state_dict(torch.load(path, weights_only=True))\n    model.eval()\n    return model"
for name, save, load in [
    ("saves the whole pickled model, not its state_dict", "    torch.save(model, path)", "    model = torch.load(path, weights_only=False)\n    model.eval()\n    return model"),
    ("loaded model left in training mode", S0, "    model = build()\n    model.load_state_dict(torch.load(path, weights_only=True))\n    return model"),
    ("returns the result of load_state_dict instead of the model", S0, "    model = build()\n    result = model.load_state_dict(torch.load(path, weights_only=True))\n    model.eval()\n    return result"),
    ("saves the state_dict in half precision", "    torch.save({k: v.half() if v.is_floating_point() else v for k, v in model.state_dict().items()}, path)", "    model = build()\n    state = torch.load(path, weights_only=True)\n    model.load_state_dict({k: v.float() if v.is_floating_point() else v for k, v in state.items()})\n    model.eval()\n    return model"),
    ("saves only the encoder", "    torch.save(model.encoder.state_dict(), path)", "    model = build()\n    model.encoder.load_state_dict(torch.load(path, weights_only=True))\n    model.eval()\n    return model"),
    ("builds two models and returns the untrained one", S0, "    model = build()\n    build().load_state_dict(torch.load(path, weights_only=True))\n    model.eval()\n    return model"),
    ("wraps the state_dict in a dict", "    torch.save({'state_dict': model.state_dict()}, path)", "    model = build()\n    model.load_state_dict(torch.load(path, weights_only=True)['state_dict'])\n    model.eval()\n    return model"),
    ("strict=False on a wrapped file: silently loads nothing", "    torch.save({'model': model.state_dict()}, path)", "    model = build()\n    model.load_state_dict(torch.load(path, weights_only=True), strict=False)\n    model.eval()\n    return model"),
    ("returns the state dict instead of a model", S0, "    return torch.load(path, weights_only=True)"),
    ("loads without weights_only and returns the model in training mode after eval", S0, "    model = build()\n    model.load_state_dict(torch.load(path))\n    model.eval()\n    return model.train()"),
]:
    M(name, "checkpoint", CK.format(save=save, load=load))
A("Path-safe, map_location cpu, eval() chained", "checkpoint", CK.format(save="    state = {k: v.detach().clone() for k, v in model.state_dict().items()}\n    torch.save(state, str(path))", load="    state = torch.load(str(path), map_location='cpu', weights_only=True)\n    model = build()\n    model.load_state_dict(state)\n    return model.eval()"))


def _balanced(items, cap):
    """Keep at most `cap` items, spread over every grade_id, evenly sampled within each."""
    groups = {}
    for item in items:
        groups.setdefault(item["grade_id"], []).append(item)
    if len(items) <= cap:
        return items
    quota = {g: 1 for g in groups}
    left = cap - len(groups)
    while left > 0:
        g = max(groups, key=lambda g: (len(groups[g]) - quota[g]) / len(groups[g]) if quota[g] < len(groups[g]) else -1)
        if quota[g] >= len(groups[g]):
            break
        quota[g] += 1
        left -= 1
    kept = []
    for g, group in groups.items():
        q, n = quota[g], len(group)
        picks = sorted({min(n - 1, (i * n) // q + (n // q) // 2) for i in range(q)})
        i = 0
        while len(picks) < q:
            if i not in picks:
                picks.append(i)
            i += 1
        kept += [group[i] for i in sorted(picks)]
    return kept


MISTAKES = _balanced(MISTAKES, 34)
ALTERNATIVES = _balanced(ALTERNATIVES, 8)
