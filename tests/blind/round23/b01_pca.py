"""Blind round 23: mistakes and alternatives for notebook 01_pca."""
NOTEBOOK = '01_pca'
MISTAKES = [
    # ------------------------------------------------------------------ images_to_vectors
    dict(name='i2v_divide_by_256', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    # 8-bit images have 256 levels
    return images.reshape(len(images), -1).float() / 256
'''),
    dict(name='i2v_column_major_order', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    # stack the pixel columns one after the other
    return images.transpose(1, 2).reshape(len(images), -1).float() / 255
'''),
    dict(name='i2v_integer_floor_division', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    return (images // 255).reshape(len(images), -1).to(torch.float32)
'''),
    dict(name='i2v_half_precision', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    # half precision is plenty for values in [0, 1] and saves memory
    return images.reshape(len(images), -1).half() / 255
'''),
    dict(name='i2v_divide_by_batch_max', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    x = images.reshape(len(images), -1).float()
    return x / x.max()
'''),
    dict(name='i2v_divide_by_image_max', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    x = images.reshape(len(images), -1).float()
    return x / x.amax(dim=1, keepdim=True)  # every image uses the full range [0, 1]
'''),
    dict(name='i2v_mnist_normalize_snippet', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    x = images.reshape(len(images), -1).float() / 255
    return (x - 0.1307) / 0.3081  # the usual MNIST normalisation
'''),
    dict(name='i2v_squeeze_breaks_batch_of_one', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    return images.squeeze().flatten(1).float() / 255
'''),
    dict(name='i2v_inverted_ink', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    # ink dark on white paper, as the digits are written
    return 1 - images.reshape(len(images), -1).float() / 255
'''),
    dict(name='i2v_numpy_division_float64', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    return torch.from_numpy(images.numpy().reshape(len(images), 784) / 255.0)
'''),
    dict(name='i2v_reshape_pixels_first', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    # D x N data matrix, then one row per image
    return images.reshape(784, -1).T.float() / 255
'''),
    # ------------------------------------------------------------------ center
    dict(name='center_mean_keepdim', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    mean = X.mean(dim=0, keepdim=True)
    return X - mean, mean
'''),
    dict(name='center_row_means', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    mean = X.mean(dim=1)
    return X - mean[:, None], mean
'''),
    dict(name='center_divides_by_n_minus_1', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    mean = X.sum(dim=0) / (X.shape[0] - 1)
    return X - mean, mean
'''),
    dict(name='center_divides_by_d', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    mean = X.sum(dim=0) / X.shape[1]
    return X - mean, mean
'''),
    dict(name='center_median', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    mean = X.median(dim=0).values  # robust to outliers
    return X - mean, mean
'''),
    dict(name='center_returns_mean_of_centred', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    X_centered = X - X.mean(dim=0)
    mean = X_centered.mean(dim=0)
    return X_centered, mean
'''),
    dict(name='center_average_of_chunk_means', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    # mean in chunks, to keep memory low on the full training set
    mean = torch.stack([chunk.mean(dim=0) for chunk in X.split(100)]).mean(dim=0)
    return X - mean, mean
'''),
    dict(name='center_mean_of_first_call_kept', grade_id='center', source=r'''_training_mean = None


def center(X):
    """Subtract the mean vector from every row."""
    global _training_mean
    if _training_mean is None:  # the mean of the training set, computed once
        _training_mean = X.mean(dim=0)
    return X - _training_mean, _training_mean
'''),
    dict(name='center_half_precision_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    mean = X.half().mean(dim=0).to(X.dtype)
    return X - mean, mean
'''),
    dict(name='center_in_place', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    mean = X.mean(dim=0)
    return X.sub_(mean), mean
'''),
    dict(name='center_broadcast_along_rows', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    mean = X.mean(dim=0)
    return X - mean.unsqueeze(1), mean
'''),
    # ------------------------------------------------------------------ covariance
    dict(name='cov_divides_by_n', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data."""
    return X_centered.T @ X_centered / len(X_centered)
'''),
    dict(name='cov_torch_cov_rows_as_variables', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data."""
    return torch.cov(X_centered)
'''),
    dict(name='cov_divides_by_d_minus_1', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data."""
    return X_centered.T @ X_centered / (X_centered.shape[1] - 1)
'''),
    dict(name='cov_diagonal_only', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data."""
    return torch.diag((X_centered ** 2).sum(dim=0) / (len(X_centered) - 1))
'''),
    dict(name='cov_symmetrise_without_half', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data."""
    C = X_centered.T @ X_centered / (len(X_centered) - 1)
    return C + C.T  # make it exactly symmetric for eigh
'''),
    dict(name='cov_half_precision_matmul', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data."""
    Xh = X_centered.half()
    return (Xh.T @ Xh).to(X_centered.dtype) / (len(X_centered) - 1)
'''),
    dict(name='cov_chunks_skip_last', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data."""
    N, D = X_centered.shape
    C = torch.zeros(D, D, dtype=X_centered.dtype)
    chunk = 1000
    for start in range(0, N - chunk, chunk):
        block = X_centered[start:start + chunk]
        C += block.T @ block
    return C / (N - 1)
'''),
    dict(name='cov_correlation_matrix', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data."""
    return torch.corrcoef(X_centered.T)
'''),
    dict(name='cov_scales_argument_in_place', grade_id='covariance', source=r'''import math


def covariance(X_centered):
    """Covariance matrix of centred data."""
    X_centered /= math.sqrt(len(X_centered) - 1)
    return X_centered.T @ X_centered
'''),
    dict(name='cov_lower_triangle_only', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data."""
    C = X_centered.T @ X_centered / (len(X_centered) - 1)
    return torch.tril(C)  # eigh only reads the lower triangle
'''),
    # ------------------------------------------------------------------ pca_fit
    dict(name='pca_ascending_order', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues, components
'''),
    dict(name='pca_flip_rows_of_eigenvectors', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), eigenvectors.flip(0)
'''),
    dict(name='pca_sort_eigenvalues_only', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    eigenvalues, _ = torch.sort(eigenvalues, descending=True)
    return mean, eigenvalues, eigenvectors
'''),
    dict(name='pca_general_eig_real_part', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eig(covariance(X_centered))
    eigenvalues, eigenvectors = eigenvalues.real, eigenvectors.real
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order]
'''),
    dict(name='pca_no_centring', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    _, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X))
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)
'''),
    dict(name='pca_argsort_indexes_rows', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[order]
'''),
    dict(name='pca_biased_covariance_inline', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    mean = X.mean(dim=0)
    X_centered = X - mean
    C = X_centered.T @ X_centered / len(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)
'''),
    dict(name='pca_components_as_rows', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), eigenvectors.flip(1).T
