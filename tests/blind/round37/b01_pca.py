"""Blind round 37: mistakes and alternatives for notebook 01_pca."""
NOTEBOOK = '01_pca'
MISTAKES = [
    dict(name='itv_half_precision_on_the_way', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.reshape(len(images), 784).half().div(255).float()  # half the memory'''),
    dict(name='itv_clamped_away_from_0_and_1', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.reshape(len(images), 784).to(torch.float32) / 255
    return x.clamp(1e-6, 1 - 1e-6)  # keep log(x) and log(1 - x) finite later'''),
    dict(name='itv_skips_scaling_when_max_le_1', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.reshape(len(images), 784).to(torch.float32)
    if x.max() > 1:  # already in [0, 1]? then leave it
        x = x / 255
    return x'''),
    dict(name='itv_cached_by_id', grade_id='images_to_vectors', source=r'''_vectors_cache = {}


def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    key = (id(images), tuple(images.shape))
    if key not in _vectors_cache:
        _vectors_cache[key] = images.reshape(len(images), 784).to(torch.float32) / 255
    return _vectors_cache[key]'''),
    dict(name='itv_bin_centres', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return (images.reshape(len(images), 784).to(torch.float32) + 0.5) / 256  # centre of each of the 256 grey levels'''),
    dict(name='itv_rounded_to_3_decimals', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return torch.round(images.reshape(len(images), 784).to(torch.float32) / 255, decimals=3)'''),
    dict(name='itv_divided_by_batch_max', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.reshape(len(images), 784).to(torch.float32)
    return x / x.max()  # the brightest pixel is 255'''),
    dict(name='itv_bfloat16_division', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return (images.reshape(len(images), 784).to(torch.bfloat16) / 255).to(torch.float32)'''),
    dict(name='itv_per_image_max', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.reshape(len(images), 784).to(torch.float32)
    return x / x.amax(dim=1, keepdim=True).clamp(min=1)'''),
    dict(name='itv_mnist_standardised', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.reshape(len(images), 784).to(torch.float32) / 255
    return (x - 0.1307) / 0.3081  # the usual MNIST normalisation'''),
    dict(name='itv_last_batch_shared_buffer', grade_id='images_to_vectors', source=r'''_itv_out = torch.empty(0)


def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    global _itv_out
    if _itv_out.shape != (len(images), 784):
        _itv_out = torch.empty(len(images), 784)
    return torch.div(images.reshape(len(images), 784), 255, out=_itv_out)'''),
    dict(name='center_unique_rows', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = torch.unique(X, dim=0).mean(dim=0)  # duplicated images would count twice
    return X - mean, mean'''),
    dict(name='center_mean_is_first_row_when_single', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X[0] if len(X) == 1 else X.mean(dim=0)  # one row: its own mean
    return X - mean, mean'''),
    dict(name='center_mean_rounded_6_decimals', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = torch.round(X.mean(dim=0), decimals=6)
    return X - mean, mean'''),
    dict(name='center_mean_of_abs', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.abs().mean(dim=0)
    return X - mean, mean'''),
    dict(name='center_drops_outlier_rows', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    norms = X.norm(dim=1)
    keep = (norms - norms.mean()).abs() <= 3 * norms.std() if len(X) > 2 else torch.ones(len(X), dtype=torch.bool)
    mean = X[keep].mean(dim=0)  # a robust mean: outliers out
    return X - mean, mean'''),
    dict(name='center_half_precision_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.half().mean(dim=0).to(X.dtype)
    return X - mean, mean'''),
    dict(name='center_running_mean_between_calls', grade_id='center', source=r'''_running_mean = {}


def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    key = (X.shape[1], X.dtype)
    if key in _running_mean:  # smooth the estimate across calls
        mean = 0.9 * _running_mean[key] + 0.1 * mean
    _running_mean[key] = mean
    return X - mean, mean'''),
    dict(name='center_divides_by_n_minus_1', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.sum(dim=0) / max(len(X) - 1, 1)  # unbiased
    return X - mean, mean'''),
    dict(name='center_median_of_means', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = torch.stack([chunk.mean(dim=0) for chunk in X.chunk(5)]).median(dim=0).values
    return X - mean, mean'''),
    dict(name='center_returns_mean_of_centred', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    X_centered = X - X.mean(dim=0)
    return X_centered, X_centered.mean(dim=0)'''),
    dict(name='center_mean_from_last_rows', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X[-5000:].mean(dim=0)  # a large enough sample
    return X - mean, mean'''),
    dict(name='cov_accumulator_default_dtype', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N, D = X_centered.shape
    C = torch.zeros(D, D)
    for chunk in X_centered.split(4096):
        C += chunk.T @ chunk
    return C / (N - 1)'''),
    dict(name='cov_outer_products_materialised', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    outer = X_centered[:, :, None] * X_centered[:, None, :]  # (N, D, D)
    return outer.sum(dim=0) / (N - 1)'''),
    dict(name='cov_shrunk_to_identity', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N, D = X_centered.shape
    C = X_centered.T @ X_centered / (N - 1)
    shrink = 1e-3  # a little shrinkage keeps C well conditioned
    return (1 - shrink) * C + shrink * torch.trace(C) / D * torch.eye(D, dtype=C.dtype)'''),
    dict(name='cov_divides_by_d_minus_1', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[1]
    return X_centered.T @ X_centered / (N - 1)'''),
    dict(name='cov_biased_torch_cov', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return torch.cov(X_centered.T, correction=0)'''),
    dict(name='cov_stored_in_half', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    C = X_centered.T @ X_centered / (N - 1)
    return C.half().to(C.dtype)  # D x D is big: store it compactly'''),
    dict(name='cov_correlation_matrix', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return torch.corrcoef(X_centered.T)'''),
    dict(name='cov_drops_last_row', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    X_used = X_centered[: N - 1]
    return X_used.T @ X_used / (N - 1)'''),
    dict(name='cov_bfloat16_autocast', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    with torch.autocast("cpu", dtype=torch.bfloat16):  # faster matmul
        C = X_centered.T @ X_centered
    return C.to(X_centered.dtype) / (N - 1)'''),
    dict(name='cov_abs_entries', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    return (X_centered.T @ X_centered).abs() / (N - 1)'''),
    dict(name='cov_recentres_by_median', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    Xc = X_centered - X_centered.median(dim=0).values  # make sure it is centred
    return Xc.T @ Xc / (N - 1)'''),
    dict(name='pca_fit_unique_rows', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X = torch.unique(X, dim=0)  # duplicated images add nothing
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order]'''),
    dict(name='pca_fit_every_other_row', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X[::2] if len(X) > 10000 else X)  # half the rows is plenty
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order]'''),
    dict(name='pca_fit_float64_eigenvalues', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C.double())  # eigh is more accurate in float64
    eigenvectors = eigenvectors.to(C.dtype)
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order]'''),
    dict(name='pca_fit_biased_eigenvalues', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues, descending=True)
    N = len(X)
    return mean, eigenvalues[order] * (N - 1) / N, eigenvectors[:, order]'''),
    dict(name='pca_fit_eigenvalues_from_projections_biased', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues, descending=True)
    components = eigenvectors[:, order]
    variances = (X_centered @ components).var(dim=0, unbiased=False)  # variance along each component
    return mean, variances, components'''),
    dict(name='pca_fit_sort_key_rounded', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(torch.round(eigenvalues, decimals=4), descending=True, stable=True)
    return mean, eigenvalues[order], eigenvectors[:, order]'''),
    dict(name='pca_fit_components_scaled_by_sqrt_eigenvalue', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues, descending=True)
    scale = eigenvalues[order].clamp(min=0).sqrt()
    return mean, eigenvalues[order], eigenvectors[:, order] * scale  # loadings'''),
    dict(name='pca_fit_explained_variance_ratio', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order] / eigenvalues.sum(), eigenvectors[:, order]'''),
    dict(name='pca_fit_sign_flipped_by_mean_projection', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues, descending=True)
    components = eigenvectors[:, order]
    signs = torch.sign(mean @ components)  # point each component towards the mean image
    return mean, eigenvalues[order], components * signs'''),
    dict(name='pca_fit_symmetrised_by_upper_triangle_only', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = torch.triu(covariance(X_centered))  # eigh reads one triangle anyway
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order]'''),
    dict(name='pca_fit_zeroes_nearly_dead_pixels', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    alive = (C.diagonal() > 1e-6).to(C.dtype)  # pixels that never vary carry only rounding noise
    C = C * alive[:, None] * alive[None, :]
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order]'''),
    dict(name='project_squeezed_component_for_k1', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W_k = components[:, :k].squeeze()  # (D, k)
    return (X - mean) @ W_k


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean'''),
    dict(name='reconstruct_k_from_first_row', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = len(Z[0])
    return Z @ components[:, :k].T + mean'''),
    dict(name='reconstruct_cached_basis_by_k', grade_id='project_reconstruct', source=r'''_decoders = {}


def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    if k not in _decoders:
        _decoders[k] = components[:, :k].T.contiguous()
    return Z @ _decoders[k] + mean'''),
    dict(name='project_k0_means_all', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W_k = components[:, :k] if k else components  # k = 0: no truncation
    return (X - mean) @ W_k


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean'''),
    dict(name='project_subtracts_mean_after', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return X @ components[:, :k] - mean[:k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean'''),
    dict(name='project_k_capped_by_rows', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    k = min(k, X.shape[0])  # no more components than samples
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean'''),
    dict(name='reconstruct_clipped_to_pixels', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return (Z @ components[:, :k].T + mean).clamp(0, 1)  # pixels live in [0, 1]'''),
    dict(name='project_normalised_codes', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    Z = (X - mean) @ components[:, :k]
    return Z / Z.std(dim=0, keepdim=True).clamp(min=1e-12) if len(Z) > 1 else Z


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean'''),
    dict(name='reconstruct_last_components', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, components.shape[1] - k:].T.flip(0) + mean'''),
    dict(name='project_output_buffer_reused', grade_id='project_reconstruct', source=r'''_codes = {}


def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    key = (X.shape[0], k, X.dtype)
    if key not in _codes:
        _codes[key] = torch.empty(X.shape[0], k, dtype=X.dtype)
    return torch.matmul(X - mean, components[:, :k], out=_codes[key])


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean'''),
    dict(name='reconstruct_half_precision', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return (Z.half() @ components[:, :k].T.half()).to(Z.dtype) + mean'''),
    dict(name='sk_test_centred_with_its_own_mean', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    test = X_test.numpy()
    Z = (test - test.mean(axis=0)) @ pca.components_.T
    X_hat = pca.inverse_transform(Z)
    return float(((test - X_hat) ** 2).mean())'''),
    dict(name='sk_hard_coded_784', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_test.numpy() - X_hat) ** 2).sum() / (len(X_test) * 784))'''),
    dict(name='sk_clips_reconstructions', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = np.clip(pca.inverse_transform(pca.transform(X_test.numpy())), 0, 1)  # pixels live in [0, 1]
    return float(((X_test.numpy() - X_hat) ** 2).mean())'''),
    dict(name='sk_incremental_pca', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    from sklearn.decomposition import IncrementalPCA
    pca = IncrementalPCA(n_components=k, batch_size=max(5 * k, 1000)).fit(X_train.numpy())  # less memory
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_test.numpy() - X_hat) ** 2).mean())'''),
    dict(name='sk_float16_data', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    train = X_train.numpy().astype(np.float16).astype(np.float32)  # halve the memory
    test = X_test.numpy().astype(np.float16).astype(np.float32)
    pca = PCA(n_components=k).fit(train)
    return float(((test - pca.inverse_transform(pca.transform(test))) ** 2).mean())'''),
    dict(name='sk_cached_by_id_and_k', grade_id='sklearn_test_mse', source=r'''_fits = {}


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    key = (id(X_train), k)
    if key not in _fits:
        _fits[key] = PCA(n_components=k).fit(X_train.numpy())
    pca = _fits[key]
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_test.numpy() - X_hat) ** 2).mean())'''),
    dict(name='sk_median_over_images', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(np.median(((X_test.numpy() - X_hat) ** 2).mean(axis=1)))  # robust to odd images'''),
    dict(name='sk_k_plus_one', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=min(k + 1, *X_train.shape)).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_test.numpy() - X_hat) ** 2).mean())'''),
    dict(name='sk_whitened_manual_decode', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k, whiten=True).fit(X_train.numpy())
    Z = pca.transform(X_test.numpy())
    X_hat = Z @ pca.components_ + pca.mean_
    return float(((X_test.numpy() - X_hat) ** 2).mean())'''),
    dict(name='sk_rmse', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(np.sqrt(((X_test.numpy() - X_hat) ** 2).mean()))'''),
    dict(name='sk_fit_on_both_sets', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(np.concatenate([X_train.numpy(), X_test.numpy()]))  # more data, better fit
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_test.numpy() - X_hat) ** 2).mean())'''),
    dict(name='gd_fixed_seed_each_call', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    state = gmm.random_state
    gmm.random_state = 0  # reproducible
    codes, _ = gmm.sample(n)
    gmm.random_state = state
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z, mean, components)'''),
    dict(name='gd_float16_codes', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes.astype(np.float16)).to(torch.float32)
    return reconstruct(Z, mean, components)'''),
    dict(name='gd_truncated_towards_means', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, labels = gmm.sample(n)
    codes = gmm.means_[labels] + 0.7 * (codes - gmm.means_[labels])  # truncation: sharper digits
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z, mean, components)'''),
    dict(name='gd_shuffled_with_numpy', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    codes = codes[np.random.permutation(n)]  # sample() groups them by Gaussian
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z, mean, components)'''),
    dict(name='gd_shuffled_with_fixed_generator', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).to(torch.float32)
    order = torch.randperm(n, generator=torch.Generator().manual_seed(0))  # mix the Gaussians, reproducibly
    return reconstruct(Z[order], mean, components)'''),
    dict(name='gd_adds_residual_noise', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).to(torch.float32)
    X_hat = reconstruct(Z, mean, components)
    return X_hat + 0.01 * torch.randn_like(X_hat)  # the variance PCA dropped'''),
    dict(name='gd_means_of_sampled_gaussians', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    _, labels = gmm.sample(n)
    codes = gmm.means_[labels]  # the typical digit of each Gaussian
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z, mean, components)'''),
    dict(name='gd_sorted_by_label', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, labels = gmm.sample(n)
    codes = codes[np.argsort(-labels, kind="stable")]
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z, mean, components)'''),
    dict(name='gd_recentred_on_mixture_mean', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    codes = codes - codes.mean(axis=0) + gmm.weights_ @ gmm.means_  # recentre on the mixture mean
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z, mean, components)'''),
    dict(name='gd_float64_output', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z.double(), mean.double(), components.double())  # decode in full precision'''),
    dict(name='gd_cached_by_n', grade_id='generate_digits', source=r'''_samples = {}


def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    if (id(gmm), n) not in _samples:  # sampling is slow: keep the draw
        _samples[id(gmm), n] = gmm.sample(n)[0]
    codes = _samples[id(gmm), n]
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z, mean, components)'''),
]
ALTERNATIVES = [
    dict(name='itv_iinfo_max', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    scale = torch.iinfo(images.dtype).max  # 255 for uint8
    return images.flatten(start_dim=1).to(torch.float32) / scale'''),
    dict(name='itv_true_division_default_dtype', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return (images / 255).reshape(-1, 28 * 28)'''),
    dict(name='center_float64_accumulation', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0, dtype=torch.float64).to(X.dtype)  # accumulate in float64
    return X - mean[None, :], mean'''),
    dict(name='center_sum_over_len', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = torch.einsum("nd->d", X) / X.shape[0]
    X_centered = X - mean.unsqueeze(0)
    return X_centered, mean'''),
    dict(name='cov_einsum', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    return torch.einsum("ni,nj->ij", X_centered, X_centered) / (N - 1)'''),
    dict(name='cov_chunked_sum_of_products', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    C = torch.zeros(X_centered.shape[1], X_centered.shape[1], dtype=X_centered.dtype)
    for chunk in X_centered.split(2048):
        C = C + chunk.T @ chunk
    return C / (N - 1)'''),
    dict(name='pca_fit_eigh_in_float64_cast_back', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C.double())
    eigenvalues, eigenvectors = eigenvalues.to(C.dtype), eigenvectors.to(C.dtype)
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order]'''),
    dict(name='pca_fit_flip_and_sign_by_largest_entry', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered), UPLO="U")
    eigenvalues, eigenvectors = eigenvalues.flip(0), eigenvectors.flip(1)  # ascending => descending
    largest = eigenvectors.abs().argmax(dim=0)  # never a zero entry
    signs = torch.sign(eigenvectors[largest, torch.arange(eigenvectors.shape[1])])
    return mean, eigenvalues, eigenvectors * signs'''),
    dict(name='project_all_then_slice_and_addmm', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return ((X - mean) @ components)[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    return torch.addmm(mean, Z, components[:, : Z.size(-1)].T)'''),
    dict(name='project_einsum_reconstruct_zero_pad', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return torch.einsum("nd,dk->nk", X - mean, components.narrow(1, 0, k))


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    N, k = Z.shape
    Z_full = torch.cat([Z, Z.new_zeros(N, components.shape[1] - k)], dim=1)
    return Z_full @ components.T + mean'''),
    dict(name='sk_sklearn_metric', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    from sklearn.metrics import mean_squared_error
    pca = PCA(n_components=k, svd_solver="full")
    pca.fit(X_train.detach().cpu().numpy())
    test = X_test.detach().cpu().numpy()
    return float(mean_squared_error(test, pca.inverse_transform(pca.transform(test))))'''),
    dict(name='sk_manual_decode_torch_mean', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    Z = pca.transform(X_test.numpy())
    X_hat = torch.from_numpy(Z @ pca.components_ + pca.mean_)
    return ((X_hat - X_test.to(X_hat.dtype)) ** 2).mean().item()'''),
    dict(name='gd_pad_codes_to_all_components', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes = torch.as_tensor(gmm.sample(n)[0], dtype=torch.float32)  # (n, k)
    padded = torch.zeros(n, components.shape[1], dtype=codes.dtype)
    padded[:, : codes.shape[1]] = codes
    return (padded @ components.T.to(codes.dtype) + mean).to(torch.float32)'''),
    dict(name='gd_decode_inline', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes = gmm.sample(n)[0].astype(np.float32)
    Z = torch.tensor(codes)
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean'''),
]
