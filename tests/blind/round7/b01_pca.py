"""Round 7 blind test cases for notebook 01_pca (written from the student notebook only)."""

NOTEBOOK = "01_pca"


def mut(template, old, new, count=1):
    """Replace `old` by `new` in `template`, insisting that `old` occurs exactly `count` times."""
    found = template.count(old)
    assert found == count, (old, found)
    return template.replace(old, new)


# ----------------------------------------------------------------------------- correct templates
IMAGES_TO_VECTORS = '''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    X = images.reshape(len(images), -1)
    return X.float() / 255
'''

CENTER = '''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    X_centered = X - mean
    return X_centered, mean
'''

COVARIANCE = '''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    C = X_centered.T @ X_centered / (N - 1)
    return C
'''

PCA_FIT = '''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    eigenvalues = eigenvalues.flip(0)
    components = eigenvectors.flip(1)
    return mean, eigenvalues, components
'''

PROJECT_RECONSTRUCT = '''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W_k = components[:, :k]
    return (X - mean) @ W_k


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    W_k = components[:, :k]
    return Z @ W_k.T + mean
'''

SKLEARN_TEST_MSE = '''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    train = X_train.numpy()
    test = X_test.numpy()
    pca = PCA(n_components=k)
    pca.fit(train)
    test_hat = pca.inverse_transform(pca.transform(test))
    return float(((test_hat - test) ** 2).mean())
'''

GENERATE_DIGITS = '''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).float()
    return reconstruct(Z, mean, components)
'''

M = []
A = []


def mistake(name, gid, source):
    M.append(dict(name=name, grade_id=gid, source=source))


def alternative(name, gid, source):
    A.append(dict(name=name, grade_id=gid, source=source))


# ----------------------------------------------------------------------------- images_to_vectors
g = "images_to_vectors"
mistake("divides by 256 instead of 255 (white pixels end at 0.996, not 1)", g,
        mut(IMAGES_TO_VECTORS, "X.float() / 255", "X.float() / 256"))
mistake("flattens column after column (transposes each image before the reshape)", g,
        mut(IMAGES_TO_VECTORS, "X = images.reshape(len(images), -1)",
            "X = images.transpose(1, 2).reshape(len(images), -1)"))
mistake("scales by the batch's own maximum instead of 255", g,
        mut(IMAGES_TO_VECTORS, "X.float() / 255", "X.float() / X.max().float()"))
mistake("goes through numpy: the division gives float64", g,
        mut(IMAGES_TO_VECTORS, "return X.float() / 255", "return torch.from_numpy(X.numpy() / 255)"))
alternative("true division of the uint8 tensor then view", g,
            mut(IMAGES_TO_VECTORS, "X = images.reshape(len(images), -1)\n    return X.float() / 255",
                "return (images / 255.0).view(-1, 28 * 28)"))
# ----------------------------------------------------------------------------- center
g = "center"
mistake("keeps the mean as a (1, D) row (keepdim=True)", g,
        mut(CENTER, "mean = X.mean(dim=0)", "mean = X.mean(dim=0, keepdim=True)"))
mistake("centres in place, modifying the caller's X", g,
        mut(CENTER, "X_centered = X - mean", "X -= mean\n    X_centered = X"))
mistake("subtracts one global scalar mean instead of the per-pixel mean vector", g,
        mut(CENTER, "mean = X.mean(dim=0)", "mean = X.mean()"))
mistake("accumulates the mean in float64 for accuracy and never casts back", g,
        mut(CENTER, "mean = X.mean(dim=0)", "mean = X.mean(dim=0, dtype=torch.float64)"))
alternative("mean through a matrix product with a ones vector", g,
            mut(CENTER, "mean = X.mean(dim=0)",
                "mean = torch.ones(X.shape[0], dtype=X.dtype) @ X / X.shape[0]"))

# ----------------------------------------------------------------------------- covariance
g = "covariance"
mistake("biased normalisation 1/N", g, mut(COVARIANCE, "C = X_centered.T @ X_centered / (N - 1)", "C = X_centered.T @ X_centered / N"))
mistake("torch.cov on the (N, D) matrix (variables must be rows): gives (N, N)", g,
        mut(COVARIANCE, "C = X_centered.T @ X_centered / (N - 1)", "C = torch.cov(X_centered)"))
