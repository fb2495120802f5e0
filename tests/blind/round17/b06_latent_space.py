"""Blind round 17: mistakes and alternatives for notebook 06_latent_space."""

NOTEBOOK = '06_latent_space'

# ---------------------------------------------------------------------------------------------------------------
# Exercise 1: encode_means
# ---------------------------------------------------------------------------------------------------------------
_EM = '''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
'''

_EM_MISTAKES = [
    dict(name='em_returns_samples', grade_id='encode_means', source=_EM + '''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, logvar = model.encoder(images[start:start + batch_size])
            codes.append(mu + torch.exp(0.5 * logvar) * torch.randn_like(mu))
    return torch.cat(codes)
'''),
    dict(name='em_uses_the_vae_forward', grade_id='encode_means', source=_EM + '''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            _, mu, _ = model(images[start:start + batch_size])
            codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name='em_no_eval', grade_id='encode_means', source=_EM + '''    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name='em_builds_the_graph', grade_id='encode_means', source=_EM + '''    model.eval()
    codes = []
    for start in range(0, len(images), batch_size):
        mu, _ = model.encoder(images[start:start + batch_size])
        codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name='em_drops_the_last_partial_batch', grade_id='encode_means', source=_EM + '''    model.eval()
    codes = []
    with torch.no_grad():
        for number in range(len(images) // batch_size):
            mu, _ = model.encoder(images[number * batch_size:(number + 1) * batch_size])
            codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name='em_stacks_instead_of_cat', grade_id='encode_means', source=_EM + '''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    return torch.stack(codes).reshape(-1, codes[0].shape[1])
'''),
    dict(name='em_chunk_uses_batch_size_as_a_count', grade_id='encode_means', source=_EM + '''    model.eval()
    with torch.no_grad():
        return torch.cat([model.encoder(x)[0] for x in torch.chunk(images, batch_size)])
'''),
    dict(name='em_returns_numpy', grade_id='encode_means', source=_EM + '''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    return torch.cat(codes).numpy()  # ready for scatter plots and scikit-learn
'''),
    dict(name='em_shuffled_batches', grade_id='encode_means', source=_EM + '''    model.eval()
    order = torch.randperm(len(images))
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[order[start:start + batch_size]])
            codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name='em_leaves_the_model_in_training_mode', grade_id='encode_means', source=_EM + '''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    model.train()  # undo the eval() above
    return torch.cat(codes)
'''),
    dict(name='em_cat_along_the_latent_dim', grade_id='encode_means', source=_EM + '''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            codes.append(model.encoder(images[start:start + batch_size])[0])
    return torch.cat(codes, dim=-1)
'''),
]

_EM_ALTERNATIVES = [
    dict(name='em_split_and_train_false', grade_id='encode_means', source=_EM + '''    model.train(False)
    with torch.no_grad():
        return torch.cat([model.encoder(batch)[0] for batch in torch.split(images, batch_size)], dim=0)
'''),
    dict(name='em_preallocated_output', grade_id='encode_means', source=_EM + '''    model.eval()
    codes = None
    with torch.no_grad():
        for start in range(0, images.shape[0], batch_size):
            mu = model.encoder(images[start:start + batch_size])[0]
            if codes is None:
                codes = torch.empty(images.shape[0], mu.shape[1], dtype=mu.dtype)
            codes[start:start + len(mu)] = mu
    return codes
'''),
]

# ---------------------------------------------------------------------------------------------------------------
# Exercise 2: latent_grid
# ---------------------------------------------------------------------------------------------------------------
_LG = '''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
'''

_LG_MISTAKES = [
    dict(name='lg_z2_grows_downwards', grade_id='latent_grid', source=_LG + '''    values = torch.linspace(low, high, n)
    z2, z1 = torch.meshgrid(values, values, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='lg_column_after_column', grade_id='latent_grid', source=_LG + '''    values = torch.linspace(low, high, n)
    z1, z2 = torch.meshgrid(values, values.flip(0), indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='lg_coordinates_swapped', grade_id='latent_grid', source=_LG + '''    values = torch.linspace(low, high, n)
    rows, columns = torch.meshgrid(values.flip(0), values, indexing="ij")
    return torch.stack([rows.reshape(-1), columns.reshape(-1)], dim=1)
'''),
    dict(name='lg_step_divides_by_n', grade_id='latent_grid', source=_LG + '''    h = (high - low) / n
    values = low + h * torch.arange(n)
    z2, z1 = torch.meshgrid(values.flip(0), values, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='lg_numpy_linspace_float64', grade_id='latent_grid', source='''import numpy as np


''' + _LG + '''    values = torch.from_numpy(np.linspace(low, high, n))
    z2, z1 = torch.meshgrid(values.flip(0), values, indexing="ij")
    return torch.stack([z1.flatten(), z2.flatten()], dim=1)
'''),
    dict(name='lg_negates_instead_of_flipping', grade_id='latent_grid', source=_LG + '''    values = torch.linspace(low, high, n)
    z2, z1 = torch.meshgrid(-values, values, indexing="ij")  # z2 from high (top) down to low
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='lg_cartesian_prod_in_the_wrong_order', grade_id='latent_grid', source=_LG + '''    values = torch.linspace(low, high, n)
    return torch.cartesian_prod(values, values.flip(0))
'''),
    dict(name='lg_not_flattened', grade_id='latent_grid', source=_LG + '''    values = torch.linspace(low, high, n)
    z2, z1 = torch.meshgrid(values.flip(0), values, indexing="ij")
    return torch.stack([z1, z2], dim=-1)
'''),
    dict(name='lg_repeat_and_repeat_interleave_swapped', grade_id='latent_grid', source=_LG + '''    values = torch.linspace(low, high, n)
    z1 = values.repeat_interleave(n)
    z2 = values.flip(0).repeat(n)
    return torch.stack([z1, z2], dim=1)
'''),
    dict(name='lg_arange_with_a_float_step', grade_id='latent_grid', source=_LG + '''    h = (high - low) / (n - 1)
    values = torch.arange(low, high + h, h)  # + h so that high is included
    z2, z1 = torch.meshgrid(values.flip(0), values, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='lg_flips_z1_instead_of_z2', grade_id='latent_grid', source=_LG + '''    values = torch.linspace(low, high, n)
    z2, z1 = torch.meshgrid(values, values.flip(0), indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
]

_LG_ALTERNATIVES = [
    dict(name='lg_meshgrid_xy', grade_id='latent_grid', source=_LG + '''    values = torch.linspace(low, high, n)
    z1, z2 = torch.meshgrid(values, values.flip(0), indexing="xy")
    return torch.stack((z1, z2), dim=-1).reshape(n * n, 2)
'''),
    dict(name='lg_double_loop_formula', grade_id='latent_grid', source=_LG + '''    h = (high - low) / (n - 1)
    points = []
    for i in range(n):
        for j in range(n):
            points.append([low + j * h, high - i * h])
    return torch.tensor(points, dtype=torch.float32)
'''),
    dict(name='lg_cartesian_prod_then_swap', grade_id='latent_grid', source=_LG + '''    return torch.cartesian_prod(torch.linspace(high, low, n), torch.linspace(low, high, n))[:, [1, 0]]
'''),
]

# ---------------------------------------------------------------------------------------------------------------
# Exercise 3: decode
# ---------------------------------------------------------------------------------------------------------------
_DE = '''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
'''

_DE_MISTAKES = [
    dict(name='de_returns_logits', grade_id='decode', source=_DE + '''    model.eval()
    with torch.no_grad():
        return model.decoder(z)
'''),
    dict(name='de_bernoulli_draws', grade_id='decode', source=_DE + '''    model.eval()
    with torch.no_grad():
        return torch.bernoulli(torch.sigmoid(model.decoder(z)))
'''),
    dict(name='de_no_eval', grade_id='decode', source=_DE + '''    with torch.no_grad():
        return torch.sigmoid(model.decoder(z))
'''),
    dict(name='de_with_gradients', grade_id='decode', source=_DE + '''    model.eval()
    return torch.sigmoid(model.decoder(z))
'''),
    dict(name='de_softmax_over_the_channel', grade_id='decode', source=_DE + '''    model.eval()
    with torch.no_grad():
        return torch.softmax(model.decoder(z), dim=1)
'''),
    dict(name='de_leaves_training_mode', grade_id='decode', source=_DE + '''    model.eval()
    with torch.no_grad():
        images = torch.sigmoid(model.decoder(z))
    model.train()
    return images
'''),
    dict(name='de_thresholded', grade_id='decode', source=_DE + '''    model.eval()
    with torch.no_grad():
        return (model.decoder(z) > 0).float()  # ink where p > 0.5
'''),
]

_DE_ALTERNATIVES = [
    dict(name='de_inplace_sigmoid_train_false', grade_id='decode', source=_DE + '''    model.train(False)
    with torch.no_grad():
        logits = model.decoder(z)
        return logits.sigmoid_()
'''),
]

# ---------------------------------------------------------------------------------------------------------------
# Exercise 4: samples_around
# ---------------------------------------------------------------------------------------------------------------
_SA = '''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
'''

_SA_MISTAKES = [
    dict(name='sa_global_random_numbers', grade_id='samples_around', source=_SA + '''    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1])
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_noise_shaped_like_mu', grade_id='samples_around', source=_SA + '''    mu = encode_means(model, image[None])
    noise = torch.randn(mu.shape, generator=generator)
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_noise_drawn_transposed', grade_id='samples_around', source=_SA + '''    mu = encode_means(model, image[None])  # (1, d)
    noise = torch.randn(mu.shape[1], n, generator=generator).T
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_scale_as_a_variance', grade_id='samples_around', source=_SA + '''    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + math.sqrt(scale) * noise
    return z, decode(model, z)
'''),
    dict(name='sa_scale_multiplies_mu', grade_id='samples_around', source=_SA + '''    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu * scale + noise
    return z, decode(model, z)
'''),
    dict(name='sa_noise_scaled_by_the_encoder_sigma', grade_id='samples_around', source=_SA + '''    model.eval()
    with torch.no_grad():
        mu, logvar = model.encoder(image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * torch.exp(0.5 * logvar) * noise
    return z, decode(model, z)
'''),
    dict(name='sa_decodes_the_mean_n_times', grade_id='samples_around', source=_SA + '''    mu = encode_means(model, image[None])
    z = mu + scale * torch.randn(n, mu.shape[1], generator=generator)
    return z, decode(model, mu.expand(n, -1))
'''),
    dict(name='sa_hard_coded_latent_dim_20', grade_id='samples_around', source=_SA + '''    mu = encode_means(model, image[None])
    z = mu + scale * torch.randn(n, 20, generator=generator)
    return z, decode(model, z)
'''),
    dict(name='sa_reseeds_the_callers_generator', grade_id='samples_around', source=_SA + '''    mu = encode_means(model, image[None])
    generator.manual_seed(generator.initial_seed())  # the same samples every time
    z = mu + scale * torch.randn(n, mu.shape[1], generator=generator)
    return z, decode(model, z)
'''),
]

_SA_ALTERNATIVES = [
    dict(name='sa_torch_normal_with_std', grade_id='samples_around', source=_SA + '''    mu = encode_means(model, image.unsqueeze(0))
    z = mu + torch.normal(0.0, float(scale), size=(n, mu.shape[-1]), generator=generator)
    images = decode(model, z)
    return z, images
'''),
    dict(name='sa_repeat_and_addcmul', grade_id='samples_around', source=_SA + '''    mu = encode_means(model, image.reshape(1, 1, 28, 28))
    noise = torch.randn(n, mu.size(1), generator=generator)
    z = torch.add(mu.repeat(n, 1), noise, alpha=scale)
    return z, decode(model, z)
'''),
]

# ---------------------------------------------------------------------------------------------------------------
# Exercise 5: interpolate
# ---------------------------------------------------------------------------------------------------------------
_IP = '''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
'''

_IP_MISTAKES = [
    dict(name='ip_end_excluded', grade_id='interpolate', source=_IP + '''    t = (torch.arange(steps) / steps)[:, None]
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='ip_stacked_along_columns', grade_id='interpolate', source=_IP + '''    return torch.stack([(1 - t) * z_start + t * z_end for t in torch.linspace(0, 1, steps)], dim=1)
'''),
    dict(name='ip_numpy_linspace_float64', grade_id='interpolate', source='''import numpy as np


''' + _IP + '''    t = torch.from_numpy(np.linspace(0, 1, steps)).unsqueeze(1)
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='ip_steps_plus_one_codes', grade_id='interpolate', source=_IP + '''    t = torch.linspace(0, 1, steps + 1)[:, None]  # steps intervals
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='ip_walks_z_start_in_place', grade_id='interpolate', source=_IP + '''    step = (z_end - z_start) / (steps - 1)
    z = z_start
    path = []
    for _ in range(steps):
        path.append(z.clone())
        z += step
    return torch.stack(path)
'''),
    dict(name='ip_both_ends_excluded', grade_id='interpolate', source=_IP + '''    t = torch.linspace(0, 1, steps + 2)[1:-1, None]
    return (1 - t) * z_start + t * z_end
'''),
]

_IP_ALTERNATIVES = [
    dict(name='ip_lerp', grade_id='interpolate', source=_IP + '''    weights = torch.linspace(0.0, 1.0, steps, dtype=z_start.dtype).unsqueeze(-1)
    return torch.lerp(z_start.expand(steps, -1), z_end.expand(steps, -1), weights)
'''),
    dict(name='ip_outer_products', grade_id='interpolate', source=_IP + '''    t = torch.arange(steps, dtype=z_start.dtype) / (steps - 1)
    return torch.outer(1 - t, z_start) + torch.outer(t, z_end)
'''),
]

# ---------------------------------------------------------------------------------------------------------------
# Exercise 6: slerp
# ---------------------------------------------------------------------------------------------------------------
_SL = '''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-6
    """
'''
_SL_T = '''    t = torch.linspace(0, 1, steps)[:, None]
'''
_SL_PATH = '''    return torch.sin((1 - t) * omega) / sin_omega * z_start + torch.sin(t * omega) / sin_omega * z_end
'''

_SL_MISTAKES = [
    dict(name='sl_cosine_not_clamped', grade_id='slerp', source=_SL + '''    cos_omega = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos_omega)
    sin_omega = torch.sin(omega)
    if sin_omega < 1e-6:
        return interpolate(z_start, z_end, steps)
''' + _SL_T + _SL_PATH),
    dict(name='sl_no_parallel_fallback', grade_id='slerp', source=_SL + '''    cos_omega = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos_omega.clamp(-1, 1))
    sin_omega = torch.sin(omega)
''' + _SL_T + _SL_PATH),
    dict(name='sl_angle_from_the_raw_dot_product', grade_id='slerp', source=_SL + '''    omega = torch.arccos(torch.dot(z_start, z_end).clamp(-1, 1))
    sin_omega = torch.sin(omega)
    if sin_omega < 1e-6:
        return interpolate(z_start, z_end, steps)
''' + _SL_T + _SL_PATH),
    dict(name='sl_path_between_unit_vectors', grade_id='slerp', source=_SL + '''    a = z_start / z_start.norm()
    b = z_end / z_end.norm()
    omega = torch.arccos(torch.dot(a, b).clamp(-1, 1))
    sin_omega = torch.sin(omega)
    if sin_omega < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) / sin_omega * a + torch.sin(t * omega) / sin_omega * b
'''),
    dict(name='sl_constant_path_when_parallel', grade_id='slerp', source=_SL + '''    cos_omega = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos_omega.clamp(-1, 1))
    sin_omega = torch.sin(omega)
    if sin_omega < 1e-6:  # parallel: nothing to rotate
        return z_start.repeat(steps, 1)
''' + _SL_T + _SL_PATH),
    dict(name='sl_weights_swapped', grade_id='slerp', source=_SL + '''    cos_omega = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos_omega.clamp(-1, 1))
    sin_omega = torch.sin(omega)
    if sin_omega < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin(t * omega) / sin_omega * z_start + torch.sin((1 - t) * omega) / sin_omega * z_end
'''),
    dict(name='sl_not_divided_by_sin_omega', grade_id='slerp', source=_SL + '''    cos_omega = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos_omega.clamp(-1, 1))
    if torch.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end
'''),
    dict(name='sl_fallback_reversed', grade_id='slerp', source=_SL + '''    cos_omega = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos_omega.clamp(-1, 1))
    sin_omega = torch.sin(omega)
    if sin_omega < 1e-6:
        return interpolate(z_end, z_start, steps)
''' + _SL_T + _SL_PATH),
    dict(name='sl_threshold_on_the_angle', grade_id='slerp', source=_SL + '''    cos_omega = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos_omega.clamp(-1, 1))
    if omega < 1e-6:  # parallel codes: the angle is zero
        return interpolate(z_start, z_end, steps)
    sin_omega = torch.sin(omega)
''' + _SL_T + _SL_PATH),
]

_SL_ALTERNATIVES = [
    dict(name='sl_vector_norms_and_loop', grade_id='slerp', source=_SL + '''    dot = (z_start * z_end).sum()
    norms = torch.linalg.vector_norm(z_start) * torch.linalg.vector_norm(z_end)
    cos_omega = torch.clamp(dot / norms, -1.0, 1.0)
    omega = torch.acos(cos_omega)
    sin_omega = torch.sin(omega)
    if sin_omega.item() < 1e-6:
        return interpolate(z_start, z_end, steps)
    rows = []
    for k in range(steps):
        t = k / (steps - 1)
        rows.append((torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / sin_omega)
    return torch.stack(rows)
'''),
]

# ---------------------------------------------------------------------------------------------------------------
# Exercise 7: aggregate_moments
# ---------------------------------------------------------------------------------------------------------------
_AM = '''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
'''

_AM_MISTAKES = [
    dict(name='am_variance_of_the_means_only', grade_id='aggregate_moments', source=_AM + '''    mean = mu.mean(dim=0)
    variance = mu.var(dim=0, unbiased=False)
    return mean, variance
'''),
    dict(name='am_law_of_total_variance_unbiased', grade_id='aggregate_moments', source=_AM + '''    mean = mu.mean(dim=0)
    variance = logvar.exp().mean(dim=0) + mu.var(dim=0)  # E[Var] + Var[E]
    return mean, variance
'''),
    dict(name='am_std_instead_of_variance', grade_id='aggregate_moments', source=_AM + '''    mean = mu.mean(dim=0)
    sigma = torch.exp(0.5 * logvar)
    variance = (sigma + mu ** 2).mean(dim=0) - mean ** 2
    return mean, variance
'''),
    dict(name='am_logvar_used_as_the_variance', grade_id='aggregate_moments', source=_AM + '''    mean = mu.mean(dim=0)
    variance = (logvar + mu ** 2).mean(dim=0) - mean ** 2
    return mean, variance
'''),
    dict(name='am_averaged_over_the_latent_dims', grade_id='aggregate_moments', source=_AM + '''    mean = mu.mean(dim=1)
    variance = (logvar.exp() + mu ** 2).mean(dim=1) - mean ** 2
    return mean, variance
'''),
    dict(name='am_mean_squared_not_subtracted', grade_id='aggregate_moments', source=_AM + '''    mean = mu.mean(dim=0)
    variance = (logvar.exp() + mu ** 2).mean(dim=0)
    return mean, variance
'''),
    dict(name='am_sums_over_the_images', grade_id='aggregate_moments', source=_AM + '''    mean = mu.sum(dim=0) / len(mu)
    variance = (logvar.exp() + mu ** 2).sum(dim=0) - mean ** 2
    return mean, variance
'''),
    dict(name='am_exp_in_place_on_logvar', grade_id='aggregate_moments', source=_AM + '''    mean = mu.mean(dim=0)
    variance = (logvar.exp_() + mu ** 2).mean(dim=0) - mean ** 2
    return mean, variance
'''),
    dict(name='am_returns_variance_then_mean', grade_id='aggregate_moments', source=_AM + '''    mean = mu.mean(0)
    variance = (torch.exp(logvar) + mu * mu).mean(0) - mean * mean
    return variance, mean
'''),
    dict(name='am_var_mean_outputs_unpacked_in_the_wrong_order', grade_id='aggregate_moments', source=_AM + '''    mean, spread = torch.var_mean(mu, dim=0, unbiased=False)
    variance = spread + logvar.exp().mean(dim=0)
    return mean, variance
'''),
    dict(name='am_keepdim', grade_id='aggregate_moments', source=_AM + '''    mean = mu.mean(dim=0, keepdim=True)
    variance = (logvar.exp() + mu ** 2).mean(dim=0, keepdim=True) - mean ** 2
    return mean, variance
'''),
]

_AM_ALTERNATIVES = [
    dict(name='am_two_pass_total_variance', grade_id='aggregate_moments', source=_AM + '''    mean = mu.mean(dim=0)
    variance = (logvar.exp() + (mu - mean) ** 2).mean(dim=0)
    return mean, variance
'''),
    dict(name='am_var_mean_correctly_unpacked', grade_id='aggregate_moments', source=_AM + '''    spread, mean = torch.var_mean(mu, dim=0, correction=0)
    return mean, spread + torch.mean(torch.exp(logvar), dim=0)
'''),
]

MISTAKES = _EM_MISTAKES + _LG_MISTAKES + _DE_MISTAKES + _SA_MISTAKES + _IP_MISTAKES + _SL_MISTAKES + _AM_MISTAKES

ALTERNATIVES = (_EM_ALTERNATIVES + _LG_ALTERNATIVES + _DE_ALTERNATIVES + _SA_ALTERNATIVES + _IP_ALTERNATIVES
                + _SL_ALTERNATIVES + _AM_ALTERNATIVES)