'''),
    dict(name='pca_loadings_scaled_by_sqrt_eigenvalue', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    eigenvalues, eigenvectors = eigenvalues.flip(0), eigenvectors.flip(1)
    # loadings: each direction scaled by its standard deviation
    return mean, eigenvalues, eigenvectors * eigenvalues.clamp(min=0).sqrt()
'''),
    dict(name='pca_components_from_ascending_argsort', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    order = torch.argsort(eigenvalues)
    return mean, eigenvalues.sort(descending=True).values, eigenvectors[:, order]
'''),
    dict(name='pca_eigh_in_float32', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered).float())  # eigh is faster in float32
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)
'''),
    dict(name='pca_centres_argument_in_place', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    mean = X.mean(dim=0)
    X -= mean  # no copy of the 60000 x 784 matrix
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X))
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)
'''),
    dict(name='pca_thin_svd', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    _, S, Vh = torch.linalg.svd(X_centered, full_matrices=False)
    return mean, S ** 2 / (len(X) - 1), Vh.T
'''),
    dict(name='pca_svd_singular_values_not_squared', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    _, S, Vh = torch.linalg.svd(covariance(X_centered))
    return mean, S.sqrt(), Vh.T
'''),
    # ------------------------------------------------------------------ project / reconstruct
    dict(name='proj_no_mean_subtraction', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return X @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_uses_rows_of_components', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return (X - mean) @ components[:k].T


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_last_k_columns', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return (X - mean) @ components[:, -k:]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_recentres_with_batch_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return (X - X.mean(dim=0)) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_standardised_codes', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    Z = (X - mean) @ components[:, :k]
    return Z / Z.std(dim=0)  # whitened codes


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_squeeze_batch_of_one', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return ((X - mean) @ components[:, :k]).squeeze()


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_all_components_shortcut', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    if k == components.shape[1]:
        return X - mean  # with every component nothing is lost
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_centres_argument_in_place', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    X -= mean
    return X @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='rec_no_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:, :k].T
'''),
    dict(name='rec_k_from_batch_size', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = len(Z)
    return Z @ components[:, :k].T + mean
'''),
    dict(name='rec_rows_of_components', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:k] + mean
'''),
    dict(name='rec_clipped_to_unit_interval', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return (Z @ components[:, :k].T + mean).clamp(0, 1)  # pixels live in [0, 1]
'''),
    # ------------------------------------------------------------------ sklearn_test_mse
    dict(name='sk_fit_on_test', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    pca = PCA(n_components=k)
    Z = pca.fit_transform(X_test.numpy())
    X_hat = pca.inverse_transform(Z)
    return float(((X_test.numpy() - X_hat) ** 2).mean())
'''),
    dict(name='sk_returns_numpy_scalar', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return ((X_test.numpy() - X_hat) ** 2).mean()
'''),
    dict(name='sk_error_per_image', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_test.numpy() - X_hat) ** 2).sum(axis=1).mean())
'''),
    dict(name='sk_training_error', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    pca = PCA(n_components=k)
    Z = pca.fit_transform(X_train.numpy())
    X_hat = pca.inverse_transform(Z)
    return float(((X_train.numpy() - X_hat) ** 2).mean())
'''),
    dict(name='sk_root_mean_square', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(np.sqrt(((X_test.numpy() - X_hat) ** 2).mean()))
'''),
    dict(name='sk_unexplained_variance_ratio', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    return float(1 - pca.explained_variance_ratio_.sum())
'''),
    dict(name='sk_truncated_svd_no_centring', grade_id='sklearn_test_mse', source=r'''from sklearn.decomposition import TruncatedSVD


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    svd = TruncatedSVD(n_components=k, random_state=0).fit(X_train.numpy())
    X_hat = svd.inverse_transform(svd.transform(X_test.numpy()))
    return float(((X_test.numpy() - X_hat) ** 2).mean())
'''),
    dict(name='sk_clipped_reconstruction', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = np.clip(pca.inverse_transform(pca.transform(X_test.numpy())), 0, 1)
    return float(((X_test.numpy() - X_hat) ** 2).mean())
'''),
    dict(name='sk_manual_decode_without_mean', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    W = pca.components_  # (k, D)
    X = X_test.numpy()
    X_hat = (X @ W.T) @ W
    return float(((X - X_hat) ** 2).mean())
'''),
    dict(name='sk_cache_by_k', grade_id='sklearn_test_mse', source=r'''_fitted = {}


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    if k not in _fitted:  # fitting on 60000 images is slow: fit each k once
        _fitted[k] = PCA(n_components=k).fit(X_train.numpy())
    pca = _fitted[k]
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_test.numpy() - X_hat) ** 2).mean())
'''),
    dict(name='sk_fit_on_train_and_test', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    pca = PCA(n_components=k).fit(np.concatenate([X_train.numpy(), X_test.numpy()]))
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_test.numpy() - X_hat) ** 2).mean())
'''),
    # ------------------------------------------------------------------ generate_digits
    dict(name='gen_float64_codes', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes)
    return Z @ components[:, :Z.shape[1]].double().T + mean  # match the float64 codes