mistake("divides by D - 1 (the wrong dimension)", g,
        mut(COVARIANCE, "N = X_centered.shape[0]", "N = X_centered.shape[1]"))
mistake("np.cov: returns float64", g,
        mut(COVARIANCE, "C = X_centered.T @ X_centered / (N - 1)",
            "C = torch.from_numpy(np.cov(X_centered.numpy(), rowvar=False))"))
alternative("torch.cov on the transposed data", g,
            mut(COVARIANCE, "C = X_centered.T @ X_centered / (N - 1)", "C = torch.cov(X_centered.T)"))
# ----------------------------------------------------------------------------- pca_fit
g = "pca_fit"
mistake("reverses the eigenvalues but not the eigenvectors", g,
        mut(PCA_FIT, "components = eigenvectors.flip(1)", "components = eigenvectors"))
mistake("returns the eigenvectors as rows (transposed)", g,
        mut(PCA_FIT, "components = eigenvectors.flip(1)", "components = eigenvectors.flip(1).T"))
mistake("skips the centring (covariance of the raw vectors)", g,
        mut(PCA_FIT, "X_centered, mean = center(X)\n    C = covariance(X_centered)",
            "_, mean = center(X)\n    C = covariance(X)"))
mistake("sorts by absolute value (tiny negative eigenvalues end up before tiny positive ones)", g,
        mut(PCA_FIT, "    eigenvalues = eigenvalues.flip(0)\n    components = eigenvectors.flip(1)\n",
            "    order = torch.argsort(eigenvalues.abs(), descending=True)\n"
            "    eigenvalues = eigenvalues[order]\n    components = eigenvectors[:, order]\n"))
mistake("eigh in float64 for precision, results left in float64", g,
        mut(PCA_FIT, "torch.linalg.eigh(C)", "torch.linalg.eigh(C.double())"))
mistake("torch.linalg.eig (general solver) instead of eigh: eigenvectors of repeated eigenvalues not orthogonal", g,
        mut(PCA_FIT, "    eigenvalues, eigenvectors = torch.linalg.eigh(C)\n    eigenvalues = eigenvalues.flip(0)\n"
            "    components = eigenvectors.flip(1)\n",
            "    eigenvalues, eigenvectors = torch.linalg.eig(C)\n"
            "    eigenvalues, eigenvectors = eigenvalues.real, eigenvectors.real\n"
            "    order = torch.argsort(eigenvalues, descending=True)\n"
            "    eigenvalues = eigenvalues[order]\n    components = eigenvectors[:, order]\n"))

alternative("argsort descending and fancy indexing", g,
            mut(PCA_FIT, "    eigenvalues = eigenvalues.flip(0)\n    components = eigenvectors.flip(1)\n",
                "    order = torch.argsort(eigenvalues, descending=True)\n"
                "    eigenvalues = eigenvalues[order]\n    components = eigenvectors[:, order]\n"))
alternative("eigh on the upper triangle, reversed with index arange", g,
            mut(PCA_FIT, "    eigenvalues, eigenvectors = torch.linalg.eigh(C)\n    eigenvalues = eigenvalues.flip(0)\n"
                "    components = eigenvectors.flip(1)\n",
                "    values, vectors = torch.linalg.eigh(C, UPLO='U')\n"
                "    reverse = torch.arange(len(values) - 1, -1, -1)\n"
                "    eigenvalues = values[reverse]\n    components = vectors[:, reverse]\n"))
# ----------------------------------------------------------------------------- project / reconstruct
g = "project_reconstruct"
mistake("project forgets to subtract the mean", g,
        mut(PROJECT_RECONSTRUCT, "return (X - mean) @ W_k", "return X @ W_k"))
mistake("project takes the last k columns (as if eigh's ascending order were kept)", g,
        mut(PROJECT_RECONSTRUCT, "    W_k = components[:, :k]\n    return (X - mean) @ W_k",
            "    W_k = components[:, -k:]\n    return (X - mean) @ W_k"))
