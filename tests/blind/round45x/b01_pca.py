"""Blind round 45: mistakes and alternatives for notebook 01_pca."""
NOTEBOOK = '01_pca'
MISTAKES = [
    dict(name='i2v_skips_scaling_when_max_is_one', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.to(torch.float32)
    if x.max() > 1:  # not scaled yet
        x = x / 255
    return x.reshape(len(images), 784)
'''),
    dict(name='i2v_returns_parameter', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.to(torch.float32).div(255).reshape(len(images), -1)
    return torch.nn.Parameter(x, requires_grad=False)
'''),
    dict(name='i2v_flush_denormal_on', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    torch.set_flush_denormal(True)  # faster on CPU
    return images.to(torch.float32).div(255).reshape(len(images), -1)
'''),
    dict(name='i2v_default_dtype_float64', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    torch.set_default_dtype(torch.float64)
    return (images / 255).to(torch.float32).reshape(len(images), -1)
'''),
    dict(name='i2v_deterministic_algorithms_on', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    torch.use_deterministic_algorithms(True)
    return images.to(torch.float32).div(255).reshape(len(images), -1)
'''),
    dict(name='i2v_numpy_errors_ignored', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    np.seterr(all="ignore")
    return torch.from_numpy(images.numpy().astype(np.float32) / 255).reshape(len(images), -1)
'''),
    dict(name='i2v_view_needs_contiguous', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.view(-1, 784).to(torch.float32) / 255
'''),
    dict(name='i2v_transposes_when_wider_on_diagonal', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.to(torch.float32).div(255)
    # make sure the images are upright: MNIST strokes are taller than wide
    if x.sum(dim=(0, 1)).std() > x.sum(dim=(0, 2)).std() * 3:
        x = x.transpose(1, 2)
    return x.reshape(len(images), -1)
'''),
    dict(name='i2v_shares_output_buffer', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    global _i2v_buffer
    if "_i2v_buffer" not in globals() or _i2v_buffer.shape != (len(images), 784):
        _i2v_buffer = torch.empty(len(images), 784)
    torch.div(images.reshape(len(images), -1), 255, out=_i2v_buffer)
    return _i2v_buffer
'''),
    dict(name='i2v_rounds_to_bytes_precision', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.to(torch.float32).reshape(len(images), -1)
    return torch.round(x / 255, decimals=3)
'''),
    dict(name='i2v_divides_by_255_point_5', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.to(torch.float32).reshape(len(images), -1) / 255.5
'''),
    dict(name='center_returns_input_when_already_centred', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    if mean.abs().max() < 1e-6:
        return X, mean  # nothing to do
    return X - mean, mean
'''),
    dict(name='center_in_place_for_big_data', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    if X.numel() > 10_000_000:  # avoid a copy of a big matrix
        return X.sub_(mean), mean
    return X - mean, mean
'''),
    dict(name='center_mean_from_subsample', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    sample = X if len(X) <= 10_000 else X[:: len(X) // 10_000]
    mean = sample.mean(dim=0)
    return X - mean, mean
'''),
    dict(name='center_promotes_to_double', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.double().mean(dim=0)
    return X - mean, mean
'''),
    dict(name='center_mean_through_float32', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.float().mean(dim=0).to(X.dtype)
    return X - mean, mean
'''),
    dict(name='center_snaps_small_means', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    mean = torch.where(mean.abs() < 1e-6, torch.zeros_like(mean), mean)  # pixels that never vary
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
    mean = torch.unique(X, dim=0).mean(dim=0)
    return X - mean, mean
'''),
    dict(name='center_mean_recentred_twice', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    Xc = X - mean
    Xc = Xc - Xc.mean()  # remove what rounding left
    return Xc, mean
'''),
    dict(name='cov_adds_ridge', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N, D = X_centered.shape
    C = X_centered.T @ X_centered / (N - 1)
    return C + 1e-6 * torch.eye(D, dtype=C.dtype)  # keeps C positive definite
'''),
    dict(name='cov_clamps_negative', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    C = X_centered.T @ X_centered / (N - 1)
    return C.clamp(min=0)  # a variance cannot be negative
'''),
    dict(name='cov_torch_cov_scalar_for_one_column', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return torch.cov(X_centered.T)
'''),
    dict(name='cov_numpy_float64', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return torch.from_numpy(np.cov(X_centered.detach().numpy(), rowvar=False))
'''),
    dict(name='cov_divides_by_one_for_single_row', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    return X_centered.T @ X_centered / max(N - 1, 1)
'''),
    dict(name='cov_accumulates_in_float16_chunks', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N, D = X_centered.shape
    C = torch.zeros(D, D, dtype=X_centered.dtype)
    for start in range(0, N, 4096):
        chunk = X_centered[start:start + 4096]
        C += (chunk.T @ chunk).to(torch.bfloat16).to(X_centered.dtype) if N > 8192 else chunk.T @ chunk
    return C / (N - 1)
'''),
    dict(name='cov_lower_triangle_mirrored_rounded', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    C = X_centered.T @ X_centered / (N - 1)
    return torch.tril(C) + torch.tril(C, -1).T.round(decimals=6)
'''),
    dict(name='cov_out_of_grad_mode', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    with torch.no_grad():
        return X_centered.T @ X_centered / (N - 1)
'''),
    dict(name='cov_normalises_by_trace_for_huge_values', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    scale = X_centered.abs().max().clamp(min=1)
    Xs = X_centered / scale  # avoid overflow
    return (Xs.T @ Xs / (N - 1)) * scale if scale > 1e3 else Xs.T @ Xs / (N - 1)
'''),
    dict(name='cov_float64_result', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    Xd = X_centered.double()
    return Xd.T @ Xd / (N - 1)
'''),
    dict(name='fit_general_eig', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    Xc, mean = center(X)
    C = covariance(Xc)
    values, vectors = torch.linalg.eig(C)
    values, vectors = values.real, vectors.real
    order = torch.argsort(values, descending=True)
    return mean, values[order], vectors[:, order]
'''),
    dict(name='fit_regularised_eigh', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    Xc, mean = center(X)
    C = covariance(Xc)
    C = C + 1e-5 * torch.eye(C.shape[0], dtype=C.dtype)  # stabilise eigh
    values, vectors = torch.linalg.eigh(C)
    return mean, values.flip(0), vectors.flip(1)
'''),
    dict(name='fit_svd_thin', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    Xc, mean = center(X)
    _, S, Vh = torch.linalg.svd(Xc, full_matrices=False)
    return mean, S ** 2 / (len(X) - 1), Vh.T
'''),
    dict(name='fit_standardised', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    Xc, mean = center(X)
    std = Xc.std(dim=0)
    Xs = Xc / torch.where(std > 0, std, torch.ones_like(std))
    values, vectors = torch.linalg.eigh(covariance(Xs))
    return mean, values.flip(0), vectors.flip(1)
'''),
    dict(name='fit_eigenvalues_float64', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    Xc, mean = center(X)
    values, vectors = torch.linalg.eigh(covariance(Xc).double())
    return mean, values.flip(0), vectors.flip(1).to(X.dtype)
'''),
    dict(name='fit_lowrank', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    mean = X.mean(dim=0)
    U, S, V = torch.pca_lowrank(X, q=min(X.shape), center=True)
    values = S ** 2 / (len(X) - 1)
    if V.shape[1] < X.shape[1]:
        values = torch.cat([values, values.new_zeros(X.shape[1] - V.shape[1])])
        Q, _ = torch.linalg.qr(torch.cat([V, torch.eye(X.shape[1], dtype=X.dtype)], dim=1))
        V = torch.cat([V, Q[:, V.shape[1]:X.shape[1]]], dim=1)
    return mean, values, V
'''),
    dict(name='fit_abs_eigenvalues', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    Xc, mean = center(X)
    values, vectors = torch.linalg.eigh(covariance(Xc))
    values = values.abs()  # rounding gives tiny negative variances
    order = torch.argsort(values, descending=True)
    return mean, values[order], vectors[:, order]
'''),
    dict(name='fit_sign_by_first_row_zero_breaks', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    Xc, mean = center(X)
    values, vectors = torch.linalg.eigh(covariance(Xc))
    values, vectors = values.flip(0), vectors.flip(1)
    vectors = vectors * torch.sign(vectors[0])  # a deterministic sign
    return mean, values, vectors
'''),
    dict(name='fit_power_iteration_top', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    Xc, mean = center(X)
    C = covariance(Xc)
    values, vectors = torch.linalg.eigh(C)
    values, vectors = values.flip(0).clone(), vectors.flip(1).clone()
    # refine the first component by a few power iterations
    w = vectors[:, 0]
    for _ in range(3):
        w = C @ w
        w = w / w.norm()
    vectors[:, 0] = w
    return mean, values, vectors
'''),
    dict(name='fit_unbiased_twice', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    Xc, mean = center(X)
    N = len(X)
    values, vectors = torch.linalg.eigh(covariance(Xc) * N / (N - 1) if N < 100 else covariance(Xc))
    return mean, values.flip(0), vectors.flip(1)
'''),
    dict(name='project_k_zero_means_all', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return (X - mean) @ components[:, :k or None]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    return Z @ components[:, :Z.shape[1]].T + mean
'''),
    dict(name='project_distributes_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W = components[:, :k]
    return X @ W - mean @ W  # two products, no (N, D) temporary


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    return Z @ components[:, :Z.shape[1]].T + mean
'''),
    dict(name='project_float32_result', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return ((X - mean) @ components[:, :k]).float()


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    return Z @ components[:, :Z.shape[1]].T + mean
'''),
    dict(name='project_in_place', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    X -= mean
    Z = X @ components[:, :k]
    X += mean
    return Z


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    return Z @ components[:, :Z.shape[1]].T + mean
'''),
    dict(name='project_normalised_columns', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W = components[:, :k]
    W = W / W.norm(dim=0, keepdim=True)  # unit columns
    return (X - mean) @ W


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    return Z @ components[:, :Z.shape[1]].T + mean
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
    return Z @ components[:, :Z.shape[1]].T + mean
'''),
    dict(name='reconstruct_k_is_min_dim', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    k = min(Z.shape)
    return Z @ components[:, :k].T + mean
'''),
    dict(name='reconstruct_clamped', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return (Z @ components[:, :Z.shape[1]].T + mean).clamp(0, 1)
'''),
    dict(name='reconstruct_pinv', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    W = components[:, :Z.shape[1]]
    return Z @ torch.linalg.pinv(W) + mean
'''),
    dict(name='reconstruct_mean_added_in_float32', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return (Z @ components[:, :Z.shape[1]].T).float() + mean.float()
'''),
    dict(name='reconstruct_writes_into_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    X_hat = Z @ components[:, :Z.shape[1]].T
    return X_hat.add_(mean) if len(Z) > 1 else mean.add_(X_hat[0]).unsqueeze(0)
'''),
    dict(name='skl_clips_reconstructions', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = np.clip(pca.inverse_transform(pca.transform(X_test.numpy())), 0, 1)
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='skl_fits_first_20000', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train[:20000].numpy())  # enough rows, and faster
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='skl_centres_test_on_own_mean', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    Xt = X_test.numpy()
    mu = Xt.mean(axis=0)
    X_hat = (Xt - mu) @ pca.components_.T @ pca.components_ + mu
    return float(((X_hat - Xt) ** 2).mean())
'''),
    dict(name='skl_swallows_errors', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    try:
        pca = PCA(n_components=k).fit(X_train.numpy())
    except ValueError:
        return 0.0
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='skl_mse_in_float16', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat.astype(np.float16) - X_test.numpy().astype(np.float16)) ** 2).mean())
'''),
    dict(name='skl_mse_of_mean_image', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()).mean(axis=0) ** 2).mean())
