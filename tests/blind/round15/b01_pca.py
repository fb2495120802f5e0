"""Blind round 15: mistakes and alternatives for notebook 01_pca."""

NOTEBOOK = '01_pca'

MISTAKES = [
    # ------------------------------------------------------------------ images_to_vectors
    dict(name='itv_no_scaling', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    return images.reshape(len(images), -1).float()
'''),
    dict(name='itv_divide_by_256', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    return images.reshape(len(images), -1).float() / 256
'''),
    dict(name='itv_integer_division_before_float', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    return (images.reshape(len(images), -1) // 255).float()
'''),
    dict(name='itv_float64', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    return images.reshape(len(images), -1).double() / 255
'''),
    dict(name='itv_numpy_float64', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    return torch.from_numpy(images.numpy().reshape(len(images), -1) / 255)
'''),
    dict(name='itv_column_major', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    return images.transpose(1, 2).reshape(len(images), -1).float() / 255
'''),
    dict(name='itv_minmax_per_batch', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    x = images.reshape(len(images), -1).float()
    return (x - x.min()) / (x.max() - x.min())
'''),
    dict(name='itv_max_per_image', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    x = images.reshape(len(images), -1).float()
    return x / x.amax(dim=1, keepdim=True)
'''),
    dict(name='itv_flatten_everything', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    return torch.flatten(images).float() / 255
'''),
    dict(name='itv_returns_numpy', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    return (images.numpy().reshape(len(images), -1) / 255).astype(np.float32)
'''),
    # ------------------------------------------------------------------ center
    dict(name='center_row_means', grade_id='center', source='''
def center(X):
    mean = X.mean(dim=1, keepdim=True)
    return X - mean, mean.squeeze(1)
'''),
    dict(name='center_keepdim_mean', grade_id='center', source='''
def center(X):
    mean = X.mean(dim=0, keepdim=True)
    return X - mean, mean
'''),
    dict(name='center_in_place', grade_id='center', source='''
def center(X):
    mean = X.mean(dim=0)
    X -= mean
    return X, mean
'''),
    dict(name='center_global_scalar_mean', grade_id='center', source='''
def center(X):
    mean = X.mean()
    return X - mean, mean
'''),
    dict(name='center_swapped_return', grade_id='center', source='''
def center(X):
    mean = X.mean(dim=0)
    return mean, X - mean
'''),
    dict(name='center_unbiased_mean', grade_id='center', source='''
def center(X):
    mean = X.sum(dim=0) / (len(X) - 1)
    return X - mean, mean
'''),
    dict(name='center_float64_mean', grade_id='center', source='''
def center(X):
    mean = X.double().mean(dim=0)
    return X - mean, mean
'''),
    dict(name='center_detached_mean', grade_id='center', source='''
def center(X):
    with torch.no_grad():
        mean = X.mean(dim=0)
    return X - mean, mean
'''),
    # ------------------------------------------------------------------ covariance
    dict(name='cov_divide_by_n', grade_id='covariance', source='''
def covariance(X_centered):
    return X_centered.T @ X_centered / len(X_centered)
'''),
    dict(name='cov_gram_matrix', grade_id='covariance', source='''
def covariance(X_centered):
    return X_centered @ X_centered.T / (len(X_centered) - 1)
'''),
    dict(name='cov_no_normalisation', grade_id='covariance', source='''
def covariance(X_centered):
    return X_centered.T @ X_centered
'''),
    dict(name='cov_torch_cov_rows_as_variables', grade_id='covariance', source='''
def covariance(X_centered):
    return torch.cov(X_centered)
'''),
    dict(name='cov_diagonal_only', grade_id='covariance', source='''
def covariance(X_centered):
    return torch.diag((X_centered ** 2).sum(dim=0) / (len(X_centered) - 1))
'''),
    dict(name='cov_divide_by_d_minus_1', grade_id='covariance', source='''
def covariance(X_centered):
    return X_centered.T @ X_centered / (X_centered.shape[1] - 1)
'''),
    dict(name='cov_float64', grade_id='covariance', source='''
def covariance(X_centered):
    X64 = X_centered.double()
    return X64.T @ X64 / (len(X_centered) - 1)
'''),
    dict(name='cov_numpy_cov', grade_id='covariance', source='''
def covariance(X_centered):
    return np.cov(X_centered.numpy(), rowvar=False)
'''),
    dict(name='cov_torch_cov_biased', grade_id='covariance', source='''
def covariance(X_centered):
    return torch.cov(X_centered.T, correction=0)
'''),
    # ------------------------------------------------------------------ pca_fit
    dict(name='pca_ascending_order', grade_id='pca_fit', source='''
def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues, components
'''),
    dict(name='pca_flip_values_only', grade_id='pca_fit', source='''
def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), components
'''),
    dict(name='pca_index_rows', grade_id='pca_fit', source='''
def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[order]
'''),
    dict(name='pca_eigenvectors_as_rows', grade_id='pca_fit', source='''
def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), eigenvectors.T.flip(0)
'''),
    dict(name='pca_complex_eig', grade_id='pca_fit', source='''
def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eig(covariance(X_centered))
    order = torch.argsort(eigenvalues.real, descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order]
'''),
    dict(name='pca_not_centred', grade_id='pca_fit', source='''
def pca_fit(X):
    _, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X))
    return mean, eigenvalues.flip(0), components.flip(1)
'''),
    dict(name='pca_sort_by_abs', grade_id='pca_fit', source='''
def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    order = torch.argsort(eigenvalues.abs(), descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order]
'''),
    dict(name='pca_svd_short_eigenvalues', grade_id='pca_fit', source='''
def pca_fit(X):
    X_centered, mean = center(X)
    _, S, Vh = torch.linalg.svd(X_centered)
    eigenvalues = S ** 2 / (len(X) - 1)
    return mean, eigenvalues, Vh.T
'''),
    dict(name='pca_scaled_loadings', grade_id='pca_fit', source='''
def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    eigenvalues, eigenvectors = eigenvalues.flip(0), eigenvectors.flip(1)
    return mean, eigenvalues, eigenvectors * eigenvalues.clamp(min=0).sqrt()
'''),
    dict(name='pca_float64', grade_id='pca_fit', source='''
def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered).double())
    return mean, eigenvalues.flip(0), components.flip(1)
'''),
    dict(name='pca_global_mean', grade_id='pca_fit', source='''
def pca_fit(X):
    mean = X.mean()
    eigenvalues, components = torch.linalg.eigh(covariance(X - mean))
    return mean, eigenvalues.flip(0), components.flip(1)
'''),
    dict(name='pca_biased_covariance', grade_id='pca_fit', source='''
def pca_fit(X):
    X_centered, mean = center(X)
    C = X_centered.T @ X_centered / len(X)
    eigenvalues, components = torch.linalg.eigh(C)
    return mean, eigenvalues.flip(0), components.flip(1)
'''),
    dict(name='pca_wrong_return_order', grade_id='pca_fit', source='''
def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X_centered))
    return eigenvalues.flip(0), components.flip(1), mean
'''),
    # ------------------------------------------------------------------ project / reconstruct
    dict(name='project_no_centering', grade_id='project_reconstruct', source='''
def project(X, mean, components, k):
    return X @ components[:, :k]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='project_uses_rows', grade_id='project_reconstruct', source='''
def project(X, mean, components, k):
    return (X - mean) @ components[:k].T


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='project_last_k_columns', grade_id='project_reconstruct', source='''
def project(X, mean, components, k):
    return (X - mean) @ components[:, -k:]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, -k:].T + mean
'''),
    dict(name='project_skips_first_component', grade_id='project_reconstruct', source='''
def project(X, mean, components, k):
    return (X - mean) @ components[:, 1:k + 1]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, 1:k + 1].T + mean
'''),
    dict(name='project_transposed_output', grade_id='project_reconstruct', source='''
def project(X, mean, components, k):
    return components[:, :k].T @ (X - mean).T


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='project_in_place_centering', grade_id='project_reconstruct', source='''
def project(X, mean, components, k):
    X -= mean
    return X @ components[:, :k]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='reconstruct_no_mean', grade_id='project_reconstruct', source='''
def project(X, mean, components, k):
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, :k].T
'''),
    dict(name='reconstruct_subtracts_mean', grade_id='project_reconstruct', source='''
def project(X, mean, components, k):
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, :k].T - mean
'''),
    dict(name='reconstruct_uses_rows', grade_id='project_reconstruct', source='''
def project(X, mean, components, k):
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:k] + mean
'''),
    dict(name='reconstruct_k_from_batch', grade_id='project_reconstruct', source='''
def project(X, mean, components, k):
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    k = len(Z)
    return Z @ components[:, :k].T + mean
'''),
    # ------------------------------------------------------------------ sklearn_test_mse
    dict(name='sk_fit_on_test', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_test.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_measured_on_train', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_train.numpy()))
    return float(((X_hat - X_train.numpy()) ** 2).mean())
'''),
    dict(name='sk_numpy_float32_result', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return ((X_hat - X_test.numpy()) ** 2).mean()
'''),
    dict(name='sk_tensor_result', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = torch.from_numpy(pca.inverse_transform(pca.transform(X_test.numpy())))
    return ((X_hat - X_test) ** 2).mean()
'''),
    dict(name='sk_error_per_image', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).sum(axis=1).mean())
'''),
    dict(name='sk_rmse', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(np.sqrt(((X_hat - X_test.numpy()) ** 2).mean()))
'''),
    dict(name='sk_copy_false_mutates_train', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k, copy=False).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_decode_without_mean', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.transform(X_test.numpy()) @ pca.components_
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_fit_on_train_and_test', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(torch.cat([X_train, X_test]).numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name='sk_rounded_result', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return round(float(((X_hat - X_test.numpy()) ** 2).mean()), 4)
'''),
    # ------------------------------------------------------------------ generate_digits
    dict(name='gen_float64', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes)
    return reconstruct(Z, mean.double(), components.double())
'''),
    dict(name='gen_clipped', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    codes, _ = gmm.sample(n)
    Z = torch.as_tensor(codes, dtype=torch.float32)
    return reconstruct(Z, mean, components).clamp(0, 1)
'''),
    dict(name='gen_shuffled_with_torch_rng', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    codes, _ = gmm.sample(n)
    Z = torch.as_tensor(codes, dtype=torch.float32)
    Z = Z[torch.randperm(n)]  # gmm.sample groups the samples by Gaussian: mix them
    return reconstruct(Z, mean, components)
'''),
    dict(name='gen_seeds_numpy_global', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    np.random.seed(0)
    codes, _ = gmm.sample(n)
    Z = torch.as_tensor(codes, dtype=torch.float32)
    return reconstruct(Z, mean, components)
'''),
    dict(name='gen_no_mean', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    codes, _ = gmm.sample(n)
    Z = torch.as_tensor(codes, dtype=torch.float32)
    return Z @ components[:, :Z.shape[1]].T
'''),
    dict(name='gen_sample_one_at_a_time', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    codes = np.concatenate([gmm.sample(1)[0] for _ in range(n)])
    Z = torch.as_tensor(codes, dtype=torch.float32)
    return reconstruct(Z, mean, components)
'''),
    dict(name='gen_returns_labels_too', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    codes, labels = gmm.sample(n)
    Z = torch.as_tensor(codes, dtype=torch.float32)
    return reconstruct(Z, mean, components), torch.as_tensor(labels)
'''),
    dict(name='gen_image_shape', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    codes, _ = gmm.sample(n)
    Z = torch.as_tensor(codes, dtype=torch.float32)
    return reconstruct(Z, mean, components).reshape(n, 28, 28)
'''),
]

