"""Blind round 24: mistakes and alternatives for notebook 01_pca."""
NOTEBOOK = '01_pca'

# ---------------------------------------------------------------------------------------------------
# Building blocks for the cell with two functions (project and reconstruct): each case is a whole cell.
# ---------------------------------------------------------------------------------------------------
_PROJECT_OK = r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return (X - mean) @ components[:, :k]
'''

_RECONSTRUCT_OK = r'''def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''


def _pr(project=_PROJECT_OK, reconstruct=_RECONSTRUCT_OK):
    return project + '\n\n' + reconstruct


MISTAKES = [
    # ---------------------------------------------------------------- images_to_vectors
    dict(name='iv_divide_by_256', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    return images.reshape(len(images), -1).float() / 256
'''),
    dict(name='iv_column_major_order', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images (column after column)."""
    return images.transpose(1, 2).reshape(len(images), -1).float() / 255
'''),
    dict(name='iv_float64_output', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    return images.reshape(len(images), -1).double() / 255
'''),
    dict(name='iv_floor_division', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    return images.reshape(len(images), -1).float() // 255
'''),
    dict(name='iv_scale_by_batch_max', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images: divide by the brightest pixel (255 for MNIST)."""
    x = images.reshape(len(images), -1).float()
    return x / x.max()
'''),
    dict(name='iv_flatten_everything', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    return images.float().flatten() / 255
'''),
    dict(name='iv_mnist_standardise', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images, normalised with the usual MNIST statistics."""
    x = images.reshape(len(images), -1).float() / 255
    return (x - 0.1307) / 0.3081
'''),
    dict(name='iv_squeeze_loop_batch_of_one', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    return torch.stack([image.flatten() for image in images.squeeze()]).float() / 255
'''),
    dict(name='iv_bfloat16_roundtrip', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images (bfloat16 to save memory, float32 out)."""
    return (images.reshape(len(images), -1).to(torch.bfloat16) / 255).float()
'''),
    dict(name='iv_binarise', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images (binarised MNIST: ink or paper)."""
    return (images.reshape(len(images), -1) > 127).float()
'''),
    dict(name='iv_reshape_pixels_first', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    return images.reshape(784, -1).T.float() / 255
'''),
    dict(name='iv_numpy_output', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    return images.numpy().reshape(len(images), -1).astype(np.float32) / 255
'''),

    # ---------------------------------------------------------------- center
    dict(name='ce_mean_keepdim', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    mean = X.mean(dim=0, keepdim=True)
    return X - mean, mean
'''),
    dict(name='ce_row_means', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    mean = X.mean(dim=1)
    return X - mean[:, None], mean
'''),
    dict(name='ce_return_order_swapped', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    mean = X.mean(dim=0)
    return mean, X - mean
'''),
    dict(name='ce_inplace_subtract', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row (in place, to save memory)."""
    mean = X.mean(dim=0)
    X -= mean
    return X, mean
'''),
    dict(name='ce_median', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    mean = X.median(dim=0).values
    return X - mean, mean
'''),
    dict(name='ce_standardise', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    mean = X.mean(dim=0)
    return (X - mean) / X.std(dim=0), mean
'''),
    dict(name='ce_divide_by_D', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    mean = X.sum(dim=0) / X.shape[1]
    return X - mean, mean
'''),
    dict(name='ce_scalar_grand_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    mean = X.mean()
    return X - mean, mean
'''),
    dict(name='ce_remember_training_mean', grade_id='center', source=r'''_TRAINING_MEAN = None


def center(X):
    """Subtract the mean vector from every row (the mean of the first data seen, i.e. the training set)."""
    global _TRAINING_MEAN
    if _TRAINING_MEAN is None:
        _TRAINING_MEAN = X.mean(dim=0)
    return X - _TRAINING_MEAN, _TRAINING_MEAN
'''),
    dict(name='ce_rounded_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    mean = X.mean(dim=0).round(decimals=3)
    return X - mean, mean
'''),
    dict(name='co_divide_by_N', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data."""
    return X_centered.T @ X_centered / len(X_centered)
'''),
    dict(name='co_torch_cov_rows_as_variables', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data."""
    return torch.cov(X_centered)
'''),
    dict(name='co_operator_precedence', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data."""
    N = X_centered.shape[0]
    return X_centered.T @ X_centered / N - 1
'''),
    dict(name='co_uses_D_not_N', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data."""
    return X_centered.T @ X_centered / (X_centered.shape[1] - 1)
'''),
    dict(name='co_floor_division', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data."""
    N = len(X_centered)
    return (X_centered.T @ X_centered) // (N - 1)
'''),
    dict(name='co_correlation', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data."""
    return torch.corrcoef(X_centered.T)
'''),
    dict(name='co_recentre_rows', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data (centred once more, to be safe)."""
    X_centered = X_centered - X_centered.mean(dim=1, keepdim=True)
    return X_centered.T @ X_centered / (len(X_centered) - 1)
'''),
    dict(name='co_half_precision_matmul', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data (half precision matmul for speed)."""
    half = X_centered.half()
    return (half.T @ half).to(X_centered.dtype) / (len(X_centered) - 1)
'''),
    dict(name='co_inplace_scaling', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data."""
    X_centered /= (len(X_centered) - 1) ** 0.5
    return X_centered.T @ X_centered
'''),
    dict(name='co_symmetrise_without_half', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data, symmetrised against rounding."""
    C = X_centered.T @ X_centered / (len(X_centered) - 1)
    return C + C.T
'''),
    dict(name='co_cache_by_data_ptr', grade_id='covariance', source=r'''_COVARIANCES = {}


def covariance(X_centered):
    """Covariance matrix of centred data (memoised: the training covariance is asked for many times)."""
    key = X_centered.data_ptr()
    if key not in _COVARIANCES:
        _COVARIANCES[key] = X_centered.T @ X_centered / (len(X_centered) - 1)
    return _COVARIANCES[key]
'''),

    # ---------------------------------------------------------------- pca_fit
    dict(name='pf_ascending_order', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues, components
'''),
    dict(name='pf_flip_values_only', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), components
'''),
    dict(name='pf_flip_rows', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), components.flip(0)
'''),
    dict(name='pf_index_rows', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], components[order]
