"""Blind round 19: mistakes and alternatives for notebook 01_pca."""

NOTEBOOK = '01_pca'

MISTAKES = [
    # ---- images_to_vectors
    dict(name='i2v_divides_by_batch_max', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    x = images.float()
    return (x / x.max()).reshape(len(images), -1)
'''),
    dict(name='i2v_min_max_per_batch', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    x = images.float()
    x = (x - x.min()) / (x.max() - x.min())
    return x.reshape(len(images), 784)
'''),
    dict(name='i2v_half_precision_scaling', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    return (images.half() / 255).float().reshape(len(images), -1)
'''),
    dict(name='i2v_pixel_centres_over_256', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    return ((images.float() + 0.5) / 256).reshape(len(images), -1)
'''),
    dict(name='i2v_rounds_to_two_decimals', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    return torch.round(images.float() / 255, decimals=2).reshape(len(images), -1)
'''),
    dict(name='i2v_column_major', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    return (images.float() / 255).permute(0, 2, 1).reshape(len(images), -1)
'''),
    dict(name='i2v_inverted_ink', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    return 1 - images.float().reshape(len(images), -1) / 255
'''),
    dict(name='i2v_binarised', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    return (images.float().reshape(len(images), -1) / 255 > 0.5).float()
'''),
    # ---- center
    dict(name='center_returns_mean_of_centred', grade_id='center', source=r'''def center(X):
    Xc = X - X.mean(dim=0)
    return Xc, Xc.mean(dim=0)
'''),
    dict(name='center_subsamples_rows', grade_id='center', source=r'''def center(X):
    mean = X[:1000].mean(dim=0)  # the first 1000 rows are plenty for the mean
    return X - mean, mean
'''),
    dict(name='center_global_scalar_mean', grade_id='center', source=r'''def center(X):
    mean = X.mean(dim=0)
    return X - X.mean(), mean
'''),
    dict(name='center_median', grade_id='center', source=r'''def center(X):
    mean = X.median(dim=0).values
    return X - mean, mean
'''),
    dict(name='center_sum_over_n_minus_1', grade_id='center', source=r'''def center(X):
    mean = X.sum(dim=0) / (len(X) - 1)
    return X - mean, mean
'''),
    dict(name='center_standardises', grade_id='center', source=r'''def center(X):
    mean = X.mean(dim=0)
    std = X.std(dim=0)
    return (X - mean) / torch.where(std > 0, std, torch.ones_like(std)), mean
'''),
    dict(name='center_half_precision_mean', grade_id='center', source=r'''def center(X):
    mean = X.half().mean(dim=0).to(X.dtype)
    return X - mean, mean
'''),
    dict(name='center_ignores_zero_rows', grade_id='center', source=r'''def center(X):
    keep = X.abs().sum(dim=1) > 0  # blank rows carry no information
    mean = X[keep].mean(dim=0)
    return X - mean, mean
'''),
    # ---- covariance
    dict(name='cov_recentres_wrong_axis', grade_id='covariance', source=r'''def covariance(X_centered):
    Xc = X_centered - X_centered.mean(dim=1, keepdim=True)
    return Xc.T @ Xc / (len(Xc) - 1)
'''),
    dict(name='cov_ridge_for_stability', grade_id='covariance', source=r'''def covariance(X_centered):
    D = X_centered.shape[1]
    C = X_centered.T @ X_centered / (len(X_centered) - 1)
    return C + 1e-5 * torch.eye(D, dtype=C.dtype)
'''),
    dict(name='cov_zeroes_small_entries', grade_id='covariance', source=r'''def covariance(X_centered):
    C = X_centered.T @ X_centered / (len(X_centered) - 1)
    return torch.where(C.abs() < 1e-4, torch.zeros_like(C), C)
'''),
    dict(name='cov_chunked_wrong_normalisation', grade_id='covariance', source=r'''def covariance(X_centered):
    C = 0
    for chunk in X_centered.split(1000):  # saves memory on big inputs
        C = C + chunk.T @ chunk / (len(chunk) - 1)
    return C / len(X_centered.split(1000))
'''),
    dict(name='cov_divides_by_d_minus_1', grade_id='covariance', source=r'''def covariance(X_centered):
    return X_centered.T @ X_centered / (X_centered.shape[1] - 1)
'''),
    dict(name='cov_biased', grade_id='covariance', source=r'''def covariance(X_centered):
    return torch.cov(X_centered.T, correction=0)
'''),
    dict(name='cov_correlation_matrix', grade_id='covariance', source=r'''def covariance(X_centered):
    C = X_centered.T @ X_centered / (len(X_centered) - 1)
    s = C.diagonal().clamp(min=1e-12).sqrt()
    return C / s[:, None] / s[None, :]
'''),
    dict(name='cov_upper_triangle_only', grade_id='covariance', source=r'''def covariance(X_centered):
    C = X_centered.T @ X_centered / (len(X_centered) - 1)
    return torch.triu(C)  # eigh only reads one triangle anyway
'''),
    dict(name='cov_diagonal_only', grade_id='covariance', source=r'''def covariance(X_centered):
    return torch.diag(X_centered.var(dim=0))
'''),
    dict(name='cov_rounded', grade_id='covariance', source=r'''def covariance(X_centered):
    return torch.round(X_centered.T @ X_centered / (len(X_centered) - 1), decimals=3)
'''),
    # ---- pca_fit
    dict(name='pca_sorts_by_abs_eigenvalue', grade_id='pca_fit', source=r'''def pca_fit(X):
    Xc, mean = center(X)
    vals, vecs = torch.linalg.eigh(covariance(Xc))
    order = torch.argsort(vals.abs(), descending=True)
    return mean, vals[order], vecs[:, order]
'''),
    dict(name='pca_general_eig_real_part', grade_id='pca_fit', source=r'''def pca_fit(X):
    Xc, mean = center(X)
    vals, vecs = torch.linalg.eig(covariance(Xc))
    vals, vecs = vals.real, vecs.real
    order = torch.argsort(vals, descending=True)
    return mean, vals[order], vecs[:, order]
'''),
    dict(name='pca_svd_thin_of_data', grade_id='pca_fit', source=r'''def pca_fit(X):
    Xc, mean = center(X)
    U, S, Vh = torch.linalg.svd(Xc, full_matrices=False)
    return mean, S ** 2 / (len(X) - 1), Vh.T
'''),
    dict(name='pca_flips_values_not_vectors', grade_id='pca_fit', source=r'''def pca_fit(X):
    Xc, mean = center(X)
    vals, vecs = torch.linalg.eigh(covariance(Xc))
    return mean, vals.flip(0), vecs
'''),
    dict(name='pca_reorders_rows', grade_id='pca_fit', source=r'''def pca_fit(X):
    Xc, mean = center(X)
    vals, vecs = torch.linalg.eigh(covariance(Xc))
    order = torch.argsort(vals, descending=True)
    return mean, vals[order], vecs[order]
'''),
    dict(name='pca_loadings_scaled_by_sqrt_eigenvalue', grade_id='pca_fit', source=r'''def pca_fit(X):
    Xc, mean = center(X)
    vals, vecs = torch.linalg.eigh(covariance(Xc))
    vals, vecs = vals.flip(0), vecs.flip(1)
    return mean, vals, vecs * vals.clamp(min=0).sqrt()
'''),
    dict(name='pca_uncentred_covariance', grade_id='pca_fit', source=r'''def pca_fit(X):
    Xc, mean = center(X)
    vals, vecs = torch.linalg.eigh(covariance(X))
    return mean, vals.flip(0), vecs.flip(1)
'''),
    dict(name='pca_gram_matrix_unnormalised', grade_id='pca_fit', source=r'''def pca_fit(X):
    Xc, mean = center(X)
    vals, vecs = torch.linalg.eigh(Xc.T @ Xc)
    return mean, vals.flip(0), vecs.flip(1)
'''),
    dict(name='pca_subsampled_covariance', grade_id='pca_fit', source=r'''def pca_fit(X):
    Xc, mean = center(X)
    Xs = Xc[:2000]  # a subsample is enough for the directions
    vals, vecs = torch.linalg.eigh(covariance(Xs))
    return mean, vals.flip(0), vecs.flip(1)
'''),
    # ---- project / reconstruct
    dict(name='proj_centres_with_batch_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    return (X - X.mean(dim=0)) @ components[:, :k]


def reconstruct(Z, mean, components):
    return Z @ components[:, :Z.shape[1]].T + mean
'''),
    dict(name='proj_reshape_instead_of_transpose', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    return (components[:, :k].T @ (X - mean).T).reshape(len(X), k)


def reconstruct(Z, mean, components):
    return Z @ components[:, :Z.shape[1]].T + mean
'''),
    dict(name='recon_reshape_instead_of_transpose', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return (components[:, :k] @ Z.T).reshape(len(Z), -1) + mean
'''),
    dict(name='recon_clips_to_unit_interval', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    return (Z @ components[:, :Z.shape[1]].T + mean).clamp(0, 1)
'''),
    dict(name='recon_k_from_batch_size', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    k = len(Z)
    return Z @ components[:, :k].T + mean
'''),
    dict(name='proj_last_k_components', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    return (X - mean) @ components[:, -k:]


def reconstruct(Z, mean, components):
    return Z @ components[:, -Z.shape[1]:].T + mean
'''),
    dict(name='proj_forgets_mean_recon_keeps_it', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    return X @ components[:, :k]


def reconstruct(Z, mean, components):
    return Z @ components[:, :Z.shape[1]].T + mean
'''),
    dict(name='proj_whitened_codes', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    Z = (X - mean) @ components[:, :k]
    return Z / Z.std(dim=0, keepdim=True).clamp(min=1e-8)


def reconstruct(Z, mean, components):
    return Z @ components[:, :Z.shape[1]].T + mean
'''),
    dict(name='recon_renormalises_rows', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    W = components[:, :Z.shape[1]]
    W = W / W.norm(dim=1, keepdim=True).clamp(min=1e-12)
    return Z @ W.T + mean
'''),
    dict(name='proj_half_precision', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    return ((X - mean).bfloat16() @ components[:, :k].bfloat16()).to(X.dtype)


def reconstruct(Z, mean, components):
    return Z @ components[:, :Z.shape[1]].T + mean
'''),
    # ---- sklearn_test_mse
    dict(name='sk_fits_on_train_and_test', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(np.concatenate([X_train.numpy(), X_test.numpy()]))
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_fits_on_subsample', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train[:5000].numpy())  # faster, same components
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_arpack_solver', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k, svd_solver="arpack", random_state=0).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_dropped_variance_instead_of_test', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    full = PCA().fit(X_train.numpy())
    return float(full.explained_variance_[k:].sum() / X_train.shape[1])
'''),
    dict(name='sk_per_image_error', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).sum(axis=1).mean())
'''),
    dict(name='sk_rmse', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(np.sqrt(((X_hat - X_test.numpy()) ** 2).mean()))
'''),
    dict(name='sk_test_centred_with_own_mean', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    Xt = X_test.numpy()
    mu = Xt.mean(axis=0)
    X_hat = (Xt - mu) @ pca.components_.T @ pca.components_ + mu
    return float(((X_hat - Xt) ** 2).mean())
'''),
    dict(name='sk_training_error', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k)
    Z = pca.fit_transform(X_train.numpy())
    X_hat = pca.inverse_transform(Z)
    return float(((X_hat - X_train.numpy()) ** 2).mean())
'''),
    dict(name='sk_mean_absolute_error', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(np.abs(X_hat - X_test.numpy()).mean())
'''),
    dict(name='sk_clips_reconstruction', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = np.clip(pca.inverse_transform(pca.transform(X_test.numpy())), 0, 1)
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_no_mean_in_decode', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.transform(X_test.numpy()) @ pca.components_
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    # ---- generate_digits
    dict(name='gen_draws_one_at_a_time', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    codes = np.concatenate([gmm.sample(1)[0] for _ in range(n)])
    return reconstruct(torch.from_numpy(codes).float(), mean, components)
'''),
    dict(name='gen_samples_twice', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    codes, labels = gmm.sample(n)
    assert codes.shape[0] == n
    codes, labels = gmm.sample(n)
    return reconstruct(torch.as_tensor(codes, dtype=torch.float32), mean, components)
'''),
    dict(name='gen_truncates_codes', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    codes, _ = gmm.sample(n)
    spread = 3 * np.sqrt(np.einsum("kii->ki", gmm.covariances_).max(axis=0))
    codes = np.clip(codes, -spread, spread)  # truncation trick: fewer odd digits
    return reconstruct(torch.tensor(codes, dtype=torch.float32), mean, components)
'''),
    dict(name='gen_component_means_only', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    _, labels = gmm.sample(n)
    codes = gmm.means_[labels]
    return reconstruct(torch.tensor(codes, dtype=torch.float32), mean, components)
'''),
    dict(name='gen_single_gaussian', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    codes, _ = gmm.sample(n)
    mu, cov = codes.mean(axis=0), np.cov(codes, rowvar=False)
    rng = np.random.default_rng(0)
    codes = rng.multivariate_normal(mu, cov, size=n)
    return reconstruct(torch.tensor(codes, dtype=torch.float32), mean, components)
'''),
    dict(name='gen_clips_pixels', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    codes, _ = gmm.sample(n)
    return reconstruct(torch.tensor(codes, dtype=torch.float32), mean, components).clamp(0, 1)
'''),
    dict(name='gen_bfloat16_codes', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    codes, _ = gmm.sample(n)
    Z = torch.tensor(codes, dtype=torch.bfloat16).float()  # small codes, save memory
    return reconstruct(Z, mean, components)
'''),
    dict(name='gen_standardises_codes', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    codes, _ = gmm.sample(n)
    Z = torch.tensor(codes, dtype=torch.float32)
    Z = (Z - Z.mean(dim=0)) + torch.tensor(gmm.means_.mean(axis=0), dtype=torch.float32)
    return reconstruct(Z, mean, components)
'''),
    dict(name='gen_hard_coded_component_count', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    codes, _ = gmm.sample(n)
    Z = torch.tensor(codes, dtype=torch.float32)
    W = components[:, :Z.shape[1]]
    return Z @ W.T + mean * (gmm.n_components == 10)
'''),
    dict(name='gen_extra_sample_dropped', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    codes, _ = gmm.sample(n + 1)  # the first sample is often an outlier
    return reconstruct(torch.tensor(codes[1:], dtype=torch.float32), mean, components)
'''),
]

