import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _util import make

NOTEBOOK = "01_pca"

I2V = '''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
    return images.to(torch.float32).div(255.0).reshape(len(images), 784)
'''
CENTER = '''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
    mean = X.mean(dim=0)
    return X - mean, mean
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
    eigenvalues = torch.flip(eigenvalues, dims=[0])
    components = torch.flip(eigenvectors, dims=[1])
    return mean, eigenvalues, components
'''
PR = '''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''
SK = '''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    pca = PCA(n_components=k)
    pca.fit(X_train.numpy())
    test = X_test.numpy()
    X_hat = pca.inverse_transform(pca.transform(test))
    return float(((X_hat - test) ** 2).mean())
'''
GEN = '''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
    codes, _ = gmm.sample(n)
    Z = torch.as_tensor(codes, dtype=torch.float32)
    return reconstruct(Z, mean, components)
'''

a = make("images_to_vectors", I2V)
b = make("center", CENTER)
c = make("covariance", COV)
p = make("pca_fit", PCA_FIT)
r = make("project_reconstruct", PR)
s = make("sklearn_test_mse", SK)
g = make("generate_digits", GEN)

MISTAKES = [
    a("no scaling by 255", ".div(255.0)", ""),
    a("column-major flattening (transpose before reshape)", ".reshape(len(images), 784)", ".transpose(1, 2).reshape(len(images), 784)"),
    a("float64 output", "torch.float32", "torch.float64"),
    a("integer division by 255 before casting", "images.to(torch.float32).div(255.0)", "(images // 255).to(torch.float32)"),
    a("divides by 256", "div(255.0)", "div(256.0)"),
    a("scales to [-1, 1]", ".div(255.0)", ".div(127.5).sub(1.0)"),
    a("min-max scaling per batch instead of /255", "images.to(torch.float32).div(255.0)", "((images.to(torch.float32) - images.min()) / (images.max() - images.min()))"),
    a("reshape(784, -1).T scrambles the pixel order", ".reshape(len(images), 784)", ".reshape(784, -1).T"),
    b("mean over the wrong axis", "X.mean(dim=0)", "X.mean(dim=1)"),
    b("mean returned with keepdim (1, D)", "X.mean(dim=0)", "X.mean(dim=0, keepdim=True)"),
    b("centres in place, mutating X", "return X - mean, mean", "X -= mean\n    return X, mean"),
    b("returns (mean, X_centered) order", "return X - mean, mean", "return mean, X - mean"),
    b("divides by the std as well (standardises)", "return X - mean, mean", "return (X - mean) / (X.std(dim=0) + 1e-8), mean"),
    b("mean via sum / (N - 1)", "X.mean(dim=0)", "X.sum(dim=0) / (X.shape[0] - 1)"),
    c("biased normalisation 1/N", "/ (n - 1)", "/ n"),
    c("X X^T instead of X^T X", "X_centered.T @ X_centered", "X_centered @ X_centered.T"),
    c("N read from the wrong dimension", "n = X_centered.shape[0]", "n = X_centered.shape[1]"),
    c("re-centres and mutates the input", "n = X_centered.shape[0]", "X_centered -= X_centered.mean(dim=0)\n    n = X_centered.shape[0]"),
    c("divides by N + 1", "/ (n - 1)", "/ (n + 1)"),
    c("returns float64", "return X_centered.T @ X_centered / (n - 1)", "Xd = X_centered.double()\n    return Xd.T @ Xd / (n - 1)"),
    p("eigenvalues left ascending", "eigenvalues = torch.flip(eigenvalues, dims=[0])", "pass"),
    p("eigenvectors flipped along rows instead of columns", "torch.flip(eigenvectors, dims=[1])", "torch.flip(eigenvectors, dims=[0])"),
    p("components returned transposed (rows)", "components = torch.flip(eigenvectors, dims=[1])", "components = torch.flip(eigenvectors, dims=[1]).T"),
    p("eigenvectors not reordered", "components = torch.flip(eigenvectors, dims=[1])", "components = eigenvectors"),
    p("uncentred covariance", "C = covariance(X_centered)", "C = covariance(X)"),
    p("eigendecomposition of X^T X without normalisation", "C = covariance(X_centered)", "C = X_centered.T @ X_centered"),
    p("sorted by absolute value of eigenvalue using argsort ascending", "eigenvalues = torch.flip(eigenvalues, dims=[0])\n    components = torch.flip(eigenvectors, dims=[1])",
      "order = torch.argsort(eigenvalues.abs())\n    eigenvalues = eigenvalues[order]\n    components = eigenvectors[:, order]"),
    p("uses sqrt of eigenvalues (singular values)", "eigenvalues = torch.flip(eigenvalues, dims=[0])", "eigenvalues = torch.flip(eigenvalues.clamp(min=0).sqrt(), dims=[0])"),
    r("project forgets to centre", "return (X - mean) @ components[:, :k]", "return X @ components[:, :k]"),
    r("project off by one: k + 1 components", "return (X - mean) @ components[:, :k]", "return (X - mean) @ components[:, :k + 1]"),
    r("project uses rows instead of columns", "return (X - mean) @ components[:, :k]", "return (X - mean) @ components[:k].T"),
    r("project uses the last k components", "return (X - mean) @ components[:, :k]", "return (X - mean) @ components[:, -k:]"),
    r("reconstruct forgets the mean", "return Z @ components[:, :k].T + mean", "return Z @ components[:, :k].T"),
    r("reconstruct subtracts the mean", "return Z @ components[:, :k].T + mean", "return Z @ components[:, :k].T - mean"),
    r("reconstruct reads k from Z.shape[0]", "k = Z.shape[1]", "k = Z.shape[0]"),
    r("reconstruct uses rows of components", "return Z @ components[:, :k].T + mean", "return Z @ components[:k] + mean"),
    r("reconstruct clips to [0, 1]", "return Z @ components[:, :k].T + mean", "return (Z @ components[:, :k].T + mean).clamp(0, 1)"),
    r("project subtracts the mean in place", "return (X - mean) @ components[:, :k]", "X -= mean\n    return X @ components[:, :k]"),
    s("sum of squared errors instead of mean", "return float(((X_hat - test) ** 2).mean())", "return float(((X_hat - test) ** 2).sum(axis=1).mean())"),
    s("fits the PCA on the test set", "pca.fit(X_train.numpy())", "pca.fit(X_test.numpy())"),
    s("returns a numpy scalar/array not float", "return float(((X_hat - test) ** 2).mean())", "return ((X_hat - test) ** 2).mean(axis=0)"),
    s("forgets inverse_transform (compares codes)", "X_hat = pca.inverse_transform(pca.transform(test))", "X_hat = pca.transform(test) @ pca.components_"),
    s("root mean squared error", "return float(((X_hat - test) ** 2).mean())", "return float(((X_hat - test) ** 2).mean() ** 0.5)"),
    s("n_components off by one", "PCA(n_components=k)", "PCA(n_components=k + 1)"),
    s("mean absolute error", "((X_hat - test) ** 2)", "abs(X_hat - test)"),
    g("forgets the mean when decoding", "return reconstruct(Z, mean, components)", "return Z @ components[:, :Z.shape[1]].T"),
    g("returns float64", "dtype=torch.float32", "dtype=torch.float64"),
    g("clips the samples", "return reconstruct(Z, mean, components)", "return reconstruct(Z, mean, components).clamp(0, 1)"),
    g("samples from the mixture means only", "codes, _ = gmm.sample(n)", "_, labels = gmm.sample(n)\n    codes = gmm.means_[labels]"),
    g("samples a standard normal instead of the mixture", "codes, _ = gmm.sample(n)", "codes = np.random.randn(n, gmm.means_.shape[1])"),
    g("decodes with rows of components", "return reconstruct(Z, mean, components)", "return Z @ components[:Z.shape[1]] + mean"),
]

ALTERNATIVES = [
    dict(name="flatten then float/255", grade_id="images_to_vectors", source=I2V.replace(
        "return images.to(torch.float32).div(255.0).reshape(len(images), 784)",
        "return images.flatten(start_dim=1).float() / 255")),
    dict(name="covariance via einsum", grade_id="covariance", source=COV.replace(
        "return X_centered.T @ X_centered / (n - 1)", "return torch.einsum('ni,nj->ij', X_centered, X_centered) / (n - 1)")),
    dict(name="pca via argsort descending", grade_id="pca_fit", source=PCA_FIT.replace(
        "eigenvalues = torch.flip(eigenvalues, dims=[0])\n    components = torch.flip(eigenvectors, dims=[1])",
        "order = torch.argsort(eigenvalues, descending=True)\n    eigenvalues = eigenvalues[order]\n    components = eigenvectors[:, order]")),
    dict(name="project/reconstruct with narrow and addmm", grade_id="project_reconstruct", source=PR.replace(
        "return (X - mean) @ components[:, :k]", "return torch.matmul(X - mean[None, :], components.narrow(1, 0, k))").replace(
        "return Z @ components[:, :k].T + mean", "return torch.addmm(mean.expand(len(Z), -1), Z, components[:, :k].T)")),
    dict(name="sklearn mse with torch", grade_id="sklearn_test_mse", source=SK.replace(
        "return float(((X_hat - test) ** 2).mean())", "return torch.nn.functional.mse_loss(torch.from_numpy(X_hat).float(), X_test).item()")),
    dict(name="generate via from_numpy().float()", grade_id="generate_digits", source=GEN.replace(
        "Z = torch.as_tensor(codes, dtype=torch.float32)", "Z = torch.from_numpy(np.asarray(codes)).float()")),
    dict(name="center with keepdim then squeeze", grade_id="center", source=CENTER.replace(
        "mean = X.mean(dim=0)\n    return X - mean, mean", "m = X.mean(dim=0, keepdim=True)\n    return X - m, m.squeeze(0)")),
]
