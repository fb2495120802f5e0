"""Blind round 8: mistakes and alternatives for notebook 01_pca (written from the student notebook only)."""

NOTEBOOK = "01_pca"

# ----------------------------------------------------------------------------------------------------------
# images_to_vectors
# ----------------------------------------------------------------------------------------------------------
I2V = '''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
{body}
'''


def i2v(body):
    return I2V.format(body=body)


# ----------------------------------------------------------------------------------------------------------
# center
# ----------------------------------------------------------------------------------------------------------
CENTER = '''{pre}def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
{body}
'''


def center(body, pre=""):
    return CENTER.format(body=body, pre=pre)


# ----------------------------------------------------------------------------------------------------------
# covariance
# ----------------------------------------------------------------------------------------------------------
COV = '''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
{body}
'''


def cov(body):
    return COV.format(body=body)


# ----------------------------------------------------------------------------------------------------------
# pca_fit
# ----------------------------------------------------------------------------------------------------------
PCA_FIT = '''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
{body}
'''


def pca(body):
    return PCA_FIT.format(body=body)


# ----------------------------------------------------------------------------------------------------------
# project / reconstruct (one cell)
# ----------------------------------------------------------------------------------------------------------
PROJECT_OK = "    return (X - mean) @ components[:, :k]"
RECON_OK = "    k = Z.shape[1]\n    return Z @ components[:, :k].T + mean"
PR = '''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
{project}


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
{reconstruct}
'''


def pr(project=PROJECT_OK, reconstruct=RECON_OK):
    return PR.format(project=project, reconstruct=reconstruct)


# ----------------------------------------------------------------------------------------------------------
# sklearn_test_mse
# ----------------------------------------------------------------------------------------------------------
SK = '''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
{body}
'''


def sk(body):
    return SK.format(body=body)


SK_OK = '''    train, test = X_train.numpy(), X_test.numpy()
    pca = PCA(n_components=k).fit(train)
    test_hat = pca.inverse_transform(pca.transform(test))
    return float(((test_hat - test) ** 2).mean())'''

# ----------------------------------------------------------------------------------------------------------
# generate_digits
# ----------------------------------------------------------------------------------------------------------
GEN = '''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
{body}
'''


def gen(body):
    return GEN.format(body=body)