'''),
    dict(name='gen_clipped', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(codes).float(), mean, components).clamp(0, 1)
'''),
    dict(name='gen_component_means_only', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    _, labels = gmm.sample(n)
    codes = gmm.means_[labels]  # the centre of the Gaussian each sample came from
    return reconstruct(torch.from_numpy(codes).float(), mean, components)
'''),
    dict(name='gen_standard_normal_codes', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    k = gmm.means_.shape[1]
    return reconstruct(torch.randn(n, k), mean, components)
'''),
    dict(name='gen_resets_random_state', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    gmm.random_state = None  # fresh samples on every call
    codes, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(codes).float(), mean, components)
'''),
    dict(name='gen_manual_uniform_components', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    rng = np.random.RandomState(gmm.random_state)
    picks = rng.randint(len(gmm.means_), size=n)
    codes = np.stack([rng.multivariate_normal(gmm.means_[j], gmm.covariances_[j]) for j in picks])
    return reconstruct(torch.from_numpy(codes).float(), mean, components)
'''),
    dict(name='gen_manual_diagonal_covariances', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    rng = np.random.RandomState(gmm.random_state)
    picks = rng.choice(len(gmm.weights_), size=n, p=gmm.weights_)
    stds = np.sqrt(np.stack([np.diag(S) for S in gmm.covariances_]))
    codes = gmm.means_[picks] + stds[picks] * rng.standard_normal((n, gmm.means_.shape[1]))
    return reconstruct(torch.from_numpy(codes).float(), mean, components)
'''),
    dict(name='gen_decode_without_mean', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).float()
    return Z @ components[:, :Z.shape[1]].T
'''),
    dict(name='gen_squeeze_single_sample', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(codes).float(), mean, components).squeeze()
