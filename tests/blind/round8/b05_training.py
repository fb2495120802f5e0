"""Blind round 8: mistakes and alternatives for notebook 05_training (written from the student notebook only)."""

NOTEBOOK = "05_training"

IM = '''{pre}def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
{body}
'''


def im(body, pre=""):
    return IM.format(body=body, pre=pre)


TS = '''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
{body}
'''


def ts(body):
    return TS.format(body=body)


EV = '''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {{"total": float, "reconstruction": float, "kl": float}}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
{body}
'''


def ev(body):
    return EV.format(body=body)


def ev_std(loop_header="    for start in range(0, len(images), batch_size):",
           forward="            mu, logvar = model.encoder(x)\n            z = reparameterize(mu, logvar)\n"
                   "            logits = model.decoder(z)\n",
           loss="            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)\n",
           weight="len(x)", divide="len(images)", before="    model.eval()\n", after="",
           grad="    with torch.no_grad():\n"):
    return ev(before + "    sums = {'total': 0.0, 'reconstruction': 0.0, 'kl': 0.0}\n" + grad
              + "    " + loop_header + "\n"
              + "            x = images[start:start + batch_size]\n" + forward + loss
              + f"            sums['total'] += total.item() * {weight}\n"
              + f"            sums['reconstruction'] += reconstruction.item() * {weight}\n"
              + f"            sums['kl'] += kl.item() * {weight}\n"
              + after
              + f"    return {{key: value / {divide} for key, value in sums.items()}}")


TR = '''{pre}def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {{key: list of `epochs` floats}} for key in HISTORY_KEYS
    """
{body}
'''


def tr_body(init_history="    history = {key: [] for key in HISTORY_KEYS}\n",
            train_mode_in_loop="        model.train()\n",
            train_mode_before="",
            batches="        batches = iterate_minibatches(train_images, batch_size, generator)\n",
            step="            losses = train_step(model, optimizer, x, beta)\n",
            weight="len(x)",
            divide="n",
            evaluate_call="        result = evaluate(model, test_images, beta=beta)\n",
            evaluate_first=False):
    body = init_history + "    n = len(train_images)\n    n_batches = -(-n // batch_size)\n" + train_mode_before
    body += "    for epoch in range(epochs):\n"
    if evaluate_first:
        body += evaluate_call
    body += train_mode_in_loop + "        sums = [0.0, 0.0, 0.0]\n" + batches
    body += "        for x in tqdm(batches, total=n_batches, disable=not progress):\n" + step
    body += f"            for i in range(3):\n                sums[i] += losses[i] * {weight}\n"
    body += (f"        history['train_total'].append(sums[0] / {divide})\n"
             f"        history['train_reconstruction'].append(sums[1] / {divide})\n"
             f"        history['train_kl'].append(sums[2] / {divide})\n")
    if not evaluate_first:
        body += evaluate_call
    body += ("        history['test_total'].append(result['total'])\n"
             "        history['test_reconstruction'].append(result['reconstruction'])\n"
             "        history['test_kl'].append(result['kl'])\n")
    body += "    return history"
    return body


def tr(pre="", **kw):
    return TR.format(pre=pre, body=tr_body(**kw))


CK = '''{pre}def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
{save}


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
{load}
'''
SAVE_OK = "    torch.save(model.state_dict(), path)"
LOAD_OK = "    model = build()\n    model.load_state_dict(torch.load(path, weights_only=True))\n    model.eval()\n    return model"


def ck(save=SAVE_OK, load=LOAD_OK, pre=""):
    return CK.format(save=save, load=load, pre=pre)


