NOTEBOOK = "01_pca"

_ITV = '''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
'''
_CEN = '''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
'''
_COV = '''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
'''
_FIT = '''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
'''
_PROJ = '''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
'''
_REC = '''def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
'''
_SK = '''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
'''
_GEN = '''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
'''
_P_OK = "    return (X - mean) @ components[:, :k]\n"
_R_OK = "    k = Z.shape[1]\n    return Z @ components[:, :k].T + mean\n"
def _pr(p_body, r_body):
    return _PROJ + p_body + "\n\n" + _REC + r_body

MISTAKES = [
    # images_to_vectors
    dict(name="flattens column by column (transpose before reshape)", grade_id="images_to_vectors",
         source=_ITV + "    return images.transpose(1, 2).reshape(len(images), -1).float() / 255\n"),
    dict(name="divides by 256 instead of 255", grade_id="images_to_vectors",
         source=_ITV + "    return images.reshape(len(images), 784).float() / 256\n"),
    dict(name="returns float64 instead of float32", grade_id="images_to_vectors",
         source=_ITV + "    return images.reshape(len(images), 784).double() / 255\n"),
    dict(name="min-max normalisation of the batch instead of /255", grade_id="images_to_vectors",
         source=_ITV + "    x = images.reshape(len(images), 784).float()\n    return (x - x.min()) / (x.max() - x.min())\n"),
    # center
    dict(name="mean kept with shape (1, D)", grade_id="center",
         source=_CEN + "    mean = X.mean(dim=0, keepdim=True)\n    return X - mean, mean\n"),
    dict(name="centres in place, modifying the caller's X", grade_id="center",
         source=_CEN + "    mean = X.mean(dim=0)\n    X -= mean\n    return X, mean\n"),
    dict(name="mean with N-1 denominator", grade_id="center",
         source=_CEN + "    mean = X.sum(dim=0) / (len(X) - 1)\n    return X - mean, mean\n"),
    dict(name="median instead of mean", grade_id="center",
         source=_CEN + "    mean = X.median(dim=0).values\n    return X - mean, mean\n"),
    # covariance
    dict(name="biased normalisation 1/N", grade_id="covariance",
         source=_COV + "    return X_centered.T @ X_centered / len(X_centered)\n"),
    dict(name="divides by D - 1 instead of N - 1", grade_id="covariance",
         source=_COV + "    return X_centered.T @ X_centered / (X_centered.shape[1] - 1)\n"),
    dict(name="torch.cov on rows = variables (forgets transpose)", grade_id="covariance",
         source=_COV + "    return torch.cov(X_centered)\n"),
    dict(name="elementwise variance only (diagonal covariance)", grade_id="covariance",
         source=_COV + "    return torch.diag((X_centered ** 2).sum(0) / (len(X_centered) - 1))\n"),
    # pca_fit
    dict(name="keeps eigh's ascending order", grade_id="pca_fit",
         source=_FIT + "    Xc, mean = center(X)\n    eigenvalues, components = torch.linalg.eigh(covariance(Xc))\n    return mean, eigenvalues, components\n"),
    dict(name="flips eigenvalues but not the eigenvectors", grade_id="pca_fit",
         source=_FIT + "    Xc, mean = center(X)\n    eigenvalues, components = torch.linalg.eigh(covariance(Xc))\n    return mean, eigenvalues.flip(0), components\n"),
    dict(name="treats eigenvectors as rows (flips rows, returns transposed)", grade_id="pca_fit",
         source=_FIT + "    Xc, mean = center(X)\n    eigenvalues, vectors = torch.linalg.eigh(covariance(Xc))\n    return mean, eigenvalues.flip(0), vectors.T.flip(0)\n"),
    dict(name="covariance of uncentred data", grade_id="pca_fit",
         source=_FIT + "    _, mean = center(X)\n    eigenvalues, vectors = torch.linalg.eigh(covariance(X))\n    return mean, eigenvalues.flip(0), vectors.flip(1)\n"),
    dict(name="sorts by absolute value of eigenvalue and flips only values", grade_id="pca_fit",
         source=_FIT + "    Xc, mean = center(X)\n    eigenvalues, vectors = torch.linalg.eigh(covariance(Xc))\n    order = eigenvalues.argsort(descending=True)\n    return mean, eigenvalues[order], vectors[order]\n"),
    # project / reconstruct
    dict(name="project forgets to subtract the mean", grade_id="project_reconstruct",
         source=_pr("    return X @ components[:, :k]\n", _R_OK)),
    dict(name="project uses rows of components", grade_id="project_reconstruct",
         source=_pr("    return (X - mean) @ components[:k].T\n", _R_OK)),
    dict(name="reconstruct forgets to add the mean back", grade_id="project_reconstruct",
         source=_pr(_P_OK, "    k = Z.shape[1]\n    return Z @ components[:, :k].T\n")),
    dict(name="project uses the last k components", grade_id="project_reconstruct",
         source=_pr("    return (X - mean) @ components[:, -k:]\n", _R_OK)),
    dict(name="reconstruct uses rows: Z @ components[:k]", grade_id="project_reconstruct",
         source=_pr(_P_OK, "    k = Z.shape[1]\n    return Z @ components[:k] + mean\n")),
    dict(name="project normalises each centred row to unit norm before projecting", grade_id="project_reconstruct",
         source=_pr("    Xc = X - mean\n    return Xc @ components[:, :k] / Xc.norm(dim=1, keepdim=True).clamp_min(1e-12)\n", _R_OK)),
    # sklearn_test_mse
    dict(name="fits the PCA on the test set", grade_id="sklearn_test_mse",
         source=_SK + "    pca = PCA(n_components=k).fit(X_test.numpy())\n    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))\n    return float(((X_hat - X_test.numpy()) ** 2).mean())\n"),
    dict(name="error per image (sum over pixels) instead of per pixel", grade_id="sklearn_test_mse",
         source=_SK + "    pca = PCA(n_components=k).fit(X_train.numpy())\n    Xt = X_test.numpy()\n    X_hat = pca.inverse_transform(pca.transform(Xt))\n    return float(((X_hat - Xt) ** 2).sum(axis=1).mean())\n"),
    dict(name="measures the error on the training set", grade_id="sklearn_test_mse",
         source=_SK + "    Xtr = X_train.numpy()\n    pca = PCA(n_components=k).fit(Xtr)\n    X_hat = pca.inverse_transform(pca.transform(Xtr))\n    return float(((X_hat - Xtr) ** 2).mean())\n"),
    dict(name="returns RMSE", grade_id="sklearn_test_mse",
         source=_SK + "    pca = PCA(n_components=k).fit(X_train.numpy())\n    Xt = X_test.numpy()\n    X_hat = pca.inverse_transform(pca.transform(Xt))\n    return float(np.sqrt(((X_hat - Xt) ** 2).mean()))\n"),
    dict(name="returns a numpy float32 scalar, not a Python float", grade_id="sklearn_test_mse",
         source=_SK + "    pca = PCA(n_components=k).fit(X_train.numpy())\n    Xt = X_test.numpy()\n    X_hat = pca.inverse_transform(pca.transform(Xt))\n    return ((X_hat - Xt) ** 2).mean()\n"),
    # generate_digits
    dict(name="clips the pixels to [0, 1]", grade_id="generate_digits",
         source=_GEN + "    z, _ = gmm.sample(n)\n    return reconstruct(torch.tensor(z, dtype=torch.float32), mean, components).clamp(0, 1)\n"),
    dict(name="returns float64 (decodes in double)", grade_id="generate_digits",
         source=_GEN + "    z, _ = gmm.sample(n)\n    return reconstruct(torch.from_numpy(z), mean.double(), components.double())\n"),
    dict(name="samples codes from N(0, I) instead of the mixture", grade_id="generate_digits",
         source=_GEN + "    k = gmm.means_.shape[1]\n    z = torch.randn(n, k)\n    return reconstruct(z, mean, components)\n"),
    dict(name="one gmm.sample(1) per image: identical samples with integer random_state", grade_id="generate_digits",
         source=_GEN + "    codes = [torch.tensor(gmm.sample(1)[0], dtype=torch.float32) for _ in range(n)]\n    return reconstruct(torch.cat(codes), mean, components)\n"),
    dict(name="decodes the component means of random components (no within-component noise)", grade_id="generate_digits",
         source=_GEN + "    _, labels = gmm.sample(n)\n    z = torch.tensor(gmm.means_[labels], dtype=torch.float32)\n    return reconstruct(z, mean, components)\n"),
]

