NOTEBOOK = "07_beta_study"

def _sweep(seed_line="        torch.manual_seed(seed)\n", build="        model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n",
           fit_call="        fit(model, train_images, test_images, epochs, lr=2e-3, schedule=\"onecycle\", beta=beta, seed=seed, progress=progress)\n",
           eval_call="        result = evaluate(model, test_images)\n", mu_block="        with torch.no_grad():\n            mu, _ = model.encoder(test_images)\n",
           beta_val="float(beta)", pre=""):
    return f'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
{pre}    for beta in betas:
{seed_line}{build}{fit_call}{eval_call}{mu_block}        runs.append({{"beta": {beta_val}, "test_total": float(result["total"]),
                     "test_reconstruction": float(result["reconstruction"]), "test_kl": float(result["kl"]), "mu": mu}})
    return runs
'''

MISTAKES = [
    # rate_distortion
    dict(name="sorts the list in place", grade_id="rate_distortion", source='''def rate_distortion(runs):
    runs.sort(key=lambda run: run["beta"])
    betas = torch.tensor([r["beta"] for r in runs], dtype=torch.float32)
    rates = torch.tensor([r["test_kl"] for r in runs], dtype=torch.float32)
    distortions = torch.tensor([r["test_reconstruction"] for r in runs], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name="rate and distortion swapped", grade_id="rate_distortion", source='''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([r["beta"] for r in ordered], dtype=torch.float32)
    rates = torch.tensor([r["test_reconstruction"] for r in ordered], dtype=torch.float32)
    distortions = torch.tensor([r["test_kl"] for r in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name="float64 tensors", grade_id="rate_distortion", source='''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([r["beta"] for r in ordered], dtype=torch.float64)
    rates = torch.tensor([r["test_kl"] for r in ordered], dtype=torch.float64)
    distortions = torch.tensor([r["test_reconstruction"] for r in ordered], dtype=torch.float64)
    return betas, rates, distortions
'''),
    dict(name="sorts betas but not the other two arrays", grade_id="rate_distortion", source='''def rate_distortion(runs):
    betas = torch.tensor([r["beta"] for r in runs], dtype=torch.float32)
    rates = torch.tensor([r["test_kl"] for r in runs], dtype=torch.float32)
    distortions = torch.tensor([r["test_reconstruction"] for r in runs], dtype=torch.float32)
    return torch.sort(betas).values, rates, distortions
'''),
    dict(name="sorted by decreasing beta", grade_id="rate_distortion", source='''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"], reverse=True)
    betas = torch.tensor([r["beta"] for r in ordered], dtype=torch.float32)
    rates = torch.tensor([r["test_kl"] for r in ordered], dtype=torch.float32)
    distortions = torch.tensor([r["test_reconstruction"] for r in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name="rate taken as test_total (not the KL)", grade_id="rate_distortion", source='''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([r["beta"] for r in ordered], dtype=torch.float32)
    rates = torch.tensor([r["test_total"] for r in ordered], dtype=torch.float32)
    distortions = torch.tensor([r["test_reconstruction"] for r in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    # active_units
    dict(name="variance over the units (dim=1)", grade_id="active_units", source='''def active_units(mu, threshold=0.01):
    return int((mu.var(dim=1) > threshold).sum())
'''),
    dict(name=">= instead of strictly >", grade_id="active_units", source='''def active_units(mu, threshold=0.01):
    return int((mu.var(dim=0, unbiased=False) >= threshold).sum().item())
'''),
    dict(name="uses std instead of variance", grade_id="active_units", source='''def active_units(mu, threshold=0.01):
    return int((mu.std(dim=0) > threshold).sum())
'''),
    dict(name="returns a tensor", grade_id="active_units", source='''def active_units(mu, threshold=0.01):
    return (mu.var(dim=0) > threshold).sum()
'''),
    dict(name="mean of squares (uncentred second moment)", grade_id="active_units", source='''def active_units(mu, threshold=0.01):
    return int(((mu ** 2).mean(dim=0) > threshold).sum())
'''),
    dict(name="hard-coded threshold 0.01", grade_id="active_units", source='''def active_units(mu, threshold=0.01):
    variances = mu.var(dim=0)
    return int((variances > 0.01).sum().item())
'''),
    # kl_per_unit
    dict(name="sums over images instead of averaging", grade_id="kl_per_unit", source='''def kl_per_unit(mu, logvar):
    return (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).sum(dim=0)
'''),
    dict(name="averages over units (returns (N,))", grade_id="kl_per_unit", source='''def kl_per_unit(mu, logvar):
    return (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).mean(dim=1)
'''),
    dict(name="logvar treated as log-std", grade_id="kl_per_unit", source='''def kl_per_unit(mu, logvar):
    return (-0.5 * (1 + 2 * logvar - mu ** 2 - torch.exp(2 * logvar))).mean(dim=0)
'''),
    dict(name="KL of the averaged parameters (mean mu, mean logvar first)", grade_id="kl_per_unit", source='''def kl_per_unit(mu, logvar):
    m, lv = mu.mean(0), logvar.mean(0)
    return -0.5 * (1 + lv - m ** 2 - lv.exp())
'''),
    dict(name="divided by d as well (mean over all)", grade_id="kl_per_unit", source='''def kl_per_unit(mu, logvar):
    kl = -0.5 * (1 + logvar - mu ** 2 - logvar.exp())
    return kl.sum(0) / kl.numel()
'''),
    # sweep
    dict(name="seeds once before the loop (different initial weights)", grade_id="sweep", source=_sweep(seed_line="", pre="    torch.manual_seed(seed)\n")),
    dict(name="builds the model once, reused across betas", grade_id="sweep", source=_sweep(build="", pre="    torch.manual_seed(seed)\n    model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n")),
    dict(name="evaluates at the training beta", grade_id="sweep", source=_sweep(eval_call="        result = evaluate(model, test_images, beta=beta)\n")),
    dict(name="trains with beta = 1 (forgets beta in fit)", grade_id="sweep", source=_sweep(fit_call="        fit(model, train_images, test_images, epochs, lr=2e-3, schedule=\"onecycle\", seed=seed, progress=progress)\n")),
    dict(name="mu from a reparameterised sample", grade_id="sweep", source=_sweep(mu_block="        with torch.no_grad():\n            m, lv = model.encoder(test_images)\n            mu = m + torch.exp(0.5 * lv) * torch.randn_like(m)\n")),
    dict(name="mu computed with gradients", grade_id="sweep", source=_sweep(mu_block="        mu, _ = model.encoder(test_images)\n")),
    dict(name="seeds after building the model", grade_id="sweep", source=_sweep(seed_line="", build="        model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n        torch.manual_seed(seed)\n")),
    dict(name="mu of the training images", grade_id="sweep", source=_sweep(mu_block="        with torch.no_grad():\n            mu, _ = model.encoder(train_images)\n")),
    dict(name="hidden ignored (default dense_vae width)", grade_id="sweep", source=_sweep(build="        model = dense_vae(latent_dim=latent_dim)\n")),
]

ALTERNATIVES = [
    dict(name="argsort on a beta tensor", grade_id="rate_distortion", source='''def rate_distortion(runs):
    betas = torch.tensor([float(r["beta"]) for r in runs], dtype=torch.float32)
    order = torch.argsort(betas)
    rates = torch.tensor([float(r["test_kl"]) for r in runs], dtype=torch.float32)[order]
    distortions = torch.tensor([float(r["test_reconstruction"]) for r in runs], dtype=torch.float32)[order]
    return betas[order], rates, distortions
'''),
    dict(name="biased variance via centred squares", grade_id="active_units", source='''def active_units(mu, threshold=0.01):
    centred = mu - mu.mean(dim=0, keepdim=True)
    variance = centred.pow(2).mean(dim=0)
    return sum(1 for v in variance.tolist() if v > threshold)
'''),
    dict(name="0.5 * (mu^2 + var - 1 - logvar) mean over dim 0", grade_id="kl_per_unit", source='''def kl_per_unit(mu, logvar):
    per = 0.5 * (mu.pow(2) + torch.exp(logvar) - 1.0 - logvar)
    return torch.mean(per, dim=0)
'''),
    dict(name="evaluate first, dict built incrementally", grade_id="sweep", source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    results = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        scores = evaluate(model, test_images, beta=1.0)
        run = {"beta": float(beta)}
        for part in ("total", "reconstruction", "kl"):
            run["test_" + part] = float(scores[part])
        with torch.no_grad():
            run["mu"] = model.encoder(test_images)[0]
        results.append(run)
    return results
'''),
]
