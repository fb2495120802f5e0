"""Blind round 20: mistakes and alternatives for notebook 07_beta_study."""
NOTEBOOK = '07_beta_study'

# ---------------------------------------------------------------------------------------------------------
# rate_distortion
# ---------------------------------------------------------------------------------------------------------
RD = []
RD.append(dict(name='rd_sorts_list_in_place', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    runs.sort(key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in runs], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)
    return betas, rates, distortions
'''))
RD.append(dict(name='rd_not_sorted', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    betas = torch.tensor([run["beta"] for run in runs], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)
    return betas, rates, distortions
'''))
RD.append(dict(name='rd_sorted_descending', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"], reverse=True)
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''))
RD.append(dict(name='rd_rates_distortions_swapped', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''))
RD.append(dict(name='rd_distortion_is_total', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_total"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''))
RD.append(dict(name='rd_distortion_total_minus_beta_kl', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    # total = D + beta R, so D = total - beta R
    distortions = torch.tensor([run["test_total"] - run["beta"] * run["test_kl"] for run in ordered],
                               dtype=torch.float32)
    return betas, rates, distortions
'''))
RD.append(dict(name='rd_float64_via_numpy', grade_id='rate_distortion', source=r'''import numpy as np


def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.from_numpy(np.array([run["beta"] for run in ordered]))
    rates = torch.from_numpy(np.array([run["test_kl"] for run in ordered]))
    distortions = torch.from_numpy(np.array([run["test_reconstruction"] for run in ordered]))
    return betas, rates, distortions
'''))
RD.append(dict(name='rd_float16', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float16)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float16)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float16)
    return betas, rates, distortions
'''))
RD.append(dict(name='rd_betas_sorted_alone', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    betas = torch.tensor(sorted(run["beta"] for run in runs), dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)
    return betas, rates, distortions
'''))
RD.append(dict(name='rd_sorted_by_decreasing_rate', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    # a larger beta gives a smaller rate: sort by decreasing rate
    ordered = sorted(runs, key=lambda run: -run["test_kl"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''))
RD.append(dict(name='rd_sorted_as_strings', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: f"{run['beta']:g}")
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''))
RD.append(dict(name='rd_returns_lists', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = [float(run["beta"]) for run in ordered]
    rates = [float(run["test_kl"]) for run in ordered]
    distortions = [float(run["test_reconstruction"]) for run in ordered]
    return betas, rates, distortions
'''))
RD.append(dict(name='rd_return_order_betas_distortions_rates', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, distortions, rates
'''))
RD.append(dict(name='rd_dict_by_beta_drops_repeats', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    by_beta = {run["beta"]: run for run in runs}
    ordered = [by_beta[beta] for beta in sorted(by_beta)]
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''))
RD.append(dict(name='rd_drops_beta_zero', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    # beta = 0 is an autoencoder, not a point of the curve (and the rate axis is logarithmic)
    ordered = sorted((run for run in runs if run["beta"] > 0), key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''))
RD.append(dict(name='rd_rate_from_kl_per_unit', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.stack([run["kl_per_unit"].sum() for run in ordered]).float()
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''))
RD.append(dict(name='rd_pops_keys_from_runs', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    points = [(run["beta"], run.pop("test_kl"), run.pop("test_reconstruction")) for run in ordered]
    betas = torch.tensor([p[0] for p in points], dtype=torch.float32)
    rates = torch.tensor([p[1] for p in points], dtype=torch.float32)
    distortions = torch.tensor([p[2] for p in points], dtype=torch.float32)
    return betas, rates, distortions
'''))
RD.append(dict(name='rd_rates_not_reordered', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    betas = torch.tensor([run["beta"] for run in runs], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)
    order = torch.argsort(betas)
    return betas[order], rates, distortions[order]
'''))

RD_ALT = []
RD_ALT.append(dict(name='rd_alt_stable_argsort', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    betas = torch.tensor([run["beta"] for run in runs], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)
    order = torch.argsort(betas, stable=True)
    return betas[order], rates[order], distortions[order]
'''))
RD_ALT.append(dict(name='rd_alt_copy_then_sort', grade_id='rate_distortion', source=r'''import operator


def rate_distortion(runs):
    ordered = list(runs)
    ordered.sort(key=operator.itemgetter("beta"))
    columns = [[float(run[key]) for run in ordered] for key in ("beta", "test_kl", "test_reconstruction")]
    betas, rates, distortions = (torch.tensor(column, dtype=torch.float32) for column in columns)
    return betas, rates, distortions
'''))
RD_ALT.append(dict(name='rd_alt_float64_then_float', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    ordered = sorted(runs, key=lambda run: run["beta"])
    table = torch.tensor([[run["beta"], run["test_kl"], run["test_reconstruction"]] for run in ordered],
                         dtype=torch.float64).reshape(-1, 3)
    table = table.to(torch.float32)
    return table[:, 0].clone(), table[:, 1].clone(), table[:, 2].clone()
'''))
RD_ALT.append(dict(name='rd_alt_numpy_stable', grade_id='rate_distortion', source=r'''import numpy as np


def rate_distortion(runs):
    betas = np.array([run["beta"] for run in runs], dtype=np.float32)
    rates = np.array([run["test_kl"] for run in runs], dtype=np.float32)
    distortions = np.array([run["test_reconstruction"] for run in runs], dtype=np.float32)
    order = np.argsort(betas, kind="stable")
    return torch.from_numpy(betas[order]), torch.from_numpy(rates[order]), torch.from_numpy(distortions[order])
'''))

# ---------------------------------------------------------------------------------------------------------
# active_units
# ---------------------------------------------------------------------------------------------------------
AU = []
AU.append(dict(name='au_greater_or_equal', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    return int((mu.var(dim=0) >= threshold).sum())
'''))
AU.append(dict(name='au_variance_over_units', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    return int((mu.var(dim=1) > threshold).sum())
'''))
AU.append(dict(name='au_returns_tensor', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    return (mu.var(dim=0) > threshold).sum()
'''))
AU.append(dict(name='au_std_against_threshold', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    return int((mu.std(dim=0) > threshold).sum())
'''))
AU.append(dict(name='au_counts_inactive', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    return int((mu.var(dim=0) <= threshold).sum())
'''))
AU.append(dict(name='au_uncentred_second_moment', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    # inactive units have mu close to 0: their mean square is small
    return int((mu.pow(2).mean(dim=0) > threshold).sum())
'''))
AU.append(dict(name='au_default_threshold_changed', grade_id='active_units', source=r'''def active_units(mu, threshold=0.1):
    return int((mu.var(dim=0) > threshold).sum())
'''))
AU.append(dict(name='au_threshold_hardcoded', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    return int((mu.var(dim=0) > 0.01).sum())
'''))
AU.append(dict(name='au_mean_abs_mu', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    return int((mu.abs().mean(dim=0) > threshold).sum())
'''))
AU.append(dict(name='au_global_variance', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    return mu.shape[1] if float(mu.var()) > threshold else 0
'''))
AU.append(dict(name='au_squeeze_batch_of_one', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    mu = mu.squeeze()
    variances = mu.var(dim=0, unbiased=False)
    return int((variances > threshold).sum())
'''))
AU.append(dict(name='au_fraction_active', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    return float((mu.var(dim=0) > threshold).float().mean())
'''))
AU.append(dict(name='au_centres_in_place', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    mu -= mu.mean(dim=0, keepdim=True)
    variances = mu.pow(2).sum(dim=0) / (len(mu) - 1)
    return int((variances > threshold).sum())
'''))
AU.append(dict(name='au_range_instead_of_variance', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    spread = mu.max(dim=0).values - mu.min(dim=0).values
    return int((spread > threshold).sum())
'''))
AU.append(dict(name='au_first_1000_images', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    return int((mu[:1000].var(dim=0) > threshold).sum())
'''))

AU_ALT = []
AU_ALT.append(dict(name='au_alt_std_against_sqrt', grade_id='active_units', source=r'''import math


def active_units(mu, threshold=0.01):
    return int(torch.count_nonzero(mu.std(dim=0) > math.sqrt(threshold)))
'''))
AU_ALT.append(dict(name='au_alt_population_variance_loop', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    count = 0
    for unit in range(mu.shape[1]):
        column = mu[:, unit]
        if ((column - column.mean()) ** 2).mean().item() > threshold:
            count += 1
    return count
'''))
AU_ALT.append(dict(name='au_alt_nonzero_len', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    variances = torch.var(mu.double(), dim=0, correction=0)
    return len(torch.nonzero(variances > threshold))
'''))

# ---------------------------------------------------------------------------------------------------------
# kl_per_unit
# ---------------------------------------------------------------------------------------------------------
KL = []
KL.append(dict(name='klu_sum_over_images', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).sum(dim=0)
'''))
KL.append(dict(name='klu_mean_over_units', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=1)
'''))
KL.append(dict(name='klu_positive_half', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    return (0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=0)
'''))
KL.append(dict(name='klu_missing_half', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    return (-(1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=0)
'''))
KL.append(dict(name='klu_std_instead_of_variance', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    sigma = torch.exp(0.5 * logvar)
    return (-0.5 * (1 + logvar - mu.pow(2) - sigma)).mean(dim=0)
'''))
KL.append(dict(name='klu_variance_squared', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp().pow(2))).mean(dim=0)
'''))
KL.append(dict(name='klu_mu_not_squared', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    return (-0.5 * (1 + logvar - mu - logvar.exp())).mean(dim=0)
'''))
KL.append(dict(name='klu_scalar_mean', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean()
'''))
KL.append(dict(name='klu_keepdim', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=0, keepdim=True)
'''))
KL.append(dict(name='klu_alias_adds_into_logvar', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    kl = logvar
    kl += 1 - mu.pow(2) - logvar.exp()
    return (-0.5 * kl).mean(dim=0)
'''))
KL.append(dict(name='klu_alias_squares_mu_in_place', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    mu_squared = mu
    mu_squared *= mu
    return (-0.5 * (1 + logvar - mu_squared - logvar.exp())).mean(dim=0)
'''))
KL.append(dict(name='klu_no_grad', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    with torch.no_grad():  # a statistic of the trained model
        return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=0)
'''))
KL.append(dict(name='klu_numpy_round_trip', grade_id='kl_per_unit', source=r'''import numpy as np


def kl_per_unit(mu, logvar):
    m, lv = mu.detach().cpu().numpy(), logvar.detach().cpu().numpy()
    return torch.from_numpy((-0.5 * (1 + lv - m ** 2 - np.exp(lv))).mean(axis=0))
'''))
KL.append(dict(name='klu_float64_mean', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=0, dtype=torch.float64)
'''))
KL.append(dict(name='klu_kl_of_averaged_parameters', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    mu, logvar = mu.mean(dim=0), logvar.mean(dim=0)
    return -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
'''))
KL.append(dict(name='klu_averages_logvar_before_exp', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    mean_logvar = logvar.mean(dim=0)
    return -0.5 * (1 + mean_logvar - mu.pow(2).mean(dim=0) - mean_logvar.exp())
'''))
KL.append(dict(name='klu_squeeze_at_end', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=0).squeeze()
'''))
KL.append(dict(name='klu_divide_by_n_minus_one', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.sum(dim=0) / (len(kl) - 1)
'''))
KL.append(dict(name='klu_clamped_logvar', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    logvar = logvar.clamp(-10.0, 10.0)  # avoid overflow of exp
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=0)
'''))

KL_ALT = []
KL_ALT.append(dict(name='klu_alt_distributions', grade_id='kl_per_unit', source=r'''from torch.distributions import Normal, kl_divergence


def kl_per_unit(mu, logvar):
    q = Normal(mu, torch.exp(0.5 * logvar))
    p = Normal(torch.zeros_like(mu), torch.ones_like(mu))
    return kl_divergence(q, p).mean(dim=0)
'''))
KL_ALT.append(dict(name='klu_alt_rearranged', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    n = mu.shape[0]
    per_unit = 0.5 * (mu * mu + torch.exp(logvar) - logvar - 1)
    return per_unit.sum(dim=0) / n
'''))
KL_ALT.append(dict(name='klu_alt_einsum_mean', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    terms = 1 + logvar - mu ** 2 - torch.exp(logvar)
    weights = torch.full((terms.shape[0],), -0.5 / terms.shape[0], dtype=terms.dtype)
    return torch.einsum("n,nd->d", weights, terms)
'''))

# ---------------------------------------------------------------------------------------------------------
# sweep
# ---------------------------------------------------------------------------------------------------------
SW = []
SW_HEAD = '''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
'''


def _sweep(body):
    return SW_HEAD + body


SW.append(dict(name='sw_seed_once_before_loop', grade_id='sweep', source=_sweep(r'''    runs = []
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
''')))
SW.append(dict(name='sw_model_built_once', grade_id='sweep', source=_sweep(r'''    runs = []
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
''')))
SW.append(dict(name='sw_seed_after_building', grade_id='sweep', source=_sweep(r'''    runs = []
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
''')))
SW.append(dict(name='sw_fit_without_seed', grade_id='sweep', source=_sweep(r'''    runs = []
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
''')))
SW.append(dict(name='sw_default_lr', grade_id='sweep', source=_sweep(r'''    runs = []
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
''')))
SW.append(dict(name='sw_constant_schedule', grade_id='sweep', source=_sweep(r'''    runs = []
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
''')))
SW.append(dict(name='sw_beta_not_passed_to_fit', grade_id='sweep', source=_sweep(r'''    runs = []
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
''')))
SW.append(dict(name='sw_evaluate_at_training_beta', grade_id='sweep', source=_sweep(r'''    runs = []
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
''')))
SW.append(dict(name='sw_mu_with_gradients', grade_id='sweep', source=_sweep(r'''    runs = []
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
''')))
SW.append(dict(name='sw_mu_of_train_images', grade_id='sweep', source=_sweep(r'''    runs = []
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
''')))
SW.append(dict(name='sw_keeps_logvar', grade_id='sweep', source=_sweep(r'''    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu = model.encoder(test_images)[1]
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
''')))
SW.append(dict(name='sw_betas_sorted', grade_id='sweep', source=_sweep(r'''    runs = []
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
''')))
SW.append(dict(name='sw_hidden_not_passed', grade_id='sweep', source=_sweep(r'''    runs = []
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
''')))
SW.append(dict(name='sw_latent_dim_hardcoded', grade_id='sweep', source=_sweep(r'''    runs = []
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
''')))
SW.append(dict(name='sw_hidden_reversed', grade_id='sweep', source=_sweep(r'''    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=tuple(reversed(hidden)))
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
''')))
SW.append(dict(name='sw_fit_one_epoch_at_a_time', grade_id='sweep', source=_sweep(r'''    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        for epoch in range(epochs):
            fit(model, train_images, test_images, 1, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
                progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
''')))
SW.append(dict(name='sw_progress_not_passed', grade_id='sweep', source=_sweep(r'''    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
''')))
SW.append(dict(name='sw_mu_as_numpy', grade_id='sweep', source=_sweep(r'''    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu.numpy()})
    return runs
