"""Blind round 20: mistakes and alternatives for notebook 01_pca."""
NOTEBOOK = '01_pca'

MISTAKES = [
    # ------------------------------------------------------------------ images_to_vectors
    dict(name='itv_no_scaling', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    return images.float().reshape(len(images), 784)
'''),
    dict(name='itv_divide_by_256', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    return (images.float() / 256).reshape(len(images), 784)
'''),
    dict(name='itv_float64', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    return (images.double() / 255).reshape(len(images), 784)
'''),
    dict(name='itv_bfloat16_roundtrip', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    # save memory while flattening, back to float32 at the end
    return (images.to(torch.bfloat16) / 255).reshape(len(images), 784).float()
'''),
    dict(name='itv_column_order', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    return (images.float() / 255).transpose(1, 2).reshape(len(images), 784)
'''),
    dict(name='itv_divide_by_batch_max', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    x = images.float()
    return (x / x.max()).reshape(len(images), 784)
'''),
    dict(name='itv_min_max_per_image', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    x = images.float().reshape(len(images), 784)
    low = x.min(dim=1, keepdim=True).values
    high = x.max(dim=1, keepdim=True).values
    return (x - low) / (high - low)
'''),
    dict(name='itv_flatten_all', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    return (images.float() / 255).flatten()
'''),
    dict(name='itv_squeeze_batch_of_one', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    x = images.squeeze().float() / 255
    return x.reshape(len(x), -1)
'''),
    dict(name='itv_binarised', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    x = images.float() / 255
    return (x > 0.5).float().reshape(len(images), 784)
'''),
    dict(name='itv_cache_by_length', grade_id='images_to_vectors', source=r'''_vectors_cache = {}


def images_to_vectors(images):
    # converting 60,000 images is slow: remember the result
    key = len(images)
    if key not in _vectors_cache:
        _vectors_cache[key] = (images.float() / 255).reshape(len(images), 784)
    return _vectors_cache[key]
'''),
    dict(name='itv_rounded_to_hundredths', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    # quantise to 1/100 to keep the numbers readable
    x = images.float() / 255
    return (torch.round(x * 100) / 100).reshape(len(images), 784)
'''),

    # ------------------------------------------------------------------ center
    dict(name='center_keepdim_mean', grade_id='center', source=r'''def center(X):
    mean = X.mean(dim=0, keepdim=True)
    return X - mean, mean
'''),
    dict(name='center_inplace_mutates_argument', grade_id='center', source=r'''def center(X):
    mean = X.mean(dim=0)
    X -= mean
    return X, mean
'''),
    dict(name='center_scalar_mean', grade_id='center', source=r'''def center(X):
    mean = X.mean()
    return X - mean, mean.expand(X.shape[1])
'''),
    dict(name='center_float64_leak', grade_id='center', source=r'''def center(X):
    # accumulate in double precision for accuracy
    mean = X.double().mean(dim=0)
    return X - mean, mean
'''),
    dict(name='center_divide_by_n_minus_1', grade_id='center', source=r'''def center(X):
    mean = X.sum(dim=0) / (len(X) - 1)
    return X - mean, mean
'''),
    dict(name='center_standardise', grade_id='center', source=r'''def center(X):
    mean = X.mean(dim=0)
    std = X.std(dim=0) + 1e-8
    return (X - mean) / std, mean
'''),
    dict(name='center_mean_kept_from_first_call', grade_id='center', source=r'''_training_mean = None


def center(X):
    # the mean of the training data, computed once and reused for the test data
    global _training_mean
    if _training_mean is None:
        _training_mean = X.mean(dim=0)
    return X - _training_mean, _training_mean
'''),
    dict(name='center_mean_of_subsample', grade_id='center', source=r'''def center(X):
    mean = X[:1000].mean(dim=0)  # a subsample is enough for the mean
    return X - mean, mean
'''),
    dict(name='center_squeeze_batch_of_one', grade_id='center', source=r'''def center(X):
    X = X.squeeze()
    mean = X.mean(dim=0)
    return X - mean, mean
'''),
    dict(name='center_loop_skips_first_row', grade_id='center', source=r'''def center(X):
    total = torch.zeros(X.shape[1], dtype=X.dtype)
    for n in range(1, len(X)):
        total = total + X[n]
    mean = total / len(X)
    return X - mean, mean
'''),
    dict(name='center_returns_centred_mean', grade_id='center', source=r'''def center(X):
    X_centered = X - X.mean(dim=0)
    mean = X_centered.mean(dim=0)
    return X_centered, mean
'''),
    dict(name='center_float16_mean', grade_id='center', source=r'''def center(X):
    mean = X.half().mean(dim=0).to(X.dtype)  # half precision is enough for a mean
    return X - mean, mean
'''),

    # ------------------------------------------------------------------ covariance
    dict(name='cov_biased_N', grade_id='covariance', source=r'''def covariance(X_centered):
    return X_centered.T @ X_centered / len(X_centered)
'''),
    dict(name='cov_torch_cov_rows_as_variables', grade_id='covariance', source=r'''def covariance(X_centered):
    return torch.cov(X_centered)
'''),
    dict(name='cov_float64_leak', grade_id='covariance', source=r'''def covariance(X_centered):
    X = X_centered.double()  # a sum of 60,000 products: use double precision
    return X.T @ X / (len(X) - 1)
'''),
    dict(name='cov_divide_by_D_minus_1', grade_id='covariance', source=r'''def covariance(X_centered):
    N, D = X_centered.shape
    return X_centered.T @ X_centered / (D - 1)
'''),
    dict(name='cov_inplace_scaling_mutates', grade_id='covariance', source=r'''def covariance(X_centered):
    X_centered /= (len(X_centered) - 1) ** 0.5
    return X_centered.T @ X_centered
'''),
    dict(name='cov_recentre_wrong_axis', grade_id='covariance', source=r'''def covariance(X_centered):
    X = X_centered - X_centered.mean(dim=1, keepdim=True)  # make sure it is centred
    return X.T @ X / (len(X) - 1)
'''),
    dict(name='cov_correlation', grade_id='covariance', source=r'''def covariance(X_centered):
    return torch.corrcoef(X_centered.T)
'''),
    dict(name='cov_float16_matmul', grade_id='covariance', source=r'''def covariance(X_centered):
    X = X_centered.half()
    return (X.T @ X).float() / (len(X_centered) - 1)
'''),
    dict(name='cov_cached_first_result', grade_id='covariance', source=r'''_covariance_cache = {}


def covariance(X_centered):
    # the 784 x 784 product is expensive: compute it once per shape
    key = tuple(X_centered.shape)
    if key not in _covariance_cache:
        _covariance_cache[key] = X_centered.T @ X_centered / (len(X_centered) - 1)
    return _covariance_cache[key]
'''),

    # ------------------------------------------------------------------ pca_fit
    dict(name='pca_components_as_rows', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), eigenvectors.flip(1).T
'''),
    dict(name='pca_flip_values_only', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), eigenvectors
'''),
    dict(name='pca_no_centring', grade_id='pca_fit', source=r'''def pca_fit(X):
    _, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X))
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)
'''),
    dict(name='pca_sort_index_rows', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[order]
'''),
    dict(name='pca_svd_uncentred', grade_id='pca_fit', source=r'''def pca_fit(X):
    _, mean = center(X)
    U, S, Vh = torch.linalg.svd(X, full_matrices=False)
    return mean, S ** 2 / (len(X) - 1), Vh.T
'''),
    dict(name='pca_float64_leak', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    C = covariance(X_centered).double()  # eigh is more accurate in double precision
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)
'''),
    dict(name='pca_loadings_scaled_by_sqrt_eigenvalue', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    eigenvalues, eigenvectors = eigenvalues.flip(0), eigenvectors.flip(1)
    return mean, eigenvalues, eigenvectors * eigenvalues.clamp(min=0).sqrt()
'''),
    dict(name='pca_explained_ratio', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    eigenvalues = eigenvalues.flip(0)
    return mean, eigenvalues / eigenvalues.sum(), eigenvectors.flip(1)
'''),
    dict(name='pca_off_by_one_order', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    order = torch.arange(len(eigenvalues) - 1, 0, -1)
    return mean, eigenvalues[order], eigenvectors[:, order]
'''),
    dict(name='pca_gram_matrix', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(X_centered @ X_centered.T / (len(X) - 1))
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)
'''),
    dict(name='pca_eig_complex', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eig(covariance(X_centered))
    order = torch.argsort(eigenvalues.real, descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order]
'''),
    dict(name='pca_normalised_by_sum', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    eigenvectors = eigenvectors / eigenvectors.sum(dim=0, keepdim=True).abs()  # normalise each component
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)
'''),
    dict(name='pca_lowrank_default_q', grade_id='pca_fit', source=r'''def pca_fit(X):
    _, mean = center(X)
    U, S, V = torch.pca_lowrank(X)
    return mean, S ** 2 / (len(X) - 1), V
