"""Blind round 21: mistakes and alternatives for notebook 01_pca."""
NOTEBOOK = '01_pca'
MISTAKES = [
    dict(name='itv_column_order', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.transpose(1, 2).flatten(start_dim=1).to(torch.float32) / 255.0
'''),
    dict(name='itv_integer_division_first', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return (images.flatten(start_dim=1) // 255).to(torch.float32)
'''),
    dict(name='itv_float64', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.flatten(start_dim=1).to(torch.float64) / 255.0
'''),
    dict(name='itv_float16', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.flatten(start_dim=1).to(torch.float16) / 255.0
'''),
    dict(name='itv_squeeze_batch_of_one', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.flatten(start_dim=1).squeeze().to(torch.float32) / 255.0
'''),
    dict(name='itv_divide_by_batch_max', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.flatten(start_dim=1).to(torch.float32)
    return x / x.max()
'''),
    dict(name='itv_per_image_max', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.flatten(start_dim=1).to(torch.float32)
    return x / x.max(dim=1, keepdim=True).values
'''),
    dict(name='itv_binarised', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return (images.flatten(start_dim=1) > 127).to(torch.float32)
'''),
    dict(name='itv_scrambled_reshape', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.reshape(784, len(images)).T.to(torch.float32) / 255.0
'''),
    dict(name='itv_numpy_float64', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.numpy().reshape(len(images), -1) / 255.0
'''),
    dict(name='itv_uint8_wraparound_rescale', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return (images.flatten(start_dim=1) * 2).to(torch.float32) / 510.0
'''),
    dict(name='center_row_means', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=1, keepdim=True)
    return X - mean, mean.squeeze(1)
'''),
    dict(name='center_inplace_sub', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    X.sub_(mean)
    return X, mean
'''),
    dict(name='center_divide_n_minus_one', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.sum(dim=0) / (len(X) - 1)
    return X - mean, mean
'''),
    dict(name='center_swapped_return', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    return mean, X - mean
'''),
    dict(name='center_scalar_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean() * torch.ones(X.shape[1])
    return X - mean, mean
'''),
    dict(name='center_standardise', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    return (X - mean) / X.std(dim=0), mean
'''),
    dict(name='center_returns_uncentred', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    X_centered = X - mean
    return X, mean
'''),
    dict(name='center_loop_off_by_one', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = sum(X[i] for i in range(len(X) - 1)) / len(X)
    return X - mean, mean
'''),
    dict(name='center_float32_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.float().mean(dim=0)
    return X - mean, mean
'''),
    dict(name='center_cached_mean', grade_id='center', source=r'''_MEAN = []


def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    if not _MEAN:
        _MEAN.append(X.mean(dim=0))
    mean = _MEAN[0]
    return X - mean, mean
'''),
    dict(name='center_half_precision_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.half().mean(dim=0).to(X.dtype)
    return X - mean, mean
'''),
    dict(name='cov_biased_N', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D), the unbiased covariance matrix
    """
    N = X_centered.shape[0]
    return X_centered.T @ X_centered / N
'''),
    dict(name='cov_gram_NxN', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D), the unbiased covariance matrix
    """
    N = X_centered.shape[0]
    return X_centered @ X_centered.T / (N - 1)
'''),
    dict(name='cov_torch_cov_rows', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D), the unbiased covariance matrix
    """
    N = X_centered.shape[0]
    return torch.cov(X_centered)
'''),
    dict(name='cov_inplace_scale', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D), the unbiased covariance matrix
    """
    N = X_centered.shape[0]
    X_centered /= (N - 1) ** 0.5
    return X_centered.T @ X_centered
'''),
    dict(name='cov_diagonal_only', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D), the unbiased covariance matrix
    """
    N = X_centered.shape[0]
    return torch.diag((X_centered ** 2).sum(dim=0) / (N - 1))
'''),
    dict(name='cov_numel', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D), the unbiased covariance matrix
    """
    N = X_centered.numel()
    return X_centered.T @ X_centered / (N - 1)
'''),
    dict(name='cov_numpy_cast_float32', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D), the unbiased covariance matrix
    """
    N = X_centered.shape[0]
    return torch.from_numpy(np.cov(X_centered.detach().numpy(), rowvar=False)).float()
'''),
    dict(name='cov_correction_zero', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D), the unbiased covariance matrix
    """
    N = X_centered.shape[0]
    return torch.cov(X_centered.T, correction=0)
'''),
    dict(name='cov_precedence', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D), the unbiased covariance matrix
    """
    N = X_centered.shape[0]
    return X_centered.T @ X_centered / N - 1
