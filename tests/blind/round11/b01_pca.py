NOTEBOOK = "01_pca"

# ---------------------------------------------------------------- helpers
BASE = {}


def mut(grade_id, *pairs):
    """Correct source of grade_id with each (old -> new) replacement applied (old must occur exactly once)."""
    source = BASE[grade_id]
    for old, new in zip(pairs[::2], pairs[1::2]):
        assert source.count(old) == 1, (grade_id, old, source.count(old))
        source = source.replace(old, new)
    assert source != BASE[grade_id]
    return source


def M(name, grade_id, *pairs, source=None):
    return dict(name=name, grade_id=grade_id, source=source if source is not None else mut(grade_id, *pairs))


A = M

# ---------------------------------------------------------------- correct answers
BASE["images_to_vectors"] = '''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    flat = images.reshape(images.shape[0], 784)
    return flat.to(torch.float32) / 255
'''

BASE["center"] = '''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    X_centered = X - mean
    return X_centered, mean
'''

BASE["covariance"] = '''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
    N = X_centered.shape[0]
    return X_centered.T @ X_centered / (N - 1)
'''

BASE["pca_fit"] = '''def pca_fit(X):
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

BASE["project_reconstruct"] = '''def project(X, mean, components, k):
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

BASE["sklearn_test_mse"] = '''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    test = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(test))
    return float(((X_hat - test) ** 2).mean())
'''

BASE["generate_digits"] = '''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.as_tensor(codes, dtype=torch.float32)
    return reconstruct(Z, mean, components)
'''

G = "images_to_vectors"
MISTAKES = [
    M("column-major flattening (transposes each image)", G,
      "flat = images.reshape(images.shape[0], 784)", "flat = images.transpose(1, 2).reshape(images.shape[0], 784)"),
    M("float64 result via numpy", G,
      "return flat.to(torch.float32) / 255", "return torch.from_numpy(flat.numpy() / 255.0)"),
    M("scales by the batch maximum instead of 255", G,
      "return flat.to(torch.float32) / 255", "flat = flat.to(torch.float32)\n    return flat / flat.max()"),
    M("squeeze breaks a batch of one image", G,
      "flat = images.reshape(images.shape[0], 784)",
      "images = images.squeeze()\n    flat = images.reshape(images.shape[0], -1)"),
]

G = "center"
MISTAKES += [
    M("mean returned with shape (1, D)", G, "mean = X.mean(dim=0)", "mean = X.mean(dim=0, keepdim=True)"),
    M("centres the input in place (mutates X)", G, "X_centered = X - mean", "X -= mean\n    X_centered = X"),
    M("mean divides by N - 1", G, "mean = X.mean(dim=0)", "mean = X.sum(dim=0) / (X.shape[0] - 1)"),
    M("mean computed in float64 leaks into the outputs", G, "mean = X.mean(dim=0)", "mean = X.double().mean(dim=0)"),
    M("also divides by the standard deviation", G, "X_centered = X - mean",
      "X_centered = (X - mean) / X.std(dim=0).clamp_min(1e-8)"),
]

G = "covariance"
MISTAKES += [
    M("biased normalisation 1/N", G, "@ X_centered / (N - 1)", "@ X_centered / N"),
    M("torch.cov on the wrong orientation (rows as variables)", G,
      "return X_centered.T @ X_centered / (N - 1)", "return torch.cov(X_centered)"),
    M("only the diagonal (variances), off-diagonal set to 0", G,
      "return X_centered.T @ X_centered / (N - 1)", "return torch.diag((X_centered ** 2).sum(dim=0) / (N - 1))"),
    M("operator precedence: / N - 1 subtracts 1 from every entry", G, "@ X_centered / (N - 1)", "@ X_centered / N - 1"),
    M("np.cov returns float64", G, "return X_centered.T @ X_centered / (N - 1)",
      "return torch.from_numpy(np.cov(X_centered.numpy(), rowvar=False))"),
]

G = "pca_fit"
MISTAKES += [
    M("flips the rows of the eigenvector matrix", G, "components = eigenvectors.flip(1)", "components = eigenvectors.flip(0)"),
    M("general eig + sort: complex-free but not orthonormal on repeated eigenvalues", G,
      "eigenvalues, eigenvectors = torch.linalg.eigh(C)\n    eigenvalues = eigenvalues.flip(0)\n    components = eigenvectors.flip(1)",
      "values, vectors = torch.linalg.eig(C)\n    order = values.real.argsort(descending=True)\n"
      "    eigenvalues = values.real[order]\n    components = vectors.real[:, order]"),
    M("sorts the eigenvalues but reorders the rows of the eigenvectors", G,
      "eigenvalues = eigenvalues.flip(0)\n    components = eigenvectors.flip(1)",
      "eigenvalues, order = eigenvalues.sort(descending=True)\n    components = eigenvectors[order]"),
    M("sorts by absolute value (tiny negative eigenvalues out of order)", G,
      "eigenvalues = eigenvalues.flip(0)\n    components = eigenvectors.flip(1)",
      "order = eigenvalues.abs().argsort(descending=True)\n    eigenvalues = eigenvalues[order]\n    components = eigenvectors[:, order]"),
    M("biased covariance inlined instead of covariance()", G, "C = covariance(X_centered)",
      "C = X_centered.T @ X_centered / X_centered.shape[0]"),
    M("eigh in float64 and not cast back", G, "C = covariance(X_centered)", "C = covariance(X_centered).double()"),
    M("thin SVD: components (D, min(N, D)) and eigenvalues too short when N < D", G,
      "C = covariance(X_centered)\n    eigenvalues, eigenvectors = torch.linalg.eigh(C)\n    eigenvalues = eigenvalues.flip(0)\n    components = eigenvectors.flip(1)",
      "_, S, Vh = torch.linalg.svd(X_centered, full_matrices=False)\n    eigenvalues = S ** 2 / (X.shape[0] - 1)\n    components = Vh.T"),
]

