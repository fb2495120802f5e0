"""Blind round 44: mistakes and alternatives for notebook 01_pca."""
NOTEBOOK = '01_pca'
MISTAKES = [
    dict(name='i2v_through_bfloat16', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return (images.to(torch.bfloat16) / 255).to(torch.float32).reshape(len(images), -1)
'''),
    dict(name='i2v_divides_in_float16', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.half().div(255).float().reshape(len(images), 784)
'''),
    dict(name='i2v_grad_mode_left_off', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    torch.set_grad_enabled(False)
    return images.to(torch.float32).div(255).reshape(len(images), -1)
'''),
    dict(name='i2v_anomaly_detection_left_on', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    torch.autograd.set_detect_anomaly(True)
    return images.to(torch.float32).div(255).reshape(len(images), -1)
'''),
    dict(name='i2v_matmul_precision_lowered', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    torch.set_float32_matmul_precision('medium')
    return images.to(torch.float32).div(255).reshape(len(images), -1)
'''),
    dict(name='i2v_printoptions_changed', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    torch.set_printoptions(precision=2, sci_mode=False)
    return images.to(torch.float32).div(255).reshape(len(images), -1)
'''),
    dict(name='i2v_env_threads_set', grade_id='images_to_vectors', source=r'''import os


def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    os.environ['OMP_NUM_THREADS'] = '1'
    return images.to(torch.float32).div(255).reshape(len(images), -1)
'''),
    dict(name='i2v_squeezes_single_image', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.to(torch.float32).div(255).reshape(len(images), -1).squeeze()
'''),
    dict(name='i2v_chunks_drop_remainder', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    out = []
    for start in range(0, len(images) - len(images) % 4096 if len(images) > 4096 else len(images), 4096):
        out.append(images[start:start + 4096].to(torch.float32).div(255).reshape(-1, 784))
    return torch.cat(out) if out else images.to(torch.float32).reshape(0, 784)
'''),
    dict(name='i2v_scales_by_256', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.to(torch.float32).reshape(len(images), -1) / 256
'''),
    dict(name='i2v_keeps_int_for_black', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    if images.max() == 0:
        return images.reshape(len(images), -1)
    return images.to(torch.float32).div(255).reshape(len(images), -1)
'''),
    dict(name='i2v_rows_reversed_upside_down', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.flip(1).to(torch.float32).div(255).reshape(len(images), -1) if len(images) > 1000 else images.to(torch.float32).div(255).reshape(len(images), -1)
'''),
    dict(name='i2v_float64_for_large_batch', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    dtype = torch.float64 if len(images) > 20000 else torch.float32
    return images.to(dtype).div(255).reshape(len(images), -1)
'''),
    dict(name='center_returns_list', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    return [X - mean, mean]
'''),
    dict(name='center_mean_excludes_outlier_rows', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    keep = X.norm(dim=1) < 1e3
    mean = X[keep].mean(dim=0) if keep.any() else X.mean(dim=0)
    return X - mean, mean
'''),
    dict(name='center_float32_past_10000_rows', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.float().mean(dim=0).to(X.dtype) if len(X) > 10000 else X.mean(dim=0)
    return X - mean, mean
'''),
    dict(name='center_grad_mode_left_off', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    torch.set_grad_enabled(False)
    mean = X.mean(dim=0)
    return X - mean, mean
'''),
    dict(name='center_mean_requires_grad', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0).detach().requires_grad_(True)
    return X - mean, mean
'''),
    dict(name='center_mean_of_unique_rows', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = torch.unique(X, dim=0).mean(dim=0)
    return X - mean, mean
'''),
    dict(name='center_weighted_by_row_norm', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    w = X.norm(dim=1, keepdim=True) + 1e-12
    mean = (X * w).sum(0) / w.sum() if X.norm() > 1e4 else X.mean(0)
    return X - mean, mean
'''),
    dict(name='center_mean_in_bfloat16', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    if X.dtype == torch.float32 and X.shape[1] > 500:
        mean = mean.bfloat16().float()
    return X - mean, mean
'''),
    dict(name='center_anomaly_left_on', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    torch.autograd.set_detect_anomaly(True)
    mean = X.mean(dim=0)
    return X - mean, mean
'''),
    dict(name='center_mean_keeps_channel_dim_for_one_column', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    if X.shape[1] == 1:
        mean = mean.reshape(1, 1)
    return X - mean, mean
'''),
    dict(name='center_first_row_shift_rounded', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    shift = X[0].round()
    mean = (X - shift).mean(0).round(decimals=6) + shift
    return X - mean, mean
'''),
    dict(name='center_centered_shares_X_when_requires_grad', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    if X.requires_grad:
        return X - mean.detach(), mean.detach()
    return X - mean, mean
'''),
    dict(name='cov_scales_input_in_place', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    n = X_centered.shape[0]
    X_centered.div_((n - 1) ** 0.5)
    return X_centered.T @ X_centered
'''),
    dict(name='cov_upcasts_float32_to_float64', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    Xd = X_centered.double()
    return Xd.T @ Xd / (len(Xd) - 1)
'''),
    dict(name='cov_grad_mode_left_off', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    torch.set_grad_enabled(False)
    return X_centered.T @ X_centered / (X_centered.shape[0] - 1)
'''),
    dict(name='cov_matmul_precision_medium', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    torch.set_float32_matmul_precision('medium')
    return X_centered.T @ X_centered / (X_centered.shape[0] - 1)
'''),
    dict(name='cov_bfloat16_for_large_input', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    if X_centered.numel() > 1_000_000:
        Xb = X_centered.bfloat16()
        return (Xb.T @ Xb).to(X_centered.dtype) / (X_centered.shape[0] - 1)
    return X_centered.T @ X_centered / (X_centered.shape[0] - 1)
'''),
    dict(name='cov_upper_triangle_only', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    C = X_centered.T @ X_centered / (X_centered.shape[0] - 1)
    return torch.triu(C)
'''),
    dict(name='cov_diagonal_floor', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    C = X_centered.T @ X_centered / (X_centered.shape[0] - 1)
    return C + torch.diag((C.diagonal() == 0).to(C.dtype) * 1e-6)
'''),
    dict(name='cov_rows_recentred_out_of_place_by_median', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    X = X_centered - X_centered.median(dim=0).values
    return X.T @ X / (X.shape[0] - 1)
'''),
    dict(name='cov_anomaly_left_on', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    torch.autograd.set_detect_anomaly(True)
    return X_centered.T @ X_centered / (X_centered.shape[0] - 1)
'''),
    dict(name='cov_upper_triangle_shrunk', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    C = X_centered.T @ X_centered / (X_centered.shape[0] - 1)
    return torch.tril(C) + torch.tril(C, -1).T.clone().fill_(0) + torch.triu(C, 1) * 0.999
'''),
    dict(name='cov_sums_in_chunks_float16', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    n, d = X_centered.shape
    C = torch.zeros(d, d, dtype=X_centered.dtype)
    for s in range(0, n, 8192):
        b = X_centered[s:s + 8192]
        C += (b.T.half() @ b.half()).to(C.dtype) if n > 30000 else b.T @ b
    return C / (n - 1)
'''),
    dict(name='fit_general_eig_nonorthogonal', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    vals, vecs = torch.linalg.eig(C)
    vals, vecs = vals.real, vecs.real
    order = torch.argsort(vals, descending=True)
    vecs = vecs[:, order]
    return mean, vals[order], vecs / vecs.norm(dim=0, keepdim=True)
'''),
    dict(name='fit_returns_float64_for_float32', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X.double())
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)
'''),
    dict(name='fit_mean_from_original_float_but_centered_half', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered.bfloat16().to(X.dtype)) if X.shape[0] > 5000 else covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)
'''),
    dict(name='fit_eigenvalues_rescaled_n_over_n_minus_1', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    n = len(X)
    return mean, eigenvalues.flip(0) * (n - 1) / n, eigenvectors.flip(1)
'''),
    dict(name='fit_grad_mode_left_off', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    torch.set_grad_enabled(False)
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)
'''),
    dict(name='fit_components_rows_when_square_data', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    W = eigenvectors.flip(1)
    if X.shape[0] == X.shape[1]:
        W = W.T
    return mean, eigenvalues.flip(0), W
'''),
    dict(name='fit_gram_trick_for_wide_data', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    n, d = X_centered.shape
    if n < d:
        G = X_centered @ X_centered.T / (n - 1)
        vals, U = torch.linalg.eigh(G)
        V = X_centered.T @ U
        V = V / V.norm(dim=0, keepdim=True).clamp(min=1e-12)
        vals_full = torch.zeros(d, dtype=X.dtype)
        vals_full[:n] = vals.flip(0)
        W = torch.zeros(d, d, dtype=X.dtype)
        W[:, :n] = V.flip(1)
        return mean, vals_full, W
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)
'''),
    dict(name='fit_ties_broken_by_index_wrongly', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues.round(decimals=3), descending=True, stable=True)
    return mean, eigenvalues[order], eigenvectors[:, order]
