"""Blind round 6: wrong and alternative answers for notebook 07_beta_study."""

NOTEBOOK = "07_beta_study"


def swap(base, old, new):
    assert base.count(old) == 1, (old, base)
    return base.replace(old, new)


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
        runs.append({
            "beta": float(beta),
            "test_total": metrics["total"],
            "test_reconstruction": metrics["reconstruction"],
            "test_kl": metrics["kl"],
            "mu": mu,
        })
    return runs
'''

MISTAKES = [
    # ---- rate_distortion
    dict(name="sorts the caller's list in place", grade_id="rate_distortion",
         source=swap(RD, 'ordered = sorted(runs, key=lambda run: run["beta"])',
                     'runs.sort(key=lambda run: run["beta"])\n    ordered = runs')),
    dict(name="does not sort (keeps the order of the runs)", grade_id="rate_distortion",
         source=swap(RD, 'ordered = sorted(runs, key=lambda run: run["beta"])', "ordered = list(runs)")),
    dict(name="float64 tensors", grade_id="rate_distortion",
         source=RD.replace("dtype=torch.float32", "dtype=torch.float64")),
    dict(name="rates and distortions swapped", grade_id="rate_distortion",
         source=swap(swap(RD, 'run["test_kl"] for run', 'run["TMP"] for run'), 'run["test_reconstruction"] for run',
                     'run["test_kl"] for run').replace('run["TMP"] for run', 'run["test_reconstruction"] for run')),
    dict(name="sorted by decreasing beta", grade_id="rate_distortion",
         source=swap(RD, 'sorted(runs, key=lambda run: run["beta"])', 'sorted(runs, key=lambda run: run["beta"], reverse=True)')),
    dict(name="sorts each of the three lists on its own (pairs broken)", grade_id="rate_distortion",
         source=swap(RD, '''    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
''', '''    betas = torch.tensor(sorted(run["beta"] for run in runs), dtype=torch.float32)
    rates = torch.tensor(sorted(run["test_kl"] for run in runs), dtype=torch.float32)
    distortions = torch.tensor(sorted(run["test_reconstruction"] for run in runs), dtype=torch.float32)