mistake("project centres X in place (mutates the caller's data)", g,
        mut(PROJECT_RECONSTRUCT, "    W_k = components[:, :k]\n    return (X - mean) @ W_k",
            "    W_k = components[:, :k]\n    X -= mean\n    return X @ W_k"))
mistake("reconstruct forgets to add the mean back", g,
        mut(PROJECT_RECONSTRUCT, "return Z @ W_k.T + mean", "return Z @ W_k.T"))
mistake("reconstruct uses the first k rows of components (Z @ components[:k])", g,
        mut(PROJECT_RECONSTRUCT, "    W_k = components[:, :k]\n    return Z @ W_k.T + mean",
            "    return Z @ components[:k, :] + mean"))
mistake("reconstruct clips the pixels to [0, 1]", g,
        mut(PROJECT_RECONSTRUCT, "return Z @ W_k.T + mean", "return (Z @ W_k.T + mean).clamp(0, 1)"))

alternative("einsum and addmm", g,
            mut(mut(PROJECT_RECONSTRUCT, "    W_k = components[:, :k]\n    return (X - mean) @ W_k",
                    "    return torch.einsum('nd,dk->nk', X - mean, components[:, :k])"),
                "    return Z @ W_k.T + mean", "    return torch.addmm(mean.expand(len(Z), -1), Z, W_k.T)"))

# ----------------------------------------------------------------------------- sklearn_test_mse
g = "sklearn_test_mse"
mistake("fits the PCA on the test vectors", g, mut(SKLEARN_TEST_MSE, "pca.fit(train)", "pca.fit(test)"))
mistake("returns a numpy float32 scalar, not a Python float", g,
        mut(SKLEARN_TEST_MSE, "return float(((test_hat - test) ** 2).mean())", "return ((test_hat - test) ** 2).mean()"))
mistake("encodes the test set with fit_transform (refits on the test set)", g,
        mut(SKLEARN_TEST_MSE, "pca.inverse_transform(pca.transform(test))", "pca.inverse_transform(pca.fit_transform(test))"))
mistake("decodes by hand without adding pca.mean_", g,
        mut(SKLEARN_TEST_MSE, "pca.inverse_transform(pca.transform(test))", "pca.transform(test) @ pca.components_"))
mistake("fits on the first 10,000 training vectors only, to be fast", g,
        mut(SKLEARN_TEST_MSE, "pca.fit(train)", "pca.fit(train[:10000])"))

alternative("whitened PCA (inverse_transform undoes the whitening)", g,
            mut(SKLEARN_TEST_MSE, "PCA(n_components=k)", "PCA(n_components=k, whiten=True)"))
# ----------------------------------------------------------------------------- generate_digits
g = "generate_digits"
mistake("clips the decoded pixels to [0, 1]", g,
        mut(GENERATE_DIGITS, "return reconstruct(Z, mean, components)",
            "return reconstruct(Z, mean, components).clamp(0, 1)"))
mistake("draws one sample at a time: with an integer random_state every call returns the same code", g,
        mut(GENERATE_DIGITS, "codes, _ = gmm.sample(n)",
            "codes = np.concatenate([gmm.sample(1)[0] for _ in range(n)])"))
mistake("decodes only the means of the sampled Gaussians (no spread within a component)", g,
        mut(GENERATE_DIGITS, "codes, _ = gmm.sample(n)", "_, which = gmm.sample(n)\n    codes = gmm.means_[which]"))
mistake("decodes in float64 (mean and components cast to double)", g,
        mut(GENERATE_DIGITS, "Z = torch.from_numpy(codes).float()\n    return reconstruct(Z, mean, components)",
            "Z = torch.from_numpy(codes)\n    return reconstruct(Z, mean.double(), components.double())"))
mistake("decodes with the last k components", g,
        mut(GENERATE_DIGITS, "return reconstruct(Z, mean, components)",
            "return Z @ components[:, -Z.shape[1]:].T + mean"))

alternative("torch.tensor with an explicit dtype", g,
            mut(GENERATE_DIGITS, "Z = torch.from_numpy(codes).float()", "Z = torch.tensor(codes, dtype=torch.float32)"))
MISTAKES = M
ALTERNATIVES = A
