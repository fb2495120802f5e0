"""Blind corpus, round 9: notebook 01 (PCA). Wrong and alternative-correct answers, from the statements alone."""
import textwrap

NOTEBOOK = "01_pca"

# --- templates (generated from the student notebook) ---
TEMPLATES = {
    'images_to_vectors': 'def images_to_vectors(images):\n    """Scale and flatten a batch of images.\n\n    images: (N, 28, 28) torch.uint8 with values 0..255\n    Returns: (N, 784) torch.float32 with values in [0, 1]\n    """\n    @@BODY0@@',
    'center': 'def center(X):\n    """Subtract the mean vector from every row.\n\n    X: (N, D) float tensor\n    Returns X_centered: (N, D), mean: (D,)\n    """\n    @@BODY0@@',
    'covariance': 'def covariance(X_centered):\n    """Covariance matrix of centred data.\n\n    X_centered: (N, D), every column has mean 0\n    Returns C: (D, D) = X_centered^T X_centered / (N - 1)\n    """\n    @@BODY0@@',
    'pca_fit': 'def pca_fit(X):\n    """Principal components of the rows of X.\n\n    X: (N, D)\n    Returns mean: (D,), eigenvalues: (D,) in descending order,\n            components: (D, D) whose column i is the unit eigenvector of eigenvalues[i]\n    """\n    @@BODY0@@',
    'project_reconstruct': 'def project(X, mean, components, k):\n    """Coordinates of each row of X in the subspace of the first k components.\n\n    X: (N, D), mean: (D,), components: (D, D) as returned by pca_fit\n    Returns Z: (N, k) with Z = (X - mean) W_k\n    """\n    @@BODY0@@\n\n\ndef reconstruct(Z, mean, components):\n    """Map subspace coordinates back to pixel space.\n\n    Z: (N, k), mean: (D,), components: (D, D) as returned by pca_fit; k is read from Z: k = Z.shape[1]\n    Returns X_hat: (N, D) with X_hat = Z W_k^T + mean\n    """\n    @@BODY1@@',
    'sklearn_test_mse': 'def sklearn_test_mse(X_train, X_test, k):\n    """Test MSE per pixel of a k-component scikit-learn PCA fitted on X_train (torch tensors in, float out)."""\n    @@BODY0@@',
    'generate_digits': 'def generate_digits(gmm, mean, components, n):\n    """Sample n images from a Gaussian mixture fitted on PCA codes.\n\n    gmm: a fitted sklearn GaussianMixture on codes of dimension k\n    mean: (D,), components: (D, D) as returned by pca_fit; n: how many images\n    Returns: (n, D) torch.float32, the decoded samples (not clipped)\n    """\n    @@BODY0@@',
}
# --- end of templates ---


def fill(grade_id, *bodies, prefix="", replace=()):
    """The whole cell source: the template with each @@BODYi@@ marker replaced by bodies[i] (re-indented).

    prefix: module-level code put before the cell's definitions; replace: (old, new) pairs applied at the end
    (e.g. to change a default argument of the given signature).
    """
    out = []
    for line in TEMPLATES[grade_id].split("\n"):
        marker = line.strip()
        if marker.startswith("@@BODY") and marker.endswith("@@"):
            pad = line[: len(line) - len(line.lstrip())]
            body = textwrap.dedent(bodies[int(marker[6:-2])]).strip("\n")
            out += [pad + text if text.strip() else "" for text in body.split("\n")]
        else:
            out.append(line)
    source = "\n".join(out)
    if prefix:
        source = textwrap.dedent(prefix).strip("\n") + "\n\n\n" + source
    for old, new in replace:
        assert old in source, (grade_id, old)
        source = source.replace(old, new)
    return source


MISTAKES, ALTERNATIVES = [], []


def mistake(name, grade_id, *bodies, prefix="", replace=()):
    MISTAKES.append(dict(name=name, grade_id=grade_id, source=fill(grade_id, *bodies, prefix=prefix, replace=replace)))


def alternative(name, grade_id, *bodies, prefix="", replace=()):
    ALTERNATIVES.append(dict(name=name, grade_id=grade_id,
                             source=fill(grade_id, *bodies, prefix=prefix, replace=replace)))