''')))
SW.append(dict(name='sw_metrics_as_tensors', grade_id='sweep', source=_sweep(r'''    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = {key: torch.tensor(value) for key, value in evaluate(model, test_images).items()}
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
''')))
SW.append(dict(name='sw_one_dict_shared', grade_id='sweep', source=_sweep(r'''    runs = []
    run = {}
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
''')))
SW.append(dict(name='sw_return_inside_loop', grade_id='sweep', source=_sweep(r'''    runs = []
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
''')))
SW.append(dict(name='sw_seed_plus_index', grade_id='sweep', source=_sweep(r'''    runs = []
    for index, beta in enumerate(betas):
        torch.manual_seed(seed + index)  # a different seed per model
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed + index,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
''')))
SW.append(dict(name='sw_mu_before_training', grade_id='sweep', source=_sweep(r'''    runs = []
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
''')))
SW.append(dict(name='sw_reinitialise_true', grade_id='sweep', source=_sweep(r'''    runs = []
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
''')))
SW.append(dict(name='sw_samples_before_training_consume_rng', grade_id='sweep', source=_sweep(r'''    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        before = model.generate(4)  # a look at the untrained model
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
''')))
SW.append(dict(name='sw_deepcopy_of_one_seeded_model', grade_id='sweep', source=r'''import copy


