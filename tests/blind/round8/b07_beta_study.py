"""Blind round 8: mistakes and alternatives for notebook 07_beta_study (written from the student notebook only)."""

NOTEBOOK = "07_beta_study"

RD = '''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
{body}
'''


def rd(body):
    return RD.format(body=body)


def rd_std(order="    ordered = sorted(runs, key=lambda run: run['beta'])\n", rate="test_kl", distortion="test_reconstruction",
           dtype="torch.float32"):
    return rd(order
              + f"    betas = torch.tensor([run['beta'] for run in ordered], dtype={dtype})\n"
              + f"    rates = torch.tensor([run['{rate}'] for run in ordered], dtype={dtype})\n"
              + f"    distortions = torch.tensor([run['{distortion}'] for run in ordered], dtype={dtype})\n"
              + "    return betas, rates, distortions")


AU = '''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
{body}
'''


def au(body):
    return AU.format(body=body)


KU = '''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
{body}
'''


def ku(body):
    return KU.format(body=body)


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
{body}
'''

SEED = "        torch.manual_seed(seed)\n"
BUILD = "        model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n"
FIT = ("        fit(model, train_images, test_images, epochs, lr=2e-3, schedule='onecycle', beta=beta, seed=seed,\n"
       "            progress=progress)\n")
MEASURE = "        metrics = evaluate(model, test_images)\n"
MU = "        with torch.no_grad():\n            mu, _ = model.encoder(test_images)\n"
APPEND = ("        runs.append({'beta': float(beta), 'test_total': metrics['total'],\n"
          "                     'test_reconstruction': metrics['reconstruction'], 'test_kl': metrics['kl'], 'mu': mu})\n")


def sw(before_loop="", loop="    for beta in betas:\n", seed=SEED, build=BUILD, fit_=FIT, measure=MEASURE, mu=MU, append=APPEND,
       order=None):
    steps = order if order is not None else [seed, build, fit_, measure, mu, append]
    return SW.format(body="    runs = []\n" + before_loop + loop + "".join(steps) + "    return runs")


MISTAKES = [
    # ---------------- rate_distortion ----------------
    dict(name="sorts the caller's list in place", grade_id="rate_distortion",
         source=rd_std(order="    runs.sort(key=lambda run: run['beta'])\n    ordered = runs\n")),
    dict(name="rates and distortions swapped", grade_id="rate_distortion",
         source=rd_std(rate="test_reconstruction", distortion="test_kl")),
    dict(name="sorts the betas alone: rates and distortions stay in the original order", grade_id="rate_distortion",
         source=rd('''    betas = torch.tensor(sorted(run["beta"] for run in runs), dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)
    return betas, rates, distortions''')),
    dict(name="sorted by decreasing beta", grade_id="rate_distortion",
         source=rd_std(order="    ordered = sorted(runs, key=lambda run: run['beta'], reverse=True)\n")),
    dict(name="sorted by distortion (the x-axis habit): same order only when the study is monotone",
         grade_id="rate_distortion",
         source=rd_std(order="    ordered = sorted(runs, key=lambda run: run['test_reconstruction'])\n")),
    dict(name="deduplicates the runs by beta through a dict: merged sweeps lose runs", grade_id="rate_distortion",
         source=rd_std(order="    by_beta = {run['beta']: run for run in runs}\n"
                             "    ordered = [by_beta[beta] for beta in sorted(by_beta)]\n")),
    dict(name="returns Python lists instead of tensors", grade_id="rate_distortion",
         source=rd('''    ordered = sorted(runs, key=lambda run: run["beta"])
    return ([run["beta"] for run in ordered], [run["test_kl"] for run in ordered],
            [run["test_reconstruction"] for run in ordered])''')),
    dict(name="float64 tensors", grade_id="rate_distortion", source=rd_std(dtype="torch.float64")),
    dict(name="sorted by the string form of beta ('10' before '2')", grade_id="rate_distortion",
         source=rd_std(order="    ordered = sorted(runs, key=lambda run: str(run['beta']))\n")),

    # ---------------- active_units ----------------
    dict(name=">= instead of strictly >", grade_id="active_units",
         source=au("    return int((mu.var(dim=0) >= threshold).sum())")),
    dict(name="standard deviation compared with the threshold", grade_id="active_units",
         source=au("    return int((mu.std(dim=0) > threshold).sum())")),
    dict(name="returns a 0-d tensor", grade_id="active_units",
         source=au("    return (mu.var(dim=0) > threshold).sum()")),
    dict(name="threshold hard-coded to 0.01", grade_id="active_units",
         source=au("    return int((mu.var(dim=0) > 0.01).sum())")),
    dict(name="mean of mu^2 (assumes the means are centred)", grade_id="active_units",
         source=au("    return int(((mu ** 2).mean(dim=0) > threshold).sum())")),
    dict(name="mean absolute value of mu instead of its variance", grade_id="active_units",
         source=au("    return int((mu.abs().mean(dim=0) > threshold).sum())")),
    dict(name="one variance over all entries: returns 0 or 1", grade_id="active_units",
         source=au("    return int(mu.var() > threshold)")),
    dict(name="returns the share of active units", grade_id="active_units",
         source=au("    return (mu.var(dim=0) > threshold).float().mean().item()")),

    # ---------------- kl_per_unit ----------------
    dict(name="summed over the images instead of averaged", grade_id="kl_per_unit",
         source=ku("    return (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).sum(dim=0)")),
    dict(name="sigma used where sigma^2 belongs: exp(logvar / 2)", grade_id="kl_per_unit",
         source=ku("    return (-0.5 * (1 + logvar - mu ** 2 - torch.exp(0.5 * logvar))).mean(dim=0)")),
    dict(name="logvar read as log sigma: 1 + 2 logvar - mu^2 - exp(2 logvar)", grade_id="kl_per_unit",
         source=ku("    return (-0.5 * (1 + 2 * logvar - mu ** 2 - torch.exp(2 * logvar))).mean(dim=0)")),
    dict(name="KL of the averaged parameters instead of the average KL", grade_id="kl_per_unit",
         source=ku("    m, lv = mu.mean(dim=0), logvar.mean(dim=0)\n    return -0.5 * (1 + lv - m ** 2 - lv.exp())")),
    dict(name="averaged over the units (dim=1), one value per image", grade_id="kl_per_unit",
         source=ku("    return (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).mean(dim=1)")),
    dict(name="the 1/2 applied to the log-variance only", grade_id="kl_per_unit",
         source=ku("    return (-(1 + 0.5 * logvar - mu ** 2 - logvar.exp())).mean(dim=0)")),
    dict(name="median over the images", grade_id="kl_per_unit",
         source=ku("    return (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).median(dim=0).values")),

    # ---------------- sweep ----------------
    dict(name="seeds once before the loop", grade_id="sweep",
         source=sw(before_loop="    torch.manual_seed(seed)\n", seed="")),
    dict(name="builds one model before the loop and keeps training it", grade_id="sweep",
         source=sw(before_loop="    torch.manual_seed(seed)\n    model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n",
                   seed="", build="")),
    dict(name="evaluates at the training beta", grade_id="sweep",
         source=sw(measure="        metrics = evaluate(model, test_images, beta=beta)\n")),
    dict(name="reads the test numbers from fit's history (measured at the training beta)", grade_id="sweep",
         source=sw(fit_="        history = fit(model, train_images, test_images, epochs, lr=2e-3, schedule='onecycle', beta=beta,\n"
                        "                      seed=seed, progress=progress)\n",
                   measure="        metrics = {'total': history['test_total'][-1], 'reconstruction': history['test_reconstruction'][-1],\n"
                           "                   'kl': history['test_kl'][-1]}\n")),
    dict(name="seed not passed to fit (its default is used)", grade_id="sweep",
         source=sw(fit_="        fit(model, train_images, test_images, epochs, lr=2e-3, schedule='onecycle', beta=beta, progress=progress)\n")),
    dict(name="fit's default learning rate (lr not passed)", grade_id="sweep",
         source=sw(fit_="        fit(model, train_images, test_images, epochs, schedule='onecycle', beta=beta, seed=seed, progress=progress)\n")),
    dict(name="fit's default constant schedule", grade_id="sweep",
         source=sw(fit_="        fit(model, train_images, test_images, epochs, lr=2e-3, beta=beta, seed=seed, progress=progress)\n")),
    dict(name="a different seed per beta (seed + index)", grade_id="sweep",
         source=sw(loop="    for index, beta in enumerate(betas):\n", seed="        torch.manual_seed(seed + index)\n")),
    dict(name="hidden not passed to dense_vae (its default (400,) is used)", grade_id="sweep",
         source=sw(build="        model = dense_vae(latent_dim=latent_dim)\n")),
    dict(name="latent_dim not passed to dense_vae (its default is used)", grade_id="sweep",
         source=sw(build="        model = dense_vae(hidden=hidden)\n")),
    dict(name="mu computed with gradients", grade_id="sweep",
         source=sw(mu="        mu, _ = model.encoder(test_images)\n")),
    dict(name="mu of the training images", grade_id="sweep",
         source=sw(mu="        with torch.no_grad():\n            mu, _ = model.encoder(train_images)\n")),
    dict(name="evaluates before training", grade_id="sweep",
         source=sw(order=[SEED, BUILD, MEASURE, FIT, MU, APPEND])),
    dict(name="runs the betas in sorted order", grade_id="sweep",
         source=sw(loop="    for beta in sorted(betas):\n")),
    dict(name="seeds after building the model (initial weights differ between betas)", grade_id="sweep",
         source=sw(order=[BUILD, SEED, FIT, MEASURE, MU, APPEND])),
    dict(name="mu as sampled codes mu + sigma * eps", grade_id="sweep",
         source=sw(mu="        with torch.no_grad():\n            mu, logvar = model.encoder(test_images)\n"
                      "            mu = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)\n")),
]

ALTERNATIVES = [
    dict(name="argsort on a beta tensor", grade_id="rate_distortion",
         source=rd('''    betas = torch.tensor([float(run["beta"]) for run in runs])
    order = torch.argsort(betas, stable=True)
    rates = torch.tensor([float(run["test_kl"]) for run in runs])[order]
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in runs])[order]
    return betas[order].float(), rates.float(), distortions.float()''')),
    dict(name="biased variance via mean of squares minus square of mean", grade_id="active_units",
         source=au("    centred = mu - mu.mean(dim=0, keepdim=True)\n    variance = (centred ** 2).mean(dim=0)\n"
                   "    return int(torch.count_nonzero(variance > threshold).item())")),
    dict(name="var(unbiased=True) with sum()", grade_id="active_units",
         source=au("    return sum(1 for v in mu.var(dim=0, unbiased=True).tolist() if v > threshold)")),
    dict(name="rearranged closed form with torch.mean", grade_id="kl_per_unit",
         source=ku("    return torch.mean(0.5 * (mu.pow(2) + logvar.exp() - logvar - 1.0), dim=0)")),
    dict(name="torch.distributions per element", grade_id="kl_per_unit",
         source=ku("    q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))\n"
                   "    p = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))\n"
                   "    return torch.distributions.kl_divergence(q, p).mean(dim=0)")),
    dict(name="mu through model(x) in eval mode after evaluate, explicit keyword arguments", grade_id="sweep",
         source=SW.format(body='''    results = []
    for beta in list(betas):
        torch.manual_seed(seed)
        vae = dense_vae(latent_dim, hidden)
        fit(vae, train_images, test_images, epochs=epochs, lr=2e-3, schedule="onecycle", beta=float(beta),
            seed=seed, progress=progress)
        measured = evaluate(vae, test_images, beta=1.0)
        vae.eval()
        with torch.no_grad():
            _, means, _ = vae(test_images)
        results.append(dict(beta=float(beta), test_total=float(measured["total"]),
                            test_reconstruction=float(measured["reconstruction"]),
                            test_kl=float(measured["kl"]), mu=means))
    return results''')),
]