MISTAKES = [
    # ---------------- images_to_vectors ----------------
    dict(name="divides by 256 instead of 255 (the largest pixel maps to 0.996)", grade_id="images_to_vectors",
         source=i2v("    return images.reshape(len(images), -1).float() / 256")),
    dict(name="scales by the batch's own maximum instead of 255 (wrong when the batch has no pure-white pixel)",
         grade_id="images_to_vectors",
         source=i2v("    x = images.reshape(len(images), -1).float()\n    return x / x.max()")),
    dict(name="min-max normalises the batch instead of dividing by 255", grade_id="images_to_vectors",
         source=i2v("    x = images.reshape(len(images), -1).float()\n    return (x - x.min()) / (x.max() - x.min())")),
    dict(name="flattens column after column (transposes each image first)", grade_id="images_to_vectors",
         source=i2v("    return images.transpose(1, 2).reshape(len(images), -1).float() / 255")),
    dict(name="integer division before the cast: every pixel below 255 becomes 0", grade_id="images_to_vectors",
         source=i2v("    return (images // 255).reshape(len(images), -1).float()")),
    dict(name="casts to float16 to save memory", grade_id="images_to_vectors",
         source=i2v("    return images.reshape(len(images), -1).half() / 255")),
    dict(name="returns a NumPy array instead of a torch tensor", grade_id="images_to_vectors",
         source=i2v("    import numpy as np\n    return images.numpy().reshape(len(images), -1).astype(np.float32) / 255")),

    # ---------------- center ----------------
    dict(name="mean divided by N - 1 (unbiased-estimator confusion)", grade_id="center",
         source=center("    mean = X.sum(dim=0) / (len(X) - 1)\n    return X - mean, mean")),
    dict(name="mean estimated on the first 1000 rows only, for speed", grade_id="center",
         source=center("    mean = X[:1000].mean(dim=0)\n    return X - mean, mean")),
    dict(name="one scalar mean over all pixels instead of a mean per column", grade_id="center",
         source=center("    mean = X.mean() * torch.ones(X.shape[1], dtype=X.dtype)\n    return X - mean, mean")),
    dict(name="returns (mean, X_centered) in the wrong order", grade_id="center",
         source=center("    mean = X.mean(dim=0)\n    return mean, X - mean")),
    dict(name="mean kept with shape (1, D)", grade_id="center",
         source=center("    mean = X.mean(dim=0, keepdim=True)\n    return X - mean, mean")),
    dict(name="caches the mean by shape between calls (a second data set of the same shape reuses the first mean)",
         grade_id="center",
         source=center("    key = tuple(X.shape)\n    if key not in _MEAN_CACHE:\n        _MEAN_CACHE[key] = X.mean(dim=0)\n"
                       "    mean = _MEAN_CACHE[key]\n    return X - mean, mean", pre="_MEAN_CACHE = {}\n\n\n")),
    dict(name="median instead of mean", grade_id="center",
         source=center("    mean = X.median(dim=0).values\n    return X - mean, mean")),

    # ---------------- covariance ----------------
    dict(name="torch.cov(X) without transposing: torch.cov treats rows as variables", grade_id="covariance",
         source=cov("    return torch.cov(X_centered)")),
    dict(name="divides by D - 1 (shape[1]) instead of N - 1", grade_id="covariance",
         source=cov("    return X_centered.T @ X_centered / (X_centered.shape[1] - 1)")),
    dict(name="operator precedence: / N - 1 subtracts 1 from every entry", grade_id="covariance",
         source=cov("    N = X_centered.shape[0]\n    return X_centered.T @ X_centered / N - 1")),
    dict(name="biased normalisation 1/N", grade_id="covariance",
         source=cov("    return X_centered.T @ X_centered / len(X_centered)")),
    dict(name="torch.cov with correction=0 (biased)", grade_id="covariance",
         source=cov("    return torch.cov(X_centered.T, correction=0)")),
    dict(name="X X^T / (N - 1): the (N, N) Gram matrix", grade_id="covariance",
         source=cov("    return X_centered @ X_centered.T / (len(X_centered) - 1)")),

    # ---------------- pca_fit ----------------
    dict(name="flips the eigenvectors' rows instead of their columns", grade_id="pca_fit",
         source=pca("    X_centered, mean = center(X)\n    eigenvalues, vectors = torch.linalg.eigh(covariance(X_centered))\n"
                    "    return mean, eigenvalues.flip(0), vectors.flip(0)")),
    dict(name="sorts the eigenvalues but leaves the eigenvectors in ascending order", grade_id="pca_fit",
         source=pca("    X_centered, mean = center(X)\n    eigenvalues, vectors = torch.linalg.eigh(covariance(X_centered))\n"
                    "    return mean, eigenvalues.flip(0), vectors")),
    dict(name="argsort then indexes the rows of the eigenvector matrix", grade_id="pca_fit",
         source=pca("    X_centered, mean = center(X)\n    eigenvalues, vectors = torch.linalg.eigh(covariance(X_centered))\n"
                    "    order = torch.argsort(eigenvalues, descending=True)\n"
                    "    return mean, eigenvalues[order], vectors[order]")),
    dict(name="takes eigh's eigenvectors as rows (transposes them) before reordering", grade_id="pca_fit",
         source=pca("    X_centered, mean = center(X)\n    eigenvalues, vectors = torch.linalg.eigh(covariance(X_centered))\n"
                    "    return mean, eigenvalues.flip(0), vectors.T.flip(0)")),
    dict(name="returns the explained-variance ratios instead of the eigenvalues", grade_id="pca_fit",
         source=pca("    X_centered, mean = center(X)\n    eigenvalues, vectors = torch.linalg.eigh(covariance(X_centered))\n"
                    "    eigenvalues = eigenvalues.flip(0)\n    return mean, eigenvalues / eigenvalues.sum(), vectors.flip(1)")),
    dict(name="covariance of the uncentred data (the mean is computed but not used)", grade_id="pca_fit",
         source=pca("    X_centered, mean = center(X)\n    eigenvalues, vectors = torch.linalg.eigh(covariance(X))\n"
                    "    return mean, eigenvalues.flip(0), vectors.flip(1)")),
    dict(name="SVD with full_matrices=False: only min(N, D) components when N < D", grade_id="pca_fit",
         source=pca("    X_centered, mean = center(X)\n"
                    "    _, S, Vh = torch.linalg.svd(X_centered, full_matrices=False)\n"
                    "    return mean, S ** 2 / (len(X) - 1), Vh.T")),
    dict(name="returns the standard deviations sqrt(lambda) instead of the variances lambda",
         grade_id="pca_fit",
         source=pca("    X_centered, mean = center(X)\n    eigenvalues, vectors = torch.linalg.eigh(covariance(X_centered))\n"
                    "    return mean, eigenvalues.flip(0).clamp(min=0).sqrt(), vectors.flip(1)")),

    # ---------------- project / reconstruct ----------------
    dict(name="project centres with the batch's own mean instead of the given mean", grade_id="project_reconstruct",
         source=pr(project="    return (X - X.mean(dim=0)) @ components[:, :k]")),
    dict(name="project forgets to subtract the mean", grade_id="project_reconstruct",
         source=pr(project="    return X @ components[:, :k]")),
    dict(name="project takes the first k rows of components", grade_id="project_reconstruct",
         source=pr(project="    return (X - mean) @ components[:k].T")),
    dict(name="project takes the last k columns (eigh's ascending order habit)", grade_id="project_reconstruct",
         source=pr(project="    return (X - mean) @ components[:, -k:]")),
    dict(name="reconstruct clips the pixels to [0, 1]", grade_id="project_reconstruct",
         source=pr(reconstruct="    k = Z.shape[1]\n    return (Z @ components[:, :k].T + mean).clamp(0, 1)")),
    dict(name="reconstruct forgets to add the mean back", grade_id="project_reconstruct",
         source=pr(reconstruct="    k = Z.shape[1]\n    return Z @ components[:, :k].T")),
    dict(name="reconstruct uses the first k rows of components", grade_id="project_reconstruct",
         source=pr(reconstruct="    k = Z.shape[1]\n    return Z @ components[:k] + mean")),
    dict(name="reconstruct 're-normalises' W_k along its rows instead of its columns (exact only when k = D)",
         grade_id="project_reconstruct",
         source=pr(reconstruct="    k = Z.shape[1]\n    W = components[:, :k]\n    W = W / W.norm(dim=1, keepdim=True)\n"
                               "    return Z @ W.T + mean")),

    # ---------------- sklearn_test_mse ----------------
    dict(name="fits scikit-learn's PCA on the test vectors", grade_id="sklearn_test_mse",
         source=sk("    test = X_test.numpy()\n    pca = PCA(n_components=k)\n"
                   "    test_hat = pca.inverse_transform(pca.fit_transform(test))\n"
                   "    return float(((test_hat - test) ** 2).mean())")),
    dict(name="fits on the training and the test vectors together", grade_id="sklearn_test_mse",
         source=sk("    train, test = X_train.numpy(), X_test.numpy()\n"
                   "    pca = PCA(n_components=k).fit(np.concatenate([train, test]))\n"
                   "    test_hat = pca.inverse_transform(pca.transform(test))\n"
                   "    return float(((test_hat - test) ** 2).mean())")),
    dict(name="fits on the first 10,000 training vectors only, for speed", grade_id="sklearn_test_mse",
         source=sk("    train, test = X_train[:10000].numpy(), X_test.numpy()\n    pca = PCA(n_components=k).fit(train)\n"
                   "    test_hat = pca.inverse_transform(pca.transform(test))\n"
                   "    return float(((test_hat - test) ** 2).mean())")),
    dict(name="error summed over the pixels of each image (MSE per image, not per pixel)",
         grade_id="sklearn_test_mse",
         source=sk("    train, test = X_train.numpy(), X_test.numpy()\n    pca = PCA(n_components=k).fit(train)\n"
                   "    test_hat = pca.inverse_transform(pca.transform(test))\n"
                   "    return float(((test_hat - test) ** 2).sum(axis=1).mean())")),
    dict(name="returns a numpy.float32 instead of a Python float", grade_id="sklearn_test_mse",
         source=sk("    train, test = X_train.numpy(), X_test.numpy()\n    pca = PCA(n_components=k).fit(train)\n"
                   "    test_hat = pca.inverse_transform(pca.transform(test))\n"
                   "    return ((test_hat - test) ** 2).mean()")),
    dict(name="returns the root mean squared error", grade_id="sklearn_test_mse",
         source=sk("    train, test = X_train.numpy(), X_test.numpy()\n    pca = PCA(n_components=k).fit(train)\n"
                   "    test_hat = pca.inverse_transform(pca.transform(test))\n"
                   "    return float(np.sqrt(((test_hat - test) ** 2).mean()))")),
    dict(name="decodes by hand with the components but forgets the mean", grade_id="sklearn_test_mse",
         source=sk("    train, test = X_train.numpy(), X_test.numpy()\n    pca = PCA(n_components=k).fit(train)\n"
                   "    test_hat = pca.transform(test) @ pca.components_\n"
                   "    return float(((test_hat - test) ** 2).mean())")),

    # ---------------- generate_digits ----------------
    dict(name="samples one code per call in a loop: with an integer random_state every call returns the same code",
         grade_id="generate_digits",
         source=gen("    codes = np.concatenate([gmm.sample(1)[0] for _ in range(n)])\n"
                    "    return reconstruct(torch.from_numpy(codes).float(), mean, components)")),
    dict(name="clips the decoded pixels to [0, 1]", grade_id="generate_digits",
         source=gen("    codes, _ = gmm.sample(n)\n"
                    "    return reconstruct(torch.from_numpy(codes).float(), mean, components).clamp(0, 1)")),
    dict(name="decodes without adding the mean image", grade_id="generate_digits",
         source=gen("    codes, _ = gmm.sample(n)\n    Z = torch.from_numpy(codes).float()\n"
                    "    return Z @ components[:, :Z.shape[1]].T")),
    dict(name="uses the notebook's k_generate = 30 instead of the mixture's code size", grade_id="generate_digits",
         source=gen("    codes, _ = gmm.sample(n)\n"
                    "    return torch.from_numpy(codes).float() @ components[:, :k_generate].T + mean")),
    dict(name="samples the mixture by hand with NumPy's global random state instead of gmm.sample",
         grade_id="generate_digits",
         source=gen("    which = np.random.choice(len(gmm.weights_), size=n, p=gmm.weights_)\n"
                    "    codes = np.stack([np.random.multivariate_normal(gmm.means_[j], gmm.covariances_[j]) for j in which])\n"
                    "    return reconstruct(torch.from_numpy(codes).float(), mean, components)")),
    dict(name="decodes the means of the sampled components instead of the samples", grade_id="generate_digits",
         source=gen("    _, which = gmm.sample(n)\n    codes = gmm.means_[which]\n"
                    "    return reconstruct(torch.from_numpy(codes).float(), mean, components)")),
]

