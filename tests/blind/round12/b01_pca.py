"""Blind round 12: wrong and alternative answers for 01_pca."""

NOTEBOOK = "01_pca"


def _variant(base, old, new, count=1):
    found = base.count(old)
    if found != count:
        raise ValueError(f"expected {count} occurrence(s) of {old!r}, found {found}")
    return base.replace(old, new)


def _make(items):
    out = []
    for item in items:
        if len(item) == 3:
            name, gid, source = item
        else:
            name, gid, old, new, *rest = item
            source = _variant(BASE[gid], old, new, *rest)
        out.append(dict(name=name, grade_id=gid, source=source))
    return out


BASE = {}

BASE["images_to_vectors"] = r'''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.reshape(len(images), -1).to(torch.float32) / 255
'''

BASE["center"] = r'''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    X_centered = X - mean
    return X_centered, mean
'''

BASE["covariance"] = r'''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    return X_centered.T @ X_centered / (N - 1)
'''

BASE["pca_fit"] = r'''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
    X_centered, mean = center(X)
    C = covariance(X_centered)
    eigenvalues, eigenvectors = torch.linalg.eigh(C)
    return mean, eigenvalues.flip(0), eigenvectors.flip(1)
'''

BASE["project_reconstruct"] = r'''def project(X, mean, components, k):
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

BASE["sklearn_test_mse"] = r'''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    test = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(test))
    return float(((X_hat - test) ** 2).mean())
