"""Blind round 6: wrong and alternative answers for notebook 01_pca."""

NOTEBOOK = "01_pca"


def swap(base, old, new):
    """base with the one occurrence of old replaced by new (fails loudly if old is not there exactly once)."""
    assert base.count(old) == 1, (old, base)
    return base.replace(old, new)


# ---------------------------------------------------------------- correct reference answers (not emitted)
I2V = '''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.reshape(len(images), -1).float() / 255
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

COV = '''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    n = X_centered.shape[0]
    return X_centered.T @ X_centered / (n - 1)
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

PROJECT = '''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    W_k = components[:, :k]
    return (X - mean) @ W_k
'''

RECONSTRUCT = '''def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    W_k = components[:, :k]
    return Z @ W_k.T + mean
'''

SKLEARN = '''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    test = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(test))
    return float(((X_hat - test) ** 2).mean())
'''

GENERATE = '''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).float()
    return reconstruct(Z, mean, components)
'''


def pr(project=PROJECT, reconstruct=RECONSTRUCT):
    return project + "\n\n" + reconstruct


MISTAKES = [
    # ---- images_to_vectors
    dict(name="divides by 256 instead of 255 (values never reach 1)", grade_id="images_to_vectors",
         source=swap(I2V, "/ 255", "/ 256")),
    dict(name="flattens column after column (transposes each image before flattening)", grade_id="images_to_vectors",
         source=swap(I2V, "images.reshape(len(images), -1)", "images.transpose(1, 2).reshape(len(images), -1)")),
    dict(name="float64 instead of float32", grade_id="images_to_vectors",
         source=swap(I2V, ".float() / 255", ".double() / 255")),
    dict(name="scales by the batch's maximum instead of 255", grade_id="images_to_vectors",
         source=swap(I2V, "return images.reshape(len(images), -1).float() / 255",
                     "x = images.reshape(len(images), -1).float()\n    return x / x.max()")),
    dict(name="no scaling at all (values stay 0..255)", grade_id="images_to_vectors",
         source=swap(I2V, ".float() / 255", ".float()")),
    # ---- center
    dict(name="mean kept as (1, D) with keepdim=True", grade_id="center",
         source=swap(CENTER, "X.mean(dim=0)", "X.mean(dim=0, keepdim=True)")),
    dict(name="centres each row by its own mean (mean over the wrong axis)", grade_id="center",
         source=swap(CENTER, "mean = X.mean(dim=0)\n    X_centered = X - mean",
                     "mean = X.mean(dim=1)\n    X_centered = X - mean[:, None]")),
    dict(name="subtracts the mean in place, modifying the caller's X", grade_id="center",
         source=swap(CENTER, "X_centered = X - mean", "X -= mean\n    X_centered = X")),
    dict(name="mean divided by N - 1 (unbiased normalisation applied to the mean)", grade_id="center",
         source=swap(CENTER, "X.mean(dim=0)", "X.sum(dim=0) / (X.shape[0] - 1)")),
    dict(name="computes the mean in float64, so the centred data comes back float64", grade_id="center",
         source=swap(CENTER, "X.mean(dim=0)", "X.double().mean(dim=0)")),
    # ---- covariance
    dict(name="biased normalisation 1/N", grade_id="covariance",
         source=swap(COV, "/ (n - 1)", "/ n")),
    dict(name="torch.cov on the data as given (rows taken as variables): an (N, N) matrix", grade_id="covariance",
         source=swap(COV, "return X_centered.T @ X_centered / (n - 1)", "return torch.cov(X_centered)")),
    dict(name="divides by D - 1 (the wrong dimension) instead of N - 1", grade_id="covariance",
         source=swap(COV, "n = X_centered.shape[0]", "n = X_centered.shape[1]")),
    dict(name="only the per-pixel variances on the diagonal (no covariances)", grade_id="covariance",
         source=swap(COV, "return X_centered.T @ X_centered / (n - 1)",
                     "return torch.diag((X_centered ** 2).sum(dim=0) / (n - 1))")),
    # ---- pca_fit
    dict(name="keeps eigh's ascending order", grade_id="pca_fit",
         source=swap(PCA_FIT, "eigenvalues = eigenvalues.flip(0)\n    components = eigenvectors.flip(1)",
                     "components = eigenvectors")),
    dict(name="sorts the eigenvalues but not the eigenvectors", grade_id="pca_fit",
         source=swap(PCA_FIT, "components = eigenvectors.flip(1)", "components = eigenvectors")),
    dict(name="flips the rows of the eigenvector matrix instead of its columns", grade_id="pca_fit",
         source=swap(PCA_FIT, "eigenvectors.flip(1)", "eigenvectors.flip(0)")),
    dict(name="returns the eigenvectors as rows (transposed)", grade_id="pca_fit",
         source=swap(PCA_FIT, "eigenvectors.flip(1)", "eigenvectors.flip(1).T")),
    dict(name="covariance of the uncentred data", grade_id="pca_fit",
         source=swap(PCA_FIT, "C = covariance(X_centered)", "C = covariance(X)")),
    dict(name="sorts by absolute value (tiny negative eigenvalues move up)", grade_id="pca_fit",
         source=swap(PCA_FIT, "eigenvalues = eigenvalues.flip(0)\n    components = eigenvectors.flip(1)",
                     "order = torch.argsort(eigenvalues.abs(), descending=True)\n"
                     "    eigenvalues = eigenvalues[order]\n    components = eigenvectors[:, order]")),
    dict(name="returns explained-variance ratios instead of the eigenvalues", grade_id="pca_fit",
         source=swap(PCA_FIT, "eigenvalues = eigenvalues.flip(0)", "eigenvalues = eigenvalues.flip(0) / eigenvalues.sum()")),
    # ---- project / reconstruct
    dict(name="project forgets to subtract the mean", grade_id="project_reconstruct",
         source=pr(project=swap(PROJECT, "return (X - mean) @ W_k", "return X @ W_k"))),
    dict(name="project uses the first k rows of components instead of columns", grade_id="project_reconstruct",
         source=pr(project=swap(PROJECT, "W_k = components[:, :k]", "W_k = components[:k].T"))),
    dict(name="project takes the last k columns (as if eigh's ascending order were kept)", grade_id="project_reconstruct",
         source=pr(project=swap(PROJECT, "W_k = components[:, :k]", "W_k = components[:, -k:]"))),
    dict(name="project centres X in place (mutates the input)", grade_id="project_reconstruct",
         source=pr(project=swap(PROJECT, "return (X - mean) @ W_k", "X -= mean\n    return X @ W_k"))),
    dict(name="reconstruct forgets to add the mean back", grade_id="project_reconstruct",
         source=pr(reconstruct=swap(RECONSTRUCT, "return Z @ W_k.T + mean", "return Z @ W_k.T"))),
    dict(name="reconstruct uses the first k rows of components", grade_id="project_reconstruct",
         source=pr(reconstruct=swap(RECONSTRUCT, "W_k = components[:, :k]\n    return Z @ W_k.T + mean",
                                    "return Z @ components[:k, :] + mean"))),
    dict(name="reconstruct clips the pixels to [0, 1]", grade_id="project_reconstruct",
         source=pr(reconstruct=swap(RECONSTRUCT, "return Z @ W_k.T + mean", "return (Z @ W_k.T + mean).clamp(0, 1)"))),
    # ---- sklearn_test_mse
    dict(name="fits the scikit-learn PCA on the test vectors", grade_id="sklearn_test_mse",
         source=swap(SKLEARN, "pca.fit(X_train.numpy())", "pca.fit(X_test.numpy())")),
    dict(name="measures the error on the training vectors", grade_id="sklearn_test_mse",
         source=swap(SKLEARN, "test = X_test.numpy()", "test = X_train.numpy()")),
    dict(name="squared error summed over pixels (MSE per image, not per pixel)", grade_id="sklearn_test_mse",
         source=swap(SKLEARN, "return float(((X_hat - test) ** 2).mean())",
                     "return float(((X_hat - test) ** 2).sum(axis=1).mean())")),
    dict(name="returns a 0-d torch tensor instead of a Python float", grade_id="sklearn_test_mse",
         source=swap(SKLEARN, "return float(((X_hat - test) ** 2).mean())",
                     "return ((torch.from_numpy(X_hat) - X_test) ** 2).mean()")),
    # ---- generate_digits
    dict(name="casts mean and components to float64, so the images come out as float64", grade_id="generate_digits",
         source=swap(GENERATE, "Z = torch.from_numpy(codes).float()\n    return reconstruct(Z, mean, components)",
                     "Z = torch.from_numpy(codes)\n    return reconstruct(Z, mean.double(), components.double())")),
    dict(name="clips the decoded pixels to [0, 1]", grade_id="generate_digits",
         source=swap(GENERATE, "return reconstruct(Z, mean, components)",
                     "return reconstruct(Z, mean, components).clamp(0, 1)")),
    dict(name="decodes the mean of each sample's Gaussian instead of the sample", grade_id="generate_digits",
         source=swap(GENERATE, "codes, _ = gmm.sample(n)", "_, which = gmm.sample(n)\n    codes = gmm.means_[which]")),
    dict(name="decodes without adding the mean image", grade_id="generate_digits",
         source=swap(GENERATE, "return reconstruct(Z, mean, components)",
                     "return Z @ components[:, :Z.shape[1]].T")),
]