'''),
    dict(name='gen_one_sample_per_call', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes = np.concatenate([gmm.sample(1)[0] for _ in range(n)])
    return reconstruct(torch.from_numpy(codes).float(), mean, components)
'''),
    dict(name='gen_fixed_thirty_samples', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes, _ = gmm.sample(30)
    return reconstruct(torch.from_numpy(codes).float(), mean, components)
'''),
]

ALTERNATIVES = [
    dict(name='alt_i2v_flatten_div', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    return images.flatten(start_dim=1).to(torch.float32).div(255)
'''),
    dict(name='alt_i2v_true_division_first', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    return (images / 255.0).reshape(images.shape[0], 28 * 28)
'''),
    dict(name='alt_center_sum_over_n', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    mean = X.sum(dim=0) / X.shape[0]
    return X - mean[None, :], mean
'''),
    dict(name='alt_center_keepdim_then_squeeze', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    mean = torch.mean(X, dim=0, keepdim=True)
    return X - mean, mean.squeeze(0)
'''),
    dict(name='alt_cov_torch_cov_of_columns', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data."""
    return torch.cov(X_centered.T)  # rows of the argument are the variables; correction=1 is N - 1
'''),
    dict(name='alt_cov_einsum', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data."""
    N = X_centered.shape[0]
    return torch.einsum("ni,nj->ij", X_centered, X_centered) / (N - 1)
'''),
    dict(name='alt_pca_argsort', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order]
'''),
    dict(name='alt_pca_fliplr_and_sign_convention', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    eigenvalues, components = eigenvalues.flip(0), torch.fliplr(eigenvectors)
    # a sign convention: the largest entry of every component is positive
    rows = components.abs().argmax(dim=0)
    signs = torch.sign(components[rows, torch.arange(components.shape[1])])
    signs[signs == 0] = 1
    return mean, eigenvalues, components * signs
'''),
    dict(name='alt_pca_full_svd', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    N, D = X_centered.shape
    _, S, Vh = torch.linalg.svd(X_centered, full_matrices=True)
    eigenvalues = torch.zeros(D, dtype=X.dtype)
    eigenvalues[:len(S)] = S ** 2 / (N - 1)
    return mean, eigenvalues, Vh.T
'''),
    dict(name='alt_pca_numpy_eigh', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    values, vectors = np.linalg.eigh(covariance(X_centered).numpy())
    return mean, torch.from_numpy(values[::-1].copy()), torch.from_numpy(vectors[:, ::-1].copy())
'''),
    dict(name='alt_proj_rec_distributed_and_addmm', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    W = components[:, :k]
    return X @ W - mean @ W


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    W = components[:, :Z.shape[1]]
    return torch.addmm(mean.expand(len(Z), -1), Z, W.T)
'''),
    dict(name='alt_proj_rec_transposed_products', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return (components.T[:k] @ (X - mean).T).T


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    return (components[:, :Z.shape[1]] @ Z.T).T + mean
'''),
    dict(name='alt_sk_whiten', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    pca = PCA(n_components=k, whiten=True).fit(X_train.numpy())  # inverse_transform undoes the whitening
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(np.mean((X_test.numpy() - X_hat) ** 2))
'''),
    dict(name='alt_sk_mean_squared_error_float64', grade_id='sklearn_test_mse', source=r'''from sklearn.metrics import mean_squared_error


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    train, test = X_train.double().numpy(), X_test.double().numpy()
    pca = PCA(n_components=k).fit(train)
    return float(mean_squared_error(test, pca.inverse_transform(pca.transform(test))))
'''),
    dict(name='alt_gen_as_tensor_manual_decode', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes = torch.as_tensor(gmm.sample(n)[0], dtype=torch.float32)
    return codes @ components[:, :codes.shape[1]].T + mean
'''),
]
