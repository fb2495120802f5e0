NOTEBOOK = "07_beta_study"

_RD = '''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
{body}'''
_AU = '''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
{body}'''
_KU = '''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
{body}'''
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
{body}'''
def rd(b): return dict(grade_id="rate_distortion", source=_RD.format(body=b))
def au(b): return dict(grade_id="active_units", source=_AU.format(body=b))
def ku(b): return dict(grade_id="kl_per_unit", source=_KU.format(body=b))
def sw(b): return dict(grade_id="sweep", source=_SW.format(body=b))

SW_OK = '''    results = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        results.append({"beta": float(beta), "test_total": float(metrics["total"]),
                        "test_reconstruction": float(metrics["reconstruction"]), "test_kl": float(metrics["kl"]), "mu": mu})
    return results'''

MISTAKES = [
    dict(name="sorts the list in place", **rd("    runs.sort(key=lambda run: run['beta'])\n    return (torch.tensor([r['beta'] for r in runs], dtype=torch.float32),\n            torch.tensor([r['test_kl'] for r in runs], dtype=torch.float32),\n            torch.tensor([r['test_reconstruction'] for r in runs], dtype=torch.float32))")),
    dict(name="rates and distortions swapped", **rd("    ordered = sorted(runs, key=lambda run: run['beta'])\n    return (torch.tensor([r['beta'] for r in ordered], dtype=torch.float32),\n            torch.tensor([r['test_reconstruction'] for r in ordered], dtype=torch.float32),\n            torch.tensor([r['test_kl'] for r in ordered], dtype=torch.float32))")),
    dict(name="sorts betas only, rates unsorted", **rd("    return (torch.tensor(sorted(r['beta'] for r in runs), dtype=torch.float32),\n            torch.tensor([r['test_kl'] for r in runs], dtype=torch.float32),\n            torch.tensor([r['test_reconstruction'] for r in runs], dtype=torch.float32))")),
    dict(name="float64 tensors", **rd("    ordered = sorted(runs, key=lambda run: run['beta'])\n    return tuple(torch.tensor([r[key] for r in ordered], dtype=torch.float64) for key in ('beta', 'test_kl', 'test_reconstruction'))")),
    dict(name="sorted by decreasing beta", **rd("    ordered = sorted(runs, key=lambda run: run['beta'], reverse=True)\n    return tuple(torch.tensor([r[key] for r in ordered], dtype=torch.float32) for key in ('beta', 'test_kl', 'test_reconstruction'))")),
    dict(name=">= instead of strictly >", **au("    return int((mu.var(dim=0) >= threshold).sum())")),
    dict(name="variance over units (wrong axis)", **au("    return int((mu.var(dim=1) > threshold).sum())")),
    dict(name="standard deviation compared with threshold", **au("    return int((mu.std(dim=0) > threshold).sum())")),
    dict(name="returns a tensor", **au("    return (mu.var(dim=0) > threshold).sum()")),
    dict(name="threshold ignored (0.01 hard-coded)", **au("    return int((mu.var(dim=0) > 0.01).sum())")),
    dict(name="sum over images instead of mean", **ku("    return (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).sum(dim=0)")),
    dict(name="averaged over units (wrong axis)", **ku("    return (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).mean(dim=1)")),
    dict(name="sign flipped", **ku("    return (0.5 * (1 + logvar - mu ** 2 - logvar.exp())).mean(dim=0)")),
    dict(name="squares the mean of mu (mean before square)", **ku("    return -0.5 * (1 + logvar.mean(0) - mu.mean(0) ** 2 - logvar.exp().mean(0))")),
    dict(name="seeds once before the loop", **sw(SW_OK.replace("    for beta in betas:\n        torch.manual_seed(seed)\n", "    torch.manual_seed(seed)\n    for beta in betas:\n"))),
    dict(name="reports the training-beta metrics", **sw(SW_OK.replace("evaluate(model, test_images)", "evaluate(model, test_images, beta=beta)"))),
    dict(name="builds the model once and reuses it", **sw(SW_OK.replace("    for beta in betas:\n        torch.manual_seed(seed)\n        model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n", "    torch.manual_seed(seed)\n    model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n    for beta in betas:\n"))),
    dict(name="hidden ignored (default architecture)", **sw(SW_OK.replace("dense_vae(latent_dim=latent_dim, hidden=hidden)", "dense_vae(latent_dim=latent_dim)"))),
    dict(name="fit with constant schedule (default) and default lr", **sw(SW_OK.replace('lr=2e-3, schedule="onecycle", ', ""))),
    dict(name="mu computed with gradients (no_grad missing)", **sw(SW_OK.replace("        with torch.no_grad():\n            mu, _ = model.encoder(test_images)", "        mu, _ = model.encoder(test_images)"))),
]

ALTERNATIVES = [
    dict(name="argsort", **rd("    betas = torch.tensor([float(r['beta']) for r in runs], dtype=torch.float32)\n    order = torch.argsort(betas, stable=True)\n    rates = torch.tensor([float(r['test_kl']) for r in runs], dtype=torch.float32)[order]\n    distortions = torch.tensor([float(r['test_reconstruction']) for r in runs], dtype=torch.float32)[order]\n    return betas[order], rates, distortions")),
    dict(name="biased variance via mean of squares", **au("    centred = mu - mu.mean(dim=0, keepdim=True)\n    variance = (centred ** 2).mean(dim=0)\n    return int(torch.count_nonzero(variance > threshold).item())")),
    dict(name="call the KL formula as 0.5 * (...)", **ku("    return 0.5 * torch.mean(mu.pow(2) + logvar.exp() - logvar - 1, dim=0)")),
    dict(name="dict built from evaluate result keys", **sw('''    runs = []
    for beta in list(betas):
        torch.manual_seed(seed)
        model = dense_vae(latent_dim, hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        result = evaluate(model, test_images, beta=1.0)
        with torch.no_grad():
            means = model.encoder(test_images)[0]
        run = {"beta": float(beta), "mu": means}
        run.update({f"test_{key}": float(result[key]) for key in ("total", "reconstruction", "kl")})
        runs.append(run)
    return runs''')),
]
