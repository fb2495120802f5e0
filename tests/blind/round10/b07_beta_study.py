NOTEBOOK = "07_beta_study"
MISTAKES, ALTERNATIVES = [], []


def M(name, gid, src):
    MISTAKES.append(dict(name=name, grade_id=gid, source=src))


def A(name, gid, src):
    ALTERNATIVES.append(dict(name=name, grade_id=gid, source=src))


RD = '''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta."""
{body}
'''
RD_TAIL = '''    betas = torch.tensor([r["beta"] for r in ordered], dtype=torch.float32)
    rates = torch.tensor([r["test_kl"] for r in ordered], dtype=torch.float32)
    distortions = torch.tensor([r["test_reconstruction"] for r in ordered], dtype=torch.float32)
    return betas, rates, distortions'''
for name, body in [
    ("sorts the caller's list in place", "    runs.sort(key=lambda r: r['beta'])\n    ordered = runs\n" + RD_TAIL),
    ("not sorted", "    ordered = list(runs)\n" + RD_TAIL),
    ("sorted by decreasing beta", "    ordered = sorted(runs, key=lambda r: r['beta'], reverse=True)\n" + RD_TAIL),
    ("float64 tensors", "    ordered = sorted(runs, key=lambda r: r['beta'])\n" + RD_TAIL.replace("torch.float32", "torch.float64")),
    ("rates and distortions swapped", "    ordered = sorted(runs, key=lambda r: r['beta'])\n" + RD_TAIL.replace('r["test_kl"]', 'r["TMP"]').replace('r["test_reconstruction"]', 'r["test_kl"]').replace('r["TMP"]', 'r["test_reconstruction"]')),
    ("rate taken as the total loss", "    ordered = sorted(runs, key=lambda r: r['beta'])\n" + RD_TAIL.replace('r["test_kl"]', 'r["test_total"]')),
    ("each list sorted independently: points no longer paired", "    betas = torch.tensor(sorted(r['beta'] for r in runs), dtype=torch.float32)\n    rates = torch.tensor(sorted((r['test_kl'] for r in runs), reverse=True), dtype=torch.float32)\n    distortions = torch.tensor(sorted(r['test_reconstruction'] for r in runs), dtype=torch.float32)\n    return betas, rates, distortions"),
    ("sorted by the string of beta: '10' before '2'", "    ordered = sorted(runs, key=lambda r: str(r['beta']))\n" + RD_TAIL),
    ("sorted by rate instead of beta", "    ordered = sorted(runs, key=lambda r: r['test_kl'])\n" + RD_TAIL),
    ("returns Python lists", "    ordered = sorted(runs, key=lambda r: r['beta'])\n    return [r['beta'] for r in ordered], [r['test_kl'] for r in ordered], [r['test_reconstruction'] for r in ordered]"),
    ("pops the runs out of the caller's list while sorting", "    ordered = []\n    while runs:\n        i = min(range(len(runs)), key=lambda j: runs[j]['beta'])\n        ordered.append(runs.pop(i))\n" + RD_TAIL),
    ("numpy arrays turned into float64 tensors", "    import numpy as np\n    ordered = sorted(runs, key=lambda r: r['beta'])\n    return tuple(torch.from_numpy(np.array([r[k] for r in ordered])) for k in ('beta', 'test_kl', 'test_reconstruction'))"),
]:
    M(name, "rate_distortion", RD.format(body=body))
A("argsort on tensors", "rate_distortion", RD.format(body='''    betas = torch.tensor([float(r["beta"]) for r in runs])
    rates = torch.tensor([float(r["test_kl"]) for r in runs])
    distortions = torch.tensor([float(r["test_reconstruction"]) for r in runs])
    order = torch.argsort(betas, stable=True)
    return betas[order].float(), rates[order].float(), distortions[order].float()'''))

