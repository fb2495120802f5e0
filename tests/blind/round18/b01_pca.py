"""Blind round 18: mistakes and alternatives for notebook 01_pca."""

NOTEBOOK = '01_pca'

# Correct pieces reused to build the two-function cell project_reconstruct.
_PROJECT_OK = '''
def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return (X - mean) @ components[:, :k]
'''

_RECONSTRUCT_OK = '''
def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''

MISTAKES = [
    # ------------------------------------------------------------------ images_to_vectors
    dict(name='i2v_divide_by_batch_max', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    X = images.flatten(1).float()
    return X / X.max()  # brightest pixel of the batch becomes 1
'''),
    dict(name='i2v_min_max_scaling', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    """Scale and flatten a batch of images (min-max scaling to [0, 1])."""
    X = images.reshape(len(images), 784).float()
    return (X - X.min()) / (X.max() - X.min())
'''),
    dict(name='i2v_per_image_max', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    """Scale every image by its own brightest pixel, then flatten."""
    X = images.flatten(1).float()
    return X / X.max(dim=1, keepdim=True).values
'''),
    dict(name='i2v_column_major_order', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    return images.transpose(1, 2).reshape(len(images), 784).float() / 255
'''),
    dict(name='i2v_reshape_pixels_first_then_transpose', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    """Scale and flatten: one column per image, then transpose to one row per image."""
    return images.reshape(784, -1).T.float() / 255
'''),
    dict(name='i2v_divide_by_256', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    """Scale and flatten a batch of images (256 grey levels)."""
    return images.flatten(1).float() / 256
'''),
    dict(name='i2v_flatten_everything', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    return images.flatten().float() / 255
'''),
    dict(name='i2v_returns_numpy_array', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    return images.numpy().reshape(len(images), 784).astype(np.float32) / 255
'''),
    dict(name='i2v_numpy_division_float64', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    return torch.from_numpy(images.numpy() / 255.0).reshape(len(images), 784)
'''),
    dict(name='i2v_scaled_to_minus_one_one', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    return images.flatten(1).float() / 127.5 - 1
'''),
    dict(name='i2v_mnist_mean_std_normalisation', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    """Scale and flatten a batch of images (the usual MNIST normalisation)."""
    X = images.flatten(1).float() / 255
    return (X - 0.1307) / 0.3081
'''),
    dict(name='i2v_binarised', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    """Scale and flatten a batch of images (ink = 1, paper = 0)."""
    return (images.flatten(1) > 127).float()
'''),
    # ------------------------------------------------------------------ center
    dict(name='center_mean_over_features', grade_id='center', source='''
def center(X):
    """Subtract the mean vector from every row."""
    mean = X.mean(dim=1)
    return X - mean[:, None], mean
'''),
    dict(name='center_keepdim_mean', grade_id='center', source='''
def center(X):
    """Subtract the mean vector from every row."""
    mean = X.mean(dim=0, keepdim=True)
    return X - mean, mean
'''),
    dict(name='center_returns_mean_first', grade_id='center', source='''
def center(X):
    """Subtract the mean vector from every row."""
    mean = X.mean(dim=0)
    return mean, X - mean
'''),
    dict(name='center_sum_over_n_minus_one', grade_id='center', source='''
def center(X):
    """Subtract the mean vector from every row (unbiased, like the covariance)."""
    mean = X.sum(dim=0) / (X.shape[0] - 1)
    return X - mean, mean
'''),
    dict(name='center_divides_by_d', grade_id='center', source='''
def center(X):
    """Subtract the mean vector from every row."""
    mean = X.sum(dim=0) / X.shape[1]
    return X - mean, mean
'''),
    dict(name='center_also_standardises', grade_id='center', source='''
def center(X):
    """Subtract the mean vector from every row (and scale every column to unit variance)."""
    mean = X.mean(dim=0)
    return (X - mean) / X.std(dim=0), mean
'''),
    dict(name='center_global_scalar_mean', grade_id='center', source='''
def center(X):
    """Subtract the mean from every row."""
    mean = X.mean()
    return X - mean, mean.expand(X.shape[1])
'''),
    dict(name='center_in_place', grade_id='center', source='''
def center(X):
    """Subtract the mean vector from every row."""
    mean = X.mean(dim=0)
    X -= mean
    return X, mean
'''),
    dict(name='center_squeeze_scalar_when_one_feature', grade_id='center', source='''
def center(X):
    """Subtract the mean vector from every row."""
    mean = X.mean(dim=0, keepdim=True)
    return X - mean, mean.squeeze()
'''),
    dict(name='center_median', grade_id='center', source='''
def center(X):
    """Subtract the central vector from every row (median: robust to outliers)."""
    mean = X.median(dim=0).values
    return X - mean, mean
'''),
    dict(name='center_mean_accumulated_in_float32', grade_id='center', source='''
def center(X):
    """Subtract the mean vector from every row."""
    mean = X.mean(dim=0, dtype=torch.float32)
    return X - mean, mean
'''),
    # ------------------------------------------------------------------ covariance
    dict(name='cov_biased_over_n', grade_id='covariance', source='''
def covariance(X_centered):
    """Covariance matrix of centred data."""
    return X_centered.T @ X_centered / X_centered.shape[0]
'''),
    dict(name='cov_gram_matrix_of_rows', grade_id='covariance', source='''
def covariance(X_centered):
    """Covariance matrix of centred data."""
    return X_centered @ X_centered.T / (len(X_centered) - 1)
'''),
    dict(name='cov_torch_cov_rows_as_variables', grade_id='covariance', source='''
def covariance(X_centered):
    """Covariance matrix of centred data."""
    return torch.cov(X_centered)
'''),
    dict(name='cov_operator_precedence', grade_id='covariance', source='''
def covariance(X_centered):
    """Covariance matrix of centred data."""
    return X_centered.T @ X_centered / len(X_centered) - 1
'''),
    dict(name='cov_divides_by_d_minus_one', grade_id='covariance', source='''
def covariance(X_centered):
    """Covariance matrix of centred data."""
    return X_centered.T @ X_centered / (X_centered.shape[1] - 1)
'''),
    dict(name='cov_diagonal_only', grade_id='covariance', source='''
def covariance(X_centered):
    """Covariance matrix of centred data."""
    return torch.diag(X_centered.var(dim=0))
'''),
    dict(name='cov_scales_argument_in_place', grade_id='covariance', source='''
def covariance(X_centered):
    """Covariance matrix of centred data (scale first, to keep the products small)."""
    X_centered /= (len(X_centered) - 1) ** 0.5
    return X_centered.T @ X_centered
'''),
    dict(name='cov_numpy_cov', grade_id='covariance', source='''
def covariance(X_centered):
    """Covariance matrix of centred data."""
    return np.cov(X_centered.numpy(), rowvar=False)
'''),
    dict(name='cov_correlation_matrix', grade_id='covariance', source='''
def covariance(X_centered):
    """Covariance matrix of centred data."""
    return torch.corrcoef(X_centered.T)
'''),
    dict(name='cov_normaliser_applied_to_both_factors', grade_id='covariance', source='''
def covariance(X_centered):
    """Covariance matrix of centred data."""
    scaled = X_centered / (len(X_centered) - 1)
    return scaled.T @ scaled
'''),
    # ------------------------------------------------------------------ pca_fit
    dict(name='pca_eigenvectors_not_reordered', grade_id='pca_fit', source='''
def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), eigenvectors
'''),
    dict(name='pca_flips_rows_of_eigenvectors', grade_id='pca_fit', source='''