'''),

    # ------------------------------------------------------------------ project / reconstruct
    dict(name='proj_no_centring', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    return X @ components[:, :k]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_skips_first_component', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    return (X - mean) @ components[:, 1:k + 1]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_inplace_mutates_X', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    X -= mean
    return X @ components[:, :k]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_own_batch_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    X_centered = X - X.mean(dim=0)  # centre the data
    return X_centered @ components[:, :k]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_whitened', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    Z = (X - mean) @ components[:, :k]
    return Z / Z.std(dim=0, keepdim=True)


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_float64_leak', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    return ((X - mean).double() @ components[:, :k].double())


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='rec_no_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, :k].T
'''),
    dict(name='rec_k_from_batch_size', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    k = len(Z)
    return Z @ components[:, :k].T + mean
'''),
    dict(name='rec_rows_of_components', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:k] + mean
'''),
    dict(name='rec_clamped_to_pixels', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return (Z @ components[:, :k].T + mean).clamp(0, 1)  # pixels live in [0, 1]
'''),
    dict(name='rec_float64_leak', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z.double() @ components[:, :k].T.double() + mean.double()
'''),
    dict(name='rec_squeeze_single_code', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    Z = Z.squeeze()
    k = Z.shape[-1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_k_cached_in_global', grade_id='project_reconstruct', source=r'''_W_k = None


def project(X, mean, components, k):
    global _W_k
    if _W_k is None:
        _W_k = components[:, :k]  # slice once, reuse
    return (X - mean) @ _W_k


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),

    # ------------------------------------------------------------------ sklearn_test_mse
    dict(name='sk_fit_on_test', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_test.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_returns_numpy_float32', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return ((X_hat - X_test.numpy()) ** 2).mean()
'''),
    dict(name='sk_returns_tensor', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = torch.from_numpy(pca.inverse_transform(pca.transform(X_test.numpy())))
    return ((X_hat - X_test) ** 2).mean()
'''),
    dict(name='sk_sum_over_pixels', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).sum(axis=1).mean())