def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    torch.manual_seed(seed)
    initial = dense_vae(latent_dim=latent_dim, hidden=hidden)  # the same initial weights for every beta
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
'''))
SW.append(dict(name='sw_mu_first_1000_images', grade_id='sweep', source=_sweep(r'''    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images[:1000])  # as in the cached studies
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
''')))
SW.append(dict(name='sw_mu_sampled_z', grade_id='sweep', source=_sweep(r'''    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mean, logvar = model.encoder(test_images)
            mu = mean + torch.exp(0.5 * logvar) * torch.randn_like(mean)  # the code of each test image
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
''')))

SW_ALT = []
SW_ALT.append(dict(name='sw_alt_model_forward_mu', grade_id='sweep', source=_sweep(r'''    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images, beta=1.0)
        with torch.no_grad():
            model.eval()  # forward returns the encoder's mean as its second output
            _, mu, _ = model(test_images)
        runs.append({"beta": float(beta), "test_total": float(metrics["total"]),
                     "test_reconstruction": float(metrics["reconstruction"]), "test_kl": float(metrics["kl"]),
                     "mu": mu})
    return runs
''')))
SW_ALT.append(dict(name='sw_alt_helper_and_comprehension', grade_id='sweep', source=r'''def _train_one(beta, train_images, test_images, epochs, latent_dim, hidden, seed, progress):
    torch.manual_seed(seed)
    model = dense_vae(latent_dim=latent_dim, hidden=hidden)
    fit(model, train_images, test_images, epochs=epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
        progress=progress)
    run = {"beta": float(beta)}
    run.update({f"test_{key}": value for key, value in evaluate(model, test_images).items()})
    with torch.no_grad():
        run["mu"] = model.encoder(test_images)[0]
    return run


def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
    return [_train_one(beta, train_images, test_images, epochs, latent_dim, hidden, seed, progress) for beta in betas]
'''))
SW_ALT.append(dict(name='sw_alt_inference_mode', grade_id='sweep', source=_sweep(r'''    runs = []
    for beta in list(betas):
        torch.manual_seed(seed)
        model = dense_vae(latent_dim, hidden)
        fit(model, train_images, test_images, epochs, 128, 2e-3, "onecycle", beta, seed, progress)
        metrics = evaluate(model, test_images)
        with torch.inference_mode():
            mu = model.encoder(test_images)[0]
        runs.append(dict(beta=float(beta), test_total=metrics["total"], test_reconstruction=metrics["reconstruction"],
                         test_kl=metrics["kl"], mu=mu))
    return runs
''')))
SW_ALT.append(dict(name='sw_alt_detach_mu', grade_id='sweep', source=_sweep(r'''    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu = model.encoder(test_images)[0].detach().clone()
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
''')))

MISTAKES = RD + AU + KL + SW
ALTERNATIVES = RD_ALT + AU_ALT + KL_ALT + SW_ALT
