"""Blind round 34: mistakes and alternatives for notebook 01_pca."""
NOTEBOOK = '01_pca'
MISTAKES = [
    dict(name='i2v_divide_by_256', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.reshape(len(images), -1).float() / 256
'''),
    dict(name='i2v_column_major', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.transpose(1, 2).reshape(len(images), -1).float() / 255
'''),
    dict(name='i2v_inverted', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    # ink should be dark on a light background: 0 = ink, 1 = paper
    return 1 - images.reshape(len(images), -1).float() / 255
'''),
    dict(name='i2v_batch_max', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.reshape(len(images), -1).float()
    return x / x.max()  # the brightest pixel becomes 1
'''),
    dict(name='i2v_per_image_max', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.reshape(len(images), -1).float()
    return x / x.max(dim=1, keepdim=True).values.clamp(min=1)  # every image spans [0, 1]
'''),
    dict(name='i2v_binarise', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return (images > 127).reshape(len(images), -1).float()
'''),
    dict(name='i2v_mnist_normalisation', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.reshape(len(images), -1).float() / 255
    return (x - 0.1307) / 0.3081  # the usual MNIST normalisation
'''),
    dict(name='i2v_squeeze_flatten', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.squeeze().flatten(1).float() / 255
'''),
    dict(name='i2v_half_precision', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.half() / 255  # half the memory for 70,000 images
    return x.float().reshape(len(images), -1)
'''),
    dict(name='center_keepdim_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0, keepdim=True)
    return X - mean, mean
'''),
    dict(name='center_standardise', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    return (X - mean) / (X.std(dim=0) + 1e-8), mean
'''),
    dict(name='center_row_means', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=1)
    return X - mean[:, None], mean
'''),
    dict(name='center_squeeze_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0, keepdim=True)
    return X - mean, mean.squeeze()
'''),
    dict(name='center_chunked_mean_of_means', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    # average chunk by chunk to keep the memory small on 60,000 rows
    chunk_means = torch.stack([chunk.mean(dim=0) for chunk in X.split(4096)])
    mean = chunk_means.mean(dim=0)
    return X - mean, mean
'''),
    dict(name='center_divide_n_minus_1', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.sum(dim=0) / (len(X) - 1)
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
    dict(name='center_in_place', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    X -= mean  # no copy of the 60,000 x 784 matrix
    return X, mean
'''),
    dict(name='center_median', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.median(dim=0).values  # robust to outlying images
    return X - mean, mean
'''),
    dict(name='center_global_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean().expand(X.shape[1])
    return X - mean, mean
'''),
    dict(name='cov_biased_n', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return X_centered.T @ X_centered / len(X_centered)
'''),
    dict(name='cov_divide_d_minus_1', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return X_centered.T @ X_centered / (X_centered.shape[1] - 1)
'''),
    dict(name='cov_gram_matrix', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return X_centered @ X_centered.T / (len(X_centered) - 1)
'''),
    dict(name='cov_ridge', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    n, d = X_centered.shape
    C = X_centered.T @ X_centered / (n - 1)
    return C + 1e-6 * torch.eye(d, dtype=C.dtype)  # keep C positive definite
'''),
    dict(name='cov_recentre_rows', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    Xc = X_centered - X_centered.mean(dim=1, keepdim=True)  # make sure it is centred
    return Xc.T @ Xc / (len(Xc) - 1)
'''),
    dict(name='cov_numpy_cov_float32', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return torch.from_numpy(np.cov(X_centered.numpy(), rowvar=False)).float()
'''),
    dict(name='cov_lower_triangle', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    # eigh only reads the lower triangle: skip the other half
    return torch.tril(X_centered.T @ X_centered) / (len(X_centered) - 1)
'''),
    dict(name='cov_diagonal_only', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return torch.diag((X_centered ** 2).sum(dim=0) / (len(X_centered) - 1))
'''),
    dict(name='cov_corrcoef', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return torch.corrcoef(X_centered.T)
'''),
    dict(name='cov_symmetrise_without_half', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    C = X_centered.T @ X_centered / (len(X_centered) - 1)
    return C + C.T  # exactly symmetric
'''),
    dict(name='pca_ascending_order', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues, components
'''),
    dict(name='pca_flip_rows', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), components.flip(0)
'''),
    dict(name='pca_sort_index_rows', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    eigenvalues, order = torch.sort(eigenvalues, descending=True)
    return mean, eigenvalues, components[order]
'''),
    dict(name='pca_sort_by_magnitude', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    order = eigenvalues.abs().argsort(descending=True)  # largest first
    return mean, eigenvalues[order], components[:, order]
'''),
    dict(name='pca_sign_from_column_sum', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    eigenvalues, components = eigenvalues.flip(0), components.flip(1)
    components = components * torch.sign(components.sum(dim=0))  # deterministic signs
    return mean, eigenvalues, components
'''),
    dict(name='pca_sign_from_first_row', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    eigenvalues, components = eigenvalues.flip(0), components.flip(1)
    components = components * torch.sign(components[0])  # first entry of each column positive
    return mean, eigenvalues, components
'''),
    dict(name='pca_biased_inline_covariance', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = X_centered.T @ X_centered / len(X)
    eigenvalues, components = torch.linalg.eigh(C)
    return mean, eigenvalues.flip(0), components.flip(1)
'''),
    dict(name='pca_float64_eigenvalues', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered).double()  # eigh is more accurate in double precision
    eigenvalues, components = torch.linalg.eigh(C)
    return mean, eigenvalues.flip(0), components.flip(1).float()
'''),
    dict(name='pca_explained_ratio', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    eigenvalues, components = eigenvalues.flip(0), components.flip(1)
    return mean, eigenvalues / eigenvalues.sum(), components
'''),
    dict(name='pca_reduced_svd_short_data', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    _, S, Vh = torch.linalg.svd(X_centered, full_matrices=False)
    return mean, S ** 2 / (len(X) - 1), Vh.T
'''),
    dict(name='pca_scaled_loadings', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    eigenvalues, components = eigenvalues.flip(0), components.flip(1)
    return mean, eigenvalues, components * eigenvalues.clamp(min=0).sqrt()  # loadings
'''),
    dict(name='pca_standardised_features', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X = X / (X.std(dim=0) + 1e-8)  # features on the same scale
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), components.flip(1)
'''),
    dict(name='pca_centres_caller_data', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    mean = X.mean(dim=0)
    X -= mean  # centre without a copy
    eigenvalues, components = torch.linalg.eigh(covariance(X))
    return mean, eigenvalues.flip(0), components.flip(1)
'''),
    dict(name='pca_second_moment_minus_outer', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    mean = X.mean(dim=0)
    C = X.T @ X / (len(X) - 1) - torch.outer(mean, mean)  # one pass over the data
    eigenvalues, components = torch.linalg.eigh(C)
    return mean, eigenvalues.flip(0), components.flip(1)
'''),
    dict(name='pca_uncentred_covariance', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    _, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X))
    return mean, eigenvalues.flip(0), components.flip(1)
'''),
    dict(name='pca_general_eig', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    values, vectors = torch.linalg.eig(covariance(X_centered))
    values, vectors = values.real, vectors.real
    order = values.argsort(descending=True)
    return mean, values[order], vectors[:, order]
'''),
    dict(name='project_no_centring', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    dict(name='project_rows_as_components', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    dict(name='project_centres_with_batch_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    dict(name='project_subtracts_in_place', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    dict(name='project_caps_k_at_rank', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    k = min(k, len(X))  # at most N directions carry variance
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='project_mean_subtracted_after', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return Z @ components[:, :k].T + mean
'''),
    dict(name='reconstruct_no_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return (Z @ components[:, :k].T + mean).clamp(0, 1)  # valid pixel values
'''),
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
    return Z @ components[:, -k:].T + mean
'''),
    dict(name='reconstruct_rows_as_components', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    dict(name='reconstruct_minus_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    dict(name='reconstruct_float32', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return (Z @ components[:, :k].T + mean).float()
'''),
    dict(name='sk_fit_transform_on_test', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X = X_test.numpy()
    X_hat = pca.inverse_transform(pca.fit_transform(X))
    return float(((X - X_hat) ** 2).mean())
'''),
    dict(name='sk_training_error', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    X = X_train.numpy()
    pca = PCA(n_components=k).fit(X)
    X_hat = pca.inverse_transform(pca.transform(X))
    return float(((X - X_hat) ** 2).mean())
'''),
    dict(name='sk_fit_on_all_data', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(np.vstack([X_train.numpy(), X_test.numpy()]))  # more data, better fit
    X = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(X))
    return float(((X - X_hat) ** 2).mean())
'''),
    dict(name='sk_error_per_image', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(X))
    return float(((X - X_hat) ** 2).sum(axis=1).mean())
'''),
    dict(name='sk_root_mean_squared', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(X))
    return float(np.sqrt(((X - X_hat) ** 2).mean()))
'''),
    dict(name='sk_numpy_scalar', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(X))
    return np.mean((X - X_hat) ** 2)
