"""Blind round 26: mistakes and alternatives for notebook 01_pca."""
NOTEBOOK = '01_pca'
MISTAKES = [
    dict(name='itv_div256', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.reshape(len(images), -1).to(torch.float32) / 256
'''),
    dict(name='itv_column_order', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.transpose(1, 2).reshape(len(images), -1).to(torch.float32) / 255
'''),
    dict(name='itv_float64', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.reshape(len(images), -1).double() / 255
'''),
    dict(name='itv_divide_by_batch_max', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    images = images.reshape(len(images), -1).to(torch.float32)
    return images / images.max()
'''),
    dict(name='itv_min_max_per_image', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.reshape(len(images), -1).to(torch.float32)
    lo, hi = x.min(1, keepdim=True).values, x.max(1, keepdim=True).values
    return (x - lo) / (hi - lo)
'''),
    dict(name='itv_integer_division', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return (images.reshape(len(images), -1) // 255).to(torch.float32)
'''),
    dict(name='itv_squeeze_batch_of_one', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.reshape(len(images), -1).squeeze().to(torch.float32) / 255
'''),
    dict(name='itv_numpy_float64', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return torch.from_numpy(images.numpy().reshape(len(images), -1) / 255)
'''),
    dict(name='itv_rounded', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return torch.round(images.reshape(len(images), -1).to(torch.float32) / 255, decimals=2)
'''),
    dict(name='itv_cache_by_length', grade_id='images_to_vectors', source=r'''_vectors_cache = {}


def images_to_vectors(images):
    """Scale and flatten a batch of images (cached: MNIST is big)."""
    key = len(images)
    if key not in _vectors_cache:
        _vectors_cache[key] = images.reshape(len(images), -1).to(torch.float32) / 255
    return _vectors_cache[key]
'''),
    dict(name='cen_mean_rows', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=1)
    return X - mean, mean
'''),
    dict(name='cen_keepdim', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0, keepdim=True)
    return X - mean, mean
'''),
    dict(name='cen_inplace', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    X -= mean
    return X, mean
'''),
    dict(name='cen_div_by_d', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.sum(dim=0) / X.shape[1]
    return X - mean, mean
'''),
    dict(name='cen_swapped_return', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    return mean, X - mean
'''),
    dict(name='cen_float64_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.double().mean(dim=0)
    return X - mean, mean
'''),
    dict(name='cen_mean_cast_float32', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    return X - mean, mean.float()
'''),
    dict(name='cen_off_by_one_rows', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X[:-1].mean(dim=0)
    return X - mean, mean
'''),
    dict(name='cen_squeeze_keepdim', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0, keepdim=True).squeeze()
    return X - mean, mean
'''),
    dict(name='cen_centered_aliases_input_when_zero_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    mean = X.mean(dim=0)
    if torch.all(mean == 0):
        return X, mean
    return X - mean, mean
'''),
    dict(name='cen_mean_detached_then_grad_lost', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    return (X - mean).detach(), mean.detach()
'''),
    dict(name='cov_biased', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return X_centered.T @ X_centered / len(X_centered)
'''),
    dict(name='cov_gram_rows', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return X_centered @ X_centered.T / (len(X_centered) - 1)
'''),
    dict(name='cov_torch_cov_biased', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return torch.cov(X_centered.T, correction=0)
'''),
    dict(name='cov_float32_cast', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    X = X_centered.float()
    return X.T @ X / (len(X) - 1)
'''),
    dict(name='cov_inplace_scaling', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    X_centered /= (len(X_centered) - 1) ** 0.5
    return X_centered.T @ X_centered
'''),
    dict(name='cov_diagonal_only', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return torch.diag((X_centered ** 2).sum(dim=0) / (len(X_centered) - 1))
'''),
    dict(name='cov_numpy_float64', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return torch.from_numpy(np.cov(X_centered.detach().numpy(), rowvar=False))
'''),
    dict(name='cov_divide_by_d', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return X_centered.T @ X_centered / (X_centered.shape[1] - 1)
'''),
    dict(name='cov_no_grad', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    with torch.no_grad():
        return X_centered.T @ X_centered / (len(X_centered) - 1)
'''),
    dict(name='cov_int_division', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return torch.div(X_centered.T @ X_centered, len(X_centered) - 1, rounding_mode="floor")
'''),
    dict(name='cov_recentred_by_row', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    X = X_centered - X_centered.mean(dim=1, keepdim=True)
    return X.T @ X / (len(X) - 1)
'''),
    dict(name='pca_ascending', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    eigenvalues = eigenvalues
    components = eigenvectors
    return mean, eigenvalues, components
'''),
    dict(name='pca_flip_rows', grade_id='pca_fit', source=r'''def pca_fit(X):
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
    return mean, eigenvalues, components
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
    eigenvalues = eigenvalues.flip(0)
    components = eigenvectors.flip(1).T
    return mean, eigenvalues, components
'''),
    dict(name='pca_vectors_only_flipped', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    eigenvalues = eigenvalues
    components = eigenvectors.flip(1)
    return mean, eigenvalues, components
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
    order = eigenvalues.abs().argsort(descending=True)
    eigenvalues = eigenvalues[order]
    components = eigenvectors[:, order]
    return mean, eigenvalues, components
'''),
    dict(name='pca_abs_eigenvalues', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    eigenvalues = eigenvalues.flip(0).abs()
    components = eigenvectors.flip(1)
    return mean, eigenvalues, components
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
    order = eigenvalues.argsort(descending=True)
    eigenvalues = eigenvalues[order]
    components = eigenvectors[:, order]
    return mean, eigenvalues, components
'''),
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
    return mean, eigenvalues, components