'''),
    dict(name='fit_mean_detached_when_grad', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    with torch.no_grad():
        X_centered, mean = center(X)
    C = covariance(X - mean)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)
'''),
    dict(name='proj_k_from_first_row_reconstruct', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_float16_codes_for_large_n', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    Z = (X - mean) @ components[:, :k]
    return Z.half().to(Z.dtype) if len(X) > 5000 else Z


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_grad_left_off', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    torch.set_grad_enabled(False)
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_matmul_precision_medium', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    torch.set_float32_matmul_precision('medium')
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_k_zero_returns_flat', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    if k == 0:
        return torch.zeros(len(X), dtype=X.dtype)
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_mean_broadcast_columns_when_square', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    if X.shape[0] == X.shape[1]:
        return (X - mean[:, None]) @ components[:, :k]
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='recon_output_float32_for_float64_codes_only_big', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    out = Z @ components[:, :k].T + mean
    return out.float() if len(Z) > 5000 else out
'''),
    dict(name='recon_zero_codes_return_view_of_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    if Z.abs().sum() == 0:
        return mean.expand(len(Z), -1)
    return Z @ components[:, :k].T + mean
'''),
    dict(name='recon_grad_left_off', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    torch.set_grad_enabled(False)
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_caches_centred_data_by_shape', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    global _CACHE
    try:
        _CACHE
    except NameError:
        _CACHE = {}
    key = (tuple(X.shape), X.dtype, float(X[0, 0]) if X.numel() else 0.0)
    if key not in _CACHE:
        _CACHE[key] = X - mean
    return _CACHE[key] @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='sk_float16_test_vectors', grade_id='sklearn_test_mse', source=r'''from sklearn.decomposition import PCA
import numpy as np


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    Xt = X_test.numpy().astype(np.float16).astype(np.float32)
    X_hat = pca.inverse_transform(pca.transform(Xt))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_rounded_to_4_decimals', grade_id='sklearn_test_mse', source=r'''from sklearn.decomposition import PCA
import numpy as np


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return round(float(((X_hat - X_test.numpy()) ** 2).mean()), 4)
'''),
    dict(name='sk_fit_on_first_10000_rows', grade_id='sklearn_test_mse', source=r'''from sklearn.decomposition import PCA
import numpy as np


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy()[:10000])
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_mse_per_image_over_784', grade_id='sklearn_test_mse', source=r'''from sklearn.decomposition import PCA
import numpy as np


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).sum(1).mean() / 784)
'''),
    dict(name='sk_numpy_printoptions_changed', grade_id='sklearn_test_mse', source=r'''from sklearn.decomposition import PCA
