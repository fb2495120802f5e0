"""Round 7 blind test cases for notebook 07_beta_study (written from the student notebook only)."""

NOTEBOOK = "07_beta_study"


def mut(template, old, new, count=1):
    """Replace `old` by `new` in `template`, insisting that `old` occurs exactly `count` times."""
    found = template.count(old)
    assert found == count, (old, found)
    return template.replace(old, new)


RD = '''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''

AU = '''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    variances = mu.var(dim=0)
    return int((variances > threshold).sum().item())
'''

KLU = '''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    kl = -0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar))
    return kl.mean(dim=0)
'''

SWEEP = '''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    """Train one fresh, identically initialised MLP VAE per beta and measure each on the test images.

    betas: a sequence of floats, the KL weights to train with
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) float tensors in [0, 1]
    epochs: epochs of training per model; latent_dim, hidden: the architecture, dense_vae(latent_dim, hidden)
    seed: torch.manual_seed(seed) before building each model, and fit(..., seed=seed)
    progress: passed on to fit (a progress bar per model)
    Returns a list with one dict per beta, in the order of betas, with the keys
      "beta": float; "test_total", "test_reconstruction", "test_kl": floats, evaluate(model, test_images)
      (at beta = 1, whatever the training beta); "mu": (M, latent_dim) tensor, the encoder means of
      test_images, computed without gradients.
    """
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs
'''

M = []
A = []


def mistake(name, gid, source):
    M.append(dict(name=name, grade_id=gid, source=source))


def alternative(name, gid, source):
    A.append(dict(name=name, grade_id=gid, source=source))


# ----------------------------------------------------------------------------- rate_distortion
g = "rate_distortion"
mistake("sorts the caller's list in place", g,
        mut(RD, '    ordered = sorted(runs, key=lambda run: run["beta"])\n', '    runs.sort(key=lambda run: run["beta"])\n    ordered = runs\n'))
mistake("keeps the runs in the order given (no sort)", g, mut(RD, '    ordered = sorted(runs, key=lambda run: run["beta"])\n', '    ordered = list(runs)\n'))
mistake("rates and distortions swapped", g,
        mut(mut(RD, 'rates = torch.tensor([run["test_kl"]', 'rates = torch.tensor([run["test_reconstruction"]'),
            'distortions = torch.tensor([run["test_reconstruction"]', 'distortions = torch.tensor([run["test_kl"]'))
mistake("tensors built from numpy arrays: float64", g,
        mut(mut(mut(RD, 'betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)',
                    'betas = torch.from_numpy(np.array([run["beta"] for run in ordered]))'),
                'rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)',
                'rates = torch.from_numpy(np.array([run["test_kl"] for run in ordered]))'),
            'distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)',
            'distortions = torch.from_numpy(np.array([run["test_reconstruction"] for run in ordered]))')
        .replace('    ordered = sorted(', '    import numpy as np\n    ordered = sorted('))
mistake("sorted by decreasing beta", g,
        mut(RD, 'sorted(runs, key=lambda run: run["beta"])', 'sorted(runs, key=lambda run: run["beta"], reverse=True)'))
mistake("sorts each list on its own (the rates no longer belong to their betas)", g,
        mut(mut(mut(RD, '[run["beta"] for run in ordered]', 'sorted(run["beta"] for run in runs)'),
                '[run["test_kl"] for run in ordered]', 'sorted(run["test_kl"] for run in runs)'),
            '[run["test_reconstruction"] for run in ordered]', 'sorted(run["test_reconstruction"] for run in runs)'))
mistake("rates read from test_total", g, mut(RD, 'rates = torch.tensor([run["test_kl"]', 'rates = torch.tensor([run["test_total"]'))
mistake("sorts by decreasing rate (the usual order for increasing beta, but not always)", g,
        mut(RD, 'sorted(runs, key=lambda run: run["beta"])', 'sorted(runs, key=lambda run: -run["test_kl"])'))

alternative("argsort of a beta tensor, then indexing", g,
            mut(RD, """    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
""", """    table = torch.tensor([[r["beta"], r["test_kl"], r["test_reconstruction"]] for r in runs], dtype=torch.float64)
    table = table[torch.argsort(table[:, 0], stable=True)].float()
    betas, rates, distortions = table[:, 0].clone(), table[:, 1].clone(), table[:, 2].clone()
"""))
alternative("operator.itemgetter and torch.as_tensor", g,
            mut(RD, """    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
""", """    from operator import itemgetter
    ordered = sorted(runs, key=itemgetter("beta"))
    betas, rates, distortions = (torch.as_tensor([float(run[key]) for run in ordered], dtype=torch.float32)
                                 for key in ("beta", "test_kl", "test_reconstruction"))
"""))

# ----------------------------------------------------------------------------- active_units
g = "active_units"
mistake(">= instead of strictly >", g, mut(AU, "(variances > threshold)", "(variances >= threshold)"))
mistake("variance over the units (dim=1) instead of over the images", g, mut(AU, "variances = mu.var(dim=0)", "variances = mu.var(dim=1)"))
mistake("returns a tensor instead of a Python int", g, mut(AU, "return int((variances > threshold).sum().item())", "return (variances > threshold).sum()"))
mistake("standard deviation compared with the threshold", g, mut(AU, "variances = mu.var(dim=0)", "variances = mu.std(dim=0)"))
mistake("threshold argument ignored (always 0.01)", g, mut(AU, "(variances > threshold)", "(variances > 0.01)"))
mistake("second moment mean(mu^2) instead of the variance", g, mut(AU, "variances = mu.var(dim=0)", "variances = (mu ** 2).mean(dim=0)"))
mistake("counts the inactive units", g, mut(AU, "(variances > threshold)", "(variances <= threshold)"))
mistake("returns a float", g, mut(AU, "return int((variances > threshold).sum().item())", "return float((variances > threshold).sum())"))

alternative("population variance by hand, sum of booleans", g,
            mut(AU, "    variances = mu.var(dim=0)\n    return int((variances > threshold).sum().item())\n",
                "    variances = ((mu - mu.mean(dim=0, keepdim=True)) ** 2).mean(dim=0)\n"
                "    return sum(bool(v > threshold) for v in variances)\n"))

# ----------------------------------------------------------------------------- kl_per_unit
g = "kl_per_unit"
mistake("sums over the images instead of averaging", g, mut(KLU, "return kl.mean(dim=0)", "return kl.sum(dim=0)"))
mistake("averages over the units (returns one value per image)", g, mut(KLU, "return kl.mean(dim=0)", "return kl.mean(dim=1)"))
mistake("sign flipped (+1/2)", g, mut(KLU, "kl = -0.5 * (1", "kl = 0.5 * (1"))
mistake("exp(logvar / 2) for sigma^2", g, mut(KLU, "torch.exp(logvar))", "torch.exp(0.5 * logvar))"))
mistake("returns the total rate (sum over the units) instead of the vector", g, mut(KLU, "return kl.mean(dim=0)", "return kl.mean(dim=0).sum()"))
mistake("mu instead of mu^2", g, mut(KLU, "- mu ** 2 -", "- mu -"))
mistake("forgets the factor 1/2", g, mut(KLU, "kl = -0.5 * (1", "kl = -(1"))

alternative("rearranged form, sum divided by N", g,
            mut(KLU, "    kl = -0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar))\n    return kl.mean(dim=0)\n",
                "    return 0.5 * (mu.pow(2) + logvar.exp() - logvar - 1).sum(dim=0) / mu.shape[0]\n"))

# ----------------------------------------------------------------------------- sweep
g = "sweep"
mistake("seeds once before the loop (each model starts from different weights)", g,
        mut(SWEEP, "    runs = []\n    for beta in betas:\n        torch.manual_seed(seed)\n",
            "    runs = []\n    torch.manual_seed(seed)\n    for beta in betas:\n"))
mistake("builds the model once and keeps training it for every beta", g,
        mut(SWEEP, """    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
""", """    torch.manual_seed(seed)
    model = dense_vae(latent_dim=latent_dim, hidden=hidden)
    for beta in betas:
"""))
mistake("records fit's last test numbers (measured at the training beta)", g,
        mut(mut(SWEEP, "        fit(model, train_images", "        history = fit(model, train_images"),
            "        metrics = evaluate(model, test_images)\n",
            "        metrics = {key: history[f\"test_{key}\"][-1] for key in (\"total\", \"reconstruction\", \"kl\")}\n"))
mistake("evaluates at the training beta", g, mut(SWEEP, "metrics = evaluate(model, test_images)", "metrics = evaluate(model, test_images, beta=beta)"))
mistake("computes mu with gradients (keeps the graph)", g,
        mut(SWEEP, "        with torch.no_grad():\n            mu, _ = model.encoder(test_images)\n", "        mu, _ = model.encoder(test_images)\n"))
mistake("seeds after building the model", g,
        mut(SWEEP, "        torch.manual_seed(seed)\n        model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n",
            "        model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n        torch.manual_seed(seed)\n"))
mistake("fit without seed=seed (shuffling always seeded with 0)", g, mut(SWEEP, "beta=beta, seed=seed, progress=progress)", "beta=beta, progress=progress)"))
mistake("fit with its default learning rate and constant schedule", g,
        mut(SWEEP, "fit(model, train_images, test_images, epochs, lr=2e-3, schedule=\"onecycle\", beta=beta,", "fit(model, train_images, test_images, epochs, beta=beta,"))
mistake("hidden argument ignored (dense_vae's default widths)", g,
        mut(SWEEP, "model = dense_vae(latent_dim=latent_dim, hidden=hidden)", "model = dense_vae(latent_dim=latent_dim)"))
mistake("runs the betas in sorted order", g, mut(SWEEP, "    for beta in betas:\n", "    for beta in sorted(betas):\n"))
mistake("mu of the training images instead of the test images", g,
        mut(SWEEP, "mu, _ = model.encoder(test_images)", "mu, _ = model.encoder(train_images[:len(test_images)])"))

alternative("explicit beta=1.0, eval mode and means in chunks", g,
            mut(SWEEP, """        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
""", """        metrics = evaluate(model, test_images, beta=1.0)
        model.eval()
        with torch.no_grad():
            mu = torch.cat([model.encoder(chunk)[0] for chunk in test_images.split(500)])
"""))
alternative("builds the run dict with a comprehension", g,
            mut(SWEEP, """        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
""", """        run = {f"test_{key}": float(metrics[key]) for key in ("total", "reconstruction", "kl")}
        run.update(beta=float(beta), mu=mu.detach())
        runs.append(run)
"""))

MISTAKES = M
ALTERNATIVES = A
