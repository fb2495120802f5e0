"""Blind round 22: mistakes and alternatives for notebook 01_pca."""
NOTEBOOK = '01_pca'

# The graded cell `project_reconstruct` holds two functions; most cases break one and keep the other right.
_PROJECT_OK = r'''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
    return (X - mean) @ components[:, :k]
'''

_RECONSTRUCT_OK = r'''def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''

MISTAKES = [
    # ------------------------------------------------------------------ images_to_vectors
    dict(name='itv_integer_floor_division', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    return (images // 255).reshape(len(images), -1).float()
'''),
    dict(name='itv_column_major_order', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    # flatten each image column after column
    return images.transpose(1, 2).reshape(len(images), -1).float() / 255
'''),
    dict(name='itv_scale_by_batch_max', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    x = images.reshape(len(images), -1).float()
    return x / x.max()  # the brightest pixel becomes 1
'''),
    dict(name='itv_per_image_max', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    x = images.reshape(len(images), -1).float()
    return x / x.amax(dim=1, keepdim=True).clamp(min=1)
'''),
    dict(name='itv_standardize_mnist_stats', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    x = images.reshape(len(images), -1).float() / 255
    return (x - 0.1307) / 0.3081  # the usual MNIST normalisation
'''),
    dict(name='itv_float64', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    return torch.from_numpy(images.numpy().reshape(len(images), -1) / 255.0)
'''),
    dict(name='itv_binarize', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    return (images.reshape(len(images), -1) > 127).float()
'''),
    dict(name='itv_squeeze_batch_of_one', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    x = images.squeeze().float() / 255
    return x.reshape(len(x), -1)
'''),
    dict(name='itv_no_flatten', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    return images.float() / 255
'''),
    dict(name='itv_requires_grad', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    # the vectors are the inputs of the models to come: let gradients flow to them
    return (images.reshape(len(images), -1).float() / 255).requires_grad_()
'''),
    dict(name='itv_cache_by_pixel_sum', grade_id='images_to_vectors', source=r'''_vector_cache = {}


def images_to_vectors(images):
    key = (len(images), int(images.sum()))  # converting 60k images is slow: keep the result
    if key not in _vector_cache:
        _vector_cache[key] = images.reshape(len(images), -1).float() / 255
    return _vector_cache[key]
'''),
    dict(name='itv_bfloat16_scale', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    return (images.reshape(len(images), -1).to(torch.bfloat16) / 255).float()
'''),

    # ------------------------------------------------------------------ center
    dict(name='center_keepdim_mean', grade_id='center', source=r'''def center(X):
    mean = X.mean(dim=0, keepdim=True)
    return X - mean, mean
'''),
    dict(name='center_row_mean', grade_id='center', source=r'''def center(X):
    mean = X.mean(dim=1, keepdim=True)
    return X - mean, mean.squeeze(1)
'''),
    dict(name='center_divides_by_n_minus_1', grade_id='center', source=r'''def center(X):
    mean = X.sum(dim=0) / (len(X) - 1)  # unbiased, like the covariance
    return X - mean, mean
'''),
    dict(name='center_subset_mean', grade_id='center', source=r'''def center(X):
    mean = X[:1000].mean(dim=0)  # 1000 rows are plenty to estimate the mean
    return X - mean, mean
'''),
    dict(name='center_mean_cached_once', grade_id='center', source=r'''_MEAN = None


def center(X):
    global _MEAN
    if _MEAN is None:
        _MEAN = X.mean(dim=0)
    return X - _MEAN, _MEAN
'''),
    dict(name='center_float16_mean', grade_id='center', source=r'''def center(X):
    mean = X.half().mean(dim=0).to(X.dtype)
    return X - mean, mean
'''),
    dict(name='center_in_place', grade_id='center', source=r'''def center(X):
    mean = X.mean(dim=0)
    X -= mean
    return X, mean
'''),
    dict(name='center_returns_mean_of_centered', grade_id='center', source=r'''def center(X):
    X_centered = X - X.mean(dim=0)
    return X_centered, X_centered.mean(dim=0)
'''),
    dict(name='center_squeeze_one_column', grade_id='center', source=r'''def center(X):
    mean = X.mean(dim=0, keepdim=True)
    return X - mean, mean.squeeze()
'''),
    dict(name='center_std_mean_order', grade_id='center', source=r'''def center(X):
    mean, std = torch.std_mean(X, dim=0)
    return X - mean, mean
'''),
    dict(name='center_numpy_mean', grade_id='center', source=r'''def center(X):
    mean = X.numpy().mean(axis=0)
    return X - torch.from_numpy(mean), mean
'''),

    # ------------------------------------------------------------------ covariance
    dict(name='cov_biased_N', grade_id='covariance', source=r'''def covariance(X_centered):
    return X_centered.T @ X_centered / len(X_centered)
'''),
    dict(name='cov_precedence_N_minus_1', grade_id='covariance', source=r'''def covariance(X_centered):
    N = X_centered.shape[0]
    return X_centered.T @ X_centered / N-1
'''),
    dict(name='cov_torch_cov_rows', grade_id='covariance', source=r'''def covariance(X_centered):
    return torch.cov(X_centered)
'''),
    dict(name='cov_integer_division', grade_id='covariance', source=r'''def covariance(X_centered):
    return (X_centered.T @ X_centered) // (len(X_centered) - 1)
'''),
    dict(name='cov_correlation', grade_id='covariance', source=r'''def covariance(X_centered):
    return torch.corrcoef(X_centered.T)
'''),
    dict(name='cov_numel_normaliser', grade_id='covariance', source=r'''def covariance(X_centered):
    return X_centered.T @ X_centered / (X_centered.numel() - 1)
'''),
    dict(name='cov_ridge_regularised', grade_id='covariance', source=r'''def covariance(X_centered):
    D = X_centered.shape[1]
    C = X_centered.T @ X_centered / (len(X_centered) - 1)
    return C + 1e-5 * torch.eye(D, dtype=C.dtype)  # keeps C positive definite
'''),
    dict(name='cov_clamped_nonnegative', grade_id='covariance', source=r'''def covariance(X_centered):
    return (X_centered.T @ X_centered / (len(X_centered) - 1)).clamp(min=0)  # variances are >= 0
'''),
    dict(name='cov_in_place_scaling', grade_id='covariance', source=r'''def covariance(X_centered):
    X_centered /= (len(X_centered) - 1) ** 0.5
    return X_centered.T @ X_centered
'''),
    dict(name='cov_float16', grade_id='covariance', source=r'''def covariance(X_centered):
    Xh = X_centered.half()
    return (Xh.T @ Xh).to(X_centered.dtype) / (len(X_centered) - 1)
'''),
    dict(name='cov_subsampled_rows', grade_id='covariance', source=r'''def covariance(X_centered):
    X = X_centered[:5000]  # enough rows for a good estimate, much faster
    return X.T @ X / (len(X) - 1)
'''),
    dict(name='pca_ascending_order', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues, components
'''),
    dict(name='pca_flip_values_only', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), components
'''),
    dict(name='pca_components_as_rows', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors.T[order]
'''),
    dict(name='pca_sorted_by_magnitude', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    order = torch.argsort(eigenvalues.abs(), descending=True)
    return mean, eigenvalues[order], components[:, order]
'''),
    dict(name='pca_abs_eigenvalues', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    # a variance cannot be negative: drop the sign of the rounding errors
    return mean, eigenvalues.flip(0).abs(), components.flip(1)
'''),
    dict(name='pca_no_centering', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X))
    return mean, eigenvalues.flip(0), components.flip(1)
'''),
    dict(name='pca_loadings_not_unit', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    eigenvalues, components = eigenvalues.flip(0), components.flip(1)
    return mean, eigenvalues, components * eigenvalues.clamp(min=0).sqrt()  # scaled by the std along each axis
'''),
    dict(name='pca_eigenvalues_normalised_twice', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0) / (len(X) - 1), components.flip(1)
'''),
    dict(name='pca_double_reorder_vectors', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    eigenvalues = eigenvalues.flip(0)
    components = components.flip(1)
    order = torch.argsort(eigenvalues)  # make sure they are sorted
    components = components[:, order]
    return mean, eigenvalues, components
'''),
    dict(name='pca_lowrank', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    U, S, V = torch.pca_lowrank(X_centered, center=False)
    return mean, S ** 2 / (len(X) - 1), V
'''),
    dict(name='pca_cached_first_fit', grade_id='pca_fit', source=r'''_FIT = None


def pca_fit(X):
    global _FIT
    if _FIT is None:  # the eigendecomposition of 784 x 784 takes a while: do it once
        X_centered, mean = center(X)
        eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
        _FIT = mean, eigenvalues.flip(0), components.flip(1)
    return _FIT
'''),
    dict(name='pca_numpy_eigh_float64', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, components = np.linalg.eigh(covariance(X_centered).double().numpy())
    return mean, torch.from_numpy(eigenvalues[::-1].copy()), torch.from_numpy(components[:, ::-1].copy())
'''),
    dict(name='proj_no_centering', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    return X @ components[:, :k]
''' + '\n\n' + _RECONSTRUCT_OK),
    dict(name='proj_rows_of_components', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    return (X - mean) @ components[:k].T
''' + '\n\n' + _RECONSTRUCT_OK),
    dict(name='proj_last_k_components', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    return (X - mean) @ components[:, -k:]
''' + '\n\n' + r'''def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, -k:].T + mean
'''),
    dict(name='proj_skips_first_component', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    return (X - mean) @ components[:, 1:k + 1]
''' + '\n\n' + _RECONSTRUCT_OK),
    dict(name='proj_in_place_centering', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    X -= mean
    return X @ components[:, :k]
''' + '\n\n' + _RECONSTRUCT_OK),
    dict(name='proj_squeeze', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    return ((X - mean) @ components[:, :k]).squeeze()
''' + '\n\n' + _RECONSTRUCT_OK),
    dict(name='proj_own_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    X_centered, _ = center(X)  # reuse Exercise 2
    return X_centered @ components[:, :k]
''' + '\n\n' + _RECONSTRUCT_OK),
    dict(name='rec_no_mean', grade_id='project_reconstruct', source=_PROJECT_OK + '\n\n' + r'''def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, :k].T
'''),
    dict(name='rec_k_from_batch_axis', grade_id='project_reconstruct', source=_PROJECT_OK + '\n\n' + r'''def reconstruct(Z, mean, components):
    k = len(Z)
    return Z @ components[:, :k].T + mean
'''),
    dict(name='rec_rows_of_components', grade_id='project_reconstruct', source=_PROJECT_OK + '\n\n' + r'''def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:k] + mean
'''),
    dict(name='rec_clamped_to_pixels', grade_id='project_reconstruct', source=_PROJECT_OK + '\n\n' + r'''def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return (Z @ components[:, :k].T + mean).clamp(0, 1)  # pixel values live in [0, 1]
'''),
    dict(name='rec_float64', grade_id='project_reconstruct', source=_PROJECT_OK + '\n\n' + r'''def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z.double() @ components[:, :k].T.double() + mean.double()
'''),
    dict(name='sk_numpy_float32', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return ((X_hat - X_test.numpy()) ** 2).mean()
'''),
    dict(name='sk_returns_tensor', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = torch.from_numpy(pca.inverse_transform(pca.transform(X_test.numpy())))
    return ((X_hat - X_test) ** 2).mean()
'''),
    dict(name='sk_fit_on_test', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.fit_transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_error_per_image', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).sum(axis=1).mean())
'''),
    dict(name='sk_off_by_one_components', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k + 1).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_manual_decode_no_mean', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.transform(X_test.numpy()) @ pca.components_
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_clipped_reconstruction', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = np.clip(pca.inverse_transform(pca.transform(X_test.numpy())), 0, 1)  # valid pixels
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_fit_on_subset', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train[:10000].numpy())  # a subset is enough and 6x faster
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_cached_pca', grade_id='sklearn_test_mse', source=r'''_fitted = {}


def sklearn_test_mse(X_train, X_test, k):
    if k not in _fitted:  # do not refit for a k already seen
        _fitted[k] = PCA(n_components=k).fit(X_train.numpy())
    pca = _fitted[k]
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_rounded', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return round(float(((X_hat - X_test.numpy()) ** 2).mean()), 4)
'''),
    dict(name='sk_truncated_svd', grade_id='sklearn_test_mse', source=r'''from sklearn.decomposition import TruncatedSVD


def sklearn_test_mse(X_train, X_test, k):
    svd = TruncatedSVD(n_components=k, random_state=0).fit(X_train.numpy())
    X_hat = svd.inverse_transform(svd.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='gen_clipped', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    Z, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(Z).float(), mean, components).clamp(0, 1)
'''),
    dict(name='gen_float64', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    Z, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(Z), mean.double(), components.double())
'''),
    dict(name='gen_unpack_swapped', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    labels, Z = gmm.sample(n)  # (which Gaussian, code) for each sample
    return reconstruct(torch.as_tensor(Z, dtype=torch.float32), mean, components)
'''),
    dict(name='gen_component_means_only', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    _, labels = gmm.sample(n)
    Z = torch.tensor(gmm.means_[labels], dtype=torch.float32)  # the typical code of each sampled Gaussian
    return reconstruct(Z, mean, components)
'''),
    dict(name='gen_standard_normal_codes', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    k = gmm.means_.shape[1]
    Z = torch.randn(n, k)
    return reconstruct(Z, mean, components)
'''),
    dict(name='gen_loop_of_single_samples', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    codes = [gmm.sample(1)[0][0] for _ in range(n)]
    Z = torch.tensor(np.array(codes), dtype=torch.float32)
    return reconstruct(Z, mean, components)
'''),
    dict(name='gen_mutates_random_state', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    gmm.random_state = np.random.RandomState(0)  # reproducible samples
    Z, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(Z).float(), mean, components)
