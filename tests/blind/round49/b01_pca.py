"""Blind round 49: mistakes and alternatives for notebook 01_pca."""
NOTEBOOK = '01_pca'
MISTAKES = [
    dict(name='itv_divide_by_256', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.reshape(len(images), -1).float() / 256'''),
    dict(name='itv_mnist_standardise', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.reshape(len(images), -1).float() / 255
    return (x - 0.1307) / 0.3081  # the usual MNIST normalisation'''),
    dict(name='itv_bfloat16_to_save_memory', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.reshape(len(images), -1).to(torch.bfloat16) / 255  # half the memory of float32
    return x.float()'''),
    dict(name='itv_clamp_away_from_zero', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.reshape(len(images), -1).float() / 255
    return x.clamp(1e-4, 1 - 1e-4)  # no exact 0 or 1, so that logs stay finite later'''),
    dict(name='itv_column_major', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.transpose(1, 2).reshape(len(images), -1).float() / 255'''),
    dict(name='itv_reused_buffer', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    global _itv_buffer
    n = len(images)
    if "_itv_buffer" not in globals() or _itv_buffer.shape[0] != n:
        _itv_buffer = torch.empty(n, 784)  # allocate once, reuse for batches of the same size
    torch.div(images.reshape(n, -1), 255, out=_itv_buffer)
    return _itv_buffer'''),
    dict(name='itv_round_to_three_decimals', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.reshape(len(images), -1).float() / 255
    return torch.round(x, decimals=3)  # 255 levels need no more than 3 decimals'''),
    dict(name='itv_float16_scale', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.reshape(len(images), -1).half().div(255)
    return x.to(torch.float32)'''),
    dict(name='itv_uint8_max_scale_per_image', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.reshape(len(images), -1).float()
    return x / x.amax(dim=1, keepdim=True).clamp(min=1)  # each image scaled so its brightest pixel is 1'''),
    dict(name='center_unique_rows_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = torch.unique(X, dim=0).mean(dim=0)  # duplicated rows should not count twice
    return X - mean, mean'''),
    dict(name='center_ones_vector_float32', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    ones = torch.ones(len(X))
    mean = ones @ X / len(X)
    return X - mean, mean'''),
    dict(name='center_cache_by_data_ptr', grade_id='center', source=r'''_center_cache = {}


def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    key = (X.data_ptr(), tuple(X.shape))
    if key not in _center_cache:
        _center_cache[key] = X.mean(dim=0)
    mean = _center_cache[key]
    return X - mean, mean'''),
    dict(name='center_global_scalar_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    return X - X.mean(), mean'''),
    dict(name='center_mean_returned_row', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0, keepdim=True)
    return X - mean, mean.reshape(1, -1)'''),
    dict(name='center_midrange', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = (X.amax(dim=0) + X.amin(dim=0)) / 2  # centre of each column's range
    return X - mean, mean'''),
    dict(name='center_mean_in_place_view', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    X_centered = X
    X_centered -= mean
    return X_centered, mean'''),
    dict(name='center_float16_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.half().mean(dim=0).to(X.dtype)  # half precision is enough for pixel means
    return X - mean, mean'''),
    dict(name='center_mean_detached_numpy', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    import numpy as np
    mean = torch.from_numpy(np.asarray(X).mean(axis=0, dtype=np.float32))
    return X - mean, mean'''),
    dict(name='cov_torch_cov_single_column', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return torch.cov(X_centered.T)'''),
    dict(name='cov_divide_by_N', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return X_centered.T @ X_centered / len(X_centered)'''),
    dict(name='cov_divide_by_D_minus_1', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N, D = X_centered.shape
    return X_centered.T @ X_centered / (D - 1)'''),
    dict(name='cov_clamp_negative', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    C = X_centered.T @ X_centered / (len(X_centered) - 1)
    return C.clamp(min=0)  # variances cannot be negative'''),
    dict(name='cov_chunks_drop_remainder', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N, D = X_centered.shape
    chunk = 4096
    C = torch.zeros(D, D, dtype=X_centered.dtype)
    for start in range(0, max(N - chunk, 0) + 1, chunk):  # rows in chunks, to keep memory small
        block = X_centered[start:start + chunk]
        C += block.T @ block
    return C / (N - 1)'''),
    dict(name='cov_half_matmul', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    Xh = X_centered.to(torch.bfloat16)  # faster matmul
    return (Xh.T @ Xh).to(X_centered.dtype) / (len(X_centered) - 1)'''),
    dict(name='cov_symmetrise_upper_doubled', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    C = X_centered.T @ X_centered / (len(X_centered) - 1)
    return torch.triu(C) + torch.triu(C).T  # make it exactly symmetric'''),
    dict(name='cov_correlation_normalised', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    C = X_centered.T @ X_centered / (len(X_centered) - 1)
    std = C.diagonal().sqrt().clamp(min=1e-8)
    return C / std[:, None] / std[None, :]'''),
    dict(name='cov_sqrt_scaled_both_sides_int', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = len(X_centered)
    Y = X_centered / int((N - 1) ** 0.5)
    return Y.T @ Y'''),
    dict(name='pca_flip_rows', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    values, vectors = torch.linalg.eigh(covariance(X_centered))
    return mean, values.flip(0), vectors.flip(0)'''),
    dict(name='pca_svd_of_covariance', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    U, S, Vh = torch.linalg.svd(covariance(X_centered))  # C is symmetric PSD: its SVD is its eigendecomposition
    return mean, S, U'''),
    dict(name='pca_rows_as_components', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    values, vectors = torch.linalg.eigh(covariance(X_centered))
    order = values.argsort(descending=True)
    return mean, values[order], vectors[order]'''),
    dict(name='pca_explained_ratio', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    values, vectors = torch.linalg.eigh(covariance(X_centered))
    values, vectors = values.flip(0), vectors.flip(1)
    return mean, values / values.sum(), vectors'''),
    dict(name='pca_uncentred', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    values, vectors = torch.linalg.eigh(covariance(X))
    return mean, values.flip(0), vectors.flip(1)'''),
    dict(name='pca_sign_by_sum_sign', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    values, vectors = torch.linalg.eigh(covariance(X_centered))
    values, vectors = values.flip(0), vectors.flip(1)
    vectors = vectors * vectors.sum(dim=0).sign()  # a fixed sign convention: the entries sum to a positive number
    return mean, values, vectors'''),
    dict(name='pca_sort_rounded_values', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    values, vectors = torch.linalg.eigh(covariance(X_centered))
    order = torch.argsort(values.round(decimals=4), descending=True, stable=True)  # ignore rounding noise
    return mean, values[order], vectors[:, order]'''),
    dict(name='pca_gram_trick', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    N, D = X_centered.shape
    if N < D:  # cheaper: eigendecompose the N x N Gram matrix instead
        G = X_centered @ X_centered.T / (N - 1)
        values, U = torch.linalg.eigh(G)
        values, U = values.flip(0), U.flip(1)
        V = X_centered.T @ U
        V = V / V.norm(dim=0).clamp(min=1e-12)
        values = torch.cat([values, values.new_zeros(D - N)])
        V = torch.cat([V, V.new_zeros(D, D - N)], dim=1)
        return mean, values, V
    values, vectors = torch.linalg.eigh(covariance(X_centered))
    return mean, values.flip(0), vectors.flip(1)'''),
    dict(name='pca_eigenvalues_times_ratio', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    N = len(X)
    values, vectors = torch.linalg.eigh(covariance(X_centered))
    values = values * (N - 1) / N  # the variance of the data along each component
    return mean, values.flip(0), vectors.flip(1)'''),
    dict(name='pca_mean_of_centered', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    values, vectors = torch.linalg.eigh(covariance(X_centered))
    return X_centered.mean(dim=0), values.flip(0), vectors.flip(1)'''),
    dict(name='pca_normalise_rows', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    values, vectors = torch.linalg.eigh(covariance(X_centered))
    vectors = vectors / vectors.norm(dim=1, keepdim=True)  # unit eigenvectors
    return mean, values.flip(0), vectors.flip(1)'''),
    dict(name='proj_rows_of_components', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    dict(name='proj_distributed_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W = components[:, :k]
    return X @ W - mean @ W  # (X - mean) W, without building X - mean


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean'''),
    dict(name='proj_last_columns', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return (X - mean) @ components[:, -k:] if k > 0 else (X - mean) @ components[:, :0]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean'''),
    dict(name='proj_whitened', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    Z = (X - mean) @ components[:, :k]
    return Z / Z.std(dim=0, keepdim=True).clamp(min=1e-8)  # codes on a common scale


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean'''),
    dict(name='rec_clamped_pixels', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    dict(name='rec_cached_by_k', grade_id='project_reconstruct', source=r'''_rec_cache = {}


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
    if k not in _rec_cache:
        _rec_cache[k] = components[:, :k].T.contiguous()
    return Z @ _rec_cache[k] + mean'''),
    dict(name='rec_no_transpose_square', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    W = components[:, :k]
    return (W @ Z.T).T + mean.unsqueeze(0).expand(len(Z), -1)'''),
    dict(name='proj_mean_from_X', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    dict(name='rec_pinv', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    W = components[:, :k]
    return Z @ torch.linalg.pinv(W.float()).to(Z.dtype) + mean'''),
    dict(name='proj_float32_components', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W = components[:, :k].float()
    return ((X - mean).float() @ W).to(X.dtype)


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean'''),
    dict(name='skl_divide_by_N_minus_1', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    N, D = X_test.shape
    return float(((X_hat - X_test.numpy()) ** 2).sum() / ((N - 1) * D))  # unbiased, as for C'''),
    dict(name='skl_clip_pixels', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = np.clip(pca.inverse_transform(pca.transform(X_test.numpy())), 0, 1)
    return float(((X_hat - X_test.numpy()) ** 2).mean())'''),
    dict(name='skl_whiten_manual_decode', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k, whiten=True).fit(X_train.numpy())
    Z = pca.transform(X_test.numpy())
    X_hat = Z @ pca.components_ + pca.mean_
    return float(((X_hat - X_test.numpy()) ** 2).mean())'''),
    dict(name='skl_mse_per_image', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).sum(axis=1).mean())'''),
    dict(name='skl_rmse', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(np.sqrt(((X_hat - X_test.numpy()) ** 2).mean()))'''),
    dict(name='skl_no_mean_in_decode', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.transform(X_test.numpy()) @ pca.components_
    return float(((X_hat - X_test.numpy()) ** 2).mean())'''),
    dict(name='skl_float16_error', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    error = (X_hat - X_test.numpy()).astype(np.float16)  # halves the memory of the error matrix
    return float((error.astype(np.float32) ** 2).mean())'''),
    dict(name='skl_mean_of_row_medians', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(np.median(((X_hat - X_test.numpy()) ** 2).mean(axis=1)))  # robust to a few odd images'''),
    dict(name='skl_k_plus_one', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=min(k + 1, *X_train.shape)).fit(X_train.numpy())  # +1 for the mean
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())'''),
    dict(name='gen_loop_of_single_samples', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes = [gmm.sample(1)[0][0] for _ in range(n)]
    Z = torch.tensor(np.array(codes), dtype=torch.float32)
    return reconstruct(Z, mean, components)'''),
    dict(name='gen_deepcopy_mixture', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    import copy
    codes, _ = copy.deepcopy(gmm).sample(n)  # leave the caller's mixture untouched
    return reconstruct(torch.from_numpy(codes).float(), mean, components)'''),
    dict(name='gen_means_only', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    _, labels = gmm.sample(n)
    Z = torch.from_numpy(gmm.means_[labels]).float()  # the centre of the Gaussian each sample came from
    return reconstruct(Z, mean, components)'''),
    dict(name='gen_float64_decode', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes)
    return reconstruct(Z, mean.double(), components.double())'''),
    dict(name='gen_standardised_codes', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    codes = (codes - codes.mean(axis=0)) / codes.std(axis=0).clip(min=1e-8) * gmm.means_.std(axis=0)
    return reconstruct(torch.from_numpy(codes).float(), mean, components)'''),
    dict(name='gen_sort_by_first_code', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    codes = codes[np.argsort(codes[:, 0])]  # ordered along the first component, nicer to look at
    return reconstruct(torch.from_numpy(codes).float(), mean, components)'''),
    dict(name='gen_without_mean', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).float()
    return Z @ components[:, :Z.shape[1]].T'''),
    dict(name='skl_whiten_round_trip', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k, whiten=True).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return ((X_hat - X_test.numpy()) ** 2).mean().item()'''),
]
ALTERNATIVES = [
    dict(name='alt_itv_flatten_mul', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.flatten(start_dim=1).to(torch.float32) * (1.0 / 255.0)'''),
    dict(name='alt_itv_numpy', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    array = images.numpy().reshape(len(images), 28 * 28).astype(np.float32)
    return torch.from_numpy(array / np.float32(255))'''),
    dict(name='alt_center_sum', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.sum(dim=0) / X.shape[0]
    return X - mean, mean'''),
    dict(name='alt_center_keepdim_squeeze0', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = torch.mean(X, 0, keepdim=True)
    return X - mean, mean.squeeze(0)'''),
    dict(name='alt_cov_einsum_chunks', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N, D = X_centered.shape
    C = X_centered.new_zeros(D, D)
    for block in X_centered.split(8192):
        C += torch.einsum("ni,nj->ij", block, block)
    return C / (N - 1)'''),
    dict(name='alt_cov_torch_cov_reshaped', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    D = X_centered.shape[1]
    return torch.cov(X_centered.T).reshape(D, D)'''),
    dict(name='alt_pca_argsort', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    values, vectors = torch.linalg.eigh(covariance(X_centered), UPLO="U")
    order = torch.argsort(values, descending=True)
    return mean, values[order], vectors[:, order]'''),
    dict(name='alt_pr_linear', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return torch.nn.functional.linear(X - mean, components[:, :k].T)


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    return torch.addmm(mean, Z, components[:, :Z.shape[1]].T)'''),
    dict(name='alt_skl_components', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    from sklearn.metrics import mean_squared_error
    pca = PCA(n_components=k)
    pca.fit(X_train.double().numpy())
    test = X_test.double().numpy()
    X_hat = (test - pca.mean_) @ pca.components_.T @ pca.components_ + pca.mean_
    return float(mean_squared_error(test, X_hat))'''),
    dict(name='alt_gen_as_tensor', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes = gmm.sample(n)[0]
    return reconstruct(torch.as_tensor(codes, dtype=torch.float32), mean, components)'''),
]
