"""Blind round 31: mistakes and alternatives for notebook 07_beta_study."""
NOTEBOOK = '07_beta_study'
MISTAKES = [
    dict(name='rd_sort_in_place', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    runs.sort(key=lambda run: run["beta"])  # sort the runs by beta
    betas = torch.tensor([run["beta"] for run in runs], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_label_string_key', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    # sort by the beta as it is printed on the plot
    ordered = sorted(runs, key=lambda run: f"{run['beta']:g}")
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_sort_betas_only', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    betas = torch.tensor([run["beta"] for run in runs], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)
    betas, _ = torch.sort(betas)
    return betas, rates, distortions
'''),
    dict(name='rd_sort_each_column', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    betas = torch.tensor([run["beta"] for run in runs], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)
    return torch.sort(betas).values, torch.sort(rates).values, torch.sort(distortions).values
'''),
    dict(name='rd_rank_as_order', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    betas = torch.tensor([run["beta"] for run in runs], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)
    rank = torch.argsort(torch.argsort(betas))  # position of each run once sorted by beta
    return betas[rank], rates[rank], distortions[rank]
'''),
    dict(name='rd_swapped_keys', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
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
    return betas, rates, distortions
'''),
    dict(name='rd_numpy_float64', grade_id='rate_distortion', source=r'''import numpy as np


def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    table = np.array([[run["beta"], run["test_kl"], run["test_reconstruction"]]
                      for run in sorted(runs, key=lambda run: run["beta"])])
    return torch.from_numpy(table[:, 0]), torch.from_numpy(table[:, 1]), torch.from_numpy(table[:, 2])
'''),
    dict(name='rd_dict_by_beta', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    by_beta = {run["beta"]: run for run in runs}  # one point per beta
    ordered = [by_beta[beta] for beta in sorted(by_beta)]
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_average_repeats', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    # merged sweeps may hold the same beta twice: average the repeated runs into one point
    groups = {}
    for run in runs:
        groups.setdefault(run["beta"], []).append(run)
    betas, rates, distortions = [], [], []
    for beta in sorted(groups):
        group = groups[beta]
        betas.append(beta)
        rates.append(sum(run["test_kl"] for run in group) / len(group))
        distortions.append(sum(run["test_reconstruction"] for run in group) / len(group))
    return (torch.tensor(betas, dtype=torch.float32), torch.tensor(rates, dtype=torch.float32),
            torch.tensor(distortions, dtype=torch.float32))
'''),
    dict(name='rd_squeeze_table', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    ordered = sorted(runs, key=lambda run: run["beta"])
    table = torch.tensor([[run["beta"], run["test_kl"], run["test_reconstruction"]] for run in ordered],
                         dtype=torch.float32).squeeze()
    return table[:, 0].contiguous(), table[:, 1].contiguous(), table[:, 2].contiguous()
'''),
    dict(name='rd_skip_nan_runs', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    # a diverged run (NaN loss) would break the plot: keep the finished ones
    finished = [run for run in runs if run["test_kl"] == run["test_kl"] and
                run["test_reconstruction"] == run["test_reconstruction"]]
    ordered = sorted(finished, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_round_betas', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([round(run["beta"], 2) for run in ordered], dtype=torch.float32)  # clean labels
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_annotate_runs', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    for run in runs:  # name the two axes of the curve
        run["rate"], run["distortion"] = run["test_kl"], run["test_reconstruction"]
    ordered = sorted(runs, key=lambda run: run["beta"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["rate"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["distortion"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_sort_by_rate', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    # a larger beta buys a cheaper code: sorting by decreasing rate is sorting by increasing beta
    ordered = sorted(runs, key=lambda run: -run["test_kl"])
    betas = torch.tensor([run["beta"] for run in ordered], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in ordered], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in ordered], dtype=torch.float32)
    return betas, rates, distortions
'''),
    dict(name='rd_lookup_first_match', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    betas = sorted(run["beta"] for run in runs)
    matched = [next(run for run in runs if run["beta"] == beta) for beta in betas]
    return (torch.tensor(betas, dtype=torch.float32),
            torch.tensor([run["test_kl"] for run in matched], dtype=torch.float32),
            torch.tensor([run["test_reconstruction"] for run in matched], dtype=torch.float32))
'''),
    dict(name='au_variance_per_image', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    variances = mu.var(dim=1)
    return int((variances > threshold).sum())
'''),
    dict(name='au_not_strict', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    variances = mu.var(dim=0)
    return int((variances >= threshold).sum())
'''),
    dict(name='au_std_not_var', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    spread = mu.std(dim=0)  # how much each unit's mean moves over the images
    return int((spread > threshold).sum())
'''),
    dict(name='au_second_moment', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    # an inactive unit has mu close to 0 for every image
    energy = mu.pow(2).mean(dim=0)
    return int((energy > threshold).sum())
'''),
    dict(name='au_tensor_count', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    variances = mu.var(dim=0)
    return (variances > threshold).sum()
'''),
    dict(name='au_hardcoded_threshold', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    variances = mu.var(dim=0)
    return int((variances > 0.01).sum())  # Burda et al.'s threshold
'''),
    dict(name='au_random_subsample', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    if len(mu) > 2000:  # 2,000 images are plenty to estimate a variance
        mu = mu[torch.randperm(len(mu))[:2000]]
    return int((mu.var(dim=0) > threshold).sum())
'''),
    dict(name='au_auto_orient', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    if mu.shape[0] < mu.shape[1]:  # accept (d, N) as well as (N, d)
        mu = mu.T
    return int((mu.var(dim=0) > threshold).sum())
'''),
    dict(name='au_cov_diagonal', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    variances = torch.cov(mu.T).diagonal()
    return int((variances > threshold).sum())
'''),
    dict(name='au_value_range', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    spread = mu.max(dim=0).values - mu.min(dim=0).values
    return int((spread > threshold).sum())
'''),
    dict(name='au_numpy_asarray', grade_id='active_units', source=r'''import numpy as np


def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    variances = np.var(np.asarray(mu), axis=0)
    return int((variances > threshold).sum())
'''),
    dict(name='au_mean_magnitude', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    # an inactive unit has mu(x) close to 0 for every image
    return int((mu.abs().mean(dim=0) > threshold).sum())
'''),
    dict(name='au_global_centre', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    variances = ((mu - mu.mean()) ** 2).mean(dim=0)
    return int((variances > threshold).sum())
'''),
    dict(name='au_chunked_variance', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    # average the variance over chunks of 1,000 images (saves memory on large sets)
    chunks = [chunk.var(dim=0, unbiased=False) for chunk in mu.split(1000)]
    variances = torch.stack(chunks).mean(dim=0)
    return int((variances > threshold).sum())
'''),
    dict(name='au_centre_in_place', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    mu -= mu.mean(dim=0)  # centre each unit
    variances = (mu ** 2).mean(dim=0)
    return int((variances > threshold).sum())
'''),
    dict(name='klu_sum_over_images', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.sum(dim=0)
'''),
    dict(name='klu_std_for_variance', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    sigma = torch.exp(0.5 * logvar)
    kl = -0.5 * (1 + logvar - mu.pow(2) - sigma)
    return kl.mean(dim=0)
'''),
    dict(name='klu_missing_one', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    kl = -0.5 * (logvar - mu.pow(2) - logvar.exp())
    return kl.mean(dim=0)
'''),
    dict(name='klu_sign_mu2', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    kl = -0.5 * (1 + logvar + mu.pow(2) - logvar.exp())
    return kl.mean(dim=0)
'''),
    dict(name='klu_missing_half', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    kl = -(1 + logvar - mu.pow(2) - logvar.exp())
    return kl.mean(dim=0)
'''),
    dict(name='klu_average_parameters_first', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    mean_mu, mean_logvar = mu.mean(dim=0), logvar.mean(dim=0)  # the average code of the data
    return -0.5 * (1 + mean_logvar - mean_mu.pow(2) - mean_logvar.exp())
'''),
    dict(name='klu_float64_result', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    mu, logvar = mu.double(), logvar.double()  # accumulate in double precision
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.mean(dim=0)
'''),
    dict(name='klu_no_grad', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    with torch.no_grad():  # a measurement, not a loss
        kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
        return kl.mean(dim=0)
'''),
    dict(name='klu_python_floats', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return torch.tensor([kl[:, u].mean().item() for u in range(kl.shape[1])])
'''),
    dict(name='klu_clamp_logvar', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    logvar = logvar.clamp(min=-10.0)  # avoid log(0) for tiny variances
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.mean(dim=0)
'''),
    dict(name='klu_clamp_in_place', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    logvar.clamp_(max=20.0)  # exp would overflow
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.mean(dim=0)
'''),
    dict(name='klu_median', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.median(dim=0).values  # robust to a few outlier images
'''),
    dict(name='klu_per_unit_divided', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    kl = -0.5 * (1 + logvar - mu.pow(2) - logvar.exp())
    return kl.mean(dim=0) / mu.shape[1]  # per unit
'''),
    dict(name='klu_logvar_as_log_sigma', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    kl = -0.5 * (1 + 2 * logvar - mu.pow(2) - torch.exp(2 * logvar))
    return kl.mean(dim=0)
'''),
    dict(name='klu_reverse_direction', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    # KL between the prior N(0, 1) and q = N(mu, sigma^2), unit by unit
    kl = 0.5 * (torch.exp(-logvar) * (1 + mu.pow(2)) - 1 + logvar)
    return kl.mean(dim=0)
'''),
    dict(name='klu_normal_scale_variance', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    q = torch.distributions.Normal(mu, logvar.exp())
    prior = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))
    return torch.distributions.kl_divergence(q, prior).mean(dim=0)
'''),
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
    dict(name='sw_one_model', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    return runs
'''),
    dict(name='sw_deepcopy_template', grade_id='sweep', source=r'''import copy


def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    template = dense_vae(latent_dim=latent_dim, hidden=hidden)
    for beta in betas:
        model = copy.deepcopy(template)  # the same initial weights for every beta
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_evaluate_training_beta', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    return runs
'''),
    dict(name='sw_history_numbers', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        history = fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta,
                          seed=seed, progress=progress)
        metrics = {key: history["test_" + key][-1] for key in ("total", "reconstruction", "kl")}
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_total_at_training_beta', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    return runs
'''),
    dict(name='sw_default_lr_schedule', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        fit(model, train_images, test_images, epochs, beta=beta, seed=seed, progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_fit_unseeded', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    return runs
'''),
    dict(name='sw_progress_not_passed', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    return runs
'''),
    dict(name='sw_mu_with_gradients', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    return runs
'''),
    dict(name='sw_mu_of_training_images', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    return runs
'''),
    dict(name='sw_seed_after_building', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    return runs
'''),
    dict(name='sw_seed_per_run', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        torch.manual_seed(seed + index)  # an independent run per beta
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
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_skip_repeated_betas', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    for beta in dict.fromkeys(betas):  # train each beta once
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
    dict(name='sw_default_hidden', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    return runs
'''),
    dict(name='sw_fixed_latent', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
    return runs
'''),
    dict(name='sw_reseed_if_seed', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        if seed:
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
    dict(name='sw_reseed_before_fit_too', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        torch.manual_seed(seed)  # the same batches and noise for every beta
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        metrics = evaluate(model, test_images)
        with torch.no_grad():
            mu, _ = model.encoder(test_images)
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_mu_double', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
            mu = model.encoder(test_images)[0].double()
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_mu_first_thousand', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
            mu, _ = model.encoder(test_images[:1000])  # enough to count active units
        runs.append({"beta": float(beta), "test_total": metrics["total"],
                     "test_reconstruction": metrics["reconstruction"], "test_kl": metrics["kl"], "mu": mu})
    return runs
'''),
    dict(name='sw_rounded_numbers', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        runs.append({"beta": float(beta), **{"test_" + key: round(value, 2) for key, value in metrics.items()},
                     "mu": mu})
    return runs
'''),
]
ALTERNATIVES = [
    dict(name='rd_alt_stable_argsort', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    betas = torch.tensor([run["beta"] for run in runs], dtype=torch.float32)
    rates = torch.tensor([run["test_kl"] for run in runs], dtype=torch.float32)
    distortions = torch.tensor([run["test_reconstruction"] for run in runs], dtype=torch.float32)
    order = torch.argsort(betas, stable=True)
    return betas[order], rates[order], distortions[order]
'''),
    dict(name='rd_alt_index_order', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    order = sorted(range(len(runs)), key=lambda i: runs[i]["beta"])
    columns = []
    for key in ("beta", "test_kl", "test_reconstruction"):
        columns.append(torch.tensor([runs[i][key] for i in order], dtype=torch.float32))
    return tuple(columns)
'''),
    dict(name='rd_alt_zip_columns', grade_id='rate_distortion', source=r'''def rate_distortion(runs):
    """The rate-distortion points of a study's runs, sorted by beta.

    runs: a list of dicts, each with at least the keys "beta", "test_kl" and "test_reconstruction"
          (Python floats), in any order; the list must not be modified
    Returns (betas, rates, distortions): three float32 tensors of shape (R,) for R runs, sorted by increasing
    beta; rates[i] = the "test_kl" and distortions[i] = the "test_reconstruction" of the run with betas[i].
    """
    points = [(run["beta"], run["test_kl"], run["test_reconstruction"]) for run in sorted(runs, key=lambda r: r["beta"])]
    betas, rates, distortions = (torch.tensor(column).float() for column in zip(*points))
    return betas, rates, distortions
'''),
    dict(name='au_alt_python_loop', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    count = 0
    for u in range(mu.shape[1]):
        column = mu[:, u]
        variance = ((column - column.mean()) ** 2).sum() / len(column)
        if variance > threshold:
            count += 1
    return count
'''),
    dict(name='au_alt_var_mean', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    variances, _ = torch.var_mean(mu, dim=0, unbiased=False)
    return int(torch.count_nonzero(variances > threshold))
'''),
    dict(name='au_alt_nonzero', grade_id='active_units', source=r'''def active_units(mu, threshold=0.01):
    """The number of active latent units: those whose encoder mean varies over the data.

    mu: (N, d) float tensor, the encoder means of N images (row n = mu(x_n))
    threshold: a unit u is active if the variance over the N images of mu[:, u] is > threshold
    Returns the number of active units, a Python int between 0 and d
    """
    centred = mu - mu.mean(dim=0, keepdim=True)
    variances = centred.pow(2).sum(dim=0) / max(len(mu) - 1, 1)
    return len(torch.nonzero(variances > threshold))
'''),
    dict(name='klu_alt_distributions', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))
    prior = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))
    return torch.distributions.kl_divergence(q, prior).mean(dim=0)
'''),
    dict(name='klu_alt_rearranged', grade_id='kl_per_unit', source=r'''def kl_per_unit(mu, logvar):
    """The rate of each latent unit: KL_u(x) averaged over the images.

    mu, logvar: (N, d) tensors, the parameters of q(z|x) for N images
    Returns a (d,) tensor: entry u is the mean over the N images of -1/2 (1 + logvar - mu^2 - exp(logvar))[:, u];
    its sum is the average KL per image.
    """
    per_image = 0.5 * (mu * mu + torch.exp(logvar) - 1.0 - logvar)
    return per_image.sum(dim=0) / per_image.shape[0]
'''),
    dict(name='sw_alt_dict_comprehension', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        run = {"beta": float(beta)}
        run.update({"test_" + key: value for key, value in metrics.items()})
        run["mu"] = mu
        runs.append(run)
    return runs
'''),
    dict(name='sw_alt_helper', grade_id='sweep', source=r'''def sweep(betas, train_images, test_images, epochs, latent_dim=10, hidden=(400,), seed=0, progress=False):
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
        model = dense_vae(latent_dim=latent_dim, hidden=hidden)
        fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, seed=seed,
            progress=progress)
        result = evaluate(model, test_images, beta=1.0)
        with torch.no_grad():
            means = model.encoder(test_images)[0]
        return dict(beta=float(beta), test_total=result["total"], test_reconstruction=result["reconstruction"],
                    test_kl=result["kl"], mu=means)

    return [one_run(beta) for beta in betas]
'''),
]