'''),
    dict(name='gen_deepcopy_freezes_stream', grade_id='generate_digits', source=r'''import copy


def generate_digits(gmm, mean, components, n):
    Z, _ = copy.deepcopy(gmm).sample(n)  # do not touch the caller's mixture
    return reconstruct(torch.from_numpy(Z).float(), mean, components)
'''),
    dict(name='gen_last_components', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    Z = torch.from_numpy(gmm.sample(n)[0]).float()
    k = Z.shape[1]
    return Z @ components[:, -k:].T + mean
'''),
    dict(name='gen_returns_labels_too', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    Z, labels = gmm.sample(n)
    return reconstruct(torch.from_numpy(Z).float(), mean, components), torch.from_numpy(labels)
'''),
    dict(name='gen_squeeze_one_sample', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    Z = torch.from_numpy(gmm.sample(n)[0]).float().squeeze()
    return reconstruct(Z, mean, components)
'''),
]

ALTERNATIVES = [
    dict(name='itv_true_division_of_uint8', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    # true division of an integer tensor already gives float32
    return images.reshape(-1, 28 * 28) / 255
'''),
    dict(name='itv_flatten_start_dim', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    return torch.flatten(images, start_dim=1).to(torch.float32).mul(1 / 255.0).clamp(0, 1)
'''),
    dict(name='center_sum_over_len', grade_id='center', source=r'''def center(X):
    mean = X.sum(dim=0) / X.shape[0]
    X_centered = X - mean.unsqueeze(0)
    return X_centered, mean
'''),
    dict(name='center_mean_of_transpose', grade_id='center', source=r'''def center(X):
    mean = X.T.mean(dim=1)  # (D,): the mean of each column of X
    return X - mean[None, :], mean
'''),
    dict(name='cov_einsum_symmetrised', grade_id='covariance', source=r'''def covariance(X_centered):
    n = X_centered.shape[0]
    C = torch.einsum('ni,nj->ij', X_centered, X_centered) / (n - 1)
    return (C + C.T) / 2
'''),
    dict(name='cov_torch_cov', grade_id='covariance', source=r'''def covariance(X_centered):
    return torch.cov(X_centered.T, correction=1)
'''),
    dict(name='pca_argsort_descending_sign_fixed', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered), UPLO='U')
    order = torch.argsort(eigenvalues, descending=True)
    eigenvalues, components = eigenvalues[order], eigenvectors[:, order]
    # fix the arbitrary sign: the largest entry of every column positive
    signs = torch.sign(components.gather(0, components.abs().argmax(dim=0, keepdim=True)))
    signs[signs == 0] = 1
    return mean, eigenvalues, components * signs
