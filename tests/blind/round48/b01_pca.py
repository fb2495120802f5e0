"""Blind round 48: mistakes and alternatives for notebook 01_pca."""
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
    dict(name='i2v_float16_division', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    # half precision while dividing: the 60,000 images take half the memory
    return (images.reshape(len(images), -1).half() / 255).float()
'''),
    dict(name='i2v_inverted_ink', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return 1.0 - images.reshape(len(images), -1).float() / 255
'''),
    dict(name='i2v_squeeze_single_image', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.squeeze()
    return x.reshape(len(x), -1).float() / 255
'''),
    dict(name='i2v_chunks_drop_remainder', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    # convert in chunks of 4096 images to keep the peak memory low
    N = len(images)
    out = torch.zeros(N, 784, dtype=torch.float32)
    chunk = 4096
    for i in range(N // chunk):
        block = images[i * chunk:(i + 1) * chunk]
        out[i * chunk:(i + 1) * chunk] = block.reshape(len(block), -1).float() / 255
    if N < chunk:
        out[:] = images.reshape(N, -1).float() / 255
    return out
'''),
    dict(name='i2v_binarised', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    # MNIST is black ink on white paper: threshold at half intensity
    return (images.reshape(len(images), -1).float() / 255).round()
'''),
    dict(name='i2v_per_image_max', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.reshape(len(images), -1).float()
    return x / x.max(dim=1, keepdim=True).values.clamp(min=1)
'''),
    dict(name='i2v_float64_result', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.reshape(len(images), -1).double() / 255
'''),
    dict(name='i2v_integer_division_first', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    # divide while still integer, then convert (saves a float copy)
    return torch.div(images.reshape(len(images), -1), 255, rounding_mode="floor").float()
'''),
    dict(name='center_mean_over_n_minus_1', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.sum(dim=0) / (X.shape[0] - 1)
    return X - mean, mean
'''),
    dict(name='center_divides_by_d', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.sum(dim=0) / X.shape[1]
    return X - mean, mean
'''),
    dict(name='center_grand_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean().expand(X.shape[1])
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
    dict(name='center_mean_in_float32', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0, dtype=torch.float32)
    return X - mean.to(X.dtype), mean.to(X.dtype)
'''),
    dict(name='center_rows_recentred', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    X_centered = X - mean
    # remove each image's brightness as well
    X_centered = X_centered - X_centered.mean(dim=1, keepdim=True)
    return X_centered, mean
'''),
    dict(name='center_median', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    # the median is robust to outlier images
    mean = X.median(dim=0).values
    return X - mean, mean
'''),
    dict(name='center_inplace_caller', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    X -= mean
    return X, mean
'''),
    dict(name='center_mean_of_first_chunk_n_mod', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    # accumulate the sum in chunks of 10,000 rows (memory)
    chunk = 10000
    total = torch.zeros(X.shape[1], dtype=X.dtype)
    for start in range(0, len(X) - chunk + 1, chunk):
        total += X[start:start + chunk].sum(dim=0)
    if len(X) < chunk:
        total = X.sum(dim=0)
    mean = total / len(X)
    return X - mean, mean
'''),
    dict(name='center_mean_rounded', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0).round(decimals=6)
    return X - mean, mean
'''),
    dict(name='cov_divides_by_n', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return X_centered.T @ X_centered / len(X_centered)
'''),
    dict(name='cov_precedence_minus_one', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return X_centered.T @ X_centered / len(X_centered) - 1
'''),
    dict(name='cov_divides_by_d_minus_1', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return X_centered.T @ X_centered / (X_centered.shape[1] - 1)
'''),
    dict(name='cov_ridge_for_eigh', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    C = X_centered.T @ X_centered / (X_centered.shape[0] - 1)
    # a small ridge keeps eigh away from a singular matrix
    return C + 1e-6 * torch.eye(C.shape[0], dtype=C.dtype)
'''),
    dict(name='cov_chunks_drop_remainder', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N, D = X_centered.shape
    C = torch.zeros(D, D, dtype=X_centered.dtype)
    chunk = 8192
    for start in range(0, max(N - chunk, 0) + 1, chunk):
        block = X_centered[start:start + chunk]
        C += block.T @ block
    return C / (N - 1)
'''),
    dict(name='cov_recentre_rows', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    # make sure the data really is centred before forming the product
    Xc = X_centered - X_centered.mean(dim=1, keepdim=True)
    return Xc.T @ Xc / (len(Xc) - 1)
'''),
    dict(name='cov_lower_triangle_only', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    # eigh reads only the lower triangle: skip the upper half
    C = X_centered.T @ X_centered / (len(X_centered) - 1)
    return torch.tril(C)
'''),
    dict(name='cov_diagonal_only', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    variances = (X_centered ** 2).sum(dim=0) / (len(X_centered) - 1)
    return torch.diag(variances)
'''),
    dict(name='cov_biased_torch_cov', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return torch.cov(X_centered.T, correction=0)
'''),
    dict(name='cov_correlation_matrix', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    C = X_centered.T @ X_centered / (len(X_centered) - 1)
    # symmetric anyway: return it as a correlation so the scales match
    d = C.diagonal().clamp(min=1e-12).sqrt()
    return C / d[:, None] / d[None, :]
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
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)
'''),
    dict(name='pca_explained_ratio', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    eigenvalues = eigenvalues.flip(0)
    # report the share of variance of each component
    return mean, eigenvalues / eigenvalues.sum(), eigenvectors.flip(1)
'''),
    dict(name='pca_eigenvalues_rounded', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    # eigh returns -1e-7 for zero eigenvalues: round away the noise
    eigenvalues = eigenvalues.round(decimals=6)
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)
'''),
    dict(name='pca_flip_rows', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), eigenvectors.flip(0)
