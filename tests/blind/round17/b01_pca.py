"""Blind round 17: mistakes and alternatives for notebook 01_pca."""

NOTEBOOK = '01_pca'

MISTAKES = [
    # ---------------------------------------------------------------- images_to_vectors
    dict(name='divide_by_256', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    # 256 grey levels, so divide by 256
    return images.reshape(len(images), -1).float() / 256
'''),
    dict(name='column_major_flatten', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    # (N, 28, 28) -> (N, 784), pixels read column after column
    return images.transpose(1, 2).reshape(len(images), -1).float() / 255
'''),
    dict(name='normalise_by_batch_max', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    x = images.reshape(len(images), -1).float()
    return x / x.max()  # the brightest pixel becomes 1
'''),
    dict(name='normalise_each_image_by_its_max', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    x = images.reshape(len(images), -1).float()
    return x / x.max(dim=1, keepdim=True).values  # every image stretched to [0, 1]
'''),
    dict(name='binarised_pixels', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    # ink or paper: threshold at half intensity
    return (images.reshape(len(images), -1) > 127).float()
'''),
    dict(name='squeeze_breaks_single_image', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    x = images.squeeze()  # drop any channel axis
    return x.reshape(x.shape[0], -1).float() / 255
'''),
    dict(name='mnist_standardisation', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    x = images.reshape(len(images), -1).float() / 255
    return (x - 0.1307) / 0.3081  # the usual MNIST normalisation
'''),
    dict(name='range_minus_one_to_one', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    return images.reshape(len(images), -1).float() / 127.5 - 1
'''),
    dict(name='half_precision_to_save_memory', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    # 70,000 x 784 floats: half precision halves the memory
    return images.reshape(len(images), -1).half() / 255
'''),
    # ---------------------------------------------------------------- center
    dict(name='mean_keepdim', grade_id='center', source='''
def center(X):
    mean = X.mean(dim=0, keepdim=True)
    return X - mean, mean
'''),
    dict(name='mean_of_each_row', grade_id='center', source='''
def center(X):
    mean = X.mean(dim=1)
    return X - mean[:, None], mean
'''),
    dict(name='mean_divides_by_D', grade_id='center', source='''
def center(X):
    mean = X.sum(dim=0) / X.shape[1]
    return X - mean, mean
'''),
    dict(name='mean_divides_by_N_minus_1', grade_id='center', source='''
def center(X):
    mean = X.sum(dim=0) / (len(X) - 1)
    return X - mean, mean
'''),
    dict(name='single_scalar_mean', grade_id='center', source='''
def center(X):
    mean = X.mean()  # the mean pixel value
    return X - mean, mean.expand(X.shape[1])
'''),
    dict(name='returns_mean_first', grade_id='center', source='''
def center(X):
    mean = X.mean(dim=0)
    return mean, X - mean
'''),
    dict(name='standardises_columns', grade_id='center', source='''
def center(X):
    mean = X.mean(dim=0)
    return (X - mean) / X.std(dim=0), mean
'''),
    dict(name='centres_argument_in_place', grade_id='center', source='''
def center(X):
    mean = X.mean(dim=0)
    X -= mean
    return X, mean
'''),
    # ---------------------------------------------------------------- covariance
    dict(name='biased_divide_by_N', grade_id='covariance', source='''
def covariance(X_centered):
    return X_centered.T @ X_centered / len(X_centered)
'''),
    dict(name='gram_matrix_N_by_N', grade_id='covariance', source='''
def covariance(X_centered):
    return X_centered @ X_centered.T / (len(X_centered) - 1)
'''),
    dict(name='torch_cov_rows_as_variables', grade_id='covariance', source='''
def covariance(X_centered):
    return torch.cov(X_centered)
'''),
    dict(name='precedence_subtracts_one', grade_id='covariance', source='''
def covariance(X_centered):
    return X_centered.T @ X_centered / len(X_centered) - 1
'''),
    dict(name='divide_by_D_minus_1', grade_id='covariance', source='''
def covariance(X_centered):
    return X_centered.T @ X_centered / (X_centered.shape[1] - 1)
'''),
    dict(name='diagonal_covariance', grade_id='covariance', source='''
def covariance(X_centered):
    return torch.diag(X_centered.var(dim=0))
'''),
    dict(name='lower_triangle_only', grade_id='covariance', source='''
def covariance(X_centered):
    # eigh only reads the lower triangle anyway
    return torch.tril(X_centered.T @ X_centered) / (len(X_centered) - 1)
'''),
    dict(name='correlation_matrix', grade_id='covariance', source='''
def covariance(X_centered):
    return torch.corrcoef(X_centered.T)
'''),
    dict(name='scales_argument_in_place', grade_id='covariance', source='''
def covariance(X_centered):
    X_centered /= (len(X_centered) - 1) ** 0.5  # no extra N x D copy
    return X_centered.T @ X_centered
'''),
    # ---------------------------------------------------------------- pca_fit
    dict(name='ascending_order_kept', grade_id='pca_fit', source='''
def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues, eigenvectors
'''),
    dict(name='only_eigenvalues_flipped', grade_id='pca_fit', source='''
def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), eigenvectors
'''),
    dict(name='eigenvectors_rows_flipped', grade_id='pca_fit', source='''
def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), eigenvectors.flip(0)
'''),
    dict(name='components_as_rows', grade_id='pca_fit', source='''
