NOTEBOOK = "01_pca"

MISTAKES = [
    # images_to_vectors
    dict(name="no scaling to [0,1], only float cast", grade_id="images_to_vectors", source='''def images_to_vectors(images):
    return images.reshape(len(images), -1).float()
'''),
    dict(name="column-major flatten (transpose before reshape)", grade_id="images_to_vectors", source='''def images_to_vectors(images):
    return images.transpose(1, 2).reshape(len(images), 784).float() / 255
'''),
    dict(name="float64 result (numpy round trip)", grade_id="images_to_vectors", source='''def images_to_vectors(images):
    arr = images.numpy().reshape(images.shape[0], -1) / 255.0
    return torch.from_numpy(arr)
'''),
    dict(name="divides by 256 instead of 255", grade_id="images_to_vectors", source='''def images_to_vectors(images):
    return images.reshape(images.shape[0], 784).to(torch.float32) / 256
'''),
    dict(name="integer division before float cast", grade_id="images_to_vectors", source='''def images_to_vectors(images):
    return (images // 255).reshape(len(images), -1).float()
'''),
    # center
    dict(name="mean over the wrong axis (per row)", grade_id="center", source='''def center(X):
    mean = X.mean(dim=1)
    return X - mean[:, None], mean
'''),
    dict(name="returns mean with keepdim (1, D)", grade_id="center", source='''def center(X):
    mean = X.mean(dim=0, keepdim=True)
    return X - mean, mean
'''),
    dict(name="in-place subtraction modifies the input", grade_id="center", source='''def center(X):
    mean = X.mean(dim=0)
    X -= mean
    return X, mean
'''),
    dict(name="also divides by the std (standardises)", grade_id="center", source='''def center(X):
    mean = X.mean(0)
    return (X - mean) / (X.std(0) + 1e-8), mean
'''),
    # covariance
    dict(name="biased normalisation 1/N", grade_id="covariance", source='''def covariance(X_centered):
    N = X_centered.shape[0]
    return X_centered.T @ X_centered / N
'''),
    dict(name="X X^T (N x N) instead of X^T X", grade_id="covariance", source='''def covariance(X_centered):
    N = X_centered.shape[0]
    return X_centered @ X_centered.T / (N - 1)
'''),
    dict(name="divides by D-1 (columns) instead of N-1", grade_id="covariance", source='''def covariance(X_centered):
    return X_centered.T @ X_centered / (X_centered.shape[1] - 1)
'''),
    dict(name="torch.cov without transposing (rows taken as the variables: N x N)", grade_id="covariance", source='''def covariance(X_centered):
    return torch.cov(X_centered)
'''),
    # pca_fit
    dict(name="eigenvalues left ascending (eigh order)", grade_id="pca_fit", source='''def pca_fit(X):
    Xc, mean = center(X)
    C = covariance(Xc)
    eigenvalues, components = torch.linalg.eigh(C)
    return mean, eigenvalues, components
'''),
    dict(name="values flipped but eigenvectors not", grade_id="pca_fit", source='''def pca_fit(X):
    Xc, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(Xc))
    return mean, eigenvalues.flip(0), components
'''),
    dict(name="flips the rows of the eigenvector matrix instead of the columns", grade_id="pca_fit", source='''def pca_fit(X):
    Xc, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(Xc))
    return mean, eigenvalues.flip(0), components.flip(0)
'''),
    dict(name="eigenvectors returned as rows (transposed)", grade_id="pca_fit", source='''def pca_fit(X):
    Xc, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(Xc))
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], components[:, order].T
'''),
    dict(name="covariance of uncentred data", grade_id="pca_fit", source='''def pca_fit(X):
    _, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X))
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], components[:, order]
'''),
    dict(name="SVD of the centred data: singular values returned as eigenvalues", grade_id="pca_fit", source='''def pca_fit(X):
    Xc, mean = center(X)
    U, S, Vh = torch.linalg.svd(Xc, full_matrices=False)
    return mean, S, Vh.T
'''),
    # project / reconstruct
    dict(name="project forgets to subtract the mean", grade_id="project_reconstruct", source='''def project(X, mean, components, k):
    return X @ components[:, :k]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name="project uses the last k components", grade_id="project_reconstruct", source='''def project(X, mean, components, k):
    return (X - mean) @ components[:, -k:]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name="project uses rows of components", grade_id="project_reconstruct", source='''def project(X, mean, components, k):
    return (X - mean) @ components[:k].T


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
    dict(name="reconstruct forgets to add the mean back", grade_id="project_reconstruct", source='''def project(X, mean, components, k):
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, :k].T
'''),
    dict(name="reconstruct clamps to [0,1]", grade_id="project_reconstruct", source='''def project(X, mean, components, k):
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return (Z @ components[:, :k].T + mean).clamp(0, 1)
'''),
    # sklearn_test_mse
    dict(name="fits on the test set", grade_id="sklearn_test_mse", source='''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_test.numpy())
    rec = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((rec - X_test.numpy()) ** 2).mean())