# ----------------------------------------------------------------------------------------------------------
# Exercise 1: images_to_vectors
G = "images_to_vectors"
mistake("no scaling: values stay in 0..255 (only converted to float)", G,
        "return images.reshape(len(images), -1).float()")
mistake("divides by 256 instead of 255: white pixels map to 0.996, not 1", G,
        "return images.reshape(len(images), -1).float() / 256")
mistake("floor division on uint8 (images // 255): only 0 or 1 survive, and the dtype stays uint8", G,
        "return (images // 255).reshape(len(images), -1)")
mistake("converts to float64 (.double()) instead of float32", G,
        "return images.reshape(len(images), -1).double() / 255")
mistake("numpy round trip with / 255.0 gives float64", G,
        """
        import numpy as np
        array = images.numpy().reshape(len(images), -1) / 255.0
        return torch.from_numpy(array)
        """)
mistake("flattens column after column (transposes each image): pixel (r, c) lands at 28c + r", G,
        "return images.transpose(1, 2).reshape(len(images), -1).float() / 255")
mistake("divides by the batch maximum instead of 255: wrong for batches whose brightest pixel is below 255", G,
        """
        x = images.reshape(len(images), -1).float()
        return x / x.max()
        """)
mistake("min-max normalisation of the batch instead of dividing by 255", G,
        """
        x = images.reshape(len(images), -1).float()
        return (x - x.min()) / (x.max() - x.min())
        """)
mistake("per-image max normalisation: each image divided by its own brightest pixel", G,
        """
        x = images.reshape(len(images), -1).float()
        return x / x.max(dim=1, keepdim=True).values.clamp_min(1)
        """)
mistake("scales to [-1, 1] ((x - 127.5) / 127.5) instead of [0, 1]", G,
        "return (images.reshape(len(images), -1).float() - 127.5) / 127.5")
mistake("flatten() without start_dim: one long vector for the whole batch", G,
        "return images.flatten().float() / 255")
mistake("hard-codes the 60,000 training images: fails for any other N", G,
        "return images.reshape(60000, 784).float() / 255")
mistake("converts to float16 (.half()) instead of float32", G,
        "return images.reshape(len(images), -1).half() / 255")
mistake("caches the result by batch size: a second batch of the same size returns the first batch's vectors", G,
        """
        key = len(images)
        if key not in _CACHE:
            _CACHE[key] = images.reshape(len(images), -1).float() / 255
        return _CACHE[key]
        """, prefix="_CACHE = {}")
mistake("reshape(784, -1).T: mixes pixels of different images", G,
        "return images.reshape(784, -1).T.float() / 255")

alternative("flatten(1), then .to(torch.float32) and a division", G,
            "return images.flatten(start_dim=1).to(torch.float32).div(255)")

# ----------------------------------------------------------------------------------------------------------
# Exercise 2: center
G = "center"
mistake("mean over dim=1 (each image's mean) instead of over the rows", G,
        """
        mean = X.mean(dim=1, keepdim=True)
        return X - mean, mean.squeeze(1)
        """)
mistake("keeps the mean as (1, D) (keepdim=True), the statement asks for (D,)", G,
        """
        mean = X.mean(dim=0, keepdim=True)
        return X - mean, mean
        """)
mistake("centres the caller's X in place (X -= mean): the input tensor is modified", G,
        """
        mean = X.mean(dim=0)
        X -= mean
        return X, mean
        """)
mistake("returns (mean, X_centered): the order of the tuple is swapped", G,
        """
        mean = X.mean(dim=0)
        return mean, X - mean
        """)
mistake("divides the column sums by N - 1 instead of N", G,
        """
        mean = X.sum(dim=0) / (len(X) - 1)
        return X - mean, mean
        """)
mistake("accumulates in float64 and returns float64 tensors for float32 input", G,
        """
        mean = X.double().mean(dim=0)
        return X.double() - mean, mean
        """)
mistake("global mean X.mean() (a scalar) instead of one mean per column", G,
        """
        mean = X.mean()
        return X - mean, mean
        """)
mistake("also divides by the standard deviation (standardises instead of centring)", G,
        """
        mean = X.mean(dim=0)
        std = X.std(dim=0).clamp_min(1e-8)
        return (X - mean) / std, mean
        """)
