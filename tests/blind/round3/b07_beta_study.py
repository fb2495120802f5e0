NOTEBOOK = "07_beta_study"

_RD = '''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
'''
_AU = '''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
'''
_KU = '''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
'''
_SW = '''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
'''
_RD_OK = '''    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''
_SW_OK = '''    results = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        results.append({"beta": float(beta), "test_total": metrics["total"],
                        "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return results
'''

MISTAKES = [
    # rate_distortion
    dict(name="sorts the caller's list in place", grade_id="rate_distortion",
         source=_RD + _RD_OK.replace('    ordered = sorted(runs, key=lambda run: run["beta"])\n', '    runs.sort(key=lambda run: run["beta"])\n    ordered = runs\n')),
    dict(name="sorts only the betas, not the matching rates/distortions", grade_id="rate_distortion",
         source=_RD + '''    betas = torch.tensor([run["beta"] for run in runs], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)
    return torch.sort(betas).values, rates, distortions
'''),
    dict(name="no sorting", grade_id="rate_distortion",
         source=_RD + _RD_OK.replace('sorted(runs, key=lambda run: run["beta"])', 'list(runs)')),
    dict(name="sorted by decreasing beta", grade_id="rate_distortion",
         source=_RD + _RD_OK.replace('sorted(runs, key=lambda run: run["beta"])', 'sorted(runs, key=lambda run: run["beta"], reverse=True)')),
    dict(name="rates and distortions swapped", grade_id="rate_distortion",
         source=_RD + _RD_OK.replace("return betas, rates, distortions", "return betas, distortions, rates")),
    dict(name="float64 tensors", grade_id="rate_distortion",
         source=_RD + _RD_OK.replace("torch.float32", "torch.float64")),
    dict(name="rate taken as test_total", grade_id="rate_distortion",
         source=_RD + _RD_OK.replace('run["test_kl"]', 'run["test_total"]')),
    dict(name="sorted by rate instead of beta", grade_id="rate_distortion",
         source=_RD + _RD_OK.replace('sorted(runs, key=lambda run: run["beta"])', 'sorted(runs, key=lambda run: run["test_kl"], reverse=True)')),
    # active_units
    dict(name=">= threshold instead of >", grade_id="active_units",
         source=_AU + "    return int((mu.var(dim=0) >= threshold).sum())\n"),
    dict(name="variance over the units (dim 1)", grade_id="active_units",
         source=_AU + "    return int((mu.var(dim=1) > threshold).sum())\n"),
    dict(name="returns a tensor", grade_id="active_units",
         source=_AU + "    return (mu.var(dim=0) > threshold).sum()\n"),
    dict(name="standard deviation compared with the threshold", grade_id="active_units",
         source=_AU + "    return int((mu.std(dim=0) > threshold).sum())\n"),
    dict(name="counts inactive units", grade_id="active_units",
         source=_AU + "    return int((mu.var(dim=0) <= threshold).sum())\n"),
    dict(name="mean of mu^2 (second moment) instead of variance", grade_id="active_units",
         source=_AU + "    return int(((mu ** 2).mean(dim=0) > threshold).sum())\n"),
    # kl_per_unit
    dict(name="sums over the images", grade_id="kl_per_unit",
         source=_KU + "    return (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).sum(dim=0)\n"),
    dict(name="averages over the units (dim 1)", grade_id="kl_per_unit",
         source=_KU + "    return (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).mean(dim=1)\n"),
    dict(name="missing factor 1/2", grade_id="kl_per_unit",
         source=_KU + "    return -(1 + logvar - mu ** 2 - logvar.exp()).mean(dim=0)\n"),
    dict(name="exp(logvar) replaced by exp(logvar / 2)", grade_id="kl_per_unit",
         source=_KU + "    return (-0.5 * (1 + logvar - mu ** 2 - (logvar / 2).exp())).mean(dim=0)\n"),
    dict(name="mu and logvar swapped", grade_id="kl_per_unit",
         source=_KU + "    return (-0.5 * (1 + mu - logvar ** 2 - mu.exp())).mean(dim=0)\n"),
    dict(name="KL of the mean code (averages mu and logvar first)", grade_id="kl_per_unit",
         source=_KU + "    m, lv = mu.mean(0), logvar.mean(0)\n    return -0.5 * (1 + lv - m ** 2 - lv.exp())\n"),
    # sweep
    dict(name="seeds once before the loop", grade_id="sweep",
         source=_SW + _SW_OK.replace("    results = []\n    for beta in betas:\n        torch.manual_seed(seed)\n", "    results = []\n    torch.manual_seed(seed)\n    for beta in betas:\n")),
    dict(name="one model built once and reused for every beta", grade_id="sweep",
         source=_SW + _SW_OK.replace("    results = []\n    for beta in betas:\n        torch.manual_seed(seed)\n        model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n", "    results = []\n    torch.manual_seed(seed)\n    model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n    for beta in betas:\n")),
    dict(name="measures with the training beta", grade_id="sweep",
         source=_SW + _SW_OK.replace("evaluate(model, test_images)", "evaluate(model, test_images, beta=beta)")),
    dict(name="takes the last test numbers of fit's history", grade_id="sweep",
         source=_SW + '''    results = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        history = fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        results.append({"beta": float(beta), "test_total": history["test_total"][-1],
                        "test_reconstruction": history["test_reconstruction"][-1], "test_kl": history["test_kl"][-1], "mu": mu})
    return results
'''),
    dict(name="mu computed with gradients", grade_id="sweep",
         source=_SW + _SW_OK.replace("        with torch.no_grad():\n            mu, _ = model.encoder(test_images)\n", "        mu, _ = model.encoder(test_images)\n")),
    dict(name="ignores hidden", grade_id="sweep",
         source=_SW + _SW_OK.replace("dense_vae(latent_dim=latent_dim, hidden=hidden)", "dense_vae(latent_dim=latent_dim)")),
    dict(name="default learning rate and schedule", grade_id="sweep",
         source=_SW + _SW_OK.replace('lr=2e-3, schedule="onecycle", ', '')),
    dict(name="fit not given the seed", grade_id="sweep",
         source=_SW + _SW_OK.replace("beta=beta, seed=seed, progress", "beta=beta, progress")),
    dict(name="seeds after building the model", grade_id="sweep",
         source=_SW + _SW_OK.replace("        torch.manual_seed(seed)\n        model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n", "        model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n        torch.manual_seed(seed)\n")),
    dict(name="stores beta as given (an int stays an int)", grade_id="sweep",
         source=_SW + _SW_OK.replace('"beta": float(beta)', '"beta": beta')),
    dict(name="stores a sampled code instead of mu", grade_id="sweep",
         source=_SW + _SW_OK.replace("            mu, _ = model.encoder(test_images)\n", "            mu, logvar = model.encoder(test_images)\n            mu = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)\n")),
]

ALTERNATIVES = [
    dict(name="argsort of the betas", grade_id="rate_distortion",
         source=_RD + '''    betas = torch.tensor([float(r["beta"]) for r in runs])
    order = torch.argsort(betas, stable=True)
    rates = torch.tensor([float(r["test_kl"]) for r in runs])[order]
    distortions = torch.tensor([float(r["test_reconstruction"]) for r in runs])[order]
    return betas[order].float(), rates.float(), distortions.float()
'''),
    dict(name="sorted tuples then zip", grade_id="rate_distortion",
         source=_RD + '''    points = sorted((r["beta"], r["test_kl"], r["test_reconstruction"]) for r in runs)
    betas, rates, distortions = zip(*points) if points else ((), (), ())
    return tuple(torch.tensor(list(column), dtype=torch.float32) for column in (betas, rates, distortions))
'''),
    dict(name="biased variance, .item()", grade_id="active_units",
         source=_AU + "    variances = mu.var(dim=0, unbiased=False)\n    return (variances > threshold).sum().item()\n"),
    dict(name="closed form rearranged", grade_id="kl_per_unit",
         source=_KU + "    return 0.5 * (mu.pow(2) + torch.exp(logvar) - 1 - logvar).mean(dim=0)\n"),
    dict(name="keyword call and dict update", grade_id="sweep",
         source=_SW + '''    runs = []
    for beta in list(betas):
        torch.manual_seed(seed)
        model = dense_vae(latent_dim, hidden)
        fit(model, train_images, test_images, epochs=epochs, lr=2e-3, schedule="onecycle",
            beta=float(beta), seed=seed, progress=progress)
        measured = evaluate(model, test_images, beta=1.0)
        with torch.no_grad():
            mu = model.encoder(test_images)[0]
        run = {"beta": float(beta), "mu": mu}
        run.update({"test_" + key: float(value) for key, value in measured.items()})
        runs.append(run)
    return runs
'''),
]
