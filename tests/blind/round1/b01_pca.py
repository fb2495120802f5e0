NOTEBOOK = "01_pca"

MISTAKES = [
# images_to_vectors
dict(name="no scaling by 255", grade_id="images_to_vectors", source='''
def images_to_vectors(images):
    return images.reshape(len(images), -1).float()
'''),
dict(name="column-major flatten (transpose before flatten)", grade_id="images_to_vectors", source='''
def images_to_vectors(images):
    return images.transpose(1, 2).reshape(len(images), -1).float() / 255
'''),
dict(name="float64 leaks in (numpy division)", grade_id="images_to_vectors", source='''
def images_to_vectors(images):
    x = images.numpy().reshape(len(images), 784) / 255.0
    return torch.from_numpy(x)
'''),
dict(name="integer division keeps uint8 (all zeros)", grade_id="images_to_vectors", source='''
def images_to_vectors(images):
    return (images // 255).reshape(-1, 784).to(torch.float32)
'''),
dict(name="divide by 256 instead of 255", grade_id="images_to_vectors", source='''
def images_to_vectors(images):
    return images.reshape(images.shape[0], -1).float() / 256
'''),
dict(name="min-max normalisation per batch instead of /255", grade_id="images_to_vectors", source='''
def images_to_vectors(images):
    x = images.reshape(images.shape[0], -1).float()
    return (x - x.min()) / (x.max() - x.min())
'''),
# center
dict(name="mean over wrong dimension (per row)", grade_id="center", source='''
def center(X):
    mean = X.mean(dim=1)
    return X - mean[:, None], mean
'''),
dict(name="mean kept as (1, D)", grade_id="center", source='''
def center(X):
    mean = X.mean(dim=0, keepdim=True)
    return X - mean, mean
'''),
dict(name="in-place subtraction modifies input", grade_id="center", source='''
def center(X):
    mean = X.mean(dim=0)
    X -= mean
    return X, mean
'''),
dict(name="also divides by std (standardises)", grade_id="center", source='''
def center(X):
    mean = X.mean(dim=0)
    return (X - mean) / (X.std(dim=0) + 1e-8), mean
'''),
dict(name="returns numpy arrays", grade_id="center", source='''
def center(X):
    Xn = X.numpy()
    mean = Xn.mean(axis=0)
    return Xn - mean, mean
'''),
# covariance
dict(name="biased normalisation 1/N", grade_id="covariance", source='''
def covariance(X_centered):
    return X_centered.T @ X_centered / X_centered.shape[0]
'''),
dict(name="outer product in wrong order (N x N gram matrix)", grade_id="covariance", source='''
def covariance(X_centered):
    return X_centered @ X_centered.T / (X_centered.shape[0] - 1)
'''),
dict(name="divides by D-1 instead of N-1", grade_id="covariance", source='''
def covariance(X_centered):
    return X_centered.T @ X_centered / (X_centered.shape[1] - 1)
'''),
dict(name="torch.cov without transposing (variables as rows)", grade_id="covariance", source='''
def covariance(X_centered):
    return torch.cov(X_centered)
'''),
dict(name="elementwise square sum (diagonal only)", grade_id="covariance", source='''
def covariance(X_centered):
    return torch.diag((X_centered ** 2).sum(0) / (X_centered.shape[0] - 1))
'''),
# pca_fit
dict(name="ascending order kept (eigh default)", grade_id="pca_fit", source='''
def pca_fit(X):
    Xc, mean = center(X)
    C = covariance(Xc)
    eigenvalues, components = torch.linalg.eigh(C)
    return mean, eigenvalues, components
'''),
dict(name="eigenvalues flipped but components not", grade_id="pca_fit", source='''
def pca_fit(X):
    Xc, mean = center(X)
    evals, evecs = torch.linalg.eigh(covariance(Xc))
    return mean, evals.flip(0), evecs
'''),
dict(name="eigenvectors taken as rows", grade_id="pca_fit", source='''
def pca_fit(X):
    Xc, mean = center(X)
    evals, evecs = torch.linalg.eigh(covariance(Xc))
    order = torch.argsort(evals, descending=True)
    return mean, evals[order], evecs[order, :]
'''),
dict(name="no centring before covariance", grade_id="pca_fit", source='''
def pca_fit(X):
    _, mean = center(X)
    C = X.T @ X / (X.shape[0] - 1)
    evals, evecs = torch.linalg.eigh(C)
    order = torch.argsort(evals, descending=True)
    return mean, evals[order], evecs[:, order]
'''),
dict(name="eigenvalues normalised to explained-variance ratios", grade_id="pca_fit", source='''
def pca_fit(X):
    Xc, mean = center(X)
    evals, evecs = torch.linalg.eigh(covariance(Xc))
    order = torch.argsort(evals, descending=True)
    evals = evals[order]
    return mean, evals / evals.sum(), evecs[:, order]
'''),
dict(name="SVD singular values returned instead of eigenvalues", grade_id="pca_fit", source='''
def pca_fit(X):
    Xc, mean = center(X)
    U, S, Vh = torch.linalg.svd(Xc, full_matrices=False)
    D = X.shape[1]
    evals, evecs = torch.linalg.eigh(covariance(Xc))
    order = torch.argsort(evals, descending=True)
    S_full = torch.zeros(D)
    S_full[:len(S)] = S
    return mean, S_full, evecs[:, order]
'''),
# project_reconstruct
dict(name="project forgets to subtract mean", grade_id="project_reconstruct", source='''
def project(X, mean, components, k):
    return X @ components[:, :k]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, :k].T + mean
'''),
dict(name="project uses last k components (rows of ascending)", grade_id="project_reconstruct", source='''
def project(X, mean, components, k):
    return (X - mean) @ components[:, -k:]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, -k:].T + mean
'''),
dict(name="reconstruct forgets to add the mean", grade_id="project_reconstruct", source='''
def project(X, mean, components, k):
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:, :k].T
'''),
dict(name="rows of components used (components[:k] instead of columns)", grade_id="project_reconstruct", source='''
def project(X, mean, components, k):
    return (X - mean) @ components[:k].T


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return Z @ components[:k] + mean
'''),
dict(name="reconstruct hard-codes k=2", grade_id="project_reconstruct", source='''
def project(X, mean, components, k):
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    return Z[:, :2] @ components[:, :2].T + mean
'''),
dict(name="reconstruct clips pixel values to [0,1]", grade_id="project_reconstruct", source='''
def project(X, mean, components, k):
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return (Z @ components[:, :k].T + mean).clamp(0, 1)
'''),
# sklearn_test_mse
dict(name="fitted on test set", grade_id="sklearn_test_mse", source='''
def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_test.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
dict(name="MSE measured on train set", grade_id="sklearn_test_mse", source='''
def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_train.numpy()))
    return float(((X_hat - X_train.numpy()) ** 2).mean())
