"""Blind corpus, round 9: notebook 05 (training). Wrong and alternative-correct answers, from the statements alone."""
import textwrap

NOTEBOOK = "05_training"

# --- templates (generated from the student notebook) ---
TEMPLATES = {
    'iterate_minibatches': 'def iterate_minibatches(images, batch_size, generator):\n    """Yield the images in shuffled mini-batches, every image exactly once.\n\n    images: (N, 1, 28, 28) float tensor\n    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)\n    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)\n    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them\n    """\n    @@BODY0@@',
    'train_step': 'def train_step(model, optimizer, x, beta=1.0):\n    """One gradient step of the negative ELBO on the batch x.\n\n    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode\n    optimizer: a torch.optim optimiser over model.parameters()\n    x: (B, 1, 28, 28) images with values in [0, 1]\n    beta: weight of the KL term\n    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch\n    """\n    @@BODY0@@',
    'evaluate': 'def evaluate(model, images, batch_size=1000, beta=1.0):\n    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.\n\n    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)\n    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)\n    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,\n    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.\n    """\n    @@BODY0@@',
    'train': 'def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):\n    """Train the model for `epochs` epochs and evaluate it on test_images after each one.\n\n    model, optimizer: a VAE and an optimiser over its parameters\n    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]\n    generator: the torch.Generator that shuffles the training batches\n    progress: show a tqdm progress bar per epoch\n    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS\n    """\n    @@BODY0@@',
    'checkpoint': 'def save_checkpoint(model, path):\n    """Save the model\'s state_dict to path with torch.save."""\n    @@BODY0@@\n\n\ndef load_checkpoint(path, build):\n    """Load a model saved by save_checkpoint.\n\n    build: a function without arguments that returns an untrained model of the same architecture\n    Returns the model with the saved parameters, in eval mode\n    """\n    @@BODY1@@',
}
# --- end of templates ---


def fill(grade_id, *bodies, prefix="", replace=()):
    """The whole cell source: the template with each @@BODYi@@ marker replaced by bodies[i] (re-indented).

    prefix: module-level code put before the cell's definitions; replace: (old, new) pairs applied at the end
    (e.g. to change a default argument of the given signature).
    """
    out = []
    for line in TEMPLATES[grade_id].split("\n"):
        marker = line.strip()
        if marker.startswith("@@BODY") and marker.endswith("@@"):
            pad = line[: len(line) - len(line.lstrip())]
            body = textwrap.dedent(bodies[int(marker[6:-2])]).strip("\n")
            out += [pad + text if text.strip() else "" for text in body.split("\n")]
        else:
            out.append(line)
    source = "\n".join(out)
    if prefix:
        source = textwrap.dedent(prefix).strip("\n") + "\n\n\n" + source
    for old, new in replace:
        assert old in source, (grade_id, old)
        source = source.replace(old, new)
    return source


MISTAKES, ALTERNATIVES = [], []


def mistake(name, grade_id, *bodies, prefix="", replace=()):
    MISTAKES.append(dict(name=name, grade_id=grade_id, source=fill(grade_id, *bodies, prefix=prefix, replace=replace)))


def alternative(name, grade_id, *bodies, prefix="", replace=()):
    ALTERNATIVES.append(dict(name=name, grade_id=grade_id,
                             source=fill(grade_id, *bodies, prefix=prefix, replace=replace)))


# ----------------------------------------------------------------------------------------------------------
# Exercise 1: iterate_minibatches
G = "iterate_minibatches"
mistake("drops the last, smaller batch (range stops at N - B)", G,
        """
        order = torch.randperm(len(images), generator=generator)
        for start in range(0, len(images) - batch_size + 1, batch_size):
            yield images[order[start:start + batch_size]]
        """)
mistake("torch.randperm without the generator: the global RNG shuffles, not reproducible from the seed", G,
        """
        order = torch.randperm(len(images))
        for start in range(0, len(images), batch_size):
            yield images[order[start:start + batch_size]]
        """)
