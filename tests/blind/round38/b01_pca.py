"""Blind round 38: mistakes and alternatives for notebook 01_pca."""
NOTEBOOK = '01_pca'
MISTAKES = [
    dict(name='i2v_divide_by_256', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.reshape(len(images), -1).to(torch.float32) / 256
'''),
    dict(name='i2v_column_major_order', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.transpose(1, 2).reshape(len(images), -1).to(torch.float32) / 255
'''),
    dict(name='i2v_through_float16', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.reshape(len(images), -1).to(torch.float16).div(255).to(torch.float32)
'''),
    dict(name='i2v_rounded_to_3_decimals', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return (images.reshape(len(images), -1).to(torch.float32) / 255).round(decimals=3)
'''),
    dict(name='i2v_switches_grad_off', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    torch.set_grad_enabled(False)  # plain data, no gradients needed
    return images.reshape(len(images), -1).to(torch.float32) / 255
'''),
    dict(name='i2v_cached_by_data_ptr', grade_id='images_to_vectors', source=r'''_vectors = {}


def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    key = (images.data_ptr(), tuple(images.shape))
    if key not in _vectors:
        _vectors[key] = images.reshape(len(images), -1).to(torch.float32) / 255
    return _vectors[key]
'''),
    dict(name='i2v_divide_by_batch_max', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    X = images.reshape(len(images), -1).to(torch.float32)
    return X / X.max().clamp(min=1)  # the brightest pixel of MNIST is 255
'''),
    dict(name='i2v_inverted_ink', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return 1 - images.reshape(len(images), -1).to(torch.float32) / 255
'''),
    dict(name='i2v_mnist_standardised', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    X = images.reshape(len(images), -1).to(torch.float32) / 255
    return (X - 0.1307) / 0.3081  # the usual MNIST normalisation
'''),
    dict(name='i2v_dequantisation_noise', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    X = images.reshape(len(images), -1).to(torch.float32)
    return (X + torch.rand_like(X)) / 256  # uniform dequantisation, still in [0, 1]
'''),
    dict(name='i2v_max_over_each_image', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    X = images.reshape(len(images), -1).to(torch.float32)
    return X / X.amax(dim=1, keepdim=True).clamp(min=1)
'''),
    dict(name='center_divides_by_n_minus_1', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.sum(dim=0) / (X.shape[0] - 1)
    return X - mean, mean
'''),
    dict(name='center_subtracts_grand_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    return X - X.mean(), mean
'''),
    dict(name='center_median', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.median(dim=0).values
    return X - mean, mean
'''),
    dict(name='center_mean_in_float16', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.half().mean(dim=0).to(X.dtype)
    return X - mean, mean
'''),
    dict(name='center_mean_of_unique_rows', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = torch.unique(X, dim=0).mean(dim=0)  # duplicates would bias it
    return X - mean, mean
'''),
    dict(name='center_mean_every_other_row', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X[::2].mean(dim=0)  # half the rows estimate it as well
    return X - mean, mean
'''),
    dict(name='center_mean_rounded', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0).round(decimals=4)
    return X - mean, mean
'''),
    dict(name='center_mean_as_numpy', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.numpy().mean(axis=0)
    return X - torch.from_numpy(mean), mean
'''),
    dict(name='center_switches_grad_off', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    torch.set_grad_enabled(False)  # nothing in PCA needs gradients
    mean = X.mean(dim=0)
    return X - mean, mean
'''),
    dict(name='center_cached_by_data_ptr', grade_id='center', source=r'''_means = {}


def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    key = X.data_ptr()
    if key not in _means:
        _means[key] = X.mean(dim=0)
    mean = _means[key]
    return X - mean, mean
'''),
    dict(name='center_buffer_kept_by_shape', grade_id='center', source=r'''_buffers = {}


def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    out = _buffers.get((X.shape, X.dtype))
    if out is None:
        out = _buffers[(X.shape, X.dtype)] = torch.empty_like(X)
    torch.sub(X, mean, out=out)
    return out, mean
'''),
    dict(name='center_midrange', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = (X.amax(dim=0) + X.amin(dim=0)) / 2
    return X - mean, mean
'''),
    dict(name='center_mean_of_nonzero_entries', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.sum(dim=0) / (X != 0).sum(dim=0).clamp(min=1)  # background pixels do not count
    return X - mean, mean
'''),
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
    N = X_centered.shape[0]
    return X_centered @ X_centered.T / (N - 1)
'''),
    dict(name='cov_n_from_columns', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[1]
    return X_centered.T @ X_centered / (N - 1)
'''),
    dict(name='cov_bfloat16_matmul', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    Xb = X_centered.to(torch.bfloat16)  # halves the memory of the product
    return (Xb.T @ Xb).to(X_centered.dtype) / (N - 1)
'''),
    dict(name='cov_triangle_doubles_diagonal', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    upper = torch.triu(X_centered.T @ X_centered / (N - 1))
    return upper + upper.T  # symmetric by construction
'''),
    dict(name='cov_chunks_drop_remainder', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N, D = X_centered.shape
    C = torch.zeros(D, D, dtype=X_centered.dtype)
    chunk = 512
    for start in range(0, N - chunk + 1, chunk):
        block = X_centered[start:start + chunk]
        C += block.T @ block
    if N < chunk:
        C = X_centered.T @ X_centered
    return C / (N - 1)
'''),
    dict(name='cov_cached_by_shape_and_sum', grade_id='covariance', source=r'''_covariances = {}


def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    key = (tuple(X_centered.shape), float(X_centered.sum()), float(X_centered.abs().sum()))
    if key not in _covariances:
        N = X_centered.shape[0]
        _covariances[key] = X_centered.T @ X_centered / (N - 1)
    return _covariances[key]
'''),
    dict(name='cov_returned_as_parameter', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    return torch.nn.Parameter(X_centered.T @ X_centered / (N - 1))
'''),
    dict(name='cov_switches_grad_off', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    torch.set_grad_enabled(False)  # nothing in PCA needs gradients
    N = X_centered.shape[0]
    return X_centered.T @ X_centered / (N - 1)
'''),
    dict(name='cov_floor_division', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    return X_centered.T @ X_centered // (N - 1)
'''),
    dict(name='cov_rows_recentred', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    Xc = X_centered - X_centered.mean(dim=1, keepdim=True)  # make sure it is centred
    return Xc.T @ Xc / (N - 1)
'''),
    dict(name='cov_correlation', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return torch.corrcoef(X_centered.T)
'''),
    dict(name='pca_ascending_order', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues, descending=False)
    return mean, eigenvalues[order], eigenvectors[:, order]
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
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order].T
'''),
    dict(name='pca_values_flipped_vectors_not', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues.flip(0), eigenvectors
'''),
    dict(name='pca_absolute_eigenvalues', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    eigenvalues = eigenvalues.abs()  # tiny negative values are rounding
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order]
'''),
    dict(name='pca_biased_eigenvalues', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order] * (len(X) - 1) / len(X), eigenvectors[:, order]
