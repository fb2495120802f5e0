"""Blind round 41: mistakes and alternatives for notebook 07_beta_study."""
NOTEBOOK = '07_beta_study'
MISTAKES = [
    dict(name='rd_descending_beta', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    ordered = sorted(runs, key=lambda run: run["beta"], reverse=True)
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions'''),
    dict(name='rd_sorted_by_decreasing_rate', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    # the rate falls as beta grows, so sorting by rate (largest first) is sorting by beta
    ordered = sorted(runs, key=lambda run: -run["test_kl"])
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions'''),
    dict(name='rd_sorted_by_increasing_distortion', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    # the distortion rises with beta
    ordered = sorted(runs, key=lambda run: run["test_reconstruction"])
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions'''),
    dict(name='rd_sorted_by_beta_string', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    ordered = sorted(runs, key=lambda run: f"{run['beta']:g}")
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions'''),
    dict(name='rd_sorted_by_int_beta', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    ordered = sorted(runs, key=lambda run: int(run["beta"]))
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions'''),
    dict(name='rd_rates_distortions_swapped', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions'''),
    dict(name='rd_distortion_is_total', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run.get("test_total", run["test_reconstruction"])) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions'''),
    dict(name='rd_float64', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float64)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float64)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float64)
    return betas, rates, distortions'''),
    dict(name='rd_each_tensor_sorted_separately', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    betas = torch.sort(torch.tensor([float(run["beta"]) for run in runs], dtype=torch.float32)).values
    rates = torch.sort(torch.tensor([float(run["test_kl"]) for run in runs], dtype=torch.float32), descending=True).values
    distortions = torch.sort(torch.tensor([float(run["test_reconstruction"]) for run in runs], dtype=torch.float32)).values
    return betas, rates, distortions'''),
    dict(name='rd_sorts_caller_list', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    runs.sort(key=lambda run: run["beta"])
    ordered = runs
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions'''),
    dict(name='rd_values_from_unsorted_runs', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in runs], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in runs], dtype=torch.float32)
    return betas, rates, distortions'''),
    dict(name='rd_lookup_by_beta_index', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    betas_list = [run["beta"] for run in runs]
    order = [betas_list.index(beta) for beta in sorted(betas_list)]  # the run of each sorted beta
    ordered = [runs[i] for i in order]
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions'''),
    dict(name='rd_averages_runs_sharing_beta', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    groups = {}
    for run in runs:
        groups.setdefault(float(run["beta"]), []).append(run)
    keys = sorted(groups)
    betas = torch.tensor(keys, dtype=torch.float32)
    rates = torch.tensor([sum(r["test_kl"] for r in groups[b]) / len(groups[b]) for b in keys], dtype=torch.float32)
    distortions = torch.tensor([sum(r["test_reconstruction"] for r in groups[b]) / len(groups[b]) for b in keys],
                               dtype=torch.float32)
    return betas, rates, distortions'''),
    dict(name='rd_drops_beta_zero_for_log_axis', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    ordered = sorted((run for run in runs if run["beta"] > 0), key=lambda run: run["beta"])
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions'''),
    dict(name='rd_rates_in_bits', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    import math
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) / math.log(2) for run in ordered], dtype=torch.float32)  # bits
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions'''),
    dict(name='rd_rates_through_bfloat16', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.bfloat16).float()
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.bfloat16).float()
    return betas, rates, distortions'''),
    dict(name='rd_empty_runs_crash_stack', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    ordered = sorted(runs, key=lambda run: run["beta"])
    points = torch.stack([torch.tensor([run["beta"], run["test_kl"], run["test_reconstruction"]]) for run in ordered])
    return points[:, 0].float().contiguous(), points[:, 1].float().contiguous(), points[:, 2].float().contiguous()'''),
    dict(name='rd_single_run_zero_dim', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32).squeeze()
    rates = torch.tensor([float(run["test_kl"]) for run in ordered], dtype=torch.float32).squeeze()
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in ordered], dtype=torch.float32).squeeze()
    return betas, rates, distortions'''),
    dict(name='rd_pops_keys_from_runs', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([float(run["beta"]) for run in ordered], dtype=torch.float32)
    rates = torch.tensor([float(run.pop("test_kl")) for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([float(run.pop("test_reconstruction")) for run in ordered], dtype=torch.float32)
    return betas, rates, distortions'''),
    dict(name='rd_cached_by_betas_tuple', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    key = tuple(run["beta"] for run in runs)
    cache = rate_distortion.__dict__.setdefault("cache", {})
    if key not in cache:
        ordered = sorted(runs, key=lambda run: run["beta"])
        cache[key] = tuple(torch.tensor([float(run[name]) for run in ordered], dtype=torch.float32)
                           for name in ("beta", "test_kl", "test_reconstruction"))
    return tuple(t.clone() for t in cache[key])'''),
    dict(name='rd_column_vectors', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    ordered = sorted(runs, key=lambda run: run["beta"])
    table = torch.tensor([[run["beta"], run["test_kl"], run["test_reconstruction"]] for run in ordered], dtype=torch.float32)
    return table[:, 0:1], table[:, 1:2], table[:, 2:3]'''),
    dict(name='au_greater_or_equal', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    return int((mu.var(dim=0) >= threshold).sum())'''),
    dict(name='au_variance_over_units', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    return int((mu.var(dim=1) > threshold).sum())'''),
    dict(name='au_std_not_variance', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    return int((mu.std(dim=0) > threshold).sum())'''),
    dict(name='au_returns_tensor', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    return (mu.var(dim=0) > threshold).sum()'''),
    dict(name='au_second_moment', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    # Var(mu_u) with the mean of mu_u taken as 0 (the prior's mean)
    return int((mu.pow(2).mean(dim=0) > threshold).sum())'''),
    dict(name='au_scalar_variance', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    return mu.shape[1] if float(mu.var()) > threshold else 0'''),
    dict(name='au_mean_abs_deviation', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    spread = (mu - mu.mean(dim=0)).abs().mean(dim=0)
    return int((spread > threshold).sum())'''),
    dict(name='au_range', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    spread = mu.max(dim=0).values - mu.min(dim=0).values
    return int((spread > threshold).sum())'''),
    dict(name='au_about_median', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    spread = (mu - mu.median(dim=0).values).pow(2).mean(dim=0)
    return int((spread > threshold).sum())'''),
    dict(name='au_first_ten_units', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    return int((mu[:, :10].var(dim=0) > threshold).sum())'''),
    dict(name='au_counts_shifted_means', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    variance, mean = mu.var(dim=0), mu.mean(dim=0)
    # a unit whose mean has left the prior's 0 is in use too
    return int(((variance > threshold) | (mean.abs() > 0.1)).sum())'''),
    dict(name='au_relative_variance', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    variance = mu.var(dim=0)
    return int((variance / variance.sum() > threshold).sum())'''),
    dict(name='au_numpy_int', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    return (mu.var(dim=0) > threshold).detach().numpy().sum()'''),
    dict(name='au_float_count', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    return float((mu.var(dim=0) > threshold).sum())'''),
    dict(name='au_negative_threshold_floored', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    threshold = max(threshold, 0.0)
    return int((mu.var(dim=0) > threshold).sum())'''),
    dict(name='au_transposes_wide_input', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    if mu.shape[0] < mu.shape[1]:  # given as (d, N)
        mu = mu.T
    return int((mu.var(dim=0) > threshold).sum())'''),
    dict(name='au_single_row_all_active', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    if len(mu) < 2:
        return mu.shape[1]
    return int((mu.var(dim=0) > threshold).sum())'''),
    dict(name='au_variance_of_rounded_means', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    return int((mu.round(decimals=2).var(dim=0) > threshold).sum())'''),
    dict(name='au_standardised_threshold', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    # the variance relative to the unit's scale
    variance = mu.var(dim=0)
    scale = mu.abs().max(dim=0).values.clamp_min(1e-12)
    return int((variance / scale > threshold).sum())'''),
    dict(name='kl_summed_over_images', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).sum(dim=0)'''),
    dict(name='kl_mean_over_units', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=1)'''),
    dict(name='kl_missing_one', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    return (-0.5 * (logvar - mu.pow(2) - logvar.exp())).mean(dim=0)'''),
    dict(name='kl_logvar_as_log_std', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    return (-0.5 * (1 + 2 * logvar - mu.pow(2) - (2 * logvar).exp())).mean(dim=0)'''),
    dict(name='kl_mu_not_squared', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    return (-0.5 * (1 + logvar - mu.abs() - logvar.exp())).mean(dim=0)'''),
    dict(name='kl_std_instead_of_variance', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    return (-0.5 * (1 + logvar - mu.pow(2) - (0.5 * logvar).exp())).mean(dim=0)'''),
    dict(name='kl_keepdim', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=0, keepdim=True)'''),
    dict(name='kl_float64_result', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).double().mean(dim=0)'''),
    dict(name='kl_divided_by_units', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    per_image = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return per_image.sum(dim=0) / per_image.shape[1]'''),
    dict(name='kl_mu_detached', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    return (-0.5 * (1 + logvar - mu.detach().pow(2) - logvar.exp())).mean(dim=0)'''),
    dict(name='kl_exp_in_float32', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.float().exp())).mean(dim=0)'''),
    dict(name='kl_shares_of_rate', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    per_unit = (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=0)
    return per_unit / per_unit.sum()'''),
    dict(name='kl_median_over_images', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).median(dim=0).values'''),
    dict(name='kl_of_mean_parameters', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    mean_mu, mean_logvar = mu.mean(dim=0), logvar.mean(dim=0)
    return -0.5 * (1 + mean_logvar - mean_mu.pow(2) - mean_logvar.exp())'''),
    dict(name='kl_square_of_mean_mu', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    return (-0.5 * (1 + logvar - logvar.exp())).mean(dim=0) + 0.5 * mu.mean(dim=0).pow(2)'''),
    dict(name='kl_total_mu_norm_per_unit', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    return (-0.5 * (1 + logvar - mu.pow(2).sum(dim=1, keepdim=True) - logvar.exp())).mean(dim=0)'''),
    dict(name='kl_mean_of_exp_outside', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    # exp of the mean log-variance: one sigma per unit
    return (-0.5 * (1 + logvar - mu.pow(2))).mean(dim=0) + 0.5 * logvar.mean(dim=0).exp()'''),
    dict(name='sw_seed_once', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    runs = []
    torch.manual_seed(seed)
    for beta in betas:
        pass
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_model_built_once', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    runs = []
    torch.manual_seed(seed)
    model = dense_vae(latent_dim=latent_dim, hidden=hidden)
    for beta in betas:
        pass
        pass
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_evaluate_at_training_beta', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images, beta=beta)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_history_last_epoch', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        history = fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = {"total": history["test_total"][-1], "reconstruction": history["test_reconstruction"][-1], "kl": history["test_kl"][-1]}
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_default_lr', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_constant_schedule', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_fit_seed_not_passed', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_mu_with_graph', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_trained_at_beta_one', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_sorted_betas', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    runs = []
    for beta in sorted(betas):
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_seed_plus_index', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    runs = []
    for index, beta in enumerate(betas):
        torch.manual_seed(seed + index)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_reseed_after_building', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    runs = []
    for beta in betas:
        pass
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        torch.manual_seed(seed)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_evaluate_training_images', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, train_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_total_recomputed_with_beta', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    return runs'''),
    dict(name='sw_mu_half_precision', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu = model.encoder(test_images)[0].half()  # 10,000 x d: halve the memory
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_one_epoch_more', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs + 1, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_batch_size_256', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, batch_size=256, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_reinitialise', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress, reinitialise=True)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_longer_warmup', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", warmup=0.3, beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_deepcopy_of_one_init', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    runs = []
    import copy
    torch.manual_seed(seed)
    initial = dense_vae(latent_dim=latent_dim, hidden=hidden)
    for beta in betas:
        pass
        model = copy.deepcopy(initial)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_hidden_reversed', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=tuple(reversed(hidden)))
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_latent_hard_coded', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=10, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_mu_before_training', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        with torch.no_grad():
            mu_start, _ = model.encoder(test_images)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        mu = mu_start
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_generator_of_runs', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    def runs():
        for beta in betas:
            torch.manual_seed(seed)
            model = dense_vae(latent_dim=latent_dim, hidden=hidden)
            fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
            metrics = evaluate(model, test_images)
            with torch.no_grad():
                mu, _ = model.encoder(test_images)
            yield {"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                   "test_kl": metrics["kl"], "mu": mu}
    return runs()'''),
    dict(name='sw_keeps_sampled_code', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            means, logvar = model.encoder(test_images)
            mu = means + torch.exp(0.5 * logvar) * torch.randn_like(means)  # the code the decoder sees
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_eval_beta_zero_for_autoencoder', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images, beta=1.0 if beta > 0 else 0.0)  # beta = 0 is an autoencoder
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
]
ALTERNATIVES = [
    dict(name='rd_argsort_stable', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    betas = torch.tensor([run["beta"] for run in runs], dtype=torch.float32)
    order = torch.argsort(torch.tensor([float(run["beta"]) for run in runs], dtype=torch.float64), stable=True)
    rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)[order]
    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)[order]
    return betas[order], rates, distortions'''),
    dict(name='rd_zip_of_sorted_tuples', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    points = sorted(((run["beta"], run["test_kl"], run["test_reconstruction"]) for run in runs), key=lambda point: point[0])
    if not points:
        return tuple(torch.zeros(0, dtype=torch.float32) for _ in range(3))
    return tuple(torch.tensor(column, dtype=torch.float32) for column in zip(*points))'''),
    dict(name='rd_heapq_nsmallest', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    import heapq
    ordered = heapq.nsmallest(len(runs), runs, key=lambda run: run["beta"])
    betas, rates, distortions = (torch.empty(len(ordered), dtype=torch.float32) for _ in range(3))
    for i, run in enumerate(ordered):
        betas[i], rates[i], distortions[i] = run["beta"], run["test_kl"], run["test_reconstruction"]
    return betas, rates, distortions'''),
    dict(name='au_count_nonzero', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    return int(torch.count_nonzero(torch.var(mu, dim=0, correction=0) > threshold))'''),
    dict(name='au_manual_unbiased', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    centred = mu - mu.mean(dim=0, keepdim=True)
    variance = centred.pow(2).sum(dim=0) / (mu.shape[0] - 1)
    return sum(1 for value in variance.tolist() if value > threshold)'''),
    dict(name='au_var_mean_item', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    variance, _ = torch.var_mean(mu, dim=0)
    return torch.gt(variance, threshold).sum().item()'''),
    dict(name='kl_half_positive_form', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    return 0.5 * (mu * mu + torch.exp(logvar) - 1 - logvar).mean(dim=0)'''),
    dict(name='kl_sum_over_n', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    terms = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return terms.sum(dim=0) / mu.shape[0]'''),
    dict(name='kl_distributions', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))
    p = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))
    return torch.distributions.kl_divergence(q, p).mean(dim=0)'''),
    dict(name='sw_test_once', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress, test_every_epoch=False)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_helper_and_comprehension', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    def one_run(beta):
        torch.random.manual_seed(seed)
        model = dense_vae(latent_dim, hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        measured = evaluate(model, test_images, beta=1.0)
        with torch.no_grad():
            means = model.encoder(test_images)[0]
        run = {"beta": float(beta)}
        run.update({f"test_{key}": measured[key] for key in ("total", "reconstruction", "kl")})
        run["mu"] = means
        return run
    return [one_run(beta) for beta in betas]'''),
    dict(name='sw_mu_through_eval_forward', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    runs = []
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        model.eval()
        with torch.no_grad():
            _, mu, _ = model(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"], "test_reconstruction": metrics["reconstruction"],
                     "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
]
