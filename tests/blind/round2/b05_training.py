NOTEBOOK = "05_training"

_EVAL_OK = '''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += rec.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}
'''

def _train(loop_body_prefix="", after_epoch="", train_mode="        model.train()\n", data="train_images", evalset="test_images", divisor="len(train_images)", beta_eval="beta=beta"):
    return f'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {{key: [] for key in HISTORY_KEYS}}
    for epoch in range(epochs):
{train_mode}        sums = [0.0, 0.0, 0.0]
        n_batches = -(-len(train_images) // batch_size)
        for x in tqdm(iterate_minibatches({data}, batch_size, generator), total=n_batches, disable=not progress):
{loop_body_prefix}            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        history["train_total"].append(sums[0] / {divisor})
        history["train_reconstruction"].append(sums[1] / {divisor})
        history["train_kl"].append(sums[2] / {divisor})
        result = evaluate(model, {evalset}, {beta_eval})
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
{after_epoch}    return history
'''

MISTAKES = [
    # iterate_minibatches
    dict(name="drops the last incomplete batch", grade_id="iterate_minibatches", source='''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    for i in range(len(images) // batch_size):
        yield images[order[i * batch_size:(i + 1) * batch_size]]
'''),
    dict(name="uses the global RNG (no generator)", grade_id="iterate_minibatches", source='''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images))
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name="no shuffling at all", grade_id="iterate_minibatches", source='''def iterate_minibatches(images, batch_size, generator):
    for start in range(0, len(images), batch_size):
        yield images[start:start + batch_size]
'''),
    dict(name="samples with replacement (randint)", grade_id="iterate_minibatches", source='''def iterate_minibatches(images, batch_size, generator):
    N = len(images)
    for start in range(0, N, batch_size):
        idx = torch.randint(N, (min(batch_size, N - start),), generator=generator)
        yield images[idx]
'''),
    dict(name="shuffles only the batch order, not the images", grade_id="iterate_minibatches", source='''def iterate_minibatches(images, batch_size, generator):
    n_batches = (len(images) + batch_size - 1) // batch_size
    for b in torch.randperm(n_batches, generator=generator).tolist():
        yield images[b * batch_size:(b + 1) * batch_size]
'''),
    dict(name="reseeds the generator inside (same order every epoch)", grade_id="iterate_minibatches", source='''def iterate_minibatches(images, batch_size, generator):
    generator.manual_seed(0)
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    # train_step
    dict(name="no zero_grad: gradients accumulate", grade_id="train_step", source='''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.item(), rec.item(), kl.item()
'''),
    dict(name="backward on the reconstruction only", grade_id="train_step", source='''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    rec.backward()
    optimizer.step()
    return total.item(), rec.item(), kl.item()
'''),
    dict(name="zero_grad after backward (wipes the gradient)", grade_id="train_step", source='''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.zero_grad()
    optimizer.step()
    return total.item(), rec.item(), kl.item()
'''),
    dict(name="returns losses recomputed after the update", grade_id="train_step", source='''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, _, _ = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    with torch.no_grad():
        logits, mu, logvar = model(x)
        total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
    return total.item(), rec.item(), kl.item()
'''),
    dict(name="ignores beta (always 1)", grade_id="train_step", source='''def train_step(model, optimizer, x, beta=1.0):
    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, rec, kl = negative_elbo(logits, x, mu, logvar)
    total.backward()
    optimizer.step()
    return float(total), float(rec), float(kl)
'''),
    dict(name="returns tensors, not floats", grade_id="train_step", source='''def train_step(model, optimizer, x, beta=1.0):
    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.detach(), rec.detach(), kl.detach()
'''),
    dict(name="two optimizer steps", grade_id="train_step", source='''def train_step(model, optimizer, x, beta=1.0):
    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    optimizer.step()
    return total.item(), rec.item(), kl.item()
'''),
    # evaluate
    dict(name="plain mean of batch averages (unweighted)", grade_id="evaluate", source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    totals, recs, kls = [], [], []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
            totals.append(total.item()); recs.append(rec.item()); kls.append(kl.item())
    n = len(totals)
    return {"total": sum(totals) / n, "reconstruction": sum(recs) / n, "kl": sum(kls) / n}
'''),
    dict(name="uses model(x) (decodes the mean in eval mode)", grade_id="evaluate", source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = [0.0, 0.0, 0.0]
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            logits, mu, logvar = model(x)
            losses = negative_elbo(logits, x, mu, logvar, beta)
            for i in range(3):
                sums[i] += losses[i].item() * len(x)
    N = len(images)
    return {"total": sums[0] / N, "reconstruction": sums[1] / N, "kl": sums[2] / N}
'''),
    dict(name="forgets model.eval()", grade_id="evaluate", source=_EVAL_OK.replace("    model.eval()\n", "")),
    dict(name="switches back to train mode at the end", grade_id="evaluate", source=_EVAL_OK.replace("    return {key", "    model.train()\n    return {key")),
    dict(name="no torch.no_grad", grade_id="evaluate", source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    for start in range(0, len(images), batch_size):
        x = images[start:start + batch_size]
        mu, logvar = model.encoder(x)
        logits = model.decoder(reparameterize(mu, logvar))
        total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
        sums["total"] += total.item() * len(x)
        sums["reconstruction"] += rec.item() * len(x)
        sums["kl"] += kl.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name="ignores beta (evaluates at beta = 1)", grade_id="evaluate", source=_EVAL_OK.replace("negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu, logvar)")),
    dict(name="drops the last partial batch", grade_id="evaluate", source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = [0.0, 0.0, 0.0]
    n_batches = len(images) // batch_size
    with torch.no_grad():
        for b in range(max(n_batches, 1)):
            x = images[b * batch_size:(b + 1) * batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            losses = negative_elbo(logits, x, mu, logvar, beta)
            for i in range(3):
                sums[i] += losses[i].item() * len(x)
    N = min(len(images), max(n_batches, 1) * batch_size)
    return {"total": sums[0] / N, "reconstruction": sums[1] / N, "kl": sums[2] / N}
'''),
    # train
    dict(name="model.train() only once before the loop", grade_id="train", source=_train(train_mode="").replace("    for epoch in range(epochs):\n", "    model.train()\n    for epoch in range(epochs):\n")),
    dict(name="divides train sums by the number of batches", grade_id="train", source=_train(divisor="n_batches")),
    dict(name="evaluates on the training images", grade_id="train", source=_train(evalset="train_images")),
    dict(name="evaluate at beta=1 regardless of training beta", grade_id="train", source=_train(beta_eval="beta=1.0")),
    dict(name="uses a fresh generator each epoch (same shuffle)", grade_id="train", source=_train(data="train_images").replace("iterate_minibatches(train_images, batch_size, generator)", "iterate_minibatches(train_images, batch_size, torch.Generator().manual_seed(0))")),
    dict(name="no model.train() at all", grade_id="train", source=_train(train_mode="")),
    dict(name="off-by-one: range(epochs - 1) + final", grade_id="train", source=_train().replace("for epoch in range(epochs):", "for epoch in range(1, epochs):")),
    # checkpoint
    dict(name="saves the whole model object", grade_id="checkpoint", source='''def save_checkpoint(model, path):
    torch.save(model, path)


def load_checkpoint(path, build):
    model = torch.load(path, weights_only=False)
    model.eval()
    return model
'''),
    dict(name="load leaves the model in train mode", grade_id="checkpoint", source='''def save_checkpoint(model, path):
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.train()
    return model
'''),
    dict(name="loads the weights into one build() and returns another, fresh one", grade_id="checkpoint", source='''def save_checkpoint(model, path):
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    build().load_state_dict(torch.load(path, weights_only=True))
    model = build()
    return model.eval()
'''),
    dict(name="returns the result of load_state_dict", grade_id="checkpoint", source='''def save_checkpoint(model, path):
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    model = build()
    model.eval()
    return model.load_state_dict(torch.load(path, weights_only=True))
'''),
]