'''),
    dict(name='pca_scaled_by_sqrt_eigenvalue', grade_id='pca_fit', source=r'''def pca_fit(X):
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
    return mean, eigenvalues, components
'''),
    dict(name='pca_negative_step_slice', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    eigenvalues = eigenvalues[::-1]
    components = eigenvectors[:, ::-1]
    return mean, eigenvalues, components
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
    eigenvalues = eigenvalues.flip(0)
    components = eigenvectors.flip(1)
    return mean, eigenvalues, components
'''),
    dict(name='pca_columns_sum_to_one', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    eigenvalues = eigenvalues.flip(0)
    components = eigenvectors.flip(1) / eigenvectors.flip(1).sum(dim=0)
    return mean, eigenvalues, components
'''),
    dict(name='pr_project_rows', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    dict(name='pr_project_no_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    dict(name='pr_reconstruct_no_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    dict(name='pr_reconstruct_k_from_rows', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    k = Z.shape[0]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='pr_reconstruct_rows_of_components', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return Z @ components[:k, :] + mean
'''),
    dict(name='pr_project_inplace', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    dict(name='pr_project_squeeze', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    dict(name='pr_reconstruct_clamped', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    dict(name='pr_project_own_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    dict(name='pr_project_detached', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    with torch.no_grad():
        return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='pr_project_float32', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return (X - mean).float() @ components[:, :k].float()


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='pr_project_cached_basis', grade_id='project_reconstruct', source=r'''_basis = {}


def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    if k not in _basis:
        _basis[k] = components[:, :k]
    return (X - mean) @ _basis[k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='pr_project_k_minus_1_padded', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    Z = (X - mean) @ components[:, :k]
    Z[:, -1] = 0
    return Z


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='sk_fit_on_test', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_test.numpy())
    Xt = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(Xt))
    return float(((X_hat - Xt) ** 2).mean())
'''),
    dict(name='sk_fit_transform_test', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    Xt = X_test.numpy()
    X_hat = pca.inverse_transform(pca.fit_transform(Xt))
    return float(((X_hat - Xt) ** 2).mean())
'''),
    dict(name='sk_numpy_float32', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    Xt = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(Xt))
    return ((X_hat - Xt) ** 2).mean()
'''),
    dict(name='sk_sum_over_pixels', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    Xt = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(Xt))
    return float(((X_hat - Xt) ** 2).sum(axis=1).mean())
'''),
    dict(name='sk_k_plus_1', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k + 1)
    pca.fit(X_train.numpy())
    Xt = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(Xt))
    return float(((X_hat - Xt) ** 2).mean())
'''),
    dict(name='sk_on_train', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    Xt = X_train.numpy()
    X_hat = pca.inverse_transform(pca.transform(Xt))
    return float(((X_hat - Xt) ** 2).mean())
'''),
    dict(name='sk_no_mean_by_hand', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    Xt = X_test.numpy()
    X_hat = pca.transform(Xt) @ pca.components_
    return float(((X_hat - Xt) ** 2).mean())
'''),
    dict(name='sk_cached_by_k', grade_id='sklearn_test_mse', source=r'''_fitted = {}


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    if k not in _fitted:
        _fitted[k] = PCA(n_components=k).fit(X_train.numpy())
    pca = _fitted[k]
    Xt = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(Xt))
    return float(((X_hat - Xt) ** 2).mean())
'''),
    dict(name='sk_rounded', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    Xt = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(Xt))
    return round(float(((X_hat - Xt) ** 2).mean()), 4)
'''),
    dict(name='sk_hardcoded_784', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    Xt = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(Xt))
    return float(((X_hat - Xt) ** 2).sum() / (len(Xt) * 784))
'''),
    dict(name='sk_variance_fraction', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k / X_train.shape[1])
    pca.fit(X_train.numpy())
    Xt = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(Xt))
    return float(((X_hat - Xt) ** 2).mean())