'''),
    dict(name='pf_components_as_rows', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), components.flip(1).T
'''),
    dict(name='pf_uncentred_covariance', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X))
    return mean, eigenvalues.flip(0), components.flip(1)
'''),
    dict(name='pf_sort_by_magnitude', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    order = torch.argsort(eigenvalues.abs(), descending=True)
    return mean, eigenvalues[order], components[:, order]
'''),
    dict(name='pf_abs_eigenvalues', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X (variances cannot be negative)."""
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0).abs(), components.flip(1)
'''),
    dict(name='pf_general_eig_real_part', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eig(covariance(X_centered))
    eigenvalues, components = eigenvalues.real, components.real
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], components[:, order]
'''),
    dict(name='pf_thin_svd', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X, by an SVD of the centred data (same result, more stable)."""
    X_centered, mean = center(X)
    U, S, Vh = torch.linalg.svd(X_centered, full_matrices=False)
    return mean, S ** 2 / (len(X) - 1), Vh.T
'''),
    dict(name='pf_whitened_components', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    eigenvalues, components = eigenvalues.flip(0), components.flip(1)
    return mean, eigenvalues, components / eigenvalues.abs().clamp_min(1e-12).sqrt()
'''),
    dict(name='pf_drop_null_space', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X (the directions without variance are useless)."""
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    keep = eigenvalues > 1e-6
    return mean, eigenvalues[keep].flip(0), components[:, keep].flip(1)
'''),
    dict(name='pf_biased_covariance', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(X_centered.T @ X_centered / len(X))
    return mean, eigenvalues.flip(0), components.flip(1)
'''),
    dict(name='pr_project_not_centred', grade_id='project_reconstruct', source=_pr(project=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return X @ components[:, :k]
''')),
    dict(name='pr_project_rows_of_components', grade_id='project_reconstruct', source=_pr(project=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return (X - mean) @ components[:k].T
''')),
    dict(name='pr_project_k_plus_one', grade_id='project_reconstruct', source=_pr(project=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return (X - mean) @ components[:, :k + 1]
''')),
    dict(name='pr_project_batch_mean', grade_id='project_reconstruct', source=_pr(project=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return (X - X.mean(dim=0)) @ components[:, :k]
''')),
    dict(name='pr_project_whitened', grade_id='project_reconstruct', source=_pr(project=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components (unit variance)."""
    Z = (X - mean) @ components[:, :k]
    return Z / Z.std(dim=0)
''')),
    dict(name='pr_project_sign_flipped', grade_id='project_reconstruct', source=_pr(project=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return (mean - X) @ components[:, :k]
''', reconstruct=r'''def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return mean - Z @ components[:, :k].T
''')),
    dict(name='pr_project_inplace', grade_id='project_reconstruct', source=_pr(project=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    X -= mean
    return X @ components[:, :k]
''')),
    dict(name='pr_reconstruct_no_mean', grade_id='project_reconstruct', source=_pr(reconstruct=r'''def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:, :k].T
''')),
    dict(name='pr_reconstruct_rows_of_components', grade_id='project_reconstruct', source=_pr(reconstruct=r'''def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:k, :] + mean