ALTERNATIVES = [
    dict(name="split of the permutation", grade_id="iterate_minibatches", source='''def iterate_minibatches(images, batch_size, generator):
    permutation = torch.randperm(images.shape[0], generator=generator)
    for indices in torch.split(permutation, batch_size):
        yield images[indices]
'''),
    dict(name="zero_grad(set_to_none) first, unpack after", grade_id="train_step", source='''def train_step(model, optimizer, x, beta=1.0):
    optimizer.zero_grad(set_to_none=True)
    logits, mu, logvar = model(x)
    losses = negative_elbo(logits, x, mu, logvar, beta=beta)
    losses[0].backward()
    optimizer.step()
    return tuple(float(v.detach()) for v in losses)
'''),
    dict(name="torch.inference_mode + tensors accumulation", grade_id="evaluate", source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    acc = torch.zeros(3)
    with torch.inference_mode():
        for x in images.split(batch_size):
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            out = negative_elbo(model.decoder(z), x, mu, logvar, beta)
            acc += torch.stack([v.detach() for v in out]) * x.shape[0]
    acc = acc / images.shape[0]
    return {"total": acc[0].item(), "reconstruction": acc[1].item(), "kl": acc[2].item()}
'''),
    dict(name="dict-based accumulation with zip", grade_id="train", source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    terms = ("total", "reconstruction", "kl")
    N = len(train_images)
    for _ in range(epochs):
        model.train()
        running = dict.fromkeys(terms, 0.0)
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=(N + batch_size - 1) // batch_size, disable=not progress):
            for term, value in zip(terms, train_step(model, optimizer, x, beta)):
                running[term] += value * len(x)
        test = evaluate(model, test_images, beta=beta)
        for term in terms:
            history["train_" + term].append(running[term] / N)
            history["test_" + term].append(test[term])
    return history
'''),
    dict(name="map_location cpu, eval() chained", grade_id="checkpoint", source='''def save_checkpoint(model, path):
    state = {name: tensor for name, tensor in model.state_dict().items()}
    torch.save(state, str(path))


def load_checkpoint(path, build):
    model = build()
    state = torch.load(str(path), map_location="cpu", weights_only=True)
    model.load_state_dict(state)
    return model.eval()
'''),
]
