"""Blind round 25: mistakes and alternatives for notebook 07_beta_study."""
NOTEBOOK = '07_beta_study'

MISTAKES = [
    # ------------------------------------------------------------------ rate_distortion
    dict(name='rd_sorts_caller_list_in_place', grade_id='rate_distortion', source=r'''
def rate_distortion(runs):
    runs.sort(key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in runs], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_no_sort', grade_id='rate_distortion', source=r'''
def rate_distortion(runs):
    betas = torch.tensor([run["beta"] for run in runs], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_sorted_descending', grade_id='rate_distortion', source=r'''
def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"], reverse=True)
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_rates_and_distortions_swapped', grade_id='rate_distortion', source=r'''
def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_distortion_is_total', grade_id='rate_distortion', source=r'''
def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_total"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_sorted_by_decreasing_rate', grade_id='rate_distortion', source=r'''
def rate_distortion(runs):
    # the rate falls as beta grows, so sorting by decreasing rate sorts by increasing beta
    ordered = sorted(runs, key=lambda run: -run["test_kl"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_sorted_by_distortion', grade_id='rate_distortion', source=r'''
def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["test_reconstruction"])  # distortion grows with beta
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_dict_by_beta_drops_repeated_betas', grade_id='rate_distortion', source=r'''
def rate_distortion(runs):
    by_beta = {run["beta"]: run for run in runs}
    betas = sorted(by_beta)
    rates = [by_beta[beta]["test_kl"] for beta in betas]
    distortions = [by_beta[beta]["test_reconstruction"] for beta in betas]
    return (torch.tensor(betas, dtype=torch.float32), torch.tensor(rates, dtype=torch.float32),
            torch.tensor(distortions, dtype=torch.float32))
'''),
    dict(name='rd_rates_from_unsorted_list', grade_id='rate_distortion', source=r'''
def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_inverse_permutation', grade_id='rate_distortion', source=r'''
def rate_distortion(runs):
    betas = torch.tensor([run["beta"] for run in runs], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)
    order = torch.argsort(betas)
    rank = torch.argsort(order)  # position of each run in the sorted order
    return betas[order], rates[rank], distortions[rank]
'''),
    dict(name='rd_float64_from_numpy', grade_id='rate_distortion', source=r'''
import numpy as np


def rate_distortion(runs):
    table = np.array([[run["beta"], run["test_kl"], run["test_reconstruction"]] for run in runs])
    table = table[np.argsort(table[:, 0], kind="stable")]
    return torch.from_numpy(table[:, 0]), torch.from_numpy(table[:, 1]), torch.from_numpy(table[:, 2])
'''),
    dict(name='rd_column_vectors', grade_id='rate_distortion', source=r'''
def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    points = torch.tensor([[run["beta"], run["test_kl"], run["test_reconstruction"]] for run in ordered],
                          dtype=torch.float32)
    betas, rates, distortions = points.split(1, dim=1)  # each (R, 1)
    return betas, rates, distortions
'''),
    dict(name='rd_squeeze_breaks_single_run', grade_id='rate_distortion', source=r'''
def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    points = torch.tensor([[run["beta"], run["test_kl"], run["test_reconstruction"]] for run in ordered],
                          dtype=torch.float32)
    betas, rates, distortions = (column.squeeze() for column in points.split(1, dim=1))
    return betas, rates, distortions
'''),
    dict(name='rd_skips_beta_zero', grade_id='rate_distortion', source=r'''
def rate_distortion(runs):
    # beta = 0 is a plain autoencoder, not a point of the VAE's curve
    ordered = sorted((run for run in runs if run["beta"] > 0), key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_memo_default_argument', grade_id='rate_distortion', source=r'''
def rate_distortion(runs, _memo={}):
    key = tuple(run["beta"] for run in runs)
    if key not in _memo:
        ordered = sorted(runs, key=lambda run: run["beta"])
        _memo[key] = (torch.tensor([run["beta"] for run in ordered], dtype=torch.float32),
                      torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32),
                      torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32))
    return _memo[key]
'''),
    dict(name='rd_rates_rounded', grade_id='rate_distortion', source=r'''
def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([round(run["test_kl"], 1) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([round(run["test_reconstruction"], 1) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    # ------------------------------------------------------------------ active_units
    dict(name='au_greater_or_equal', grade_id='active_units', source=r'''
def active_units(mu, threshold=0.01):
    return int((mu.var(dim=0) >= threshold).sum())
'''),
    dict(name='au_variance_over_units', grade_id='active_units', source=r'''
def active_units(mu, threshold=0.01):
    return int((mu.var(dim=1) > threshold).sum())
'''),
    dict(name='au_std_not_variance', grade_id='active_units', source=r'''
def active_units(mu, threshold=0.01):
    return int((mu.std(dim=0) > threshold).sum())
'''),
    dict(name='au_returns_tensor', grade_id='active_units', source=r'''
def active_units(mu, threshold=0.01):
    return (mu.var(dim=0) > threshold).sum()
'''),
    dict(name='au_second_moment_not_variance', grade_id='active_units', source=r'''
def active_units(mu, threshold=0.01):
    second_moment = (mu ** 2).mean(dim=0)  # the means are centred on 0 by the prior
    return int((second_moment > threshold).sum())
'''),
    dict(name='au_global_mean_subtracted', grade_id='active_units', source=r'''
def active_units(mu, threshold=0.01):
    variance = ((mu - mu.mean()) ** 2).mean(dim=0)
    return int((variance > threshold).sum())
'''),
    dict(name='au_row_mean_subtracted', grade_id='active_units', source=r'''
def active_units(mu, threshold=0.01):
    variance = ((mu - mu.mean(dim=1, keepdim=True)) ** 2).mean(dim=0)
    return int((variance > threshold).sum())
'''),
    dict(name='au_divides_by_latent_size', grade_id='active_units', source=r'''
def active_units(mu, threshold=0.01):
    n, d = mu.shape
    variance = ((mu - mu.mean(dim=0)) ** 2).sum(dim=0) / d
    return int((variance > threshold).sum())
'''),
    dict(name='au_transposes_when_few_rows', grade_id='active_units', source=r'''
def active_units(mu, threshold=0.01):
    if mu.shape[0] < mu.shape[1]:  # images should be the long axis
        mu = mu.T
    return int((mu.var(dim=0) > threshold).sum())
'''),
    dict(name='au_counts_inactive', grade_id='active_units', source=r'''
def active_units(mu, threshold=0.01):
    inactive = mu.var(dim=0) <= threshold
    return int(inactive.sum())
'''),
    dict(name='au_centres_argument_in_place', grade_id='active_units', source=r'''
def active_units(mu, threshold=0.01):
    mu -= mu.mean(dim=0)
    return int(((mu ** 2).mean(dim=0) > threshold).sum())
'''),
    dict(name='au_threshold_default_changed', grade_id='active_units', source=r'''
def active_units(mu, threshold=0.1):
    return int((mu.var(dim=0) > threshold).sum())
'''),
    dict(name='au_hardcoded_threshold', grade_id='active_units', source=r'''
def active_units(mu, threshold=0.01):
    return int((mu.var(dim=0) > 0.01).sum())
'''),
    dict(name='au_variance_rounded', grade_id='active_units', source=r'''
def active_units(mu, threshold=0.01):
    variance = mu.var(dim=0).round(decimals=2)
    return int((variance > threshold).sum())
'''),
    # ------------------------------------------------------------------ kl_per_unit
    dict(name='kpu_sum_over_images', grade_id='kl_per_unit', source=r'''
def kl_per_unit(mu, logvar):
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).sum(dim=0)
'''),
    dict(name='kpu_mean_over_units', grade_id='kl_per_unit', source=r'''
def kl_per_unit(mu, logvar):
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=1)
'''),
    dict(name='kpu_sign_flipped', grade_id='kl_per_unit', source=r'''
def kl_per_unit(mu, logvar):
    return (0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=0)
'''),
    dict(name='kpu_missing_half', grade_id='kl_per_unit', source=r'''
def kl_per_unit(mu, logvar):
    return (-(1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=0)
'''),
    dict(name='kpu_std_instead_of_variance', grade_id='kl_per_unit', source=r'''
def kl_per_unit(mu, logvar):
    std = torch.exp(0.5 * logvar)
    return (-0.5 * (1 + logvar - mu.pow(2) - std)).mean(dim=0)
'''),
    dict(name='kpu_mu_not_squared', grade_id='kl_per_unit', source=r'''
def kl_per_unit(mu, logvar):
    return (-0.5 * (1 + logvar - mu - logvar.exp())).mean(dim=0)
'''),
    dict(name='kpu_square_of_mean_mu', grade_id='kl_per_unit', source=r'''
def kl_per_unit(mu, logvar):
    mu_bar, logvar_bar = mu.mean(dim=0), logvar.mean(dim=0)
    return -0.5 * (1 + logvar_bar - mu_bar ** 2 - logvar.exp().mean(dim=0))
'''),
    dict(name='kpu_exp_of_mean_logvar', grade_id='kl_per_unit', source=r'''
def kl_per_unit(mu, logvar):
    logvar_bar = logvar.mean(dim=0)
    return -0.5 * (1 + logvar_bar - mu.pow(2).mean(dim=0) - logvar_bar.exp())
'''),
    dict(name='kpu_keepdim_row', grade_id='kl_per_unit', source=r'''
def kl_per_unit(mu, logvar):
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=0, keepdim=True)
'''),
    dict(name='kpu_detached', grade_id='kl_per_unit', source=r'''
def kl_per_unit(mu, logvar):
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.mean(dim=0).detach()
'''),
    dict(name='kpu_numpy_round_trip', grade_id='kl_per_unit', source=r'''
def kl_per_unit(mu, logvar):
    m, lv = mu.detach().numpy(), logvar.detach().numpy()
    kl = -0.5 * (1 + lv - m ** 2 - np.exp(lv))
    return torch.from_numpy(kl.mean(axis=0))

import numpy as np
'''),
    dict(name='kpu_n_minus_one', grade_id='kl_per_unit', source=r'''
def kl_per_unit(mu, logvar):
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.sum(dim=0) / (len(kl) - 1)
'''),
    dict(name='kpu_logvar_read_as_log_std', grade_id='kl_per_unit', source=r'''
def kl_per_unit(mu, logvar):
    variance = torch.exp(2 * logvar)
    return (-0.5 * (1 + logvar - mu.pow(2) - variance)).mean(dim=0)
'''),
    dict(name='kpu_exp_in_place_on_argument', grade_id='kl_per_unit', source=r'''
def kl_per_unit(mu, logvar):
    log_variance = logvar.clone()
    variance = logvar.exp_()
    return (-0.5 * (1 + log_variance - mu.pow(2) - variance)).mean(dim=0)
'''),
    dict(name='kpu_float16', grade_id='kl_per_unit', source=r'''
def kl_per_unit(mu, logvar):
    mu, logvar = mu.half(), logvar.half()  # halves the memory of the (N, d) intermediate
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=0).float()
'''),
    dict(name='kpu_float64_accumulator', grade_id='kl_per_unit', source=r'''
def kl_per_unit(mu, logvar):
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.mean(dim=0, dtype=torch.float64)
'''),
    # ------------------------------------------------------------------ sweep
    dict(name='sweep_seeds_once_before_loop', grade_id='sweep', source=r'''
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
'''),
    dict(name='sweep_one_model_for_all_betas', grade_id='sweep', source=r'''
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
'''),
    dict(name='sweep_seed_not_passed_to_fit', grade_id='sweep', source=r'''
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    dict(name='sweep_beta_not_passed_to_fit', grade_id='sweep', source=r'''
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    dict(name='sweep_evaluates_at_training_beta', grade_id='sweep', source=r'''
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
'''),
    dict(name='sweep_uses_fit_history', grade_id='sweep', source=r'''
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    dict(name='sweep_default_lr', grade_id='sweep', source=r'''
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    dict(name='sweep_constant_schedule', grade_id='sweep', source=r'''
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    dict(name='sweep_progress_not_passed', grade_id='sweep', source=r'''
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=False)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sweep_mu_keeps_gradients', grade_id='sweep', source=r'''
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
'''),
    dict(name='sweep_keeps_logvar_as_mu', grade_id='sweep', source=r'''
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu = model.encoder(test_images)[-1]
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sweep_mu_of_training_images', grade_id='sweep', source=r'''
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(train_images[:len(test_images)])
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sweep_kl_and_reconstruction_keys_swapped', grade_id='sweep', source=r'''
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        total, reconstruction, kl = evaluate(model, test_images).values()
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": total, "test_kl": reconstruction,
                     "test_reconstruction": kl, "mu": mu})
    return runs
'''),
    dict(name='sweep_total_recomputed_with_training_beta', grade_id='sweep', source=r'''
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
        runs.append({"beta": float(beta), "test_total": metrics["reconstruction"] + beta * metrics["kl"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sweep_betas_sorted', grade_id='sweep', source=r'''
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
'''),
    dict(name='sweep_repeated_betas_trained_once', grade_id='sweep', source=r'''
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    done = {}
    for beta in dict.fromkeys(betas):  # no need to train the same beta twice
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        done[beta] = {"beta": float(beta), "test_total": metrics["total"],
                      "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu}
    return list(done.values())
'''),
    dict(name='sweep_latent_dim_not_passed', grade_id='sweep', source=r'''
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sweep_hidden_not_passed', grade_id='sweep', source=r'''
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
'''),
    dict(name='sweep_one_epoch_less', grade_id='sweep', source=r'''
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs - 1, lr=2e-3, schedule="onecycle", beta=beta,
            seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sweep_seeds_after_building', grade_id='sweep', source=r'''
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
'''),
    dict(name='sweep_deepcopy_of_one_template', grade_id='sweep', source=r'''
import copy


def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    torch.manual_seed(seed)
    template = dense_vae(latent_dim=latent_dim, hidden=hidden)  # the same initial weights for every beta
    runs = []
    for beta in betas:
        model = copy.deepcopy(template)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sweep_train_and_test_swapped', grade_id='sweep', source=r'''
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, test_images, train_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sweep_seed_plus_index', grade_id='sweep', source=r'''
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for index, beta in enumerate(betas):
        torch.manual_seed(seed + index)  # a different, reproducible seed per model
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
    dict(name='sweep_hardcoded_manual_seed_zero', grade_id='sweep', source=r'''
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
'''),
    dict(name='sweep_reinitialise', grade_id='sweep', source=r'''
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
'''),
    dict(name='sweep_yields_runs', grade_id='sweep', source=r'''
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        yield {"beta": float(beta), "test_total": metrics["total"],
               "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu}
'''),
    dict(name='sweep_mu_float16', grade_id='sweep', source=r'''
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
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"],
                     "mu": mu.half()})  # the means are only plotted: half the memory
    return runs
'''),
    dict(name='sweep_metrics_rounded', grade_id='sweep', source=r'''
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = {key: round(value, 2) for key, value in evaluate(model, test_images).items()}
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sweep_mu_of_first_thousand', grade_id='sweep', source=r'''
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images[:1000])  # like the cached studies
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sweep_batch_size_64', grade_id='sweep', source=r'''
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, batch_size=64, lr=2e-3, schedule="onecycle", beta=beta,
            seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sweep_kl_weighted_by_beta', grade_id='sweep', source=r'''
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
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": beta * metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sweep_mu_sampled_in_train_mode', grade_id='sweep', source=r'''
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, logvar = model.encoder(test_images)
            codes = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)  # the codes the decoder sees
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": codes})
    return runs
'''),
    dict(name='sweep_fit_called_once_per_epoch', grade_id='sweep', source=r'''
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        for epoch in range(epochs):  # one epoch at a time, to watch the model improve
            fit(model, train_images, test_images, 1, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
                progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
]

ALTERNATIVES = [
    dict(name='rd_itemgetter_and_stack', grade_id='rate_distortion', source=r'''
from operator import itemgetter


def rate_distortion(runs):
    ordered = sorted(runs, key=itemgetter("beta"))
    columns = [[float(run[key]) for run in ordered] for key in ("beta", "test_kl", "test_reconstruction")]
    betas, rates, distortions = (torch.tensor(column, dtype=torch.float32) for column in columns)
    return betas, rates, distortions
'''),
    dict(name='rd_argsort_on_tensors', grade_id='rate_distortion', source=r'''
def rate_distortion(runs):
    betas = torch.tensor([run["beta"] for run in runs], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)
    order = torch.argsort(betas, stable=True)
    return betas[order], rates[order], distortions[order]
'''),
    dict(name='rd_copy_then_sort_in_place', grade_id='rate_distortion', source=r'''
def rate_distortion(runs):
    ordered = list(runs)
    ordered.sort(key=lambda run: run["beta"])
    betas, rates, distortions = [], [], []
    for run in ordered:
        betas.append(run["beta"])
        rates.append(run["test_kl"])
        distortions.append(run["test_reconstruction"])
    return (torch.tensor(betas).float(), torch.tensor(rates).float(), torch.tensor(distortions).float())
'''),
    dict(name='au_std_against_sqrt_threshold', grade_id='active_units', source=r'''
import math


def active_units(mu, threshold=0.01):
    variance = ((mu - mu.mean(dim=0, keepdim=True)) ** 2).sum(dim=0) / (len(mu) - 1)
    return sum(1 for value in variance.tolist() if value > threshold)
'''),
    dict(name='au_population_variance_count_nonzero', grade_id='active_units', source=r'''
def active_units(mu, threshold=0.01):
    variance = torch.var(mu, dim=0, correction=0)
    return int(torch.count_nonzero(variance > threshold).item())
'''),
    dict(name='kpu_distributions', grade_id='kl_per_unit', source=r'''
from torch.distributions import Normal, kl_divergence


def kl_per_unit(mu, logvar):
    q = Normal(mu, torch.exp(0.5 * logvar))
    prior = Normal(torch.zeros_like(mu), torch.ones_like(mu))
    return kl_divergence(q, prior).mean(dim=0)
'''),
    dict(name='kpu_mean_of_each_term', grade_id='kl_per_unit', source=r'''
def kl_per_unit(mu, logvar):
    # the mean is linear: average each term over the images, then combine
    return 0.5 * (mu.pow(2).mean(dim=0) + logvar.exp().mean(dim=0) - logvar.mean(dim=0) - 1)
'''),
    dict(name='sweep_test_every_epoch_off_and_forward_mu', grade_id='sweep', source=r'''
def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim, hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress, test_every_epoch=False)  # only the final numbers matter here
        measured = evaluate(model, test_images)
        model.eval()
        with torch.no_grad():
            _, mu, _ = model(test_images)  # eval mode: the second output is the encoder mean
        runs.append(dict(beta=float(beta), mu=mu, **{f"test_{key}": value for key, value in measured.items()}))
    return runs
'''),
    dict(name='sweep_detached_mu_via_helper', grade_id='sweep', source=r'''
def _train_and_measure(beta, train_images, test_images, epochs, latent_dim, hidden, seed, progress):
    torch.manual_seed(seed)
    model = dense_vae(latent_dim=latent_dim, hidden=hidden)
    fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
        progress=progress)
    metrics = evaluate(model, test_images, beta=1.0)
    mu = model.encoder(test_images)[0].detach()
    return {"beta": float(beta), "test_total": float(metrics["total"]),
            "test_reconstruction": float(metrics["reconstruction"]), "test_kl": float(metrics["kl"]), "mu": mu}


def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    return [_train_and_measure(beta, train_images, test_images, epochs, latent_dim, hidden, seed, progress)
            for beta in betas]
'''),
    dict(name='rd_columns_of_one_table', grade_id='rate_distortion', source=r'''
def rate_distortion(runs):
    table = torch.tensor([(run["beta"], run["test_kl"], run["test_reconstruction"]) for run in runs],
                         dtype=torch.float32).reshape(-1, 3)
    table = table[torch.argsort(table[:, 0], stable=True)]
    return table[:, 0], table[:, 1], table[:, 2]
'''),
    dict(name='sweep_module_qualified_calls', grade_id='sweep', source=r'''
import vaecourse.models
import vaecourse.training


def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    runs = []
    for beta in list(betas):
        torch.manual_seed(seed)
        model = vaecourse.models.dense_vae(latent_dim=latent_dim, hidden=hidden)
        vaecourse.training.fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta,
                               seed=seed, progress=progress)
        result = vaecourse.training.evaluate(model, test_images)
        with torch.no_grad():
            mu = model.encoder(test_images)[0]
        runs.append({"beta": float(beta), "test_total": result["total"], "test_reconstruction": result["reconstruction"],
                     "test_kl": result["kl"], "mu": mu})
    return runs
'''),
]