'''),
dict(name="returns numpy float32 / tensor not python float", grade_id="sklearn_test_mse", source='''
def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return torch.tensor(((X_hat - X_test.numpy()) ** 2).mean())
'''),
dict(name="sum over pixels, mean over images (per image not per pixel)", grade_id="sklearn_test_mse", source='''
def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).sum(axis=1).mean())
'''),
dict(name="ignores k (fixed 10 components)", grade_id="sklearn_test_mse", source='''
def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=10).fit(X_train.numpy())
    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
    return float(((X_hat - X_test.numpy()) ** 2).mean())
'''),
# generate_digits
dict(name="uses the component labels instead of the codes", grade_id="generate_digits", source='''
def generate_digits(gmm, mean, components, n):
    codes, labels = gmm.sample(n)
    Z = torch.tensor(labels, dtype=torch.float32)[:, None].repeat(1, gmm.means_.shape[1])
    return reconstruct(Z, mean, components)
'''),
dict(name="float64 output", grade_id="generate_digits", source='''
def generate_digits(gmm, mean, components, n):
    codes, _ = gmm.sample(n)
    Z = torch.from_numpy(codes)
    k = Z.shape[1]
    return Z @ components[:, :k].double().T + mean.double()
'''),
dict(name="clips pixel values", grade_id="generate_digits", source='''
def generate_digits(gmm, mean, components, n):
    codes, _ = gmm.sample(n)
    return reconstruct(torch.tensor(codes, dtype=torch.float32), mean, components).clamp(0, 1)
'''),
dict(name="samples only from the mixture means (no randomness within a component)", grade_id="generate_digits", source='''
def generate_digits(gmm, mean, components, n):
    _, labels = gmm.sample(n)
    Z = torch.tensor(gmm.means_[labels], dtype=torch.float32)
    return reconstruct(Z, mean, components)
