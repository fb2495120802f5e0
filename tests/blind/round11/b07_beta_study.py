NOTEBOOK = "07_beta_study"

# ---------------------------------------------------------------- helpers
BASE = {}


def mut(grade_id, *pairs):
    """Correct source of grade_id with each (old -> new) replacement applied (old must occur exactly once)."""
    source = BASE[grade_id]
    for old, new in zip(pairs[::2], pairs[1::2]):
        assert source.count(old) == 1, (grade_id, old, source.count(old))
        source = source.replace(old, new)
    assert source != BASE[grade_id]
    return source


def M(name, grade_id, *pairs, source=None):
    return dict(name=name, grade_id=grade_id, source=source if source is not None else mut(grade_id, *pairs))


A = M

# ---------------------------------------------------------------- correct answers
BASE["rate_distortion"] = '''def rate_distortion(runs):
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

BASE["active_units"] = '''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    variances = mu.var(dim=0)
    return int((variances > threshold).sum().item())
'''

BASE["kl_per_unit"] = '''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    kl = -0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar))
    return kl.mean(dim=0)
'''

BASE["sweep"] = '''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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

G = "rate_distortion"
MISTAKES = [
    M("sorts the caller's list in place", G, "ordered = sorted(runs, key=lambda run: run[\"beta\"])",
      "runs.sort(key=lambda run: run[\"beta\"])\n    ordered = runs"),
    M("float64 tensors via numpy", G,
      "betas = torch.tensor([run[\"beta\"] for run in ordered], dtype=torch.float32)",
      "import numpy as np\n    betas = torch.from_numpy(np.array([run[\"beta\"] for run in ordered]))"),
    M("betas sorted on their own, rates and distortions left in the input order", G,
      "rates = torch.tensor([run[\"test_kl\"] for run in ordered], dtype=torch.float32)\n    distortions = torch.tensor([run[\"test_reconstruction\"] for run in ordered], dtype=torch.float32)",
      "rates = torch.tensor([run[\"test_kl\"] for run in runs], dtype=torch.float32)\n    distortions = torch.tensor([run[\"test_reconstruction\"] for run in runs], dtype=torch.float32)"),
    M("sorted by the beta's text (\"10\" before \"2\")", G, "key=lambda run: run[\"beta\"]", "key=lambda run: str(run[\"beta\"])"),
    M("sorted by decreasing rate instead of beta", G, "key=lambda run: run[\"beta\"]", "key=lambda run: -run[\"test_kl\"]"),
    M("runs with the same beta collapsed by a dict", G, "ordered = sorted(runs, key=lambda run: run[\"beta\"])",
      "by_beta = {run[\"beta\"]: run for run in runs}\n    ordered = [by_beta[beta] for beta in sorted(by_beta)]"),
    M("writes a key into each run dict", G, "ordered = sorted(runs, key=lambda run: run[\"beta\"])",
      "for run in runs:\n        run[\"beta\"] = float(run[\"beta\"])\n        run[\"rate\"] = run[\"test_kl\"]\n"
      "    ordered = sorted(runs, key=lambda run: run[\"beta\"])"),
]

G = "active_units"
MISTAKES += [
    M(">= instead of >", G, "(variances > threshold)", "(variances >= threshold)"),
    M("returns a tensor", G, "return int((variances > threshold).sum().item())", "return (variances > threshold).sum()"),
    M("standard deviation compared with the threshold", G, "variances = mu.var(dim=0)", "variances = mu.std(dim=0)"),
    M("changed default threshold", G, "def active_units(mu, threshold=0.01):", "def active_units(mu, threshold=0.1):"),
    M("len() of the boolean mask counts every unit", G, "return int((variances > threshold).sum().item())",
      "return len(variances > threshold)"),
    M("one-pass E[mu^2] - E[mu]^2 (cancellation for large means)", G, "variances = mu.var(dim=0)",
      "variances = (mu ** 2).mean(dim=0) - mu.mean(dim=0) ** 2"),
]

G = "kl_per_unit"
MISTAKES += [
    M("summed over the images", G, "return kl.mean(dim=0)", "return kl.sum(dim=0)"),
    M("averaged over the units", G, "return kl.mean(dim=0)", "return kl.mean(dim=1)"),
    M("sigma instead of sigma^2", G, "torch.exp(logvar))", "torch.exp(0.5 * logvar))"),
    M("keepdim: shape (1, d)", G, "return kl.mean(dim=0)", "return kl.mean(dim=0, keepdim=True)"),
    M("divides the sum by N - 1", G, "return kl.mean(dim=0)", "return kl.sum(dim=0) / (kl.shape[0] - 1)"),
]

