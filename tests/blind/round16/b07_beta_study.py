"""Blind round 16: mistakes and alternatives for notebook 07_beta_study."""

NOTEBOOK = '07_beta_study'

MISTAKES = [
    dict(name='rd_sorts_runs_in_place', grade_id='rate_distortion', source="""\
def rate_distortion(runs):
    runs.sort(key=lambda run: run["beta"])
    ordered = runs
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
"""),
    dict(name='rd_alias_then_sort', grade_id='rate_distortion', source="""\
def rate_distortion(runs):
    ordered = runs  # a copy of the list
    ordered.sort(key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
"""),
    dict(name='rd_not_sorted', grade_id='rate_distortion', source="""\
def rate_distortion(runs):
    ordered = list(runs)
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
"""),
    dict(name='rd_sorted_descending', grade_id='rate_distortion', source="""\
def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"], reverse=True)
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
"""),
    dict(name='rd_rates_and_distortions_swapped', grade_id='rate_distortion', source="""\
def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, distortions, rates
"""),
    dict(name='rd_float64', grade_id='rate_distortion', source="""\
def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float64)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float64)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float64)
    return betas, rates, distortions
"""),
    dict(name='rd_only_betas_sorted', grade_id='rate_distortion', source="""\
def rate_distortion(runs):
    betas = torch.tensor(sorted(run["beta"] for run in runs), dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)
    return betas, rates, distortions
"""),
    dict(name='rd_each_sorted_independently', grade_id='rate_distortion', source="""\
def rate_distortion(runs):
    betas = torch.tensor([run["beta"] for run in runs], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)
    return torch.sort(betas).values, torch.sort(rates, descending=True).values, torch.sort(distortions).values
"""),
    dict(name='rd_sorted_by_distortion', grade_id='rate_distortion', source="""\
def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["test_reconstruction"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
"""),
    dict(name='rd_sorted_by_decreasing_rate', grade_id='rate_distortion', source="""\
def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: -run["test_kl"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
"""),
    dict(name='rd_sorted_as_strings', grade_id='rate_distortion', source="""\
def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: f"{run['beta']:g}")
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
"""),
    dict(name='rd_dict_by_beta_drops_duplicates', grade_id='rate_distortion', source="""\
def rate_distortion(runs):
    by_beta = {run["beta"]: run for run in runs}
    ordered = [by_beta[beta] for beta in sorted(by_beta)]
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
"""),
    dict(name='rd_key_truncates_beta', grade_id='rate_distortion', source="""\
def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: int(run["beta"]))
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
"""),
    dict(name='rd_numpy_arrays', grade_id='rate_distortion', source="""\
import numpy as np


def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = np.array([run["beta"] for run in ordered], dtype=np.float32)
    rates = np.array([run["test_kl"] for run in ordered], dtype=np.float32)
    distortions = np.array([run["test_reconstruction"] for run in ordered], dtype=np.float32)
    return betas, rates, distortions
"""),
    dict(name='rd_stack_fails_on_empty', grade_id='rate_distortion', source="""\
def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    points = torch.stack([torch.tensor([run["beta"], run["test_kl"], run["test_reconstruction"]]) for run in ordered])
    points = points.float()
    return points[:, 0], points[:, 1], points[:, 2]
"""),
    dict(name='rd_column_shape', grade_id='rate_distortion', source="""\
def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([[run["beta"]] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([[run["test_kl"]] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([[run["test_reconstruction"]] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
"""),
    dict(name='rd_rate_is_total_minus_distortion', grade_id='rate_distortion', source="""\
def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_total"] - run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
"""),
    dict(name='au_variance_over_units', grade_id='active_units', source="""\
def active_units(mu, threshold=0.01):
    variances = mu.var(dim=1)
    return int((variances > threshold).sum())
"""),
    dict(name='au_greater_or_equal', grade_id='active_units', source="""\
def active_units(mu, threshold=0.01):
    variances = mu.var(dim=0)
    return int((variances >= threshold).sum())
"""),
    dict(name='au_std_not_variance', grade_id='active_units', source="""\
def active_units(mu, threshold=0.01):
    variances = mu.std(dim=0)
    return int((variances > threshold).sum())
"""),
    dict(name='au_returns_tensor', grade_id='active_units', source="""\
def active_units(mu, threshold=0.01):
    variances = mu.var(dim=0)
    return (variances > threshold).sum()
"""),
    dict(name='au_returns_float', grade_id='active_units', source="""\
def active_units(mu, threshold=0.01):
    variances = mu.var(dim=0)
    return float((variances > threshold).sum())
"""),
    dict(name='au_default_threshold_changed', grade_id='active_units', source="""\
def active_units(mu, threshold=0.1):
    variances = mu.var(dim=0)
    return int((variances > threshold).sum())
"""),
    dict(name='au_threshold_ignored', grade_id='active_units', source="""\
def active_units(mu, threshold=0.01):
    variances = mu.var(dim=0)
    return int((variances > 0.01).sum())
"""),
    dict(name='au_second_moment_not_centred', grade_id='active_units', source="""\
def active_units(mu, threshold=0.01):
    variances = mu.pow(2).mean(dim=0)
    return int((variances > threshold).sum())
"""),
    dict(name='au_mean_abs', grade_id='active_units', source="""\
def active_units(mu, threshold=0.01):
    variances = mu.abs().mean(dim=0)
    return int((variances > threshold).sum())
"""),
    dict(name='au_centres_in_place', grade_id='active_units', source="""\
def active_units(mu, threshold=0.01):
    mu -= mu.mean(dim=0, keepdim=True)
    variances = (mu ** 2).mean(dim=0)
    return int((variances > threshold).sum())
"""),
    dict(name='au_len_minus_inactive', grade_id='active_units', source="""\
def active_units(mu, threshold=0.01):
    inactive = int((mu.var(dim=0) <= threshold).sum())
    return len(mu) - inactive
"""),
    dict(name='au_numpy_count', grade_id='active_units', source="""\
import numpy as np


def active_units(mu, threshold=0.01):
    return np.sum(mu.var(dim=0).numpy() > threshold)
"""),
    dict(name='au_var_of_means', grade_id='active_units', source="""\
def active_units(mu, threshold=0.01):
    spread = mu.mean(dim=0).var()
    return int(spread > threshold) * mu.shape[1]
"""),
    dict(name='kl_sum_over_images', grade_id='kl_per_unit', source="""\
def kl_per_unit(mu, logvar):
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.sum(dim=0)
"""),
    dict(name='kl_mean_over_units', grade_id='kl_per_unit', source="""\
def kl_per_unit(mu, logvar):
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.mean(dim=1)
"""),
    dict(name='kl_sign_flipped', grade_id='kl_per_unit', source="""\
def kl_per_unit(mu, logvar):
    kl = 0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.mean(dim=0)
"""),
    dict(name='kl_logvar_as_log_sigma', grade_id='kl_per_unit', source="""\
def kl_per_unit(mu, logvar):
    kl = -0.5 * (1 + 2 * logvar - mu.pow(2) - (2 * logvar).exp())
    return kl.mean(dim=0)
"""),
    dict(name='kl_std_for_variance', grade_id='kl_per_unit', source="""\
def kl_per_unit(mu, logvar):
    kl = -0.5 * (1 + logvar - mu.pow(2) - torch.exp(0.5 * logvar))
    return kl.mean(dim=0)
"""),
    dict(name='kl_missing_one', grade_id='kl_per_unit', source="""\
def kl_per_unit(mu, logvar):
    kl = -0.5 * (logvar - mu.pow(2) - logvar.exp())
    return kl.mean(dim=0)
"""),
    dict(name='kl_missing_half', grade_id='kl_per_unit', source="""\
def kl_per_unit(mu, logvar):
    kl = -(1 + logvar - mu.pow(2) - logvar.exp())
    return kl.mean(dim=0)
"""),
    dict(name='kl_scalar_mean', grade_id='kl_per_unit', source="""\
def kl_per_unit(mu, logvar):
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.mean()
"""),
    dict(name='kl_exp_in_place_on_logvar', grade_id='kl_per_unit', source="""\
def kl_per_unit(mu, logvar):
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp_())
    return kl.mean(dim=0)
"""),
    dict(name='kl_detached', grade_id='kl_per_unit', source="""\
def kl_per_unit(mu, logvar):
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.mean(dim=0).detach()
"""),
    dict(name='kl_no_grad', grade_id='kl_per_unit', source="""\
def kl_per_unit(mu, logvar):
    with torch.no_grad():
        kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.mean(dim=0)
"""),
    dict(name='kl_clamps_logvar', grade_id='kl_per_unit', source="""\
def kl_per_unit(mu, logvar):
    logvar = logvar.clamp(-10, 10)  # keep exp() finite
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.mean(dim=0)
"""),
    dict(name='kl_rebuilt_tensor_loses_grad', grade_id='kl_per_unit', source="""\
def kl_per_unit(mu, logvar):
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return torch.tensor([kl[:, u].mean().item() for u in range(kl.shape[1])])
"""),
    dict(name='kl_divides_by_n_minus_one', grade_id='kl_per_unit', source="""\
def kl_per_unit(mu, logvar):
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.sum(dim=0) / (len(kl) - 1)
"""),
    dict(name='kl_float64', grade_id='kl_per_unit', source="""\
def kl_per_unit(mu, logvar):
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.double().mean(dim=0)
"""),
    dict(name='sw_seeded_once', grade_id='sweep', source="""\
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    torch.manual_seed(seed)
    for beta in betas:
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
"""),
    dict(name='sw_one_model_for_all', grade_id='sweep', source="""\
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    torch.manual_seed(seed)
    model = dense_vae(latent_dim=latent_dim, hidden=hidden)
    for beta in betas:
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
"""),
    dict(name='sw_seed_after_building', grade_id='sweep', source="""\
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        torch.manual_seed(seed)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
"""),
    dict(name='sw_seed_zero_hardcoded', grade_id='sweep', source="""\
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(0)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
"""),
    dict(name='sw_fit_seed_not_passed', grade_id='sweep', source="""\
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
"""),
    dict(name='sw_fit_default_lr', grade_id='sweep', source="""\
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
"""),
    dict(name='sw_fit_constant_schedule', grade_id='sweep', source="""\
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
"""),
    dict(name='sw_beta_not_passed_to_fit', grade_id='sweep', source="""\
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
"""),
    dict(name='sw_evaluated_at_training_beta', grade_id='sweep', source="""\
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images, beta=beta)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
"""),
    dict(name='sw_history_not_evaluate', grade_id='sweep', source="""\
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        history = fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
                      progress=progress)
        metrics = {key: history["test_" + key][-1] for key in ("total", "reconstruction", "kl")}
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
"""),
    dict(name='sw_mu_with_gradients', grade_id='sweep', source="""\
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
"""),
    dict(name='sw_hidden_not_passed', grade_id='sweep', source="""\
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
"""),
    dict(name='sw_latent_dim_hardcoded', grade_id='sweep', source="""\
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=10, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
"""),
    dict(name='sw_progress_ignored', grade_id='sweep', source="""\
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=True)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
"""),
    dict(name='sw_mu_of_train_images', grade_id='sweep', source="""\
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(train_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
"""),
    dict(name='sw_keeps_logvar', grade_id='sweep', source="""\
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            _, mu = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
"""),
    dict(name='sw_sorted_betas', grade_id='sweep', source="""\
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in sorted(betas):
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
"""),
    dict(name='sw_unique_betas', grade_id='sweep', source="""\
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in sorted(set(betas)):
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
"""),
    dict(name='sw_evaluate_keys', grade_id='sweep', source="""\
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), **metrics, "mu": mu})
    return runs
"""),
    dict(name='sw_returns_dict_by_beta', grade_id='sweep', source="""\
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = {}
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs[float(beta)] = {"beta": float(beta), "test_total": metrics["total"],
                             "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu}
    return runs
"""),
    dict(name='sw_shared_result_dict', grade_id='sweep', source="""\
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs, run = [], {}
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        run.update({"beta": float(beta), "test_total": metrics["total"],
                    "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
        runs.append(run)
    return runs
"""),
    dict(name='sw_mu_before_training', grade_id='sweep', source="""\
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
"""),
    dict(name='sw_fit_reinitialises', grade_id='sweep', source="""\
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress, reinitialise=True)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
"""),
    dict(name='sw_bigger_batches', grade_id='sweep', source="""\
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, batch_size=256, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
"""),
    dict(name='sw_default_seed_changed', grade_id='sweep', source="""\
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=42, progress=False):
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
"""),
    dict(name='sw_evaluate_other_seed', grade_id='sweep', source="""\
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images, seed=seed + 1)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
"""),
]