'''),
    dict(name='pca_std_not_variance', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    # the spread along each component
    return mean, eigenvalues.clamp(min=0).sqrt().flip(0), eigenvectors.flip(1)
'''),
    dict(name='pca_ascending', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues, eigenvectors
'''),
    dict(name='pca_components_max_normalised', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    components = eigenvectors.flip(1)
    # scale each component so that its largest pixel is +-1, easier to display
    components = components / components.abs().max(dim=0, keepdim=True).values
    return mean, eigenvalues.flip(0), components
'''),
    dict(name='pca_sort_rows_index', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[order]
'''),
    dict(name='pca_biased_covariance', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = X_centered.T @ X_centered / len(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)
'''),
    dict(name='pca_sign_from_first_pixel', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    components = eigenvectors.flip(1)
    # a fixed sign: first pixel of every component non-negative
    components = components * torch.sign(components[0:1])
    return mean, eigenvalues.flip(0), components
'''),
    dict(name='pca_mean_of_centered', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, _ = center(X)
    mean = X_centered.mean(dim=0)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)
'''),
    dict(name='proj_last_k_components', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return Z @ components[:, :Z.shape[1]].T + mean
'''),
    dict(name='proj_own_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    # centre with the data's own mean
    return (X - X.mean(dim=0)) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    return Z @ components[:, :Z.shape[1]].T + mean
'''),
    dict(name='proj_float32_always', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return ((X - mean).float() @ components[:, :k].float())


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    return Z @ components[:, :Z.shape[1]].T + mean
'''),
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
    k = Z.shape[-1] if Z.dim() > 1 else len(Z)
    W = components[:, :k]
    X_hat = Z @ W.T + mean
    return X_hat.clamp(0, 1)
'''),
    dict(name='rec_mean_scaled_by_k', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    # the mean is shared between the k directions
    return Z @ W.T + mean * (k / components.shape[1])
'''),
    dict(name='proj_normalised_codes', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    Z = (X - mean) @ components[:, :k]
    # unit-variance codes are easier to model
    return Z / Z.std(dim=0, keepdim=True).clamp(min=1e-8)


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    return Z @ components[:, :Z.shape[1]].T + mean
'''),
    dict(name='rec_rows_of_components', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return Z @ components[:Z.shape[1], :] + mean
'''),
    dict(name='proj_k_plus_one', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    # skip the first column: it points at the mean image
    return (X - mean) @ components[:, 1:k + 1]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    return Z @ components[:, :Z.shape[1]].T + mean
'''),
    dict(name='rec_float32_cast', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    W = components[:, :Z.shape[1]].float()
    return (Z.float() @ W.T + mean.float())
'''),
    dict(name='skl_randomized_solver', grade_id='sklearn_test_mse', source=r'''import numpy as np
from sklearn.decomposition import PCA


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    # the randomized solver is much faster on 60,000 x 784
    pca = PCA(n_components=k, svd_solver="randomized", random_state=0)
    pca.fit(X_train.numpy())
    X_test_np = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(X_test_np))
    return float(((X_test_np - X_hat) ** 2).mean())
'''),
    dict(name='skl_rmse', grade_id='sklearn_test_mse', source=r'''import numpy as np
from sklearn.decomposition import PCA


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(np.sqrt(((X_test.numpy() - X_hat) ** 2).mean()))
'''),
    dict(name='skl_every_other_row', grade_id='sklearn_test_mse', source=r'''import numpy as np