''')),
    dict(name="distortion read from test_total instead of test_reconstruction", grade_id="rate_distortion",
         source=swap(RD, 'run["test_reconstruction"] for run', 'run["test_total"] for run')),
    dict(name="sorts on the text of beta (\"10\" before \"2\")", grade_id="rate_distortion",
         source=swap(RD, 'key=lambda run: run["beta"]', 'key=lambda run: str(run["beta"])')),
    # ---- active_units
    dict(name=">= instead of > (a variance equal to the threshold counts)", grade_id="active_units",
         source=swap(AU, "variances > threshold", "variances >= threshold")),
    dict(name="variance over the units of each image (dim=1)", grade_id="active_units",
         source=swap(AU, "mu.var(dim=0)", "mu.var(dim=1)")),
    dict(name="returns a 0-d tensor", grade_id="active_units",
         source=swap(AU, "return int((variances > threshold).sum().item())", "return (variances > threshold).sum()")),
    dict(name="ignores the threshold argument (always 0.01)", grade_id="active_units",
         source=swap(AU, "variances > threshold", "variances > 0.01")),
    dict(name="compares the standard deviation with the threshold", grade_id="active_units",
         source=swap(AU, "mu.var(dim=0)", "mu.std(dim=0)")),
    dict(name="uncentred second moment mean(mu^2) instead of the variance", grade_id="active_units",
         source=swap(AU, "mu.var(dim=0)", "mu.pow(2).mean(dim=0)")),
    # ---- kl_per_unit
    dict(name="sums over the images instead of averaging", grade_id="kl_per_unit",
         source=swap(KLU, "kl.mean(dim=0)", "kl.sum(dim=0)")),
    dict(name="averages over the units (dim=1): one value per image", grade_id="kl_per_unit",
         source=swap(KLU, "kl.mean(dim=0)", "kl.mean(dim=1)")),
    dict(name="sign error (+1/2)", grade_id="kl_per_unit",
         source=swap(KLU, "kl = -0.5 * (", "kl = 0.5 * (")),
    dict(name="missing the factor 1/2", grade_id="kl_per_unit",
         source=swap(KLU, "kl = -0.5 * (", "kl = -(")),
    dict(name="sigma where sigma^2 belongs", grade_id="kl_per_unit",
         source=swap(KLU, "torch.exp(logvar)", "torch.exp(0.5 * logvar)")),
    # ---- sweep
    dict(name="seeds once before the loop (models start from different weights)", grade_id="sweep",
         source=swap(swap(SWEEP, "    runs = []\n", "    runs = []\n    torch.manual_seed(seed)\n"),
                     "        torch.manual_seed(seed)\n        model", "        model")),
    dict(name="builds one model before the loop and keeps training it", grade_id="sweep",
         source=swap(SWEEP, "    runs = []\n    for beta in betas:\n        torch.manual_seed(seed)\n        model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n",
                     "    runs = []\n    torch.manual_seed(seed)\n    model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n    for beta in betas:\n")),
    dict(name="evaluates at the training beta", grade_id="sweep",
         source=swap(SWEEP, "metrics = evaluate(model, test_images)", "metrics = evaluate(model, test_images, beta=beta)")),
    dict(name="reads the test numbers from fit's history (measured at the training beta)", grade_id="sweep",
         source=swap(swap(SWEEP, "        fit(model,", "        history = fit(model,"),
                     "        metrics = evaluate(model, test_images)\n",
                     "        metrics = {key: history[\"test_\" + key][-1] for key in (\"total\", \"reconstruction\", \"kl\")}\n")),
    dict(name="fit without seed (its default 0 is used whatever seed is)", grade_id="sweep",
         source=swap(SWEEP, "beta=beta, seed=seed, progress=progress)", "beta=beta, progress=progress)")),
    dict(name="mu computed with gradients (no torch.no_grad)", grade_id="sweep",
         source=swap(SWEEP, "        with torch.no_grad():\n            mu, _ = model.encoder(test_images)\n",
                     "        mu, _ = model.encoder(test_images)\n")),
    dict(name="trains with fit's default learning rate (lr=2e-3 forgotten)", grade_id="sweep",
         source=swap(SWEEP, "lr=2e-3, ", "")),
    dict(name="encoder means of the training images instead of the test images", grade_id="sweep",
         source=swap(SWEEP, "mu, _ = model.encoder(test_images)", "mu, _ = model.encoder(train_images)")),
    dict(name="ignores hidden (dense_vae's default widths)", grade_id="sweep",
         source=swap(SWEEP, "dense_vae(latent_dim=latent_dim, hidden=hidden)", "dense_vae(latent_dim=latent_dim)")),
    dict(name="constant learning rate (schedule='onecycle' forgotten)", grade_id="sweep",
         source=swap(SWEEP, 'schedule="onecycle", ', "")),
]

ALTERNATIVES = [
    dict(name="rate_distortion with argsort on a beta tensor and indexing", grade_id="rate_distortion",
         source=swap(RD, '''    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
''', '''    table = torch.tensor([[run["beta"], run["test_kl"], run["test_reconstruction"]] for run in runs],
                         dtype=torch.float64).reshape(-1, 3)
    table = table[torch.argsort(table[:, 0], stable=True)].float()
    return table[:, 0].clone(), table[:, 1].clone(), table[:, 2].clone()
''')),
    dict(name="rate_distortion with operator.itemgetter and zip(*)", grade_id="rate_distortion",
         source='''import operator


def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    points = sorted(map(operator.itemgetter("beta", "test_kl", "test_reconstruction"), runs), key=operator.itemgetter(0))
    columns = list(zip(*points)) if points else [(), (), ()]
    return tuple(torch.tensor(column, dtype=torch.float32) for column in columns)
'''),
    dict(name="active_units with the population variance (divide by N) via var(correction=0)", grade_id="active_units",
         source=swap(AU, "    variances = mu.var(dim=0)\n    return int((variances > threshold).sum().item())",
                     "    variances = mu.var(dim=0, correction=0)\n    return sum(1 for v in variances.tolist() if v > threshold)")),
    dict(name="kl_per_unit as 0.5 * (mu^2 + sigma^2 - 1 - logvar) averaged with torch.mean", grade_id="kl_per_unit",
         source=swap(KLU, "    kl = -0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar))\n    return kl.mean(dim=0)",
                     "    return torch.mean(0.5 * (mu.square() + logvar.exp() - 1.0 - logvar), dim=0)")),
    dict(name="sweep building each run dict with a comprehension over the metric names", grade_id="sweep",
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    def one_run(beta):
        torch.manual_seed(seed)
        model = dense_vae(latent_dim, hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        run = {"beta": float(beta)}
        run.update({"test_" + key: float(value) for key, value in evaluate(model, test_images, beta=1.0).items()})
        model.eval()
        with torch.no_grad():
            run["mu"] = model.encoder(test_images)[0]
        return run

    return [one_run(beta) for beta in betas]
'''),
]