TS_OK = '''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''

MISTAKES = [
    # ---------------- iterate_minibatches ----------------
    dict(name="drops the last incomplete batch", grade_id="iterate_minibatches",
         source=im("    order = torch.randperm(len(images), generator=generator)\n"
                   "    for start in range(0, len(images) - batch_size + 1, batch_size):\n"
                   "        yield images[order[start:start + batch_size]]")),
    dict(name="a fresh generator seeded with generator.initial_seed(): the same order every epoch",
         grade_id="iterate_minibatches",
         source=im("    local = torch.Generator().manual_seed(generator.initial_seed())\n"
                   "    order = torch.randperm(len(images), generator=local)\n"
                   "    for start in range(0, len(images), batch_size):\n"
                   "        yield images[order[start:start + batch_size]]")),
    dict(name="caches the permutation between calls: every epoch has the same batches", grade_id="iterate_minibatches",
         source=im("    n = len(images)\n    if n not in _ORDERS:\n"
                   "        _ORDERS[n] = torch.randperm(n, generator=generator)\n    order = _ORDERS[n]\n"
                   "    for start in range(0, n, batch_size):\n        yield images[order[start:start + batch_size]]",
                   pre="_ORDERS = {}\n\n\n")),
    dict(name="draws the permutation but slices the images in their original order", grade_id="iterate_minibatches",
         source=im("    order = torch.randperm(len(images), generator=generator)\n    shuffled = images\n"
                   "    for start in range(0, len(order), batch_size):\n        yield shuffled[start:start + batch_size]")),
    dict(name="samples indices with replacement (randint)", grade_id="iterate_minibatches",
         source=im("    order = torch.randint(len(images), (len(images),), generator=generator)\n"
                   "    for start in range(0, len(images), batch_size):\n"
                   "        yield images[order[start:start + batch_size]]")),
    dict(name="N // B + 1 batches: an empty batch when B divides N", grade_id="iterate_minibatches",
         source=im("    order = torch.randperm(len(images), generator=generator)\n"
                   "    for i in range(len(images) // batch_size + 1):\n"
                   "        yield images[order[i * batch_size:(i + 1) * batch_size]]")),
    dict(name="a new permutation for every batch: images repeated or missed", grade_id="iterate_minibatches",
         source=im("    for start in range(0, len(images), batch_size):\n"
                   "        order = torch.randperm(len(images), generator=generator)\n"
                   "        yield images[order[:min(batch_size, len(images) - start)]]")),
    dict(name="argsort of uniform noise instead of randperm (another permutation from the same generator)",
         grade_id="iterate_minibatches",
         source=im("    order = torch.argsort(torch.rand(len(images), generator=generator))\n"
                   "    for start in range(0, len(images), batch_size):\n"
                   "        yield images[order[start:start + batch_size]]")),
    dict(name="randperm from the global random state (the generator is ignored)", grade_id="iterate_minibatches",
         source=im("    order = torch.randperm(len(images))\n"
                   "    for start in range(0, len(images), batch_size):\n"
                   "        yield images[order[start:start + batch_size]]")),

    # ---------------- train_step ----------------
    dict(name="beta not passed to negative_elbo", grade_id="train_step",
         source=ts(TS_OK.replace("negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu, logvar)"))),
    dict(name="back-propagates reconstruction + kl (beta ignored in the gradient)", grade_id="train_step",
         source=ts(TS_OK.replace("total.backward()", "(reconstruction + kl).backward()"))),
    dict(name="zero_grad after the step instead of before the backward", grade_id="train_step",
         source=ts('''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    optimizer.zero_grad()
    return total.item(), reconstruction.item(), kl.item()''')),
    dict(name="returns the losses recomputed after the update", grade_id="train_step",
         source=ts('''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    with torch.no_grad():
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    return total.item(), reconstruction.item(), kl.item()''')),
    dict(name="returns the losses summed over the batch (times len(x))", grade_id="train_step",
         source=ts(TS_OK.replace("return total.item(), reconstruction.item(), kl.item()",
                                 "return total.item() * len(x), reconstruction.item() * len(x), kl.item() * len(x)"))),
    dict(name="reports reconstruction + kl as the total (beta left out of the returned total)", grade_id="train_step",
         source=ts(TS_OK.replace("return total.item(), reconstruction.item(), kl.item()",
                                 "return (reconstruction + kl).item(), reconstruction.item(), kl.item()"))),
    dict(name="logits and x swapped in negative_elbo (same shapes)", grade_id="train_step",
         source=ts(TS_OK.replace("negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(x, logits, mu, logvar, beta)"))),
    dict(name="mu and logvar swapped in negative_elbo", grade_id="train_step",
         source=ts(TS_OK.replace("negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, logvar, mu, beta)"))),

    # ---------------- evaluate ----------------
    dict(name="plain mean of the per-batch averages", grade_id="evaluate",
         source=ev_std(weight="1", divide="(-(-len(images) // batch_size))")),
    dict(name="decodes z = mu through model(x) in eval mode", grade_id="evaluate",
         source=ev_std(forward="            logits, mu, logvar = model(x)\n")),
    dict(name="beta not passed to negative_elbo", grade_id="evaluate",
         source=ev_std(loss="            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar)\n")),
    dict(name="puts the model back in training mode at the end", grade_id="evaluate",
         source=ev_std(after="    model.train()\n")),
    dict(name="restores the mode the model had before (the statement asks to leave it in eval mode)",
         grade_id="evaluate",
         source=ev_std(before="    was_training = model.training\n    model.eval()\n", after="    model.train(was_training)\n")),
    dict(name="divides by the number of batches times batch_size", grade_id="evaluate",
         source=ev_std(divide="((-(-len(images) // batch_size)) * batch_size)")),
    dict(name="skips the last incomplete batch", grade_id="evaluate",
         source=ev_std(loop_header="    for start in range(0, len(images) - batch_size + 1, batch_size):",
                       divide="(len(images) // batch_size * batch_size)")),
    dict(name="decodes mu directly instead of a sampled z", grade_id="evaluate",
         source=ev_std(forward="            mu, logvar = model.encoder(x)\n            logits = model.decoder(mu)\n")),
    dict(name="returns 0-d tensors instead of floats", grade_id="evaluate",
         source=ev('''    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] = sums["total"] + total * len(x)
            sums["reconstruction"] = sums["reconstruction"] + reconstruction * len(x)
            sums["kl"] = sums["kl"] + kl * len(x)
    return {key: value / len(images) for key, value in sums.items()}''')),

    # ---------------- train ----------------
    dict(name="model.train() once before the loop (evaluate leaves it in eval mode after epoch 1)", grade_id="train",
         source=tr(train_mode_in_loop="", train_mode_before="    model.train()\n")),
    dict(name="beta not passed to train_step", grade_id="train",
         source=tr(step="            losses = train_step(model, optimizer, x)\n")),
    dict(name="evaluates the test images at beta = 1 whatever beta", grade_id="train",
         source=tr(evaluate_call="        result = evaluate(model, test_images)\n")),
    dict(name="averages the batch losses by the number of batches", grade_id="train",
         source=tr(weight="1", divide="n_batches")),
    dict(name="weights each batch by batch_size instead of len(x)", grade_id="train",
         source=tr(weight="batch_size")),
    dict(name="creates its own generator seeded with 0: with one epoch per call the order never changes",
         grade_id="train",
         source=tr(batches="        batches = iterate_minibatches(train_images, batch_size, torch.Generator().manual_seed(0))\n")),
    dict(name="evaluates on the training images", grade_id="train",
         source=tr(evaluate_call="        result = evaluate(model, train_images, beta=beta)\n")),
    dict(name="evaluates before training the epoch (records the previous epoch's test loss)", grade_id="train",
         source=tr(evaluate_first=True)),
    dict(name="history kept in a module-level dict: a second call appends to the first call's lists",
         grade_id="train",
         source=tr(pre="_HISTORY = {key: [] for key in HISTORY_KEYS}\n\n\n", init_history="    history = _HISTORY\n")),

    # ---------------- checkpoint ----------------
    dict(name="saves the whole model object and loads it with weights_only=False", grade_id="checkpoint",
         source=ck(save="    torch.save(model, path)",
                   load="    model = torch.load(path, weights_only=False)\n    model.eval()\n    return model")),
    dict(name="the loaded model is returned in training mode", grade_id="checkpoint",
         source=ck(load="    model = build()\n    model.load_state_dict(torch.load(path, weights_only=True))\n    return model")),
    dict(name="appends '.pt' to the path (the file is not where it was asked)", grade_id="checkpoint",
         source=ck(save="    torch.save(model.state_dict(), str(path) + '.pt')",
                   load="    model = build()\n    model.load_state_dict(torch.load(str(path) + '.pt', weights_only=True))\n"
                        "    model.eval()\n    return model")),
    dict(name="loads into one built model and returns another fresh one", grade_id="checkpoint",
         source=ck(load="    build().load_state_dict(torch.load(path, weights_only=True))\n    model = build()\n"
                        "    model.eval()\n    return model")),
    dict(name="saves only named_parameters (no buffers)", grade_id="checkpoint",
         source=ck(save="    torch.save({name: p.detach() for name, p in model.named_parameters()}, path)")),
    dict(name="pickles the state_dict with the pickle module instead of torch.save", grade_id="checkpoint",
         source=ck(pre="import pickle\n\n\n",
                   save="    with open(path, 'wb') as file:\n        pickle.dump(model.state_dict(), file)",
                   load="    model = build()\n    with open(path, 'rb') as file:\n"
                        "        model.load_state_dict(pickle.load(file))\n    model.eval()\n    return model")),
    dict(name="saves a checkpoint dict wrapping the state_dict instead of the state_dict itself", grade_id="checkpoint",
         source=ck(save="    torch.save({'state_dict': model.state_dict(), 'class': type(model).__name__}, path)",
                   load="    model = build()\n    model.load_state_dict(torch.load(path, weights_only=True)['state_dict'])\n"
                        "    model.eval()\n    return model")),
]

ALTERNATIVES = [
    dict(name="torch.split of the permuted images", grade_id="iterate_minibatches",
         source=im("    permutation = torch.randperm(images.shape[0], generator=generator)\n"
                   "    yield from images[permutation].split(batch_size)")),
    dict(name="index chunks of the permutation", grade_id="iterate_minibatches",
         source=im("    order = torch.randperm(len(images), generator=generator)\n"
                   "    for chunk in torch.split(order, batch_size):\n        yield images[chunk]")),
    dict(name="set_to_none zero_grad first, keyword beta", grade_id="train_step",
         source=ts('''    optimizer.zero_grad(set_to_none=True)
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta=beta)
    total.backward()
    optimizer.step()
    return float(total.detach()), float(reconstruction.detach()), float(kl.detach())''')),
    dict(name="inference_mode and running sums in a tensor", grade_id="evaluate",
         source=ev('''    model.eval()
    sums = torch.zeros(3, dtype=torch.float64)
    with torch.inference_mode():
        for x in images.split(batch_size):
            mu, logvar = model.encoder(x)
            z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
            parts = negative_elbo(model.decoder(z), x, mu, logvar, beta)
            sums += torch.stack([p.double() for p in parts]) * x.shape[0]
    averages = (sums / images.shape[0]).tolist()
    return {"total": averages[0], "reconstruction": averages[1], "kl": averages[2]}''')),
    dict(name="dict-based running sums, tqdm total via len(train_images) + batch_size - 1", grade_id="train",
         source=TR.format(pre="", body='''    history = {key: [] for key in HISTORY_KEYS}
    for _ in range(epochs):
        model.train()
        running = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
        total_batches = (len(train_images) + batch_size - 1) // batch_size
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=total_batches, disable=not progress):
            total, reconstruction, kl = train_step(model, optimizer, x, beta=beta)
            running["total"] += total * len(x)
            running["reconstruction"] += reconstruction * len(x)
            running["kl"] += kl * len(x)
        for name, value in running.items():
            history[f"train_{name}"].append(value / len(train_images))
        measured = evaluate(model, test_images, beta=beta)
        for name, value in measured.items():
            history[f"test_{name}"].append(value)
    return history''')),
    dict(name="train(False) instead of eval(), Path-safe save", grade_id="checkpoint",
         source=ck(save="    torch.save(model.state_dict(), str(path))",
                   load="    state = torch.load(str(path), map_location='cpu', weights_only=True)\n    model = build()\n"
                        "    model.load_state_dict(state)\n    return model.train(False)")),
]