mistake("no shuffling: the same batches in the same order every epoch", G,
        """
        for start in range(0, len(images), batch_size):
            yield images[start:start + batch_size]
        """)
mistake("N // B + 1 batches: an extra empty batch when B divides N", G,
        """
        order = torch.randperm(len(images), generator=generator)
        for i in range(len(images) // batch_size + 1):
            yield images[order[i * batch_size:(i + 1) * batch_size]]
        """)
mistake("shuffles only once (permutation cached across calls): the same order every epoch", G,
        """
        key = (len(images), id(generator))
        if key not in _ORDERS:
            _ORDERS[key] = torch.randperm(len(images), generator=generator)
        order = _ORDERS[key]
        for start in range(0, len(images), batch_size):
            yield images[order[start:start + batch_size]]
        """, prefix="_ORDERS = {}")
mistake("reseeds the caller's generator with its initial seed: the same order every epoch", G,
        """
        generator.manual_seed(generator.initial_seed())
        order = torch.randperm(len(images), generator=generator)
        for start in range(0, len(images), batch_size):
            yield images[order[start:start + batch_size]]
        """)
mistake("draws batches with replacement (torch.randint): some images twice, some never", G,
        """
        n_batches = (len(images) + batch_size - 1) // batch_size
        for b in range(n_batches):
            size = min(batch_size, len(images) - b * batch_size)
            yield images[torch.randint(len(images), (size,), generator=generator)]
        """)
mistake("shuffles the caller's tensor in place (images[:] = images[order])", G,
        """
        order = torch.randperm(len(images), generator=generator)
        images[:] = images[order]
        for start in range(0, len(images), batch_size):
            yield images[start:start + batch_size]
        """)
mistake("numpy's global permutation instead of the torch generator", G,
        """
        import numpy as np
        order = torch.from_numpy(np.random.permutation(len(images)))
        for start in range(0, len(images), batch_size):
            yield images[order[start:start + batch_size]]
        """)
mistake("yields the indices of the batch, not the images", G,
        """
        order = torch.randperm(len(images), generator=generator)
        for start in range(0, len(images), batch_size):
            yield order[start:start + batch_size]
        """)
mistake("slices with the batch number instead of its offset: overlapping batches", G,
        """
        order = torch.randperm(len(images), generator=generator)
        for i in range((len(images) + batch_size - 1) // batch_size):
            yield images[order[i:i + batch_size]]
        """)
mistake("merges the remainder into the last full batch (one oversized batch)", G,
        """
        order = torch.randperm(len(images), generator=generator)
        n_full = max(1, len(images) // batch_size)
        for i in range(n_full):
            end = (i + 1) * batch_size if i < n_full - 1 else len(images)
            yield images[order[i * batch_size:end]]
        """)
mistake("shuffles the order of fixed batches only: the same images are always batched together", G,
        """
        starts = list(range(0, len(images), batch_size))
        for i in torch.randperm(len(starts), generator=generator).tolist():
            yield images[starts[i]:starts[i] + batch_size]
        """)
mistake("yields one-element tuples (x,) like a DataLoader over a TensorDataset", G,
        """
        order = torch.randperm(len(images), generator=generator)
        for start in range(0, len(images), batch_size):
            yield (images[order[start:start + batch_size]],)
        """)
mistake("a fresh permutation for every batch: images repeat and others are skipped", G,
        """
        for start in range(0, len(images), batch_size):
            order = torch.randperm(len(images), generator=generator)
            yield images[order[:min(batch_size, len(images) - start)]]
        """)

alternative("shuffle the whole tensor once per epoch, then torch.split", G,
            """
            shuffled = images[torch.randperm(images.shape[0], generator=generator)]
            yield from torch.split(shuffled, batch_size)
            """)
