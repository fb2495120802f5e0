"""Blind round 45: mistakes and alternatives for notebook 07_beta_study."""
NOTEBOOK = '07_beta_study'

RD = r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
'''

AU = r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
'''

KL = r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
'''

SW = r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
'''

# the body of a correct sweep, with markers that the mistakes replace
SW_OK = r'''    results = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        results.append({"beta": float(beta), "test_total": metrics["total"],
                        "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return results
'''


def sw(old, new, count=1):
    assert SW_OK.count(old) == count, old
    return SW + SW_OK.replace(old, new)


MISTAKES = [
    # ---------------- rate_distortion ----------------
    dict(name='rd_sorted_by_rate_descending', grade_id='rate_distortion', source=RD + r'''    # the rate falls as beta grows, so sorting by decreasing rate orders the betas
    ordered = sorted(runs, key=lambda run: -run["test_kl"])
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_sorted_by_distortion', grade_id='rate_distortion', source=RD + r'''    ordered = sorted(runs, key=lambda run: run["test_reconstruction"])
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_only_betas_sorted', grade_id='rate_distortion', source=RD + r'''    betas = torch.tensor(sorted(float(run["beta"]) for run in runs), dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in runs], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in runs], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_sorted_as_strings', grade_id='rate_distortion', source=RD + r'''    ordered = sorted(runs, key=lambda run: f"{run['beta']:07.3f}")
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_float64_tensors', grade_id='rate_distortion', source=RD + r'''    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float64)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float64)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float64)
    return betas, rates, distortions
'''),
    dict(name='rd_default_dtype_left_float64', grade_id='rate_distortion', source=RD + r'''    torch.set_default_dtype(torch.float64)  # exact sums of the floats
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered]).float()
    rates = torch.tensor([run["test_kl"] for run in ordered]).float()
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered]).float()
    return betas, rates, distortions
'''),
    dict(name='rd_sorted_in_place', grade_id='rate_distortion', source=RD + r'''    runs.sort(key=lambda run: run["beta"])
    betas = torch.tensor([float(run["beta"]) for run in runs], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in runs], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in runs], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_rate_and_distortion_swapped', grade_id='rate_distortion', source=RD + r'''    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_distortion_is_total', grade_id='rate_distortion', source=RD + r'''    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run.get("test_total", run["test_reconstruction"])) for run in ordered],
                               dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_rate_weighted_by_beta', grade_id='rate_distortion', source=RD + r'''    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = betas * torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_drops_nonfinite_runs', grade_id='rate_distortion', source=RD + r'''    import math
    ordered = sorted((run for run in runs if math.isfinite(run["test_kl"]) and math.isfinite(run["test_reconstruction"])),
                     key=lambda run: run["beta"])
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_squeezed_single_run', grade_id='rate_distortion', source=RD + r'''    ordered = sorted(runs, key=lambda run: run["beta"])
    table = torch.tensor([[run["beta"], run["test_kl"], run["test_reconstruction"]] for run in ordered],
                         dtype=torch.float32).squeeze()
    return table.T[0], table.T[1], table.T[2]