''')),
    dict(name='pr_reconstruct_clamped', grade_id='project_reconstruct', source=_pr(reconstruct=r'''def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space (pixels stay in [0, 1])."""
    k = Z.shape[1]
    return (Z @ components[:, :k].T + mean).clamp(0, 1)
''')),
    dict(name='pr_reconstruct_remembers_k', grade_id='project_reconstruct', source=r'''_k = None


def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    global _k
    _k = k
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space (with the k of the last projection)."""
    k = _k if _k is not None else Z.shape[1]
    return Z[:, :k] @ components[:, :k].T + mean
'''),
    dict(name='pr_reconstruct_last_k', grade_id='project_reconstruct', source=_pr(reconstruct=r'''def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:, -k:].T + mean
''')),

    # ---------------------------------------------------------------- sklearn_test_mse
    dict(name='sk_fit_on_test', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    X_hat = pca.inverse_transform(pca.fit_transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_numpy_float32_result', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return ((X_hat - X_test.numpy()) ** 2).mean()
'''),
    dict(name='sk_error_per_image', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).sum(axis=1).mean())
'''),
    dict(name='sk_one_component_more', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k + 1).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_fit_on_train_and_test', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(np.concatenate([X_train.numpy(), X_test.numpy()]))
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_rounded', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return round(float(((X_hat - X_test.numpy()) ** 2).mean()), 4)
'''),
    dict(name='sk_training_error', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_train.numpy()))
    return float(((X_hat - X_train.numpy()) ** 2).mean())
'''),
    dict(name='sk_tensor_result', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = torch.from_numpy(pca.inverse_transform(pca.transform(X_test.numpy())))
    return ((X_hat - X_test) ** 2).mean()
'''),
    dict(name='sk_dropped_variance_theory', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    total = X_train.numpy().var(axis=0, ddof=1).sum()
    return float((total - pca.explained_variance_.sum()) / X_train.shape[1])
'''),
    dict(name='sk_standard_scaler_first', grade_id='sklearn_test_mse', source=r'''from sklearn.preprocessing import StandardScaler


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    scaler = StandardScaler().fit(X_train.numpy())
    train, test = scaler.transform(X_train.numpy()), scaler.transform(X_test.numpy())
    pca = PCA(n_components=k).fit(train)
    X_hat = pca.inverse_transform(pca.transform(test))
    return float(((X_hat - test) ** 2).mean())
'''),
    dict(name='gd_clamped', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(codes).float(), mean, components).clamp(0, 1)
'''),
    dict(name='gd_standard_normal_codes', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    k = gmm.means_.shape[1]
    return reconstruct(torch.randn(n, k), mean, components)
'''),
    dict(name='gd_component_means', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes = gmm.means_[np.arange(n) % gmm.n_components]
    return reconstruct(torch.from_numpy(codes).float(), mean, components)
'''),
    dict(name='gd_reseed_mixture', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes (reproducibly)."""
    gmm.random_state = 0
    codes, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(codes).float(), mean, components)
'''),
    dict(name='gd_fresh_randomness', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes (new digits at every call)."""
    gmm.set_params(random_state=None)
    codes, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(codes).float(), mean, components)