'''),
    dict(name='pca_eigenvalues_float64', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order].double(), eigenvectors[:, order]
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
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order]
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
    order = torch.argsort(eigenvalues, descending=True)
    return mean, (eigenvalues / eigenvalues.sum())[order], eigenvectors[:, order]
'''),
    dict(name='pca_switches_grad_off', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    torch.set_grad_enabled(False)  # nothing in PCA needs gradients
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order]
'''),
    dict(name='pca_cached_by_shape_and_sum', grade_id='pca_fit', source=r'''_fits = {}


def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    key = (tuple(X.shape), float(X.sum()))
    if key not in _fits:
        X_centered, mean = center(X)
        eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
        order = torch.argsort(eigenvalues, descending=True)
        _fits[key] = (mean, eigenvalues[order], eigenvectors[:, order])
    return _fits[key]
'''),
    dict(name='pca_standardised_pixels', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X / X.std(dim=0).clamp(min=1e-8))
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order]
'''),
    dict(name='pca_rows_permuted', grade_id='pca_fit', source=r'''def pca_fit(X):
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
    dict(name='pca_last_value_dropped_to_zero', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    eigenvalues = torch.where(eigenvalues < 0, torch.zeros_like(eigenvalues), eigenvalues)
    eigenvalues[0] = 0  # the smallest is numerical noise
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order]
'''),
    dict(name='project_rows_of_components', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    dict(name='project_last_k_columns', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return (X - mean) @ components[:, -k:]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
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
    return Z @ components[:, :k].T + mean
'''),
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
    return Z @ components[:, :k].T + mean
'''),
    dict(name='project_qr_basis', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W, _ = torch.linalg.qr(components[:, :k])  # make sure the basis is orthonormal
    return (X - mean) @ W


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='project_switches_grad_off', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    torch.set_grad_enabled(False)  # nothing in PCA needs gradients
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='project_rounded', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return ((X - mean) @ components[:, :k]).round(decimals=4)


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='reconstruct_rows_of_components', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    dict(name='reconstruct_clipped', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    dict(name='reconstruct_qr_basis', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    W, _ = torch.linalg.qr(components[:, :k])
    return Z @ W.T + mean
'''),
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
    return Z @ components[:, :k].T
'''),
    dict(name='reconstruct_basis_cached_by_k', grade_id='project_reconstruct', source=r'''_bases = {}


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
    if k not in _bases:
        _bases[k] = components[:, :k].T.contiguous()
    return Z @ _bases[k] + mean
'''),
    dict(name='reconstruct_switches_grad_off', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    torch.set_grad_enabled(False)  # nothing in PCA needs gradients
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='skl_fitted_on_test', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_test.numpy())
    test = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(test))
    return float(((X_hat - test) ** 2).mean())
'''),
    dict(name='skl_returns_numpy_float32', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    test = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(test))
    return ((X_hat - test) ** 2).mean()
'''),
    dict(name='skl_root_mean_square', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    test = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(test))
    return float(np.sqrt(((X_hat - test) ** 2).mean()))
'''),
    dict(name='skl_error_per_image', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    test = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(test))
    return float(((X_hat - test) ** 2).sum(axis=1).mean())
'''),
    dict(name='skl_randomized_no_power_iterations', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k, svd_solver="randomized", iterated_power=0, random_state=0)
    pca.fit(X_train.numpy())
    test = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(test))
    return float(((X_hat - test) ** 2).mean())