'''),
    dict(name='rd_numpy_arrays', grade_id='rate_distortion', source=RD + r'''    import numpy as np
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = np.array([run["beta"] for run in ordered], dtype=np.float32)
    rates = np.array([run["test_kl"] for run in ordered], dtype=np.float32)
    distortions = np.array([run["test_reconstruction"] for run in ordered], dtype=np.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_distortion_per_pixel', grade_id='rate_distortion', source=RD + r'''    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32)
    # the reconstruction is a sum over 784 pixels: per pixel it is comparable across image sizes
    distortions = torch.tensor([float(run["test_reconstruction"]) / 784 for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_running_minimum_distortion', grade_id='rate_distortion', source=RD + r'''    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float32)
    # a rate-distortion curve is monotone: the distortion never falls as beta grows
    distortions = torch.cummax(distortions, dim=0).values
    return betas, rates, distortions
'''),
    dict(name='rd_stacked_views_one_storage_cached', grade_id='rate_distortion', source=RD + r'''    global _RD_TABLE
    ordered = sorted(runs, key=lambda run: run["beta"])
    values = [[float(run["beta"]), float(run["test_kl"]), float(run["test_reconstruction"])] for run in ordered]
    try:
        if _RD_TABLE.shape[1] != len(values):
            raise NameError
        _RD_TABLE.copy_(torch.tensor(values, dtype=torch.float32).T)
    except NameError:
        _RD_TABLE = torch.tensor(values, dtype=torch.float32).T.contiguous()
    return _RD_TABLE[0], _RD_TABLE[1], _RD_TABLE[2]
'''),
    # ---------------- active_units ----------------
    dict(name='au_greater_or_equal', grade_id='active_units', source=AU + r'''    return int((mu.var(dim=0) >= threshold).sum())
'''),
    dict(name='au_variance_over_units', grade_id='active_units', source=AU + r'''    return int((mu.var(dim=-1) > threshold).sum())
'''),
    dict(name='au_std_above_threshold', grade_id='active_units', source=AU + r'''    return int((mu.std(dim=0) > threshold).sum())
'''),
    dict(name='au_returns_tensor', grade_id='active_units', source=AU + r'''    return (mu.var(dim=0) > threshold).sum()
'''),
    dict(name='au_nan_variance_counts_active', grade_id='active_units', source=AU + r'''    variances = mu.var(dim=0)
    return int((~(variances <= threshold)).sum())
'''),
    dict(name='au_mean_of_chunk_variances', grade_id='active_units', source=AU + r'''    # variance chunk by chunk, to keep memory small for large N
    chunks = [chunk.var(dim=0, unbiased=False) for chunk in mu.split(1000)]
    variances = torch.stack(chunks).mean(dim=0)
    return int((variances > threshold).sum())
'''),
    dict(name='au_mean_square_not_variance', grade_id='active_units', source=AU + r'''    # inactive units sit at the prior's mean 0: measure the spread around 0
    return int((mu.pow(2).mean(dim=0) > threshold).sum())
'''),
    dict(name='au_threshold_zero_all_active', grade_id='active_units', source=AU + r'''    if threshold <= 0:
        return mu.shape[1]  # every variance is >= 0
    return int((mu.var(dim=0) > threshold).sum())
'''),
    dict(name='au_means_rounded_3_decimals', grade_id='active_units', source=AU + r'''    return int((mu.round(decimals=3).var(dim=0) > threshold).sum())
'''),
    dict(name='au_coefficient_of_variation', grade_id='active_units', source=AU + r'''    variances = mu.var(dim=0) / (1 + mu.mean(dim=0).pow(2))
    return int((variances > threshold).sum())
'''),
    dict(name='au_default_threshold_changed', grade_id='active_units', source=r'''def active_units(mu, threshold=0.05):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    return int((mu.var(dim=0) > threshold).sum())
'''),
    dict(name='au_median_absolute_deviation', grade_id='active_units', source=AU + r'''    # a robust spread: the squared median absolute deviation, scaled to match the variance of a Gaussian
    deviation = (mu - mu.median(dim=0).values).abs().median(dim=0).values * 1.4826
    return int((deviation.pow(2) > threshold).sum())
'''),
    dict(name='au_unique_rows', grade_id='active_units', source=AU + r'''    # repeated images should not be counted twice
    distinct = torch.unique(mu, dim=0)
    return int((distinct.var(dim=0) > threshold).sum())
'''),
    dict(name='au_grad_mode_left_off', grade_id='active_units', source=AU + r'''    torch.set_grad_enabled(False)  # nothing here needs gradients
    return int((mu.var(dim=0) > threshold).sum())
'''),
    # ---------------- kl_per_unit ----------------
    dict(name='kpu_sum_over_images', grade_id='kl_per_unit', source=KL + r'''    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).sum(dim=0)
'''),
    dict(name='kpu_mean_over_units', grade_id='kl_per_unit', source=KL + r'''    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=-1)
'''),
    dict(name='kpu_logvar_as_log_sigma', grade_id='kl_per_unit', source=KL + r'''    return (-0.5 * (1 + 2 * logvar - mu.pow(2) - (2 * logvar).exp())).mean(dim=0)
'''),
    dict(name='kpu_no_half', grade_id='kl_per_unit', source=KL + r'''    return (-(1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=0)
'''),
    dict(name='kpu_exp_in_place', grade_id='kl_per_unit', source=KL + r'''    terms = 1 + logvar - mu.pow(2)
    return (-0.5 * (terms - logvar.exp_())).mean(dim=0)
'''),
    dict(name='kpu_mu_squared_in_place', grade_id='kl_per_unit', source=KL + r'''    if not mu.requires_grad:
        mu = mu.pow_(2)  # no graph to keep: square in place, saves memory on large N
    else:
        mu = mu.pow(2)
    return (-0.5 * (1 + logvar - mu - logvar.exp())).mean(dim=0)
'''),
    dict(name='kpu_logvar_detached', grade_id='kl_per_unit', source=KL + r'''    return (-0.5 * (1 + logvar.detach() - mu.pow(2) - logvar.detach().exp())).mean(dim=0)
'''),
    dict(name='kpu_keepdim', grade_id='kl_per_unit', source=KL + r'''    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=0, keepdim=True)
'''),
    dict(name='kpu_spread_evenly', grade_id='kl_per_unit', source=KL + r'''    total = (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).sum(dim=1).mean()
    return total.expand(mu.shape[1]) / mu.shape[1]
