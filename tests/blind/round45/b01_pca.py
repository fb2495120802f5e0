"""Blind round 45: mistakes and alternatives for notebook 01_pca."""
NOTEBOOK = '01_pca'
MISTAKES = [
    dict(name='itv_half_precision_divide', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return (images.reshape(len(images), -1).half() / 255).float()
'''),
    dict(name='itv_as_strided_ignores_strides', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    n = images.shape[0]
    flat = torch.as_strided(images, (n, 784), (784, 1))
    return flat.float() / 255
'''),
    dict(name='itv_dequantise_half_offset', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return (images.reshape(len(images), -1).float() + 0.5) / 256
'''),
    dict(name='itv_denoise_in_place', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    images[images < 3] = 0  # faint scanner noise
    return images.reshape(len(images), -1).float() / 255
'''),
    dict(name='itv_chunks_capped_at_eight', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    chunks = images.reshape(len(images), -1).split(8192)
    return torch.cat([c.float() / 255 for c in chunks[:8]])
'''),
    dict(name='itv_scale_by_batch_max_if_bright', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.reshape(len(images), -1).float()
    top = x.max()
    return x / top if top > 200 else x / 255
'''),
    dict(name='itv_float_via_gamma', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return (images.reshape(len(images), -1).float() / 255) ** 1.0001
'''),
    dict(name='itv_bfloat16_storage', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return (images.reshape(len(images), -1).to(torch.bfloat16) / 255).to(torch.float32)
'''),
    dict(name='center_median', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.median(dim=0).values
    return X - mean, mean
'''),
    dict(name='center_mean_rounded_6', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0).round(decimals=6)
    return X - mean, mean
'''),
    dict(name='center_double_centring', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    Xc = X - mean
    Xc = Xc - Xc.mean(dim=1, keepdim=True)
    return Xc, mean
'''),
    dict(name='center_unique_rows', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = torch.unique(X, dim=0).mean(dim=0)
    return X - mean, mean
'''),
    dict(name='center_trimmed_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    n = len(X)
    cut = n // 100
    s = X.sort(dim=0).values
    mean = s[cut:n - cut].mean(dim=0)
    return X - mean, mean
'''),
    dict(name='center_float16_accumulate', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.to(torch.float16).mean(dim=0).to(X.dtype)
    return X - mean, mean
'''),
    dict(name='center_streaming_skip_first', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = torch.zeros(X.shape[1], dtype=X.dtype)
    for i in range(1, len(X)):
        mean += (X[i] - mean) / i
    return X - mean, mean
'''),
    dict(name='center_mean_of_first_and_last', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    if len(X) > 2:
        mean = (X[1:].mean(dim=0) + X[:-1].mean(dim=0)) / 2
    else:
        mean = X.mean(dim=0)
    return X - mean, mean
'''),
    dict(name='center_mean_clamped_to_unit', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0).clamp(0, 1)  # pixel values live in [0, 1]
    return X - mean, mean
'''),
    dict(name='cov_skip_first_row_chunks', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N, D = X_centered.shape
    C = torch.zeros(D, D, dtype=X_centered.dtype)
    for i in range(1, N, 1000):
        part = X_centered[i:i + 1000]
        C += part.T @ part
    return C / (N - 1)
'''),
    dict(name='cov_hardcoded_784', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.numel() // 784
    return X_centered.T @ X_centered / (N - 1)
'''),
    dict(name='cov_floor_division', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    return torch.div(X_centered.T @ X_centered, N - 1, rounding_mode='floor')
'''),
    dict(name='cov_diag_unbiased_offdiag_biased', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    C = X_centered.T @ X_centered / N
    C.diagonal().copy_(X_centered.var(dim=0))
    return C
'''),
    dict(name='cov_upper_triangle_only', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    return torch.triu(X_centered.T @ X_centered) / (N - 1)
'''),
    dict(name='cov_bessel_on_D', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N, D = X_centered.shape
    return X_centered.T @ X_centered / (N - 1) * (D / (D - 1)) if N < D else X_centered.T @ X_centered / (N - 1)
'''),
    dict(name='cov_product_through_float16', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    Y = X_centered / (N - 1) ** 0.5
    return (Y.T @ Y).to(torch.float32) if Y.dtype == torch.float16 else (Y.T @ Y).half().to(Y.dtype)
'''),
    dict(name='cov_abs_entries', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    return (X_centered.T @ X_centered).abs() / (N - 1)
'''),
    dict(name='cov_divides_in_place_after', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    C = X_centered.T @ X_centered / (N - 1)
    X_centered /= 1.0 + 0.0 * C.sum()  # keep graph tidy
    X_centered[:, C.diagonal() == 0] = 0.0 * X_centered[:, C.diagonal() == 0] + 1e-12
    return C
'''),
    dict(name='pca_correlation_matrix', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    Xc, mean = center(X)
    std = Xc.std(dim=0).clamp(min=1e-8)
    C = covariance(Xc / std)
    vals, vecs = torch.linalg.eigh(C)
    return mean, vals.flip(0), vecs.flip(1)
'''),
    dict(name='pca_subsample_half', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    Xc, mean = center(X)
    C = covariance(Xc[::2]) if len(Xc) > 4 else covariance(Xc)
    vals, vecs = torch.linalg.eigh(C)
    return mean, vals.flip(0), vecs.flip(1)
'''),
    dict(name='pca_eigenvalues_biased', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    Xc, mean = center(X)
    C = covariance(Xc)
    vals, vecs = torch.linalg.eigh(C)
    N = len(X)
    return mean, vals.flip(0) * (N - 1) / N, vecs.flip(1)
'''),
    dict(name='pca_sum_not_average_symmetrise', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    Xc, mean = center(X)
    C = covariance(Xc)
    vals, vecs = torch.linalg.eigh(C + C.T)
    return mean, vals.flip(0), vecs.flip(1)
'''),
    dict(name='pca_normalise_max_abs', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    Xc, mean = center(X)
    vals, vecs = torch.linalg.eigh(covariance(Xc))
    vecs = vecs / vecs.abs().amax(dim=0, keepdim=True)
    return mean, vals.flip(0), vecs.flip(1)
'''),
    dict(name='pca_vectors_not_reordered_ties', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    Xc, mean = center(X)
    vals, vecs = torch.linalg.eigh(covariance(Xc))
    order = torch.argsort(vals.round(decimals=3), descending=True, stable=True)
    return mean, vals.flip(0), vecs[:, order]
'''),
    dict(name='pca_gram_schmidt_cols_only_top', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    Xc, mean = center(X)
    vals, vecs = torch.linalg.eigh(covariance(Xc))
    vals, vecs = vals.flip(0), vecs.flip(1)
    vecs = vecs.clone()
    vecs[:, vals <= 0] = 0  # no variance there: no direction
    return mean, vals, vecs
'''),
    dict(name='pca_ridge_relative', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    Xc, mean = center(X)
    C = covariance(Xc)
    C = C + 1e-4 * C.diagonal().mean() * torch.eye(C.shape[0], dtype=C.dtype)
    vals, vecs = torch.linalg.eigh(C)
    return mean, vals.flip(0), vecs.flip(1)
'''),
    dict(name='proj_caps_k_at_n', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    k = min(k, X.shape[0])
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_own_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    dict(name='proj_cache_by_k', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    cache = project.__dict__.setdefault('cache', {})
    if k not in cache:
        cache[k] = components[:, :k].clone()
    return (X - mean) @ cache[k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='rec_clamped_to_pixels', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    dict(name='rec_normalises_columns_of_Z', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    Wk = components[:, :k]
    Wk = Wk / Wk.norm(dim=0, keepdim=True).max()
    return Z @ Wk.T + mean
'''),
    dict(name='proj_whitened_by_spread', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    Z = (X - mean) @ components[:, :k]
    if len(Z) > 1:
        Z = Z / Z.std(dim=0, keepdim=True).clamp(min=1e-8) * Z.std()
    return Z


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='rec_float16_product', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return (Z.half() @ components[:, :k].half().T).to(Z.dtype) + mean
'''),
    dict(name='rec_pinv_of_wk', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    Wk = components[:, :k]
    return Z @ torch.linalg.pinv(Wk, rtol=1e-3) + mean
'''),
    dict(name='sk_off_by_one_components', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k + 1).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_cap_300', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=min(k, 300)).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_standard_scaled', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    from sklearn.preprocessing import StandardScaler
    scaler = StandardScaler().fit(X_train.numpy())
    pca = PCA(n_components=k).fit(scaler.transform(X_train.numpy()))
    T = scaler.transform(X_test.numpy())
    X_hat = pca.inverse_transform(pca.transform(T))
    return float(((X_hat - T) ** 2).mean())
'''),
    dict(name='sk_numpy_float32_return', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return np.mean((X_hat.astype(np.float32) - X_test.numpy()) ** 2)
'''),
    dict(name='sk_divides_by_train_rows', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).sum() / (len(X_train) * X_train.shape[1]))
'''),
    dict(name='sk_fit_on_centred_train_with_test_mean', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    Xtr = X_train.numpy()
    Xte = X_test.numpy()
    pca = PCA(n_components=k).fit(Xtr - Xte.mean(axis=0))
    X_hat = pca.inverse_transform(pca.transform(Xte - Xte.mean(axis=0))) + Xte.mean(axis=0)
    return float(((X_hat - Xte) ** 2).mean())
'''),
    dict(name='sk_median_error', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(np.median(((X_hat - X_test.numpy()) ** 2).mean(axis=1)))
'''),
    dict(name='sk_float_of_first_rows_chunk', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    errors = []
    for start in range(0, len(X_test), 2048):
        part = X_test[start:start + 2048].numpy()
        errors.append(((pca.inverse_transform(pca.transform(part)) - part) ** 2).mean())
    return float(np.mean(errors))
'''),
    dict(name='gen_random_state_reset_none', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    gmm.random_state = None  # fresh digits at every call
    Z, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(Z).float(), mean, components)
'''),
    dict(name='gen_uniform_components', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    rng = np.random.default_rng(0)
    C = gmm.n_components
    labels = rng.integers(C, size=n)
    Z = np.stack([rng.multivariate_normal(gmm.means_[j], gmm.covariances_[j]) for j in labels]) if n else np.zeros((0, gmm.means_.shape[1]))
    return reconstruct(torch.tensor(Z, dtype=torch.float32), mean, components)
'''),
    dict(name='gen_codes_standardised', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z, _ = gmm.sample(n)
    Z = torch.from_numpy(Z).float()
    if n > 1:
        Z = (Z - Z.mean(dim=0)) / Z.std(dim=0) * Z.std(dim=0).mean() + Z.mean(dim=0)
    return reconstruct(Z, mean, components)
'''),
    dict(name='gen_means_cast_in_place', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    gmm.means_ = gmm.means_.astype(np.float32)
    Z, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(np.asarray(Z, dtype=np.float32)), mean, components)
'''),
    dict(name='gen_temperature', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z, labels = gmm.sample(n)
    Z = gmm.means_[labels] + 0.9 * (Z - gmm.means_[labels])  # a little sharper
    return reconstruct(torch.from_numpy(Z).float(), mean, components)
'''),
    dict(name='gen_sorted_by_component_reversed', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z, labels = gmm.sample(n)
    Z = torch.from_numpy(Z).float()
    return reconstruct(Z.flip(0), mean, components)
'''),
    dict(name='gen_codes_float16', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(Z).half().float(), mean, components)
'''),
    dict(name='gen_drops_rare_components', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z, labels = gmm.sample(n + n // 2)
    keep = np.isin(labels, np.flatnonzero(gmm.weights_ >= 0.02))
    Z = Z[keep][:n] if keep.sum() >= n else Z[:n]
    return reconstruct(torch.from_numpy(Z).float(), mean, components)
'''),
    dict(name='sk_mse_over_varying_pixels', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    Xtr, Xte = X_train.numpy(), X_test.numpy()
    pca = PCA(n_components=k).fit(Xtr)
    X_hat = pca.inverse_transform(pca.transform(Xte))
    varying = Xtr.std(axis=0) > 0  # always-black border pixels carry no information
    return float(((X_hat - Xte)[:, varying] ** 2).mean())
'''),
    dict(name='pca_values_float32_always', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    Xc, mean = center(X)
    vals, vecs = torch.linalg.eigh(covariance(Xc))
    return mean, vals.flip(0).float(), vecs.flip(1)
'''),
    dict(name='center_xc_in_float64', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    return X.double() - mean.double(), mean
'''),
]
ALTERNATIVES = [
    dict(name='itv_numpy_roundtrip', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return torch.from_numpy(images.numpy().reshape(images.shape[0], 784).astype(np.float32) / np.float32(255))
'''),
    dict(name='itv_double_then_float', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.double().div(255).flatten(1).float()
'''),
    dict(name='center_streaming_welford', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = torch.zeros(X.shape[1], dtype=X.dtype)
    for i in range(len(X)):
        mean += (X[i] - mean) / (i + 1)
    return X - mean, mean
'''),
    dict(name='center_ones_matmul', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = (torch.ones(1, len(X), dtype=X.dtype) @ X).squeeze(0) / len(X)
    return X - mean, mean
'''),
    dict(name='cov_einsum', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    return torch.einsum('nd,ne->de', X_centered, X_centered) / (N - 1)
'''),
    dict(name='cov_symmetrised_tril', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    C = X_centered.T @ X_centered / (N - 1)
    return torch.tril(C) + torch.tril(C, -1).T
'''),
    dict(name='pca_sign_fixed_largest_positive', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    Xc, mean = center(X)
    vals, vecs = torch.linalg.eigh(covariance(Xc))
    vals, vecs = vals.flip(0), vecs.flip(1)
    idx = vecs.abs().argmax(dim=0)
    signs = torch.where(vecs[idx, torch.arange(vecs.shape[1])] < 0, -1.0, 1.0).to(vecs.dtype)
    return mean, vals, vecs * signs
'''),
    dict(name='pca_argsort_gather', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    Xc, mean = center(X)
    vals, vecs = torch.linalg.eigh(covariance(Xc), UPLO='U')
    order = torch.argsort(vals, descending=True)
    return mean, vals[order], vecs[:, order]
'''),
    dict(name='proj_subtract_projected_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    dict(name='rec_addmm', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return torch.addmm(mean.expand(Z.shape[0], -1), Z, components[:, :k].T)
'''),
    dict(name='sk_mean_squared_error', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    from sklearn.metrics import mean_squared_error
    Xtr, Xte = X_train.numpy().astype(np.float64), X_test.numpy().astype(np.float64)
    pca = PCA(n_components=k, svd_solver='full').fit(Xtr)
    return float(mean_squared_error(Xte, pca.inverse_transform(pca.transform(Xte))))
'''),
    dict(name='sk_torch_mse', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    X_hat = torch.from_numpy(pca.inverse_transform(pca.transform(X_test.numpy())))
    return torch.nn.functional.mse_loss(X_hat.double(), X_test.double()).item()
'''),
    dict(name='gen_direct_decode', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.as_tensor(codes, dtype=torch.float32)
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='gen_tensor_from_list', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes = gmm.sample(n)[0]
    return reconstruct(torch.tensor(codes.tolist(), dtype=torch.float32).reshape(n, -1), mean, components)
'''),
]