alternative("split the permutation into index chunks", G,
            """
            for index in torch.randperm(len(images), generator=generator).split(batch_size):
                yield images[index]
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 2: train_step
G = "train_step"
STEP = """
logits, mu, logvar = model(x)
total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
optimizer.zero_grad()
total.backward()
optimizer.step()
return total.item(), reconstruction.item(), kl.item()
"""
mistake("no optimizer.zero_grad(): gradients accumulate over the steps", G,
        """
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        total.backward()
        optimizer.step()
        return total.item(), reconstruction.item(), kl.item()
        """)
mistake("zero_grad between backward and step: the step uses zero gradients", G,
        """
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        total.backward()
        optimizer.zero_grad()
        optimizer.step()
        return total.item(), reconstruction.item(), kl.item()
        """)
mistake("optimizer.step() before backward: the update uses the previous (cleared) gradients", G,
        """
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        optimizer.zero_grad()
        optimizer.step()
        total.backward()
        return total.item(), reconstruction.item(), kl.item()
        """)
mistake("back-propagates the reconstruction term only", G,
        """
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        optimizer.zero_grad()
        reconstruction.backward()
        optimizer.step()
        return total.item(), reconstruction.item(), kl.item()
        """)
mistake("does not pass beta to negative_elbo (always beta = 1)", G,
        """
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar)
        optimizer.zero_grad()
        total.backward()
        optimizer.step()
        return total.item(), reconstruction.item(), kl.item()
        """)
mistake("puts the model in eval mode: the forward decodes mu, no sampling", G,
        """
        model.eval()
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        optimizer.zero_grad()
        total.backward()
        optimizer.step()
        return total.item(), reconstruction.item(), kl.item()
        """)
mistake("returns tensors, not Python floats", G,
        """
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        optimizer.zero_grad()
        total.backward()
        optimizer.step()
        return total.detach(), reconstruction.detach(), kl.detach()
        """)
mistake("returns the losses of a second forward pass after the update", G,
        """
        logits, mu, logvar = model(x)
        total = negative_elbo(logits, x, mu, logvar, beta)[0]
        optimizer.zero_grad()
        total.backward()
        optimizer.step()
        with torch.no_grad():
            logits, mu, logvar = model(x)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        return total.item(), reconstruction.item(), kl.item()
        """)
mistake("two optimizer steps per call", G,
        """
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        optimizer.zero_grad()
        total.backward()
        optimizer.step()
        optimizer.step()
        return total.item(), reconstruction.item(), kl.item()
        """)
mistake("back-propagates the batch sum (total * B) instead of the per-image mean", G,
        """
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        optimizer.zero_grad()
        (total * len(x)).backward()
        optimizer.step()
        return total.item(), reconstruction.item(), kl.item()
        """)
mistake("returns (reconstruction, kl, total): wrong order", G,
        """
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        optimizer.zero_grad()
        total.backward()
        optimizer.step()
        return reconstruction.item(), kl.item(), total.item()
        """)
mistake("creates a new Adam optimiser inside the step: ignores the given optimiser (and its state)", G,
        """
        optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        optimizer.zero_grad()
        total.backward()
        optimizer.step()
        return total.item(), reconstruction.item(), kl.item()
        """)
mistake("reports reconstruction + kl as the total (beta left out of the returned total)", G,
        """
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        optimizer.zero_grad()
        total.backward()
        optimizer.step()
        return reconstruction.item() + kl.item(), reconstruction.item(), kl.item()
        """)

alternative("model.zero_grad(set_to_none=True) and float() conversions", G,
            """
            logits, mu, logvar = model(x)
            losses = negative_elbo(logits, x, mu, logvar, beta=beta)
            model.zero_grad(set_to_none=True)
            losses[0].backward()
            optimizer.step()
            return tuple(float(loss.detach()) for loss in losses)
            """)
alternative("zero_grad first, then forward, backward, step", G,
            """
            optimizer.zero_grad()
            logits, mu, logvar = model(x)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            total.backward()
            optimizer.step()
            return float(total), float(reconstruction), float(kl)
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 3: evaluate
G = "evaluate"
EVAL_LOOP = """
model.eval()
sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
with torch.no_grad():
    for start in range(0, len(images), batch_size):
        x = images[start:start + batch_size]
        mu, logvar = model.encoder(x)
        z = reparameterize(mu, logvar)
        logits = model.decoder(z)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        {accumulate}
return {result}
"""