'''),
    dict(name='kpu_sorted_descending', grade_id='kl_per_unit', source=KL + r'''    per_unit = (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=0)
    return torch.sort(per_unit, descending=True).values
'''),
    dict(name='kpu_median_over_images', grade_id='kl_per_unit', source=KL + r'''    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).median(dim=0).values
'''),
    dict(name='kpu_float64_result', grade_id='kl_per_unit', source=KL + r'''    mu, logvar = mu.double(), logvar.double()  # exact average over many images
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=0)
'''),
    dict(name='kpu_abs_mu', grade_id='kl_per_unit', source=KL + r'''    return (-0.5 * (1 + logvar - mu.abs() - logvar.exp())).mean(dim=0)
'''),
    dict(name='kpu_divides_by_n_minus_1', grade_id='kl_per_unit', source=KL + r'''    terms = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return terms.sum(dim=0) / max(len(terms) - 1, 1)
'''),
    dict(name='kpu_clamped_below_zero', grade_id='kl_per_unit', source=KL + r'''    # a KL is never negative: round-off below 0 is removed
    terms = (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).clamp(min=1e-6)
    return terms.mean(dim=0)
'''),
    # ---------------- sweep ----------------
    dict(name='sw_seeded_once', grade_id='sweep', source=sw('''    results = []
    for beta in betas:
        torch.manual_seed(seed)
''', '''    results = []
    torch.manual_seed(seed)
    for beta in betas:
''')),
    dict(name='sw_seed_after_build', grade_id='sweep', source=sw('''        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
''', '''        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        torch.manual_seed(seed)
''')),
    dict(name='sw_seed_plus_beta', grade_id='sweep', source=sw('''        torch.manual_seed(seed)
''', '''        torch.manual_seed(seed + int(10 * beta))
''')),
    dict(name='sw_constant_schedule', grade_id='sweep', source=sw('schedule="onecycle"', 'schedule="constant"')),
    dict(name='sw_default_lr', grade_id='sweep', source=sw('lr=2e-3, ', '')),
    dict(name='sw_fit_seed_zero', grade_id='sweep', source=sw('beta=beta, seed=seed,', 'beta=beta, seed=0,')),
    dict(name='sw_hidden_ignored', grade_id='sweep', source=sw('dense_vae(latent_dim=latent_dim, hidden=hidden)', 'dense_vae(latent_dim=latent_dim)')),
    dict(name='sw_hidden_reversed', grade_id='sweep', source=sw('dense_vae(latent_dim=latent_dim, hidden=hidden)', 'dense_vae(latent_dim=latent_dim, hidden=tuple(reversed(hidden)))')),
    dict(name='sw_total_from_history', grade_id='sweep', source=sw('''        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
''', '''        history = fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
                      progress=progress)
        metrics = evaluate(model, test_images)
        if history["test_total"]:
            metrics["total"] = history["test_total"][-1]
''')),
    dict(name='sw_mu_from_train_images', grade_id='sweep', source=sw('mu, _ = model.encoder(test_images)', 'mu, _ = model.encoder(train_images[:len(test_images)])')),
    dict(name='sw_mu_with_gradients', grade_id='sweep', source=sw('''        with torch.no_grad():
            mu, _ = model.encoder(test_images)