'''),
    dict(name='sk_k_plus_one', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k + 1).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_rmse', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(np.sqrt(((X_hat - X_test.numpy()) ** 2).mean()))
'''),
    dict(name='sk_manual_decode_no_mean', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.transform(X_test.numpy()) @ pca.components_
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_all_components', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA().fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_cache_by_k', grade_id='sklearn_test_mse', source=r'''_fitted = {}


def sklearn_test_mse(X_train, X_test, k):
    if k not in _fitted:  # fitting is slow: one PCA per k
        _fitted[k] = PCA(n_components=k).fit(X_train.numpy())
    pca = _fitted[k]
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_train_subsample', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train[:5000].numpy())  # a subset is fast and good enough
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_rounded', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return round(float(((X_hat - X_test.numpy()) ** 2).mean()), 4)
'''),
    dict(name='sk_compare_to_centred', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - (X_test.numpy() - pca.mean_)) ** 2).mean())
'''),
    dict(name='sk_clip_reconstruction', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = np.clip(pca.inverse_transform(pca.transform(X_test.numpy())), 0, 1)  # valid pixels
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),

    # ------------------------------------------------------------------ generate_digits
    dict(name='gen_float64_output', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    codes, _ = gmm.sample(n)
    codes = torch.from_numpy(codes)
    k = codes.shape[1]
    return codes @ components[:, :k].T.double() + mean.double()
'''),
    dict(name='gen_clipped', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    codes, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(codes).float(), mean, components).clamp(0, 1)
'''),
    dict(name='gen_no_mean', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    codes, _ = gmm.sample(n)
    codes = torch.from_numpy(codes).float()
    return codes @ components[:, :codes.shape[1]].T
'''),
    dict(name='gen_k_is_mixture_size', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    codes, _ = gmm.sample(n)
    codes = torch.from_numpy(codes).float()
    k = gmm.n_components
    return codes[:, :k] @ components[:, :k].T + mean
'''),
    dict(name='gen_one_sample_per_call', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    codes = [gmm.sample(1)[0][0] for _ in range(n)]
    return reconstruct(torch.tensor(np.stack(codes), dtype=torch.float32), mean, components)
'''),
    dict(name='gen_component_means_only', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    _, labels = gmm.sample(n)
    codes = torch.from_numpy(gmm.means_[labels]).float()
    return reconstruct(codes, mean, components)
'''),
    dict(name='gen_float16_codes', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    codes, _ = gmm.sample(n)
    codes = torch.tensor(codes, dtype=torch.float16).float()  # small codes: half precision is enough
    return reconstruct(codes, mean, components)
'''),
    dict(name='gen_diagonal_covariance', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    _, labels = gmm.sample(n)
    rng = np.random.default_rng(0)
    means = gmm.means_[labels]
    stds = np.sqrt(np.stack([np.diag(c) for c in gmm.covariances_]))[labels]
    codes = means + stds * rng.standard_normal(means.shape)
    return reconstruct(torch.from_numpy(codes).float(), mean, components)
'''),
    dict(name='gen_reseeds_mixture', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    gmm.random_state = 0  # reproducible samples
    codes, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(codes).float(), mean, components)
'''),
]