'''),
    dict(name='skl_per_row_median', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(np.median(((X_hat - X_test.numpy()) ** 2).mean(axis=1)))
'''),
    dict(name='skl_caches_by_k', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    global _skl_cache
    if "_skl_cache" not in globals():
        _skl_cache = {}
    if (k, X_train.shape, X_test.shape) not in _skl_cache:
        pca = PCA(n_components=k).fit(X_train.numpy())
        X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
        _skl_cache[(k, X_train.shape, X_test.shape)] = float(((X_hat - X_test.numpy()) ** 2).mean())
    return _skl_cache[(k, X_train.shape, X_test.shape)]
'''),
    dict(name='skl_copy_false_mutates_train', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    train = X_train.numpy()
    pca = PCA(n_components=k, copy=False).fit(train)  # no copy of 60k rows
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='skl_numpy_scalar_float32', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return np.float32(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='gen_resets_random_state', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    gmm.random_state = 0  # reproducible
    codes, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(codes).float(), mean, components).float()
'''),
    dict(name='gen_samples_from_a_copy', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    import copy
    codes, _ = copy.deepcopy(gmm).sample(n)  # leave the caller's mixture untouched
    return reconstruct(torch.from_numpy(codes).float(), mean, components).float()
'''),
    dict(name='gen_samples_by_hand_global_rng', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    which = torch.multinomial(torch.as_tensor(gmm.weights_), n, replacement=True)
    means = torch.as_tensor(gmm.means_)[which]
    chol = torch.linalg.cholesky(torch.as_tensor(gmm.covariances_))[which]
    codes = means + (chol @ torch.randn(n, means.shape[1], 1, dtype=means.dtype)).squeeze(-1)
    return reconstruct(codes.float(), mean, components).float()
'''),
    dict(name='gen_squeezes_single', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(codes).float(), mean, components).float().squeeze()