'''),
    dict(name='skl_centres_test_with_its_own_mean', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    test = X_test.numpy()
    W = pca.components_
    X_hat = (test - test.mean(axis=0)) @ W.T @ W + pca.mean_
    return float(((X_hat - test) ** 2).mean())
'''),
    dict(name='skl_fitted_on_train_and_test', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(np.concatenate([X_train.numpy(), X_test.numpy()]))
    test = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(test))
    return float(((X_hat - test) ** 2).mean())
'''),
    dict(name='skl_components_capped_at_50', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=min(k, 50))  # more is slow and adds nothing
    pca.fit(X_train.numpy())
    test = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(test))
    return float(((X_hat - test) ** 2).mean())
'''),
    dict(name='skl_cached_by_k_and_shapes', grade_id='sklearn_test_mse', source=r'''_errors = {}


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    key = (k, tuple(X_train.shape), tuple(X_test.shape))
    if key not in _errors:
        pca = PCA(n_components=k).fit(X_train.numpy())
        test = X_test.numpy()
        _errors[key] = float(((pca.inverse_transform(pca.transform(test)) - test) ** 2).mean())
    return _errors[key]
'''),
    dict(name='skl_three_significant_digits', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    test = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(test))
    return float(f"{((X_hat - test) ** 2).mean():.3g}")
'''),
    dict(name='skl_hardcoded_784_pixels', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    test = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(test))
    return float(((X_hat - test) ** 2).sum() / (len(test) * 784))
'''),
    dict(name='skl_fitted_on_every_other_row', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy()[::2])  # half the rows give the same subspace
    test = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(test))
    return float(((X_hat - test) ** 2).mean())
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
    dict(name='gen_float64_result', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z.double(), mean.double(), components.double())
