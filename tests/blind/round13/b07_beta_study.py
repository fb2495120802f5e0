import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _util import make

NOTEBOOK = "07_beta_study"

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
KPU = '''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    kl = -0.5 * (1 + logvar - mu ** 2 - logvar.exp())
    return kl.mean(dim=0)
'''
SW = '''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''

r = make("rate_distortion", RD)
a = make("active_units", AU)
k = make("kl_per_unit", KPU)
s = make("sweep", SW)

MISTAKES = [
    r("sorts the argument in place", 'ordered = sorted(runs, key=lambda run: run["beta"])', 'runs.sort(key=lambda run: run["beta"])\n    ordered = runs'),
    r("not sorted", 'ordered = sorted(runs, key=lambda run: run["beta"])', "ordered = list(runs)"),
    r("sorted by decreasing beta", 'sorted(runs, key=lambda run: run["beta"])', 'sorted(runs, key=lambda run: run["beta"], reverse=True)'),
    r("rates and distortions swapped", "return betas, rates, distortions", "return betas, distortions, rates"),
    r("float64 tensors", 'rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)', 'rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float64)'),
    r("sorts betas only, rates in original order", 'rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)\n    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)',
      'rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)\n    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)'),
    r("rate taken as test_total", 'run["test_kl"] for run in ordered', 'run["test_total"] for run in ordered'),
    r("sorted by rate instead of beta", 'sorted(runs, key=lambda run: run["beta"])', 'sorted(runs, key=lambda run: -run["test_kl"])'),
    r("sorts the dicts' beta strings lexicographically", 'key=lambda run: run["beta"]', 'key=lambda run: str(run["beta"])'),
    r("distortion as test_total minus kl times beta", 'run["test_reconstruction"] for run in ordered', 'run["test_total"] - run["beta"] * run["test_kl"] for run in ordered'),
    a("variance over units (dim 1)", "mu.var(dim=0)", "mu.var(dim=1)"),
    a(">= instead of >", "(variances > threshold)", "(variances >= threshold)"),
    a("returns a tensor", "return int((variances > threshold).sum().item())", "return (variances > threshold).sum()"),
    a("standard deviation instead of variance", "variances = mu.var(dim=0)", "variances = mu.std(dim=0)"),
    a("mean of squares (uncentred)", "variances = mu.var(dim=0)", "variances = (mu ** 2).mean(dim=0)"),
    a("hard-coded threshold 0.01", "> threshold)", "> 0.01)"),
    a("counts inactive units", "(variances > threshold)", "(variances <= threshold)"),
    a("variance of |mu|", "variances = mu.var(dim=0)", "variances = mu.abs().var(dim=0)"),
    a("changed default threshold", "threshold=0.01", "threshold=0.1"),
    a("variance of everything (one number) compared", "variances = mu.var(dim=0)", "variances = mu.var().expand(mu.shape[1])"),
    k("sums over images instead of averaging", "return kl.mean(dim=0)", "return kl.sum(dim=0)"),
    k("averages over units (dim 1)", "return kl.mean(dim=0)", "return kl.mean(dim=1)"),
    k("positive sign", "kl = -0.5 * (", "kl = 0.5 * ("),
    k("sums over units then averages (scalar)", "return kl.mean(dim=0)", "return kl.sum(dim=1).mean()"),
    k("exp(0.5 logvar) as the variance", "logvar.exp()", "torch.exp(0.5 * logvar)"),
    k("forgets the 1", "(1 + logvar - mu ** 2 - logvar.exp())", "(logvar - mu ** 2 - logvar.exp())"),
    k("mu not squared", "mu ** 2", "mu"),
    k("missing the 1/2", "kl = -0.5 * (", "kl = -1.0 * ("),
    k("divides by d too", "return kl.mean(dim=0)", "return kl.mean(dim=0) / mu.shape[1]"),
    s("no reseeding before each model", "        torch.manual_seed(seed)\n", ""),
    s("reseeds after building the model", "        torch.manual_seed(seed)\n        model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n", "        model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n        torch.manual_seed(seed)\n"),
    s("one model reused for all betas", "    runs = []\n    for beta in betas:\n        torch.manual_seed(seed)\n        model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n",
      "    runs = []\n    torch.manual_seed(seed)\n    model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n    for beta in betas:\n"),
    s("evaluates at the training beta", "metrics = evaluate(model, test_images)", "metrics = evaluate(model, test_images, beta=beta)"),
    s("uses fit's history (training beta) for the metrics", "        fit(model, train_images, test_images, epochs, lr=2e-3, schedule=\"onecycle\", beta=beta, seed=seed,\n            progress=progress)\n        metrics = evaluate(model, test_images)",
      "        history = fit(model, train_images, test_images, epochs, lr=2e-3, schedule=\"onecycle\", beta=beta, seed=seed,\n            progress=progress)\n        metrics = {key: history[\"test_\" + key][-1] for key in (\"total\", \"reconstruction\", \"kl\")}"),
    s("mu computed with gradients", "        with torch.no_grad():\n            mu, _ = model.encoder(test_images)", "        mu, _ = model.encoder(test_images)"),
    s("keeps logvar as mu", "mu, _ = model.encoder(test_images)", "_, mu = model.encoder(test_images)"),
    s("beta not passed to fit", 'schedule="onecycle", beta=beta, seed=seed,', 'schedule="onecycle", seed=seed,'),
    s("constant schedule", 'schedule="onecycle"', 'schedule="constant"'),
    s("default lr instead of 2e-3", "epochs, lr=2e-3, schedule", "epochs, schedule"),
    s("hidden ignored", "model = dense_vae(latent_dim=latent_dim, hidden=hidden)", "model = dense_vae(latent_dim=latent_dim)"),
    s("seed not passed to fit", "beta=beta, seed=seed,", "beta=beta,"),
    s("mu of the training images", "mu, _ = model.encoder(test_images)", "mu, _ = model.encoder(train_images[:len(test_images)])"),
    s("progress forced on", "            progress=progress)", "            progress=True)"),
    s("betas sorted before the loop", "    for beta in betas:", "    for beta in sorted(betas):"),
    s("mu of samples z (model in train mode via model(x))", "            mu, _ = model.encoder(test_images)", "            model.train()\n            _, mu, _ = model(test_images)"),
]

ALTERNATIVES = [
    dict(name="rate_distortion with argsort", grade_id="rate_distortion", source=RD.replace(
        '    ordered = sorted(runs, key=lambda run: run["beta"])\n    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)\n    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)\n    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)\n',
        '    table = torch.tensor([[run["beta"], run["test_kl"], run["test_reconstruction"]] for run in runs], dtype=torch.float32)\n    table = table[torch.argsort(table[:, 0], stable=True)]\n    betas, rates, distortions = table[:, 0].clone(), table[:, 1].clone(), table[:, 2].clone()\n')),
    dict(name="active_units with biased variance", grade_id="active_units", source=AU.replace("mu.var(dim=0)", "mu.var(dim=0, unbiased=False)")),
    dict(name="active_units with explicit centring", grade_id="active_units", source=AU.replace(
        "variances = mu.var(dim=0)", "centred = mu - mu.mean(dim=0)\n    variances = (centred ** 2).sum(dim=0) / (len(mu) - 1)")),
    dict(name="kl_per_unit via torch.distributions", grade_id="kl_per_unit", source=KPU.replace(
        "    kl = -0.5 * (1 + logvar - mu ** 2 - logvar.exp())\n",
        "    q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))\n    kl = torch.distributions.kl_divergence(q, torch.distributions.Normal(0.0, 1.0))\n")),
    dict(name="sweep with inference_mode and dict unpacking", grade_id="sweep", source=SW.replace(
        "        with torch.no_grad():\n            mu, _ = model.encoder(test_images)", "        with torch.inference_mode():\n            mu = model.encoder(test_images)[0].clone()").replace(
        'runs.append({"beta": float(beta), "test_total": metrics["total"],\n                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})',
        'runs.append(dict(beta=float(beta), mu=mu, **{"test_" + key: float(value) for key, value in metrics.items()}))')),
]