from sklearn.decomposition import PCA


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    # every other training image is plenty for a fit and twice as fast
    pca = PCA(n_components=k).fit(X_train[::2].numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_test.numpy() - X_hat) ** 2).mean())
'''),
    dict(name='skl_manual_decode_no_mean', grade_id='sklearn_test_mse', source=r'''import numpy as np
from sklearn.decomposition import PCA


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    Z = pca.transform(X_test.numpy())
    X_hat = Z @ pca.components_
    return float(((X_test.numpy() - X_hat) ** 2).mean())
'''),
    dict(name='skl_cached_by_k', grade_id='sklearn_test_mse', source=r'''import numpy as np
from sklearn.decomposition import PCA


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    global _fitted
    try:
        _fitted
    except NameError:
        _fitted = {}
    # the plotting cell asks for the same k again: fit each k once
    if k not in _fitted:
        _fitted[k] = PCA(n_components=k).fit(X_train.numpy())
    pca = _fitted[k]
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_test.numpy() - X_hat) ** 2).mean())
'''),
    dict(name='skl_per_image_mean_of_sums', grade_id='sklearn_test_mse', source=r'''import numpy as np
from sklearn.decomposition import PCA


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_test.numpy() - X_hat) ** 2).sum(axis=1).mean() / X_test.shape[0])
'''),
    dict(name='skl_float16_data', grade_id='sklearn_test_mse', source=r'''import numpy as np
from sklearn.decomposition import PCA


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    # half precision halves the memory of the copy handed to scikit-learn
    train = X_train.half().numpy()
    pca = PCA(n_components=k).fit(train.astype(np.float32))
    test = X_test.half().numpy().astype(np.float32)
    X_hat = pca.inverse_transform(pca.transform(test))
    return float(((X_test.numpy() - X_hat) ** 2).mean())
'''),
    dict(name='skl_median_error', grade_id='sklearn_test_mse', source=r'''import numpy as np
from sklearn.decomposition import PCA


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    # the median per image is robust to a few badly written digits
    return float(np.median(((X_test.numpy() - X_hat) ** 2).mean(axis=1)))
'''),
    dict(name='skl_k_plus_one_components', grade_id='sklearn_test_mse', source=r'''import numpy as np
from sklearn.decomposition import PCA


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    # one more component for the mean
    pca = PCA(n_components=min(k + 1, X_train.shape[1])).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_test.numpy() - X_hat) ** 2).mean())
'''),
    dict(name='skl_max_abs_scaled', grade_id='sklearn_test_mse', source=r'''import numpy as np
from sklearn.decomposition import PCA


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    train = X_train.numpy()
    scale = np.abs(train).max()
    pca = PCA(n_components=k).fit(train / scale)
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy() / scale))
    return float(((X_test.numpy() / scale - X_hat) ** 2).mean())
'''),
    dict(name='gen_global_numpy_rng', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    import numpy as np
    # sample by hand: a component by its weight, then its Gaussian
    labels = np.random.choice(len(gmm.weights_), size=n, p=gmm.weights_)
    codes = np.stack([np.random.multivariate_normal(gmm.means_[j], gmm.covariances_[j]) for j in labels])
    Z = torch.from_numpy(codes).float()
    return reconstruct(Z, mean, components).float()
'''),
    dict(name='gen_reseeds_mixture', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    # make every call reproducible
    gmm.random_state = 0
    codes, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(codes).float(), mean, components).float()