def evaluate_body(accumulate="for key, value in zip(sums, (total, reconstruction, kl)):\n            sums[key] += value.item() * len(x)",
                  result="{key: value / len(images) for key, value in sums.items()}", loop=EVAL_LOOP):
    return loop.replace("{accumulate}", accumulate).replace("{result}", result)


mistake("plain mean of the per-batch averages: wrong when the last batch is smaller", G,
        evaluate_body(accumulate="for key, value in zip(sums, (total, reconstruction, kl)):\n            sums[key] += value.item()",
                      result="{key: value / ((len(images) + batch_size - 1) // batch_size) for key, value in sums.items()}"))
mistake("calls model(x) in eval mode: decodes mu, not a sampled z", G,
        """
        model.eval()
        sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
        with torch.no_grad():
            for start in range(0, len(images), batch_size):
                x = images[start:start + batch_size]
                logits, mu, logvar = model(x)
                total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
                for key, value in zip(sums, (total, reconstruction, kl)):
                    sums[key] += value.item() * len(x)
        return {key: value / len(images) for key, value in sums.items()}
        """)
mistake("decodes z = mu (no sample)", G,
        evaluate_body().replace("z = reparameterize(mu, logvar)", "z = mu"))
mistake("never calls model.eval()", G, evaluate_body().replace("model.eval()\n", ""))
mistake("switches back to model.train() at the end: the model is not left in eval mode", G,
        evaluate_body(result="(model.train(), {key: value / len(images) for key, value in sums.items()})[1]"))
mistake("no torch.no_grad(): builds graphs during evaluation", G,
        """
        model.eval()
        sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            for key, value in zip(sums, (total, reconstruction, kl)):
                sums[key] += value.item() * len(x)
        return {key: value / len(images) for key, value in sums.items()}
        """)
mistake("ignores beta (negative_elbo called with its default)", G,
        evaluate_body().replace("negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu, logvar)"))
mistake("divides the weighted sums by batch_size times the number of batches", G,
        evaluate_body(result="{key: value / (batch_size * ((len(images) + batch_size - 1) // batch_size)) for key, value in sums.items()}"))
mistake("returns tensors instead of floats", G,
        evaluate_body(accumulate="for key, value in zip(sums, (total, reconstruction, kl)):\n            sums[key] = sums[key] + value * len(x)"))
mistake("dict keys 'recon' and 'KL' instead of 'reconstruction' and 'kl'", G,
        evaluate_body(result="{'total': sums['total'] / len(images), 'recon': sums['reconstruction'] / len(images), 'KL': sums['kl'] / len(images)}"))
mistake("drops the last incomplete batch", G,
        evaluate_body().replace("range(0, len(images), batch_size)", "range(0, len(images) - batch_size + 1, batch_size)"))
mistake("default batch_size changed to 128", G, evaluate_body(),
        replace=[("def evaluate(model, images, batch_size=1000, beta=1.0):",
                  "def evaluate(model, images, batch_size=128, beta=1.0):")])
mistake("averages two samples of z per image instead of one", G,
        """
        model.eval()
        sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
        with torch.no_grad():
            for start in range(0, len(images), batch_size):
                x = images[start:start + batch_size]
                mu, logvar = model.encoder(x)
                for _ in range(2):
                    logits = model.decoder(reparameterize(mu, logvar))
                    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
                    for key, value in zip(sums, (total, reconstruction, kl)):
                        sums[key] += value.item() * len(x) / 2
        return {key: value / len(images) for key, value in sums.items()}
        """)