'''),
    dict(name='sk_unexplained_variance_ratio', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    return float(1 - pca.explained_variance_ratio_.sum())
'''),
    dict(name='sk_standard_scaler_first', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(X_train.numpy())
    pca = PCA(n_components=k).fit(scaler.transform(X_train.numpy()))
    X = scaler.transform(X_test.numpy())
    X_hat = pca.inverse_transform(pca.transform(X))
    return float(((X - X_hat) ** 2).mean())
'''),
    dict(name='sk_truncated_svd', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    from sklearn.decomposition import TruncatedSVD

    svd = TruncatedSVD(n_components=k, random_state=0).fit(X_train.numpy())
    X = X_test.numpy()
    X_hat = svd.inverse_transform(svd.transform(X))
    return float(((X - X_hat) ** 2).mean())
'''),
    dict(name='sk_clipped_reconstruction', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X = X_test.numpy()
    X_hat = np.clip(pca.inverse_transform(pca.transform(X)), 0, 1)  # pixels live in [0, 1]
    return float(((X - X_hat) ** 2).mean())
'''),
    dict(name='sk_arpack_solver', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k, svd_solver="arpack").fit(X_train.numpy())  # only the k top components
    X = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(X))
    return float(((X - X_hat) ** 2).mean())
'''),
    dict(name='gen_clipped', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(codes).float(), mean, components).clamp(0, 1)