def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), eigenvectors.flip(1).T
'''),
    dict(name='argsort_indexes_rows', grade_id='pca_fit', source='''
def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    order = eigenvalues.argsort(descending=True)
    return mean, eigenvalues[order], eigenvectors[order]
'''),
    dict(name='flip_both_axes', grade_id='pca_fit', source='''
def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, torch.flip(eigenvalues, dims=(0,)), torch.flip(eigenvectors, dims=(0, 1))
'''),
    dict(name='covariance_of_uncentred_data', grade_id='pca_fit', source='''
def pca_fit(X):
    _, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X))
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)
'''),
    dict(name='general_eig_complex', grade_id='pca_fit', source='''
def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eig(covariance(X_centered))
    order = eigenvalues.real.argsort(descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order]
'''),
    dict(name='explained_variance_ratio', grade_id='pca_fit', source='''
def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    eigenvalues = eigenvalues / eigenvalues.sum()  # fraction of variance per component
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)
'''),
    dict(name='components_scaled_as_loadings', grade_id='pca_fit', source='''
def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    loadings = eigenvectors * eigenvalues.clamp(min=0).sqrt()
    return mean, eigenvalues.flip(0), loadings.flip(1)
'''),
    dict(name='sign_fixed_by_first_entry', grade_id='pca_fit', source='''
def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    eigenvectors = eigenvectors * torch.sign(eigenvectors[0])  # deterministic signs: first entry >= 0
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)
'''),
    dict(name='numpy_negative_step', grade_id='pca_fit', source='''
def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    return mean, eigenvalues.flip(0), eigenvectors[:, ::-1]
'''),
    dict(name='cached_by_shape', grade_id='pca_fit', source='''
_pca_cache = {}


def pca_fit(X):
    # the eigendecomposition of a 784 x 784 matrix is slow: compute it once
    if X.shape not in _pca_cache:
        X_centered, mean = center(X)
        eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
        _pca_cache[X.shape] = (mean, eigenvalues.flip(0), eigenvectors.flip(1))
    return _pca_cache[X.shape]
'''),
    dict(name='thin_svd_wrong_when_N_below_D', grade_id='pca_fit', source='''
def pca_fit(X):
    X_centered, mean = center(X)
    # SVD of the data: more accurate than forming the covariance
    _, S, Vh = torch.linalg.svd(X_centered, full_matrices=False)
    return mean, S ** 2 / (len(X) - 1), Vh.T
'''),
    # ---------------------------------------------------------------- project / reconstruct
    dict(name='project_without_centring', grade_id='project_reconstruct', source='''
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
    return Z @ components[:, :k].T + mean
'''),
    dict(name='project_recentres_with_own_mean', grade_id='project_reconstruct', source='''