'''),
dict(name="samples from a standard normal instead of the mixture", grade_id="generate_digits", source='''
def generate_digits(gmm, mean, components, n):
    k = gmm.means_.shape[1]
    Z = torch.randn(n, k)
    return reconstruct(Z, mean, components)
'''),
]

ALTERNATIVES = [
dict(name="nn.Flatten and .div", grade_id="images_to_vectors", source='''
def images_to_vectors(images):
    return torch.nn.Flatten()(images.to(torch.float32).div(255.0))
'''),
dict(name="view + loop-free mul by reciprocal, flatten(1)", grade_id="images_to_vectors", source='''
def images_to_vectors(images):
    return images.flatten(start_dim=1).float() * (1.0 / 255.0)
'''),
dict(name="sum / N for the mean", grade_id="center", source='''
def center(X):
    mean = X.sum(dim=0) / X.shape[0]
    return X - mean.unsqueeze(0), mean
'''),
dict(name="torch.cov on transposed data", grade_id="covariance", source='''
def covariance(X_centered):
    return torch.cov(X_centered.T)
'''),
dict(name="einsum", grade_id="covariance", source='''
def covariance(X_centered):
    n = X_centered.shape[0]
    return torch.einsum("ni,nj->ij", X_centered, X_centered) / (n - 1)
'''),
dict(name="flip both eigenvalues and eigenvectors", grade_id="pca_fit", source='''
def pca_fit(X):
    Xc, mean = center(X)
    evals, evecs = torch.linalg.eigh(covariance(Xc))
    return mean, torch.flip(evals, dims=[0]), torch.flip(evecs, dims=[1])
'''),
dict(name="argsort with indexing", grade_id="pca_fit", source='''
def pca_fit(X):
    Xc, mean = center(X)
    C = covariance(Xc)
    evals, evecs = torch.linalg.eigh(C)
    idx = torch.argsort(-evals)
    return mean, evals[idx], evecs[:, idx].contiguous()
'''),
dict(name="matmul via torch.mm and explicit transpose", grade_id="project_reconstruct", source='''
def project(X, mean, components, k):
    W = components[:, :k]
    return torch.mm(X - mean.unsqueeze(0), W)


def reconstruct(Z, mean, components):
    W = components[:, :Z.shape[1]]
    return torch.mm(Z, W.t()) + mean.unsqueeze(0)
'''),
dict(name="sklearn mean_squared_error", grade_id="sklearn_test_mse", source='''
from sklearn.metrics import mean_squared_error

def sklearn_test_mse(X_train, X_test, k):
    pca = PCA(n_components=k)
    pca.fit(X_train.cpu().numpy())
    Xt = X_test.cpu().numpy()
    X_hat = pca.inverse_transform(pca.transform(Xt))
    return float(mean_squared_error(Xt.ravel(), X_hat.ravel()))
'''),
dict(name="decode manually without reconstruct", grade_id="generate_digits", source='''
def generate_digits(gmm, mean, components, n):
    codes, _ = gmm.sample(n)
    Z = torch.as_tensor(codes).float()
    W = components[:, :Z.shape[1]]
    return (Z @ W.T + mean).to(torch.float32)
'''),
]

ALTERNATIVES += [
dict(name="mean via torch.mean keepdim then squeeze", grade_id="center", source='''
def center(X):
    m = torch.mean(X, dim=0, keepdim=True)
    return X - m, m.squeeze(0)
'''),
dict(name="project with einsum, reconstruct with addmm", grade_id="project_reconstruct", source='''
def project(X, mean, components, k):
    return torch.einsum("nd,dk->nk", X - mean, components[:, :k])


def reconstruct(Z, mean, components):
    k = Z.shape[1]
    return torch.addmm(mean.expand(Z.shape[0], -1), Z, components[:, :k].transpose(0, 1))
'''),
dict(name="numpy arithmetic, float() of np.mean", grade_id="sklearn_test_mse", source='''
def sklearn_test_mse(X_train, X_test, k):
    train = X_train.numpy()
    test = X_test.numpy()
    model = PCA(n_components=k).fit(train)
    decoded = model.inverse_transform(model.transform(test))
    return float(np.mean(np.square(decoded - test)))
'''),
dict(name="codes tensor via from_numpy and reconstruct", grade_id="generate_digits", source='''
def generate_digits(gmm, mean, components, n):
    codes, _components_of_codes = gmm.sample(n)
    Z = torch.from_numpy(codes).to(torch.float32)
    return reconstruct(Z, mean, components)
'''),
]