'''),
    dict(name='gen_float64', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)  # float64 codes: keep the precision
    return reconstruct(torch.from_numpy(codes), mean.double(), components.double())
'''),
    dict(name='gen_standard_normal_codes', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    k = gmm.means_.shape[1]
    codes = torch.randn(n, k)  # z ~ N(0, I), as in a VAE
    return reconstruct(codes, mean, components)
'''),
    dict(name='gen_component_means', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    _, labels = gmm.sample(n)
    codes = torch.from_numpy(gmm.means_[labels]).float()  # the centre of each sampled Gaussian
    return reconstruct(codes, mean, components)
'''),
    dict(name='gen_resets_random_state', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    gmm.random_state = 0  # reproducible samples
    codes, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(codes).float(), mean, components)
'''),
    dict(name='gen_one_sample_per_call', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes = np.concatenate([gmm.sample(1)[0] for _ in range(n)])
    return reconstruct(torch.from_numpy(codes).float(), mean, components)
'''),
    dict(name='gen_shuffled_samples', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    codes = codes[np.random.permutation(n)]  # sample() groups the codes by Gaussian: mix them
    return reconstruct(torch.from_numpy(codes).float(), mean, components)
'''),
    dict(name='gen_torch_mixture_sampling', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    mix = torch.distributions.Categorical(torch.as_tensor(gmm.weights_))
    comp = torch.distributions.MultivariateNormal(torch.as_tensor(gmm.means_), torch.as_tensor(gmm.covariances_))
    codes = torch.distributions.MixtureSameFamily(mix, comp).sample((n,))
    return reconstruct(codes.float(), mean, components)
'''),
    dict(name='gen_truncated_samples', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, labels = gmm.sample(n)
    codes = gmm.means_[labels] + 0.7 * (codes - gmm.means_[labels])  # truncation: sharper digits
    return reconstruct(torch.from_numpy(codes).float(), mean, components)
'''),
]
ALTERNATIVES = [
    dict(name='i2v_flatten_div', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.flatten(start_dim=1).to(torch.float32).div(255.0)
'''),
    dict(name='i2v_true_division_first', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    scaled = images / 255  # true division of an integer tensor gives float32
    return scaled.reshape(images.shape[0], 28 * 28)
'''),
    dict(name='center_sum_over_n', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.sum(dim=0) / X.shape[0]
    return X - mean.unsqueeze(0), mean
'''),
    dict(name='cov_einsum', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return torch.einsum("ni,nj->ij", X_centered, X_centered) / (X_centered.shape[0] - 1)
'''),
    dict(name='cov_chunked_sum', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    total = sum(block.T @ block for block in X_centered.split(1024))
    return total / (len(X_centered) - 1)
'''),
    dict(name='pca_sort_with_indices', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    values, vectors = torch.linalg.eigh(covariance(X_centered))
    eigenvalues, order = torch.sort(values, descending=True)
    return mean, eigenvalues, vectors[:, order]
'''),
    dict(name='pca_eigh_in_double', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    values, vectors = torch.linalg.eigh(C.double())
    return mean, values.flip(0).to(C.dtype), vectors.flip(1).to(C.dtype)
'''),
    dict(name='project_einsum_reconstruct_addmm', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    W_k = components[:, : Z.shape[1]]
    return torch.addmm(mean, Z, W_k.T)
'''),
    dict(name='project_split_mean_reconstruct_transposed', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    W_k = components[:, : Z.shape[-1]]
    return (W_k @ Z.T).T + mean
'''),
    dict(name='sk_whitened', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k, whiten=True).fit(X_train.numpy())
    X = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(X))  # undoes the whitening too
    return float(((X - X_hat) ** 2).mean())
'''),
    dict(name='sk_metrics_mse', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    from sklearn.metrics import mean_squared_error

    pca = PCA(n_components=k)
    pca.fit(X_train.detach().cpu().numpy())
    X = X_test.detach().cpu().numpy()
    return float(mean_squared_error(X, pca.inverse_transform(pca.transform(X))))
'''),
    dict(name='gen_explicit_decoder', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.as_tensor(codes, dtype=torch.float32)
    return Z @ components[:, : Z.shape[1]].T + mean
'''),
]
