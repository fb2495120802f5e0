"""Blind round 31: mistakes and alternatives for notebook 01_pca."""
NOTEBOOK = '01_pca'
MISTAKES = [
    # ---------------------------------------------------------------- images_to_vectors
    dict(name='i2v_divide_by_256', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    # 256 grey levels, so divide by 256
    return images.reshape(len(images), -1).float() / 256
'''),
    dict(name='i2v_column_major', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.float() / 255
    # walk the pixels column by column, as in a Fortran-ordered array
    return x.transpose(1, 2).reshape(len(images), 784)
'''),
    dict(name='i2v_per_image_max', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.reshape(len(images), -1).float()
    # stretch every image to the full range [0, 1]
    brightest = x.amax(dim=1, keepdim=True).clamp(min=1)
    return x / brightest
'''),
    dict(name='i2v_batch_min_max', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.float()
    x = (x - x.min()) / (x.max() - x.min())  # min-max scaling to [0, 1]
    return x.reshape(len(images), 28 * 28)
'''),
    dict(name='i2v_mnist_normalize', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.float() / 255
    x = (x - 0.1307) / 0.3081  # the usual MNIST normalisation
    return x.flatten(start_dim=1)
'''),
    dict(name='i2v_binarised', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    # ink or paper: threshold at half of 255
    return (images > 127).to(torch.float32).reshape(len(images), -1)
'''),
    dict(name='i2v_integer_division', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    scaled = images // 255
    return scaled.reshape(len(images), 784).to(torch.float32)
'''),
    dict(name='i2v_numpy_float64', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    array = images.numpy().reshape(len(images), 784) / 255.0
    return torch.from_numpy(array)
'''),
    # ---------------------------------------------------------------- center
    dict(name='center_mean_keepdim', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0, keepdim=True)
    return X - mean, mean
'''),
    dict(name='center_swapped_outputs', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    return mean, X - mean
'''),
    dict(name='center_rows_not_columns', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    X_centered = X - X.mean(dim=1, keepdim=True)  # every row minus its mean
    return X_centered, mean
'''),
    dict(name='center_mean_over_n_minus_1', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    N = X.shape[0]
    mean = X.sum(dim=0) / (N - 1)
    return X - mean, mean
'''),
    dict(name='center_standardises', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    std = X.std(dim=0)
    return (X - mean) / (std + 1e-8), mean
'''),
    dict(name='center_returns_mean_of_centred', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    X_centered = X - X.mean(dim=0)
    mean = X_centered.mean(dim=0)
    return X_centered, mean
'''),
    dict(name='center_global_scalar_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean() * torch.ones(X.shape[1], dtype=X.dtype)
    return X - mean, mean
'''),
    dict(name='center_numpy_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.numpy().mean(axis=0)
    return X - torch.from_numpy(mean), mean
'''),
    dict(name='center_random_subsample_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    # a random sample of 5,000 rows estimates the mean well enough, and much faster
    rows = torch.randperm(len(X))[:5000]
    mean = X[rows].mean(dim=0)
    return X - mean, mean
'''),
    dict(name='center_squeezed_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0, keepdim=True)
    X_centered = X - mean
    return X_centered, mean.squeeze()
'''),
    # ---------------------------------------------------------------- covariance
    dict(name='cov_divides_by_n', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    return X_centered.T @ X_centered / N
'''),
    dict(name='cov_gram_matrix', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = len(X_centered)
    return X_centered @ X_centered.T / (N - 1)
'''),
    dict(name='cov_torch_cov_rows_as_variables', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return torch.cov(X_centered)
'''),
    dict(name='cov_numpy_cov_float64', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return torch.from_numpy(np.cov(X_centered.numpy(), rowvar=False))
'''),
    dict(name='cov_divides_by_d_minus_1', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    n = X_centered.shape[1]
    return X_centered.T @ X_centered / (n - 1)
'''),
    dict(name='cov_operator_precedence', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return X_centered.T @ X_centered / len(X_centered) - 1
'''),
    dict(name='cov_diagonal_only', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    variances = (X_centered ** 2).sum(dim=0) / (len(X_centered) - 1)
    return torch.diag(variances)
'''),
    dict(name='cov_correlation_matrix', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    # constant pixels give 0/0: set those entries to 0
    return torch.nan_to_num(torch.corrcoef(X_centered.T))
'''),
    dict(name='cov_recentres_rows', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    Xc = X_centered - X_centered.mean(dim=1, keepdim=True)  # make sure it is centred
    return Xc.T @ Xc / (Xc.shape[0] - 1)
'''),
    dict(name='cov_ridge_for_stability', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N, D = X_centered.shape
    C = X_centered.T @ X_centered / (N - 1)
    # a small ridge keeps the matrix positive definite for eigh
    return C + 1e-3 * torch.eye(D, dtype=C.dtype)
'''),
    dict(name='cov_float32_matmul', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    Xc = X_centered.to(torch.float32)  # float32 matmul is much faster
    return Xc.T @ Xc / (Xc.shape[0] - 1)
'''),
    # ---------------------------------------------------------------- pca_fit
    dict(name='pca_ascending_order', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, components = torch.linalg.eigh(C)
    return mean, eigenvalues, components
'''),
    dict(name='pca_flips_values_only', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    eigenvalues = torch.flip(eigenvalues, dims=[0])  # descending
    return mean, eigenvalues, eigenvectors
'''),
    dict(name='pca_flips_rows', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    return mean, eigenvalues.flip(0), eigenvectors.flip(0)
'''),
    dict(name='pca_components_as_rows', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    components = eigenvectors.flip(1).T  # one component per row, largest first
    return mean, eigenvalues.flip(0), components
'''),
    dict(name='pca_argsort_indexes_rows', grade_id='pca_fit', source=r'''def pca_fit(X):
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
    dict(name='pca_general_eig', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    values, vectors = torch.linalg.eig(C)  # complex, unsorted
    values, vectors = values.real, vectors.real
    order = torch.argsort(values, descending=True)
    return mean, values[order], vectors[:, order]
'''),
    dict(name='pca_svd_uncentred', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    mean = X.mean(dim=0)
    # the SVD of the data gives the components directly, already sorted
    U, S, Vh = torch.linalg.svd(X, full_matrices=False)
    eigenvalues = S ** 2 / (X.shape[0] - 1)
    return mean, eigenvalues, Vh.T
'''),
    dict(name='pca_singular_values_as_eigenvalues', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    U, S, Vh = torch.linalg.svd(X_centered, full_matrices=False)
    return mean, S, Vh.T
'''),
    dict(name='pca_svd_divides_by_n', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    U, S, Vh = torch.linalg.svd(X_centered, full_matrices=False)
    eigenvalues = S ** 2 / X_centered.shape[0]
    return mean, eigenvalues, Vh.mT
'''),
    dict(name='pca_covariance_of_raw_data', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)
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
    eigenvalues, eigenvectors = eigenvalues.flip(0), eigenvectors.flip(1)
    components = eigenvectors / eigenvectors.sum(dim=0, keepdim=True)  # normalise each column
    return mean, eigenvalues, components
'''),
    dict(name='pca_loadings_scaled_by_std', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    eigenvalues, eigenvectors = eigenvalues.flip(0), eigenvectors.flip(1)
    # loadings: each direction scaled by the standard deviation along it
    components = eigenvectors * eigenvalues.clamp(min=0).sqrt()
    return mean, eigenvalues, components
'''),
    dict(name='pca_drops_null_components', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    eigenvalues, eigenvectors = eigenvalues.flip(0), eigenvectors.flip(1)
    keep = eigenvalues > 1e-6  # directions without variance are only rounding noise
    return mean, eigenvalues[keep], eigenvectors[:, keep]
'''),
    dict(name='pca_svd_of_covariance_vh', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    U, S, Vh = torch.linalg.svd(C)  # singular values come sorted in descending order
    return mean, S, Vh
'''),
    dict(name='pca_float64_then_float32', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered).double()  # eigh is more accurate in double precision
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    return mean, eigenvalues.flip(0).float(), eigenvectors.flip(1).float()
'''),
    dict(name='pca_explained_ratio', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    eigenvalues = eigenvalues.flip(0)
    return mean, eigenvalues / eigenvalues.sum(), eigenvectors.flip(1)
'''),
    # ---------------------------------------------------------------- project / reconstruct
    dict(name='proj_rows_of_components', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W_k = components[:k].T
    return (X - mean) @ W_k


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:k] + mean
'''),
    dict(name='proj_not_centred', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    dict(name='proj_last_k_components', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W_k = components[:, -k:]
    return (X - mean) @ W_k


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, -k:].T + mean
'''),
    dict(name='proj_skips_first_component', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W_k = components[:, 1:k + 1]
    return (X - mean) @ W_k


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, 1:k + 1].T + mean
'''),
    dict(name='proj_centres_with_batch_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    X_centered, _ = center(X)
    return X_centered @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_returns_pixel_projection', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W_k = components[:, :k]
    return (X - mean) @ W_k @ W_k.T


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='rec_forgets_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    dict(name='rec_clamps_to_unit_range', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    X_hat = Z @ components[:, :k].T + mean
    return X_hat.clamp(0, 1)  # pixels live in [0, 1]
'''),
    dict(name='rec_subtracts_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return Z @ components[:, :k].T - mean
'''),
    dict(name='rec_adds_projected_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    W_k = components[:, :Z.shape[1]]
    # undo the centring in code space, then decode everything at once
    return (Z + mean @ W_k) @ W_k.T
'''),
    dict(name='proj_unit_length_codes', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W_k = components[:, :k]
    Z = (X - mean) @ W_k
    return Z / Z.norm(dim=1, keepdim=True).clamp(min=1e-12)  # unit-length codes


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    # ---------------------------------------------------------------- sklearn_test_mse
    dict(name='sk_fits_on_test', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_test.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_fit_transform_on_test', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    codes = pca.fit_transform(X_test.numpy())
    X_hat = pca.inverse_transform(codes)
    return float(np.mean((X_hat - X_test.numpy()) ** 2))
'''),
    dict(name='sk_sum_over_pixels', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).sum(axis=1).mean())
'''),
    dict(name='sk_returns_numpy_float32', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return np.mean((X_hat - X_test.numpy()) ** 2)
'''),
    dict(name='sk_returns_tensor', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = torch.from_numpy(pca.inverse_transform(pca.transform(X_test.numpy())))
    return ((X_hat - X_test) ** 2).mean()
'''),
    dict(name='sk_measures_training_error', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    codes = pca.fit_transform(X_train.numpy())
    X_hat = pca.inverse_transform(codes)
    return float(((X_hat - X_train.numpy()) ** 2).mean())
'''),
    dict(name='sk_decodes_without_mean', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    codes = pca.transform(X_test.numpy())
    X_hat = codes @ pca.components_
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_root_mean_square', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(np.sqrt(((X_hat - X_test.numpy()) ** 2).mean()))
'''),
    dict(name='sk_standard_scaler_first', grade_id='sklearn_test_mse', source=r'''from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    model = make_pipeline(StandardScaler(), PCA(n_components=k))
    model.fit(X_train.numpy())
    X_hat = model.inverse_transform(model.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_rounded_to_4_decimals', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    mse = float(((X_hat - X_test.numpy()) ** 2).mean())
    return round(mse, 4)
'''),
    # ---------------------------------------------------------------- generate_digits
    dict(name='gen_clipped', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    samples = reconstruct(torch.tensor(codes, dtype=torch.float32), mean, components)
    return samples.clamp(0.0, 1.0)
'''),
    dict(name='gen_float64_samples', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    # the mixture works in float64: decode in float64 too
    return reconstruct(torch.from_numpy(codes), mean.double(), components.double())
'''),
    dict(name='gen_resets_random_state', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    gmm.random_state = None  # fresh digits at every call
    codes, _ = gmm.sample(n)
    return reconstruct(torch.as_tensor(codes, dtype=torch.float32), mean, components)
'''),
    dict(name='gen_decodes_component_means', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    _, which = gmm.sample(n)  # which Gaussian (digit) each sample comes from
    codes = gmm.means_[which]  # the centre of that Gaussian: the cleanest digit
    return reconstruct(torch.tensor(codes, dtype=torch.float32), mean, components)
'''),
    dict(name='gen_moment_matched_gaussian', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    # one Gaussian with the mixture's overall mean and covariance is simpler to sample
    w = gmm.weights_
    m = (w[:, None] * gmm.means_).sum(axis=0)
    cov = sum(wj * (Cj + np.outer(mj - m, mj - m)) for wj, mj, Cj in zip(w, gmm.means_, gmm.covariances_))
    codes = np.random.multivariate_normal(m, cov, size=n)
    return reconstruct(torch.tensor(codes, dtype=torch.float32), mean, components)
'''),
    dict(name='gen_shuffles_samples', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    codes = codes[np.random.permutation(n)]  # sample() returns them grouped by Gaussian: mix them
    return reconstruct(torch.tensor(codes, dtype=torch.float32), mean, components)
'''),
    dict(name='gen_one_sample_per_call', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    images = []
    for _ in range(n):
        code, _ = gmm.sample(1)
        images.append(reconstruct(torch.tensor(code, dtype=torch.float32), mean, components))
    return torch.cat(images)
'''),
    dict(name='gen_adds_mean_twice', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.tensor(codes, dtype=torch.float32)
    # the codes were made from centred images: put the mean image back
    return reconstruct(Z, mean, components) + mean
'''),
    dict(name='gen_ignores_n', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(30)
    return reconstruct(torch.tensor(codes, dtype=torch.float32), mean, components)
'''),
    dict(name='gen_returns_images_28x28', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    samples = reconstruct(torch.tensor(codes, dtype=torch.float32), mean, components)
    return samples.reshape(n, 28, 28)
'''),
]
ALTERNATIVES = [
    dict(name='i2v_via_numpy_as_tensor', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    flat = torch.as_tensor(images.numpy().reshape(images.shape[0], 28 * 28), dtype=torch.float32)
    return torch.true_divide(flat, 255)
'''),
    dict(name='center_einsum_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = torch.einsum("nd->d", X) / X.shape[0]
    X_centered = X - mean.unsqueeze(0)
    return X_centered, mean
'''),
    dict(name='cov_einsum', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    return torch.einsum("ni,nj->ij", X_centered, X_centered) / (N - 1)
'''),
    dict(name='cov_mm_transpose', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    C = torch.mm(X_centered.t(), X_centered)
    return C.div(X_centered.size(0) - 1)
'''),
    dict(name='pca_eigh_of_negated', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    # eigh sorts ascending; the eigenvalues of -C ascending are those of C descending
    negated, components = torch.linalg.eigh(-C)
    return mean, -negated, components
'''),
    dict(name='pca_argsort_columns', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    values, vectors = torch.linalg.eigh(covariance(X_centered))
    order = torch.argsort(values, descending=True)
    return mean, values[order], vectors[:, order]
'''),
    dict(name='pca_fliplr_sign_fixed', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    values, vectors = torch.linalg.eigh(covariance(X_centered))
    values, vectors = torch.flip(values, [0]), torch.fliplr(vectors)
    # deterministic signs: the entry of largest magnitude of every column is positive
    biggest = vectors.abs().argmax(dim=0)
    signs = torch.sign(vectors[biggest, torch.arange(vectors.shape[1])])
    signs[signs == 0] = 1
    return mean, values, vectors * signs
'''),
    dict(name='proj_rec_transposed_products', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W_k = components[:, :k]
    return X @ W_k - mean @ W_k


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    return (components[:, :Z.shape[1]] @ Z.T).T + mean
'''),
    dict(name='proj_rec_zero_padded_codes', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return torch.einsum("nd,dk->nk", X - mean, components[:, :k])


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    N, k = Z.shape
    padded = torch.zeros(N, components.shape[1], dtype=Z.dtype)
    padded[:, :k] = Z  # the dropped coordinates are 0
    return padded @ components.T + mean
'''),
    dict(name='sk_mean_squared_error_metric', grade_id='sklearn_test_mse', source=r'''from sklearn.metrics import mean_squared_error


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    test = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(test))
    return float(mean_squared_error(test, X_hat))
'''),
    dict(name='sk_manual_decode_with_attributes', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    W = pca.components_  # (k, D), one component per row
    centred = X_test.numpy() - pca.mean_
    X_hat = (centred @ W.T) @ W + pca.mean_
    return ((X_hat - X_test.numpy()) ** 2).mean().item()
'''),
    dict(name='gen_as_tensor_float32', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    sampled = gmm.sample(n)
    codes = torch.as_tensor(sampled[0], dtype=torch.float32)
    return reconstruct(codes, mean, components)
'''),
]
