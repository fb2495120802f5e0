NOTEBOOK = "01_pca"
MISTAKES, ALTERNATIVES = [], []


def M(name, gid, src):
    MISTAKES.append(dict(name=name, grade_id=gid, source=src))


def A(name, gid, src):
    ALTERNATIVES.append(dict(name=name, grade_id=gid, source=src))


I2V = '''def images_to_vectors(images):
    """Scale and flatten a batch of images."""
{body}
'''
for name, body in [
    ("no scaling: float32 values 0..255 instead of [0, 1]", "    return images.reshape(len(images), -1).float()"),
    ("divides by 256, so 255 maps to 0.996 not 1", "    return images.reshape(len(images), -1).float() / 256"),
    ("float64 output (double) instead of float32", "    return images.reshape(len(images), -1).double() / 255"),
    ("column-major flatten: pixel (r, c) goes to 28c + r", "    return images.transpose(1, 2).reshape(len(images), -1).float() / 255"),
    ("integer division on uint8: values become only 0 or 1", "    return (images // 255).reshape(len(images), -1).float()"),
    ("min-max normalisation of the batch instead of dividing by 255",
     "    x = images.reshape(len(images), -1).float()\n    return (x - x.min()) / (x.max() - x.min())"),
    ("per-image max normalisation instead of dividing by 255",
     "    x = images.reshape(len(images), -1).float()\n    return x / x.amax(dim=1, keepdim=True).clamp_min(1)"),
    ("flattens the whole batch into one 1-D vector", "    return images.flatten().float() / 255"),
    ("numpy round trip leaks float64", "    import numpy as np\n    import torch\n    return torch.from_numpy(images.numpy().reshape(len(images), -1) / 255.0)"),
    ("float16 output", "    return images.reshape(len(images), -1).half() / 255"),
]:
    M(name, "images_to_vectors", I2V.format(body=body))
A("view(-1, 784) and true division", "images_to_vectors", I2V.format(body="    return images.view(-1, 784) / 255"))
A("flatten(1) then to(float32)", "images_to_vectors", I2V.format(body="    import torch\n    return images.flatten(1).to(torch.float32).div(255.0)"))

CEN = '''def center(X):
    """Subtract the mean vector from every row."""
{body}
'''
for name, body in [
    ("mean kept with shape (1, D) (keepdim)", "    mean = X.mean(dim=0, keepdim=True)\n    return X - mean, mean"),
    ("mean over the features of each row (dim=1) instead of over the rows", "    mean = X.mean(dim=1, keepdim=True)\n    return X - mean, mean.squeeze(1)"),
    ("centres in place: mutates the caller's X", "    mean = X.mean(dim=0)\n    X -= mean\n    return X, mean"),
    ("returns (mean, X_centered) in the wrong order", "    mean = X.mean(dim=0)\n    return mean, X - mean"),
    ("uses the median instead of the mean", "    mean = X.median(dim=0).values\n    return X - mean, mean"),
    ("divides the sum by N - 1 for the mean", "    mean = X.sum(dim=0) / (len(X) - 1)\n    return X - mean, mean"),
    ("float64 mean and centred data", "    mean = X.double().mean(dim=0)\n    return X.double() - mean, mean"),
    ("also divides by the standard deviation (standardises)", "    mean = X.mean(dim=0)\n    return (X - mean) / X.std(dim=0).clamp_min(1e-8), mean"),
]:
    M(name, "center", CEN.format(body=body))
A("sum / N with a clone", "center", CEN.format(body="    mean = X.sum(0) / X.shape[0]\n    Xc = X.clone()\n    Xc = Xc - mean\n    return Xc, mean"))