AU = '''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data."""
{body}
'''
for name, body in [
    (">= instead of strictly >", "    return int((mu.var(dim=0) >= threshold).sum())"),
    ("variance over the units of each image (dim=1)", "    return int((mu.var(dim=1) > threshold).sum())"),
    ("compares the standard deviation with the threshold", "    return int((mu.std(dim=0) > threshold).sum())"),
    ("returns a tensor", "    return (mu.var(dim=0) > threshold).sum()"),
    ("counts units whose mean (not variance) is above the threshold", "    return int((mu.mean(dim=0).abs() > threshold).sum())"),
    ("counts the inactive units", "    return int((mu.var(dim=0) <= threshold).sum())"),
    ("default threshold changed to 0.1", "    return int((mu.var(dim=0) > threshold).sum())"),
    ("returns the fraction of active units", "    return float((mu.var(dim=0) > threshold).float().mean())"),
    ("variance of mu^2 (second moment) instead of mu", "    return int(((mu ** 2).mean(dim=0) > threshold).sum())"),
    ("threshold ignored: hard-coded 0.01", "    return int((mu.var(dim=0) > 0.01).sum())"),
]:
    src = AU.format(body=body)
    if name.startswith("default threshold"):
        src = src.replace("threshold=0.01", "threshold=0.1")
    M(name, "active_units", src)
A("biased variance by hand, sum().item()", "active_units", AU.format(body="    centred = mu - mu.mean(dim=0, keepdim=True)\n    variance = (centred ** 2).mean(dim=0)\n    return (variance > threshold).sum().item()"))

KP = '''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images."""
{body}
'''
for name, body in [
    ("sums over the images instead of averaging", "    return (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).sum(dim=0)"),
    ("sums over the units: one KL per image (N,)", "    return (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).sum(dim=1)"),
    ("std exp(logvar/2) instead of the variance", "    return (-0.5 * (1 + logvar - mu ** 2 - (0.5 * logvar).exp())).mean(dim=0)"),
    ("forgets the factor 1/2", "    return (-(1 + logvar - mu ** 2 - logvar.exp())).mean(dim=0)"),
    ("mean over everything: a scalar", "    return (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).mean()"),
    ("sign error", "    return (0.5 * (1 + logvar - mu ** 2 - logvar.exp())).mean(dim=0)"),
    ("returns the (N, d) per-image values", "    return -0.5 * (1 + logvar - mu ** 2 - logvar.exp())"),
    ("KL of the averaged mu and logvar (averages before the KL)", "    m, lv = mu.mean(dim=0), logvar.mean(dim=0)\n    return -0.5 * (1 + lv - m ** 2 - lv.exp())"),
    ("+mu^2", "    return (-0.5 * (1 + logvar + mu ** 2 - logvar.exp())).mean(dim=0)"),
]:
    M(name, "kl_per_unit", KP.format(body=body))
A("torch.distributions per unit, averaged", "kl_per_unit", KP.format(body="    q = torch.distributions.Normal(mu, (0.5 * logvar).exp())\n    p = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))\n    return torch.distributions.kl_divergence(q, p).mean(dim=0)"))

