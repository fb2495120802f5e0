"""Blind round 19: mistakes and alternatives for notebook 07_beta_study."""

NOTEBOOK = '07_beta_study'

MISTAKES = [
    # ---- rate_distortion
    dict(name='rd_values_from_unsorted_list', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_sorts_each_column_separately', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    # rate falls and distortion rises with beta: sort each column accordingly
    betas = torch.tensor(sorted(run["beta"] for run in runs), dtype=torch.float32)
    rates = torch.tensor(sorted((run["test_kl"] for run in runs), reverse=True), dtype=torch.float32)
    distortions = torch.tensor(sorted(run["test_reconstruction"] for run in runs), dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_dedups_equal_betas', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    by_beta = {run["beta"]: run for run in runs}
    ordered = [by_beta[beta] for beta in sorted(by_beta)]
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_sorts_by_beta_as_string', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: f"{run['beta']:g}")
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_sort_key_truncates_beta', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: int(run["beta"]))
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_distortion_from_total_minus_kl', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    # the test loss is measured at beta = 1: distortion = total - rate
    distortions = torch.tensor([run["test_total"] - run["test_kl"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_rounds_values', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([round(run["test_kl"], 2) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([round(run["test_reconstruction"], 2) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_rounds_betas_for_display', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([round(run["beta"], 2) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_pops_keys_from_run_dicts', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    points = [(run["beta"], run.pop("test_kl"), run.pop("test_reconstruction")) for run in ordered]
    betas, rates, distortions = (torch.tensor(column, dtype=torch.float32) for column in zip(*points))
    return betas, rates, distortions
'''),
    dict(name='rd_writes_sorted_index_into_runs', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    for position, run in enumerate(ordered):
        run["rank"] = position  # handy for plotting
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_drops_beta_zero_runs', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted((run for run in runs if run["beta"]), key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_sorts_by_rate_not_beta', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    # a larger beta always gives a smaller rate, so sort by decreasing rate
    ordered = sorted(runs, key=lambda run: -run["test_kl"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_half_precision_tensors_cast_back', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    table = torch.tensor([[run["beta"], run["test_kl"], run["test_reconstruction"]] for run in ordered],
                         dtype=torch.float16).float()
    return table[:, 0], table[:, 1], table[:, 2]
'''),
    dict(name='rd_bisect_insert_breaks_on_ties', grade_id='rate_distortion', source=r'''import bisect


def rate_distortion(runs):
    keys, ordered = [], []
    for run in runs:
        position = bisect.bisect_left(keys, run["beta"])
        if position < len(keys) and keys[position] == run["beta"]:
            ordered[position] = run  # same beta: keep the latest sweep
            continue
        keys.insert(position, run["beta"])
        ordered.insert(position, run)
    betas = torch.tensor(keys, dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    # ---- active_units
    dict(name='au_greater_or_equal', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    return int((mu.var(dim=0) >= threshold).sum())
'''),
    dict(name='au_uncentred_second_moment', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    # inactive units sit at mu = 0, so E[mu^2] is their variance
    return int((mu.pow(2).mean(dim=0) > threshold).sum())
'''),
    dict(name='au_std_instead_of_var', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    return int((mu.std(dim=0) > threshold).sum())
'''),
    dict(name='au_ignores_threshold_argument', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    return int((mu.var(dim=0) > 0.01).sum())
'''),
    dict(name='au_variance_over_subset', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    sample = mu[:1000]  # the variance of 1000 images is accurate enough
    return int((sample.var(dim=0) > threshold).sum())
'''),
    dict(name='au_rounds_variance', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    variances = mu.var(dim=0).round(decimals=2)
    return int((variances > threshold).sum())
'''),
    dict(name='au_range_instead_of_variance', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    spread = mu.max(dim=0).values - mu.min(dim=0).values
    return int((spread > threshold).sum())
'''),
    dict(name='au_variance_over_units', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    return int((mu.var(dim=1) > threshold).sum())
'''),
    dict(name='au_returns_fraction', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    return float((mu.var(dim=0) > threshold).float().mean())
'''),
    dict(name='au_returns_tensor', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    return (mu.var(dim=0) > threshold).sum()
'''),
    dict(name='au_numpy_fails_on_grad_tensor', grade_id='active_units', source=r'''import numpy as np


def active_units(mu, threshold=0.01):
    return int((np.var(mu.numpy(), axis=0) > threshold).sum())
'''),
    dict(name='au_cov_diagonal_breaks_for_one_unit', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    variances = torch.cov(mu.T).diagonal()
    return int((variances > threshold).sum())
'''),
    dict(name='au_scale_normalised_means', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    scaled = mu / mu.abs().max().clamp_min(1e-12)  # make the threshold independent of the scale of mu
    return int((scaled.var(dim=0) > threshold).sum())
'''),
    dict(name='au_mean_abs_deviation', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    deviation = (mu - mu.mean(dim=0)).abs().mean(dim=0)
    return int((deviation > threshold).sum())
'''),
    dict(name='au_half_precision_variance', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    return int((mu.half().var(dim=0) > threshold).sum())
'''),
    # ---- kl_per_unit
    dict(name='kpu_missing_the_one', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    return (-0.5 * (logvar - mu.pow(2) - logvar.exp())).mean(dim=0)
'''),
    dict(name='kpu_sign_of_variance_term', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    return (-0.5 * (1 + logvar - mu.pow(2) + logvar.exp())).mean(dim=0)
'''),
    dict(name='kpu_logvar_read_as_log_std', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    return (-0.5 * (1 + 2 * logvar - mu.pow(2) - torch.exp(2 * logvar))).mean(dim=0)
'''),
    dict(name='kpu_std_in_place_of_variance', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    sigma = torch.exp(0.5 * logvar)
    return (-0.5 * (1 + logvar - mu.pow(2) - sigma)).mean(dim=0)
'''),
    dict(name='kpu_kl_of_mean_parameters', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    # average the parameters over the images, then one KL per unit
    m, lv = mu.mean(dim=0), logvar.mean(dim=0)
    return -0.5 * (1 + lv - m.pow(2) - lv.exp())
'''),
    dict(name='kpu_keepdim_row', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=0, keepdim=True)
'''),
    dict(name='kpu_divides_by_numel', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.sum(dim=0) / kl.numel()
'''),
    dict(name='kpu_divides_by_n_minus_1', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.sum(dim=0) / (len(kl) - 1)
'''),
    dict(name='kpu_abs_mu', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    return (-0.5 * (1 + logvar - mu.abs() - logvar.exp())).mean(dim=0)
'''),
    dict(name='kpu_mean_over_units', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=1)
'''),
    dict(name='kpu_median_over_images', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    # the median is robust to a few outlier images
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).median(dim=0).values
'''),
    dict(name='kpu_rebuilt_from_python_floats', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return torch.tensor([float(kl[:, u].mean()) for u in range(kl.shape[1])])
'''),
    dict(name='kpu_swapped_arguments_in_formula', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    return (-0.5 * (1 + mu - logvar.pow(2) - mu.exp())).mean(dim=0)
'''),
    dict(name='kpu_unweighted_batch_chunks', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    parts = [(-0.5 * (1 + lv - m.pow(2) - lv.exp())).mean(dim=0)
             for m, lv in zip(mu.split(1000), logvar.split(1000))]
    return torch.stack(parts).mean(dim=0)  # mean of chunk means
'''),
    # ---- sweep
    dict(name='sweep_total_at_training_beta', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["reconstruction"] + beta * metrics["kl"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sweep_metrics_from_fit_history', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
'''),
    dict(name='sweep_deepcopies_one_initial_model', grade_id='sweep', source=r'''import copy


def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    torch.manual_seed(seed)
    initial = dense_vae(latent_dim=latent_dim, hidden=hidden)  # every model starts from these weights
    runs = []
    for beta in betas:
        model = copy.deepcopy(initial)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sweep_reseeds_after_building', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
'''),
    dict(name='sweep_seed_plus_index', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for index, beta in enumerate(betas):
        torch.manual_seed(seed + index)  # independent runs
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed + index,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sweep_mu_before_training', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
'''),
    dict(name='sweep_mu_of_training_images', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
'''),
    dict(name='sweep_evaluates_training_images', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, train_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sweep_constant_schedule', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    dict(name='sweep_default_learning_rate', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    dict(name='sweep_reinitialise_in_fit', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress, reinitialise=True)  # data-dependent initialisation helps
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sweep_longer_warmup', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", warmup=0.3, beta=beta,
            seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sweep_dedups_betas', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in dict.fromkeys(betas):  # a repeated beta would train the same model twice
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
'''),
    dict(name='sweep_default_hidden', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
'''),
    dict(name='sweep_mu_as_numpy', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"],
                     "mu": mu.numpy()})  # smaller to store
    return runs
'''),
    dict(name='sweep_mu_sampled_codes', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, logvar = model.encoder(test_images)
            codes = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": codes})
    return runs
'''),
]

ALTERNATIVES = [
    dict(name='rd_argsort_index', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    betas = torch.tensor([run["beta"] for run in runs], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)
    order = torch.argsort(betas, stable=True)
    return betas[order], rates[order], distortions[order]
'''),
    dict(name='rd_copy_then_sort_with_itemgetter', grade_id='rate_distortion', source=r'''from operator import itemgetter


def rate_distortion(runs):
    ordered = list(runs)
    ordered.sort(key=itemgetter("beta"))
    columns = [[float(run[key]) for run in ordered] for key in ("beta", "test_kl", "test_reconstruction")]
    return tuple(torch.as_tensor(column, dtype=torch.float32) for column in columns)
'''),
    dict(name='rd_zip_star', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    triples = sorted((run["beta"], run["test_kl"], run["test_reconstruction"]) for run in runs)
    betas, rates, distortions = (torch.tensor(list(column), dtype=torch.float32) for column in zip(*triples)) if triples \
        else (torch.zeros(0), torch.zeros(0), torch.zeros(0))
    return betas, rates, distortions
'''),
    dict(name='au_var_biased_count_nonzero', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    variances = ((mu - mu.mean(dim=0, keepdim=True)) ** 2).mean(dim=0)
    return int(torch.count_nonzero(variances > threshold).item())
'''),
    dict(name='au_loop_over_columns', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    count = 0
    for u in range(mu.shape[1]):
        if mu[:, u].var().item() > threshold:
            count += 1
    return count
'''),
    dict(name='au_var_mean_detached', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    variances, _ = torch.var_mean(mu.detach(), dim=0, correction=0)
    return len(torch.nonzero(variances.gt(threshold)))
'''),
    dict(name='kpu_linearity_of_mean', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    return 0.5 * (mu.pow(2).mean(dim=0) + logvar.exp().mean(dim=0) - logvar.mean(dim=0) - 1)
'''),
    dict(name='kpu_torch_distributions', grade_id='kl_per_unit', source=r'''from torch.distributions import Normal, kl_divergence


def kl_per_unit(mu, logvar):
    q = Normal(mu, torch.exp(0.5 * logvar))
    p = Normal(torch.zeros_like(mu), torch.ones_like(mu))
    return kl_divergence(q, p).mean(dim=0)
'''),
    dict(name='kpu_sum_over_len', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    kl = 0.5 * (mu * mu + torch.exp(logvar) - logvar - 1)
    return kl.sum(dim=0) / mu.shape[0]
'''),
    dict(name='sweep_batched_encoder_and_detach', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    results = []
    for beta in list(betas):
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs=epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        measured = evaluate(model, test_images, beta=1.0)
        with torch.no_grad():
            mu = torch.cat([model.encoder(chunk)[0] for chunk in test_images.split(1000)])
        results.append(dict(beta=float(beta), test_total=float(measured["total"]),
                            test_reconstruction=float(measured["reconstruction"]),
                            test_kl=float(measured["kl"]), mu=mu))
    return results
'''),
    dict(name='sweep_helper_function', grade_id='sweep', source=r'''def _one_run(beta, train_images, test_images, epochs, latent_dim, hidden, seed, progress):
    torch.manual_seed(seed)
    model = dense_vae(latent_dim=latent_dim, hidden=hidden)
    fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
        progress=progress)
    metrics = evaluate(model, test_images)
    with torch.no_grad():
        mu = model.encoder(test_images)[0]
    return {"beta": float(beta), **{f"test_{key}": value for key, value in metrics.items()}, "mu": mu}


def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    return [_one_run(beta, train_images, test_images, epochs, latent_dim, hidden, seed, progress) for beta in betas]
'''),
]