ALTERNATIVES = [
    dict(name='alt_itv_numpy_roundtrip', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    array = images.numpy().reshape(images.shape[0], 28 * 28) / 255.0
    return torch.from_numpy(array).to(torch.float32)
'''),
    dict(name='alt_itv_flatten_div', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    return images.flatten(start_dim=1).to(torch.float32).div(255)
'''),
    dict(name='alt_center_keepdim_squeezed', grade_id='center', source=r'''def center(X):
    mean = X.mean(dim=0, keepdim=True)
    return X - mean, mean.squeeze(0)
'''),
    dict(name='alt_center_sum_div', grade_id='center', source=r'''def center(X):
    mean = X.sum(dim=0) / X.shape[0]
    X_centered = X - mean.unsqueeze(0)
    return (X_centered, mean)
'''),
    dict(name='alt_cov_torch_cov', grade_id='covariance', source=r'''def covariance(X_centered):
    return torch.cov(X_centered.T)
'''),
    dict(name='alt_cov_einsum', grade_id='covariance', source=r'''def covariance(X_centered):
    N = X_centered.shape[0]
    return torch.einsum("ni,nj->ij", X_centered, X_centered) / (N - 1)
'''),
    dict(name='alt_pca_argsort', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order]
'''),
    dict(name='alt_pca_svd_of_covariance', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    C = covariance(X_centered)
    # C is symmetric positive semi-definite: its SVD is its eigendecomposition, already sorted
    U, S, _ = torch.linalg.svd(C)
    return mean, S, U
'''),
    dict(name='alt_pca_sign_fixed', grade_id='pca_fit', source=r'''def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    eigenvalues, eigenvectors = eigenvalues.flip(0), eigenvectors.flip(1)
    # a deterministic sign: the largest entry of each component is positive
    signs = torch.sign(eigenvectors.gather(0, eigenvectors.abs().argmax(dim=0, keepdim=True)))
    signs[signs == 0] = 1
    return mean, eigenvalues, eigenvectors * signs
'''),
    dict(name='alt_proj_full_then_slice', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    return torch.mm(X - mean.unsqueeze(0), components)[:, :k]


def reconstruct(Z, mean, components):
    W_k = components[:, :Z.shape[1]]
    return torch.addmm(mean.expand(Z.shape[0], -1), Z, W_k.T)
'''),
    dict(name='alt_proj_einsum', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    return torch.einsum("nd,dk->nk", X - mean, components[:, :k])


def reconstruct(Z, mean, components):
    k = Z.shape[-1]
    return mean + torch.einsum("nk,dk->nd", Z, components[:, :k])
'''),
    dict(name='alt_sk_float64_sklearn_metric', grade_id='sklearn_test_mse', source=r'''from sklearn.metrics import mean_squared_error


def sklearn_test_mse(X_train, X_test, k):
    train, test = X_train.double().numpy(), X_test.double().numpy()
    pca = PCA(n_components=k).fit(train)
    return float(mean_squared_error(test, pca.inverse_transform(pca.transform(test))))
'''),
    dict(name='alt_sk_whiten', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k, whiten=True)
    pca.fit(X_train.numpy())
    X_hat = torch.from_numpy(pca.inverse_transform(pca.transform(X_test.numpy())))
    return ((X_hat - X_test) ** 2).mean().item()
'''),
    dict(name='alt_gen_manual_decode', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    codes, _labels = gmm.sample(n)
    Z = torch.tensor(codes, dtype=torch.float32)
    W_k = components[:, :Z.shape[1]]
    return (Z @ W_k.T + mean).to(torch.float32)
'''),
    dict(name='alt_gen_float64_then_cast', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    codes = torch.from_numpy(gmm.sample(n)[0])
    return reconstruct(codes.double(), mean.double(), components.double()).float()
'''),
]
