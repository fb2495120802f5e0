"""Known mistakes in notebook 01 (PCA), and correct alternatives that must keep full marks."""

from notebook_runner import Replacement as R
from notebook_runner import blind_mistake

NOTEBOOK = "01_pca"

MISTAKES = [
    blind_mistake(26, NOTEBOOK, 'cen_centered_aliases_input_when_zero_mean',
                  {'test_center': "caller's tensor itself"}),
    blind_mistake(26, NOTEBOOK, 'pr_project_float32',
                  {'test_project': 'float64'}),
    blind_mistake(26, NOTEBOOK, 'pr_project_cached_basis',
                  {'test_project': 'earlier call'}),
    blind_mistake(25, NOTEBOOK, 'gen_k_from_mixture_size',
                  {'test_generate_digits': 'drops some'}),
    blind_mistake(24, NOTEBOOK, 'co_cache_by_data_ptr',
                  {'test_covariance': 'data_ptr'}),
    blind_mistake(23, NOTEBOOK, 'pca_eigh_in_float32',
                  {'test_pca_fit': 'float64 data'}),
    blind_mistake(23, NOTEBOOK, 'proj_all_components_shortcut',
                  {'test_project': 'every component'}),
    blind_mistake(22, NOTEBOOK, 'itv_requires_grad',
                  {'test_images_to_vectors': 'require gradients'}),
    blind_mistake(22, NOTEBOOK, 'itv_cache_by_pixel_sum',
                  {'test_images_to_vectors': 'two pixels of the first swapped'}),
    blind_mistake(22, NOTEBOOK, 'cov_subsampled_rows',
                  {'test_covariance': 'the last ones spread wider'}),
    blind_mistake(22, NOTEBOOK, 'gen_deepcopy_freezes_stream',
                  {'test_generate_digits': 'called a second time'}),
    blind_mistake(22, NOTEBOOK, 'gen_squeeze_one_sample',
                  {'test_generate_digits': 'one sample is a batch of one image'}),
    blind_mistake(21, NOTEBOOK, 'cov_numpy_cast_float32',
                  {'test_covariance': 'float64 data'}),
    blind_mistake(21, NOTEBOOK, 'pca_clamp_to_zero_and_resort',
                  {'test_pca_fit': 'no floor or clamp'}),
    blind_mistake(20, NOTEBOOK, 'cov_cached_first_result',
                  {'test_covariance': 'nothing kept between calls'}),
    blind_mistake(19, NOTEBOOK, 'center_ignores_zero_rows',
                  {'test_center': 'rows of zeros'}),
    blind_mistake(19, NOTEBOOK, 'cov_ridge_for_stability',
                  {'test_covariance': 'values near 1e-3'}),
    blind_mistake(19, NOTEBOOK, 'cov_zeroes_small_entries',
                  {'test_covariance': 'values near 1e-3'}),
    blind_mistake(19, NOTEBOOK, 'cov_chunked_wrong_normalisation',
                  {'test_covariance': 'values near 1e-3'}),
    blind_mistake(19, NOTEBOOK, 'sk_arpack_solver',
                  {'test_sklearn_test_mse': 'every component'}),
    blind_mistake(19, NOTEBOOK, 'gen_samples_twice',
                  {'test_generate_digits': 'RandomState'}),
    blind_mistake(19, NOTEBOOK, 'gen_bfloat16_codes',
                  {'test_generate_digits': 'one call codes, _ = gmm.sample(n)'}),
    blind_mistake(19, NOTEBOOK, 'gen_extra_sample_dropped',
                  {'test_generate_digits': 'one call codes, _ = gmm.sample(n)'}),
    blind_mistake(17, NOTEBOOK, 'sign_fixed_by_first_entry',
                  {'test_pca_fit': 'torch.sign(0) is 0'}),
    blind_mistake(17, NOTEBOOK, 'reconstruct_squeezed',
                  {'test_reconstruct': 'a single code'}),
    blind_mistake(17, NOTEBOOK, 'k_from_number_of_gaussians',
                  {'test_generate_digits': 'not the number of Gaussians'}),
    blind_mistake(16, NOTEBOOK, 'mean_downcast_to_float32',
                  {'test_center': "in X's own dtype"}),
    blind_mistake(16, NOTEBOOK, 'centres_argument_in_place',
                  {'test_pca_fit': 'changed its argument X'}),
    blind_mistake(16, NOTEBOOK, 'memoised_on_tensor_identity',
                  {'test_pca_fit': 'a fit kept between calls'}),
    blind_mistake(15, NOTEBOOK, 'sk_copy_false_mutates_train',
                  {'test_sklearn_test_mse': 'changed its argument X_train'}),
    blind_mistake(15, NOTEBOOK, 'sk_rounded_result',
                  {'test_sklearn_test_mse': 'without rounding'}),
    blind_mistake(14, NOTEBOOK, 'cov_inplace_scaling_mutates_input',
                  {'test_covariance': 'changed its argument X_centered'}),
    blind_mistake(14, NOTEBOOK, 'gen_shuffled_order',
                  {'test_generate_digits': 'gave different samples'}),
    blind_mistake(11, NOTEBOOK, 'squeeze breaks a batch of one image',
                  {'test_images_to_vectors': 'squeeze() drops every dimension of size 1'}),
    blind_mistake(10, NOTEBOOK, 'reconstruct computes in float64 and returns float64',
                  {'test_reconstruct': "keep the data's dtype"}),
    blind_mistake(9, NOTEBOOK, 'keepdim then squeeze(): for D = 1 the mean becomes a 0-d tensor instead of shape (1,)',
                  {'test_center': 'shape (N, 1)'}),
    blind_mistake(9, NOTEBOOK, 'caches the fitted PCA by k: a second training set with the same k reuses the first fit',
                  {'test_sklearn_test_mse': 'second training set with the same k'}),
    blind_mistake(9, NOTEBOOK, "sets the caller's gmm.random_state to None for 'fresh' samples: changes the mixture, not reproducible",
                  {'test_generate_digits': 'changed the mixture it was given'}),
    R("the mean of the first 1,000 rows only (blind round 8)", "center",
      "def center(X):\n    mean = X[:1000].mean(dim=0)\n    return X - mean, mean",
      {"test_center": "every row of X"}),
    R("the mean cached by shape between calls (blind round 8)", "center",
      "_means = {}\n\n\ndef center(X):\n    mean = _means.setdefault(tuple(X.shape), X.mean(dim=0))\n"
      "    return X - mean, mean",
      {"test_center": "cache kept between calls"}),
    R("a thin SVD: min(N, D) components when N < D (blind round 8)", "pca_fit",
      "def pca_fit(X):\n    Xc, mean = center(X)\n    _, S, Vh = torch.linalg.svd(Xc, full_matrices=False)\n"
      "    return mean, S ** 2 / (len(X) - 1), Vh.T",
      {"test_pca_fit": "min(N, D)"}),
    R("the mixture sampled by hand, as if its covariances were full (blind round 8)", "generate_digits",
      "def generate_digits(gmm, mean, components, n):\n"
      "    which = np.random.choice(len(gmm.weights_), size=n, p=gmm.weights_)\n"
      "    codes = np.stack([np.random.multivariate_normal(gmm.means_[j], gmm.covariances_[j]) for j in which])\n"
      "    return reconstruct(torch.from_numpy(codes).float(), mean, components)",
      {"test_generate_digits": "covariance_type='diag'"}),
    R("covariance through np.cov, in float64 (blind round 7)", "covariance",
      "def covariance(Xc):\n    return torch.from_numpy(np.cov(Xc.numpy(), rowvar=False))",
      {"test_covariance": "keep the data's dtype"}),
    R("the general eigensolver torch.linalg.eig (blind round 7)", "pca_fit",
      "def pca_fit(X):\n    Xc, mean = center(X)\n    values, vectors = torch.linalg.eig(covariance(Xc))\n"
      "    values, vectors = values.real, vectors.real\n    order = values.argsort(descending=True)\n"
      "    return mean, values[order], vectors[:, order]",
      {"test_pca_fit": "made for symmetric matrices"}),
    R("PCA fitted on the first 10,000 training rows only (blind round 7)", "sklearn_test_mse",
      "def sklearn_test_mse(X_train, X_test, k):\n    pca = PCA(n_components=k).fit(X_train[:10_000].numpy())\n"
      "    X_hat = pca.inverse_transform(pca.transform(X_test.numpy()))\n"
      "    return float(((X_hat - X_test.numpy()) ** 2).mean())",
      {"test_sklearn_test_mse": "fit on every training row"}),
    R("divides by 256", "images_to_vectors",
      "def images_to_vectors(images):\n    return images.reshape(len(images), -1).float() / 256",
      {"test_images_to_vectors": "divide by 255"}),
    R("no scaling to [0, 1]", "images_to_vectors",
      "def images_to_vectors(images):\n    return images.reshape(len(images), -1).float()",
      {"test_images_to_vectors": "divide by 255"}),
    R("flattens column by column", "images_to_vectors",
      "def images_to_vectors(images):\n    return images.transpose(1, 2).reshape(len(images), -1).float() / 255",
      {"test_images_to_vectors": "row after row"}),
    R("keeps float64", "images_to_vectors",
      "def images_to_vectors(images):\n    return images.reshape(len(images), -1).double() / 255",
      {"test_images_to_vectors": "float32"}),
    R("min-max normalisation by the batch instead of / 255", "images_to_vectors",
      "def images_to_vectors(images):\n    x = images.reshape(len(images), -1).float()\n"
      "    return (x - x.min()) / (x.max() - x.min())",
      {"test_images_to_vectors": "min-max"}),
    R("subtracts the mean in place", "center",
      "def center(X):\n    mean = X.mean(dim=0)\n    X -= mean\n    return X, mean",
      {"test_center": "in place"}),
    R("mean computed in float64 (blind round 6)", "center",
      "def center(X):\n    mean = X.double().mean(dim=0)\n    return X - mean, mean",
      {"test_center": "keep X's dtype"}),
    R("mean over the wrong axis", "center",
      "def center(X):\n    mean = X.mean(dim=1)\n    return X - mean[:, None], mean",
      {"test_center": "shape"}),
    R("does not centre", "center",
      "def center(X):\n    return X, X.mean(dim=0)",
      {"test_center": "dim=0"}),
    R("divides by N", "covariance",
      "def covariance(Xc):\n    return Xc.T @ Xc / len(Xc)",
      {"test_covariance": "N - 1"}),
    R("gram matrix instead of covariance", "covariance",
      "def covariance(Xc):\n    return Xc @ Xc.T / (len(Xc) - 1)",
      {"test_covariance": "shape"}),
    R("uncentred data", "pca_fit",
      "def pca_fit(X):\n    values, vectors = torch.linalg.eigh(covariance(X))\n"
      "    order = values.argsort(descending=True)\n    return X.mean(0), values[order], vectors[:, order]",
      {"test_pca_fit": "centre"}),
    R("ascending eigenvalues", "pca_fit",
      "def pca_fit(X):\n    Xc, mean = center(X)\n    values, vectors = torch.linalg.eigh(covariance(Xc))\n"
      "    return mean, values, vectors",
      {"test_pca_fit": "descending"}),
    R("eigenvectors taken as rows", "pca_fit",
      "def pca_fit(X):\n    Xc, mean = center(X)\n    values, vectors = torch.linalg.eigh(covariance(Xc))\n"
      "    order = values.argsort(descending=True)\n    return mean, values[order], vectors.T[order]",
      {"test_pca_fit": "columns"}),
    R("sorts eigenvalues by absolute value (blind round 6)", "pca_fit",
      "def pca_fit(X):\n    Xc, mean = center(X)\n    values, vectors = torch.linalg.eigh(covariance(Xc))\n"
      "    order = values.abs().argsort(descending=True)\n    return mean, values[order], vectors[:, order]",
      {"test_pca_fit": "not their absolute values"}),
    R("project centres X in place (blind round 6)", "project_reconstruct",
      "def project(X, mean, components, k):\n    X -= mean\n    return X @ components[:, :k]\n"
      "def reconstruct(Z, mean, components):\n    return Z @ components[:, :Z.shape[1]].T + mean",
      {"test_project": "in place"}),
    R("projects on rows of components", "project_reconstruct",
      "def project(X, mean, components, k):\n    return (X - mean) @ components[:k].T\n"
      "def reconstruct(Z, mean, components):\n    return Z @ components[:, :Z.shape[1]].T + mean",
      {"test_project": "COLUMNS"}),
    R("projects without centring", "project_reconstruct",
      "def project(X, mean, components, k):\n    return X @ components[:, :k]\n"
      "def reconstruct(Z, mean, components):\n    return Z @ components[:, :Z.shape[1]].T + mean",
      {"test_project": "subtract the mean"}),
    R("reconstructs without the mean", "project_reconstruct",
      "def project(X, mean, components, k):\n    return (X - mean) @ components[:, :k]\n"
      "def reconstruct(Z, mean, components):\n    return Z @ components[:, :Z.shape[1]].T",
      {"test_reconstruct": "mean back"}),
    R("fits scikit-learn on the test set", "sklearn_test_mse",
      "def sklearn_test_mse(X_train, X_test, k):\n    pca = PCA(n_components=k).fit(X_test.numpy())\n"
      "    return float(((pca.inverse_transform(pca.transform(X_test.numpy())) - X_test.numpy()) ** 2).mean())",
      {"test_sklearn_test_mse": "first argument"}),
    R("returns a NumPy number", "sklearn_test_mse",
      "def sklearn_test_mse(X_train, X_test, k):\n    pca = PCA(n_components=k).fit(X_train.numpy())\n"
      "    return ((pca.inverse_transform(pca.transform(X_test.numpy())) - X_test.numpy()) ** 2).mean()",
      {"test_sklearn_test_mse": "Python float"}),
    R("samples codes from N(0, I)", "generate_digits",
      "def generate_digits(gmm, mean, components, n):\n"
      "    return reconstruct(torch.randn(n, gmm.means_.shape[1]), mean, components)",
      {"test_generate_digits": "gmm.sample"}),
    R("clips the pixels", "generate_digits",
      "def generate_digits(gmm, mean, components, n):\n    codes, _ = gmm.sample(n)\n"
      "    return reconstruct(torch.as_tensor(codes, dtype=torch.float32), mean, components).clamp(0, 1)",
      {"test_generate_digits": "subspace"}),
    R("decodes only the means of the Gaussians", "generate_digits",
      "def generate_digits(gmm, mean, components, n):\n    _, labels = gmm.sample(n)\n"
      "    return reconstruct(torch.as_tensor(gmm.means_[labels], dtype=torch.float32), mean, components)",
      {"test_generate_digits": "spread"}),
    R("returns float64", "generate_digits",
      "def generate_digits(gmm, mean, components, n):\n    codes, _ = gmm.sample(n)\n"
      "    return reconstruct(torch.as_tensor(codes), mean.double(), components.double())",
      {"test_generate_digits": "float32"}),
]