'''),
    dict(name="measures the error on the training set", grade_id="sklearn_test_mse", source='''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k)
    Xtr = X_train.numpy()
    rec = pca.inverse_transform(pca.fit_transform(Xtr))
    return float(((rec - Xtr) ** 2).mean())
'''),
    dict(name="sum over pixels, mean over images (per image not per pixel)", grade_id="sklearn_test_mse", source='''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    Xte = X_test.numpy()
    rec = pca.inverse_transform(pca.transform(Xte))
    return float(((rec - Xte) ** 2).sum(axis=1).mean())
'''),
    dict(name="returns a numpy scalar, not a Python float", grade_id="sklearn_test_mse", source='''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    Xte = X_test.numpy()
    rec = pca.inverse_transform(pca.transform(Xte))
    return ((rec - Xte) ** 2).mean()
'''),
    dict(name="root mean squared error", grade_id="sklearn_test_mse", source='''def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    Xte = X_test.numpy()
    rec = pca.inverse_transform(pca.transform(Xte))
    return float(np.sqrt(((rec - Xte) ** 2).mean()))
'''),
    # generate_digits
    dict(name="clips pixels to [0,1]", grade_id="generate_digits", source='''def generate_digits(gmm, mean, components, n):
    codes, _ = gmm.sample(n)
    Z = torch.tensor(codes, dtype=torch.float32)
    return reconstruct(Z, mean, components).clamp(0, 1)
'''),
    dict(name="returns float64 (torch.from_numpy on float64 codes)", grade_id="generate_digits", source='''def generate_digits(gmm, mean, components, n):
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes)
    return Z @ components[:, :Z.shape[1]].double().T + mean.double()
'''),
    dict(name="uses only the mixture means (no sampling)", grade_id="generate_digits", source='''def generate_digits(gmm, mean, components, n):
    _, labels = gmm.sample(n)
    Z = torch.tensor(gmm.means_[labels], dtype=torch.float32)
    return reconstruct(Z, mean, components)
'''),
    dict(name="samples from a standard normal instead of the mixture", grade_id="generate_digits", source='''def generate_digits(gmm, mean, components, n):
    k = gmm.means_.shape[1]
    Z = torch.randn(n, k)
    return reconstruct(Z, mean, components)
'''),
    dict(name="forgets to add the mean image", grade_id="generate_digits", source='''def generate_digits(gmm, mean, components, n):
    codes, _ = gmm.sample(n)
    Z = torch.as_tensor(codes, dtype=torch.float32)
    return Z @ components[:, :Z.shape[1]].T
'''),
]

ALTERNATIVES = [
    dict(name="view + to(float32) + mul", grade_id="images_to_vectors", source='''def images_to_vectors(images):
    return images.to(torch.float32).flatten(start_dim=1).mul(1.0 / 255.0).div(1.0)
'''),
    dict(name="sum / N and unsqueeze broadcasting", grade_id="center", source='''def center(X):
    mean = X.sum(dim=0) / X.shape[0]
    X_centered = X - mean.unsqueeze(0)
    return X_centered, mean
'''),
    dict(name="einsum covariance", grade_id="covariance", source='''def covariance(X_centered):
    n = X_centered.shape[0]
    return torch.einsum("ni,nj->ij", X_centered, X_centered) / (n - 1)
'''),
    dict(name="flip both with torch.flip on dims", grade_id="pca_fit", source='''def pca_fit(X):
    X_centered, mean = center(X)
    C = covariance(X_centered)
    values, vectors = torch.linalg.eigh(C)
    return mean, torch.flip(values, dims=[0]), torch.flip(vectors, dims=[1])
'''),
    dict(name="matmul with narrow", grade_id="project_reconstruct", source='''def project(X, mean, components, k):
    Wk = components.narrow(1, 0, k)
    return torch.matmul(X - mean[None, :], Wk)


def reconstruct(Z, mean, components):
    Wk = components[:, : Z.shape[1]]
    return torch.matmul(Z, Wk.transpose(0, 1)) + mean[None, :]
'''),
    dict(name="sklearn with mean_squared_error-style numpy mean", grade_id="sklearn_test_mse", source='''def sklearn_test_mse(X_train, X_test, k):
    model = PCA(n_components=k)
    model.fit(X_train.detach().cpu().numpy())
    xt = X_test.detach().cpu().numpy()
    xh = model.inverse_transform(model.transform(xt))
    return float(np.mean(np.square(xh - xt)))
'''),
    dict(name="explicit matmul with float32 codes", grade_id="generate_digits", source='''def generate_digits(gmm, mean, components, n):
    samples, which = gmm.sample(n)
    z = torch.from_numpy(np.asarray(samples)).float()
    k = z.shape[1]
    return (z @ components[:, :k].T + mean).to(torch.float32)
'''),
]
