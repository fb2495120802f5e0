NOTEBOOK = "01_pca"

_I2V = '''def images_to_vectors(images):
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
_PCA = '''def pca_fit(X):
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

PROJ_OK = '''    return (X - mean) @ components[:, :k]
'''
REC_OK = '''    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''

def _pr(p, r):
    return _PROJ + p + "\n\n" + _REC + r

MISTAKES = [
    # images_to_vectors
    dict(name="column-major flatten (transpose before reshape)", grade_id="images_to_vectors",
         source=_I2V + '''    return images.transpose(1, 2).reshape(len(images), -1).float() / 255
'''),
    dict(name="divides by 256 instead of 255", grade_id="images_to_vectors",
         source=_I2V + '''    return images.reshape(images.shape[0], 784).to(torch.float32) / 256
'''),
    dict(name="float64 output via numpy", grade_id="images_to_vectors",
         source=_I2V + '''    arr = images.numpy().reshape(len(images), 784) / 255.0
    return torch.from_numpy(arr)
'''),
    dict(name="per-batch max scaling instead of 255", grade_id="images_to_vectors",
         source=_I2V + '''    x = images.reshape(len(images), -1).float()
    return x / x.max()
'''),
    # center
    dict(name="mean over the wrong axis (per-row mean)", grade_id="center",
         source=_CEN + '''    mean = X.mean(dim=1, keepdim=True)
    return X - mean, mean.squeeze(1)
'''),
    dict(name="returns mean with keepdim (1, D)", grade_id="center",
         source=_CEN + '''    mean = X.mean(dim=0, keepdim=True)
    return X - mean, mean
'''),
    dict(name="in-place subtraction modifies the input", grade_id="center",
         source=_CEN + '''    mean = X.mean(dim=0)
    X -= mean
    return X, mean
'''),
    dict(name="centres with the median", grade_id="center",
         source=_CEN + '''    mean = X.median(dim=0).values
    return X - mean, mean
'''),
    # covariance
    dict(name="biased normalisation 1/N", grade_id="covariance",
         source=_COV + '''    return X_centered.T @ X_centered / X_centered.shape[0]
'''),
    dict(name="divides by D-1 instead of N-1", grade_id="covariance",
         source=_COV + '''    return X_centered.T @ X_centered / (X_centered.shape[1] - 1)
'''),
    dict(name="correlation matrix (torch.corrcoef) instead of covariance", grade_id="covariance",
         source=_COV + '''    return torch.corrcoef(X_centered.T)
'''),
    # pca_fit
    dict(name="ascending order kept (eigh default)", grade_id="pca_fit",
         source=_PCA + '''    Xc, mean = center(X)
    C = covariance(Xc)
    eigenvalues, components = torch.linalg.eigh(C)
    return mean, eigenvalues, components
'''),
    dict(name="eigenvalues flipped but eigenvectors not", grade_id="pca_fit",
         source=_PCA + '''    Xc, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(Xc))
    return mean, eigenvalues.flip(0), components
'''),
    dict(name="rows flipped instead of columns", grade_id="pca_fit",
         source=_PCA + '''    Xc, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(Xc))
    return mean, eigenvalues.flip(0), components.flip(0)
'''),
    dict(name="returns eigenvectors as rows (transposed)", grade_id="pca_fit",
         source=_PCA + '''    Xc, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(Xc))
    order = torch.argsort(eigenvalues, descending=True)
    return mean, eigenvalues[order], components[:, order].T
'''),
    dict(name="covariance of uncentred data", grade_id="pca_fit",
         source=_PCA + '''    _, mean = center(X)
    eigenvalues, components = torch.linalg.eigh(covariance(X))
    return mean, eigenvalues.flip(0), components.flip(1)
'''),
    # project/reconstruct
    dict(name="project forgets to subtract mean", grade_id="project_reconstruct",
         source=_pr('''    return X @ components[:, :k]
''', REC_OK)),
    dict(name="project uses the last k components", grade_id="project_reconstruct",
         source=_pr('''    return (X - mean) @ components[:, -k:]
''', REC_OK)),
    dict(name="project uses rows of components (W^T)", grade_id="project_reconstruct",
         source=_pr('''    return (X - mean) @ components[:k].T
''', REC_OK)),
    dict(name="reconstruct forgets to add mean", grade_id="project_reconstruct",
         source=_pr(PROJ_OK, '''    k = Z.shape[1]
    return Z @ components[:, :k].T
''')),
    dict(name="reconstruct multiplies by the first k ROWS of components", grade_id="project_reconstruct",
         source=_pr(PROJ_OK, '''    k = Z.shape[1]
    return Z @ components[:k] + mean