COV = '''def covariance(X_centered):
    """Covariance matrix of centred data."""
{body}
'''
for name, body in [
    ("biased normalisation 1/N", "    return X_centered.T @ X_centered / len(X_centered)"),
    ("Gram matrix X X^T (N, N) instead of X^T X", "    return X_centered @ X_centered.T / (len(X_centered) - 1)"),
    ("torch.cov without transpose: variables taken as rows (N, N)", "    import torch\n    return torch.cov(X_centered)"),
    ("numpy cov returns a float64 numpy array", "    import numpy as np\n    return np.cov(X_centered.numpy(), rowvar=False)"),
    ("divides by D - 1 (number of columns) instead of N - 1", "    return X_centered.T @ X_centered / (X_centered.shape[1] - 1)"),
    ("divides by numel - 1", "    return X_centered.T @ X_centered / (X_centered.numel() - 1)"),
    ("float64 result", "    Xd = X_centered.double()\n    return Xd.T @ Xd / (len(Xd) - 1)"),
    ("correlation instead of covariance (normalised by the std)", "    import torch\n    C = X_centered.T @ X_centered / (len(X_centered) - 1)\n    s = torch.sqrt(torch.diag(C)).clamp_min(1e-12)\n    return C / s[:, None] / s[None, :]"),
]:
    M(name, "covariance", COV.format(body=body))
A("torch.cov of the transpose", "covariance", COV.format(body="    import torch\n    return torch.cov(X_centered.T)"))
A("einsum", "covariance", COV.format(body="    import torch\n    return torch.einsum('ni,nj->ij', X_centered, X_centered) / (X_centered.shape[0] - 1)"))

PCA = '''def pca_fit(X):
    """Principal components of the rows of X."""
    import torch
{body}
'''
for name, body in [
    ("eigh order kept: eigenvalues ascending", "    Xc, mean = center(X)\n    values, vectors = torch.linalg.eigh(covariance(Xc))\n    return mean, values, vectors"),
    ("eigenvalues flipped but eigenvectors not", "    Xc, mean = center(X)\n    values, vectors = torch.linalg.eigh(covariance(Xc))\n    return mean, values.flip(0), vectors"),
    ("flips the rows of the eigenvector matrix instead of its columns", "    Xc, mean = center(X)\n    values, vectors = torch.linalg.eigh(covariance(Xc))\n    return mean, values.flip(0), vectors.flip(0)"),
    ("eigenvectors returned as rows (transposed)", "    Xc, mean = center(X)\n    values, vectors = torch.linalg.eigh(covariance(Xc))\n    return mean, values.flip(0), vectors.flip(1).T"),
    ("no centring: covariance of the raw data", "    mean = X.mean(0)\n    values, vectors = torch.linalg.eigh(X.T @ X / (len(X) - 1))\n    return mean, values.flip(0), vectors.flip(1)"),
    ("sorted by absolute value: tiny negative eigenvalues mis-ordered", "    Xc, mean = center(X)\n    values, vectors = torch.linalg.eigh(covariance(Xc))\n    order = values.abs().argsort(descending=True)\n    return mean, values[order], vectors[:, order]"),
    ("SVD with full_matrices=False: only min(N, D) components when N < D", "    Xc, mean = center(X)\n    U, S, Vh = torch.linalg.svd(Xc, full_matrices=False)\n    return mean, S ** 2 / (len(X) - 1), Vh.T"),
    ("eigenvalues from SVD divided by N instead of N - 1", "    Xc, mean = center(X)\n    values, vectors = torch.linalg.eigh(covariance(Xc))\n    return mean, values.flip(0) * (len(X) - 1) / len(X), vectors.flip(1)"),
    ("float64 eigen-decomposition leaked to the outputs", "    Xc, mean = center(X)\n    values, vectors = torch.linalg.eigh(covariance(Xc).double())\n    return mean, values.flip(0), vectors.flip(1)"),
    ("returns the standard deviations sqrt(lambda) instead of the eigenvalues", "    Xc, mean = center(X)\n    values, vectors = torch.linalg.eigh(covariance(Xc))\n    return mean, values.flip(0).clamp_min(0).sqrt(), vectors.flip(1)"),
]:
    M(name, "pca_fit", PCA.format(body=body))
A("float64 eigh cast back to float32 via argsort", "pca_fit", PCA.format(body="    Xc, mean = center(X)\n    values, vectors = torch.linalg.eigh(covariance(Xc).double())\n    order = torch.argsort(values, descending=True)\n    return mean, values[order].to(X.dtype), vectors[:, order].to(X.dtype)"))
A("index reversal with arange", "pca_fit", PCA.format(body="    Xc, mean = center(X)\n    values, vectors = torch.linalg.eigh(covariance(Xc))\n    idx = torch.arange(values.shape[0] - 1, -1, -1)\n    return mean, values[idx], vectors[:, idx]"))

