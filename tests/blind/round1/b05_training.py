NOTEBOOK = "05_training"

_TRAIN_OK_HEAD = '''
def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
'''

MISTAKES = [
# iterate_minibatches
dict(name="drops the last partial batch", grade_id="iterate_minibatches", source='''
def iterate_minibatches(images, batch_size, generator):
    N = len(images)
    order = torch.randperm(N, generator=generator)
    for b in range(N // batch_size):
        yield images[order[b * batch_size:(b + 1) * batch_size]]
'''),
dict(name="no shuffling", grade_id="iterate_minibatches", source='''
def iterate_minibatches(images, batch_size, generator):
    for start in range(0, len(images), batch_size):
        yield images[start:start + batch_size]
'''),
dict(name="ignores the generator (global RNG)", grade_id="iterate_minibatches", source='''
def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images))
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
dict(name="fresh generator seeded 0 each call (same order every epoch)", grade_id="iterate_minibatches", source='''
def iterate_minibatches(images, batch_size, generator):
    g = torch.Generator().manual_seed(0)
    order = torch.randperm(len(images), generator=g)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
dict(name="sampling with replacement (randint)", grade_id="iterate_minibatches", source='''
def iterate_minibatches(images, batch_size, generator):
    N = len(images)
    n_batches = (N + batch_size - 1) // batch_size
    for b in range(n_batches):
        size = min(batch_size, N - b * batch_size)
        yield images[torch.randint(N, (size,), generator=generator)]
'''),
dict(name="last batch padded with images from the start (duplicates)", grade_id="iterate_minibatches", source='''
def iterate_minibatches(images, batch_size, generator):
    N = len(images)
    order = torch.randperm(N, generator=generator)
    for start in range(0, N, batch_size):
        idx = order[start:start + batch_size]
        if len(idx) < batch_size:
            idx = torch.cat([idx, order[:batch_size - len(idx)]])
        yield images[idx]
'''),
dict(name="off by one: N // B + 1 batches (empty last batch when B divides N)", grade_id="iterate_minibatches", source='''
def iterate_minibatches(images, batch_size, generator):
    N = len(images)
    order = torch.randperm(N, generator=generator)
    for b in range(N // batch_size + 1):
        yield images[order[b * batch_size:(b + 1) * batch_size]]
'''),
dict(name="shuffles only the batch order, not the images", grade_id="iterate_minibatches", source='''
def iterate_minibatches(images, batch_size, generator):
    N = len(images)
    starts = list(range(0, N, batch_size))
    perm = torch.randperm(len(starts), generator=generator)
    for p in perm.tolist():
        s = starts[p]
        yield images[s:s + batch_size]
'''),
# train_step
dict(name="no zero_grad (gradients accumulate)", grade_id="train_step", source='''
def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.item(), rec.item(), kl.item()
'''),
dict(name="ignores beta", grade_id="train_step", source='''
def train_step(model, optimizer, x, beta=1.0):
    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, rec, kl = negative_elbo(logits, x, mu, logvar)
    total.backward()
    optimizer.step()
    return total.item(), rec.item(), kl.item()
'''),
dict(name="backprop only the reconstruction", grade_id="train_step", source='''
def train_step(model, optimizer, x, beta=1.0):
    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
    rec.backward()
    optimizer.step()
    return total.item(), rec.item(), kl.item()
'''),
dict(name="returns tensors instead of floats", grade_id="train_step", source='''
def train_step(model, optimizer, x, beta=1.0):
    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.detach(), rec.detach(), kl.detach()
'''),
dict(name="zero_grad after backward (gradients wiped before step)", grade_id="train_step", source='''
def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.zero_grad()
    optimizer.step()
    return total.item(), rec.item(), kl.item()
'''),
dict(name="returns losses recomputed after the update", grade_id="train_step", source='''
def train_step(model, optimizer, x, beta=1.0):
    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    with torch.no_grad():
        logits, mu, logvar = model(x)
        total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
    return total.item(), rec.item(), kl.item()
'''),
dict(name="two optimizer steps (step called twice)", grade_id="train_step", source='''
def train_step(model, optimizer, x, beta=1.0):
    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    optimizer.step()
    return total.item(), rec.item(), kl.item()
'''),
dict(name="calls model.eval() inside (z = mu, no sampling)", grade_id="train_step", source='''
def train_step(model, optimizer, x, beta=1.0):
    model.eval()
    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.item(), rec.item(), kl.item()
'''),
dict(name="loss multiplied by batch size (sums) and returned per batch", grade_id="train_step", source='''
def train_step(model, optimizer, x, beta=1.0):
    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
    B = len(x)
    (total * B).backward()
    optimizer.step()
    return total.item() * B, rec.item() * B, kl.item() * B
'''),
# evaluate
dict(name="plain mean of batch averages (unweighted)", grade_id="evaluate", source='''
def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    totals, recs, kls = [], [], []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            t, r, k = negative_elbo(logits, x, mu, logvar, beta)
            totals.append(t.item()); recs.append(r.item()); kls.append(k.item())
    n = len(totals)
    return {"total": sum(totals) / n, "reconstruction": sum(recs) / n, "kl": sum(kls) / n}
'''),
dict(name="decodes the mean (model(x) in eval mode) instead of a sample", grade_id="evaluate", source='''
def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            logits, mu, logvar = model(x)
            parts = torch.stack(negative_elbo(logits, x, mu, logvar, beta))
            sums += parts * len(x)
    sums /= len(images)
    return {"total": sums[0].item(), "reconstruction": sums[1].item(), "kl": sums[2].item()}
'''),
dict(name="no eval mode", grade_id="evaluate", source='''
def evaluate(model, images, batch_size=1000, beta=1.0):
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
    sums /= len(images)
    return {"total": sums[0].item(), "reconstruction": sums[1].item(), "kl": sums[2].item()}
'''),
dict(name="no torch.no_grad", grade_id="evaluate", source='''
def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    tot = rec = kl = 0.0
    for start in range(0, len(images), batch_size):
        x = images[start:start + batch_size]
        mu, logvar = model.encoder(x)
        logits = model.decoder(reparameterize(mu, logvar))
        t, r, k = negative_elbo(logits, x, mu, logvar, beta)
        tot += t.item() * len(x); rec += r.item() * len(x); kl += k.item() * len(x)
    N = len(images)
    return {"total": tot / N, "reconstruction": rec / N, "kl": kl / N}
'''),
dict(name="ignores beta (always 1)", grade_id="evaluate", source='''
def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    tot = rec = kl = 0.0
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            t, r, k = negative_elbo(logits, x, mu, logvar)
            tot += t.item() * len(x); rec += r.item() * len(x); kl += k.item() * len(x)
    N = len(images)
    return {"total": tot / N, "reconstruction": rec / N, "kl": kl / N}
'''),
dict(name="divides by number of batches * batch_size (overcounts last batch)", grade_id="evaluate", source='''
def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    tot = rec = kl = 0.0
    n_batches = 0
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            t, r, k = negative_elbo(logits, x, mu, logvar, beta)
            tot += t.item() * len(x); rec += r.item() * len(x); kl += k.item() * len(x)
            n_batches += 1
    N = n_batches * batch_size
    return {"total": tot / N, "reconstruction": rec / N, "kl": kl / N}
'''),
dict(name="restores training mode at the end", grade_id="evaluate", source='''
def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    tot = rec = kl = 0.0
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            t, r, k = negative_elbo(logits, x, mu, logvar, beta)
            tot += t.item() * len(x); rec += r.item() * len(x); kl += k.item() * len(x)
    model.train()
    N = len(images)
    return {"total": tot / N, "reconstruction": rec / N, "kl": kl / N}
'''),
dict(name="returns tensors instead of floats", grade_id="evaluate", source='''
def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
    sums = sums / len(images)
    return {"total": sums[0], "reconstruction": sums[1], "kl": sums[2]}
'''),
dict(name="only evaluates the first batch", grade_id="evaluate", source='''
def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    with torch.no_grad():
        x = images[:batch_size]
        mu, logvar = model.encoder(x)
        logits = model.decoder(reparameterize(mu, logvar))
        t, r, k = negative_elbo(logits, x, mu, logvar, beta)
    return {"total": t.item(), "reconstruction": r.item(), "kl": k.item()}
'''),
# train
dict(name="forgets model.train() (stays in eval after evaluate)", grade_id="train", source='''
def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    N = len(train_images)
    for epoch in range(epochs):
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=-(-N // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        history["train_total"].append(sums[0] / N)
        history["train_reconstruction"].append(sums[1] / N)
        history["train_kl"].append(sums[2] / N)
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
'''),
dict(name="uses global train_subset instead of argument", grade_id="train", source='''
def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    data = train_subset
    N = len(data)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in iterate_minibatches(data, batch_size, generator):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        for i, k in enumerate(("total", "reconstruction", "kl")):
            history["train_" + k].append(sums[i] / N)
        result = evaluate(model, test_images, beta=beta)
        for k in ("total", "reconstruction", "kl"):
            history["test_" + k].append(result[k])
    return history
'''),
dict(name="train averages: mean of batch losses unweighted", grade_id="train", source='''
def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        losses = []
        for x in iterate_minibatches(train_images, batch_size, generator):
            losses.append(train_step(model, optimizer, x, beta))
        n = len(losses)
        for i, k in enumerate(("total", "reconstruction", "kl")):
            history["train_" + k].append(sum(l[i] for l in losses) / n)
        result = evaluate(model, test_images, beta=beta)
        for k in ("total", "reconstruction", "kl"):
            history["test_" + k].append(result[k])
    return history
'''),
dict(name="evaluates on train_images instead of test_images", grade_id="train", source='''
def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    N = len(train_images)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in iterate_minibatches(train_images, batch_size, generator):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        for i, k in enumerate(("total", "reconstruction", "kl")):
            history["train_" + k].append(sums[i] / N)
        result = evaluate(model, train_images, beta=beta)
        for k in ("total", "reconstruction", "kl"):
            history["test_" + k].append(result[k])
    return history
'''),
dict(name="beta not passed to evaluate", grade_id="train", source='''
def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    N = len(train_images)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in iterate_minibatches(train_images, batch_size, generator):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        for i, k in enumerate(("total", "reconstruction", "kl")):
            history["train_" + k].append(sums[i] / N)
        result = evaluate(model, test_images)
        for k in ("total", "reconstruction", "kl"):
            history["test_" + k].append(result[k])
    return history
'''),
dict(name="model.train() only once before the loop", grade_id="train", source='''
def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    N = len(train_images)
    model.train()
    for epoch in range(epochs):
        sums = [0.0, 0.0, 0.0]
        for x in iterate_minibatches(train_images, batch_size, generator):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        for i, k in enumerate(("total", "reconstruction", "kl")):
            history["train_" + k].append(sums[i] / N)
        result = evaluate(model, test_images, beta=beta)
        for k in ("total", "reconstruction", "kl"):
            history["test_" + k].append(result[k])
    return history
'''),
dict(name="ignores beta in train_step", grade_id="train", source='''
def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    N = len(train_images)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in iterate_minibatches(train_images, batch_size, generator):
            losses = train_step(model, optimizer, x)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        for i, k in enumerate(("total", "reconstruction", "kl")):
            history["train_" + k].append(sums[i] / N)
        result = evaluate(model, test_images, beta=beta)
        for k in ("total", "reconstruction", "kl"):
            history["test_" + k].append(result[k])
    return history
'''),
dict(name="new generator each epoch from fixed seed (same shuffle every epoch)", grade_id="train", source='''
def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    N = len(train_images)
    seed = generator.initial_seed()
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        g = torch.Generator().manual_seed(seed)
        for x in iterate_minibatches(train_images, batch_size, g):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        for i, k in enumerate(("total", "reconstruction", "kl")):
            history["train_" + k].append(sums[i] / N)
        result = evaluate(model, test_images, beta=beta)
        for k in ("total", "reconstruction", "kl"):
            history["test_" + k].append(result[k])
    return history
'''),
dict(name="evaluates only after the last epoch (lists shorter)", grade_id="train", source='''
def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    N = len(train_images)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in iterate_minibatches(train_images, batch_size, generator):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        for i, k in enumerate(("total", "reconstruction", "kl")):
            history["train_" + k].append(sums[i] / N)
    result = evaluate(model, test_images, beta=beta)
    for k in ("total", "reconstruction", "kl"):
        history["test_" + k].append(result[k])
    return history
'''),
# checkpoint
dict(name="load without model.eval()", grade_id="checkpoint", source='''
def save_checkpoint(model, path):
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    return model
'''),
dict(name="saves the whole model object", grade_id="checkpoint", source='''
def save_checkpoint(model, path):
    torch.save(model, path)


def load_checkpoint(path, build):
    model = torch.load(path, weights_only=False)
    model.eval()
    return model
'''),
dict(name="returns the result of load_state_dict", grade_id="checkpoint", source='''
def save_checkpoint(model, path):
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    model = build()
    model.eval()
    return model.load_state_dict(torch.load(path))
'''),
dict(name="load never loads the weights (returns fresh model)", grade_id="checkpoint", source='''
def save_checkpoint(model, path):
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    model = build()
    state = torch.load(path, weights_only=True)
    model.eval()
    return model
'''),
dict(name="strict=False load into model built with wrong attr (saves encoder only)", grade_id="checkpoint", source='''
def save_checkpoint(model, path):
    torch.save(model.encoder.state_dict(), path)


def load_checkpoint(path, build):
    model = build()
    model.encoder.load_state_dict(torch.load(path, weights_only=True))
    return model.eval()
'''),
]

ALTERNATIVES = [
dict(name="torch.split of the permuted indices", grade_id="iterate_minibatches", source='''
def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(images.shape[0], generator=generator)
    for idx in torch.split(order, batch_size):
        yield images[idx]
'''),
dict(name="while loop over a shuffled copy", grade_id="iterate_minibatches", source='''
def iterate_minibatches(images, batch_size, generator):
    shuffled = images[torch.randperm(len(images), generator=generator)]
    start = 0
    while start < len(shuffled):
        yield shuffled[start:start + batch_size]
        start += batch_size
'''),
dict(name="set_to_none zero_grad before forward, floats via float()", grade_id="train_step", source='''
def train_step(model, optimizer, x, beta=1.0):
    optimizer.zero_grad(set_to_none=True)
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta=beta)
    total.backward()
    optimizer.step()
    return float(total.detach()), float(reconstruction.detach()), float(kl.detach())
'''),
dict(name="torch.inference_mode and weighted sums with tensors", grade_id="evaluate", source='''
def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    total = torch.zeros(())
    rec = torch.zeros(())
    kl = torch.zeros(())
    with torch.no_grad():
        for x in torch.split(images, batch_size):
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            t, r, k = negative_elbo(logits, x, mu, logvar, beta)
            n = x.shape[0]
            total += t * n
            rec += r * n
            kl += k * n
    N = images.shape[0]
    return {"total": (total / N).item(), "reconstruction": (rec / N).item(), "kl": (kl / N).item()}
'''),
dict(name="dict-based accumulation", grade_id="train", source='''
import math

def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    n_batches = math.ceil(n / batch_size)
    for _ in range(epochs):
        model.train()
        running = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress):
            total, reconstruction, kl = train_step(model, optimizer, x, beta)
            running["total"] += total * len(x)
            running["reconstruction"] += reconstruction * len(x)
            running["kl"] += kl * len(x)
        for name, value in running.items():
            history[f"train_{name}"].append(value / n)
        test = evaluate(model, test_images, beta=beta)
        for name, value in test.items():
            history[f"test_{name}"].append(value)
    return history
'''),
dict(name="pathlib open file handles and load_state_dict then eval", grade_id="checkpoint", source='''
def save_checkpoint(model, path):
    with open(path, "wb") as f:
        torch.save({k: v.detach().clone() for k, v in model.state_dict().items()}, f)


def load_checkpoint(path, build):
    model = build()
    with open(path, "rb") as f:
        state = torch.load(f, map_location="cpu", weights_only=True)
    model.load_state_dict(state)
    return model.eval()
'''),
]

ALTERNATIVES += [
dict(name="unpack losses then step", grade_id="train_step", source='''
def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    losses = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    losses[0].backward()
    optimizer.step()
    return tuple(loss.item() for loss in losses)
'''),
dict(name="python loop with sums and ceil", grade_id="evaluate", source='''
def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    n = len(images)
    with torch.no_grad():
        start = 0
        while start < n:
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
            start += batch_size
    return {key: value / n for key, value in sums.items()}
'''),
dict(name="explicit lists with zip over keys", grade_id="train", source='''
def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n_train = train_images.shape[0]
    for epoch in range(epochs):
        model.train()
        sum_total = sum_rec = sum_kl = 0.0
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=(n_train + batch_size - 1) // batch_size, disable=not progress):
            total, rec, kl = train_step(model, optimizer, x, beta)
            b = x.shape[0]
            sum_total += total * b
            sum_rec += rec * b
            sum_kl += kl * b
        history["train_total"].append(sum_total / n_train)
        history["train_reconstruction"].append(sum_rec / n_train)
        history["train_kl"].append(sum_kl / n_train)
        metrics = evaluate(model, test_images, beta=beta)
        history["test_total"].append(metrics["total"])
        history["test_reconstruction"].append(metrics["reconstruction"])
        history["test_kl"].append(metrics["kl"])
    return history
'''),
dict(name="str(path) and map_location", grade_id="checkpoint", source='''
def save_checkpoint(model, path):
    torch.save(model.state_dict(), str(path))


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(str(path), map_location="cpu", weights_only=True))
    model.eval()
    return model
'''),
]