'''

BASE["generate_digits"] = r'''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z, mean, components)
'''

_I, _C, _V, _P, _PR, _S, _G = ("images_to_vectors", "center", "covariance", "pca_fit", "project_reconstruct",
                               "sklearn_test_mse", "generate_digits")

MISTAKES = _make([
    # images_to_vectors
    ("column-major flattening: transposes each image before flattening", _I,
     "images.reshape(len(images), -1)", "images.transpose(1, 2).reshape(len(images), -1)"),
    ("normalises by the batch maximum instead of 255 (right only when the batch contains a 255)", _I,
     ".to(torch.float32) / 255", ".to(torch.float32) / images.max()"),
    ("view instead of reshape: fails on a non-contiguous batch", _I,
     "images.reshape(len(images), -1)", "images.view(len(images), 784)"),
    ("goes through numpy: float64 result", _I, "return images.reshape(len(images), -1).to(torch.float32) / 255",
     "return torch.from_numpy(images.numpy().reshape(len(images), -1) / 255)"),
    # center
    ("mean returned with shape (1, D) (keepdim)", _C, "X.mean(dim=0)", "X.mean(dim=0, keepdim=True)"),
    ("centres X in place (mutates the argument)", _C, "    X_centered = X - mean\n",
     "    X -= mean\n    X_centered = X\n"),
    ("returns a list instead of a tuple", _C, "return X_centered, mean", "return [X_centered, mean]"),
    ("mean divides the sum by N - 1", _C, "X.mean(dim=0)", "X.sum(dim=0) / (X.shape[0] - 1)"),
    ("mean accumulated in float64 and returned as float64", _C, "X.mean(dim=0)", "X.double().mean(dim=0)"),
    # covariance
    ("biased normalisation 1/N", _V, "@ X_centered / (N - 1)", "@ X_centered / N"),
    ("operator precedence: divides by N and then subtracts 1 from every entry", _V, "@ X_centered / (N - 1)", "@ X_centered / N - 1"),
    ("torch.cov on the rows (treats samples as variables)", _V,
     "return X_centered.T @ X_centered / (N - 1)", "return torch.cov(X_centered)"),
    ("N read from the wrong axis (number of features)", _V, "N = X_centered.shape[0]", "N = X_centered.shape[1]"),
    ("numpy cov: float64 result", _V, "return X_centered.T @ X_centered / (N - 1)",
     "return torch.from_numpy(np.cov(X_centered.numpy(), rowvar=False))"),
    # pca_fit
    ("eigenvalues reversed but not the eigenvectors", _P,
     "eigenvalues.flip(0), eigenvectors.flip(1)", "eigenvalues.flip(0), eigenvectors"),
    ("eigenvectors reversed along the rows instead of the columns", _P,
     "eigenvectors.flip(1)", "eigenvectors.flip(0)"),
    ("covariance of the uncentred data", _P, "C = covariance(X_centered)", "C = covariance(X)"),
    ("sorts by absolute eigenvalue: tiny negative eigenvalues break the descending order", _P,
     "    return mean, eigenvalues.flip(0), eigenvectors.flip(1)\n",
     "    order = torch.argsort(eigenvalues.abs(), descending=True)\n"
     "    return mean, eigenvalues[order], eigenvectors[:, order]\n"),
    ("general torch.linalg.eig: eigenvectors of repeated eigenvalues need not be orthogonal", _P,
     "    eigenvalues, eigenvectors = torch.linalg.eigh(C)\n    return mean, eigenvalues.flip(0), eigenvectors.flip(1)\n",
     "    values, vectors = torch.linalg.eig(C)\n    values, vectors = values.real, vectors.real\n"
     "    order = torch.argsort(values, descending=True)\n    return mean, values[order], vectors[:, order]\n"),
    ("economy SVD of the data: components (D, min(N, D)) when N < D", _P,
     "    C = covariance(X_centered)\n    eigenvalues, eigenvectors = torch.linalg.eigh(C)\n"
     "    return mean, eigenvalues.flip(0), eigenvectors.flip(1)\n",
     "    U, S, Vh = torch.linalg.svd(X_centered, full_matrices=False)\n"
     "    return mean, S ** 2 / (len(X) - 1), Vh.T\n"),
    # project / reconstruct
    ("project uses the first k rows of components instead of columns", _PR,
     "    W_k = components[:, :k]\n    return (X - mean) @ W_k", "    W_k = components[:k].T\n    return (X - mean) @ W_k"),
    ("project skips the first component (off by one)", _PR,
     "    W_k = components[:, :k]\n    return (X - mean) @ W_k", "    W_k = components[:, 1:k + 1]\n    return (X - mean) @ W_k"),
    ("project centres X in place (mutates the argument)", _PR, "    return (X - mean) @ W_k",
     "    X -= mean\n    return X @ W_k"),
    ("reconstruct forgets to add the mean back", _PR, "return Z @ W_k.T + mean", "return Z @ W_k.T"),
    ("reconstruct uses the first k rows of components instead of the columns", _PR,
     "    k = Z.shape[1]\n    W_k = components[:, :k]\n    return Z @ W_k.T + mean",
     "    k = Z.shape[1]\n    return Z @ components[:k] + mean"),
    ("reconstruct reads k from the number of rows of Z", _PR, "    k = Z.shape[1]\n", "    k = len(Z)\n"),
    # sklearn_test_mse
    ("fits the PCA on the test vectors", _S, "pca.fit(X_train.numpy())", "pca.fit(X_test.numpy())"),
    ("returns a numpy float32 instead of a Python float", _S, "return float(((X_hat - test) ** 2).mean())",
     "return ((X_hat - test) ** 2).mean()"),
    ("error summed over the pixels of each image (per image, not per pixel)", _S,
     "((X_hat - test) ** 2).mean()", "((X_hat - test) ** 2).sum(axis=1).mean()"),
    ("fits on train and test together", _S, "pca.fit(X_train.numpy())",
     "pca.fit(np.concatenate([X_train.numpy(), X_test.numpy()]))"),
    # generate_digits
    ("clips the samples to [0, 1]", _G, "return reconstruct(Z, mean, components)",
     "return reconstruct(Z, mean, components).clamp(0, 1)"),
    ("decodes in float64 (returns float64)", _G,
     "    Z = torch.from_numpy(codes).to(torch.float32)\n    return reconstruct(Z, mean, components)",
     "    Z = torch.from_numpy(codes)\n    return reconstruct(Z, mean.double(), components.double())"),
    ("reseeds the mixture (mutates gmm.random_state) before sampling", _G, "    codes, _ = gmm.sample(n)\n",
     "    gmm.set_params(random_state=0)\n    codes, _ = gmm.sample(n)\n"),
    ("hard-codes k = 30 (the notebook's k_generate)", _G, "    return reconstruct(Z, mean, components)",
     "    return Z @ components[:, :30].T + mean"),
    ("decodes the mixture means of the sampled components instead of the samples", _G,
     "    codes, _ = gmm.sample(n)\n", "    _, which = gmm.sample(n)\n    codes = gmm.means_[which]\n"),
])

ALTERNATIVES = _make([
    ("flatten(1) and div", _I, "return images.reshape(len(images), -1).to(torch.float32) / 255",
     "return images.flatten(start_dim=1).float().div(255.0)"),
    ("mean as sum / N", _C, "mean = X.mean(dim=0)", "mean = X.sum(dim=0) / X.shape[0]"),
    ("einsum covariance", _V, "return X_centered.T @ X_centered / (N - 1)",
     "return torch.einsum(\"ni,nj->ij\", X_centered, X_centered) / (N - 1)"),
    ("argsort descending with index", _P, "    return mean, eigenvalues.flip(0), eigenvectors.flip(1)\n",
     "    order = torch.argsort(eigenvalues, descending=True)\n"
     "    return mean, eigenvalues[order], eigenvectors[:, order]\n"),
    ("torch.mm / addmm", _PR, "    W_k = components[:, :k]\n    return Z @ W_k.T + mean",
     "    return torch.addmm(mean.expand(len(Z), -1), Z, components[:, :Z.shape[1]].T)"),
    ("project as X W - mean W", _PR, "    W_k = components[:, :k]\n    return (X - mean) @ W_k",
     "    W_k = components[:, :k]\n    return X @ W_k - mean @ W_k"),
    ("fit_transform on the training vectors", _S,
     "    pca.fit(X_train.numpy())\n", "    pca.fit_transform(X_train.numpy())\n"),
    ("whitened PCA: inverse_transform undoes the whitening", _S,
     "PCA(n_components=k)", "PCA(n_components=k, whiten=True)"),
    ("as_tensor with dtype", _G, "Z = torch.from_numpy(codes).to(torch.float32)",
     "Z = torch.as_tensor(codes, dtype=torch.float32)"),
])