mistake("model.train() so that forward samples: the model is left in training mode", G,
        """
        model.train()
        sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
        with torch.no_grad():
            for start in range(0, len(images), batch_size):
                x = images[start:start + batch_size]
                logits, mu, logvar = model(x)
                total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
                for key, value in zip(sums, (total, reconstruction, kl)):
                    sums[key] += value.item() * len(x)
        return {key: value / len(images) for key, value in sums.items()}
        """)
mistake("returns the KL weighted by beta under 'kl'", G,
        evaluate_body(result="{'total': sums['total'] / len(images), 'reconstruction': sums['reconstruction'] / len(images), 'kl': beta * sums['kl'] / len(images)}"))

alternative("torch.inference_mode, lists of per-batch sums, torch.split for the batches", G,
            """
            model.eval()
            parts = []
            with torch.inference_mode():
                for x in torch.split(images, batch_size):
                    mu, logvar = model.encoder(x)
                    logits = model.decoder(reparameterize(mu, logvar))
                    losses = negative_elbo(logits, x, mu, logvar, beta=beta)
                    parts.append(torch.stack(losses) * x.shape[0])
            sums = torch.stack(parts).sum(dim=0) / images.shape[0]
            return {"total": sums[0].item(), "reconstruction": sums[1].item(), "kl": sums[2].item()}
            """)
