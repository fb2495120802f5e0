"""Blind round 12: wrong and alternative answers for 07_beta_study."""

NOTEBOOK = "07_beta_study"


def _variant(base, old, new, count=1):
    found = base.count(old)
    if found != count:
        raise ValueError(f"expected {count} occurrence(s) of {old!r}, found {found}")
    return base.replace(old, new)


def _make(items):
    out = []
    for item in items:
        if len(item) == 3:
            name, gid, source = item
        else:
            name, gid, old, new, *rest = item
            source = _variant(BASE[gid], old, new, *rest)
        out.append(dict(name=name, grade_id=gid, source=source))
    return out


BASE = {}

BASE["rate_distortion"] = r'''def rate_distortion(runs):
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

BASE["active_units"] = r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    variances = mu.var(dim=0)
    return int((variances > threshold).sum().item())
'''

BASE["kl_per_unit"] = r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    kl = -0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar))
    return kl.mean(dim=0)
'''

BASE["sweep"] = r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
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

_R, _A, _K, _S = "rate_distortion", "active_units", "kl_per_unit", "sweep"

MISTAKES = _make([
    # rate_distortion
    ("sorts the caller's list in place", _R,
     "    ordered = sorted(runs, key=lambda run: run[\"beta\"])\n",
     "    runs.sort(key=lambda run: run[\"beta\"])\n    ordered = runs\n"),
    ("sorted by decreasing beta", _R, "key=lambda run: run[\"beta\"])", "key=lambda run: run[\"beta\"], reverse=True)"),
    ("rate and distortion swapped", _R,
     "    rates = torch.tensor([run[\"test_kl\"] for run in ordered], dtype=torch.float32)\n"
     "    distortions = torch.tensor([run[\"test_reconstruction\"] for run in ordered], dtype=torch.float32)\n",
     "    rates = torch.tensor([run[\"test_reconstruction\"] for run in ordered], dtype=torch.float32)\n"
     "    distortions = torch.tensor([run[\"test_kl\"] for run in ordered], dtype=torch.float32)\n"),
    ("through numpy arrays: float64 tensors", _R,
     "    betas = torch.tensor([run[\"beta\"] for run in ordered], dtype=torch.float32)\n"
     "    rates = torch.tensor([run[\"test_kl\"] for run in ordered], dtype=torch.float32)\n"
     "    distortions = torch.tensor([run[\"test_reconstruction\"] for run in ordered], dtype=torch.float32)\n",
     "    import numpy as np\n"
     "    betas = torch.from_numpy(np.array([run[\"beta\"] for run in ordered]))\n"
     "    rates = torch.from_numpy(np.array([run[\"test_kl\"] for run in ordered]))\n"
     "    distortions = torch.from_numpy(np.array([run[\"test_reconstruction\"] for run in ordered]))\n"),
    ("sorts by the text of beta: '10' comes before '2'", _R,
     "key=lambda run: run[\"beta\"])", "key=lambda run: str(run[\"beta\"]))"),
    ("sorts the betas alone, rates and distortions stay in the original order", _R,
     "    rates = torch.tensor([run[\"test_kl\"] for run in ordered], dtype=torch.float32)\n"
     "    distortions = torch.tensor([run[\"test_reconstruction\"] for run in ordered], dtype=torch.float32)\n",
     "    rates = torch.tensor([run[\"test_kl\"] for run in runs], dtype=torch.float32)\n"
     "    distortions = torch.tensor([run[\"test_reconstruction\"] for run in runs], dtype=torch.float32)\n"),
    ("indexes the runs by beta in a dict: runs with the same beta (merged sweeps) are lost", _R,
     "    ordered = sorted(runs, key=lambda run: run[\"beta\"])\n",
     "    by_beta = {run[\"beta\"]: run for run in runs}\n    ordered = [by_beta[beta] for beta in sorted(by_beta)]\n"),
    ("returns Python lists instead of tensors", _R,
     "    return betas, rates, distortions\n", "    return betas.tolist(), rates.tolist(), distortions.tolist()\n"),
    # active_units
    ("variance over the units (dim=1) instead of over the images", _A, "mu.var(dim=0)", "mu.var(dim=1)"),
    (">= threshold instead of strictly above", _A, "variances > threshold", "variances >= threshold"),
    ("returns a tensor instead of a Python int", _A, "return int((variances > threshold).sum().item())",
     "return (variances > threshold).sum()"),
    ("standard deviation compared with the threshold", _A, "mu.var(dim=0)", "mu.std(dim=0)"),
    ("uncentred second moment mean(mu^2): a unit with a constant non-zero mean counts as active", _A,
     "mu.var(dim=0)", "(mu ** 2).mean(dim=0)"),
    ("default threshold changed to 0.1", _A, "def active_units(mu, threshold=0.01):", "def active_units(mu, threshold=0.1):"),
    ("returns the fraction of active units", _A, "return int((variances > threshold).sum().item())",
     "return (variances > threshold).float().mean().item()"),
    # kl_per_unit
    ("sums over the images instead of averaging", _K, "return kl.mean(dim=0)", "return kl.sum(dim=0)"),
    ("averages over the units (dim=1): one value per image", _K, "return kl.mean(dim=0)", "return kl.mean(dim=1)"),
    ("forgets the factor 1/2", _K, "kl = -0.5 * (", "kl = -("),
    ("sigma instead of sigma^2", _K, "torch.exp(logvar))", "torch.exp(0.5 * logvar))"),
    ("float64 result", _K, "return kl.mean(dim=0)", "return kl.double().mean(dim=0)"),
    ("keepdim: returns (1, d)", _K, "return kl.mean(dim=0)", "return kl.mean(dim=0, keepdim=True)"),
    ("exponentiates logvar in place (mutates the argument)", _K, "torch.exp(logvar))", "logvar.exp_())"),
    ("logvar squared instead of exp(logvar)", _K, "torch.exp(logvar))", "logvar ** 2)"),
    # sweep
    ("seeds once before the loop: each model starts from different weights", _S,
     "    runs = []\n    for beta in betas:\n        torch.manual_seed(seed)\n",
     "    runs = []\n    torch.manual_seed(seed)\n    for beta in betas:\n"),
    ("builds the model once: every beta continues training the previous model", _S,
     "    for beta in betas:\n        torch.manual_seed(seed)\n        model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n",
     "    torch.manual_seed(seed)\n    model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n    for beta in betas:\n"),
    ("evaluates at the training beta", _S, "metrics = evaluate(model, test_images)", "metrics = evaluate(model, test_images, beta=beta)"),
    ("reads the test losses from fit's history (measured at the training beta)", _S,
     _variant(_variant(BASE[_S], "        fit(model, train_images, test_images, epochs,",
                       "        history = fit(model, train_images, test_images, epochs,"),
              "        metrics = evaluate(model, test_images)\n",
              "        metrics = {key: history[f\"test_{key}\"][-1] for key in (\"total\", \"reconstruction\", \"kl\")}\n")),
    ("fit with its default learning rate and schedule", _S,
     "fit(model, train_images, test_images, epochs, lr=2e-3, schedule=\"onecycle\", beta=beta, seed=seed,",
     "fit(model, train_images, test_images, epochs, beta=beta, seed=seed,"),
    ("seed not passed to fit: its shuffling uses seed 0 always", _S, "beta=beta, seed=seed,", "beta=beta,"),
    ("mu computed with gradients (no torch.no_grad)", _S,
     "        with torch.no_grad():\n            mu, _ = model.encoder(test_images)\n", "        mu, _ = model.encoder(test_images)\n"),
    ("ignores hidden: always dense_vae's default width", _S,
     "dense_vae(latent_dim=latent_dim, hidden=hidden)", "dense_vae(latent_dim=latent_dim)"),
    ("seed + index per model: the models do not share their initial weights", _S,
     "    for beta in betas:\n        torch.manual_seed(seed)\n",
     "    for index, beta in enumerate(betas):\n        torch.manual_seed(seed + index)\n"),
    ("trains the betas in sorted order, not the given order", _S, "    for beta in betas:\n", "    for beta in sorted(betas):\n"),
])

ALTERNATIVES = _make([
    ("operator.itemgetter and one pass over the sorted runs", _R,
     "    ordered = sorted(runs, key=lambda run: run[\"beta\"])\n",
     "    from operator import itemgetter\n    ordered = sorted(runs, key=itemgetter(\"beta\"))\n"),
    ("stable torch.sort of the betas, then indexing", _R,
     "    ordered = sorted(runs, key=lambda run: run[\"beta\"])\n"
     "    betas = torch.tensor([run[\"beta\"] for run in ordered], dtype=torch.float32)\n"
     "    rates = torch.tensor([run[\"test_kl\"] for run in ordered], dtype=torch.float32)\n"
     "    distortions = torch.tensor([run[\"test_reconstruction\"] for run in ordered], dtype=torch.float32)\n",
     "    table = torch.tensor([[run[\"beta\"], run[\"test_kl\"], run[\"test_reconstruction\"]] for run in runs],\n"
     "                         dtype=torch.float32).reshape(-1, 3)\n"
     "    table = table[torch.sort(table[:, 0], stable=True).indices]\n"
     "    betas, rates, distortions = table[:, 0].clone(), table[:, 1].clone(), table[:, 2].clone()\n"),
    ("biased variance and count_nonzero", _A,
     "    variances = mu.var(dim=0)\n    return int((variances > threshold).sum().item())\n",
     "    return int(torch.count_nonzero(mu.var(dim=0, unbiased=False) > threshold))\n"),
    ("half of (mu^2 + sigma^2 - 1 - logvar)", _K,
     "    kl = -0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar))\n",
     "    kl = 0.5 * (mu.pow(2) + logvar.exp() - 1 - logvar)\n"),
    ("torch.distributions.kl_divergence per unit", _K,
     "    kl = -0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar))\n",
     "    q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))\n"
     "    kl = torch.distributions.kl_divergence(q, torch.distributions.Normal(0.0, 1.0))\n"),
    ("a helper per beta and a list comprehension", _S,
     r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        measured = evaluate(model, test_images, beta=1.0)
        model.eval()
        with torch.no_grad():
            mu = model.encoder(test_images)[0]
        run = {"beta": float(beta)}
        run.update({f"test_{key}": float(value) for key, value in measured.items()})
        run["mu"] = mu
        return run

    return [one_run(beta) for beta in betas]
'''),
])