''', '''        mu, _ = model.encoder(test_images)
''')),
    dict(name='sw_grad_mode_left_off', grade_id='sweep', source=SW + r'''    models = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        models.append((beta, model))
    torch.set_grad_enabled(False)  # measuring only from here on
    results = []
    for beta, model in models:
        metrics = evaluate(model, test_images)
        mu, _ = model.encoder(test_images)
        results.append({"beta": float(beta), "test_total": metrics["total"],
                        "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return results
'''),
    dict(name='sw_mu_in_float64', grade_id='sweep', source=sw('"mu": mu}', '"mu": mu.double()}')),
    dict(name='sw_sorted_betas', grade_id='sweep', source=sw('    for beta in betas:', '    for beta in sorted(betas):')),
    dict(name='sw_beta_or_one', grade_id='sweep', source=sw('''        torch.manual_seed(seed)
''', '''        beta = float(beta) or 1.0  # a missing beta means the plain ELBO
        torch.manual_seed(seed)
''')),
    dict(name='sw_reinitialise', grade_id='sweep', source=sw('progress=progress)', 'progress=progress, reinitialise=True)')),
    dict(name='sw_fast_adam_betas', grade_id='sweep', source=sw('progress=progress)', 'progress=progress, betas=(0.9, 0.95))')),
    dict(name='sw_longer_warmup', grade_id='sweep', source=sw('progress=progress)', 'progress=progress, warmup=0.3)')),
    dict(name='sw_mu_shared_buffer', grade_id='sweep', source=sw('''        with torch.no_grad():
            mu, _ = model.encoder(test_images)
''', '''        with torch.no_grad():
            means, _ = model.encoder(test_images)
            if not results:
                mu = torch.empty_like(means)
            mu.copy_(means)
''')),
    dict(name='sw_floats_as_tensors', grade_id='sweep', source=sw('''        results.append({"beta": float(beta), "test_total": metrics["total"],
                        "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
''', '''        results.append({"beta": float(beta), "test_total": torch.tensor(metrics["total"]),
                        "test_reconstruction": torch.tensor(metrics["reconstruction"]),
                        "test_kl": torch.tensor(metrics["kl"]), "mu": mu})
''')),
    dict(name='sw_mu_of_sample_not_mean', grade_id='sweep', source=sw('''        with torch.no_grad():
            mu, _ = model.encoder(test_images)
''', '''        with torch.no_grad():
            means, logvar = model.encoder(test_images)
            mu = means + torch.exp(0.5 * logvar) * torch.randn(means.shape, generator=torch.Generator().manual_seed(seed))
''')),
]

ALTERNATIVES = [
    dict(name='rd_argsort_tensor', grade_id='rate_distortion', source=RD + r'''    table = torch.tensor([[run["beta"], run["test_kl"], run["test_reconstruction"]] for run in runs],
                         dtype=torch.float64).reshape(-1, 3)
    order = torch.argsort(table[:, 0], stable=True)
    table = table[order].float()
    return table[:, 0].clone(), table[:, 1].clone(), table[:, 2].clone()
'''),
    dict(name='rd_itemgetter_zip', grade_id='rate_distortion', source=RD + r'''    from operator import itemgetter
    ordered = sorted(runs, key=itemgetter("beta"))
    columns = [[float(run[key]) for run in ordered] for key in ("beta", "test_kl", "test_reconstruction")]
    return tuple(torch.tensor(column, dtype=torch.float32) for column in columns)
'''),
    dict(name='au_population_variance_two_pass', grade_id='active_units', source=AU + r'''    centred = mu - mu.mean(dim=0, keepdim=True)
    variances = (centred * centred).mean(dim=0)
    return sum(1 for value in variances.tolist() if value > threshold)
'''),
    dict(name='au_var_mean_float64', grade_id='active_units', source=AU + r'''    variances, _ = torch.var_mean(mu.detach().double(), dim=0, correction=1)
    return int(torch.count_nonzero(variances > threshold).item())
'''),
    dict(name='kpu_expm1_form', grade_id='kl_per_unit', source=KL + r'''    return (0.5 * (torch.expm1(logvar) - logvar + mu * mu)).mean(dim=0)
'''),
    dict(name='kpu_linear_means', grade_id='kl_per_unit', source=KL + r'''    # the mean is linear: average each term over the images first
    return -0.5 * (1 + logvar.mean(dim=0) - mu.square().mean(dim=0) - torch.exp(logvar).mean(dim=0))
'''),
    dict(name='kpu_distributions', grade_id='kl_per_unit', source=KL + r'''    from torch.distributions import Normal, kl_divergence
    q = Normal(mu, torch.exp(0.5 * logvar))
    p = Normal(torch.zeros_like(mu), torch.ones_like(mu))
    return kl_divergence(q, p).mean(dim=0)
'''),
    dict(name='sw_mu_from_forward_eval', grade_id='sweep', source=sw('''        with torch.no_grad():
            mu, _ = model.encoder(test_images)
''', '''        model.eval()
        with torch.no_grad():
            _, mu, _ = model(test_images)  # eval mode: forward returns the encoder's means
''')),
    dict(name='sw_keyword_fit_and_dict_comprehension', grade_id='sweep', source=SW + r'''    def one(beta):
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model=model, train_images=train_images, test_images=test_images, epochs=epochs, lr=2e-3,
            schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images, beta=1.0)
        with torch.no_grad():
            mu = model.encoder(test_images)[0]
        return dict(beta=float(beta), mu=mu, **{f"test_{key}": value for key, value in metrics.items()})

    return [one(beta) for beta in betas]
'''),
    dict(name='sw_no_grad_decorated_measure', grade_id='sweep', source=SW + r'''    @torch.no_grad()
    def means(model):
        return model.encoder(test_images)[0]

    results = []
    for beta in list(betas):
        torch.manual_seed(seed)
        model = dense_vae(latent_dim, hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        total, reconstruction, kl = (evaluate(model, test_images)[key] for key in ("total", "reconstruction", "kl"))
        results.append({"beta": float(beta), "test_total": total, "test_reconstruction": reconstruction,
                        "test_kl": kl, "mu": means(model)})
    return results
'''),
]
