"""Blind round 24: mistakes and alternatives for notebook 07_beta_study."""
NOTEBOOK = '07_beta_study'
MISTAKES = [
    dict(name='rd_sorts_in_place', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta."""
    runs.sort(key=lambda run: run["beta"])
    ordered = runs
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_not_sorted', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta."""
    ordered = list(runs)
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_sorted_descending', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta."""
    ordered = sorted(runs, key=lambda run: run["beta"], reverse=True)
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_sorted_by_distortion', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta."""
    ordered = sorted(runs, key=lambda run: run["test_reconstruction"])  # distortion grows with beta
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_sorted_by_falling_rate', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta."""
    ordered = sorted(runs, key=lambda run: -run["test_kl"])  # the rate falls as beta grows
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_sorted_by_string_key', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta."""
    ordered = sorted(runs, key=lambda run: f"{run['beta']:g}")
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_swapped_outputs', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta."""
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float32)
    return betas, distortions, rates
'''),
    dict(name='rd_float64', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta."""
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float64)
    rates = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float64)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float64)
    return betas, rates, distortions
'''),
    dict(name='rd_numpy_float64', grade_id='rate_distortion', source=r'''import numpy as np


def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    table = np.array([[run["beta"], run["test_kl"], run["test_reconstruction"]] for run in ordered])
    return torch.from_numpy(table[:, 0]), torch.from_numpy(table[:, 1]), torch.from_numpy(table[:, 2])
'''),
    dict(name='rd_only_betas_sorted', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    betas = torch.tensor(sorted(run["beta"] for run in runs), dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_each_list_sorted', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    betas = sorted(run["beta"] for run in runs)
    rates = sorted(run["test_kl"] for run in runs)
    distortions = sorted(run["test_reconstruction"] for run in runs)
    return (torch.tensor(betas, dtype=torch.float32), torch.tensor(rates, dtype=torch.float32),
            torch.tensor(distortions, dtype=torch.float32))
'''),
    dict(name='rd_returns_lists', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    return ([run["beta"] for run in ordered], [run["test_kl"] for run in ordered],
            [run["test_reconstruction"] for run in ordered])
'''),
    dict(name='rd_dict_by_beta', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    by_beta = {run["beta"]: run for run in runs}
    betas = sorted(by_beta)
    rates = [by_beta[beta]["test_kl"] for beta in betas]
    distortions = [by_beta[beta]["test_reconstruction"] for beta in betas]
    return (torch.tensor(betas, dtype=torch.float32), torch.tensor(rates, dtype=torch.float32),
            torch.tensor(distortions, dtype=torch.float32))
'''),
    dict(name='rd_drops_beta_zero', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta."""
    ordered = sorted((run for run in runs if run["beta"] > 0), key=lambda run: run["beta"])  # log scale
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_drops_last_run', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas, rates, distortions = [], [], []
    for i in range(len(ordered) - 1):
        betas.append(ordered[i]["beta"])
        rates.append(ordered[i]["test_kl"])
        distortions.append(ordered[i]["test_reconstruction"])
    return (torch.tensor(betas, dtype=torch.float32), torch.tensor(rates, dtype=torch.float32),
            torch.tensor(distortions, dtype=torch.float32))
'''),
    dict(name='rd_rate_from_kl_per_unit', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta."""
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["kl_per_unit"].sum()) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_adds_keys_to_runs', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    for run in ordered:
        run["rate"], run["distortion"] = run["test_kl"], run["test_reconstruction"]
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["rate"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["distortion"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_cache_by_betas', grade_id='rate_distortion', source=r'''_POINTS = {}


def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    key = tuple(run["beta"] for run in ordered)
    if key not in _POINTS:
        _POINTS[key] = (torch.tensor([run["beta"] for run in ordered], dtype=torch.float32),
                        torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32),
                        torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32))
    return _POINTS[key]
'''),
    dict(name='au_greater_or_equal', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data."""
    variances = mu.var(dim=0)
    return int((variances >= threshold).sum())
'''),
    dict(name='au_variance_over_units', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data."""
    variances = mu.var(dim=1)
    return int((variances > threshold).sum())
'''),
    dict(name='au_returns_tensor', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data."""
    variances = mu.var(dim=0)
    return (variances > threshold).sum()
'''),
    dict(name='au_std_not_variance', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data."""
    variances = mu.std(dim=0)
    return int((variances > threshold).sum())
'''),
    dict(name='au_mean_absolute_value', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data."""
    variances = mu.abs().mean(dim=0)
    return int((variances > threshold).sum())
'''),
    dict(name='au_threshold_hardcoded', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data."""
    variances = mu.var(dim=0)
    return int((variances > 0.01).sum())
'''),
    dict(name='au_default_threshold_changed', grade_id='active_units', source=r'''def active_units(mu, threshold=0.1):
    """The number of active latent units: those whose encoder mean varies over the data."""
    variances = mu.var(dim=0)
    return int((variances > threshold).sum())
'''),
    dict(name='au_counts_inactive', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data."""
    variances = mu.var(dim=0)
    return int((variances <= threshold).sum())
'''),
    dict(name='au_second_moment', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data."""
    variances = mu.pow(2).mean(dim=0)  # E[mu^2]
    return int((variances > threshold).sum())
'''),
    dict(name='au_global_mean', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data."""
    variances = (mu - mu.mean()).pow(2).mean(dim=0)
    return int((variances > threshold).sum())
'''),
    dict(name='au_rows_centred', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data."""
    variances = (mu - mu.mean(dim=1, keepdim=True)).var(dim=0)
    return int((variances > threshold).sum())
'''),
    dict(name='au_centres_in_place', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data."""
    mu -= mu.mean(dim=0)
    variances = mu.pow(2).mean(dim=0)
    return int((variances > threshold).sum())
'''),
    dict(name='au_numpy_integer', grade_id='active_units', source=r'''import numpy as np


def active_units(mu, threshold=0.01):
    variances = mu.detach().numpy().var(axis=0)
    return np.sum(variances > threshold)
'''),
    dict(name='au_returns_float', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data."""
    variances = mu.var(dim=0)
    return float((variances > threshold).sum())
'''),
    dict(name='au_range_not_variance', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data."""
    variances = mu.max(dim=0).values - mu.min(dim=0).values
    return int((variances > threshold).sum())
'''),
    dict(name='au_int8_count', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data."""
    variances = mu.var(dim=0)
    return int((variances > threshold).sum(dtype=torch.int8))
'''),
    dict(name='au_cov_diagonal', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data."""
    variances = torch.cov(mu.T).diagonal()
    return int((variances > threshold).sum())
'''),
    dict(name='au_squeezed', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data."""
    variances = mu.squeeze().var(dim=0)
    return int((variances > threshold).sum())
'''),
    dict(name='kpu_summed_over_images', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images."""
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.sum(dim=0)
'''),
    dict(name='kpu_mean_over_units', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images."""
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.mean(dim=1)
'''),
    dict(name='kpu_sign_flipped', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images."""
    kl = 0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.mean(dim=0)
'''),
    dict(name='kpu_no_half', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images."""
    kl = -(1 + logvar - mu.pow(2) - logvar.exp())
    return kl.mean(dim=0)
'''),
    dict(name='kpu_logvar_as_log_std', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images."""
    kl = -0.5 * (1 + 2 * logvar - mu.pow(2) - (2 * logvar).exp())
    return kl.mean(dim=0)
'''),
    dict(name='kpu_std_for_variance', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images."""
    kl = -0.5 * (1 + logvar - mu.pow(2) - (0.5 * logvar).exp())
    return kl.mean(dim=0)
'''),
    dict(name='kpu_no_one', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images."""
    kl = -0.5 * (logvar - mu.pow(2) - logvar.exp())
    return kl.mean(dim=0)
'''),
    dict(name='kpu_mu_not_squared', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images."""
    kl = -0.5 * (1 + logvar - mu - logvar.exp())
    return kl.mean(dim=0)
'''),
    dict(name='kpu_scalar_total', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images."""
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.sum(dim=1).mean()
'''),
    dict(name='kpu_detached', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images."""
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.mean(dim=0).detach()
'''),
    dict(name='kpu_float64', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images."""
    mu, logvar = mu.double(), logvar.double()
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.mean(dim=0)
'''),
    dict(name='kpu_logvar_clamped', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images."""
    logvar = logvar.clamp(-10, 10)
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.mean(dim=0)
'''),
    dict(name='kpu_numpy_round_trip', grade_id='kl_per_unit', source=r'''import numpy as np


def kl_per_unit(mu, logvar):
    mu, logvar = mu.detach().numpy(), logvar.detach().numpy()
    kl = -0.5 * (1 + logvar - mu ** 2 - np.exp(logvar))
    return torch.from_numpy(kl.mean(axis=0))
'''),
    dict(name='kpu_exp_in_place', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images."""
    kl = 1 + logvar - mu.pow(2)
    kl -= logvar.exp_()  # in place: no extra tensor
    kl *= -0.5
    return kl.mean(dim=0)
'''),
    dict(name='kpu_distribution_scale_is_variance', grade_id='kl_per_unit', source=r'''from torch.distributions import Normal, kl_divergence


def kl_per_unit(mu, logvar):
    q = Normal(mu, logvar.exp())
    prior = Normal(torch.zeros_like(mu), torch.ones_like(mu))
    return kl_divergence(q, prior).mean(dim=0)
'''),
    dict(name='kpu_keepdim', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images."""
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.mean(dim=0, keepdim=True)
'''),
    dict(name='kpu_parameters_averaged_first', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    mu_bar, logvar_bar = mu.mean(dim=0), logvar.mean(dim=0)
    return -0.5 * (1 + logvar_bar - mu_bar.pow(2) - logvar_bar.exp())
'''),
    dict(name='kpu_half_precision', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images."""
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.half().mean(dim=0).float()
'''),
    dict(name='kpu_variance_epsilon', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images."""
    variance = logvar.exp() + 1e-8
    kl = -0.5 * (1 + torch.log(variance) - mu.pow(2) - variance)
    return kl.mean(dim=0)
'''),
    dict(name='sw_seeded_once', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    """Train one fresh, identically initialised MLP VAE per beta and measure each on the test images."""
    runs = []
    torch.manual_seed(seed)
    for beta in betas:
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, logvar = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_seeded_after_building', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    """Train one fresh, identically initialised MLP VAE per beta and measure each on the test images."""
    runs = []
    for beta in betas:
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        torch.manual_seed(seed)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, logvar = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_model_built_once', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    """Train one fresh, identically initialised MLP VAE per beta and measure each on the test images."""
    runs = []
    torch.manual_seed(seed)
    model = dense_vae(latent_dim=latent_dim, hidden=hidden)
    for beta in betas:
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, logvar = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_fit_seed_not_passed', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    """Train one fresh, identically initialised MLP VAE per beta and measure each on the test images."""
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, logvar = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_default_lr', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    """Train one fresh, identically initialised MLP VAE per beta and measure each on the test images."""
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, logvar = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_constant_schedule', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    """Train one fresh, identically initialised MLP VAE per beta and measure each on the test images."""
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, logvar = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_beta_not_passed_to_fit', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    """Train one fresh, identically initialised MLP VAE per beta and measure each on the test images."""
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, logvar = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_evaluated_at_training_beta', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    """Train one fresh, identically initialised MLP VAE per beta and measure each on the test images."""
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images, beta=beta)
        with torch.no_grad():
            mu, logvar = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_history_instead_of_evaluate', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    """Train one fresh, identically initialised MLP VAE per beta and measure each on the test images."""
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        history = fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = {term: history[f"test_{term}"][-1] for term in ("total", "reconstruction", "kl")}
        with torch.no_grad():
            mu, logvar = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_mu_with_gradients', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    """Train one fresh, identically initialised MLP VAE per beta and measure each on the test images."""
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        mu, logvar = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_mu_of_train_images', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    """Train one fresh, identically initialised MLP VAE per beta and measure each on the test images."""
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, logvar = model.encoder(train_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_results_sorted_by_beta', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    """Train one fresh, identically initialised MLP VAE per beta and measure each on the test images."""
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, logvar = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return sorted(runs, key=lambda run: run["beta"])
'''),
    dict(name='sw_latent_dim_not_passed', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    """Train one fresh, identically initialised MLP VAE per beta and measure each on the test images."""
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, logvar = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_hidden_not_passed', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    """Train one fresh, identically initialised MLP VAE per beta and measure each on the test images."""
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, logvar = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_hidden_reversed', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    """Train one fresh, identically initialised MLP VAE per beta and measure each on the test images."""
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=tuple(reversed(hidden)))
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, logvar = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_progress_not_passed', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    """Train one fresh, identically initialised MLP VAE per beta and measure each on the test images."""
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, logvar = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_one_fit_per_epoch', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    """Train one fresh, identically initialised MLP VAE per beta and measure each on the test images."""
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        for epoch in range(epochs):
            fit(model, train_images, test_images, 1, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
                progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, logvar = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_seed_per_beta', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    """Train one fresh, identically initialised MLP VAE per beta and measure each on the test images."""
    runs = []
    for index, beta in enumerate(betas):
        torch.manual_seed(seed + index)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, logvar = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_logvar_kept', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    """Train one fresh, identically initialised MLP VAE per beta and measure each on the test images."""
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, logvar = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": logvar})
    return runs
'''),
    dict(name='sw_reinitialised', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    """Train one fresh, identically initialised MLP VAE per beta and measure each on the test images."""
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress, reinitialise=True)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, logvar = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_shared_result_dict', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs, run = [], {}
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, logvar = model.encoder(test_images)
        run.update({"beta": float(beta), "test_total": metrics["total"],
                    "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
        runs.append(run)
    return runs
'''),
    dict(name='sw_kl_weighted_by_beta', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    """Train one fresh, identically initialised MLP VAE per beta and measure each on the test images."""
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, logvar = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": beta * metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_train_test_swapped', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    """Train one fresh, identically initialised MLP VAE per beta and measure each on the test images."""
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, test_images, train_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, logvar = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_mu_first_thousand', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    """Train one fresh, identically initialised MLP VAE per beta and measure each on the test images."""
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, logvar = model.encoder(test_images[:1000])
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
]
ALTERNATIVES = [
    dict(name='rd_alt_stable_argsort', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    table = torch.tensor([[run["beta"], run["test_kl"], run["test_reconstruction"]] for run in runs],
                         dtype=torch.float64).reshape(-1, 3)
    order = torch.argsort(table[:, 0], stable=True)
    table = table[order].to(torch.float32)
    return table[:, 0].clone(), table[:, 1].clone(), table[:, 2].clone()
'''),
    dict(name='rd_alt_index_sort', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    order = sorted(range(len(runs)), key=lambda i: runs[i]["beta"])
    pick = lambda key: torch.tensor([runs[i][key] for i in order], dtype=torch.float32)
    return pick("beta"), pick("test_kl"), pick("test_reconstruction")
'''),
    dict(name='rd_alt_zip_star', grade_id='rate_distortion', source=r'''from operator import itemgetter


def rate_distortion(runs):
    rows = [itemgetter("beta", "test_kl", "test_reconstruction")(run) for run in sorted(runs, key=itemgetter("beta"))]
    columns = list(zip(*rows)) if rows else [(), (), ()]
    return tuple(torch.tensor(column, dtype=torch.float32) for column in columns)
'''),
    dict(name='au_alt_population_variance', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data."""
    variances = mu.var(dim=0, unbiased=False)
    return int((variances > threshold).sum())
'''),
    dict(name='au_alt_std_against_root', grade_id='active_units', source=r'''import math


def active_units(mu, threshold=0.01):
    return int(torch.count_nonzero(mu.std(dim=0) > math.sqrt(threshold)))
'''),
    dict(name='au_alt_manual_loop', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    count = 0
    for u in range(mu.shape[1]):
        column = mu[:, u]
        centred = column - column.mean()
        if float(centred.pow(2).sum() / (len(column) - 1)) > threshold:
            count += 1
    return count
'''),
    dict(name='kpu_alt_distributions', grade_id='kl_per_unit', source=r'''from torch.distributions import Normal, kl_divergence


def kl_per_unit(mu, logvar):
    q = Normal(mu, torch.exp(0.5 * logvar))
    prior = Normal(torch.zeros_like(mu), torch.ones_like(mu))
    return kl_divergence(q, prior).mean(dim=0)
'''),
    dict(name='kpu_alt_rearranged', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    n = mu.shape[0]
    return 0.5 * (mu * mu + torch.exp(logvar) - logvar - 1).sum(dim=0) / n
'''),
    dict(name='sw_alt_forward_in_eval_mode', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    """Train one fresh, identically initialised MLP VAE per beta and measure each on the test images."""
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        model.eval()
        with torch.no_grad():
            _, mu, _ = model(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_alt_detached_mu_first', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    def one(beta):
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs=epochs, lr=2e-3, schedule="onecycle", beta=beta,
            seed=seed, progress=progress)
        mu = model.encoder(test_images)[0].detach()
        result = evaluate(model, test_images, beta=1.0)
        return dict(beta=float(beta), **{f"test_{key}": float(value) for key, value in result.items()}, mu=mu)

    return [one(beta) for beta in betas]
'''),
]