G = "sweep"
MISTAKES += [
    M("seeds once before the loop", G, "    for beta in betas:\n        torch.manual_seed(seed)\n",
      "    torch.manual_seed(seed)\n    for beta in betas:\n"),
    M("one model reused for all betas", G,
      "    for beta in betas:\n        torch.manual_seed(seed)\n        model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n",
      "    torch.manual_seed(seed)\n    model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n    for beta in betas:\n"),
    M("evaluated at the training beta", G, "metrics = evaluate(model, test_images)", "metrics = evaluate(model, test_images, beta=beta)"),
    M("test numbers taken from fit's history (training beta)", G,
      "        fit(model, train_images, test_images, epochs, lr=2e-3, schedule=\"onecycle\", beta=beta, seed=seed,\n            progress=progress)\n        metrics = evaluate(model, test_images)",
      "        history = fit(model, train_images, test_images, epochs, lr=2e-3, schedule=\"onecycle\", beta=beta, seed=seed,\n                      progress=progress)\n"
      "        metrics = {key: history[\"test_\" + key][-1] for key in (\"total\", \"reconstruction\", \"kl\")}"),
    M("fit's default learning rate", G, "epochs, lr=2e-3, schedule=", "epochs, schedule="),
    M("constant learning rate schedule", G, "schedule=\"onecycle\"", "schedule=\"constant\""),
    M("seed not passed to fit", G, "beta=beta, seed=seed,", "beta=beta,"),
    M("mu computed with gradients", G,
      "        with torch.no_grad():\n            mu, _ = model.encoder(test_images)", "        mu, _ = model.encoder(test_images)"),
    M("progress not passed on (fit's default bar)", G, "beta=beta, seed=seed,\n            progress=progress)", "beta=beta, seed=seed)"),
    M("architecture arguments not passed to dense_vae", G, "model = dense_vae(latent_dim=latent_dim, hidden=hidden)", "model = dense_vae()"),
    M("changed default hidden", G, "hidden=(400,), seed=0", "hidden=(200,), seed=0"),
    M("reseeds after building the model", G,
      "        torch.manual_seed(seed)\n        model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n",
      "        model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n        torch.manual_seed(seed)\n"),
    M("stores a sampled code instead of mu", G, "            mu, _ = model.encoder(test_images)",
      "            mu, logvar = model.encoder(test_images)\n            mu = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)"),
    M("betas visited in sorted order", G, "    for beta in betas:\n", "    for beta in sorted(betas):\n"),
    M("mu of the first 1,000 test images only", G, "mu, _ = model.encoder(test_images)", "mu, _ = model.encoder(test_images[:1000])"),
    M("a different seed for each beta", G,
      "    for beta in betas:\n        torch.manual_seed(seed)\n", "    for i, beta in enumerate(betas):\n        torch.manual_seed(seed + i)\n"),
]

ALTERNATIVES = [
    A("itemgetter and torch.as_tensor", "rate_distortion",
      "    ordered = sorted(runs, key=lambda run: run[\"beta\"])\n    betas = torch.tensor([run[\"beta\"] for run in ordered], dtype=torch.float32)\n"
      "    rates = torch.tensor([run[\"test_kl\"] for run in ordered], dtype=torch.float32)\n"
      "    distortions = torch.tensor([run[\"test_reconstruction\"] for run in ordered], dtype=torch.float32)",
      "    from operator import itemgetter\n    ordered = sorted(runs, key=itemgetter(\"beta\"))\n"
      "    columns = [[float(run[key]) for run in ordered] for key in (\"beta\", \"test_kl\", \"test_reconstruction\")]\n"
      "    betas, rates, distortions = (torch.as_tensor(column, dtype=torch.float32) for column in columns)"),
    A("argsort of the betas", "rate_distortion",
      "    ordered = sorted(runs, key=lambda run: run[\"beta\"])\n",
      "    order = torch.tensor([float(run[\"beta\"]) for run in runs], dtype=torch.float64).argsort(stable=True)\n"
      "    ordered = [runs[i] for i in order.tolist()]\n"),
    A("biased variance and count_nonzero", "active_units",
      "    variances = mu.var(dim=0)\n    return int((variances > threshold).sum().item())",
      "    variances = ((mu - mu.mean(dim=0)) ** 2).mean(dim=0)\n    return int(torch.count_nonzero(variances > threshold))"),
    A("torch.distributions kl_divergence", "kl_per_unit",
      "    kl = -0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar))\n    return kl.mean(dim=0)",
      "    q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))\n"
      "    p = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))\n"
      "    return torch.distributions.kl_divergence(q, p).mean(dim=0)"),
    A("sum over images divided by N", "kl_per_unit",
      "return kl.mean(dim=0)", "return kl.sum(dim=0) / mu.shape[0]"),
    A("KL as total - reconstruction, mu detached and cloned", "sweep",
      "            \"test_kl\": metrics[\"kl\"],\n            \"mu\": mu,",
      "            \"test_kl\": metrics[\"total\"] - metrics[\"reconstruction\"],\n            \"mu\": mu.detach().clone(),"),
    A("eval mode before encoding, tuple indexing", "sweep",
      "        with torch.no_grad():\n            mu, _ = model.encoder(test_images)",
      "        model.eval()\n        with torch.no_grad():\n            mu = model.encoder(test_images)[0]"),
]
