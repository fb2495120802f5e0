NOTEBOOK = "01_pca"

_I2V = '''def images_to_vectors(images):
    """Scale and flatten a batch of images.

    images: (N, 28, 28) torch.uint8 with values 0..255
    Returns: (N, 784) torch.float32 with values in [0, 1]
    """
{body}'''
_CEN = '''def center(X):
    """Subtract the mean vector from every row.

    X: (N, D) float tensor
    Returns X_centered: (N, D), mean: (D,)
    """
{body}'''
_COV = '''def covariance(X_centered):
    """Covariance matrix of centred data.

    X_centered: (N, D), every column has mean 0
    Returns C: (D, D) = X_centered^T X_centered / (N - 1)
    """
{body}'''
_FIT = '''def pca_fit(X):
    """Principal components of the rows of X.

    X: (N, D)
    Returns mean: (D,), eigenvalues: (D,) in descending order,
            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]
    """
{body}'''
_PR = '''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components.

    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit
    Returns Z: (N, k) with Z = (X - mean) W_k
    """
{pbody}


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space.

    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]
    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean
    """
{rbody}'''
_SK = '''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
{body}'''
_GEN = '''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes.

    gmm: a fitted sklearn GaussianMixture on codes of dimension k
    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images
    Returns: (n, D) torch.float32, the decoded samples (not clipped)
    """
{body}'''

P_OK = "    return (X - mean) @ components[:, :k]"
R_OK = "    k = Z.shape[1]\n    return Z @ components[:, :k].T + mean"

def i2v(b): return dict(grade_id="images_to_vectors", source=_I2V.format(body=b))
def cen(b): return dict(grade_id="center", source=_CEN.format(body=b))
def cov(b): return dict(grade_id="covariance", source=_COV.format(body=b))
def fit(b): return dict(grade_id="pca_fit", source=_FIT.format(body=b))
def pr(p=P_OK, r=R_OK): return dict(grade_id="project_reconstruct", source=_PR.format(pbody=p, rbody=r))
def sk(b): return dict(grade_id="sklearn_test_mse", source=_SK.format(body=b))
def gen(b): return dict(grade_id="generate_digits", source=_GEN.format(body=b))