ALTERNATIVES = [
    dict(name="images_to_vectors with flatten(1) and an explicit dtype", grade_id="images_to_vectors",
         source=swap(I2V, "return images.reshape(len(images), -1).float() / 255",
                     "return images.flatten(start_dim=1).to(torch.float32).div(255.0)")),
    dict(name="center with keepdim then squeeze", grade_id="center",
         source=swap(CENTER, "mean = X.mean(dim=0)\n    X_centered = X - mean",
                     "mean2d = X.sum(dim=0, keepdim=True) / X.shape[0]\n    X_centered = X - mean2d\n    mean = mean2d.squeeze(0)")),
    dict(name="covariance with torch.cov on the transposed data", grade_id="covariance",
         source=swap(COV, "return X_centered.T @ X_centered / (n - 1)", "return torch.cov(X_centered.T)")),
    dict(name="covariance with einsum", grade_id="covariance",
         source=swap(COV, "return X_centered.T @ X_centered / (n - 1)",
                     "return torch.einsum('ni,nj->ij', X_centered, X_centered) / (n - 1)")),
    dict(name="pca_fit sorting with torch.sort(descending=True) and gathering the columns", grade_id="pca_fit",
         source=swap(PCA_FIT, "eigenvalues = eigenvalues.flip(0)\n    components = eigenvectors.flip(1)",
                     "eigenvalues, order = torch.sort(eigenvalues, descending=True)\n"
                     "    components = eigenvectors[:, order]")),
    dict(name="pca_fit with reversed index arrays on eigh of the symmetrised covariance", grade_id="pca_fit",
         source=swap(PCA_FIT, "eigenvalues, eigenvectors = torch.linalg.eigh(C)\n    eigenvalues = eigenvalues.flip(0)\n    components = eigenvectors.flip(1)",
                     "values, vectors = torch.linalg.eigh((C + C.T) / 2, UPLO='U')\n"
                     "    reverse = torch.arange(values.shape[0] - 1, -1, -1)\n"
                     "    eigenvalues = values[reverse]\n    components = vectors[:, reverse]")),
    dict(name="project and reconstruct with tensordot / addmm", grade_id="project_reconstruct",
         source='''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return torch.tensordot(X - mean[None, :], components[:, :k], dims=([1], [0]))


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    W_k = components.narrow(1, 0, Z.shape[1])
    return torch.addmm(mean.expand(Z.shape[0], -1), Z, W_k.T)
'''),
    dict(name="sklearn_test_mse with a whitening PCA (inverse_transform undoes the whitening)", grade_id="sklearn_test_mse",
         source=swap(SKLEARN, "pca = PCA(n_components=k)", "pca = PCA(n_components=k, whiten=True, svd_solver='full')")),
    dict(name="generate_digits with np.asarray(float32) and torch.as_tensor", grade_id="generate_digits",
         source=swap(GENERATE, "codes, _ = gmm.sample(n)\n    Z = torch.from_numpy(codes).float()",
                     "samples = gmm.sample(n)\n    Z = torch.as_tensor(np.asarray(samples[0], dtype=np.float32))")),
]