PR = '''def project(X, mean, components, k):
    """Coordinates of each row of X in the subspace of the first k components."""
{p}


def reconstruct(Z, mean, components):
    """Map subspace coordinates back to pixel space."""
{r}
'''
P0 = "    return (X - mean) @ components[:, :k]"
R0 = "    k = Z.shape[1]\n    return Z @ components[:, :k].T + mean"
for name, p, r in [
    ("project forgets to centre", "    return X @ components[:, :k]", R0),
    ("project takes rows of components instead of columns", "    return (X - mean) @ components[:k].T", R0),
    ("project uses the last k components (ascending-order habit)", "    return (X - mean) @ components[:, -k:]", R0),
    ("project centres in place, mutating the caller's X", "    X -= mean\n    return X @ components[:, :k]", R0),
    ("project returns (k, N) transposed", "    return components[:, :k].T @ (X - mean).T", R0),
    ("reconstruct forgets to add the mean", P0, "    k = Z.shape[1]\n    return Z @ components[:, :k].T"),
    ("reconstruct uses rows components[:k] (shape fits, values wrong)", P0, "    k = Z.shape[1]\n    return Z @ components[:k, :] + mean"),
    ("reconstruct clips pixels to [0, 1]", P0, "    k = Z.shape[1]\n    return (Z @ components[:, :k].T + mean).clamp(0, 1)"),
    ("reconstruct uses the last k columns", P0, "    k = Z.shape[1]\n    return Z @ components[:, -k:].T + mean"),
    ("reconstruct computes in float64 and returns float64", P0, "    import torch\n    k = Z.shape[1]\n    return Z.double() @ components[:, :k].T.double() + mean.double()"),
    ("project divides by the standard deviation along each component (whitening)", "    import torch\n    Z = (X - mean) @ components[:, :k]\n    return Z / Z.std(dim=0).clamp_min(1e-8)", R0),
]:
    M(name, "project_reconstruct", PR.format(p=p, r=r))
A("project by X @ W - mean @ W; reconstruct with addmm", "project_reconstruct", PR.format(
    p="    W = components[:, :k]\n    return X @ W - mean @ W",
    r="    import torch\n    W = components[:, : Z.shape[1]]\n    return torch.addmm(mean.expand(Z.shape[0], -1), Z, W.T)"))

SK = '''def sklearn_test_mse(X_train, X_test, k):
    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""
    import numpy as np
    from sklearn.decomposition import PCA
{body}
'''
for name, body in [
    ("fits the PCA on the test vectors", "    pca = PCA(n_components=k).fit(X_test.numpy())\n    rec = pca.inverse_transform(pca.transform(X_test.numpy()))\n    return float(((rec - X_test.numpy()) ** 2).mean())"),
    ("returns an np.float32 (not a Python float)", "    pca = PCA(n_components=k).fit(X_train.numpy())\n    rec = pca.inverse_transform(pca.transform(X_test.numpy()))\n    return ((rec - X_test.numpy()) ** 2).mean()"),
    ("returns a torch tensor", "    import torch\n    pca = PCA(n_components=k).fit(X_train.numpy())\n    rec = torch.from_numpy(pca.inverse_transform(pca.transform(X_test.numpy())))\n    return ((rec - X_test) ** 2).mean()"),
    ("error per image summed over pixels, not per pixel", "    pca = PCA(n_components=k).fit(X_train.numpy())\n    rec = pca.inverse_transform(pca.transform(X_test.numpy()))\n    return float(((rec - X_test.numpy()) ** 2).sum(axis=1).mean())"),
    ("measures the error on the training vectors", "    pca = PCA(n_components=k).fit(X_train.numpy())\n    rec = pca.inverse_transform(pca.transform(X_train.numpy()))\n    return float(((rec - X_train.numpy()) ** 2).mean())"),
    ("root mean squared error instead of MSE", "    pca = PCA(n_components=k).fit(X_train.numpy())\n    rec = pca.inverse_transform(pca.transform(X_test.numpy()))\n    return float(np.sqrt(((rec - X_test.numpy()) ** 2).mean()))"),
    ("fits on train and test concatenated", "    pca = PCA(n_components=k).fit(np.concatenate([X_train.numpy(), X_test.numpy()]))\n    rec = pca.inverse_transform(pca.transform(X_test.numpy()))\n    return float(((rec - X_test.numpy()) ** 2).mean())"),
    ("mean absolute error", "    pca = PCA(n_components=k).fit(X_train.numpy())\n    rec = pca.inverse_transform(pca.transform(X_test.numpy()))\n    return float(np.abs(rec - X_test.numpy()).mean())"),
    ("uses k + 1 components", "    pca = PCA(n_components=k + 1).fit(X_train.numpy())\n    rec = pca.inverse_transform(pca.transform(X_test.numpy()))\n    return float(((rec - X_test.numpy()) ** 2).mean())"),
]:
    M(name, "sklearn_test_mse", SK.format(body=body))