ALTERNATIVES = [
    dict(name='i2v_flatten_mul', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    return images.to(torch.float32).flatten(start_dim=1).div(255.0)
'''),
    dict(name='i2v_numpy_float32', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    arr = images.numpy().astype(np.float32) / np.float32(255)
    return torch.from_numpy(arr.reshape(arr.shape[0], -1))
'''),
    dict(name='i2v_true_division_then_view', grade_id='images_to_vectors', source=r'''def images_to_vectors(images):
    x = images / 255
    return x.reshape(x.shape[0], x.shape[1] * x.shape[2]).float()
'''),
    dict(name='center_double_accumulation', grade_id='center', source=r'''def center(X):
    mean = X.double().mean(dim=0).to(X.dtype)
    return X - mean, mean
'''),
    dict(name='center_loop_sum', grade_id='center', source=r'''def center(X):
    total = torch.zeros_like(X[0])
    for row in X:
        total = total + row
    mean = total / len(X)
    return X - mean[None, :], mean
'''),
    dict(name='center_sum_over_n', grade_id='center', source=r'''def center(X):
    mean = torch.sum(X, 0) / X.shape[0]
    return torch.sub(X, mean), mean
'''),
    dict(name='cov_einsum', grade_id='covariance', source=r'''def covariance(X_centered):
    n = X_centered.shape[0]
    return torch.einsum("ni,nj->ij", X_centered, X_centered) / (n - 1)
'''),
    dict(name='cov_torch_cov', grade_id='covariance', source=r'''def covariance(X_centered):
    return torch.cov(X_centered.T)
'''),
    dict(name='cov_symmetrised', grade_id='covariance', source=r'''def covariance(X_centered):
    C = X_centered.T.mm(X_centered).div(len(X_centered) - 1)
    return (C + C.T) / 2
'''),
    dict(name='pca_argsort_sign_fixed', grade_id='pca_fit', source=r'''def pca_fit(X):
    Xc, mean = center(X)
    vals, vecs = torch.linalg.eigh(covariance(Xc))
    order = torch.argsort(vals, descending=True)
    vals, vecs = vals[order], vecs[:, order]
    biggest = vecs.abs().argmax(dim=0)
    signs = torch.sign(vecs[biggest, torch.arange(vecs.shape[1])])
    return mean, vals, vecs * torch.where(signs == 0, torch.ones_like(signs), signs)
'''),
    dict(name='pca_eigh_in_double', grade_id='pca_fit', source=r'''def pca_fit(X):
    Xc, mean = center(X)
    C = covariance(Xc)
    vals, vecs = torch.linalg.eigh(C.double())
    return mean, vals.flip(0).to(C.dtype), vecs.flip(1).to(C.dtype)
'''),
    dict(name='pca_numpy_eigh', grade_id='pca_fit', source=r'''def pca_fit(X):
    Xc, mean = center(X)
    C = covariance(Xc)
    vals, vecs = np.linalg.eigh(C.numpy())
    return mean, torch.from_numpy(vals[::-1].copy()), torch.from_numpy(vecs[:, ::-1].copy())
'''),
    dict(name='projrec_einsum', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    return torch.einsum("nd,dk->nk", X - mean, components[:, :k])


def reconstruct(Z, mean, components):
    return torch.einsum("nk,dk->nd", Z, components[:, :Z.shape[-1]]) + mean
'''),
    dict(name='projrec_transpose_products', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    W = components[:, :k]
    return (W.T @ (X - mean).T).T


def reconstruct(Z, mean, components):
    W = components[:, :Z.shape[1]]
    return (W @ Z.T).T + mean[None, :]
'''),
    dict(name='projrec_addmm_split_mean', grade_id='project_reconstruct', source=r'''def project(X, mean, components, k):
    W = components[:, :k]
    return X @ W - mean @ W


def reconstruct(Z, mean, components):
    return torch.addmm(mean.expand(len(Z), -1), Z, components[:, :Z.shape[1]].T)
'''),
    dict(name='sk_whiten_roundtrip', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k, whiten=True).fit(X_train.numpy())
    Xt = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(Xt))
    return float(np.mean((X_hat - Xt) ** 2))
'''),
    dict(name='sk_components_by_hand', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k)
    pca.fit(X_train.detach().cpu().numpy())
    Xt = X_test.detach().cpu().numpy().astype(np.float64)
    W = pca.components_.astype(np.float64)
    X_hat = (Xt - pca.mean_) @ W.T @ W + pca.mean_
    return ((X_hat - Xt) ** 2).mean().item()
'''),
    dict(name='sk_torch_mse', grade_id='sklearn_test_mse', source=r'''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = torch.as_tensor(pca.inverse_transform(pca.transform(X_test.numpy())))
    return torch.nn.functional.mse_loss(X_hat.double(), X_test.double()).item()
'''),
    dict(name='gen_as_tensor_reconstruct', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    codes, _labels = gmm.sample(n_samples=n)
    return reconstruct(torch.as_tensor(codes).to(torch.float32), mean, components)
'''),
    dict(name='gen_by_hand_decode_in_double', grade_id='generate_digits', source=r'''def generate_digits(gmm, mean, components, n):
    codes = torch.from_numpy(gmm.sample(n)[0])
    k = codes.shape[1]
    X_hat = codes @ components[:, :k].T.double() + mean.double()
    return X_hat.float()
'''),
]
