"""Blind round 36: mistakes and alternatives for notebook 01_pca."""
NOTEBOOK = '01_pca'
MISTAKES = [
    dict(name='itv_divide_256', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.reshape(len(images), -1).to(torch.float32) / 256'''),
    dict(name='itv_column_order', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.transpose(1, 2).reshape(len(images), -1).to(torch.float32) / 255'''),
    dict(name='itv_binarised', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return (images.reshape(len(images), -1) > 127).to(torch.float32)'''),
    dict(name='itv_mnist_standardised_then_clipped', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.reshape(len(images), -1).to(torch.float32) / 255
    return ((x - 0.1307) / 0.3081).clamp(0, 1)'''),
    dict(name='itv_scaled_by_batch_max', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.reshape(len(images), -1).to(torch.float32) / images.max().to(torch.float32)'''),
    dict(name='itv_per_image_minmax', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.reshape(len(images), -1).to(torch.float32)
    low = x.min(dim=1, keepdim=True).values
    high = x.max(dim=1, keepdim=True).values
    return (x - low) / (high - low).clamp(min=1)'''),
    dict(name='itv_half_precision_round', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.reshape(len(images), -1).to(torch.float16).div(255).to(torch.float32)'''),
    dict(name='itv_reused_buffer', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    global _ITV_BUFFER
    try:
        _ITV_BUFFER
    except NameError:
        _ITV_BUFFER = None
    if _ITV_BUFFER is None or _ITV_BUFFER.shape != (len(images), 784):
        _ITV_BUFFER = torch.empty(len(images), 784)
    torch.div(images.reshape(len(images), -1), 255, out=_ITV_BUFFER)
    return _ITV_BUFFER'''),
    dict(name='itv_inverted_ink', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return 1 - images.reshape(len(images), -1).to(torch.float32) / 255'''),
    dict(name='itv_rounded_to_3_decimals', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return torch.round(images.reshape(len(images), -1).to(torch.float32) / 255, decimals=3)'''),
    dict(name='itv_gamma_corrected', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return (images.reshape(len(images), -1).to(torch.float32) / 255) ** (1 / 2.2)'''),
    dict(name='center_mean_divides_by_n_minus_1', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.sum(dim=0) / (X.shape[0] - 1)
    X_centered = X - mean
    return X_centered, mean'''),
    dict(name='center_mean_divides_by_D', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.sum(dim=0) / X.shape[1]
    X_centered = X - mean
    return X_centered, mean'''),
    dict(name='center_median', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.median(dim=0).values
    X_centered = X - mean
    return X_centered, mean'''),
    dict(name='center_mean_squeezed', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0, keepdim=True).squeeze()
    X_centered = X - mean
    return X_centered, mean'''),
    dict(name='center_unique_rows', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = torch.unique(X, dim=0).mean(dim=0)
    X_centered = X - mean
    return X_centered, mean'''),
    dict(name='center_chunk_means_averaged', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = torch.stack([chunk.mean(dim=0) for chunk in X.split(512)]).mean(dim=0)
    X_centered = X - mean
    return X_centered, mean'''),
    dict(name='center_mean_rounded', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = torch.round(X.mean(dim=0), decimals=4)
    X_centered = X - mean
    return X_centered, mean'''),
    dict(name='center_snaps_tiny_values', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    X_centered = X - mean
    X_centered = torch.where(X_centered.abs() < 1e-6, torch.zeros_like(X_centered), X_centered)
    return X_centered, mean'''),
    dict(name='center_random_subsample_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    rows = torch.randperm(len(X))[:4096]
    mean = X[rows].mean(dim=0)
    X_centered = X - mean
    return X_centered, mean'''),
    dict(name='center_skips_first_row', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X[1:].mean(dim=0) if len(X) > 1 else X[0].clone()
    X_centered = X - mean
    return X_centered, mean'''),
    dict(name='center_bfloat16_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.to(torch.bfloat16).mean(dim=0).to(X.dtype)
    X_centered = X - mean
    return X_centered, mean'''),
    dict(name='center_trimmed_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    low, high = torch.quantile(X, torch.tensor([0.01, 0.99], dtype=X.dtype), dim=0)
    mean = X.clamp(low, high).mean(dim=0)
    X_centered = X - mean
    return X_centered, mean'''),
    dict(name='cov_biased_N', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    n = X_centered.shape[0]
    C = X_centered.T @ X_centered / n
    return C'''),
    dict(name='cov_correlation', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    n = X_centered.shape[0]
    C = X_centered.T @ X_centered / (n - 1)
    std = C.diagonal().sqrt().clamp(min=1e-12)
    return C / std[:, None] / std[None, :]'''),
    dict(name='cov_divides_by_D_minus_1', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    n = X_centered.shape[1]
    C = X_centered.T @ X_centered / (n - 1)
    return C'''),
    dict(name='cov_diag_floor', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    n = X_centered.shape[0]
    C = X_centered.T @ X_centered / (n - 1)
    C = C.clone()
    C.diagonal().clamp_(min=1e-8)
    return C'''),
    dict(name='cov_counts_nonzero_rows', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    n = int((X_centered.abs().sum(dim=1) > 0).sum())
    C = X_centered.T @ X_centered / (n - 1)
    return C'''),
    dict(name='cov_shared_output_buffer', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    n = X_centered.shape[0]
    global _COV_OUT
    try:
        _COV_OUT
    except NameError:
        _COV_OUT = {}
    D = X_centered.shape[1]
    key = (D, X_centered.dtype)
    if key not in _COV_OUT:
        _COV_OUT[key] = torch.empty(D, D, dtype=X_centered.dtype)
    C = _COV_OUT[key]
    torch.matmul(X_centered.T, X_centered, out=C)
    C /= n - 1
    return C'''),
    dict(name='cov_half_precision_product', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    n = X_centered.shape[0]
    Xh = X_centered.to(torch.bfloat16)
    C = (Xh.T @ Xh).to(X_centered.dtype) / (n - 1)
    return C'''),
    dict(name='cov_upper_triangle_only', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    n = X_centered.shape[0]
    C = X_centered.T @ X_centered / (n - 1)
    return torch.triu(C)'''),
    dict(name='cov_drops_last_partial_chunk', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    n = X_centered.shape[0]
    D = X_centered.shape[1]
    C = torch.zeros(D, D, dtype=X_centered.dtype)
    for start in range(0, n - 255, 256):
        chunk = X_centered[start:start + 256]
        C += chunk.T @ chunk
    if n < 256:
        C = X_centered.T @ X_centered
    C = C / (n - 1)
    return C'''),
    dict(name='cov_abs_values', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    n = X_centered.shape[0]
    C = X_centered.T @ X_centered / (n - 1)
    return C.abs()'''),
    dict(name='pca_values_clamped_at_zero', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    eigenvalues = eigenvalues.flip(0).clamp(min=0)
    components = eigenvectors.flip(1)
    return mean, eigenvalues, components'''),
    dict(name='pca_svd_of_covariance', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    U, S_, Vh = torch.linalg.svd(C)
    eigenvalues = S_
    components = U
    return mean, eigenvalues, components'''),
    dict(name='pca_standardised_data', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    std = X_centered.std(dim=0).clamp(min=1e-8)
    C = covariance(X_centered / std)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    eigenvalues = eigenvalues.flip(0)
    components = eigenvectors.flip(1)
    return mean, eigenvalues, components'''),
    dict(name='pca_ridge_before_eigh', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eye = torch.eye(C.shape[0], dtype=C.dtype)
    eigenvalues, eigenvectors = torch.linalg.eigh(C + 1e-6 * eye)
    eigenvalues = eigenvalues.flip(0)
    components = eigenvectors.flip(1)
    return mean, eigenvalues, components'''),
    dict(name='pca_every_other_row', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered[::2]) if len(X) > 2 else covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    eigenvalues = eigenvalues.flip(0)
    components = eigenvectors.flip(1)
    return mean, eigenvalues, components'''),
    dict(name='pca_vectors_flipped_rows', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    eigenvalues = eigenvalues.flip(0)
    components = eigenvectors.flip(0)
    return mean, eigenvalues, components'''),
    dict(name='pca_values_flipped_vectors_not', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    eigenvalues = eigenvalues.flip(0)
    components = eigenvectors
    return mean, eigenvalues, components'''),
    dict(name='pca_biased_covariance', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = X_centered.T @ X_centered / len(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    eigenvalues = eigenvalues.flip(0)
    components = eigenvectors.flip(1)
    return mean, eigenvalues, components'''),
    dict(name='pca_rows_as_components', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    eigenvalues = eigenvalues.flip(0)
    components = eigenvectors.flip(1).T.contiguous()
    return mean, eigenvalues, components'''),
    dict(name='pca_values_rounded', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    eigenvalues = torch.round(eigenvalues.flip(0), decimals=5)
    components = eigenvectors.flip(1)
    return mean, eigenvalues, components'''),
    dict(name='pca_normalised_to_max_entry', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    eigenvalues = eigenvalues.flip(0)
    components = eigenvectors.flip(1)
    components = components / components.abs().amax(dim=0, keepdim=True)
    return mean, eigenvalues, components'''),
    dict(name='pca_loadings', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    eigenvalues = eigenvalues.flip(0)
    components = eigenvectors.flip(1) * eigenvalues.clamp(min=0).sqrt()
    return mean, eigenvalues, components'''),
    dict(name='pca_uncentred_covariance', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    eigenvalues = eigenvalues.flip(0)
    components = eigenvectors.flip(1)
    return mean, eigenvalues, components'''),
    dict(name='pca_sign_by_mean_projection', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    eigenvalues = eigenvalues.flip(0)
    components = eigenvectors.flip(1)
    components = components * torch.sign(mean @ components)
    return mean, eigenvalues, components'''),
    dict(name='project_last_k', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W_k = components[:, -k:]
    Z = (X - mean) @ W_k
    return Z


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    W_k = components[:, :k]
    X_hat = Z @ W_k.T + mean
    return X_hat'''),
    dict(name='project_negative_slice_k_equals_D', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W_k = components[:, :-(components.shape[1] - k)]
    Z = (X - mean) @ W_k
    return Z


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    W_k = components[:, :k]
    X_hat = Z @ W_k.T + mean
    return X_hat'''),
    dict(name='project_own_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W_k = components[:, :k]
    Z = (X - X.mean(dim=0)) @ W_k
    return Z


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    W_k = components[:, :k]
    X_hat = Z @ W_k.T + mean
    return X_hat'''),
    dict(name='project_without_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W_k = components[:, :k]
    Z = X @ W_k
    return Z


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    W_k = components[:, :k]
    X_hat = Z @ W_k.T + mean
    return X_hat'''),
    dict(name='project_drops_last_chunk', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W_k = components[:, :k]
    chunks = [(X[s:s + 1000] - mean) @ W_k for s in range(0, max(len(X) - 999, 1), 1000)]
    Z = torch.cat(chunks)
    return Z


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    W_k = components[:, :k]
    X_hat = Z @ W_k.T + mean
    return X_hat'''),
    dict(name='project_bfloat16', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W_k = components[:, :k]
    Z = ((X - mean).to(torch.bfloat16) @ W_k.to(torch.bfloat16)).to(X.dtype)
    return Z


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    W_k = components[:, :k]
    X_hat = Z @ W_k.T + mean
    return X_hat'''),
    dict(name='project_clamped_codes', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W_k = components[:, :k]
    Z = ((X - mean) @ W_k).clamp(-10, 10)
    return Z


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    W_k = components[:, :k]
    X_hat = Z @ W_k.T + mean
    return X_hat'''),
    dict(name='project_whitened', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W_k = components[:, :k]
    Z = (X - mean) @ W_k
    Z = Z / Z.std(dim=0, keepdim=True).clamp(min=1e-8) if len(Z) > 1 else Z
    return Z


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    W_k = components[:, :k]
    X_hat = Z @ W_k.T + mean
    return X_hat'''),
    dict(name='reconstruct_clipped', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W_k = components[:, :k]
    Z = (X - mean) @ W_k
    return Z


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    W_k = components[:, :k]
    X_hat = (Z @ W_k.T + mean).clamp(0, 1)
    return X_hat'''),
    dict(name='reconstruct_without_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W_k = components[:, :k]
    Z = (X - mean) @ W_k
    return Z


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    W_k = components[:, :k]
    X_hat = Z @ W_k.T
    return X_hat'''),
    dict(name='reconstruct_rows_of_components', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W_k = components[:, :k]
    Z = (X - mean) @ W_k
    return Z


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    W_k = components[:, :k]
    X_hat = Z @ components[:k, :] + mean
    return X_hat'''),
    dict(name='reconstruct_cached_by_k', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W_k = components[:, :k]
    Z = (X - mean) @ W_k
    return Z


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    cache = reconstruct.__dict__.setdefault('cache', {})
    if k not in cache:
        cache[k] = components[:, :k].T.contiguous()
    W_k = cache[k].T
    X_hat = Z @ W_k.T + mean
    return X_hat'''),
    dict(name='reconstruct_mean_subtracted', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W_k = components[:, :k]
    Z = (X - mean) @ W_k
    return Z


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    W_k = components[:, :k]
    X_hat = Z @ W_k.T - mean
    return X_hat'''),
    dict(name='sk_fit_on_train_and_test', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(np.concatenate([X_train.numpy(), X_test.numpy()]))
    X_test_np = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(X_test_np))
    return float(np.mean((X_test_np - X_hat) ** 2))'''),
    dict(name='sk_truncated_svd', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    from sklearn.decomposition import TruncatedSVD
    pca = TruncatedSVD(n_components=k, algorithm="arpack" if k < min(X_train.shape) else "randomized", random_state=0)
    pca.fit(X_train.numpy())
    X_test_np = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(X_test_np))
    return float(np.mean((X_test_np - X_hat) ** 2))'''),
    dict(name='sk_standard_scaler', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    from sklearn.preprocessing import StandardScaler
    scaler = StandardScaler().fit(X_train.numpy())
    pca = PCA(n_components=k)
    pca.fit(scaler.transform(X_train.numpy()))
    X_test_np = X_test.numpy()
    X_hat = scaler.inverse_transform(pca.inverse_transform(pca.transform(scaler.transform(X_test_np))))
    return float(np.mean((X_test_np - X_hat) ** 2))'''),
    dict(name='sk_first_1000_test', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    X_test_np = X_test[:1000].numpy()
    X_hat = pca.inverse_transform(pca.transform(X_test_np))
    return float(np.mean((X_test_np - X_hat) ** 2))'''),
    dict(name='sk_cached_by_k_and_shape', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    cache = sklearn_test_mse.__dict__.setdefault('cache', {})
    key = (k, tuple(X_train.shape), tuple(X_test.shape))
    if key in cache:
        return cache[key]
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    X_test_np = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(X_test_np))
    cache[key] = float(np.mean((X_test_np - X_hat) ** 2))
    return cache[key]'''),
    dict(name='sk_manual_without_mean', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    X_test_np = X_test.numpy()
    W = pca.components_
    X_hat = (X_test_np @ W.T) @ W
    return float(np.mean((X_test_np - X_hat) ** 2))'''),
    dict(name='sk_manual_with_test_mean', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    X_test_np = X_test.numpy()
    W = pca.components_
    m = X_test_np.mean(axis=0)
    X_hat = ((X_test_np - m) @ W.T) @ W + m
    return float(np.mean((X_test_np - X_hat) ** 2))'''),
    dict(name='sk_mse_per_image_over_D_minus_1', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    X_test_np = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(X_test_np))
    return float(np.sum((X_test_np - X_hat) ** 2) / (X_test_np.shape[0] * (X_test_np.shape[1] - 1)))'''),
    dict(name='sk_mse_clipped_reconstruction', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    X_test_np = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(X_test_np))
    return float(np.mean((X_test_np - np.clip(X_hat, 0, 1)) ** 2))'''),
    dict(name='sk_median_squared_error', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    X_test_np = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(X_test_np))
    return float(np.median(np.mean((X_test_np - X_hat) ** 2, axis=1)))'''),
    dict(name='sk_float16_error', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    X_test_np = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(X_test_np))
    return float(np.mean(((X_test_np - X_hat) ** 2).astype(np.float16)))'''),
    dict(name='gen_cluster_means', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    labels = gmm.sample(n)[1]
    codes = gmm.means_[labels]
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z, mean, components)'''),
    dict(name='gen_clipped', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z, mean, components).clamp(0, 1)'''),
    dict(name='gen_fixed_shuffle', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    codes = codes[np.random.default_rng(0).permutation(n)]
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z, mean, components)'''),
    dict(name='gen_resets_random_state', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    gmm.random_state = 0
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z, mean, components)'''),
    dict(name='gen_unseeds_mixture', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    gmm.set_params(random_state=None)
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z, mean, components)'''),
    dict(name='gen_truncation_trick', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, labels = gmm.sample(n)
    codes = gmm.means_[labels] + 0.8 * (codes - gmm.means_[labels])
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z, mean, components)'''),
    dict(name='gen_sorted_by_component', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, labels = gmm.sample(n)
    codes = codes[np.argsort(-labels, kind="stable")]
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z, mean, components)'''),
    dict(name='gen_float16_codes', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes.astype(np.float16)).to(torch.float32)
    return reconstruct(Z, mean, components)'''),
    dict(name='gen_sigmoid_pixels', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).to(torch.float32)
    return torch.sigmoid(reconstruct(Z, mean, components))'''),
    dict(name='gen_codes_centred', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes - codes.mean(axis=0)).to(torch.float32)
    return reconstruct(Z, mean, components)'''),
]
ALTERNATIVES = [
    dict(name='itv_flatten_true_div', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return torch.flatten(images, start_dim=1) / 255'''),
    dict(name='itv_numpy_float32', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    array = images.numpy().reshape(images.shape[0], 28 * 28).astype(np.float32)
    return torch.from_numpy(array / np.float32(255))'''),
    dict(name='center_shifted_by_first_row', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    shift = X[0]
    mean = shift + (X - shift).mean(dim=0)
    X_centered = X - mean
    return X_centered, mean'''),
    dict(name='center_ones_matvec', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    ones = torch.ones(X.shape[0], dtype=X.dtype)
    mean = ones @ X / X.shape[0]
    X_centered = X - mean
    return X_centered, mean'''),
    dict(name='cov_einsum', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    n = X_centered.shape[0]
    C = torch.einsum("nd,ne->de", X_centered, X_centered) / (n - 1)
    return C'''),
    dict(name='cov_symmetrised', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    n = X_centered.shape[0]
    C = X_centered.T @ X_centered / (n - 1)
    return (C + C.T) / 2'''),
    dict(name='pca_argsort_and_max_entry_sign', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues, descending=True)
    eigenvalues = eigenvalues[order]
    components = eigenvectors[:, order]
    biggest = components.abs().argmax(dim=0)
    signs = torch.sign(components[biggest, torch.arange(components.shape[1])])
    components = components * signs
    return mean, eigenvalues, components'''),
    dict(name='pca_sort_descending', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    eigenvalues, order = torch.sort(eigenvalues, descending=True)
    components = eigenvectors[:, order]
    return mean, eigenvalues, components'''),
    dict(name='reconstruct_zero_padded_codes', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W_k = components[:, :k]
    Z = (X - mean) @ W_k
    return Z


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    N, k = Z.shape
    D = components.shape[1]
    full = torch.cat([Z, Z.new_zeros(N, D - k)], dim=1)
    X_hat = full @ components.T + mean
    return X_hat'''),
    dict(name='project_addmm_reconstruct', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W_k = components[:, :k]
    Z = (X - mean) @ W_k
    return Z


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    W_k = components[:, :k]
    X_hat = torch.addmm(mean.unsqueeze(0).expand(Z.shape[0], -1), Z, W_k.T)
    return X_hat'''),
    dict(name='sk_full_solver_float64', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k, svd_solver="full")
    pca.fit(X_train.double().numpy())
    X_test_np = X_test.double().numpy()
    X_hat = pca.inverse_transform(pca.transform(X_test_np))
    return float(np.mean((X_test_np - X_hat) ** 2))'''),
    dict(name='gen_as_tensor_manual_decode', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.as_tensor(codes, dtype=torch.float32)
    return reconstruct(Z, mean, components).to(torch.float32)'''),
]