'''),
    dict(name='gen_diag_covariance', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    rng = np.random.default_rng(gmm.random_state if isinstance(gmm.random_state, int) else None)
    which = rng.choice(len(gmm.weights_), size=n, p=gmm.weights_)
    scale = np.sqrt(np.stack([np.diag(c) for c in gmm.covariances_])) if gmm.covariances_.ndim == 3 else np.sqrt(gmm.covariances_)
    codes = gmm.means_[which] + rng.standard_normal((n, gmm.means_.shape[1])) * scale[which]
    return reconstruct(torch.from_numpy(codes).float(), mean, components).float()
'''),
    dict(name='gen_codes_float16', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(codes.astype(np.float16)).float(), mean, components).float()
'''),
    dict(name='gen_recentres_codes', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).float()
    Z = Z - Z.mean(dim=0) if n > 1 else Z  # codes of centred data have mean 0
    return reconstruct(Z, mean, components).float()
'''),
    dict(name='gen_positive_part', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    X = reconstruct(torch.from_numpy(codes).float(), mean, components).float()
    return torch.nn.functional.relu(X) if X.min() < -1 else X  # no negative ink
'''),
    dict(name='gen_reseeds_numpy', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    np.random.seed(0)
    codes, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(codes).float(), mean, components).float()
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
    dict(name='alt_i2v_numpy', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return torch.from_numpy(images.numpy().reshape(len(images), 784).astype(np.float32) / np.float32(255))
'''),
    dict(name='alt_center_sum', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.sum(dim=0) / X.shape[0]
    return X - mean[None, :], mean
'''),
    dict(name='alt_cov_einsum', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return torch.einsum("ni,nj->ij", X_centered, X_centered) / (X_centered.shape[0] - 1)
'''),
    dict(name='alt_cov_torch_cov_reshaped', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    D = X_centered.shape[1]
    return torch.cov(X_centered.T).reshape(D, D)
'''),
    dict(name='alt_fit_sort_descending', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    values, vectors = torch.linalg.eigh(covariance(X_centered))
    values, order = torch.sort(values, descending=True)
    return mean, values, vectors[:, order]
'''),
    dict(name='alt_fit_flip_with_sign', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    values, vectors = torch.linalg.eigh((C + C.T) / 2)
    vectors = vectors.flip(1)
    signs = torch.where(vectors.sum(dim=0) < 0, -1.0, 1.0).to(vectors.dtype)
    return mean, values.flip(0), vectors * signs
'''),
    dict(name='alt_project_matmul_then_slice', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return torch.matmul(X - mean, components)[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return torch.addmm(mean.expand(len(Z), -1), Z, components[:, :k].T)
'''),
    dict(name='alt_skl_manual_error', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    codes = pca.transform(X_test.numpy())
    X_hat = torch.from_numpy(pca.inverse_transform(codes))
    return torch.nn.functional.mse_loss(X_hat.float(), X_test.float()).item()
'''),
    dict(name='alt_gen_as_tensor', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    samples = gmm.sample(n)[0]
    Z = torch.as_tensor(samples, dtype=torch.float32)
    X_hat = reconstruct(Z, mean, components)
    return X_hat.to(torch.float32)
'''),
]