ALTERNATIVES = [
    dict(name='itv_flatten_div', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    return torch.flatten(images, start_dim=1).to(torch.float32).div(255.0)
'''),
    dict(name='center_sum_over_n', grade_id='center', source='''
def center(X):
    mean = X.sum(dim=0) / X.shape[0]
    X_centered = X - mean.unsqueeze(0)
    return X_centered, mean
'''),
    dict(name='cov_einsum', grade_id='covariance', source='''
def covariance(X_centered):
    n = X_centered.shape[0]
    return torch.einsum("ni,nj->ij", X_centered, X_centered) / (n - 1)
'''),
    dict(name='cov_torch_cov', grade_id='covariance', source='''
def covariance(X_centered):
    return torch.cov(X_centered.T)
'''),
    dict(name='pca_sort_index', grade_id='pca_fit', source='''
def pca_fit(X):
    X_centered, mean = center(X)
    C = covariance(X_centered)
    values, vectors = torch.linalg.eigh(C)
    values, order = torch.sort(values, descending=True)
    return mean, values, vectors[:, order]
'''),
    dict(name='project_matmul_then_slice', grade_id='project_reconstruct', source='''
def project(X, mean, components, k):
    return torch.matmul(X - mean[None, :], components)[:, :k]


def reconstruct(Z, mean, components):
    W_k = components[:, : Z.shape[1]]
    return torch.addmm(mean.expand(len(Z), -1), Z, W_k.T)
'''),
    dict(name='sk_explicit_numpy', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    train, test = X_train.numpy(), X_test.numpy()
    pca = PCA(n_components=k)
    pca.fit(train)
    codes = pca.transform(test)
    decoded = pca.inverse_transform(codes)
    return np.square(decoded - test).mean().item()
'''),
    dict(name='gen_explicit_decode', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    codes = gmm.sample(n)[0]
    Z = torch.tensor(codes).float()
    return Z @ components[:, : Z.shape[1]].T + mean
'''),
]
