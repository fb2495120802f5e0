NOTEBOOK = "07_beta_study"

_SWEEP_BODY_OK = '''
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        result = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": float(result["total"]),
                     "test_reconstruction": float(result["reconstruction"]), "test_kl": float(result["kl"]), "mu": mu})
    return runs
'''
_SIG = "def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):"

def _sweep(body):
    return _SIG + "\n" + body

MISTAKES = [
# rate_distortion
dict(name="sorts the list in place", grade_id="rate_distortion", source='''
def rate_distortion(runs):
    runs.sort(key=lambda r: r["beta"])
    return (torch.tensor([r["beta"] for r in runs], dtype=torch.float32),
            torch.tensor([r["test_kl"] for r in runs], dtype=torch.float32),
            torch.tensor([r["test_reconstruction"] for r in runs], dtype=torch.float32))
'''),
dict(name="not sorted", grade_id="rate_distortion", source='''
def rate_distortion(runs):
    return (torch.tensor([r["beta"] for r in runs], dtype=torch.float32),
            torch.tensor([r["test_kl"] for r in runs], dtype=torch.float32),
            torch.tensor([r["test_reconstruction"] for r in runs], dtype=torch.float32))
'''),
dict(name="rate and distortion swapped", grade_id="rate_distortion", source='''
def rate_distortion(runs):
    s = sorted(runs, key=lambda r: r["beta"])
    return (torch.tensor([r["beta"] for r in s], dtype=torch.float32),
            torch.tensor([r["test_reconstruction"] for r in s], dtype=torch.float32),
            torch.tensor([r["test_kl"] for r in s], dtype=torch.float32))
'''),
dict(name="float64 tensors", grade_id="rate_distortion", source='''
def rate_distortion(runs):
    s = sorted(runs, key=lambda r: r["beta"])
    return (torch.tensor([r["beta"] for r in s], dtype=torch.float64),
            torch.tensor([r["test_kl"] for r in s], dtype=torch.float64),
            torch.tensor([r["test_reconstruction"] for r in s], dtype=torch.float64))
'''),
dict(name="sorts betas independently of the values (columns sorted separately)", grade_id="rate_distortion", source='''
def rate_distortion(runs):
    betas = torch.tensor([r["beta"] for r in runs]).sort().values
    rates = torch.tensor([r["test_kl"] for r in runs]).sort(descending=True).values
    distortions = torch.tensor([r["test_reconstruction"] for r in runs]).sort().values
    return betas.float(), rates.float(), distortions.float()
'''),
dict(name="distortion taken from test_total", grade_id="rate_distortion", source='''
def rate_distortion(runs):
    s = sorted(runs, key=lambda r: r["beta"])
    return (torch.tensor([r["beta"] for r in s], dtype=torch.float32),
            torch.tensor([r["test_kl"] for r in s], dtype=torch.float32),
            torch.tensor([r["test_total"] for r in s], dtype=torch.float32))
'''),
dict(name="sorted by decreasing beta", grade_id="rate_distortion", source='''
def rate_distortion(runs):
    s = sorted(runs, key=lambda r: -r["beta"])
    return (torch.tensor([r["beta"] for r in s], dtype=torch.float32),
            torch.tensor([r["test_kl"] for r in s], dtype=torch.float32),
            torch.tensor([r["test_reconstruction"] for r in s], dtype=torch.float32))
'''),
# active_units
dict(name=">= instead of strict >", grade_id="active_units", source='''
def active_units(mu, threshold=0.01):
    return int((mu.var(dim=0) >= threshold).sum())
'''),
dict(name="variance over wrong dimension (per image)", grade_id="active_units", source='''
def active_units(mu, threshold=0.01):
    return int((mu.var(dim=1) > threshold).sum())
'''),
dict(name="returns a tensor", grade_id="active_units", source='''
def active_units(mu, threshold=0.01):
    return (mu.var(dim=0) > threshold).sum()
'''),
dict(name="std instead of variance", grade_id="active_units", source='''
def active_units(mu, threshold=0.01):
    return int((mu.std(dim=0) > threshold).sum().item())
'''),
dict(name="mean of mu^2 (second moment, not variance)", grade_id="active_units", source='''
def active_units(mu, threshold=0.01):
    return int(((mu ** 2).mean(dim=0) > threshold).sum().item())
'''),
dict(name="ignores threshold argument (hard-coded 0.01)", grade_id="active_units", source='''
def active_units(mu, threshold=0.01):
    return int((mu.var(dim=0) > 0.01).sum().item())
'''),
dict(name="counts the inactive units", grade_id="active_units", source='''
def active_units(mu, threshold=0.01):
    return int((mu.var(dim=0) <= threshold).sum().item())
'''),
# kl_per_unit
dict(name="summed over images instead of averaged", grade_id="kl_per_unit", source='''
def kl_per_unit(mu, logvar):
    return (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).sum(dim=0)
'''),
dict(name="averaged over units (per image)", grade_id="kl_per_unit", source='''
def kl_per_unit(mu, logvar):
    return (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).mean(dim=1)
'''),
dict(name="sign flipped", grade_id="kl_per_unit", source='''
def kl_per_unit(mu, logvar):
    return (0.5 * (1 + logvar - mu ** 2 - logvar.exp())).mean(dim=0)
'''),
dict(name="KL of the averaged parameters (mean taken before the formula)", grade_id="kl_per_unit", source='''
def kl_per_unit(mu, logvar):
    m = mu.mean(0)
    lv = logvar.mean(0)
    return -0.5 * (1 + lv - m ** 2 - lv.exp())
'''),
dict(name="logvar as log-std", grade_id="kl_per_unit", source='''
def kl_per_unit(mu, logvar):
    return (-0.5 * (1 + 2 * logvar - mu ** 2 - (2 * logvar).exp())).mean(dim=0)
'''),
dict(name="exp(logvar) replaced by logvar^2", grade_id="kl_per_unit", source='''
def kl_per_unit(mu, logvar):
    return (-0.5 * (1 + logvar - mu ** 2 - logvar ** 2)).mean(dim=0)
'''),
# sweep
dict(name="reseeds only once before the loop", grade_id="sweep", source=_sweep('''
    runs = []
    torch.manual_seed(seed)
    for beta in betas:
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        result = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": float(result["total"]),
                     "test_reconstruction": float(result["reconstruction"]), "test_kl": float(result["kl"]), "mu": mu})
    return runs
''')),
dict(name="one model built before the loop and reused", grade_id="sweep", source=_sweep('''
    runs = []
    torch.manual_seed(seed)
    model = dense_vae(latent_dim=latent_dim, hidden=hidden)
    for beta in betas:
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        result = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": float(result["total"]),
                     "test_reconstruction": float(result["reconstruction"]), "test_kl": float(result["kl"]), "mu": mu})
    return runs
''')),
dict(name="evaluates with the training beta", grade_id="sweep", source=_sweep('''
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        result = evaluate(model, test_images, beta=beta)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": float(result["total"]),
                     "test_reconstruction": float(result["reconstruction"]), "test_kl": float(result["kl"]), "mu": mu})
    return runs
''')),
dict(name="beta not passed to fit (trains every model at beta=1)", grade_id="sweep", source=_sweep('''
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", seed=seed, progress=progress)
        result = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": float(result["total"]),
                     "test_reconstruction": float(result["reconstruction"]), "test_kl": float(result["kl"]), "mu": mu})
    return runs
''')),
dict(name="mu computed with gradients", grade_id="sweep", source=_sweep('''
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        result = evaluate(model, test_images)
        mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": float(result["total"]),
                     "test_reconstruction": float(result["reconstruction"]), "test_kl": float(result["kl"]), "mu": mu})
    return runs
''')),
dict(name="mu of the train images instead of test", grade_id="sweep", source=_sweep('''
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        result = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(train_images)
        runs.append({"beta": float(beta), "test_total": float(result["total"]),
                     "test_reconstruction": float(result["reconstruction"]), "test_kl": float(result["kl"]), "mu": mu})
    return runs
''')),
dict(name="ignores hidden (uses dense_vae default)", grade_id="sweep", source=_sweep('''
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        result = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": float(result["total"]),
                     "test_reconstruction": float(result["reconstruction"]), "test_kl": float(result["kl"]), "mu": mu})
    return runs
''')),
dict(name="seed not passed to fit", grade_id="sweep", source=_sweep('''
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, progress=progress)
        result = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": float(result["total"]),
                     "test_reconstruction": float(result["reconstruction"]), "test_kl": float(result["kl"]), "mu": mu})
    return runs
''')),
dict(name="mu sampled via model(x) in train mode / takes a sample", grade_id="sweep", source=_sweep('''
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        result = evaluate(model, test_images)
        with torch.no_grad():
            m, logvar = model.encoder(test_images)
            mu = m + torch.exp(0.5 * logvar) * torch.randn_like(m)
        runs.append({"beta": float(beta), "test_total": float(result["total"]),
                     "test_reconstruction": float(result["reconstruction"]), "test_kl": float(result["kl"]), "mu": mu})
    return runs
''')),
dict(name="test_kl and test_reconstruction swapped", grade_id="sweep", source=_sweep('''
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        result = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": float(result["total"]),
                     "test_reconstruction": float(result["kl"]), "test_kl": float(result["reconstruction"]), "mu": mu})
    return runs
''')),
dict(name="seed incremented per beta (different initial weights)", grade_id="sweep", source=_sweep('''
    runs = []
    for i, beta in enumerate(betas):
        torch.manual_seed(seed + i)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed + i, progress=progress)
        result = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": float(result["total"]),
                     "test_reconstruction": float(result["reconstruction"]), "test_kl": float(result["kl"]), "mu": mu})
    return runs
''')),
]