A("float64 numpy and .item()", "sklearn_test_mse", SK.format(body="    pca = PCA(n_components=k)\n    pca.fit(X_train.double().numpy())\n    Xt = X_test.double().numpy()\n    return np.mean((pca.inverse_transform(pca.transform(Xt)) - Xt) ** 2).item()"))

GD = '''def generate_digits(gmm, mean, components, n):
    """Sample n images from a Gaussian mixture fitted on PCA codes."""
    import numpy as np
    import torch
{body}
'''
for name, body in [
    ("float64 output: decodes with double mean and components", "    codes, _ = gmm.sample(n)\n    return reconstruct(torch.from_numpy(codes), mean.double(), components.double())"),
    ("clips the pixels to [0, 1]", "    codes, _ = gmm.sample(n)\n    return reconstruct(torch.from_numpy(codes).float(), mean, components).clamp(0, 1)"),
    ("ignores the covariances: decodes the means of randomly chosen Gaussians", "    codes, labels = gmm.sample(n)\n    return reconstruct(torch.from_numpy(gmm.means_[labels]).float(), mean, components)"),
    ("swaps the outputs of gmm.sample (decodes the component indices)", "    _, codes = gmm.sample(n)\n    return reconstruct(torch.as_tensor(codes).float().reshape(n, 1), mean, components)"),
    ("returns images reshaped to (n, 1, 28, 28)", "    codes, _ = gmm.sample(n)\n    return reconstruct(torch.from_numpy(codes).float(), mean, components).reshape(n, 1, 28, 28)"),
    ("draws codes from a standard normal with torch's global RNG, ignoring the mixture", "    k = gmm.means_.shape[1]\n    return reconstruct(torch.randn(n, k), mean, components)"),
    ("overrides the mixture's random_state (mutates gmm, other samples)", "    gmm.random_state = np.random.RandomState()\n    codes, _ = gmm.sample(n)\n    return reconstruct(torch.from_numpy(codes).float(), mean, components)"),
    ("applies a sigmoid to the decoded pixels", "    codes, _ = gmm.sample(n)\n    return torch.sigmoid(reconstruct(torch.from_numpy(codes).float(), mean, components))"),
]:
    M(name, "generate_digits", GD.format(body=body))
A("torch.tensor(dtype=float32) and explicit matmul", "generate_digits", GD.format(body="    codes = gmm.sample(n)[0]\n    Z = torch.tensor(codes, dtype=torch.float32)\n    return Z @ components[:, : Z.shape[1]].T + mean"))


def _balanced(items, cap):
    """Keep at most `cap` items, spread over every grade_id, evenly sampled within each."""
    groups = {}
    for item in items:
        groups.setdefault(item["grade_id"], []).append(item)
    if len(items) <= cap:
        return items
    quota = {g: 1 for g in groups}
    left = cap - len(groups)
    while left > 0:
        g = max(groups, key=lambda g: (len(groups[g]) - quota[g]) / len(groups[g]) if quota[g] < len(groups[g]) else -1)
        if quota[g] >= len(groups[g]):
            break
        quota[g] += 1
        left -= 1
    kept = []
    for g, group in groups.items():
        q, n = quota[g], len(group)
        picks = sorted({min(n - 1, (i * n) // q + (n // q) // 2) for i in range(q)})
        i = 0
        while len(picks) < q:
            if i not in picks:
                picks.append(i)
            i += 1
        kept += [group[i] for i in sorted(picks)]
    return kept


MISTAKES = _balanced(MISTAKES, 34)
ALTERNATIVES = _balanced(ALTERNATIVES, 8)