G = "project_reconstruct"
MISTAKES += [
    M("project centres X in place (mutates the caller's data)", G,
      "W_k = components[:, :k]\n    return (X - mean) @ W_k", "W_k = components[:, :k]\n    X -= mean\n    return X @ W_k"),
    M("reconstruct reads k from the number of rows", G, "    k = Z.shape[1]\n", "    k = Z.shape[0]\n"),
    M("project centres with the batch's own mean instead of the given mean", G,
      "return (X - mean) @ W_k", "return (X - X.mean(dim=0)) @ W_k"),
    M("reconstruct multiplies by rows of components", G, "return Z @ W_k.T + mean", "return Z @ components[:k, :] + mean"),
]

G = "sklearn_test_mse"
MISTAKES += [
    M("returns a torch tensor instead of a Python float", G, "return float(((X_hat - test) ** 2).mean())",
      "return torch.from_numpy(X_hat - test).pow(2).mean()"),
    M("error per image (summed over pixels) instead of per pixel", G, "return float(((X_hat - test) ** 2).mean())",
      "return float(((X_hat - test) ** 2).sum(axis=1).mean())"),
    M("off by one in the number of components", G, "pca = PCA(n_components=k)", "pca = PCA(n_components=k + 1)"),
    M("decodes without the PCA mean", G, "X_hat = pca.inverse_transform(pca.transform(test))",
      "X_hat = pca.transform(test) @ pca.components_"),
    M("fits on a subset of the training images for speed", G, "pca.fit(X_train.numpy())", "pca.fit(X_train[:5000].numpy())"),
]

G = "generate_digits"
MISTAKES += [
    M("decodes in numpy: float64 result", G,
      "Z = torch.as_tensor(codes, dtype=torch.float32)\n    return reconstruct(Z, mean, components)",
      "k = codes.shape[1]\n    X = codes @ components[:, :k].numpy().T + mean.numpy()\n    return torch.from_numpy(X)"),
    M("clips the pixels to [0, 1]", G, "return reconstruct(Z, mean, components)",
      "return reconstruct(Z, mean, components).clamp(0, 1)"),
    M("returns the mixture's component means instead of samples", G, "codes, _ = gmm.sample(n)",
      "codes = gmm.means_[np.random.randint(0, gmm.n_components, n)]"),
    M("hard-coded k = 30 (the notebook's global)", G,
      "Z = torch.as_tensor(codes, dtype=torch.float32)\n    return reconstruct(Z, mean, components)",
      "Z = torch.as_tensor(codes, dtype=torch.float32)\n    return Z @ components[:, :30].T + mean"),
    M("equal number of samples per component, ignoring weights (and n not divisible)", G, "codes, _ = gmm.sample(n)",
      "per = n // gmm.n_components\n"
      "    codes = np.concatenate([np.random.multivariate_normal(gmm.means_[j], gmm.covariances_[j], per)\n"
      "                            for j in range(gmm.n_components)])"),
]

ALTERNATIVES = [
    A("flatten(1) and div", "images_to_vectors",
      "flat = images.reshape(images.shape[0], 784)\n    return flat.to(torch.float32) / 255",
      "return images.flatten(start_dim=1).float().div(255.0)"),
    A("keepdim mean then squeeze", "center",
      "mean = X.mean(dim=0)\n    X_centered = X - mean",
      "mean_row = X.mean(dim=0, keepdim=True)\n    X_centered = X - mean_row\n    mean = mean_row.squeeze(0)"),
    A("torch.cov on the transpose", "covariance",
      "N = X_centered.shape[0]\n    return X_centered.T @ X_centered / (N - 1)",
      "return torch.cov(X_centered.T)"),
    A("einsum covariance", "covariance",
      "return X_centered.T @ X_centered / (N - 1)",
      "return torch.einsum('nd,ne->de', X_centered, X_centered) / (N - 1)"),
    A("argsort descending and index columns", "pca_fit",
      "eigenvalues = eigenvalues.flip(0)\n    components = eigenvectors.flip(1)",
      "order = torch.argsort(eigenvalues, descending=True)\n    eigenvalues = eigenvalues[order]\n    components = eigenvectors[:, order]"),
    A("sign-normalised eigenvectors (largest entry positive)", "pca_fit",
      "components = eigenvectors.flip(1)",
      "components = eigenvectors.flip(1)\n    signs = torch.sign(components[components.abs().argmax(dim=0), torch.arange(components.shape[1])])\n"
      "    components = components * torch.where(signs == 0, torch.ones_like(signs), signs)"),
    A("transpose form of the decoder", "project_reconstruct",
      "return Z @ W_k.T + mean", "return (W_k @ Z.T).T + mean[None, :]"),
    A("sklearn mean_squared_error", "sklearn_test_mse",
      "return float(((X_hat - test) ** 2).mean())",
      "from sklearn.metrics import mean_squared_error\n    return float(mean_squared_error(test, X_hat))"),
    A("whitened PCA (inverse_transform undoes it)", "sklearn_test_mse",
      "pca = PCA(n_components=k)", "pca = PCA(n_components=k, whiten=True)"),
    A("from_numpy then float", "generate_digits",
      "Z = torch.as_tensor(codes, dtype=torch.float32)", "Z = torch.from_numpy(np.asarray(codes)).float()"),
]