alternative("running weighted averages with a counter of images seen", G,
            """
            model.eval()
            seen, total_sum, rec_sum, kl_sum = 0, 0.0, 0.0, 0.0
            with torch.no_grad():
                start = 0
                while start < len(images):
                    x = images[start:start + batch_size]
                    start += batch_size
                    mu, logvar = model.encoder(x)
                    logits = model.decoder(reparameterize(mu, logvar))
                    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
                    n = len(x)
                    total_sum += float(total) * n
                    rec_sum += float(rec) * n
                    kl_sum += float(kl) * n
                    seen += n
            return {"total": total_sum / seen, "reconstruction": rec_sum / seen, "kl": kl_sum / seen}
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 4: train
G = "train"
TRAIN = """
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
"""
mistake("model.train() once before the loop: from the second epoch on it trains in eval mode (evaluate left it there)", G,
        TRAIN.replace("for epoch in range(epochs):\n    model.train()\n", "model.train()\nfor epoch in range(epochs):\n"))
mistake("averages the batch losses without weighting by the batch size", G,
        TRAIN.replace("sums[i] += losses[i] * len(x)", "sums[i] += losses[i] / n_batches")
             .replace("sums[0] / len(train_images)", "sums[0]").replace("sums[1] / len(train_images)", "sums[1]")
             .replace("sums[2] / len(train_images)", "sums[2]"))
mistake("divides the weighted sums by n_batches * batch_size instead of the number of images", G,
        TRAIN.replace("/ len(train_images)", "/ (n_batches * batch_size)"))
mistake("evaluate called without beta (always measured at beta = 1)", G,
        TRAIN.replace("evaluate(model, test_images, beta=beta)", "evaluate(model, test_images)"))
mistake("train_step called without beta", G,
        TRAIN.replace("train_step(model, optimizer, x, beta)", "train_step(model, optimizer, x)"))
mistake("makes its own generator torch.Generator().manual_seed(0) instead of using the argument", G,
        TRAIN.replace("batches = iterate_minibatches(train_images, batch_size, generator)",
                      "batches = iterate_minibatches(train_images, batch_size, torch.Generator().manual_seed(0))"))
mistake("creates the batch generator once, before the epochs: it is exhausted after the first epoch", G,
        TRAIN.replace("    batches = iterate_minibatches(train_images, batch_size, generator)\n", "")
             .replace("n_batches = (len(train_images) + batch_size - 1) // batch_size\n",
                      "n_batches = (len(train_images) + batch_size - 1) // batch_size\nbatches = iterate_minibatches(train_images, batch_size, generator)\n"))
mistake("history keys of its own ('train_loss', 'test_loss', ...)", G,
        """
        history = {"train_loss": [], "train_rec": [], "train_kl": [], "test_loss": [], "test_rec": [], "test_kl": []}
        for epoch in range(epochs):
            model.train()
            sums = [0.0, 0.0, 0.0]
            for x in iterate_minibatches(train_images, batch_size, generator):
                losses = train_step(model, optimizer, x, beta)
                for i in range(3):
                    sums[i] += losses[i] * len(x)
            for key, value in zip(("train_loss", "train_rec", "train_kl"), sums):
                history[key].append(value / len(train_images))
            result = evaluate(model, test_images, beta=beta)
            for key, name in zip(("test_loss", "test_rec", "test_kl"), ("total", "reconstruction", "kl")):
                history[key].append(result[name])
        return history
        """)
mistake("evaluates on the training images", G,
        TRAIN.replace("evaluate(model, test_images, beta=beta)", "evaluate(model, train_images, beta=beta)"))
mistake("evaluates before training the epoch (the test numbers lag one epoch behind)", G,
        """
        history = {key: [] for key in HISTORY_KEYS}
        for epoch in range(epochs):
            result = evaluate(model, test_images, beta=beta)
            history["test_total"].append(result["total"])
            history["test_reconstruction"].append(result["reconstruction"])
            history["test_kl"].append(result["kl"])
            model.train()
            sums = [0.0, 0.0, 0.0]
            for x in iterate_minibatches(train_images, batch_size, generator):
                losses = train_step(model, optimizer, x, beta)
                for i in range(3):
                    sums[i] += losses[i] * len(x)
            history["train_total"].append(sums[0] / len(train_images))
            history["train_reconstruction"].append(sums[1] / len(train_images))
            history["train_kl"].append(sums[2] / len(train_images))
        return history
        """)
mistake("uses the notebook's global test_subset instead of the test_images argument", G,
        TRAIN.replace("evaluate(model, test_images, beta=beta)", "evaluate(model, test_subset, beta=beta)"))
mistake("running sums not reset between epochs: later epochs report cumulative losses", G,
        TRAIN.replace("for epoch in range(epochs):\n    model.train()\n    sums = [0.0, 0.0, 0.0]\n",
                      "sums = [0.0, 0.0, 0.0]\nfor epoch in range(epochs):\n    model.train()\n"))
mistake("evaluates only once, after the last epoch: the test lists hold one value", G,
        """
        history = {key: [] for key in HISTORY_KEYS}
        for epoch in range(epochs):
            model.train()
            sums = [0.0, 0.0, 0.0]
            for x in iterate_minibatches(train_images, batch_size, generator):
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
        """)
mistake("ignores progress: the tqdm bar is always shown (writes to stderr while grading)", G,
        TRAIN.replace("disable=not progress", "disable=False"))
mistake("one epoch too few (range(1, epochs))", G, TRAIN.replace("for epoch in range(epochs):", "for epoch in range(1, epochs):"))
mistake("ignores the given optimizer and builds a new Adam(lr=1e-3)", G,
        TRAIN.replace("history = {key: [] for key in HISTORY_KEYS}\n",
                      "history = {key: [] for key in HISTORY_KEYS}\noptimizer = torch.optim.Adam(model.parameters(), lr=1e-3)\n"))
mistake("hard-codes batches of 128", G,
        TRAIN.replace("iterate_minibatches(train_images, batch_size, generator)", "iterate_minibatches(train_images, 128, generator)"))

alternative("dict of running sums keyed like evaluate's result, tqdm over a list of batches", G,
            """
            history = {key: [] for key in HISTORY_KEYS}
            names = ("total", "reconstruction", "kl")
            for _ in range(epochs):
                model.train()
                running = dict.fromkeys(names, 0.0)
                batches = list(iterate_minibatches(train_images, batch_size, generator))
                for x in tqdm(batches, disable=not progress):
                    for name, value in zip(names, train_step(model, optimizer, x, beta=beta)):
                        running[name] += value * x.shape[0]
                for name in names:
                    history[f"train_{name}"].append(running[name] / train_images.shape[0])
                measured = evaluate(model, test_images, beta=beta)
                for name in names:
                    history[f"test_{name}"].append(measured[name])
            return history
            """)
alternative("tqdm as a context manager updated per batch", G,
            """
            history = {key: [] for key in HISTORY_KEYS}
            n = len(train_images)
            for epoch in range(epochs):
                model.train()
                total = reconstruction = kl = 0.0
                with tqdm(total=-(-n // batch_size), disable=not progress, desc=f"epoch {epoch + 1}") as bar:
                    for x in iterate_minibatches(train_images, batch_size, generator):
                        t, r, k = train_step(model, optimizer, x, beta)
                        total, reconstruction, kl = total + t * len(x), reconstruction + r * len(x), kl + k * len(x)
                        bar.update(1)
                history["train_total"].append(total / n)
                history["train_reconstruction"].append(reconstruction / n)
                history["train_kl"].append(kl / n)
                test = evaluate(model, test_images, beta=beta)
                history["test_total"].append(test["total"])
                history["test_reconstruction"].append(test["reconstruction"])
                history["test_kl"].append(test["kl"])
            return history
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 5: save_checkpoint and load_checkpoint
G = "checkpoint"
SAVE = "torch.save(model.state_dict(), path)"
LOAD = """
model = build()
model.load_state_dict(torch.load(path, weights_only=True))
model.eval()
return model
"""
mistake("saves the whole model object instead of its state_dict", G, "torch.save(model, path)",
        """
        model = torch.load(path, weights_only=False)
        model.eval()
        return model
        """)
mistake("the loaded model is left in training mode", G, SAVE,
        """
        model = build()
        model.load_state_dict(torch.load(path, weights_only=True))
        return model
        """)
mistake("load_checkpoint returns the _IncompatibleKeys of load_state_dict (model = model.load_state_dict(...))", G, SAVE,
        """
        model = build()
        model = model.load_state_dict(torch.load(path, weights_only=True))
        return model
        """)
mistake("saves the state_dict in float16 to halve the file: the reloaded model does not give the same outputs", G,
        "torch.save({name: tensor.half() for name, tensor in model.state_dict().items()}, path)", LOAD)
mistake("torch.save(model.state_dict, path): saves the bound method (the whole model), not the dict", G,
        "torch.save(model.state_dict, path)",
        """
        model = build()
        model.load_state_dict(torch.load(path, weights_only=False)())
        model.eval()
        return model
        """)
mistake("loads the weights into one fresh model but returns another, untrained one", G, SAVE,
        """
        build().load_state_dict(torch.load(path, weights_only=True))
        return build().eval()
        """)
mistake("saves only the encoder's state_dict", G, "torch.save(model.encoder.state_dict(), path)",
        """
        model = build()
        model.encoder.load_state_dict(torch.load(path, weights_only=True))
        model.eval()
        return model
        """)
mistake("appends '.pt' to the path: the file is not written where asked", G,
        "torch.save(model.state_dict(), str(path) + '.pt')",
        """
        model = build()
        model.load_state_dict(torch.load(str(path) + '.pt', weights_only=True))
        model.eval()
        return model
        """)
mistake("calls model.train() after loading 'to be ready to use'", G, SAVE,
        """
        model = build()
        model.load_state_dict(torch.load(path, weights_only=True))
        model.train()
        return model
        """)
mistake("saves a dict {'model': state_dict} instead of the state_dict itself", G,
        "torch.save({'model': model.state_dict()}, path)",
        """
        model = build()
        model.load_state_dict(torch.load(path, weights_only=True)['model'])
        model.eval()
        return model
        """)

alternative("state_dict written through an open file; load with map_location='cpu' and strict loading", G,
            """
            with open(path, "wb") as handle:
                torch.save(model.state_dict(), handle)
            """,
            """
            model = build()
            state = torch.load(path, map_location="cpu", weights_only=True)
            model.load_state_dict(state, strict=True)
            return model.eval()
            """)