'''),
    dict(name='cov_half_precision', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D), the unbiased covariance matrix
    """
    N = X_centered.shape[0]
    return (X_centered.T.half() @ X_centered.half() / (N - 1)).to(X_centered.dtype)
'''),
    dict(name='cov_correlation', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D), the unbiased covariance matrix
    """
    N = X_centered.shape[0]
    C = X_centered.T @ X_centered / (N - 1)
    std = C.diagonal().clamp(min=1e-12).sqrt()
    return C / std[:, None] / std[None, :]
'''),
    dict(name='pca_not_sorted', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues, eigenvectors
'''),
    dict(name='pca_values_sorted_vectors_not', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors
'''),
    dict(name='pca_rows_reordered', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[order]
'''),
    dict(name='pca_components_transposed', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order].T
'''),
    dict(name='pca_no_centring', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order]
'''),
    dict(name='pca_sort_by_abs', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues.abs(), descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order]
'''),
    dict(name='pca_general_eig', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eig(C)
    eigenvalues, eigenvectors = eigenvalues.real, eigenvectors.real
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order]
'''),
    dict(name='pca_thin_svd', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    _, S, Vh = torch.linalg.svd(X_centered, full_matrices=False)
    return mean, S ** 2 / (len(X) - 1), Vh.T
'''),
    dict(name='pca_svd_divide_N', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    _, S, Vh = torch.linalg.svd(X_centered, full_matrices=True)
    eigenvalues = torch.zeros(X.shape[1], dtype=X.dtype)
    eigenvalues[: len(S)] = S ** 2 / len(X)
    return mean, eigenvalues, Vh.T
'''),
    dict(name='pca_float64_leak', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C.double())
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order]
'''),
    dict(name='pca_sqrt_eigenvalues', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order].clamp(min=0).sqrt(), eigenvectors[:, order]
'''),
    dict(name='pca_inplace_centring', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    mean = X.mean(dim=0)
    X_centered = X.sub_(mean)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order]
'''),
    dict(name='pca_clamp_to_zero_and_resort', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues.clamp(min=0), descending=True)
    eigenvalues = eigenvalues.clamp(min=1e-3)
    return mean, eigenvalues[order], eigenvectors[:, order]
'''),
    dict(name='pca_cached_fit', grade_id='pca_fit', source=r'''_FIT = {}


def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    if len(X) in _FIT:
        return _FIT[len(X)]
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues, descending=True)
    _FIT[len(X)] = mean, eigenvalues[order], eigenvectors[:, order]
    return _FIT[len(X)]
'''),
    dict(name='proj_no_centring', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_rows_not_columns', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_skip_first', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return (X - mean) @ components[:, 1:k + 1]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_own_batch_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_inplace', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    X -= mean
    return X @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_whitened', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    Z = (X - mean) @ components[:, :k]
    return Z / Z.std(dim=0)


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_squeeze', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return ((X - mean) @ components[:, :k]).squeeze()


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='rec_no_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return Z @ components[:, :k].T
'''),
    dict(name='rec_k_from_batch', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    k = len(Z)
    return Z @ components[:, :k].T + mean
'''),
    dict(name='rec_rows_not_columns', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return Z @ components[:k] + mean
'''),
    dict(name='rec_clamped', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return (Z @ components[:, :k].T + mean).clamp(0, 1)
'''),
    dict(name='rec_k_from_last_project', grade_id='project_reconstruct', source=r'''_LAST_K = [784]


def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    _LAST_K.append(k)
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = _LAST_K[-1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='rec_sigmoid', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return torch.sigmoid(Z @ components[:, :k].T + mean)
'''),
    dict(name='sk_fit_on_test', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_test.numpy())
    X_test_np = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(X_test_np))
    return float(((X_hat - X_test_np) ** 2).mean())
'''),
    dict(name='sk_numpy_scalar', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    X_test_np = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(X_test_np))
    return ((X_hat - X_test_np) ** 2).mean()
'''),
    dict(name='sk_sum_per_image', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    X_test_np = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(X_test_np))
    return float(((X_hat - X_test_np) ** 2).sum(axis=1).mean())
'''),
    dict(name='sk_measured_on_train', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    X_test_np = X_train.numpy()
    X_hat = pca.inverse_transform(pca.transform(X_test_np))
    return float(((X_hat - X_test_np) ** 2).mean())
'''),
    dict(name='sk_fit_transform_test', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    X_test_np = X_test.numpy()
    X_hat = pca.inverse_transform(pca.fit_transform(X_test_np))
    return float(((X_hat - X_test_np) ** 2).mean())
'''),
    dict(name='sk_forgot_mean', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    X_test_np = X_test.numpy()
    X_hat = pca.transform(X_test_np) @ pca.components_
    return float(((X_hat - X_test_np) ** 2).mean())
'''),
    dict(name='sk_cache_by_k', grade_id='sklearn_test_mse', source=r'''_PCAS = {}


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    if k not in _PCAS:
        _PCAS[k] = PCA(n_components=k).fit(X_train.numpy())
    pca = _PCAS[k]
    X_test_np = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(X_test_np))
    return float(((X_hat - X_test_np) ** 2).mean())
'''),
    dict(name='sk_standardised', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    from sklearn.preprocessing import StandardScaler
    scaler = StandardScaler().fit(X_train.numpy())
    pca.fit(scaler.transform(X_train.numpy()))
    X_test_np = X_test.numpy()
    X_hat = scaler.inverse_transform(pca.inverse_transform(pca.transform(scaler.transform(X_test_np))))
    return float(((X_hat - X_test_np) ** 2).mean())
'''),
    dict(name='sk_transform_without_centring', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    X_test_np = X_test.numpy()
    X_hat = (X_test_np @ pca.components_.T) @ pca.components_ + pca.mean_
    return float(((X_hat - X_test_np) ** 2).mean())
'''),
    dict(name='sk_test_mean_not_train', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    X_test_np = X_test.numpy()
    mu = X_test_np.mean(axis=0)
    X_hat = (X_test_np - mu) @ pca.components_.T @ pca.components_ + mu
    return float(((X_hat - X_test_np) ** 2).mean())
'''),
    dict(name='gen_float64_output', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z.double(), mean.double(), components.double())
'''),
    dict(name='gen_clipped', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z, mean, components).clamp(0, 1)
'''),
    dict(name='gen_standard_normal_codes', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z = torch.randn(n, gmm.means_.shape[1])
    return reconstruct(Z, mean, components)
'''),
    dict(name='gen_manual_no_mean', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).to(torch.float32)
    return Z @ components[:, :Z.shape[1]].T
'''),
    dict(name='gen_first_gaussian_only', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes = np.random.multivariate_normal(gmm.means_[0], gmm.covariances_[0], size=n)
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z, mean, components)
'''),
    dict(name='gen_diagonal_covariances', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    which = np.random.choice(len(gmm.weights_), size=n, p=gmm.weights_)
    stds = np.sqrt(np.stack([np.diag(c) for c in gmm.covariances_]))
    codes = gmm.means_[which] + stds[which] * np.random.randn(n, gmm.means_.shape[1])
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z, mean, components)
'''),
    dict(name='gen_uniform_component_choice', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    which = np.random.randint(len(gmm.weights_), size=n)
    codes = np.stack([np.random.multivariate_normal(gmm.means_[j], gmm.covariances_[j]) for j in which])
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z, mean, components)
'''),
    dict(name='gen_reseed_gmm', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    gmm.random_state = 0
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z, mean, components)
'''),
    dict(name='gen_one_at_a_time', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes = np.concatenate([gmm.sample(1)[0] for _ in range(n)])
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z, mean, components)
'''),
    dict(name='gen_first_half_of_double', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes = gmm.sample(2 * n)[0][:n]
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z, mean, components)
'''),
    dict(name='gen_temperature_half', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, labels = gmm.sample(n)
    codes = gmm.means_[labels] + 0.5 * (codes - gmm.means_[labels])
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z, mean, components)
'''),
]
ALTERNATIVES = [
    dict(name='itv_numpy_roundtrip_float32', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    array = images.numpy().reshape(len(images), 28 * 28).astype(np.float32) / np.float32(255)
    return torch.from_numpy(array)
'''),
    dict(name='itv_double_then_float', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    return (images.double() / 255).float().flatten(1)
'''),
    dict(name='center_float64_accumulate', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0, dtype=torch.float64).to(X.dtype)
    return X - mean, mean
'''),
    dict(name='cov_torch_cov', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D), the unbiased covariance matrix
    """
    N = X_centered.shape[0]
    return torch.cov(X_centered.T)