mistake("median instead of mean", G,
        """
        mean = X.median(dim=0).values
        return X - mean, mean
        """)
mistake("keepdim then squeeze(): for D = 1 the mean becomes a 0-d tensor instead of shape (1,)", G,
        """
        mean = X.mean(dim=0, keepdim=True)
        return X - mean, mean.squeeze()
        """)
mistake("estimates the mean from the first 1000 rows only (to save time): wrong for larger N", G,
        """
        mean = X[:1000].mean(dim=0)
        return X - mean, mean
        """)

alternative("column sums divided by N", G,
            """
            mean = X.sum(dim=0) / X.shape[0]
            return X - mean[None, :], mean
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 3: covariance
G = "covariance"
mistake("divides by N (biased) instead of N - 1", G,
        "return X_centered.T @ X_centered / len(X_centered)")
mistake("X X^T: an (N, N) Gram matrix instead of (D, D)", G,
        "return X_centered @ X_centered.T / (len(X_centered) - 1)")
mistake("torch.cov(X_centered): torch.cov takes variables as rows, so this is (N, N)", G,
        "return torch.cov(X_centered)")
mistake("precedence bug: / len(X) - 1 divides by N, then subtracts 1 from every entry", G,
        "return X_centered.T @ X_centered / len(X_centered) - 1")
mistake("numpy np.cov(rowvar=False) returns float64", G,
        """
        import numpy as np
        return torch.from_numpy(np.cov(X_centered.numpy(), rowvar=False))
        """)
mistake("only the variances: (X**2).sum(0) / (N - 1) is the diagonal, shape (D,)", G,
        "return (X_centered ** 2).sum(dim=0) / (len(X_centered) - 1)")
mistake("normalises with D - 1 (the number of columns) instead of N - 1", G,
        "return X_centered.T @ X_centered / (X_centered.shape[1] - 1)")
mistake("computes in float64 for accuracy and returns float64", G,
        """
        Xd = X_centered.double()
        return Xd.T @ Xd / (len(Xd) - 1)
        """)
mistake("correlation matrix (torch.corrcoef) instead of the covariance", G,
        "return torch.corrcoef(X_centered.T)")
mistake("keeps only the upper triangle (triu) 'since C is symmetric': not symmetric any more", G,
        "return torch.triu(X_centered.T @ X_centered / (len(X_centered) - 1))")

alternative("torch.cov on the transpose (variables as rows); re-centring centred data changes nothing", G,
            "return torch.cov(X_centered.T)")
alternative("einsum over the rows", G,
            """
            n = X_centered.shape[0]
            return torch.einsum("ni,nj->ij", X_centered, X_centered) / (n - 1)
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 4: pca_fit
G = "pca_fit"
mistake("eigh's ascending order kept: eigenvalues not descending", G,
        """
        X_centered, mean = center(X)
        eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
        return mean, eigenvalues, eigenvectors
        """)
mistake("flips the eigenvalues but not the eigenvectors: column i no longer belongs to eigenvalue i", G,
        """
        X_centered, mean = center(X)
        eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
        return mean, eigenvalues.flip(0), eigenvectors
        """)
mistake("flips the rows of the eigenvector matrix (flip(0)) instead of its columns", G,
        """
        X_centered, mean = center(X)
        eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
        return mean, eigenvalues.flip(0), eigenvectors.flip(0)
        """)
mistake("returns the eigenvectors as rows (transposed)", G,
        """
        X_centered, mean = center(X)
        eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
        return mean, eigenvalues.flip(0), eigenvectors.flip(1).T
        """)
mistake("sorts with argsort but indexes rows of the eigenvector matrix", G,
        """
        X_centered, mean = center(X)
        eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
        order = torch.argsort(eigenvalues, descending=True)
        return mean, eigenvalues[order], eigenvectors[order]
        """)
mistake("forgets to centre: eigendecomposition of X^T X / (N - 1)", G,
        """
        mean = X.mean(dim=0)
        eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X))
        return mean, eigenvalues.flip(0), eigenvectors.flip(1)
        """)
mistake("returns (eigenvalues, mean, components): wrong order", G,
        """
        X_centered, mean = center(X)
        eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
        return eigenvalues.flip(0), mean, eigenvectors.flip(1)
        """)
mistake("sorts by absolute value: tiny negative round-off eigenvalues end up before tiny positive ones", G,
        """
        X_centered, mean = center(X)
        eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
        order = torch.argsort(eigenvalues.abs(), descending=True)
        return mean, eigenvalues[order], eigenvectors[:, order]
        """)
mistake("returns the explained-variance ratios (eigenvalues / their sum) instead of the eigenvalues", G,
        """
        X_centered, mean = center(X)
        eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
        eigenvalues = eigenvalues.flip(0)
        return mean, eigenvalues / eigenvalues.sum(), eigenvectors.flip(1)
        """)
mistake("returns the standard deviations sqrt(eigenvalue) instead of the variances", G,
        """
        X_centered, mean = center(X)
        eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
        return mean, eigenvalues.flip(0).clamp_min(0).sqrt(), eigenvectors.flip(1)
        """)
mistake("flips both axes of the eigenvector matrix (flip([0, 1]))", G,
        """
        X_centered, mean = center(X)
        eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
        return mean, eigenvalues.flip(0), torch.flip(eigenvectors, [0, 1])
        """)
mistake("scales each component by sqrt(eigenvalue) (loadings): columns are not unit vectors", G,
        """
        X_centered, mean = center(X)
        eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
        eigenvalues, eigenvectors = eigenvalues.flip(0), eigenvectors.flip(1)
        return mean, eigenvalues, eigenvectors * eigenvalues.clamp_min(0).sqrt()
        """)
mistake("SVD of the centred data with full_matrices=False: fewer than D components when N < D, eigenvalues missing", G,
        """
        X_centered, mean = center(X)
        _, S, Vh = torch.linalg.svd(X_centered, full_matrices=False)
        return mean, S ** 2 / (len(X) - 1), Vh.T
        """)
mistake("torch.linalg.eig (general solver): complex eigenvalues and eigenvectors, unsorted", G,
        """
        X_centered, mean = center(X)
        eigenvalues, eigenvectors = torch.linalg.eig(covariance(X_centered))
        return mean, eigenvalues, eigenvectors
        """)

alternative("argsort descending (stable) and index the columns", G,
            """
            X_centered, mean = center(X)
            eigenvalues, eigenvectors = torch.linalg.eigh(covariance(X_centered))
            order = torch.argsort(eigenvalues, descending=True, stable=True)
            return mean, eigenvalues[order], eigenvectors[:, order]
            """)
alternative("reverse with an index tensor torch.arange(D - 1, -1, -1)", G,
            """
            X_centered, mean = center(X)
            C = covariance(X_centered)
            values, vectors = torch.linalg.eigh(C)
            reverse = torch.arange(C.shape[0] - 1, -1, -1)
            return mean, values[reverse], vectors[:, reverse]
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 5: project and reconstruct (one cell, two functions)
G = "project_reconstruct"
PROJECT = "return (X - mean) @ components[:, :k]"
RECONSTRUCT = """
k = Z.shape[1]
return Z @ components[:, :k].T + mean
"""
mistake("project forgets to centre: X W_k", G, "return X @ components[:, :k]", RECONSTRUCT)
mistake("project uses the first k ROWS of components", G, "return (X - mean) @ components[:k].T", RECONSTRUCT)
mistake("project keeps k + 1 components (off by one)", G, "return (X - mean) @ components[:, :k + 1]", RECONSTRUCT)
mistake("project uses the LAST k columns (eigh's order)", G, "return (X - mean) @ components[:, -k:]", RECONSTRUCT)
mistake("project centres with the batch's own mean instead of the given mean: wrong for test images or one image", G,
        "return (X - X.mean(dim=0)) @ components[:, :k]", RECONSTRUCT)
mistake("project subtracts the mean in place (X -= mean): the caller's X is modified", G,
        """
        X -= mean
        return X @ components[:, :k]
        """, RECONSTRUCT)
mistake("project returns (k, N): W_k^T (X - mean)^T without transposing back", G,
        "return components[:, :k].T @ (X - mean).T", RECONSTRUCT)
mistake("reconstruct forgets to add the mean back", G, PROJECT,
        """
        k = Z.shape[1]
        return Z @ components[:, :k].T
        """)
mistake("reconstruct uses the first k ROWS of components", G, PROJECT,
        """
        k = Z.shape[1]
        return Z @ components[:k] + mean
        """)
mistake("reconstruct reads k from the number of rows of Z (len(Z)) instead of Z.shape[1]", G, PROJECT,
        """
        k = len(Z)
        return Z @ components[:, :k].T + mean
        """)
mistake("reconstruct clips the pixels to [0, 1]: X_hat must be Z W_k^T + mean, unclipped", G, PROJECT,
        """
        k = Z.shape[1]
        return (Z @ components[:, :k].T + mean).clamp(0, 1)
        """)
mistake("reconstruct subtracts the mean instead of adding it", G, PROJECT,
        """
        k = Z.shape[1]
        return Z @ components[:, :k].T - mean
        """)
mistake("project round-trips through numpy float64 and returns float64", G,
        """
        import numpy as np
        Z = (X.numpy().astype(np.float64) - mean.numpy()) @ components[:, :k].numpy()
        return torch.from_numpy(Z)
        """, RECONSTRUCT)

alternative("matmul with all components, then slice; einsum for the decoder", G,
            "return torch.matmul(X - mean, components)[:, :k]",
            """
            W = components[:, : Z.shape[1]]
            return torch.einsum("nk,dk->nd", Z, W) + mean
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 6: sklearn_test_mse
G = "sklearn_test_mse"
mistake("fits the PCA on the test vectors instead of the training vectors", G,
        """
        pca = PCA(n_components=k).fit(X_test.numpy())
        X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
        return float(((X_hat - X_test.numpy()) ** 2).mean())
        """)
mistake("measures the error on the training vectors", G,
        """
        pca = PCA(n_components=k).fit(X_train.numpy())
        X_hat = pca.inverse_transform(pca.transform(X_train.numpy()))
        return float(((X_hat - X_train.numpy()) ** 2).mean())
        """)
mistake("returns a numpy.float32 (the mean of a float32 array), not a Python float", G,
        """
        pca = PCA(n_components=k).fit(X_train.numpy())
        X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
        return ((X_hat - X_test.numpy()) ** 2).mean()
        """)
mistake("returns a 0-d torch tensor instead of a Python float", G,
        """
        pca = PCA(n_components=k).fit(X_train.numpy())
        X_hat = torch.from_numpy(pca.inverse_transform(pca.transform(X_test.numpy())))
        return ((X_hat - X_test) ** 2).mean()
        """)
mistake("error per image (sum over pixels, mean over images) instead of per pixel", G,
        """
        pca = PCA(n_components=k).fit(X_train.numpy())
        X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
        return float(((X_hat - X_test.numpy()) ** 2).sum(axis=1).mean())
        """)
mistake("fits on the training and test vectors together", G,
        """
        import numpy as np
        pca = PCA(n_components=k).fit(np.concatenate([X_train.numpy(), X_test.numpy()]))
        X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
        return float(((X_hat - X_test.numpy()) ** 2).mean())
        """)
mistake("root mean squared error instead of the mean squared error", G,
        """
        pca = PCA(n_components=k).fit(X_train.numpy())
        X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
        return float(((X_hat - X_test.numpy()) ** 2).mean() ** 0.5)
        """)
mistake("keeps k + 1 components", G,
        """
        pca = PCA(n_components=k + 1).fit(X_train.numpy())
        X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
        return float(((X_hat - X_test.numpy()) ** 2).mean())
        """)
mistake("caches the fitted PCA by k: a second training set with the same k reuses the first fit", G,
        """
        if k not in _FITTED:
            _FITTED[k] = PCA(n_components=k).fit(X_train.numpy())
        pca = _FITTED[k]
        X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
        return float(((X_hat - X_test.numpy()) ** 2).mean())
        """, prefix="_FITTED = {}")
mistake("decodes by hand without adding back the PCA's mean (Z @ components_)", G,
        """
        pca = PCA(n_components=k).fit(X_train.numpy())
        X_hat = pca.transform(X_test.numpy()) @ pca.components_
        return float(((X_hat - X_test.numpy()) ** 2).mean())
        """)
mistake("mean absolute error instead of the squared error", G,
        """
        import numpy as np
        pca = PCA(n_components=k).fit(X_train.numpy())
        X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))
        return float(np.abs(X_hat - X_test.numpy()).mean())
        """)

alternative("sklearn.metrics.mean_squared_error (uniform average over pixels), cast to float", G,
            """
            from sklearn.metrics import mean_squared_error
            train, test = X_train.numpy(), X_test.numpy()
            pca = PCA(n_components=k)
            pca.fit(train)
            return float(mean_squared_error(test, pca.inverse_transform(pca.transform(test))))
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 7: generate_digits
G = "generate_digits"
mistake("clips the decoded pixels to [0, 1] although the statement says not to", G,
        """
        codes, _ = gmm.sample(n)
        return reconstruct(torch.from_numpy(codes).float(), mean, components).clamp(0, 1)
        """)
mistake("draws one code at a time: with an integer random_state every gmm.sample(1) returns the same code", G,
        """
        import numpy as np
        codes = np.concatenate([gmm.sample(1)[0] for _ in range(n)])
        return reconstruct(torch.from_numpy(codes).float(), mean, components)
        """)
mistake("decodes the component indices (second output of gmm.sample) instead of the codes", G,
        """
        _, which = gmm.sample(n)
        codes = torch.from_numpy(which).float()[:, None].expand(-1, gmm.means_.shape[1])
        return reconstruct(codes.contiguous(), mean, components)
        """)
mistake("ignores the mixture: codes drawn from a standard normal", G,
        """
        k = gmm.means_.shape[1]
        return reconstruct(torch.randn(n, k), mean, components)
        """)
mistake("decodes the mixture's means, chosen by weight, without their covariance: no spread", G,
        """
        which = torch.multinomial(torch.from_numpy(gmm.weights_).float(), n, replacement=True)
        codes = torch.from_numpy(gmm.means_).float()[which]
        return reconstruct(codes, mean, components)
        """)
mistake("own sampler with diagonal covariances and torch's global RNG: ignores the full covariances and random_state", G,
        """
        which = torch.multinomial(torch.from_numpy(gmm.weights_).float(), n, replacement=True)
        means = torch.from_numpy(gmm.means_).float()[which]
        stds = torch.from_numpy(gmm.covariances_).float().diagonal(dim1=1, dim2=2).sqrt()[which]
        return reconstruct(means + stds * torch.randn_like(means), mean, components)
        """)
mistake("applies a sigmoid to the decoded images (squashes them into (0, 1))", G,
        """
        codes, _ = gmm.sample(n)
        return torch.sigmoid(reconstruct(torch.from_numpy(codes).float(), mean, components))
        """)
mistake("forgets the mean image: decodes Z W_k^T only", G,
        """
        codes, _ = gmm.sample(n)
        Z = torch.from_numpy(codes).float()
        return Z @ components[:, : Z.shape[1]].T
        """)
mistake("sets the caller's gmm.random_state to None for 'fresh' samples: changes the mixture, not reproducible", G,
        """
        gmm.random_state = None
        codes, _ = gmm.sample(n)
        return reconstruct(torch.from_numpy(codes).float(), mean, components)
        """)
mistake("returns the codes instead of the decoded images", G,
        """
        codes, _ = gmm.sample(n)
        return torch.from_numpy(codes).float()
        """)
mistake("decodes in float64 and returns float64", G,
        """
        codes, _ = gmm.sample(n)
        return reconstruct(torch.from_numpy(codes), mean.double(), components.double())
        """)
mistake("hard-codes k = 30 (the notebook's k_generate): wrong for mixtures of another dimension", G,
        """
        codes, _ = gmm.sample(n)
        Z = torch.from_numpy(codes).float()
        return Z[:, :30] @ components[:, :30].T + mean
        """)

alternative("torch.tensor(..., dtype=float32), then the decoder formula written out", G,
            """
            codes, _components_used = gmm.sample(n_samples=n)
            Z = torch.tensor(codes, dtype=torch.float32)
            return Z @ components[:, : Z.shape[1]].T + mean
            """)