ALTERNATIVES = [
dict(name="argsort over beta tensor", grade_id="rate_distortion", source='''
def rate_distortion(runs):
    betas = torch.tensor([float(r["beta"]) for r in runs], dtype=torch.float32)
    rates = torch.tensor([float(r["test_kl"]) for r in runs], dtype=torch.float32)
    distortions = torch.tensor([float(r["test_reconstruction"]) for r in runs], dtype=torch.float32)
    order = torch.argsort(betas, stable=True)
    return betas[order], rates[order], distortions[order]
'''),
dict(name="sorted copy with operator.itemgetter", grade_id="rate_distortion", source='''
from operator import itemgetter

def rate_distortion(runs):
    ordered = sorted(runs, key=itemgetter("beta"))
    columns = [[run[key] for run in ordered] for key in ("beta", "test_kl", "test_reconstruction")]
    return tuple(torch.as_tensor(col, dtype=torch.float32) for col in columns)
'''),
dict(name="biased variance by hand and python sum", grade_id="active_units", source='''
def active_units(mu, threshold=0.01):
    centred = mu - mu.mean(dim=0, keepdim=True)
    variance = (centred ** 2).mean(dim=0)
    return sum(1 for v in variance.tolist() if v > threshold)
'''),
dict(name="rearranged formula with .mean(0)", grade_id="kl_per_unit", source='''
def kl_per_unit(mu, logvar):
    per = 0.5 * (mu.pow(2) + torch.exp(logvar) - logvar - 1.0)
    return per.mean(dim=0)
'''),
dict(name="with result dict unpacking and tuple detach", grade_id="sweep", source=_sweep('''
    results = []
    for beta in list(betas):
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images, beta=1.0)
        model.eval()
        with torch.no_grad():
            mu = model.encoder(test_images)[0]
        results.append(dict(beta=float(beta), test_total=float(metrics["total"]),
                            test_reconstruction=float(metrics["reconstruction"]), test_kl=float(metrics["kl"]),
                            mu=mu.detach()))
    return results
''')),
]

ALTERNATIVES += [
dict(name="torch.var unbiased and .item()", grade_id="active_units", source='''
def active_units(mu, threshold=0.01):
    return int(torch.count_nonzero(torch.var(mu, dim=0) > threshold).item())
'''),
dict(name="KL via torch.distributions per unit", grade_id="kl_per_unit", source='''
def kl_per_unit(mu, logvar):
    from torch.distributions import Normal, kl_divergence
    q = Normal(mu, torch.exp(0.5 * logvar))
    p = Normal(torch.zeros_like(mu), torch.ones_like(mu))
    return kl_divergence(q, p).mean(dim=0)
'''),
]

ALTERNATIVES += [
dict(name="helper for one run, keys filled from evaluate's dict", grade_id="sweep", source='''
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    def one_run(beta):
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _logvar = model.encoder(test_images)
        run = {"beta": float(beta)}
        run.update({f"test_{key}": float(metrics[key]) for key in ("total", "reconstruction", "kl")})
        run["mu"] = mu
        return run
    return [one_run(beta) for beta in betas]
'''),
]