def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), eigenvectors.flip(0)
'''),
    dict(name='pca_components_as_rows', grade_id='pca_fit', source='''
def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), eigenvectors.flip(1).T
'''),
    dict(name='pca_general_eig_complex', grade_id='pca_fit', source='''
def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eig(covariance(X_centered))
    order = eigenvalues.real.argsort(descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order]
'''),
    dict(name='pca_covariance_of_uncentred_data', grade_id='pca_fit', source='''
def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X))
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)
'''),
    dict(name='pca_returns_explained_variance_ratio', grade_id='pca_fit', source='''
def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    eigenvalues = eigenvalues / eigenvalues.sum()
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)
'''),
    dict(name='pca_returns_standard_deviations', grade_id='pca_fit', source='''
def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.clamp(min=0).sqrt().flip(0), eigenvectors.flip(1)
'''),
    dict(name='pca_argsort_indexes_rows', grade_id='pca_fit', source='''
def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[order]
'''),
    dict(name='pca_biased_covariance', grade_id='pca_fit', source='''
def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(torch.cov(X_centered.T, correction=0))
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)
'''),
    dict(name='pca_thin_svd_breaks_when_fewer_rows_than_features', grade_id='pca_fit', source='''
def pca_fit(X):
    """Principal components of the rows of X, by SVD of the centred data (more accurate than forming C)."""
    X_centered, mean = center(X)
    _, S, Vh = torch.linalg.svd(X_centered, full_matrices=False)
    return mean, S ** 2 / (len(X) - 1), Vh.T