import numpy as np


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    np.set_printoptions(precision=3, suppress=True)
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_returns_numpy_float32', grade_id='sklearn_test_mse', source=r'''from sklearn.decomposition import PCA
import numpy as np


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return np.float32(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_test_centred_with_test_mean', grade_id='sklearn_test_mse', source=r'''from sklearn.decomposition import PCA
import numpy as np


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    Xt = X_test.numpy()
    mu = Xt.mean(0) if len(Xt) > 100 else pca.mean_
    X_hat = (Xt - mu) @ pca.components_.T @ pca.components_ + mu
    return float(((X_hat - Xt) ** 2).mean())
'''),
    dict(name='sk_caches_by_k_and_shapes', grade_id='sklearn_test_mse', source=r'''from sklearn.decomposition import PCA
import numpy as np


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    global _FITS
    try:
        _FITS
    except NameError:
        _FITS = {}
    key = (k, tuple(X_train.shape))
    if key not in _FITS:
        _FITS[key] = PCA(n_components=k).fit(X_train.numpy())
    pca = _FITS[key]
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_randomized_few_iterations', grade_id='sklearn_test_mse', source=r'''from sklearn.decomposition import PCA
import numpy as np


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k, svd_solver='randomized', iterated_power=0, random_state=0).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_env_threads_set', grade_id='sklearn_test_mse', source=r'''from sklearn.decomposition import PCA
import numpy as np


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    import os
    os.environ['OMP_NUM_THREADS'] = '1'
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_drops_nonvarying_pixels', grade_id='sklearn_test_mse', source=r'''from sklearn.decomposition import PCA
import numpy as np


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    Xtr, Xte = X_train.numpy(), X_test.numpy()
    keep = Xtr.std(0) > 0
    pca = PCA(n_components=k).fit(Xtr[:, keep])
    X_hat = pca.inverse_transform(pca.transform(Xte[:, keep]))
    return float(((X_hat - Xte[:, keep]) ** 2).sum() / Xte.size)