'''),
    dict(name='cov_float64_cast_back', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D), the unbiased covariance matrix
    """
    N = X_centered.shape[0]
    Y = X_centered.double()
    return (Y.T @ Y / (N - 1)).to(X_centered.dtype)
'''),
    dict(name='pca_flip', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)
'''),
    dict(name='pca_svd_full', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    _, S, Vh = torch.linalg.svd(X_centered, full_matrices=True)
    eigenvalues = torch.zeros(X.shape[1], dtype=X.dtype)
    eigenvalues[: len(S)] = S ** 2 / (len(X) - 1)
    return mean, eigenvalues, Vh.T
'''),
    dict(name='pca_sign_fixed', grade_id='pca_fit', source=r'''def pca_fit(X):
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
    signs = torch.sign(components[components.abs().argmax(dim=0), torch.arange(components.shape[1])])
    signs[signs == 0] = 1
    return mean, eigenvalues[order], components * signs
'''),
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
    return Z @ torch.linalg.pinv(components[:, :k]) + mean
'''),
    dict(name='proj_einsum', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return Z @ components[:, :k].T + mean
'''),
    dict(name='sk_whiten', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k, whiten=True)
    pca.fit(X_train.numpy())
    X_test_np = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(X_test_np))
    return float(((X_hat - X_test_np) ** 2).mean())
'''),
    dict(name='sk_metrics_mse', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    X_test_np = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(X_test_np))
    from sklearn.metrics import mean_squared_error
    return float(mean_squared_error(X_test_np, X_hat))
'''),
    dict(name='sk_full_pca_zeroed', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA().fit(X_train.numpy())
    Z = pca.transform(X_test.numpy())
    Z[:, k:] = 0
    X_hat = pca.inverse_transform(Z)
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='gen_torch_tensor_dtype', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.tensor(codes, dtype=torch.float32)
    return reconstruct(Z, mean, components)
'''),
    dict(name='gen_decode_in_float64_then_cast', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(torch.from_numpy(codes), mean.double(), components.double()).float()
'''),
]