''')),
    dict(name="reconstruct clips to [0,1]", grade_id="project_reconstruct",
         source=_pr(PROJ_OK, '''    k = Z.shape[1]
    return (Z @ components[:, :k].T + mean).clamp(0, 1)
''')),
    # sklearn_test_mse
    dict(name="sum over pixels, mean over images (per image, not per pixel)", grade_id="sklearn_test_mse",
         source=_SK + '''    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).sum(axis=1).mean())
'''),
    dict(name="fits PCA on the test set", grade_id="sklearn_test_mse",
         source=_SK + '''    pca = PCA(n_components=k)
    Z = pca.fit_transform(X_test.numpy())
    X_hat = pca.inverse_transform(Z)
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name="returns a 0-d tensor instead of a Python float", grade_id="sklearn_test_mse",
         source=_SK + '''    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return torch.tensor(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    dict(name="RMSE instead of MSE", grade_id="sklearn_test_mse",
         source=_SK + '''    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(np.sqrt(((X_hat - X_test.numpy()) ** 2).mean()))
'''),
    dict(name="off-by-one: k + 1 components", grade_id="sklearn_test_mse",
         source=_SK + '''    pca = PCA(n_components=k + 1).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
    # generate_digits
    dict(name="returns float64", grade_id="generate_digits",
         source=_GEN + '''    codes, _ = gmm.sample(n)
    return reconstruct(torch.from_numpy(codes), mean.double(), components.double())
'''),
    dict(name="clips the pixel values", grade_id="generate_digits",
         source=_GEN + '''    codes, _ = gmm.sample(n)
    return reconstruct(torch.as_tensor(codes, dtype=torch.float32), mean, components).clamp(0, 1)
'''),
    dict(name="draws from gmm.means_ + torch noise instead of gmm.sample", grade_id="generate_digits",
         source=_GEN + '''    idx = torch.randint(len(gmm.means_), (n,))
    means = torch.as_tensor(gmm.means_, dtype=torch.float32)[idx]
    stds = torch.as_tensor(np.sqrt(np.stack([np.diag(c) for c in gmm.covariances_])), dtype=torch.float32)[idx]
    return reconstruct(means + stds * torch.randn_like(means), mean, components)
'''),
    dict(name="samples 2n and keeps the first n (different draws)", grade_id="generate_digits",
         source=_GEN + '''    codes, _ = gmm.sample(2 * n)
    return reconstruct(torch.as_tensor(codes[:n], dtype=torch.float32), mean, components)
'''),
]

ALTERNATIVES = [
    dict(name="flatten via view + mul", grade_id="images_to_vectors",
         source=_I2V + '''    return images.flatten(start_dim=1).to(torch.float32).mul(1.0 / 255.0)
'''),
    dict(name="center with sum / N", grade_id="center",
         source=_CEN + '''    mean = X.sum(0) / X.shape[0]
    return X - mean.unsqueeze(0), mean
'''),
    dict(name="covariance via einsum", grade_id="covariance",
         source=_COV + '''    n = X_centered.shape[0]
    return torch.einsum("ni,nj->ij", X_centered, X_centered) / (n - 1)
'''),
    dict(name="pca_fit with argsort", grade_id="pca_fit",
         source=_PCA + '''    Xc, mean = center(X)
    vals, vecs = torch.linalg.eigh(covariance(Xc))
    order = torch.argsort(vals, descending=True)
    return mean, vals[order], vecs[:, order]
'''),
    dict(name="project/reconstruct with matmul on transposes", grade_id="project_reconstruct",
         source=_pr('''    W = components[:, :k]
    return (W.T @ (X - mean).T).T
''', '''    W = components[:, :Z.shape[1]]
    return torch.addmm(mean.expand(Z.shape[0], -1), Z, W.T)
''')),
    dict(name="sklearn mse via float64 torch", grade_id="sklearn_test_mse",
         source=_SK + '''    pca = PCA(n_components=k)
    pca.fit(X_train.cpu().numpy())
    X_hat = torch.from_numpy(pca.inverse_transform(pca.transform(X_test.cpu().numpy())))
    return torch.nn.functional.mse_loss(X_hat.float(), X_test.float()).item()
'''),
    dict(name="generate via from_numpy().float()", grade_id="generate_digits",
         source=_GEN + '''    codes = gmm.sample(n)[0]
    Z = torch.from_numpy(np.asarray(codes)).float()
    return (Z @ components[:, :Z.shape[1]].T + mean).to(torch.float32)
'''),
]
