"""Blind round 46: mistakes and alternatives for notebook 01_pca."""
NOTEBOOK = '01_pca'
MISTAKES = [
    dict(name='i2v_half_precision_to_save_memory', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    # float16 halves the memory of 60,000 images; convert back at the end
    x = images.half() / 255
    return x.reshape(len(images), -1).float()'''),
    dict(name='i2v_default_dtype', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    # follow torch's default floating dtype, as torch.tensor does
    return (images.to(torch.get_default_dtype()) / 255).reshape(len(images), -1)'''),
    dict(name='i2v_round_to_4_decimals', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.float().div(255).reshape(len(images), -1)
    return x.round(decimals=4)  # 4 decimals are plenty for grey levels'''),
    dict(name='i2v_chunks_drop_tail', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    # convert in chunks of 4096 images to keep the peak memory small
    n = len(images)
    out = torch.empty(n, 784)
    chunk = 4096
    for start in range(0, n - chunk + 1, chunk):
        out[start:start + chunk] = images[start:start + chunk].reshape(chunk, -1).float() / 255
    if n < chunk:
        out[:] = images.reshape(n, -1).float() / 255
    return out'''),
    dict(name='i2v_squeeze_single_image', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    x = images.squeeze()
    return x.reshape(len(x), -1).float() / 255'''),
    dict(name='i2v_cache_by_data_ptr', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    # the notebook converts the same big tensors several times: remember the result
    key = (images.data_ptr(), tuple(images.shape))
    cache = images_to_vectors.__dict__.setdefault("cache", {})
    if key not in cache:
        cache[key] = images.float().div(255).reshape(len(images), -1)
    return cache[key]'''),
    dict(name='i2v_rounded_reciprocal', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    # multiplying is faster than dividing: 1 / 255 = 0.0039
    return images.reshape(len(images), -1).float() * 0.0039'''),
    dict(name='i2v_returns_shared_cached_buffer', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    # reuse one output buffer between calls of the same size
    buf = getattr(images_to_vectors, "_buf", None)
    if buf is None or buf.shape != (len(images), 784):
        buf = torch.empty(len(images), 784)
        images_to_vectors._buf = buf
    torch.div(images.reshape(len(images), -1).float(), 255, out=buf)
    return buf'''),
    dict(name='center_skip_if_already_centred', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    if torch.allclose(mean, torch.zeros_like(mean), atol=1e-6):
        return X, mean  # already centred: nothing to do
    return X - mean, mean'''),
    dict(name='center_squeeze_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0, keepdim=True)
    return X - mean, mean.squeeze()'''),
    dict(name='center_python_sum_loop', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    total = torch.zeros(X.shape[1], dtype=X.dtype)
    for row in X:
        total += row
    mean = total / len(X)
    return X - mean, mean'''),
    dict(name='center_mean_from_first_rows', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    # the mean of 10,000 rows is accurate enough and much faster on big data
    mean = X[:10000].mean(dim=0)
    return X - mean, mean'''),
    dict(name='center_float16_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.half().mean(dim=0).to(X.dtype)  # half precision is faster for big matrices
    return X - mean, mean'''),
    dict(name='center_returns_mean_view_of_output', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    out = torch.cat([X, X.mean(dim=0, keepdim=True)])
    mean = out[-1]
    out[:-1] -= mean
    return out[:-1], mean'''),
    dict(name='center_rounded_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    mean = torch.round(mean * 1e4) / 1e4  # drop meaningless digits
    return X - mean, mean'''),
    dict(name='center_mean_via_median_of_means', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    # a robust mean: the median of the means of 5 blocks of rows
    blocks = X.chunk(5, dim=0)
    mean = torch.stack([b.mean(dim=0) for b in blocks]).median(dim=0).values
    return X - mean, mean'''),
    dict(name='cov_jitter_on_diagonal', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    n, d = X_centered.shape
    C = X_centered.T @ X_centered / (n - 1)
    return C + 1e-5 * torch.eye(d, dtype=C.dtype)  # jitter keeps eigh well conditioned'''),
    dict(name='cov_float32_for_speed', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    Xf = X_centered.float()  # float32 matmul is twice as fast
    return Xf.T @ Xf / (len(Xf) - 1)'''),
    dict(name='cov_chunks_drop_tail', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    # accumulate over blocks of rows to bound the memory of the product
    n, d = X_centered.shape
    C = torch.zeros(d, d, dtype=X_centered.dtype)
    block = 4096
    for start in range(0, max(n - block, 0) + 1, block):
        part = X_centered[start:start + block]
        C += part.T @ part
    return C / (n - 1)'''),
    dict(name='cov_matmul_precision_medium', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    torch.set_float32_matmul_precision("medium")  # faster matrix products
    return X_centered.T @ X_centered / (X_centered.shape[0] - 1)'''),
    dict(name='cov_symmetrised_upper_only_wrong', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    C = X_centered.T @ X_centered / (X_centered.shape[0] - 1)
    return torch.triu(C) + torch.triu(C).T  # make it exactly symmetric'''),
    dict(name='cov_nonzero_count_normalisation', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    # pixels that are always 0 carry no information: count the rows that actually have ink
    n = int((X_centered.abs().sum(dim=1) > 0).sum())
    return X_centered.T @ X_centered / (n - 1)'''),
    dict(name='cov_sets_default_dtype', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    torch.set_default_dtype(torch.float64)  # covariances need double precision
    Xd = X_centered.to(torch.get_default_dtype())
    return (Xd.T @ Xd / (len(Xd) - 1)).to(X_centered.dtype)'''),
    dict(name='cov_abs_entries', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    C = X_centered.T @ X_centered / (X_centered.shape[0] - 1)
    return C.abs()  # a covariance matrix is positive'''),
    dict(name='fit_general_eig_real', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    values, vectors = torch.linalg.eig(C)
    values, vectors = values.real, vectors.real
    order = torch.argsort(values, descending=True)
    return mean, values[order], vectors[:, order]'''),
    dict(name='fit_float64_results', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    values, vectors = torch.linalg.eigh(C.double())  # double precision is more accurate
    return mean.double(), values.flip(0), vectors.flip(1)'''),
    dict(name='fit_svd_of_data_reduced', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    _, S, Vh = torch.linalg.svd(X_centered, full_matrices=False)
    return mean, S ** 2 / (len(X) - 1), Vh.T'''),
    dict(name='fit_sets_default_dtype', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    torch.set_default_dtype(torch.float64)
    values, vectors = torch.linalg.eigh(C)
    return mean, values.flip(0), vectors.flip(1)'''),
    dict(name='fit_components_as_loadings', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    values, vectors = torch.linalg.eigh(C)
    vectors = vectors * values.clamp(min=0).sqrt()  # loadings: each direction scaled by its spread
    return mean, values.flip(0), vectors.flip(1)'''),
    dict(name='fit_sort_keys_float16', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    values, vectors = torch.linalg.eigh(C)
    order = torch.argsort(values.half(), descending=True, stable=True)
    return mean, values[order], vectors[:, order]'''),
    dict(name='fit_small_eigenvalues_zeroed', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    values, vectors = torch.linalg.eigh(C)
    values, vectors = values.flip(0), vectors.flip(1)
    values[values < 1e-5] = 0.0  # numerical noise
    return mean, values, vectors'''),
    dict(name='fit_qr_reorthonormalise', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    values, vectors = torch.linalg.eigh(C)
    values, vectors = values.flip(0), vectors.flip(1)
    Q, _ = torch.linalg.qr(vectors.float())  # guarantee orthonormal columns
    return mean, values, Q.to(vectors.dtype)'''),
    dict(name='prj_float32_cast', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    Y = (X - mean).float()
    return Y @ components[:, :k].float()


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean'''),
    dict(name='prj_mean_of_batch_not_given', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    # centre with the batch's own mean when more than one row
    mu = X.mean(dim=0) if len(X) > 1 else mean
    return (X - mu) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean'''),
    dict(name='prj_chunks_drop_tail', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    Z = torch.zeros(len(X), k, dtype=X.dtype)
    step = 2048
    for start in range(0, len(X) - step + 1, step):
        Z[start:start + step] = (X[start:start + step] - mean) @ components[:, :k]
    if len(X) < step:
        Z = (X - mean) @ components[:, :k]
    return Z


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean'''),
    dict(name='prj_detach_inputs', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    with torch.no_grad():
        Z = (X - mean) @ components[:, :k]
    return Z.clone().requires_grad_(X.requires_grad)


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean'''),
    dict(name='prj_k_as_fraction', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    if isinstance(k, float):
        k = int(k * components.shape[1])  # k given as a share of the components
    return (X - mean) @ components[:, :int(k)]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean'''),
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
    k = Z.shape[1]
    return (Z.float() @ components[:, :k].T.float() + mean.float())'''),
    dict(name='rec_mean_added_inplace_to_Z_path', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    X_hat = Z @ components[:, :k].T
    X_hat += mean.to(torch.float16).to(X_hat.dtype)  # small mean vector
    return X_hat'''),
    dict(name='rec_transposed_solve', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    if k == components.shape[1]:
        # all components: invert the projection exactly
        return torch.linalg.solve(components.T.float(), Z.T.float()).T + mean
    return Z @ components[:, :k].T + mean'''),
    dict(name='rec_detached', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return (Z @ components[:, :k].T + mean).detach()'''),
    dict(name='skl_returns_numpy_float32', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    test = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(test))
    return ((X_hat - test) ** 2).mean()'''),
    dict(name='skl_standard_scaler', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    from sklearn.preprocessing import StandardScaler
    scaler = StandardScaler(with_std=False).fit(X_train.numpy())
    train = scaler.transform(X_train.numpy())
    test = scaler.transform(X_test.numpy())
    pca = PCA(n_components=k).fit(train / (train.std(axis=0) + 1e-8))
    X_hat = pca.inverse_transform(pca.transform(test / (train.std(axis=0) + 1e-8))) * (train.std(axis=0) + 1e-8)
    return float(((X_hat - test) ** 2).mean())'''),
    dict(name='skl_float16_inputs', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    train = X_train.numpy().astype(np.float16)  # halves the memory
    test = X_test.numpy().astype(np.float16)
    pca = PCA(n_components=k).fit(train.astype(np.float32))
    X_hat = pca.inverse_transform(pca.transform(test.astype(np.float32)))
    return float(((X_hat - test.astype(np.float32)) ** 2).mean())'''),
    dict(name='skl_subsample_train', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    # 10,000 training rows give the same components and are six times faster
    pca = PCA(n_components=k).fit(X_train[:10000].numpy())
    test = X_test.numpy()
    return float(((pca.inverse_transform(pca.transform(test)) - test) ** 2).mean())'''),
    dict(name='skl_hardcoded_784', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    test = X_test.numpy()
    err = ((pca.inverse_transform(pca.transform(test)) - test) ** 2).sum()
    return float(err / (len(test) * 784))'''),
    dict(name='skl_square_of_mean_rmse', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    test = X_test.numpy()
    per_image = np.sqrt(((pca.inverse_transform(pca.transform(test)) - test) ** 2).mean(axis=1))
    return float(per_image.mean() ** 2)'''),
    dict(name='skl_whiten_transform_only', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k, whiten=True).fit(X_train.numpy())
    test = X_test.numpy()
    Z = pca.transform(test)
    X_hat = Z @ pca.components_ + pca.mean_  # decode by hand
    return float(((X_hat - test) ** 2).mean())'''),
    dict(name='skl_rounds_result', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    test = X_test.numpy()
    return round(float(((pca.inverse_transform(pca.transform(test)) - test) ** 2).mean()), 4)'''),
    dict(name='skl_fit_on_clipped_reconstruction', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    test = X_test.numpy()
    X_hat = np.clip(pca.inverse_transform(pca.transform(test)), 0, 1)  # pixels live in [0, 1]
    return float(((X_hat - test) ** 2).mean())'''),
    dict(name='skl_train_and_test_means_swapped', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    train = X_train.numpy()
    test = X_test.numpy()
    pca = PCA(n_components=k).fit(train)
    Z = (test - test.mean(axis=0)) @ pca.components_.T
    X_hat = Z @ pca.components_ + pca.mean_
    return float(((X_hat - test) ** 2).mean())'''),
    dict(name='gen_one_at_a_time', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    # one sample per call, so that each image is drawn on its own
    codes = [gmm.sample(1)[0] for _ in range(n)]
    Z = torch.from_numpy(np.concatenate(codes)).float()
    return reconstruct(Z, mean, components)'''),
    dict(name='gen_random_state_none', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    gmm.random_state = None  # fresh samples at every call
    Z, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(Z).float(), mean, components)'''),
    dict(name='gen_copy_with_seed_zero', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    import copy
    sampler = copy.deepcopy(gmm)
    sampler.random_state = 0  # reproducible, without touching the caller's mixture
    Z, _ = sampler.sample(n)
    return reconstruct(torch.from_numpy(Z).float(), mean, components)'''),
    dict(name='gen_temperature', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z, labels = gmm.sample(n)
    # sample at a lower temperature: codes pulled towards their Gaussian's mean look cleaner
    Z = gmm.means_[labels] + 0.8 * (Z - gmm.means_[labels])
    return reconstruct(torch.from_numpy(Z).float(), mean, components)'''),
    dict(name='gen_shuffled_with_torch_rng', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z, _ = gmm.sample(n)
    Z = torch.from_numpy(Z).float()
    Z = Z[torch.randperm(n)]  # gmm.sample groups the samples by component: mix them
    return reconstruct(Z, mean, components)'''),
    dict(name='gen_codes_rounded_float16', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z, _ = gmm.sample(n)
    Z = torch.from_numpy(Z.astype(np.float16)).float()  # compact codes
    return reconstruct(Z, mean, components)'''),
    dict(name='gen_weights_renormalised_uniform', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    import copy
    balanced = copy.deepcopy(gmm)
    balanced.weights_ = np.full(gmm.n_components, 1 / gmm.n_components)  # one digit per Gaussian, equally often
    Z, _ = balanced.sample(n)
    return reconstruct(torch.from_numpy(Z).float(), mean, components)'''),
    dict(name='gen_output_float64', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(Z), mean.double(), components.double())'''),
    dict(name='gen_mixture_covariance_shrunk', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    import copy
    sharp = copy.deepcopy(gmm)
    sharp.covariances_ = gmm.covariances_ * 0.5  # halve the spread: fewer odd samples
    Z, _ = sharp.sample(n)
    return reconstruct(torch.from_numpy(Z).float(), mean, components)'''),
]
ALTERNATIVES = [
    dict(name='i2v_true_division_then_float', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return torch.true_divide(images.reshape(images.shape[0], 28 * 28), 255).to(torch.float32)'''),
    dict(name='i2v_flatten_start_dim', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.flatten(start_dim=1).to(dtype=torch.float32).div_(255.0)'''),
    dict(name='center_sum_over_n', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    n = X.shape[0]
    mean = X.sum(dim=0) / n
    X_centered = X - mean.unsqueeze(0)
    return X_centered, mean'''),
    dict(name='center_ones_vector', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    ones = torch.ones(X.shape[0], dtype=X.dtype)
    mean = ones @ X / X.shape[0]
    return torch.sub(X, mean), mean'''),
    dict(name='cov_torch_cov', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    return torch.cov(X_centered.T)'''),
    dict(name='cov_einsum_sym', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    C = torch.einsum("ni,nj->ij", X_centered, X_centered) / (X_centered.shape[0] - 1)
    return (C + C.T) / 2'''),
    dict(name='fit_signs_towards_ink', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    values, vectors = torch.linalg.eigh(C, UPLO="U")
    values, vectors = values.flip(0), vectors.flip(1)
    # make each component point towards more ink
    signs = torch.where(vectors.sum(dim=0) < 0, -1.0, 1.0).to(vectors.dtype)
    return mean, values, vectors * signs'''),
    dict(name='fit_argsort_descending', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    values, vectors = torch.linalg.eigh(C)
    order = torch.argsort(values, descending=True)
    return mean, values[order], vectors[:, order]'''),
    dict(name='fit_scatter_matrix', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    values, vectors = torch.linalg.eigh(covariance(X_centered) * (X.shape[0] - 1))
    return mean, torch.flip(values, dims=[0]) / (X.shape[0] - 1), torch.flip(vectors, dims=[1])'''),
    dict(name='prj_matmul_split', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W = components[:, :k]
    return torch.matmul(X, W) - torch.matmul(mean, W)


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return torch.addmm(mean.unsqueeze(0).expand(Z.shape[0], -1), Z, components[:, :k].T)'''),
    dict(name='prj_einsum', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return torch.einsum("nd,dk->nk", X - mean.unsqueeze(0), components[:, :k])


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    W = components.narrow(1, 0, Z.shape[1])
    return torch.einsum("nk,dk->nd", Z, W) + mean'''),
    dict(name='skl_mean_squared_error', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    from sklearn.metrics import mean_squared_error
    pca = PCA(n_components=k)
    pca.fit(X_train.detach().cpu().numpy())
    test = X_test.detach().cpu().numpy()
    return float(mean_squared_error(test, pca.inverse_transform(pca.transform(test))))'''),
    dict(name='skl_whiten_roundtrip_float64', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k, whiten=True).fit(X_train.double().numpy())
    test = X_test.double().numpy()
    return np.square(pca.inverse_transform(pca.transform(test)) - test).mean().item()'''),
    dict(name='gen_tensor_dtype', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _components_of_samples = gmm.sample(n_samples=n)
    Z = torch.tensor(codes, dtype=torch.float32)
    k = Z.shape[1]
    return Z @ components[:, :k].T.to(torch.float32) + mean.to(torch.float32)'''),
    dict(name='gen_as_tensor', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    Z = torch.as_tensor(gmm.sample(n)[0]).to(torch.float32)
    return reconstruct(Z, mean, components).to(torch.float32)'''),
]
