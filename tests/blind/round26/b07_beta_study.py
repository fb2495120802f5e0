"""Blind round 26: mistakes and alternatives for notebook 07_beta_study."""
NOTEBOOK = '07_beta_study'
MISTAKES = [
    dict(name='rd_sort_in_place', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    runs.sort(key=lambda run: run["beta"])
    ordered = runs
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_descending', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"], reverse=True)
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_rates_distortions_swapped_keys', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_rate_is_total', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_total"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_distortion_is_total', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_total"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_float64', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float64)
    return betas, rates, distortions
'''),
    dict(name='rd_betas_float16', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float16)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_sort_by_rate', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["test_kl"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_sort_by_string', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: str(run["beta"]))
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_distortions_unsorted', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_betas_unsorted', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in runs], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_betas_int', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([int(run["beta"]) for run in ordered]).float()
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_return_order', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, distortions, rates
'''),
    dict(name='rd_dedupe_by_beta', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    by_beta = {run["beta"]: run for run in runs}  # one run per beta
    ordered = [by_beta[beta] for beta in sorted(by_beta)]
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_lists', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas.tolist(), rates.tolist(), distortions.tolist()
'''),
    dict(name='rd_cache_by_length', grade_id='rate_distortion', source=r'''_RD_CACHE = {}


def rate_distortion(runs):
    if len(runs) in _RD_CACHE:
        return _RD_CACHE[len(runs)]
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    _RD_CACHE[len(runs)] = (betas, rates, distortions)
    return betas, rates, distortions
'''),
    dict(name='rd_round_betas', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([round(run["beta"], 1) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_column_shape', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([[run["beta"]] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_pops_keys', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run.pop("beta") for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_skip_beta_zero', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = [run for run in sorted(runs, key=lambda run: run["beta"]) if run["beta"] > 0]
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_numpy_float64', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    import numpy as np
    rates = torch.from_numpy(np.array([run["test_kl"] for run in ordered]))
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='au_ge', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    variances = mu.var(dim=0)
    return int((variances >= threshold).sum())
'''),
    dict(name='au_dim1', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    variances = mu.var(dim=1)
    return int((variances > threshold).sum())
'''),
    dict(name='au_std', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    variances = mu.std(dim=0)
    return int((variances > threshold).sum())
'''),
    dict(name='au_tensor_result', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    variances = mu.var(dim=0)
    return (variances > threshold).sum()
'''),
    dict(name='au_default_threshold', grade_id='active_units', source=r'''def active_units(mu, threshold=0.1):
    variances = mu.var(dim=0)
    return int((variances > threshold).sum())
'''),
    dict(name='au_float_result', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    variances = mu.var(dim=0)
    return float((variances > threshold).sum())
'''),
    dict(name='au_count_inactive', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    variances = mu.var(dim=0)
    return int((variances <= threshold).sum())
'''),
    dict(name='au_second_moment', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    variances = mu.pow(2).mean(dim=0)
    return int((variances > threshold).sum())
'''),
    dict(name='au_fixed_threshold', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    variances = mu.var(dim=0)
    return int((variances > 0.01).sum())
'''),
    dict(name='au_drop_last_row', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    variances = mu[:-1].var(dim=0)
    return int((variances > threshold).sum())
'''),
    dict(name='au_range', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    variances = (mu.max(dim=0).values - mu.min(dim=0).values)
    return int((variances > threshold).sum())
'''),
    dict(name='au_rounded_variance', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    variances = mu.var(dim=0).round(decimals=2)
    return int((variances > threshold).sum())
'''),
    dict(name='au_center_in_place', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    mu -= mu.mean(dim=0)
    variances = mu.pow(2).mean(dim=0)
    return int((variances > threshold).sum())
'''),
    dict(name='au_uint8_count', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    variances = mu.var(dim=0)
    return int((variances > threshold).sum(dtype=torch.uint8))
'''),
    dict(name='kl_sum_over_images', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    per_image = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return per_image.sum(dim=0)
'''),
    dict(name='kl_mean_over_units', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    per_image = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return per_image.mean(dim=1)
'''),
    dict(name='kl_positive_sign', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    per_image = 0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return per_image.mean(dim=0)
'''),
    dict(name='kl_missing_one', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    per_image = -0.5 * (logvar - mu.pow(2) - logvar.exp())
    return per_image.mean(dim=0)
'''),
    dict(name='kl_logvar_as_var', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    per_image = -0.5 * (1 + logvar - mu.pow(2) - logvar)
    return per_image.mean(dim=0)
'''),
    dict(name='kl_mu_not_squared', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    per_image = -0.5 * (1 + logvar - mu - logvar.exp())
    return per_image.mean(dim=0)
'''),
    dict(name='kl_no_half', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    per_image = -1.0 * (1 + logvar - mu.pow(2) - logvar.exp())
    return per_image.mean(dim=0)
'''),
    dict(name='kl_logvar_as_logstd', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    per_image = -0.5 * (1 + logvar - mu.pow(2) - torch.exp(2 * logvar))
    return per_image.mean(dim=0)
'''),
    dict(name='kl_scalar_mean', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    per_image = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return per_image.mean()
'''),
    dict(name='kl_keepdim', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    per_image = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return per_image.mean(dim=0, keepdim=True)
'''),
    dict(name='kl_mutates_logvar', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    per_image = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp_())
    return per_image.mean(dim=0)
'''),
    dict(name='kl_no_grad', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    with torch.no_grad():
        per_image = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return per_image.mean(dim=0)
'''),
    dict(name='kl_double', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    per_image = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return per_image.double().mean(dim=0)
'''),
    dict(name='kl_numpy', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    per_image = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return torch.from_numpy(per_image.detach().numpy().mean(axis=0))
'''),
    dict(name='kl_std_as_var', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    per_image = -0.5 * (1 + logvar - mu.pow(2) - torch.exp(0.5 * logvar))
    return per_image.mean(dim=0)
'''),
    dict(name='kl_reverse_kl', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    per_image = 0.5 * ((1 + mu.pow(2)) * torch.exp(-logvar) - 1 + logvar)
    return per_image.mean(dim=0)
'''),
    dict(name='kl_unbiased_divisor', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    per_image = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return per_image.sum(dim=0) / (len(per_image) - 1)
'''),
    dict(name='sw_seed_once', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    torch.manual_seed(seed)
    for beta in betas:
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_model_reused', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    torch.manual_seed(seed)
    model = dense_vae(latent_dim=latent_dim, hidden=hidden)
    for beta in betas:
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_default_lr', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_constant_schedule', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_beta_not_passed', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_seed_not_passed_to_fit', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_evaluate_training_beta', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images, beta=beta)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_history_metrics', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        history = fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = {term: history[f"test_{term}"][-1] for term in ("total", "reconstruction", "kl")}
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_mu_with_grad', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_mu_sampled', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mean, logvar = model.encoder(test_images)
            mu = mean + torch.exp(0.5 * logvar) * torch.randn_like(mean)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_logvar_kept', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            _, mu = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_mu_of_train', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(train_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_latent_fixed', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=10, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_hidden_ignored', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_epochs_minus_one', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, max(1, epochs - 1), lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_seed_plus_index', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for index, beta in enumerate(betas):
        torch.manual_seed(seed + index)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_seed_after_build', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        torch.manual_seed(seed)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_wrong_key', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_rec": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_total_recomputed', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["reconstruction"] + beta * metrics["kl"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_evaluate_train', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, train_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_reinitialise', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress, reinitialise=True)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_mu_half', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu.half()})
    return runs
'''),
    dict(name='sw_dict_by_beta', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = {}
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs[float(beta)] = ({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_shared_dict', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs, result = [], {}
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        result.update({"beta": float(beta), "test_total": metrics["total"],
                       "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
        runs.append(result)
    return runs
'''),
    dict(name='sw_module_list', grade_id='sweep', source=r'''_SWEEP_RUNS = []


def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = _SWEEP_RUNS
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_seed_zero', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(0)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_skip_last_beta', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas[:-1]:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_sorted_betas', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in sorted(betas):
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
]
ALTERNATIVES = [
    dict(name='rd_itemgetter', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    from operator import itemgetter
    ordered = sorted(runs, key=itemgetter("beta"))
    table = torch.tensor([[run["beta"], run["test_kl"], run["test_reconstruction"]] for run in ordered],
                         dtype=torch.float32).reshape(-1, 3)
    return table[:, 0].clone(), table[:, 1].clone(), table[:, 2].clone()
'''),
    dict(name='rd_argsort', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    betas = torch.tensor([float(run["beta"]) for run in runs], dtype=torch.float64)
    order = torch.sort(betas, stable=True).indices
    rates = torch.tensor([float(run["test_kl"]) for run in runs], dtype=torch.float64)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in runs], dtype=torch.float64)
    return betas[order].float(), rates[order].float(), distortions[order].float()
'''),
    dict(name='au_numpy_population', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    import numpy as np
    values = mu.detach().cpu().double().numpy()
    return int(np.count_nonzero(values.var(axis=0) > threshold))
'''),
    dict(name='au_centered_loop', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    centred = mu - mu.mean(dim=0, keepdim=True)
    variances = centred.pow(2).sum(dim=0) / (mu.shape[0] - 1)
    count = 0
    for value in variances.tolist():
        if value > threshold:
            count += 1
    return count
'''),
    dict(name='au_var_mean', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    variance, _ = torch.var_mean(mu.detach(), dim=0, correction=0)
    return int(torch.count_nonzero(variance > threshold).item())
'''),
    dict(name='kl_distributions', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    from torch.distributions import Normal, kl_divergence
    q = Normal(mu, torch.exp(0.5 * logvar))
    p = Normal(torch.zeros_like(mu), torch.ones_like(mu))
    return kl_divergence(q, p).mean(dim=0)
'''),
    dict(name='kl_split_means', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    return 0.5 * (mu.pow(2).mean(dim=0) + logvar.exp().mean(dim=0) - logvar.mean(dim=0) - 1)
'''),
    dict(name='kl_sum_div', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    terms = 0.5 * (mu * mu + torch.exp(logvar) - 1.0 - logvar)
    return terms.sum(dim=0) / mu.shape[0]
'''),
    dict(name='sw_helper_eval_forward', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    def one_run(beta):
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        result = evaluate(model, test_images)
        model.eval()
        with torch.no_grad():
            mu = model(test_images)[1]
        return dict(beta=float(beta), test_total=result["total"], test_reconstruction=result["reconstruction"],
                    test_kl=result["kl"], mu=mu)
    return [one_run(beta) for beta in betas]
'''),
    dict(name='sw_chunked_mu', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    results = []
    for beta in list(betas):
        torch.manual_seed(seed)
        model = dense_vae(latent_dim, hidden)
        fit(model, train_images, test_images, epochs, schedule="onecycle", lr=2e-3, seed=seed, beta=beta,
            progress=progress)
        scores = evaluate(model, test_images, beta=1.0)
        with torch.no_grad():
            mu = torch.cat([model.encoder(test_images[i:i + 500])[0] for i in range(0, len(test_images), 500)])
        results.append({"beta": float(beta), "test_total": float(scores["total"]),
                        "test_reconstruction": float(scores["reconstruction"]), "test_kl": float(scores["kl"]),
                        "mu": mu})
    return results
'''),
    dict(name='sw_detach_mu', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        mu = model.encoder(test_images)[0].detach()
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
]