ALTERNATIVES = [
    dict(name="true division of uint8 gives float32; view(-1, 784)", grade_id="images_to_vectors",
         source=_ITV + "    return images.view(-1, 28 * 28) / 255\n"),
    dict(name="flatten(1) then to(float32).div", grade_id="images_to_vectors",
         source=_ITV + "    return images.flatten(start_dim=1).to(torch.float32).div(255.0)\n"),
    dict(name="sum / N mean, out of place", grade_id="center",
         source=_CEN + "    mean = X.sum(0) / X.shape[0]\n    X_centered = X - mean[None, :]\n    return X_centered, mean\n"),
    dict(name="torch.cov of the transposed data", grade_id="covariance",
         source=_COV + "    return torch.cov(X_centered.T)\n"),
    dict(name="einsum", grade_id="covariance",
         source=_COV + "    n = X_centered.shape[0]\n    return torch.einsum('ni,nj->ij', X_centered, X_centered) / (n - 1)\n"),
    dict(name="argsort descending and index columns", grade_id="pca_fit",
         source=_FIT + "    Xc, mean = center(X)\n    values, vectors = torch.linalg.eigh(covariance(Xc))\n    order = torch.argsort(values, descending=True)\n    return mean, values[order], vectors[:, order]\n"),
    dict(name="flip with dims", grade_id="pca_fit",
         source=_FIT + "    Xc, mean = center(X)\n    C = covariance(Xc)\n    L, V = torch.linalg.eigh(C)\n    return mean, torch.flip(L, dims=[0]), torch.flip(V, dims=[1])\n"),
    dict(name="matmul with transposed slices; reconstruct via addmm-like expression", grade_id="project_reconstruct",
         source=_pr("    W = components[:, :k]\n    return (W.T @ (X - mean).T).T\n",
                    "    W = components[:, : Z.shape[1]]\n    return mean + torch.matmul(Z, W.transpose(0, 1))\n")),
    dict(name="torch arithmetic and sklearn's fit_transform on train", grade_id="sklearn_test_mse",
         source=_SK + "    pca = PCA(n_components=k)\n    pca.fit(X_train.cpu().numpy())\n    X_hat = torch.from_numpy(pca.inverse_transform(pca.transform(X_test.cpu().numpy())))\n    return ((X_hat.double() - X_test.double()) ** 2).mean().item()\n"),
    dict(name="as_tensor float32 and explicit decoding", grade_id="generate_digits",
         source=_GEN + "    codes, _components_ids = gmm.sample(n)\n    Z = torch.as_tensor(codes, dtype=torch.float32)\n    k = Z.shape[1]\n    return (Z @ components[:, :k].T + mean).float()\n"),
]
