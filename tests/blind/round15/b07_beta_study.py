"""Blind round 15: mistakes and alternatives for notebook 07_beta_study."""

NOTEBOOK = '07_beta_study'

MISTAKES = [
    dict(name='rd_sorts_in_place', grade_id='rate_distortion',
         source='''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    runs.sort(key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in runs], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)
    return betas, rates, distortions'''),
    dict(name='rd_not_sorted', grade_id='rate_distortion',
         source='''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    betas = torch.tensor([run["beta"] for run in runs], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)
    return betas, rates, distortions'''),
    dict(name='rd_sorted_descending', grade_id='rate_distortion',
         source='''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    ordered = sorted(runs, key=lambda run: run["beta"], reverse=True)
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions'''),
    dict(name='rd_rate_distortion_swapped', grade_id='rate_distortion',
         source='''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions'''),
    dict(name='rd_float64', grade_id='rate_distortion',
         source='''def rate_distortion(runs):
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
    dict(name='rd_each_list_sorted_separately', grade_id='rate_distortion',
         source='''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    betas = torch.sort(torch.tensor([run["beta"] for run in runs], dtype=torch.float32)).values
    rates = torch.sort(torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)).values
    distortions = torch.sort(torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)).values
    return betas, rates, distortions'''),
    dict(name='rd_sorted_by_falling_rate', grade_id='rate_distortion',
         source='''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    # the rate falls as beta grows: sorting by decreasing KL puts the betas in increasing order
    ordered = sorted(runs, key=lambda run: -run["test_kl"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions'''),
    dict(name='rd_numpy_float64', grade_id='rate_distortion',
         source='''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    import numpy as np
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.from_numpy(np.array([run["beta"] for run in ordered]))
    rates = torch.from_numpy(np.array([run["test_kl"] for run in ordered]))
    distortions = torch.from_numpy(np.array([run["test_reconstruction"] for run in ordered]))
    return betas, rates, distortions'''),
    dict(name='rd_distortion_is_total', grade_id='rate_distortion',
         source='''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_total"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions'''),
    dict(name='rd_rate_weighted_by_beta', grade_id='rate_distortion',
         source='''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["beta"] * run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions'''),
    dict(name='rd_dict_drops_duplicate_betas', grade_id='rate_distortion',
         source='''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    by_beta = {run["beta"]: run for run in runs}  # one run per beta
    ordered = [by_beta[beta] for beta in sorted(by_beta)]
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions'''),
    dict(name='rd_sorted_as_strings', grade_id='rate_distortion',
         source='''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    ordered = sorted(runs, key=lambda run: str(run["beta"]))
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions'''),
    dict(name='rd_returns_lists', grade_id='rate_distortion',
         source='''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = [float(run["beta"]) for run in ordered]
    rates = [float(run["test_kl"]) for run in ordered]
    distortions = [float(run["test_reconstruction"]) for run in ordered]
    return betas, rates, distortions'''),
    dict(name='rd_column_vectors', grade_id='rate_distortion',
         source='''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([[run["beta"]] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([[run["test_kl"]] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([[run["test_reconstruction"]] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions'''),
    dict(name='rd_rates_from_unsorted_list', grade_id='rate_distortion',
         source='''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions'''),
    dict(name='rd_argsort_indexes_only_betas', grade_id='rate_distortion',
         source='''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    betas = torch.tensor([run["beta"] for run in runs], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)
    order = torch.argsort(betas)
    return betas[order], rates, distortions[order]'''),
    dict(name='au_greater_or_equal', grade_id='active_units',
         source='''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    return int((mu.var(dim=0) >= threshold).sum())'''),
    dict(name='au_variance_over_units', grade_id='active_units',
         source='''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    return int((mu.var(dim=1) > threshold).sum())'''),
    dict(name='au_returns_tensor', grade_id='active_units',
         source='''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    return (mu.var(dim=0) > threshold).sum()'''),
    dict(name='au_default_threshold_changed', grade_id='active_units',
         source='''def active_units(mu, threshold=0.1):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    return int((mu.var(dim=0) > threshold).sum())'''),
    dict(name='au_threshold_hard_coded', grade_id='active_units',
         source='''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    return int((mu.var(dim=0) > 0.01).sum())'''),
    dict(name='au_std_instead_of_var', grade_id='active_units',
         source='''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    return int((mu.std(dim=0) > threshold).sum())'''),
    dict(name='au_mean_instead_of_var', grade_id='active_units',
         source='''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    return int((mu.mean(dim=0).abs() > threshold).sum())'''),
    dict(name='au_second_moment_not_centred', grade_id='active_units',
         source='''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    return int((mu.pow(2).mean(dim=0) > threshold).sum())'''),
    dict(name='au_fraction_of_units', grade_id='active_units',
         source='''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    return float((mu.var(dim=0) > threshold).float().mean())'''),
    dict(name='au_centres_in_place', grade_id='active_units',
         source='''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    mu -= mu.mean(dim=0)
    variance = (mu ** 2).mean(dim=0)
    return int((variance > threshold).sum())'''),
    dict(name='au_counts_inactive', grade_id='active_units',
         source='''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    return int((mu.var(dim=0) <= threshold).sum())'''),
    dict(name='au_sum_of_squares_not_divided', grade_id='active_units',
         source='''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    centred = mu - mu.mean(dim=0)
    return int((centred.pow(2).sum(dim=0) > threshold).sum())'''),
    dict(name='au_mean_absolute_deviation', grade_id='active_units',
         source='''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    centred = mu - mu.mean(dim=0)
    return int((centred.abs().mean(dim=0) > threshold).sum())'''),
    dict(name='au_first_1000_images', grade_id='active_units',
         source='''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    return int((mu[:1000].var(dim=0) > threshold).sum())'''),
    dict(name='au_returns_mask', grade_id='active_units',
         source='''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    return (mu.var(dim=0) > threshold).tolist()'''),
    dict(name='klu_sum_over_images', grade_id='kl_per_unit',
         source='''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).sum(dim=0)'''),
    dict(name='klu_mean_over_units', grade_id='kl_per_unit',
         source='''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=1)'''),
    dict(name='klu_wrong_sign', grade_id='kl_per_unit',
         source='''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    return (0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=0)'''),
    dict(name='klu_no_half', grade_id='kl_per_unit',
         source='''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    return (-(1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=0)'''),
    dict(name='klu_logvar_as_log_sigma', grade_id='kl_per_unit',
         source='''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    sigma = logvar.exp()
    return (-0.5 * (1 + 2 * logvar - mu.pow(2) - sigma.pow(2))).mean(dim=0)'''),
    dict(name='klu_missing_one', grade_id='kl_per_unit',
         source='''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    return (-0.5 * (logvar - mu.pow(2) - logvar.exp())).mean(dim=0)'''),
    dict(name='klu_mu_not_squared', grade_id='kl_per_unit',
         source='''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    return (-0.5 * (1 + logvar - mu - logvar.exp())).mean(dim=0)'''),
    dict(name='klu_total_scalar', grade_id='kl_per_unit',
         source='''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).sum(dim=1).mean()'''),
    dict(name='klu_sigma_not_squared', grade_id='kl_per_unit',
         source='''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    sigma = torch.exp(0.5 * logvar)
    return (-0.5 * (1 + logvar - mu.pow(2) - sigma)).mean(dim=0)'''),
    dict(name='klu_float64', grade_id='kl_per_unit',
         source='''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    mu, logvar = mu.double(), logvar.double()
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=0)'''),
    dict(name='klu_squares_mu_in_place', grade_id='kl_per_unit',
         source='''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    mu.pow_(2)
    return (-0.5 * (1 + logvar - mu - logvar.exp())).mean(dim=0)'''),
    dict(name='klu_detached', grade_id='kl_per_unit',
         source='''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    with torch.no_grad():
        return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=0)'''),
    dict(name='klu_divides_by_d', grade_id='kl_per_unit',
         source='''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).sum(dim=0) / mu.shape[1]'''),
    dict(name='klu_returns_list', grade_id='kl_per_unit',
         source='''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).mean(dim=0).tolist()'''),
    dict(name='klu_logvar_squared_as_variance', grade_id='kl_per_unit',
         source='''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    return (-0.5 * (1 + logvar - mu.pow(2) - logvar.pow(2))).mean(dim=0)'''),
    dict(name='sw_seed_once_before_loop', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_model_built_once', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_seed_not_passed_to_fit', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_default_lr', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        fit(model, train_images, test_images, epochs, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_constant_schedule', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        fit(model, train_images, test_images, epochs, lr=2e-3, beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_beta_not_passed_to_fit', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_evaluated_at_training_beta', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images, beta=beta)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_uses_fit_history', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        history = fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = {"total": history["test_total"][-1], "reconstruction": history["test_reconstruction"][-1],
                   "kl": history["test_kl"][-1]}
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_mu_with_gradients', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_progress_not_passed', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_hidden_ignored', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        model = dense_vae(latent_dim=latent_dim)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_latent_dim_ignored', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_seed_after_building', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        torch.manual_seed(seed)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_mu_of_train_images', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(train_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_evaluate_keys_copied', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), **metrics, "mu": mu})
    return runs'''),
    dict(name='sw_logvar_kept', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            _, mu = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_sorted_betas', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_returns_dict_by_beta', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    runs = {}
    for beta in betas:
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs[float(beta)] = ({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_seed_default_changed', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=42, progress=False):
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
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_seed_plus_index', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed + index,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_seed_zero_hard_coded', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        torch.manual_seed(0)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_total_recomputed_with_beta', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["reconstruction"] + beta * metrics["kl"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_shared_dict_appended', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    return runs'''),
    dict(name='sw_mu_of_first_1000_test_images', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images[:1000])
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_batch_size_64', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        fit(model, train_images, test_images, epochs, batch_size=64, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
    dict(name='sw_evaluate_on_train_images', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, train_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs'''),
]

ALTERNATIVES = [
    dict(name='rd_argsort_index', grade_id='rate_distortion',
         source='''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    betas = torch.tensor([float(run["beta"]) for run in runs])
    rates = torch.tensor([float(run["test_kl"]) for run in runs])
    distortions = torch.tensor([float(run["test_reconstruction"]) for run in runs])
    order = torch.argsort(betas, stable=True)
    return betas[order], rates[order], distortions[order]'''),
    dict(name='rd_loop_append', grade_id='rate_distortion',
         source='''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    import operator
    betas, rates, distortions = [], [], []
    for run in sorted(runs, key=operator.itemgetter("beta")):
        betas.append(run["beta"])
        rates.append(run["test_kl"])
        distortions.append(run["test_reconstruction"])
    return tuple(torch.as_tensor(values, dtype=torch.float32) for values in (betas, rates, distortions))'''),
    dict(name='au_loop_population_variance', grade_id='active_units',
         source='''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    count = 0
    n = mu.shape[0]
    for u in range(mu.shape[1]):
        column = mu[:, u]
        variance = ((column - column.mean()) ** 2).sum() / n
        if variance.item() > threshold:
            count += 1
    return count'''),
    dict(name='au_torch_var_mean', grade_id='active_units',
         source='''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    variance, _ = torch.var_mean(mu, dim=0, correction=0)
    return torch.count_nonzero(variance > threshold).item()'''),
    dict(name='klu_distributions', grade_id='kl_per_unit',
         source='''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))
    prior = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))
    return torch.distributions.kl_divergence(q, prior).mean(dim=0)'''),
    dict(name='klu_sum_then_divide', grade_id='kl_per_unit',
         source='''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    per_image = 0.5 * (mu * mu + torch.exp(logvar) - logvar - 1.0)
    return per_image.sum(dim=0) / mu.shape[0]'''),
    dict(name='sw_comprehension_helper', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        torch.manual_seed(seed)
        model = dense_vae(latent_dim, hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        measured = evaluate(model, test_images, beta=1.0)
        with torch.no_grad():
            codes = model.encoder(test_images)[0]
        return dict(beta=float(beta), test_total=measured["total"], test_reconstruction=measured["reconstruction"],
                    test_kl=measured["kl"], mu=codes)

    return [one_run(beta) for beta in betas]'''),
    dict(name='sw_detach_mu', grade_id='sweep',
         source='''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    results = []
    for beta in list(betas):
        torch.manual_seed(seed)
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs=epochs, lr=0.002, schedule="onecycle", beta=float(beta),
            seed=seed, progress=progress)
        losses = evaluate(model, test_images)
        with torch.no_grad():
            encoded = model.encoder(test_images)
        run = {"beta": float(beta), "mu": encoded[0].detach()}
        run.update(test_total=float(losses["total"]), test_reconstruction=float(losses["reconstruction"]),
                   test_kl=float(losses["kl"]))
        results.append(run)
    return results'''),
]