ALTERNATIVES = [
    dict(name='rd_argsort_stable', grade_id='rate_distortion', source="""\
def rate_distortion(runs):
    table = torch.tensor([[run["beta"], run["test_kl"], run["test_reconstruction"]] for run in runs],
                         dtype=torch.float32).reshape(-1, 3)
    order = torch.argsort(torch.tensor([run["beta"] for run in runs], dtype=torch.float64), stable=True)
    table = table[order]
    return table[:, 0].clone(), table[:, 1].clone(), table[:, 2].clone()
"""),
    dict(name='rd_zip_unpack', grade_id='rate_distortion', source="""\
import operator


def rate_distortion(runs):
    ordered = sorted(runs, key=operator.itemgetter("beta"))
    columns = [[float(run[key]) for run in ordered] for key in ("beta", "test_kl", "test_reconstruction")]
    return tuple(torch.as_tensor(column, dtype=torch.float32) for column in columns)
"""),
    dict(name='au_population_variance', grade_id='active_units', source="""\
def active_units(mu, threshold=0.01):
    variances = ((mu - mu.mean(dim=0)) ** 2).mean(dim=0)
    return int(torch.count_nonzero(variances > threshold).item())
"""),
    dict(name='au_loop_over_units', grade_id='active_units', source="""\
def active_units(mu, threshold=0.01):
    count = 0
    for u in range(mu.shape[1]):
        if torch.var(mu[:, u]).item() > threshold:
            count += 1
    return count
"""),
    dict(name='kl_rearranged', grade_id='kl_per_unit', source="""\
def kl_per_unit(mu, logvar):
    return 0.5 * torch.mean(mu * mu + torch.exp(logvar) - logvar - 1.0, dim=0)
"""),
    dict(name='kl_sum_divided_by_n', grade_id='kl_per_unit', source="""\
def kl_per_unit(mu, logvar):
    per_image_unit = 0.5 * (mu.square() + torch.exp(logvar) - logvar - 1)
    return per_image_unit.sum(dim=0) / mu.shape[0]
"""),
    dict(name='sw_helper_function', grade_id='sweep', source="""\
def _one_run(beta, train_images, test_images, epochs, latent_dim, hidden, seed, progress):
    torch.manual_seed(seed)
    model = dense_vae(latent_dim, hidden)
    fit(model, train_images, test_images, epochs, schedule="onecycle", lr=0.002, beta=beta, seed=seed,
        progress=progress)
    result = evaluate(model, test_images, beta=1.0)
    with torch.no_grad():
        means = model.encoder(test_images)[0]
    return dict(beta=float(beta), test_total=float(result["total"]), test_reconstruction=float(result["reconstruction"]),
                test_kl=float(result["kl"]), mu=means)


def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    return [_one_run(beta, train_images, test_images, epochs, latent_dim, hidden, seed, progress) for beta in betas]
"""),
    dict(name='sw_detach_mu_and_keys_loop', grade_id='sweep', source="""\
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    results = []
    for beta in list(betas):
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        measured = evaluate(model, test_images)
        run = {"beta": float(beta)}
        for key in ("total", "reconstruction", "kl"):
            run["test_" + key] = measured[key]
        with torch.no_grad():
            run["mu"] = model.encoder(test_images)[0]
        results.append(run)
    return results
"""),
]