'''),
    dict(name='pca_float64_then_cast_back', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, components = torch.linalg.eigh(C.double())
    return mean, eigenvalues.flip(-1).to(X.dtype), components.fliplr().to(X.dtype)
'''),
    dict(name='proj_rec_einsum_addmm', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    W_k = components[:, :k]
    return torch.einsum('nd,dk->nk', X - mean.unsqueeze(0), W_k)


def reconstruct(Z, mean, components):
    k = Z.shape[-1]
    return torch.addmm(mean.unsqueeze(0), Z, components[:, :k].transpose(0, 1))
'''),
    dict(name='proj_rec_zero_padded_codes', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    k = Z.size(1)
    # zero-pad the codes to D numbers: the columns beyond k are multiplied by 0
    Z_full = torch.zeros(Z.shape[0], components.shape[1], dtype=Z.dtype)
    Z_full[:, :k] = Z
    return Z_full @ components.T + mean
'''),
    dict(name='sk_centred_by_hand_and_whiten', grade_id='sklearn_test_mse', source=r'''from sklearn.metrics import mean_squared_error


def sklearn_test_mse(X_train, X_test, k):
    train = X_train.detach().cpu().numpy()
    test = X_test.detach().cpu().numpy()
    mu = train.mean(axis=0)
    pca = PCA(n_components=k, whiten=True).fit(train - mu)
    X_hat = pca.inverse_transform(pca.transform(test - mu)) + mu
    return float(mean_squared_error(test, X_hat))
'''),
    dict(name='sk_torch_error', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k)
    pca.fit(np.asarray(X_train))
    X_hat = torch.from_numpy(pca.inverse_transform(pca.transform(np.asarray(X_test))))
    return (X_hat.to(X_test.dtype) - X_test).pow(2).mean().item()
'''),
    dict(name='gen_as_tensor_manual_decode', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    codes, _which = gmm.sample(n)
    Z = torch.as_tensor(codes, dtype=torch.float32)
    k = Z.shape[1]
    return (Z @ components[:, :k].T + mean).to(torch.float32)
'''),
    dict(name='gen_zero_padded_codes', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    codes = gmm.sample(n)[0].astype(np.float32)  # (n, k)
    Z = torch.zeros(n, components.shape[1])
    Z[:, :codes.shape[1]] = torch.from_numpy(codes)  # the other coordinates are 0
    return reconstruct(Z, mean, components)
'''),
]