ALTERNATIVES = [
    dict(name="flatten(1) and true division", grade_id="images_to_vectors",
         source=i2v("    return images.flatten(start_dim=1).to(torch.float32).div(255.0)")),
    dict(name="float64 intermediate cast back to float32", grade_id="images_to_vectors",
         source=i2v("    return (images.reshape(-1, 28 * 28).double() / 255.0).float()")),
    dict(name="mean via sum / N, keepdim then squeeze", grade_id="center",
         source=center("    mean = (X.sum(dim=0, keepdim=True) / X.shape[0]).squeeze(0)\n    return X - mean[None, :], mean")),
    dict(name="einsum covariance", grade_id="covariance",
         source=cov("    n = X_centered.shape[0]\n    return torch.einsum('ni,nj->ij', X_centered, X_centered) / (n - 1)")),
    dict(name="torch.cov on the transposed data", grade_id="covariance",
         source=cov("    return torch.cov(X_centered.T)")),
    dict(name="argsort descending and index columns", grade_id="pca_fit",
         source=pca("    X_centered, mean = center(X)\n    C = covariance(X_centered)\n"
                    "    values, vectors = torch.linalg.eigh(C)\n    order = torch.argsort(values, descending=True)\n"
                    "    return mean, values[order], vectors[:, order]")),
    dict(name="project via components.T, reconstruct via torch.addmm", grade_id="project_reconstruct",
         source=pr(project="    W = components[:, :k]\n    return (W.T @ (X - mean).T).T",
                   reconstruct="    W = components[:, :Z.shape[1]]\n    return torch.addmm(mean.expand(len(Z), -1), Z, W.T)")),
    dict(name="whitened scikit-learn PCA (inverse_transform undoes the whitening)", grade_id="sklearn_test_mse",
         source=sk("    pca = PCA(n_components=k, whiten=True)\n    pca.fit(X_train.numpy())\n"
                   "    test = X_test.numpy().astype(np.float64)\n"
                   "    test_hat = pca.inverse_transform(pca.transform(test))\n"
                   "    return float(np.mean((test_hat - test) ** 2))")),
    dict(name="decode by hand with the mixture sample", grade_id="generate_digits",
         source=gen("    samples = gmm.sample(n)[0]\n    Z = torch.tensor(samples, dtype=torch.float32)\n"
                    "    W = components[:, :Z.shape[1]]\n    return Z @ W.T + mean")),
]