def project(X, mean, components, k):
    X_centered, _ = center(X)  # reuse exercise 2
    return X_centered @ components[:, :k]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='project_returns_k_by_N', grade_id='project_reconstruct', source='''
def project(X, mean, components, k):
    # z = W_k^T (x - mu), as in the formula
    return components[:, :k].T @ (X - mean).T


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='project_centres_in_place', grade_id='project_reconstruct', source='''
def project(X, mean, components, k):
    X -= mean
    return X @ components[:, :k]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name='reconstruct_forgets_mean', grade_id='project_reconstruct', source='''
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
    dict(name='reconstruct_k_from_batch_size', grade_id='project_reconstruct', source='''
def project(X, mean, components, k):
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    k = len(Z)
    return Z @ components[:, :k].T + mean
'''),
    dict(name='reconstruct_clipped_to_pixels', grade_id='project_reconstruct', source='''
def project(X, mean, components, k):
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return (Z @ components[:, :k].T + mean).clamp(0, 1)  # valid pixel values
'''),
    dict(name='reconstruct_squeezed', grade_id='project_reconstruct', source='''
def project(X, mean, components, k):
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return (Z @ components[:, :k].T + mean).squeeze()
'''),
    # ---------------------------------------------------------------- sklearn_test_mse
    dict(name='sklearn_fitted_on_test', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    X_test = X_test.numpy()
    pca = PCA(n_components=k).fit(X_test)
    X_hat = pca.inverse_transform(pca.transform(X_test))
    return float(((X_hat - X_test) ** 2).mean())
'''),
    dict(name='sklearn_returns_numpy_float32', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_test = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(X_test))
    return ((X_hat - X_test) ** 2).mean()
'''),
    dict(name='sklearn_error_per_image', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_test = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(X_test))
    return float(((X_hat - X_test) ** 2).sum(axis=1).mean())
'''),
    dict(name='sklearn_root_mean_squared', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_test = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(X_test))
    return float(np.sqrt(((X_hat - X_test) ** 2).mean()))
'''),
    dict(name='sklearn_unexplained_variance_ratio', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    return float(1 - pca.explained_variance_ratio_.sum())
'''),
    dict(name='sklearn_cached_by_k', grade_id='sklearn_test_mse', source='''
_fitted = {}


def sklearn_test_mse(X_train, X_test, k):
    if k not in _fitted:  # fitting takes seconds: keep one fitted PCA per k
        _fitted[k] = PCA(n_components=k).fit(X_train.numpy())
    pca = _fitted[k]
    X_test = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(X_test))
    return float(((X_hat - X_test) ** 2).mean())
'''),
    dict(name='sklearn_fitted_on_subset', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train[:10000].numpy())  # a subset is enough and faster
    X_test = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(X_test))
    return float(((X_hat - X_test) ** 2).mean())
'''),
    dict(name='sklearn_fitted_on_train_and_test', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    X_test = X_test.numpy()
    pca = PCA(n_components=k).fit(np.concatenate([X_train.numpy(), X_test]))
    X_hat = pca.inverse_transform(pca.transform(X_test))
    return float(((X_hat - X_test) ** 2).mean())
'''),
    dict(name='sklearn_error_measured_on_train', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k)
    X_train = X_train.numpy()
    X_hat = pca.inverse_transform(pca.fit_transform(X_train))
    return float(((X_hat - X_train) ** 2).mean())