ALTERNATIVES = [
    R("view instead of reshape (blind round 12, judged not a mistake: a batch of images is contiguous per image)",
      "images_to_vectors", "def images_to_vectors(images):\n    return images.view(images.shape[0], -1).float() / 255"),
    R("center returning a list [X_centered, mean] (blind round 12, judged not a mistake: the statement asks for two "
      "values, which unpack alike)", "center",
      "def center(X):\n    mean = X.mean(dim=0)\n    return [X - mean, mean]"),
    R("flatten and div", "images_to_vectors",
      "def images_to_vectors(images):\n    return images.flatten(start_dim=1).float().div(255)"),
    R("nn.Flatten after the division", "images_to_vectors",
      "def images_to_vectors(images):\n    return torch.nn.Flatten()(images.to(torch.float32).div(255.0))"),
    R("times the reciprocal of 255", "images_to_vectors",
      "def images_to_vectors(images):\n    return images.flatten(start_dim=1).float() * (1.0 / 255.0)"),
    R("sum / N, then a new tensor", "center",
      "def center(X):\n    mean = X.sum(dim=0) / X.shape[0]\n    return X - mean.unsqueeze(0), mean"),
    R("keepdim mean", "center",
      "def center(X):\n    mean = X.mean(dim=0, keepdim=True)\n    return X - mean, mean.squeeze(0)"),
    R("torch.cov", "covariance",
      "def covariance(Xc):\n    return torch.cov(Xc.T)"),
    R("einsum", "covariance",
      "def covariance(X_centered):\n    n = X_centered.shape[0]\n"
      "    return torch.einsum('ni,nj->ij', X_centered, X_centered) / (n - 1)"),
    R("SVD of the centred data, the values of the missing components zero when N < D", "pca_fit",
      "def pca_fit(X):\n    Xc, mean = center(X)\n    _, s, Vh = torch.linalg.svd(Xc)\n"
      "    values = X.new_zeros(X.shape[1])\n    values[:len(s)] = s ** 2 / (len(X) - 1)\n"
      "    return mean, values, Vh.T"),
    R("flip instead of argsort", "pca_fit",
      "def pca_fit(X):\n    Xc, mean = center(X)\n    values, vectors = torch.linalg.eigh(covariance(Xc))\n"
      "    return mean, values.flip(0), vectors.flip(1)"),
    R("einsum", "project_reconstruct",
      "def project(X, mean, components, k):\n    return torch.einsum('nd,dk->nk', X - mean, components[:, :k])\n"
      "def reconstruct(Z, mean, components):\n    return torch.einsum('nk,dk->nd', Z, components[:, :Z.shape[1]]) + mean"),
    R("reconstruct with addmm", "project_reconstruct",
      "def project(X, mean, components, k):\n    return (X - mean) @ components[:, :k]\n"
      "def reconstruct(Z, mean, components):\n"
      "    return torch.addmm(mean.expand(Z.shape[0], -1), Z, components[:, :Z.shape[1]].transpose(0, 1))"),
    R("sklearn's mean_squared_error", "sklearn_test_mse",
      "from sklearn.metrics import mean_squared_error\n"
      "def sklearn_test_mse(X_train, X_test, k):\n    pca = PCA(n_components=k).fit(X_train.numpy())\n"
      "    Xt = X_test.numpy()\n"
      "    return float(mean_squared_error(Xt.ravel(), pca.inverse_transform(pca.transform(Xt)).ravel()))"),
    R("manual MSE with torch", "sklearn_test_mse",
      "def sklearn_test_mse(X_train, X_test, k):\n    pca = PCA(n_components=k)\n    pca.fit(X_train)\n"
      "    X_hat = torch.from_numpy(pca.inverse_transform(pca.transform(X_test))).float()\n"
      "    return torch.nn.functional.mse_loss(X_hat, X_test).item()"),
    R("from_numpy", "generate_digits",
      "def generate_digits(gmm, mean, components, n):\n    codes = torch.from_numpy(gmm.sample(n)[0]).float()\n"
      "    return codes @ components[:, :codes.shape[1]].T + mean"),
]