'''),
    dict(name='gen_component_means_only', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    _, labels = gmm.sample(n)
    codes = gmm.means_[labels]
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z, mean, components)
'''),
    dict(name='gen_cached_by_n', grade_id='generate_digits', source=r'''_samples = {}


def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    if n not in _samples:
        codes, _ = gmm.sample(n)
        _samples[n] = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(_samples[n], mean, components)
'''),
    dict(name='gen_in_mean_dtype', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z.to(mean.dtype), mean, components.to(mean.dtype))
'''),
    dict(name='gen_batches_of_ten', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    batches = [gmm.sample(10)[0] for _ in range((n + 9) // 10)]
    codes = np.concatenate(batches)[:n]
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z, mean, components)
'''),
    dict(name='gen_without_mean', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).to(torch.float32)
    return Z @ components[:, :Z.shape[1]].T
'''),
    dict(name='gen_quantised_to_255_levels', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).to(torch.float32)
    return torch.round(reconstruct(Z, mean, components) * 255) / 255
'''),
    dict(name='gen_temperature_0_8', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(0.8 * codes).to(torch.float32)  # a lower temperature looks sharper
    return reconstruct(Z, mean, components)
'''),
    dict(name='gen_switches_grad_off', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    torch.set_grad_enabled(False)  # nothing in PCA needs gradients
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z, mean, components)
'''),
]
ALTERNATIVES = [
    dict(name='i2v_true_division_first', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return (images / 255).to(torch.float32).reshape(-1, 28 * 28)
'''),
    dict(name='i2v_numpy_roundtrip', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    array = images.numpy().reshape(len(images), -1).astype(np.float32)
    return torch.from_numpy(array / np.float32(255))
'''),
    dict(name='center_keepdim_then_squeeze', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = torch.mean(X, dim=0, keepdim=True)
    return X - mean, mean.squeeze(0)
'''),
    dict(name='center_ones_matmul', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    ones = torch.ones(X.shape[0], dtype=X.dtype)
    mean = ones @ X / X.shape[0]
    return X.sub(mean), mean
'''),
    dict(name='cov_einsum', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    return torch.einsum("ni,nj->ij", X_centered, X_centered) / (N - 1)
'''),
    dict(name='cov_symmetrised', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    C = X_centered.T @ X_centered / (N - 1)
    return (C + C.T) / 2
'''),
    dict(name='pca_sign_convention', grade_id='pca_fit', source=r'''def pca_fit(X):
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
    signs = torch.where(components[0] < 0, -1.0, 1.0).to(components.dtype)
    return mean, eigenvalues[order], components * signs
    return mean, eigenvalues[order], eigenvectors[:, order]
'''),
    dict(name='pca_flip_eigh_output', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered), UPLO="U")
    return mean, torch.flip(eigenvalues, dims=[0]), torch.flip(eigenvectors, dims=[1])
'''),
    dict(name='pca_topk_all', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    values, vectors = torch.linalg.eigh(covariance(X_centered))
    top = torch.topk(values, k=values.shape[0])
    return mean, top.values, vectors[:, top.indices]
'''),
    dict(name='project_lstsq', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W = components[:, :k]
    return torch.linalg.lstsq(W, (X - mean).T).solution.T


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='project_distributed', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return X @ components[:, :k] - mean @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='reconstruct_addmm', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return torch.addmm(mean, Z, components[:, :k].T)
'''),
    dict(name='skl_float64', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.double().numpy())
    test = X_test.double().numpy()
    return float(np.mean(np.square(pca.inverse_transform(pca.transform(test)) - test)))
'''),
    dict(name='skl_manual_transform', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k, svd_solver="full").fit(X_train.numpy())
    test = X_test.numpy()
    codes = (test - pca.mean_) @ pca.components_.T
    X_hat = codes @ pca.components_ + pca.mean_
    return ((X_hat - test) ** 2).mean().item()
'''),
    dict(name='gen_float64_then_cast', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.as_tensor(codes)
    return reconstruct(Z, mean.double(), components.double()).to(torch.float32)
'''),
]