'''),
    dict(name='gen_squeeze_single', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).float()
    return reconstruct(Z, mean, components).float().squeeze()
'''),
    dict(name='gen_cached_by_n', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    global _samples
    try:
        _samples
    except NameError:
        _samples = {}
    # sampling is deterministic for an integer seed: keep the draws
    if n not in _samples:
        codes, _ = gmm.sample(n)
        _samples[n] = torch.from_numpy(codes).float()
    return reconstruct(_samples[n], mean, components).float()
'''),
    dict(name='gen_codes_through_float16', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).half().float()
    return reconstruct(Z, mean, components).float()
'''),
    dict(name='gen_sample_scaled_temperature', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, labels = gmm.sample(n)
    # sample at a lower temperature for cleaner digits
    codes = gmm.means_[labels] + 0.8 * (codes - gmm.means_[labels])
    return reconstruct(torch.from_numpy(codes).float(), mean, components).float()
'''),
    dict(name='gen_double_mean', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).float()
    X_hat = reconstruct(Z, mean, components)
    return (X_hat + mean - mean.mean()).float()
'''),
    dict(name='gen_weights_uniform', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    import numpy as np
    from sklearn.utils import check_random_state
    rng = check_random_state(gmm.random_state)
    # one Gaussian per digit: draw the digits uniformly
    labels = rng.randint(len(gmm.means_), size=n)
    codes = np.stack([rng.multivariate_normal(gmm.means_[j], gmm.covariances_[j]) for j in labels])
    return reconstruct(torch.from_numpy(codes).float(), mean, components).float()
'''),
    dict(name='gen_diag_covariance', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    import numpy as np
    from sklearn.utils import check_random_state
    rng = check_random_state(gmm.random_state)
    labels = rng.choice(len(gmm.weights_), size=n, p=gmm.weights_)
    # each code drawn with its Gaussian's variances
    std = np.sqrt(np.stack([np.diag(c) for c in gmm.covariances_]))
    codes = gmm.means_[labels] + std[labels] * rng.standard_normal((n, gmm.means_.shape[1]))
    return reconstruct(torch.from_numpy(codes).float(), mean, components).float()
'''),
]
ALTERNATIVES = [
    dict(name='alt_i2v_flatten_div', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return torch.flatten(images, start_dim=1).to(torch.float32).div(255.0)
'''),
    dict(name='alt_i2v_numpy', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    import numpy as np
    array = images.numpy().reshape(images.shape[0], 28 * 28).astype(np.float32)
    return torch.from_numpy(array / np.float32(255.0))
'''),
    dict(name='alt_center_ones_matmul', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    ones = torch.ones(1, X.shape[0], dtype=X.dtype)
    mean = (ones @ X).reshape(-1) / X.shape[0]
    return X - mean.unsqueeze(0), mean
'''),
    dict(name='alt_cov_einsum_symmetrised', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    C = torch.einsum("ni,nj->ij", X_centered, X_centered) / (X_centered.shape[0] - 1)
    return (C + C.T) / 2
'''),
    dict(name='alt_cov_addmm', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    D = X_centered.shape[1]
    zero = torch.zeros(D, D, dtype=X_centered.dtype)
    return torch.addmm(zero, X_centered.T, X_centered, beta=0, alpha=1.0 / (X_centered.shape[0] - 1))
'''),
    dict(name='alt_pca_upper_triangle', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C, UPLO="U")
    order = torch.argsort(eigenvalues, descending=True, stable=True)
    return mean, eigenvalues[order], eigenvectors[:, order]
'''),
    dict(name='alt_pca_sign_where', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    eigenvalues, components = eigenvalues.flip(0), eigenvectors.flip(1)
    # a fixed sign: largest-magnitude pixel positive (never a zero factor)
    rows = components.abs().argmax(dim=0)
    picked = components[rows, torch.arange(components.shape[1])]
    signs = torch.where(picked < 0, -1.0, 1.0).to(components.dtype)
    return mean, eigenvalues, components * signs
'''),
    dict(name='alt_proj_distributed', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W = components[:, :k]
    return X @ W - (mean @ W).unsqueeze(0)


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return torch.addmm(mean.unsqueeze(0).expand(Z.shape[0], -1), Z, components[:, :k].T)
'''),
    dict(name='alt_proj_einsum', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return torch.einsum("nd,dk->nk", X - mean[None, :], components[:, :k])


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return torch.einsum("nk,dk->nd", Z, components[:, :k]) + mean[None, :]
'''),
    dict(name='alt_skl_sklearn_metric', grade_id='sklearn_test_mse', source=r'''import numpy as np
from sklearn.decomposition import PCA


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    from sklearn.metrics import mean_squared_error
    train, test = X_train.numpy(), X_test.numpy()
    pca = PCA(n_components=k).fit(train)
    return float(mean_squared_error(test, pca.inverse_transform(pca.transform(test))))
'''),
    dict(name='alt_skl_manual_with_mean', grade_id='sklearn_test_mse', source=r'''import numpy as np
from sklearn.decomposition import PCA


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k, svd_solver="full").fit(X_train.double().numpy())
    test = X_test.double().numpy()
    X_hat = (test - pca.mean_) @ pca.components_.T @ pca.components_ + pca.mean_
    return float(np.mean((test - X_hat) ** 2))
'''),
    dict(name='alt_gen_manual_decode', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    samples = gmm.sample(n)[0]
    Z = torch.as_tensor(samples, dtype=torch.float32)
    k = Z.shape[1]
    W = components[:, :k].to(torch.float32)
    return (Z @ W.T + mean.to(torch.float32)).to(torch.float32)
'''),
]
