"""Blind corpus, round 9: notebook 07 (the beta study). Wrong and alternative-correct answers, from the statements alone."""
import textwrap

NOTEBOOK = "07_beta_study"

# --- templates (generated from the student notebook) ---
TEMPLATES = {
    'rate_distortion': 'def rate_distortion(runs):\n    """The rate-distortion points of a study\'s runs, sorted by beta.\n\n    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"\n          (Python floats), in any order; the list must not be modified\n    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing\n    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].\n    """\n    @@BODY0@@',
    'active_units': 'def active_units(mu, threshold=0.01):\n    """The number of active latent units: those whose encoder mean varies over the data.\n\n    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))\n    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold\n    Returns the number of active units, a Python int between 0 and d\n    """\n    @@BODY0@@',
    'kl_per_unit': 'def kl_per_unit(mu, logvar):\n    """The rate of each latent unit: KL_u(x) averaged over the images.\n\n    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images\n    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];\n    its sum is the average KL per image.\n    """\n    @@BODY0@@',
    'sweep': 'def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):\n    """Train one fresh, identically initialised MLP VAE per beta and measure each on the test images.\n\n    betas: a sequence of floats, the KL weights to train with\n    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) float tensors in [0, 1]\n    epochs: epochs of training per model; latent_dim, hidden: the architecture, dense_vae(latent_dim, hidden)\n    seed: torch.manual_seed(seed) before building each model, and fit(..., seed=seed)\n    progress: passed on to fit (a progress bar per model)\n    Returns a list with one dict per beta, in the order of betas, with the keys\n      "beta": float; "test_total", "test_reconstruction", "test_kl": floats, evaluate(model, test_images)\n      (at beta = 1, whatever the training beta); "mu": (M, latent_dim) tensor, the encoder means of\n      test_images, computed without gradients.\n    """\n    @@BODY0@@',
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
# Exercise 1: rate_distortion
G = "rate_distortion"
RD = """
ordered = sorted(runs, key=lambda run: run["beta"])
betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
return betas, rates, distortions
"""
mistake("sorts the caller's list in place (runs.sort)", G,
        RD.replace('ordered = sorted(runs, key=lambda run: run["beta"])',
                   'runs.sort(key=lambda run: run["beta"])\nordered = runs'))
mistake("does not sort: the runs' own order", G, RD.replace('sorted(runs, key=lambda run: run["beta"])', "list(runs)"))
mistake("sorted by decreasing beta", G,
        RD.replace('sorted(runs, key=lambda run: run["beta"])', 'sorted(runs, key=lambda run: run["beta"], reverse=True)'))
mistake("rates and distortions swapped (rate = reconstruction, distortion = KL)", G,
        RD.replace('run["test_kl"]', 'run["__tmp__"]').replace('run["test_reconstruction"]', 'run["test_kl"]')
          .replace('run["__tmp__"]', 'run["test_reconstruction"]'))
mistake("float64 tensors (torch.tensor of Python floats with dtype=torch.float64)", G,
        RD.replace("dtype=torch.float32", "dtype=torch.float64"))
mistake("sorts each list on its own: rates and distortions no longer belong to their betas", G,
        """
        betas = torch.tensor(sorted(run["beta"] for run in runs), dtype=torch.float32)
        rates = torch.tensor(sorted(run["test_kl"] for run in runs), dtype=torch.float32)
        distortions = torch.tensor(sorted(run["test_reconstruction"] for run in runs), dtype=torch.float32)
        return betas, rates, distortions
        """)
mistake("distortion read from test_total (the negative ELBO) instead of test_reconstruction", G,
        RD.replace('run["test_reconstruction"]', 'run["test_total"]'))
mistake("sorts by the text of beta (str): '10' comes before '2'", G,
        RD.replace('key=lambda run: run["beta"]', 'key=lambda run: str(run["beta"])'))
mistake("goes through a dict keyed by beta: runs with the same beta collapse into one", G,
        """
        by_beta = {run["beta"]: run for run in runs}
        betas = sorted(by_beta)
        return (torch.tensor(betas, dtype=torch.float32),
                torch.tensor([by_beta[b]["test_kl"] for b in betas], dtype=torch.float32),
                torch.tensor([by_beta[b]["test_reconstruction"] for b in betas], dtype=torch.float32))
        """)
mistake("returns Python lists instead of tensors", G,
        """
        ordered = sorted(runs, key=lambda run: run["beta"])
        return ([run["beta"] for run in ordered], [run["test_kl"] for run in ordered],
                [run["test_reconstruction"] for run in ordered])
        """)
mistake("sorts by decreasing rate, assuming the rate always falls as beta grows", G,
        RD.replace('key=lambda run: run["beta"]', 'key=lambda run: -run["test_kl"]'))
mistake("adds an 'order' key to each of the caller's run dicts (to break ties): the runs are modified", G,
        """
        for index, run in enumerate(runs):
            run["order"] = index
        ordered = sorted(runs, key=lambda run: (run["beta"], run["order"]))
        betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
        rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
        distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
        return betas, rates, distortions
        """)
mistake("numpy arrays converted with torch.from_numpy: float64", G,
        """
        import numpy as np
        ordered = sorted(runs, key=lambda run: run["beta"])
        table = np.array([[run["beta"], run["test_kl"], run["test_reconstruction"]] for run in ordered])
        return torch.from_numpy(table[:, 0]), torch.from_numpy(table[:, 1]), torch.from_numpy(table[:, 2])
        """)

alternative("a copy sorted in place (list.sort on list(runs))", G,
            """
            ordered = list(runs)
            ordered.sort(key=lambda run: run["beta"])
            columns = [[float(run[key]) for run in ordered] for key in ("beta", "test_kl", "test_reconstruction")]
            return tuple(torch.tensor(column, dtype=torch.float32) for column in columns)
            """)
alternative("stable argsort of the betas, then indexing", G,
            """
            betas = torch.tensor([run["beta"] for run in runs], dtype=torch.float32)
            order = torch.argsort(betas, stable=True)
            rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)
            distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)
            return betas[order], rates[order], distortions[order]
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 2: active_units
G = "active_units"
mistake(">= instead of a strict >", G, "return int((mu.var(dim=0) >= threshold).sum())")
mistake("variance over dim=1 (per image) instead of per unit", G, "return int((mu.var(dim=1) > threshold).sum())")
mistake("standard deviation compared with the threshold instead of the variance", G,
        "return int((mu.std(dim=0) > threshold).sum())")
mistake("returns a tensor instead of a Python int", G, "return (mu.var(dim=0) > threshold).sum()")
mistake("mean absolute value of the means instead of their variance", G,
        "return int((mu.abs().mean(dim=0) > threshold).sum())")
mistake("ignores the threshold argument (always 0.01)", G, "return int((mu.var(dim=0) > 0.01).sum())")
mistake("returns the fraction of active units", G, "return float((mu.var(dim=0) > threshold).float().mean())")
mistake("one variance over all the entries (mu.var()): 0 or d", G,
        "return int(mu.var() > threshold) * mu.shape[1]")
mistake("numpy count: numpy.int64, not a Python int", G,
        """
        import numpy as np
        return np.sum((mu.var(dim=0) > threshold).numpy())
        """)
mistake("counts the inactive units", G, "return int((mu.var(dim=0) <= threshold).sum())")
mistake("second moment E[mu^2] instead of the variance (no centring)", G,
        "return int(((mu ** 2).mean(dim=0) > threshold).sum())")
mistake("len(torch.where(...)): the number of index tensors (1), not of active units", G,
        "return len(torch.where(mu.var(dim=0) > threshold))")

alternative("torch.count_nonzero of the biased variances, .item()", G,
            "return torch.count_nonzero(mu.var(dim=0, unbiased=False) > threshold).item()")
alternative("loop over the columns", G,
            """
            active = 0
            for column in mu.T:
                if column.var().item() > threshold:
                    active += 1
            return active
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 3: kl_per_unit
G = "kl_per_unit"
mistake("sums over the images instead of averaging", G,
        "return (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).sum(dim=0)")
mistake("averages over the units (dim=1): one value per image", G,
        "return (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).mean(dim=1)")
mistake("forgets the factor 1/2", G, "return (-(1 + logvar - mu ** 2 - logvar.exp())).mean(dim=0)")
mistake("logvar ** 2 instead of exp(logvar)", G, "return (-0.5 * (1 + logvar - mu ** 2 - logvar ** 2)).mean(dim=0)")
mistake("KL of the averaged parameters (mean mu, mean logvar) instead of the average KL", G,
        """
        m, lv = mu.mean(dim=0), logvar.mean(dim=0)
        return -0.5 * (1 + lv - m ** 2 - lv.exp())
        """)
mistake("sums over the units too: a scalar", G, "return (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).mean(dim=0).sum()")
mistake("sign flipped", G, "return (0.5 * (1 + logvar - mu ** 2 - logvar.exp())).mean(dim=0)")
mistake("float64 result", G, "return (-0.5 * (1 + logvar.double() - mu.double() ** 2 - logvar.double().exp())).mean(dim=0)")
mistake("keepdim=True: shape (1, d)", G, "return (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).mean(dim=0, keepdim=True)")
mistake("mu instead of mu ** 2", G, "return (-0.5 * (1 + logvar - mu - logvar.exp())).mean(dim=0)")

alternative("torch.distributions.kl_divergence averaged over the images", G,
            """
            q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))
            prior = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))
            return torch.distributions.kl_divergence(q, prior).mean(dim=0)
            """)
alternative("closed form rearranged, sum divided by N", G,
            "return 0.5 * (mu.square() + logvar.exp() - logvar - 1).sum(dim=0) / mu.shape[0]")

# ----------------------------------------------------------------------------------------------------------
# Exercise 4: sweep
G = "sweep"
SWEEP = """
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
"""
mistake("seeds once before the loop: every model starts from different weights", G,
        SWEEP.replace("runs = []\nfor beta in betas:\n    torch.manual_seed(seed)\n",
                      "runs = []\ntorch.manual_seed(seed)\nfor beta in betas:\n"))
mistake("builds one model before the loop and keeps training it: later betas start already trained", G,
        SWEEP.replace("runs = []\nfor beta in betas:\n    torch.manual_seed(seed)\n    model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n",
                      "runs = []\ntorch.manual_seed(seed)\nmodel = dense_vae(latent_dim=latent_dim, hidden=hidden)\nfor beta in betas:\n"))
mistake("reports fit's last test numbers, measured at the training beta, instead of evaluate at beta = 1", G,
        """
        runs = []
        for beta in betas:
            torch.manual_seed(seed)
            model = dense_vae(latent_dim=latent_dim, hidden=hidden)
            history = fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta,
                          seed=seed, progress=progress)
            with torch.no_grad():
                mu, _ = model.encoder(test_images)
            runs.append({"beta": float(beta), "test_total": history["test_total"][-1],
                         "test_reconstruction": history["test_reconstruction"][-1],
                         "test_kl": history["test_kl"][-1], "mu": mu})
        return runs
        """)
mistake("evaluates with the training beta (evaluate(..., beta=beta))", G,
        SWEEP.replace("evaluate(model, test_images)", "evaluate(model, test_images, beta=beta)"))
mistake("fit without beta: every model trained at beta = 1", G, SWEEP.replace(" beta=beta, seed=seed,", " seed=seed,"))
mistake("fit without seed (uses fit's default seed 0 whatever the seed argument)", G,
        SWEEP.replace(" beta=beta, seed=seed,", " beta=beta,"))
mistake("torch.manual_seed(0) hard-coded instead of the seed argument", G,
        SWEEP.replace("    torch.manual_seed(seed)\n", "    torch.manual_seed(0)\n"))
mistake("seeds after building the model: the initial weights are not reseeded", G,
        SWEEP.replace("    torch.manual_seed(seed)\n    model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n",
                      "    model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n    torch.manual_seed(seed)\n"))
mistake("mu computed with gradients (no torch.no_grad())", G,
        SWEEP.replace("    with torch.no_grad():\n        mu, _ = model.encoder(test_images)\n",
                      "    mu, _ = model.encoder(test_images)\n"))
mistake("encoder means of the training images instead of the test images", G,
        SWEEP.replace("mu, _ = model.encoder(test_images)", "mu, _ = model.encoder(train_images)"))
mistake("stores the log-variances under 'mu'", G, SWEEP.replace("mu, _ = model.encoder(test_images)", "_, mu = model.encoder(test_images)"))
mistake("stores beta as given (an int stays an int) instead of a float", G, SWEEP.replace('"beta": float(beta)', '"beta": beta'))
mistake("trains the betas in sorted order, not in the given order", G, SWEEP.replace("for beta in betas:", "for beta in sorted(betas):"))
mistake("fit with its default learning rate and constant schedule, not the studies' recipe", G,
        SWEEP.replace('lr=2e-3, schedule="onecycle", ', ""))
mistake("ignores hidden: always dense_vae's default (400,)", G,
        SWEEP.replace("dense_vae(latent_dim=latent_dim, hidden=hidden)", "dense_vae(latent_dim=latent_dim)"))
mistake("shows a progress bar whatever progress says (progress=True)", G, SWEEP.replace("progress=progress", "progress=True"))
mistake("a different seed per beta (seed + index): the models do not start from the same weights", G,
        SWEEP.replace("for beta in betas:\n    torch.manual_seed(seed)\n", "for index, beta in enumerate(betas):\n    torch.manual_seed(seed + index)\n"))
mistake("a sampled code mu + sigma * eps stored under 'mu'", G,
        SWEEP.replace("        mu, _ = model.encoder(test_images)\n",
                      "        mu, logvar = model.encoder(test_images)\n        mu = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)\n"))

alternative("keyword arguments in a dict, metrics renamed with a mapping", G,
            """
            recipe = dict(lr=2e-3, schedule="onecycle", seed=seed, progress=progress)
            names = {"total": "test_total", "reconstruction": "test_reconstruction", "kl": "test_kl"}
            results = []
            for beta in betas:
                torch.manual_seed(seed)
                model = dense_vae(latent_dim, hidden)
                fit(model, train_images, test_images, epochs, beta=beta, **recipe)
                measured = evaluate(model, test_images, beta=1.0)
                model.eval()
                with torch.no_grad():
                    means = model.encoder(test_images)[0]
                run = {"beta": float(beta), "mu": means}
                run.update({names[key]: float(value) for key, value in measured.items()})
                results.append(run)
            return results
            """)