'''),
    dict(name='pca_returns_components_before_eigenvalues', grade_id='pca_fit', source='''
def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvectors.flip(1), eigenvalues.flip(0)
'''),
    # ------------------------------------------------------------------ project / reconstruct
    dict(name='project_uses_rows_of_components', grade_id='project_reconstruct', source='''
def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return (X - mean) @ components[:k].T
''' + _RECONSTRUCT_OK),
    dict(name='project_forgets_mean', grade_id='project_reconstruct', source='''
def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return X @ components[:, :k]
''' + _RECONSTRUCT_OK),
    dict(name='project_last_k_columns', grade_id='project_reconstruct', source='''
def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return (X - mean) @ components[:, -k:]
''' + _RECONSTRUCT_OK),
    dict(name='project_skips_first_component', grade_id='project_reconstruct', source='''
def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return (X - mean) @ components[:, 1:k + 1]
''' + _RECONSTRUCT_OK),
    dict(name='project_returns_k_by_n', grade_id='project_reconstruct', source='''
def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return components[:, :k].T @ (X - mean).T
''' + _RECONSTRUCT_OK),
    dict(name='reconstruct_forgets_mean', grade_id='project_reconstruct', source=_PROJECT_OK + '''

def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:, :k].T
'''),
    dict(name='reconstruct_uses_rows_of_components', grade_id='project_reconstruct', source=_PROJECT_OK + '''

def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:k] + mean
'''),
    dict(name='reconstruct_k_from_batch_size', grade_id='project_reconstruct', source=_PROJECT_OK + '''

def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = len(Z)
    return Z[:, :k] @ components[:, :k].T + mean
'''),
    dict(name='reconstruct_clips_to_unit_interval', grade_id='project_reconstruct', source=_PROJECT_OK + '''