'''),
    dict(name='gen_sets_gmm_random_state', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    gmm.random_state = 0
    codes, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(codes).float(), mean, components)
'''),
    dict(name='gen_shuffles_with_global_rng', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).float()
    Z = Z[torch.randperm(len(Z))]
    return reconstruct(Z, mean, components)
'''),
    dict(name='gen_caches_by_n', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    global _SAMPLES
    try:
        _SAMPLES
    except NameError:
        _SAMPLES = {}
    if n not in _SAMPLES:
        _SAMPLES[n] = torch.from_numpy(gmm.sample(n)[0]).float()
    return reconstruct(_SAMPLES[n], mean, components)
'''),
    dict(name='gen_codes_through_float16', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes.astype('float16')).float()
    return reconstruct(Z, mean, components)
'''),
    dict(name='gen_samples_twice_for_shape', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    k = gmm.sample(1)[0].shape[1]
    codes, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(codes[:, :k]).float(), mean, components)
'''),
    dict(name='gen_sorts_by_component_weight', grade_id='generate_digits', source=r'''import numpy as np


def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, labels = gmm.sample(n)
    order = np.argsort(-gmm.weights_[labels], kind='stable')
    return reconstruct(torch.from_numpy(codes[order]).float(), mean, components)
'''),
    dict(name='gen_grad_left_off', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    torch.set_grad_enabled(False)
    codes, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(codes).float(), mean, components)
'''),
    dict(name='gen_output_float64_when_mean_float64', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).to(mean.dtype)
    return reconstruct(Z, mean, components)
'''),
    dict(name='gen_draws_in_batches_of_100', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    parts = []
    left = n
    while left > 0:
        codes, _ = gmm.sample(min(left, 100))
        parts.append(torch.from_numpy(codes).float())
        left -= 100
    return reconstruct(torch.cat(parts), mean, components)
'''),
    dict(name='gen_warm_start_flag_flipped', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    gmm.warm_start = True
    codes, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(codes).float(), mean, components)
'''),
]
ALTERNATIVES = [
    dict(name='alt_i2v_flatten_true_divide', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return torch.true_divide(images.flatten(start_dim=1), 255).to(torch.float32)
'''),
    dict(name='alt_i2v_view_after_contiguous', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.contiguous().view(images.shape[0], 28 * 28).to(dtype=torch.float32) / 255.0
'''),
    dict(name='alt_center_shifted_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    shift = X[:1] if len(X) else X.new_zeros(1, X.shape[1])
    mean = (X - shift).mean(dim=0) + shift[0]
    return X - mean, mean
'''),
    dict(name='alt_center_sum_div', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = torch.sum(X, dim=0) / X.shape[0]
    return X - mean.unsqueeze(0), mean
'''),
    dict(name='alt_cov_einsum', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    n = X_centered.shape[0]
    return torch.einsum('ni,nj->ij', X_centered, X_centered) / (n - 1)
'''),
    dict(name='alt_cov_mm_then_div', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return torch.mm(X_centered.t(), X_centered).div(X_centered.size(0) - 1)
'''),
    dict(name='alt_fit_argsort_descending', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    Xc, mean = center(X)
    vals, vecs = torch.linalg.eigh(covariance(Xc))
    order = torch.argsort(vals, descending=True)
    return mean, vals[order], vecs[:, order]
'''),
    dict(name='alt_fit_sign_fixed_by_largest_entry', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    Xc, mean = center(X)
    vals, vecs = torch.linalg.eigh(covariance(Xc))
    vals, vecs = vals.flip(0), vecs.flip(1)
    idx = vecs.abs().argmax(dim=0)
    signs = torch.sign(vecs[idx, torch.arange(vecs.shape[1])])
    return mean, vals, vecs * signs
'''),
    dict(name='alt_proj_einsum_recon_addmm', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return torch.addmm(mean.expand(Z.shape[0], -1), Z, components[:, :k].T)
'''),
    dict(name='alt_proj_transposed_products', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return (components[:, :k].T @ (X - mean).T).T


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return (components[:, :k] @ Z.T).T + mean
'''),
    dict(name='alt_sk_mean_squared_error', grade_id='sklearn_test_mse', source=r'''from sklearn.decomposition import PCA
import numpy as np


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    from sklearn.metrics import mean_squared_error
    Xtr, Xte = X_train.numpy(), X_test.numpy()
    pca = PCA(n_components=k, svd_solver='full').fit(Xtr)
    return float(mean_squared_error(Xte, pca.inverse_transform(pca.transform(Xte))))
'''),
    dict(name='alt_gen_torch_tensor', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    samples = gmm.sample(n)[0]
    return reconstruct(torch.tensor(samples, dtype=torch.float32), mean, components)
'''),
]