'''),
    dict(name='gd_no_mean', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).float()
    return Z @ components[:, :Z.shape[1]].T
'''),
    dict(name='gd_float64_output', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes (float64, as the mixture)."""
    codes, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(codes), mean.double(), components.double())
'''),
    dict(name='gd_bfloat16_codes', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(codes).to(torch.bfloat16).float(), mean, components)
'''),
    dict(name='gd_one_sample_per_call', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes, one at a time."""
    codes = np.concatenate([gmm.sample(1)[0] for _ in range(n)])
    return reconstruct(torch.from_numpy(codes).float(), mean, components)
'''),
    dict(name='gd_centre_codes', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes, _ = gmm.sample(n)
    codes = codes - codes.mean(axis=0)
    return reconstruct(torch.from_numpy(codes).float(), mean, components)
'''),
    dict(name='gd_off_by_one_sample', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes, _ = gmm.sample(n + 1)
    return reconstruct(torch.from_numpy(codes[1:]).float(), mean, components)
'''),
]

ALTERNATIVES = [
    dict(name='iv_alt_flatten_to', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    return images.flatten(start_dim=1).to(torch.float32) / 255.0
'''),
    dict(name='iv_alt_true_divide', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    return torch.true_divide(images.reshape(images.shape[0], 28 * 28), 255).to(torch.float32)
'''),
    dict(name='ce_alt_sum_over_n', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    mean = X.sum(dim=0) / X.shape[0]
    return X - mean.unsqueeze(0), mean
'''),
    dict(name='co_alt_einsum', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data."""
    N = X_centered.shape[0]
    return torch.einsum('ni,nj->ij', X_centered, X_centered) / (N - 1)
'''),
    dict(name='co_alt_torch_cov', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data (torch.cov wants the variables as rows)."""
    return torch.cov(X_centered.T)
'''),
    dict(name='pf_alt_argsort_negated', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    values, vectors = torch.linalg.eigh(covariance(X_centered))
    order = torch.argsort(-values)
    return mean, values[order], vectors[:, order]
'''),
    dict(name='pf_alt_float64_eigh', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X (eigh in float64, results in X's dtype)."""
    X_centered, mean = center(X)
    values, vectors = torch.linalg.eigh(covariance(X_centered).double())
    return mean, values.flip(0).to(X.dtype), vectors.flip(1).to(X.dtype)
'''),
    dict(name='pf_alt_sign_convention', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X, each column signed so that its largest entry is positive."""
    X_centered, mean = center(X)
    values, vectors = torch.linalg.eigh(covariance(X_centered))
    values, vectors = values.flip(0), vectors.flip(1)
    biggest = vectors.abs().argmax(dim=0)
    signs = torch.sign(vectors[biggest, torch.arange(vectors.shape[1])])
    signs[signs == 0] = 1
    return mean, values, vectors * signs
'''),
    dict(name='pr_alt_einsum_addmm', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return torch.einsum('nd,dk->nk', X - mean, components[:, :k])


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    return torch.addmm(mean.expand(Z.shape[0], -1), Z, components[:, :Z.shape[1]].T)
'''),
    dict(name='pr_alt_transposed_algebra', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    W = components[:, :k]
    return X @ W - mean @ W


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    W = components[:, :Z.shape[1]]
    return (W @ Z.T + mean[:, None]).T
'''),
    dict(name='sk_alt_whiten_and_metrics', grade_id='sklearn_test_mse', source=r'''from sklearn.metrics import mean_squared_error


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k, whiten=True).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(mean_squared_error(X_test.numpy(), X_hat))
'''),
    dict(name='sk_alt_manual_decode_float64', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    train, test = X_train.double().numpy(), X_test.double().numpy()
    pca = PCA(n_components=k).fit(train)
    W = pca.components_  # (k, D), orthonormal rows
    X_hat = (test - pca.mean_) @ W.T @ W + pca.mean_
    return float(np.mean((X_hat - test) ** 2))
'''),
    dict(name='gd_alt_manual_decode', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes, _labels = gmm.sample(n)
    Z = torch.as_tensor(codes, dtype=torch.float32)
    return (Z @ components[:, :Z.shape[1]].T.float() + mean.float()).to(torch.float32)
'''),
]