def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space (pixels live in [0, 1])."""
    k = Z.shape[1]
    return (Z @ components[:, :k].T + mean).clamp(0, 1)
'''),
    dict(name='reconstruct_last_k_columns', grade_id='project_reconstruct', source=_PROJECT_OK + '''

def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:, -k:].T + mean
'''),
    # ------------------------------------------------------------------ sklearn_test_mse
    dict(name='sk_fitted_on_test_set', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA."""
    pca = PCA(n_components=k)
    Z = pca.fit_transform(X_test.numpy())
    X_hat = pca.inverse_transform(Z)
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_refit_with_fit_transform_on_test', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.fit_transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_returns_numpy_scalar', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return ((X_hat - X_test.numpy()) ** 2).mean()
'''),
    dict(name='sk_returns_torch_scalar', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = torch.from_numpy(pca.inverse_transform(pca.transform(X_test.numpy())))
    return torch.mean((X_hat - X_test) ** 2)
'''),
    dict(name='sk_error_per_image_not_per_pixel', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    """Test MSE of a k-component scikit-learn PCA fitted on X_train."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).sum(axis=1).mean())
'''),
    dict(name='sk_randomized_solver', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (randomized SVD: faster)."""
    pca = PCA(n_components=k, svd_solver="randomized").fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_manual_decode_without_mean', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.transform(X_test.numpy()) @ pca.components_
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_root_mean_squared_error', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    """Test error per pixel of a k-component scikit-learn PCA fitted on X_train."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(np.sqrt(((X_hat - X_test.numpy()) ** 2).mean()))
'''),
    dict(name='sk_fitted_on_train_and_test', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on all the data."""
    pca = PCA(n_components=k).fit(torch.cat([X_train, X_test]).numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_fitted_on_a_subset_for_speed', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    pca = PCA(n_components=k).fit(X_train[:10000].numpy())  # 10k rows are plenty and much faster
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_fitted_pca_cached_by_k', grade_id='sklearn_test_mse', source='''
_fitted = {}


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (fits are cached)."""
    if k not in _fitted:
        _fitted[k] = PCA(n_components=k).fit(X_train.numpy())
    pca = _fitted[k]
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_measured_on_training_images', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    """MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    pca = PCA(n_components=k)
    X_hat = pca.inverse_transform(pca.fit_transform(X_train.numpy()))
    return float(((X_hat - X_train.numpy()) ** 2).mean())
'''),
    # ------------------------------------------------------------------ generate_digits
    dict(name='gen_clips_pixels', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes, _ = gmm.sample(n)
    return reconstruct(torch.tensor(codes, dtype=torch.float32), mean, components).clamp(0, 1)
'''),
    dict(name='gen_own_sampler_with_global_numpy_state', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    which = np.random.choice(len(gmm.weights_), size=n, p=gmm.weights_)
    codes = np.stack([np.random.multivariate_normal(gmm.means_[j], gmm.covariances_[j]) for j in which])
    return reconstruct(torch.tensor(codes, dtype=torch.float32), mean, components)
'''),
    dict(name='gen_one_sample_call_per_image', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes, one at a time."""
    codes = np.concatenate([gmm.sample(1)[0] for _ in range(n)])
    return reconstruct(torch.tensor(codes, dtype=torch.float32), mean, components)
'''),
    dict(name='gen_shuffles_with_global_state', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes, _ = gmm.sample(n)
    codes = codes[np.random.permutation(n)]  # gmm.sample groups the samples by Gaussian: mix them
    return reconstruct(torch.tensor(codes, dtype=torch.float32), mean, components)
'''),
    dict(name='gen_overrides_mixture_random_state', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    gmm.random_state = 0  # reproducible
    codes, _ = gmm.sample(n)
    return reconstruct(torch.tensor(codes, dtype=torch.float32), mean, components)
'''),
    dict(name='gen_hardcoded_thirty_components', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes, _ = gmm.sample(n)
    Z = torch.tensor(codes, dtype=torch.float32)
    return Z @ components[:, :30].T + mean
'''),
    dict(name='gen_decodes_without_mean', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes, _ = gmm.sample(n)
    Z = torch.tensor(codes, dtype=torch.float32)
    return Z @ components[:, :Z.shape[1]].T
'''),
    dict(name='gen_returns_images_and_labels', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes, labels = gmm.sample(n)
    return reconstruct(torch.tensor(codes, dtype=torch.float32), mean, components), torch.from_numpy(labels)
'''),
    dict(name='gen_float64_output', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(codes), mean.double(), components.double())
'''),
    dict(name='gen_decodes_component_means', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes (the mean of each drawn Gaussian: cleaner digits)."""
    _, labels = gmm.sample(n)
    return reconstruct(torch.tensor(gmm.means_[labels], dtype=torch.float32), mean, components)
'''),
]

ALTERNATIVES = [
    dict(name='i2v_numpy_float32_roundtrip', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    array = images.numpy().reshape(images.shape[0], 28 * 28).astype(np.float32)
    return torch.from_numpy(array / np.float32(255))
'''),
    dict(name='center_sum_over_rows', grade_id='center', source='''
def center(X):
    """Subtract the mean vector from every row."""
    mean = X.sum(dim=0) / X.shape[0]
    return torch.sub(X, mean.unsqueeze(0)), mean
'''),
    dict(name='cov_einsum', grade_id='covariance', source='''
def covariance(X_centered):
    """Covariance matrix of centred data."""
    n = X_centered.shape[0]
    return torch.einsum("ni,nj->ij", X_centered, X_centered) / (n - 1)
'''),
    dict(name='cov_torch_cov_of_transpose', grade_id='covariance', source='''
def covariance(X_centered):
    """Covariance matrix of centred data (torch.cov wants variables as rows)."""
    return torch.cov(X_centered.T)
'''),
    dict(name='pca_argsort_descending_columns', grade_id='pca_fit', source='''
def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    values, vectors = torch.linalg.eigh(covariance(X_centered))
    order = torch.argsort(values, descending=True)
    return mean, values[order], vectors[:, order]
'''),
    dict(name='project_reconstruct_einsum_and_zero_padding', grade_id='project_reconstruct', source='''
def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return torch.einsum("nd,dk->nk", X - mean, components[:, :k])


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space: pad the codes with zeros for the unused components."""
    padded = Z.new_zeros(Z.shape[0], components.shape[1])
    padded[:, :Z.shape[1]] = Z
    return torch.addmm(mean, padded, components.T)
'''),
    dict(name='sk_metrics_mean_squared_error', grade_id='sklearn_test_mse', source='''
from sklearn.metrics import mean_squared_error


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    train, test = X_train.numpy(), X_test.numpy()
    pca = PCA(n_components=k)
    pca.fit(train)
    return float(mean_squared_error(test, pca.inverse_transform(pca.transform(test))))
'''),
    dict(name='gen_decode_in_float64_then_cast', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes = gmm.sample(n)[0]
    images = reconstruct(torch.from_numpy(codes), mean.double(), components.double())
    return images.to(torch.float32)
'''),
]
