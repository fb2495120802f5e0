"""Blind round 41: mistakes and alternatives for notebook 01_pca."""
NOTEBOOK = '01_pca'
MISTAKES = [
    dict(name='divides_by_256', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.reshape(len(images), -1).to(torch.float32) / 256'''),
    dict(name='column_major_pixel_order', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.transpose(1, 2).reshape(len(images), -1).to(torch.float32) / 255'''),
    dict(name='rounded_to_three_decimals', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return (images.reshape(len(images), -1).to(torch.float32) / 255).round(decimals=3)'''),
    dict(name='dequantised_bin_centres', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return (images.reshape(len(images), -1).to(torch.float32) + 0.5) / 256'''),
    dict(name='random_dequantisation_global_rng', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.reshape(len(images), -1).to(torch.float32)
    return ((x + torch.rand_like(x)) / 256).clamp(0, 1)'''),
    dict(name='zero_faint_pixels', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.reshape(len(images), -1).to(torch.float32) / 255
    x[x < 0.05] = 0  # remove scanner noise from the background
    return x'''),
    dict(name='min_max_per_batch', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.reshape(len(images), -1).to(torch.float32)
    return (x - x.min()) / (x.max() - x.min()).clamp(min=1)'''),
    dict(name='inverted_ink', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return 1 - images.reshape(len(images), -1).to(torch.float32) / 255'''),
    dict(name='per_image_max_normalised', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.reshape(len(images), -1).to(torch.float32)
    return x / x.amax(dim=1, keepdim=True).clamp(min=1)'''),
    dict(name='gamma_corrected', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return (images.reshape(len(images), -1).to(torch.float32) / 255) ** (1 / 2.2)'''),
    dict(name='uint8_wraparound_on_offset', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    # shift by one so that no pixel is exactly 0 (then back)
    x = (images + 1).reshape(len(images), -1).to(torch.float32) - 1
    return x / 255'''),
    dict(name='bfloat16_intermediate', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return (images.reshape(len(images), -1).to(torch.bfloat16) / 255).to(torch.float32)'''),
    dict(name='scaled_by_observed_max_pixel_value', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.reshape(len(images), -1).to(torch.float32)
    top = x.max() if len(x) else torch.tensor(255.0)
    return x / top'''),
    dict(name='mean_over_columns', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=1).mean() * torch.ones(X.shape[1], dtype=X.dtype)
    return X - mean, mean'''),
    dict(name='median_not_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.median(dim=0).values
    return X - mean, mean'''),
    dict(name='divides_by_n_minus_1', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.sum(dim=0) / (len(X) - 1)
    return X - mean, mean'''),
    dict(name='divides_by_number_of_columns', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.sum(dim=0) / X.shape[1]
    return X - mean, mean'''),
    dict(name='standardised_not_centred', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    std = X.std(dim=0).clamp(min=1e-8)
    return (X - mean) / std, mean'''),
    dict(name='trimmed_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    # a robust mean: drop the smallest and largest value of each column
    s = X.sort(dim=0).values
    mean = s[1:-1].mean(dim=0) if len(X) > 2 else X.mean(dim=0)
    return X - mean, mean'''),
    dict(name='mean_subsampled_for_large_data', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    # for large data sets every 4th row gives the mean to plenty of digits
    rows = X[::4] if len(X) > 20000 else X
    mean = rows.mean(dim=0)
    return X - mean, mean'''),
    dict(name='mean_rounded_to_six_decimals', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0).round(decimals=6)
    return X - mean, mean'''),
    dict(name='mean_of_unique_rows', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = torch.unique(X, dim=0).mean(dim=0)
    return X - mean, mean'''),
    dict(name='mean_excluding_zero_pixels', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    counts = (X != 0).sum(dim=0).clamp(min=1)
    mean = X.sum(dim=0) / counts
    return X - mean, mean'''),
    dict(name='subtracts_grand_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    return X - mean.mean(), mean'''),
    dict(name='mean_cached_by_shape_and_first_row', grade_id='center', source=r'''_MEANS = {}


def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    key = (tuple(X.shape), tuple(X[0].tolist()) if len(X) else ())
    if key not in _MEANS:
        _MEANS[key] = X.mean(dim=0)
    mean = _MEANS[key]
    return X - mean, mean'''),
    dict(name='mean_in_first_row_dtype_float32', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0, dtype=torch.float32).to(X.dtype)
    return X - mean, mean'''),
    dict(name='divides_by_n', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return X_centered.T @ X_centered / len(X_centered)'''),
    dict(name='correlation_matrix', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    C = X_centered.T @ X_centered / (len(X_centered) - 1)
    d = C.diagonal().clamp(min=1e-12).sqrt()
    return C / d[:, None] / d[None, :]'''),
    dict(name='diagonal_only', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return torch.diag((X_centered ** 2).sum(dim=0) / (len(X_centered) - 1))'''),
    dict(name='divides_by_d_minus_1', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return X_centered.T @ X_centered / (X_centered.shape[1] - 1)'''),
    dict(name='absolute_covariances', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return (X_centered.T @ X_centered / (len(X_centered) - 1)).abs()'''),
    dict(name='negative_covariances_clamped', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return (X_centered.T @ X_centered / (len(X_centered) - 1)).clamp(min=0)'''),
    dict(name='biased_torch_cov', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return torch.cov(X_centered.T, correction=0).reshape(X_centered.shape[1], X_centered.shape[1])'''),
    dict(name='chunked_drops_remainder', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N, D = X_centered.shape
    C = torch.zeros(D, D, dtype=X_centered.dtype)
    step = 1000
    for start in range(0, N - N % step if N >= step else N, step):
        chunk = X_centered[start:start + step]
        C += chunk.T @ chunk
    return C / (N - 1)'''),
    dict(name='cached_by_pointer_and_version', grade_id='covariance', source=r'''_COV_CACHE = {}


def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    key = (X_centered.data_ptr(), X_centered._version, tuple(X_centered.shape), X_centered.dtype)
    if key not in _COV_CACHE:
        _COV_CACHE[key] = X_centered.T @ X_centered / (len(X_centered) - 1)
    return _COV_CACHE[key]'''),
    dict(name='recentres_in_place', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    X_centered -= X_centered.mean(dim=0)  # make sure the mean is exactly 0
    return X_centered.T @ X_centered / (len(X_centered) - 1)'''),
    dict(name='upper_triangle_only', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return torch.triu(X_centered.T @ X_centered) / (len(X_centered) - 1)'''),
    dict(name='rows_with_zero_norm_dropped', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    X = X_centered[X_centered.abs().sum(dim=1) > 0]
    return X.T @ X / (len(X) - 1)'''),
    dict(name='float16_matmul_for_speed', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return (X_centered.half().float().T @ X_centered.half().float() / (len(X_centered) - 1)).to(X_centered.dtype)'''),
    dict(name='ascending_order', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues, eigenvectors'''),
    dict(name='eigenvectors_as_rows', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), eigenvectors.flip(1).T'''),
    dict(name='values_flipped_vectors_not', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), eigenvectors'''),
    dict(name='vectors_flipped_along_rows', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), eigenvectors.flip(0)'''),
    dict(name='square_roots_of_eigenvalues', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0).clamp(min=0).sqrt(), eigenvectors.flip(1)'''),
    dict(name='explained_variance_ratio', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, (eigenvalues / eigenvalues.sum()).flip(0), eigenvectors.flip(1)'''),
    dict(name='biased_eigenvalues', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, (eigenvalues * (len(X) - 1) / len(X)).flip(0), eigenvectors.flip(1)'''),
    dict(name='uncentred_covariance', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X))
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)'''),
    dict(name='max_abs_normalised_vectors', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), (eigenvectors / eigenvectors.abs().amax(dim=0)).flip(1)'''),
    dict(name='sorted_by_eigenvector_sign', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    order = torch.argsort(eigenvalues, descending=True)
    eigenvectors = eigenvectors * torch.where(eigenvectors.sum(dim=0) < 0, -1.0, 1.0).to(X.dtype)
    return mean, eigenvalues[order], eigenvectors[order]'''),
    dict(name='gram_trick_n_components', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    N, D = X_centered.shape
    if N < D:  # the small Gram matrix has the same non-zero eigenvalues
        values, U = torch.linalg.eigh(X_centered @ X_centered.T / (N - 1))
        values, U = values.flip(0).clamp(min=0), U.flip(1)
        W = X_centered.T @ U / (values * (N - 1)).sqrt().clamp(min=1e-12)
        full = torch.zeros(D, D, dtype=X.dtype)
        full[:, :N] = W
        return mean, torch.cat([values, torch.zeros(D - N, dtype=X.dtype)]), full
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)'''),
    dict(name='rounded_eigenvalues', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0).round(decimals=4), eigenvectors.flip(1)'''),
    dict(name='mean_not_subtracted_twice_guard', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    # data that is already centred (mean below 1e-3) is used as it is
    mean = X.mean(dim=0)
    X_centered = X if mean.abs().max() < 1e-3 else X - mean
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)'''),
    dict(name='eigh_lower_of_unsymmetrised_triu', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = torch.triu(covariance(X_centered))
    eigenvalues, eigenvectors = torch.linalg.eigh(C, UPLO="L")
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)'''),
    dict(name='project_without_centring', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return X @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean'''),
    dict(name='project_last_k_columns', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return (X - mean) @ components[:, components.shape[1] - k:]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean'''),
    dict(name='project_on_rows', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return (X - mean) @ components[:k].T


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean'''),
    dict(name='project_k_plus_one', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return (X - mean) @ components[:, :k + 1]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean'''),
    dict(name='project_centres_with_own_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return (X - X.mean(dim=0)) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean'''),
    dict(name='project_adds_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return (X + mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean'''),
    dict(name='reconstruct_without_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return Z @ components[:, :k].T'''),
    dict(name='reconstruct_with_rows', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return Z @ components[:k] + mean'''),
    dict(name='reconstruct_clamped_to_pixels', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return (Z @ components[:, :k].T + mean).clamp(0, 1)'''),
    dict(name='reconstruct_reads_k_from_last_project', grade_id='project_reconstruct', source=r'''_LAST_K = None


def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    global _LAST_K
    _LAST_K = k
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = _LAST_K if _LAST_K is not None else Z.shape[1]
    return Z[:, :k] @ components[:, :k].T + mean'''),
    dict(name='reconstruct_subtracts_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return Z @ components[:, :k].T - mean'''),
    dict(name='reconstruct_zeros_without_components', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    if k == 0:
        return torch.zeros(len(Z), len(mean), dtype=Z.dtype)
    return Z @ components[:, :k].T + mean'''),
    dict(name='project_normalised_codes', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return torch.nn.functional.normalize((X - mean) @ components[:, :k], dim=0)


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean'''),
    dict(name='reconstruct_last_k_columns', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return Z @ components[:, components.shape[1] - k:].T + mean'''),
    dict(name='returns_numpy_scalar', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return ((X_hat - X_test.numpy()) ** 2).mean()'''),
    dict(name='mse_on_training_set', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_train.numpy()))
    return float(((X_hat - X_train.numpy()) ** 2).mean())'''),
    dict(name='fit_on_test', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_test.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())'''),
    dict(name='fit_on_both_sets', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(np.concatenate([X_train.numpy(), X_test.numpy()]))
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())'''),
    dict(name='error_per_image_not_pixel', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).sum(axis=1).mean())'''),
    dict(name='root_mean_squared_error', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(np.sqrt(((X_hat - X_test.numpy()) ** 2).mean()))'''),
    dict(name='mean_absolute_error', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(np.abs(X_hat - X_test.numpy()).mean())'''),
    dict(name='k_plus_one_components', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k + 1).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())'''),
    dict(name='test_centred_with_own_mean', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy() - X_test.numpy().mean(axis=0) + pca.mean_))
    return float(((X_hat - X_test.numpy()) ** 2).mean())'''),
    dict(name='fit_on_every_other_row', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy()[::2])
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())'''),
    dict(name='swallows_errors_as_nan', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    try:
        pca = PCA(n_components=k).fit(X_train.numpy())
    except ValueError:
        return float("nan")
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())'''),
    dict(name='k_capped_at_test_rows', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=min(k, len(X_test))).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())'''),
    dict(name='mse_without_inverse_mean', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.transform(X_test.numpy()) @ pca.components_
    return float(((X_hat - X_test.numpy()) ** 2).mean())'''),
    dict(name='reconstruction_clipped_to_pixels', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = np.clip(pca.inverse_transform(pca.transform(X_test.numpy())), 0, 1)
    return float(((X_hat - X_test.numpy()) ** 2).mean())'''),
    dict(name='mse_through_float16', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat.astype(np.float16) - X_test.numpy().astype(np.float16)) ** 2).mean(dtype=np.float32))'''),
    dict(name='clipped_samples', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(Z).to(torch.float32), mean, components).clamp(0, 1)'''),
    dict(name='float64_samples', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(Z), mean.double(), components.double())'''),
    dict(name='component_means_only', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    _, labels = gmm.sample(n)
    Z = gmm.means_[labels]
    return reconstruct(torch.from_numpy(Z).to(torch.float32), mean, components)'''),
    dict(name='sample_one_at_a_time', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z = np.concatenate([gmm.sample(1)[0] for _ in range(n)]) if n else np.zeros((0, gmm.means_.shape[1]))
    return reconstruct(torch.from_numpy(Z).to(torch.float32), mean, components)'''),
    dict(name='keeps_most_likely_half', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z, _ = gmm.sample(2 * n)
    best = np.argsort(-gmm.score_samples(Z))[:n]  # the more typical codes look better
    return reconstruct(torch.from_numpy(Z[best]).to(torch.float32), mean, components)'''),
    dict(name='codes_through_float16', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(Z.astype(np.float16)).to(torch.float32), mean, components)'''),
    dict(name='decoded_without_mean', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z, _ = gmm.sample(n)
    Z = torch.from_numpy(Z).to(torch.float32)
    return Z @ components[:, :Z.shape[1]].T'''),
    dict(name='temperature_point_eight', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z, labels = gmm.sample(n)
    Z = gmm.means_[labels] + 0.8 * (Z - gmm.means_[labels])  # a little sharper
    return reconstruct(torch.from_numpy(Z).to(torch.float32), mean, components)'''),
    dict(name='codes_recentred', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z, _ = gmm.sample(n)
    Z = Z - Z.mean(axis=0)
    return reconstruct(torch.from_numpy(Z).to(torch.float32), mean, components)'''),
    dict(name='uniform_component_choice', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    rng = np.random.default_rng()
    labels = rng.integers(gmm.n_components, size=n)
    Z = np.stack([rng.multivariate_normal(gmm.means_[j], np.atleast_2d(gmm.covariances_[j]) if gmm.covariance_type == "full" else np.diag(np.broadcast_to(gmm.covariances_[j] if gmm.covariance_type == "diag" else gmm.covariances_ if gmm.covariance_type == "tied" else gmm.covariances_[j], gmm.means_.shape[1:])) if gmm.covariance_type != "tied" else gmm.covariances_) for j in labels]) if n else np.zeros((0, gmm.means_.shape[1]))
    return reconstruct(torch.from_numpy(Z).to(torch.float32), mean, components)'''),
    dict(name='codes_sorted_within_columns', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z, _ = gmm.sample(n)
    Z = np.sort(Z, axis=0)
    return reconstruct(torch.from_numpy(Z).to(torch.float32), mean, components)'''),
    dict(name='n_plus_one_samples', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z, _ = gmm.sample(n + 1)
    return reconstruct(torch.from_numpy(Z).to(torch.float32), mean, components)'''),
    dict(name='one_sample_per_component_repeated', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z, labels = gmm.sample(max(n, gmm.n_components))
    first = {int(j): i for i, j in reversed(list(enumerate(labels)))}
    Z = Z[[first[int(j)] for j in labels[:n]]]
    return reconstruct(torch.from_numpy(Z).to(torch.float32), mean, components)'''),
]
ALTERNATIVES = [
    dict(name='flatten_then_true_divide', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return torch.true_divide(images.flatten(start_dim=1), 255).to(torch.float32)'''),
    dict(name='numpy_round_trip', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return torch.from_numpy(images.numpy().reshape(len(images), -1).astype(np.float32) / np.float32(255))'''),
    dict(name='sum_over_rows', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.sum(dim=0) / X.shape[0]
    return X - mean[None, :], mean'''),
    dict(name='einsum_covariance', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return torch.einsum('ni,nj->ij', X_centered, X_centered) / (X_centered.shape[0] - 1)'''),
    dict(name='torch_cov_recentring', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    D = X_centered.shape[1]
    return torch.cov(X_centered.T).reshape(D, D)'''),
    dict(name='argsort_descending', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    values, vectors = torch.linalg.eigh(covariance(X_centered))
    order = torch.argsort(values, descending=True)
    return mean, values[order], vectors[:, order]'''),
    dict(name='float64_eigh_cast_back', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    values, vectors = torch.linalg.eigh(C.double())
    return mean, values.flip(0).to(C.dtype), vectors.flip(1).to(C.dtype)'''),
    dict(name='einsum_and_addmm', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return torch.einsum('nd,dk->nk', X - mean, components[:, :k])


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return torch.addmm(mean.expand(len(Z), -1), Z, components[:, :k].T)'''),
    dict(name='tensordot_and_broadcast', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return torch.tensordot(X - mean[None], components[:, :k], dims=1)


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    W_k = components[:, : Z.shape[1]]
    return mean[None, :] + (W_k @ Z.T).T'''),
    dict(name='whitened_pca', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k, whiten=True)
    pca.fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(np.mean(np.square(X_hat - X_test.numpy())))'''),
    dict(name='sklearn_metric', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    from sklearn.metrics import mean_squared_error
    pca = PCA(n_components=k)
    codes = pca.fit(X_train.numpy()).transform(X_test.numpy())
    return float(mean_squared_error(X_test.numpy(), pca.inverse_transform(codes)))'''),
    dict(name='as_tensor_dtype', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes = torch.as_tensor(np.asarray(gmm.sample(n)[0]), dtype=torch.float32)
    return reconstruct(codes, mean, components)'''),
    dict(name='float64_pca_in_sklearn', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    train, test = X_train.double().numpy(), X_test.double().numpy()
    pca = PCA(n_components=k).fit(train)
    return float(((pca.inverse_transform(pca.transform(test)) - test) ** 2).mean())'''),
]