SW = '''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    """Train one fresh, identically initialised MLP VAE per beta and measure each on the test images."""
{body}
'''
SW0 = '''    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs'''
for name, body in [
    ("seeds once before the loop: models start from different weights", SW0.replace("    for beta in betas:\n        torch.manual_seed(seed)\n", "    torch.manual_seed(seed)\n    for beta in betas:\n")),
    ("one model built before the loop and reused for every beta", SW0.replace("    for beta in betas:\n        torch.manual_seed(seed)\n        model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n", "    torch.manual_seed(seed)\n    model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n    for beta in betas:\n")),
    ("evaluates at the training beta", SW0.replace("evaluate(model, test_images)", "evaluate(model, test_images, beta=beta)")),
    ("takes the test numbers from fit's history (training beta)", SW0.replace("        fit(model,", "        history = fit(model,").replace("        metrics = evaluate(model, test_images)\n", "        metrics = {k: history['test_' + k][-1] for k in ('total', 'reconstruction', 'kl')}\n")),
    ("mu computed with gradients", SW0.replace("        with torch.no_grad():\n            mu, _ = model.encoder(test_images)\n", "        mu, _ = model.encoder(test_images)\n")),
    ("beta not passed to fit", SW0.replace(", beta=beta, seed=seed,", ", seed=seed,")),
    ("seed not passed to fit", SW0.replace(", seed=seed, progress", ", progress")),
    ("default learning rate and constant schedule", SW0.replace('lr=2e-3, schedule="onecycle", ', '')),
    ("seeds after building the model", SW0.replace("        torch.manual_seed(seed)\n        model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n", "        model = dense_vae(latent_dim=latent_dim, hidden=hidden)\n        torch.manual_seed(seed)\n")),
    ("hidden ignored: dense_vae(latent_dim) with its default widths", SW0.replace("dense_vae(latent_dim=latent_dim, hidden=hidden)", "dense_vae(latent_dim=latent_dim)")),
    ("runs sorted by beta instead of the given order", SW0.replace("for beta in betas:", "for beta in sorted(betas):")),
    ("keeps logvar as 'mu'", SW0.replace("mu, _ = model.encoder(test_images)", "_, mu = model.encoder(test_images)")),
    ("encoder means of the training images", SW0.replace("mu, _ = model.encoder(test_images)", "mu, _ = model.encoder(train_images)")),
    ("evaluates before training", SW0.replace("        fit(model, train_images, test_images, epochs, lr=2e-3, schedule=\"onecycle\", beta=beta, seed=seed, progress=progress)\n        metrics = evaluate(model, test_images)\n", "        metrics = evaluate(model, test_images)\n        fit(model, train_images, test_images, epochs, lr=2e-3, schedule=\"onecycle\", beta=beta, seed=seed, progress=progress)\n")),
    ("test numbers stored as tensors", SW0.replace('"test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],\n                     "test_kl": metrics["kl"]', '"test_total": torch.tensor(metrics["total"]), "test_reconstruction": torch.tensor(metrics["reconstruction"]),\n                     "test_kl": torch.tensor(metrics["kl"])')),
    ("stores sampled codes mu + sigma * eps instead of the means", SW0.replace("            mu, _ = model.encoder(test_images)\n", "            mu, logvar = model.encoder(test_images)\n            mu = mu + (0.5 * logvar).exp() * torch.randn_like(mu)\n")),
]:
    M(name, "sweep", SW.format(body=body))
A("explicit eval + keyword evaluate beta=1.0", "sweep", SW.format(body='''    results = []
    for beta in list(betas):
        torch.manual_seed(seed)
        model = dense_vae(latent_dim, hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        scores = evaluate(model, test_images, beta=1.0)
        model.eval()
        with torch.no_grad():
            means = model.encoder(test_images)[0]
        results.append(dict(beta=float(beta), test_total=float(scores["total"]),
                            test_reconstruction=float(scores["reconstruction"]), test_kl=float(scores["kl"]), mu=means))
    return results'''))


def _balanced(items, cap):
    """Keep at most `cap` items, spread over every grade_id, evenly sampled within each."""
    groups = {}
    for item in items:
        groups.setdefault(item["grade_id"], []).append(item)
    if len(items) <= cap:
        return items
    quota = {g: 1 for g in groups}
    left = cap - len(groups)
    while left > 0:
        g = max(groups, key=lambda g: (len(groups[g]) - quota[g]) / len(groups[g]) if quota[g] < len(groups[g]) else -1)
        if quota[g] >= len(groups[g]):
            break
        quota[g] += 1
        left -= 1
    kept = []
    for g, group in groups.items():
        q, n = quota[g], len(group)
        picks = sorted({min(n - 1, (i * n) // q + (n // q) // 2) for i in range(q)})
        i = 0
        while len(picks) < q:
            if i not in picks:
                picks.append(i)
            i += 1
        kept += [group[i] for i in sorted(picks)]
    return kept


MISTAKES = _balanced(MISTAKES, 34)
ALTERNATIVES = _balanced(ALTERNATIVES, 8)