MISTAKES = [
    dict(name="transpose before flatten: column-major order", **i2v("    return (images.transpose(1, 2).reshape(len(images), -1).float() / 255)")),
    dict(name="divides by 256 instead of 255", **i2v("    return images.reshape(len(images), -1).float() / 256")),
    dict(name="double dtype leak", **i2v("    return images.reshape(len(images), -1).double() / 255")),
    dict(name="integer division in uint8 before float: all zeros except 255", **i2v("    return (images // 255).reshape(len(images), -1).float()")),
    dict(name="mean over wrong axis (per-row mean)", **cen("    mean = X.mean(dim=1, keepdim=True)\n    return X - mean, mean.squeeze(1)")),
    dict(name="mean kept as (1, D)", **cen("    mean = X.mean(dim=0, keepdim=True)\n    return X - mean, mean")),
    dict(name="in-place centring modifies the input", **cen("    mean = X.mean(dim=0)\n    X -= mean\n    return X, mean")),
    dict(name="divides by N-1 in the mean", **cen("    mean = X.sum(dim=0) / (len(X) - 1)\n    return X - mean, mean")),
    dict(name="biased 1/N normalisation", **cov("    return X_centered.T @ X_centered / len(X_centered)")),
    dict(name="Gram matrix N x N instead of D x D", **cov("    return X_centered @ X_centered.T / (len(X_centered) - 1)")),
    dict(name="re-centres with torch.cov but uses correction=0", **cov("    return torch.cov(X_centered.T, correction=0)")),
    dict(name="divides by D-1 (wrong dimension)", **cov("    return X_centered.T @ X_centered / (X_centered.shape[1] - 1)")),
    dict(name="eigenvectors as rows after flip", **fit("    X_centered, mean = center(X)\n    C = covariance(X_centered)\n    values, vectors = torch.linalg.eigh(C)\n    return mean, values.flip(0), vectors.flip(1).T")),
    dict(name="ascending order kept", **fit("    X_centered, mean = center(X)\n    C = covariance(X_centered)\n    values, vectors = torch.linalg.eigh(C)\n    return mean, values, vectors")),
    dict(name="flips eigenvalues but not eigenvectors", **fit("    X_centered, mean = center(X)\n    C = covariance(X_centered)\n    values, vectors = torch.linalg.eigh(C)\n    return mean, values.flip(0), vectors")),
    dict(name="no centring: covariance of raw X", **fit("    X_centered, mean = center(X)\n    C = covariance(X)\n    values, vectors = torch.linalg.eigh(C)\n    return mean, values.flip(0), vectors.flip(1)")),
    dict(name="flips rows of eigenvectors (flip(0)) instead of columns", **fit("    X_centered, mean = center(X)\n    C = covariance(X_centered)\n    values, vectors = torch.linalg.eigh(C)\n    return mean, values.flip(0), vectors.flip(0)")),
    dict(name="project forgets to subtract the mean", **pr(p="    return X @ components[:, :k]")),
    dict(name="project uses rows of components", **pr(p="    return (X - mean) @ components[:k].T")),
    dict(name="project uses last k components", **pr(p="    return (X - mean) @ components[:, -k:]")),
    dict(name="reconstruct forgets to add the mean", **pr(r="    k = Z.shape[1]\n    return Z @ components[:, :k].T")),
    dict(name="reconstruct uses rows of components", **pr(r="    k = Z.shape[1]\n    return Z @ components[:k, :] + mean")),
    dict(name="sklearn: returns tensor not float", **sk("    pca = PCA(n_components=k).fit(X_train.numpy())\n    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))\n    return ((torch.from_numpy(X_hat) - X_test) ** 2).mean()")),
    dict(name="sklearn: MSE per image (sum over pixels)", **sk("    pca = PCA(n_components=k).fit(X_train.numpy())\n    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))\n    return float(((X_hat - X_test.numpy()) ** 2).sum(axis=1).mean())")),
    dict(name="sklearn: fits on the test set", **sk("    pca = PCA(n_components=k).fit(X_test.numpy())\n    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))\n    return float(((X_hat - X_test.numpy()) ** 2).mean())")),
    dict(name="sklearn: training MSE instead of test", **sk("    pca = PCA(n_components=k).fit(X_train.numpy())\n    X_hat = pca.inverse_transform(pca.transform(X_train.numpy()))\n    return float(((X_hat - X_train.numpy()) ** 2).mean())")),
    dict(name="generate: float64 leak", **gen("    codes, _ = gmm.sample(n)\n    return reconstruct(torch.from_numpy(codes), mean.double(), components.double())")),
    dict(name="generate: clips pixel values", **gen("    codes, _ = gmm.sample(n)\n    return reconstruct(torch.tensor(codes, dtype=torch.float32), mean, components).clamp(0, 1)")),
    dict(name="generate: samples from component means only", **gen("    _, which = gmm.sample(n)\n    codes = torch.tensor(gmm.means_[which], dtype=torch.float32)\n    return reconstruct(codes, mean, components)")),
    dict(name="generate: forgets the mean image", **gen("    codes, _ = gmm.sample(n)\n    Z = torch.tensor(codes, dtype=torch.float32)\n    return Z @ components[:, :Z.shape[1]].T")),
]

ALTERNATIVES = [
    dict(name="view + to(float32) / 255.0 via flatten", **i2v("    return torch.flatten(images, start_dim=1).to(torch.float32).div(255.0)")),
    dict(name="mean via sum / N", **cen("    mean = X.sum(0) / X.shape[0]\n    return X - mean[None, :], mean")),
    dict(name="einsum covariance", **cov("    n = X_centered.shape[0]\n    return torch.einsum('ni,nj->ij', X_centered, X_centered) / (n - 1)")),
    dict(name="argsort descending", **fit("    X_centered, mean = center(X)\n    values, vectors = torch.linalg.eigh(covariance(X_centered))\n    order = torch.argsort(values, descending=True)\n    return mean, values[order], vectors[:, order]")),
    dict(name="matmul with narrow and broadcasting", **pr(p="    W = components.narrow(1, 0, k)\n    return torch.matmul(X - mean.unsqueeze(0), W)", r="    W = components[:, :Z.shape[1]]\n    return mean + torch.matmul(Z, W.transpose(0, 1))")),
    dict(name="sklearn via torch and F.mse_loss", **sk("    import torch.nn.functional as F\n    pca = PCA(n_components=k)\n    pca.fit(X_train.numpy())\n    X_hat = torch.as_tensor(pca.inverse_transform(pca.transform(X_test.numpy())), dtype=torch.float32)\n    return F.mse_loss(X_hat, X_test.float()).item()")),
    dict(name="generate with as_tensor float32", **gen("    Z = torch.as_tensor(gmm.sample(n)[0]).float()\n    return reconstruct(Z, mean, components)")),
]