'''),
    dict(name='gd_no_mean', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z, _ = gmm.sample(n)
    Z = torch.from_numpy(Z).to(torch.float32)
    return Z @ components[:, :Z.shape[1]].T
'''),
    dict(name='gd_clipped', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z, _ = gmm.sample(n)
    Z = torch.from_numpy(Z).to(torch.float32)
    return reconstruct(Z, mean, components).clamp(0, 1)
'''),
    dict(name='gd_one_at_a_time', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z = np.concatenate([gmm.sample(1)[0] for _ in range(n)])
    Z = torch.from_numpy(Z).to(torch.float32)
    return reconstruct(Z, mean, components)
'''),
    dict(name='gd_float64', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z, _ = gmm.sample(n)
    Z = torch.from_numpy(Z)
    return reconstruct(Z, mean, components)
'''),
    dict(name='gd_means_only', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    _, labels = gmm.sample(n)
    Z = gmm.means_[labels]
    Z = torch.from_numpy(Z).to(torch.float32)
    return reconstruct(Z, mean, components)
'''),
    dict(name='gd_last_components', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z, _ = gmm.sample(n)
    Z = torch.from_numpy(Z).to(torch.float32)
    return Z @ components[:, -Z.shape[1]:].T + mean
'''),
    dict(name='gd_two_halves', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z = np.concatenate([gmm.sample(n // 2)[0], gmm.sample(n // 2)[0]])
    Z = torch.from_numpy(Z).to(torch.float32)
    return reconstruct(Z, mean, components)
'''),
    dict(name='gd_unseeded_mixture', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    gmm.random_state = None
    Z, _ = gmm.sample(n)
    Z = torch.from_numpy(Z).to(torch.float32)
    return reconstruct(Z, mean, components)
'''),
    dict(name='gd_uniform_components', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    rng = np.random.default_rng(0)
    j = rng.integers(gmm.n_components, size=n)
    Z = np.stack([rng.multivariate_normal(gmm.means_[i], gmm.covariances_[i]) for i in j])
    Z = torch.from_numpy(Z).to(torch.float32)
    return reconstruct(Z, mean, components)
'''),
    dict(name='gd_diag_covariances', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    _, labels = gmm.sample(n)
    rng = np.random.default_rng(0)
    stds = np.sqrt(np.stack([np.diag(c) for c in gmm.covariances_]))
    Z = gmm.means_[labels] + stds[labels] * rng.standard_normal((n, gmm.means_.shape[1]))
    Z = torch.from_numpy(Z).to(torch.float32)
    return reconstruct(Z, mean, components)
'''),
    dict(name='gd_n_plus_one', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z, _ = gmm.sample(n + 1)
    Z = Z[1:]
    Z = torch.from_numpy(Z).to(torch.float32)
    return reconstruct(Z, mean, components)
'''),
    dict(name='gd_shuffled_codes_per_dim', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z, _ = gmm.sample(n)
    rng = np.random.default_rng(0)
    Z = np.stack([rng.permutation(col) for col in Z.T], axis=1)
    Z = torch.from_numpy(Z).to(torch.float32)
    return reconstruct(Z, mean, components)
'''),
]
ALTERNATIVES = [
    dict(name='itv_alt_flatten_mul', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.flatten(start_dim=1).float().mul(1.0 / 255.0)
'''),
    dict(name='itv_alt_numpy', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return torch.from_numpy(images.numpy().reshape(images.shape[0], 784).astype(np.float32) / np.float32(255))
'''),
    dict(name='cen_alt_sum_div', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.sum(dim=0) / X.shape[0]
    return X - mean, mean
'''),
    dict(name='cen_alt_keepdim_then_index', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    m = torch.mean(X, dim=0, keepdim=True)
    return X - m, m[0]
'''),
    dict(name='cov_alt_torch_cov', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return torch.cov(X_centered.T)
'''),
    dict(name='cov_alt_einsum', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return torch.einsum('ni,nj->ij', X_centered, X_centered) / (X_centered.shape[0] - 1)
'''),
    dict(name='pca_alt_sort_indices', grade_id='pca_fit', source=r'''def pca_fit(X):
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
    return mean, eigenvalues, components
'''),
    dict(name='pca_alt_upper', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C, UPLO='U')
    eigenvalues = eigenvalues.flip(0)
    components = eigenvectors.flip(1)
    return mean, eigenvalues, components
'''),
    dict(name='pca_alt_sign_fixed', grade_id='pca_fit', source=r'''def pca_fit(X):
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
    signs = torch.where(components.sum(dim=0) < 0, -1.0, 1.0).to(components.dtype)
    components = components * signs
    return mean, eigenvalues, components
'''),
    dict(name='pr_alt_linear_split', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W = components[:, :k]
    return X @ W - mean @ W


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='pr_alt_full_then_slice', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return torch.matmul(X - mean[None, :], components)[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return torch.addmm(mean, Z, components[:, :Z.shape[1]].T)
'''),
    dict(name='sk_alt_whiten', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k, whiten=True)
    pca.fit(X_train.numpy())
    Xt = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(Xt))
    return float(((X_hat - Xt) ** 2).mean())
'''),
    dict(name='sk_alt_torch_mse', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    Xt = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(Xt))
    return torch.nn.functional.mse_loss(torch.from_numpy(X_hat), X_test).item()
'''),
    dict(name='gd_alt_as_tensor', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z, _ = gmm.sample(n)
    Z = torch.as_tensor(Z, dtype=torch.float32)
    return (Z @ components[:, :Z.shape[1]].T + mean).to(torch.float32)
'''),
    dict(name='gd_alt_tensor_float', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z, _ = gmm.sample(n)
    Z = torch.tensor(Z).float()
    return reconstruct(Z, mean, components)
'''),
]
