"""Blind round 25: mistakes and alternatives for notebook 01_pca."""
NOTEBOOK = '01_pca'

MISTAKES = [
    # ------------------------------------------------------------------ images_to_vectors
    dict(name='i2v_divides_by_256', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    return images.reshape(len(images), -1).float() / 256
'''),
    dict(name='i2v_column_major_order', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images."""
    return images.transpose(1, 2).reshape(len(images), -1).float() / 255
'''),
    dict(name='i2v_per_image_max', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images: each image divided by its own brightest pixel."""
    x = images.reshape(len(images), -1).float()
    return x / x.amax(dim=1, keepdim=True).clamp(min=1)
'''),
    dict(name='i2v_batch_min_max', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images (min-max scaling to [0, 1])."""
    x = images.reshape(len(images), -1).float()
    return (x - x.min()) / (x.max() - x.min())
'''),
    dict(name='i2v_half_precision', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images (computed in half precision to save memory)."""
    return (images.reshape(len(images), -1).half() / 255).float()
'''),
    dict(name='i2v_bin_centres', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images: each grey level mapped to the centre of its bin."""
    return (images.reshape(len(images), -1).float() + 0.5) / 256
'''),
    dict(name='i2v_mnist_standardisation', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images (the usual MNIST normalisation)."""
    x = images.reshape(len(images), -1).float() / 255
    return (x - 0.1307) / 0.3081
'''),
    dict(name='i2v_binarised', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images (binarised MNIST)."""
    return (images.reshape(len(images), -1) > 127).float()
'''),
    dict(name='i2v_reshape_columns_then_T', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images: one column per image, then transposed."""
    return images.reshape(784, -1).T.float() / 255
'''),
    dict(name='i2v_clamped_for_logs', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images; kept away from 0 and 1 so that logs stay finite."""
    return (images.reshape(len(images), -1).float() / 255).clamp(1e-3, 1 - 1e-3)
'''),

    # ------------------------------------------------------------------ center
    dict(name='center_mean_keepdim', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    mean = X.mean(dim=0, keepdim=True)
    return X - mean, mean
'''),
    dict(name='center_returns_swapped', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    mean = X.mean(dim=0)
    return mean, X - mean
'''),
    dict(name='center_bessel_in_mean', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    mean = X.sum(dim=0) / (len(X) - 1)
    return X - mean, mean
'''),
    dict(name='center_divides_by_columns', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    mean = X.sum(dim=0) / X.shape[1]
    return X - mean, mean
'''),
    dict(name='center_mean_of_centred', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    X_centered = X - X.mean(dim=0)
    mean = X_centered.mean(dim=0)
    return X_centered, mean
'''),
    dict(name='center_median', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    mean = X.median(dim=0).values
    return X - mean, mean
'''),
    dict(name='center_ones_matmul', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row (the mean as a matrix product)."""
    mean = torch.ones(len(X)) @ X / len(X)
    return X - mean, mean
'''),
    dict(name='center_python_loop_sum', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row (running sum over the rows)."""
    total = torch.zeros_like(X[0])
    for row in X:
        total += row
    mean = total / len(X)
    return X - mean, mean
'''),
    dict(name='center_standardises', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row (and scale every column to unit variance)."""
    mean = X.mean(dim=0)
    std = X.std(dim=0)
    return (X - mean) / torch.where(std > 0, std, torch.ones_like(std)), mean
'''),
    dict(name='center_divides_by_numel', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row."""
    mean = X.sum(dim=0) / X.numel()
    return X - mean, mean
'''),
    # ------------------------------------------------------------------ covariance
    dict(name='cov_divides_by_N', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data."""
    return X_centered.T @ X_centered / len(X_centered)
'''),
    dict(name='cov_gram_of_rows', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data."""
    return X_centered @ X_centered.T / (len(X_centered) - 1)
'''),
    dict(name='cov_torch_cov_without_T', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data."""
    return torch.cov(X_centered)
'''),
    dict(name='cov_divides_by_D_minus_1', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data."""
    return X_centered.T @ X_centered / (X_centered.shape[1] - 1)
'''),
    dict(name='cov_floor_division', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data."""
    return (X_centered.T @ X_centered) // (len(X_centered) - 1)
'''),
    dict(name='cov_precedence', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data."""
    N = len(X_centered)
    return X_centered.T @ X_centered / N - 1
'''),
    dict(name='cov_correlation', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data."""
    return torch.corrcoef(X_centered.T)
'''),
    dict(name='cov_diagonal_only', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data (the variance of every column)."""
    return torch.diag(X_centered.var(dim=0))
'''),
    dict(name='cov_triangle_diagonal_twice', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data: the upper triangle, mirrored (C is symmetric)."""
    upper = torch.triu(X_centered.T @ X_centered)
    return (upper + upper.T) / (len(X_centered) - 1)
'''),
    dict(name='cov_bfloat16_matmul', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data (bfloat16 matmul for speed)."""
    Xb = X_centered.to(torch.bfloat16)
    return (Xb.T @ Xb).to(X_centered.dtype) / (len(X_centered) - 1)
'''),
    # ------------------------------------------------------------------ pca_fit
    dict(name='pca_ascending_order', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues, components
'''),
    dict(name='pca_flips_values_only', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), components
'''),
    dict(name='pca_flips_rows', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), components.flip(0)
'''),
    dict(name='pca_components_as_rows', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors.T[order]
'''),
    dict(name='pca_permutes_rows', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], components[order]
'''),
    dict(name='pca_sorts_by_magnitude', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    order = torch.argsort(eigenvalues.abs(), descending=True)
    return mean, eigenvalues[order], components[:, order]
'''),
    dict(name='pca_covariance_of_raw_X', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X))
    return mean, eigenvalues.flip(0), components.flip(1)
'''),
    dict(name='pca_covariance_over_N', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    C = X_centered.T @ X_centered / len(X)
    eigenvalues, components = torch.linalg.eigh(C)
    return mean, eigenvalues.flip(0), components.flip(1)
'''),
    dict(name='pca_explained_variance_ratio', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    eigenvalues = eigenvalues / eigenvalues.sum()
    return mean, eigenvalues.flip(0), components.flip(1)
'''),
    dict(name='pca_svd_singular_values_unsquared', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X, by an SVD of the centred data."""
    X_centered, mean = center(X)
    U, S, Vh = torch.linalg.svd(X_centered, full_matrices=True)
    D = X.shape[1]
    eigenvalues = torch.zeros(D, dtype=X.dtype)
    eigenvalues[: len(S)] = S / (len(X) - 1) ** 0.5
    return mean, eigenvalues, Vh.T
'''),
    dict(name='pca_svd_reduced', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X, by an SVD of the centred data."""
    X_centered, mean = center(X)
    U, S, Vh = torch.linalg.svd(X_centered, full_matrices=False)
    return mean, S ** 2 / (len(X) - 1), Vh.T
'''),
    dict(name='pca_general_eig', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eig(covariance(X_centered))
    eigenvalues, eigenvectors = eigenvalues.real, eigenvectors.real
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order]
'''),
    dict(name='pca_abs_after_sort', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X (variances cannot be negative)."""
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0).abs(), components.flip(1)
'''),
    dict(name='pca_range_off_by_one', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    order = list(range(len(eigenvalues) - 1, 0, -1))
    return mean, eigenvalues[order], components[:, order]
'''),

    # ------------------------------------------------------------------ project / reconstruct
    dict(name='proj_not_centred', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return X @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_rows_of_components', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
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
    return Z @ components[:, -k:].T + mean
'''),
    dict(name='proj_own_batch_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return (X - X.mean(dim=0)) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_standardised_codes', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components (unit variance per code)."""
    Z = (X - mean) @ components[:, :k]
    return Z / Z.std(dim=0).clamp(min=1e-8) if len(Z) > 1 else Z


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_flipped_components', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return (X - mean) @ components.flip(1)[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_subtracts_scalar_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return (X - mean.mean()) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_centres_in_place', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    X -= mean
    return X @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='rec_forgets_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:, :k].T
'''),
    dict(name='rec_rows_of_components', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:k] + mean
'''),
    dict(name='rec_clamps_to_pixels', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space (pixels stay in [0, 1])."""
    k = Z.shape[1]
    return (Z @ components[:, :k].T + mean).clamp(0, 1)
'''),
    dict(name='rec_subtracts_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:, :k].T - mean
'''),
    # ------------------------------------------------------------------ sklearn_test_mse
    dict(name='skl_fits_on_test', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    pca = PCA(n_components=k).fit(X_test.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='skl_training_error', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    pca = PCA(n_components=k)
    Z = pca.fit_transform(X_train.numpy())
    X_hat = pca.inverse_transform(Z)
    return float(((X_hat - X_train.numpy()) ** 2).mean())
'''),
    dict(name='skl_sums_over_pixels', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).sum(axis=1).mean())
'''),
    dict(name='skl_root_mean_square', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(np.sqrt(((X_hat - X_test.numpy()) ** 2).mean()))
'''),
    dict(name='skl_clips_reconstruction', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = np.clip(pca.inverse_transform(pca.transform(X_test.numpy())), 0, 1)
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='skl_standard_scaler', grade_id='sklearn_test_mse', source=r'''from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (standardised first)."""
    model = make_pipeline(StandardScaler(), PCA(n_components=k)).fit(X_train.numpy())
    X_hat = model.inverse_transform(model.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='skl_returns_numpy_float32', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return ((X_hat - X_test.numpy()) ** 2).mean()
'''),
    dict(name='skl_rounded', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return round(float(((X_hat - X_test.numpy()) ** 2).mean()), 4)
'''),
    dict(name='skl_manual_forgets_mean', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    pca = PCA(n_components=k).fit(X_train.numpy())
    W = pca.components_  # (k, D)
    X_hat = X_test.numpy() @ W.T @ W
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='skl_whiten_manual_decode', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    pca = PCA(n_components=k, whiten=True).fit(X_train.numpy())
    X_hat = pca.transform(X_test.numpy()) @ pca.components_ + pca.mean_
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='skl_truncated_svd', grade_id='sklearn_test_mse', source=r'''from sklearn.decomposition import TruncatedSVD


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train."""
    svd = TruncatedSVD(n_components=k, algorithm="arpack").fit(X_train.numpy())
    X_hat = svd.inverse_transform(svd.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    # ------------------------------------------------------------------ generate_digits
    dict(name='gen_one_sample_per_call', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes = np.concatenate([gmm.sample(1)[0] for _ in range(n)])
    return reconstruct(torch.from_numpy(codes).float(), mean, components)
'''),
    dict(name='gen_clips_pixels', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(codes).float(), mean, components).clamp(0, 1)
'''),
    dict(name='gen_k_from_mixture_size', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes, _ = gmm.sample(n)
    k = gmm.n_components
    Z = torch.from_numpy(codes[:, :k]).float()
    return Z @ components[:, : Z.shape[1]].T + mean
'''),
    dict(name='gen_component_means_only', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    _, labels = gmm.sample(n)
    codes = gmm.means_[labels]
    return reconstruct(torch.from_numpy(codes).float(), mean, components)
'''),
    dict(name='gen_decode_without_mean', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).float()
    return Z @ components[:, : Z.shape[1]].T
'''),
    dict(name='gen_unseeds_mixture', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes (new digits at every call)."""
    gmm.random_state = None
    codes, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(codes).float(), mean, components)
'''),
    dict(name='gen_own_numpy_sampler', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes (sampled by hand)."""
    rng = np.random.default_rng(0)
    labels = rng.choice(len(gmm.weights_), size=n, p=gmm.weights_)
    codes = np.stack([rng.multivariate_normal(gmm.means_[j], gmm.covariances_[j]) for j in labels])
    return reconstruct(torch.from_numpy(codes).float(), mean, components)
'''),
    dict(name='gen_half_precision_codes', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).half().float()
    return reconstruct(Z, mean, components)
'''),
    dict(name='gen_fixed_thirty', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes, _ = gmm.sample(30)
    return reconstruct(torch.from_numpy(codes).float(), mean, components)
'''),
    dict(name='gen_rows_of_components', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).float()
    return Z @ components[: Z.shape[1]] + mean
'''),
    dict(name='gen_cached_samples', grade_id='generate_digits', source=r'''_samples = {}


def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes (samples cached: the mixture is seeded)."""
    if n not in _samples:
        codes, _ = gmm.sample(n)
        _samples[n] = torch.from_numpy(codes).float()
    return reconstruct(_samples[n], mean, components)
'''),
]

ALTERNATIVES = [
    dict(name='alt_i2v_true_division_uint8', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images: true division of uint8 gives float32."""
    return images.reshape(len(images), 28 * 28) / 255
'''),
    dict(name='alt_i2v_numpy_float32', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    """Scale and flatten a batch of images, through NumPy in float32."""
    array = images.numpy().reshape(len(images), -1).astype(np.float32) / np.float32(255)
    return torch.from_numpy(array)
'''),
    dict(name='alt_center_sum_over_n_float64', grade_id='center', source=r'''def center(X):
    """Subtract the mean vector from every row (the mean accumulated in float64, returned in X's dtype)."""
    mean = (X.double().sum(dim=0) / X.shape[0]).to(X.dtype)
    return X - mean[None, :], mean
'''),
    dict(name='alt_cov_torch_cov', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data: torch.cov wants variables as rows."""
    return torch.cov(X_centered.T)
'''),
    dict(name='alt_cov_einsum_symmetrised', grade_id='covariance', source=r'''def covariance(X_centered):
    """Covariance matrix of centred data."""
    C = torch.einsum("ni,nj->ij", X_centered, X_centered) / (X_centered.shape[0] - 1)
    return (C + C.T) / 2
'''),
    dict(name='alt_pca_argsort', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X."""
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    eigenvalues, order = torch.sort(eigenvalues, descending=True)
    return mean, eigenvalues, eigenvectors[:, order]
'''),
    dict(name='alt_pca_svd_padded', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X, by a full SVD of the centred data."""
    X_centered, mean = center(X)
    U, S, Vh = torch.linalg.svd(X_centered, full_matrices=True)
    eigenvalues = torch.zeros(X.shape[1], dtype=X.dtype)
    eigenvalues[: len(S)] = S ** 2 / (X.shape[0] - 1)
    return mean, eigenvalues, Vh.T.contiguous()
'''),
    dict(name='alt_pca_fliplr_sign_fixed', grade_id='pca_fit', source=r'''def pca_fit(X):
    """Principal components of the rows of X, each with its largest entry positive."""
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    components = eigenvectors.fliplr()
    signs = torch.sign(components.gather(0, components.abs().argmax(dim=0, keepdim=True)))
    return mean, eigenvalues.flip(-1), components * signs
'''),
    dict(name='alt_project_reconstruct_einsum_pinv', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return torch.einsum("nd,dk->nk", X - mean, components[:, :k])


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space (pinv of orthonormal columns is their transpose)."""
    W_k = components[:, : Z.shape[-1]]
    return Z @ torch.linalg.pinv(W_k) + mean
'''),
    dict(name='alt_project_reconstruct_addmm', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return ((X - mean) @ components)[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.size(1)
    return torch.addmm(mean.expand(len(Z), -1), Z, components[:, :k].T)
'''),
    dict(name='alt_skl_whiten_mean_squared_error', grade_id='sklearn_test_mse', source=r'''from sklearn.metrics import mean_squared_error


def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (whitening is undone by inverse_transform)."""
    pca = PCA(n_components=k, whiten=True, svd_solver="full").fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(mean_squared_error(X_test.numpy(), X_hat))
'''),
    dict(name='alt_skl_torch_error', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (decoded by hand)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.double().numpy())
    W = torch.from_numpy(pca.components_)  # (k, D)
    m = torch.from_numpy(pca.mean_)
    X = X_test.double()
    X_hat = (X - m) @ W.T @ W + m
    return ((X_hat - X) ** 2).mean().item()
'''),
    dict(name='alt_gen_manual_decode', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes, decoded by hand."""
    codes, _labels = gmm.sample(n)
    Z = torch.tensor(codes, dtype=torch.float32)
    W_k = components[:, : gmm.means_.shape[1]]
    return (Z @ W_k.T + mean).to(torch.float32)
'''),
]