'''),
    # ---------------------------------------------------------------- generate_digits
    dict(name='generated_pixels_clipped', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    codes, _ = gmm.sample(n)
    return reconstruct(torch.tensor(codes, dtype=torch.float32), mean, components).clamp(0, 1)
'''),
    dict(name='codes_from_standard_normal', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    codes = torch.randn(n, gmm.means_.shape[1])  # z ~ N(0, I)
    return reconstruct(codes, mean, components)
'''),
    dict(name='sampled_one_at_a_time', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    codes = np.concatenate([gmm.sample(1)[0] for _ in range(n)])
    return reconstruct(torch.tensor(codes, dtype=torch.float32), mean, components)
'''),
    dict(name='unseeds_the_mixture', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    gmm.random_state = None  # otherwise every call gives the same digits
    codes, _ = gmm.sample(n)
    return reconstruct(torch.tensor(codes, dtype=torch.float32), mean, components)
'''),
    dict(name='samples_mixture_by_hand_with_torch', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    weights = torch.tensor(gmm.weights_, dtype=torch.float32)
    means = torch.tensor(gmm.means_, dtype=torch.float32)
    covariances = torch.tensor(gmm.covariances_, dtype=torch.float32)
    which = torch.multinomial(weights, n, replacement=True)
    codes = torch.distributions.MultivariateNormal(means[which], covariances[which]).sample()
    return reconstruct(codes, mean, components)
'''),
    dict(name='shuffled_with_global_numpy', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    codes, _ = gmm.sample(n)
    codes = codes[np.random.permutation(n)]  # gmm.sample groups the samples by Gaussian
    return reconstruct(torch.tensor(codes, dtype=torch.float32), mean, components)
'''),
    dict(name='k_from_number_of_gaussians', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    codes, _ = gmm.sample(n)
    k = gmm.n_components
    codes = torch.tensor(codes[:, :k], dtype=torch.float32)
    return codes @ components[:, :k].T + mean
'''),
    dict(name='decodes_the_gaussian_means', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    _, which = gmm.sample(n)
    codes = gmm.means_[which]  # the centre of each sampled Gaussian: cleaner digits
    return reconstruct(torch.tensor(codes, dtype=torch.float32), mean, components)
'''),
    dict(name='returns_images_not_vectors', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    codes, _ = gmm.sample(n)
    return reconstruct(torch.tensor(codes, dtype=torch.float32), mean, components).reshape(n, 28, 28)
'''),
]

ALTERNATIVES = [
    dict(name='flatten_then_true_divide', grade_id='images_to_vectors', source='''
def images_to_vectors(images):
    return torch.true_divide(images.flatten(start_dim=1), 255)
'''),
    dict(name='mean_as_sum_over_count', grade_id='center', source='''
def center(X):
    mean = torch.sum(X, axis=0) / X.shape[0]
    return X.sub(mean), mean
'''),
    dict(name='covariance_with_einsum', grade_id='covariance', source='''
def covariance(X_centered):
    n = X_centered.shape[0]
    return torch.einsum("ni,nj->ij", X_centered, X_centered) / (n - 1)
'''),
    dict(name='covariance_in_chunks', grade_id='covariance', source='''
def covariance(X_centered):
    D = X_centered.shape[1]
    C = X_centered.new_zeros(D, D)
    for block in X_centered.split(4096):
        C += block.T @ block
    return C / (len(X_centered) - 1)
'''),
    dict(name='argsort_columns_upper_triangle', grade_id='pca_fit', source='''
def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered), UPLO="U")
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], eigenvectors[:, order]
'''),
    dict(name='signs_fixed_by_largest_entry', grade_id='pca_fit', source='''
def pca_fit(X):
    X_centered, mean = center(X)
    eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
    eigenvalues, eigenvectors = eigenvalues.flip(0), eigenvectors.fliplr()
    largest = eigenvectors.abs().argmax(dim=0)
    signs = torch.sign(eigenvectors[largest, torch.arange(eigenvectors.shape[1])])
    return mean, eigenvalues, eigenvectors * signs
'''),
    dict(name='project_distributes_reconstruct_addmm', grade_id='project_reconstruct', source='''
def project(X, mean, components, k):
    W = components[:, :k]
    return X @ W - mean @ W


def reconstruct(Z, mean, components):
    return torch.addmm(mean, Z, components[:, : Z.shape[1]].T)
'''),
    dict(name='sklearn_mse_with_torch', grade_id='sklearn_test_mse', source='''
def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    X_hat = torch.from_numpy(pca.inverse_transform(pca.transform(X_test.numpy())))
    return torch.nn.functional.mse_loss(X_hat, X_test).item()
'''),
    dict(name='generate_with_tensor_constructor', grade_id='generate_digits', source='''
def generate_digits(gmm, mean, components, n):
    codes = torch.Tensor(gmm.sample(n)[0])  # float32 copy
    return reconstruct(codes, mean, components)
'''),
]
