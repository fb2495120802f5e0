"""Blind round 20: mistakes and alternatives for notebook 06_latent_space."""
NOTEBOOK = '06_latent_space'

_EM_SIGNATURE = "def encode_means(model, images, batch_size=1000):\n"
_DEC_SIGNATURE = "def decode(model, z):\n"
_SA_SIGNATURE = "def samples_around(model, image, n, scale, generator):\n"
_SL_SIGNATURE = "def slerp(z_start, z_end, steps):\n"
_AM_SIGNATURE = "def aggregate_moments(mu, logvar):\n"

MISTAKES = [
    # ------------------------------------------------------------------ encode_means
    dict(name='em_no_eval_mode', grade_id='encode_means', source=_EM_SIGNATURE + r'''    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name='em_no_no_grad', grade_id='encode_means', source=_EM_SIGNATURE + r'''    model.eval()
    codes = []
    for start in range(0, len(images), batch_size):
        mu, _ = model.encoder(images[start:start + batch_size])
        codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name='em_detach_instead_of_no_grad', grade_id='encode_means', source=_EM_SIGNATURE + r'''    model.eval()
    codes = []
    for start in range(0, len(images), batch_size):
        mu, _ = model.encoder(images[start:start + batch_size])
        codes.append(mu.detach())
    return torch.cat(codes)
'''),
    dict(name='em_sampled_codes', grade_id='encode_means', source=r'''from vaecourse.models import reparameterize


def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, logvar = model.encoder(images[start:start + batch_size])
            codes.append(reparameterize(mu, logvar))
    return torch.cat(codes)
'''),
    dict(name='em_through_forward', grade_id='encode_means', source=_EM_SIGNATURE + r'''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            _, mu, _ = model(images[start:start + batch_size])
            codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name='em_drops_partial_batch', grade_id='encode_means', source=_EM_SIGNATURE + r'''    model.eval()
    codes = []
    with torch.no_grad():
        for number in range(len(images) // batch_size):
            mu, _ = model.encoder(images[number * batch_size:(number + 1) * batch_size])
            codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name='em_misses_final_single_image', grade_id='encode_means', source=_EM_SIGNATURE + r'''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images) - 1, batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name='em_stack_instead_of_cat', grade_id='encode_means', source=_EM_SIGNATURE + r'''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    return torch.stack(codes).reshape(-1, codes[0].shape[1])
'''),
    dict(name='em_shuffled_order', grade_id='encode_means', source=_EM_SIGNATURE + r'''    model.eval()
    order = torch.randperm(len(images))
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[order[start:start + batch_size]])
            codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name='em_returns_first_batch_only', grade_id='encode_means', source=_EM_SIGNATURE + r'''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
            return torch.cat(codes)
'''),
    dict(name='em_codes_accumulate_across_calls', grade_id='encode_means', source=r'''codes = []


def encode_means(model, images, batch_size=1000):
    model.eval()
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name='em_squeezed_result', grade_id='encode_means', source=_EM_SIGNATURE + r'''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    return torch.cat(codes).squeeze()
'''),
    dict(name='em_float64_codes', grade_id='encode_means', source=_EM_SIGNATURE + r'''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu.double())
    return torch.cat(codes)
'''),
    dict(name='em_leaves_train_mode', grade_id='encode_means', source=_EM_SIGNATURE + r'''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    model.train()
    return torch.cat(codes)
'''),

    # ------------------------------------------------------------------ latent_grid
    dict(name='lg_z2_grows_downwards', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    z2, z1 = torch.meshgrid(values, values, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='lg_column_major_order', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    xs = torch.linspace(low, high, n)
    ys = torch.linspace(high, low, n)
    z1, z2 = torch.meshgrid(xs, ys, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='lg_coordinates_swapped', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    xs = torch.linspace(low, high, n)
    ys = torch.linspace(high, low, n)
    z2, z1 = torch.meshgrid(ys, xs, indexing="ij")
    return torch.stack([z2.reshape(-1), z1.reshape(-1)], dim=1)
'''),
    dict(name='lg_step_excludes_high', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / n
    points = [[low + j * h, high - i * h] for i in range(n) for j in range(n)]
    return torch.tensor(points, dtype=torch.float32)
'''),
    dict(name='lg_cell_centres', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / n
    xs = low + (torch.arange(n) + 0.5) * h
    ys = high - (torch.arange(n) + 0.5) * h
    z2, z1 = torch.meshgrid(ys, xs, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='lg_integer_step', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) // (n - 1)
    points = [[low + j * h, high - i * h] for i in range(n) for j in range(n)]
    return torch.tensor(points, dtype=torch.float32)
'''),
    dict(name='lg_arange_float_step', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / (n - 1)
    xs = torch.arange(low, high + h, h)
    ys = xs.flip(0)
    z2, z1 = torch.meshgrid(ys, xs, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='lg_assumes_symmetric_range', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    xs = torch.linspace(low, high, n)
    ys = -xs  # z2 from the top
    z2, z1 = torch.meshgrid(ys, xs, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='lg_float64_numpy', grade_id='latent_grid', source=r'''import numpy as np


def latent_grid(n, low=-2.0, high=2.0):
    xs = np.linspace(low, high, n)
    z1, z2 = np.meshgrid(xs, xs[::-1])
    return torch.from_numpy(np.stack([z1.ravel(), z2.ravel()], axis=1))
'''),
    dict(name='lg_default_range_changed', grade_id='latent_grid', source=r'''def latent_grid(n, low=-3.0, high=3.0):
    xs = torch.linspace(low, high, n)
    ys = torch.linspace(high, low, n)
    z2, z1 = torch.meshgrid(ys, xs, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),

    # ------------------------------------------------------------------ decode
    dict(name='dec_returns_logits', grade_id='decode', source=_DEC_SIGNATURE + r'''    model.eval()
    with torch.no_grad():
        return model.decoder(z)
'''),
    dict(name='dec_no_eval_mode', grade_id='decode', source=_DEC_SIGNATURE + r'''    with torch.no_grad():
        return torch.sigmoid(model.decoder(z))
'''),
    dict(name='dec_no_no_grad', grade_id='decode', source=_DEC_SIGNATURE + r'''    model.eval()
    return torch.sigmoid(model.decoder(z))
'''),
    dict(name='dec_bernoulli_sample', grade_id='decode', source=_DEC_SIGNATURE + r'''    model.eval()
    with torch.no_grad():
        return torch.bernoulli(torch.sigmoid(model.decoder(z)))
'''),
    dict(name='dec_exp_ratio_overflows', grade_id='decode', source=_DEC_SIGNATURE + r'''    model.eval()
    with torch.no_grad():
        logits = model.decoder(z)
        return torch.exp(logits) / (1 + torch.exp(logits))
'''),
    dict(name='dec_inverted_ink', grade_id='decode', source=_DEC_SIGNATURE + r'''    model.eval()
    with torch.no_grad():
        return 1 - torch.sigmoid(model.decoder(z))
'''),
    dict(name='dec_clamped_logits', grade_id='decode', source=_DEC_SIGNATURE + r'''    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z).clamp(-6, 6))
'''),
    dict(name='dec_channel_dropped', grade_id='decode', source=_DEC_SIGNATURE + r'''    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z)).squeeze(1)
'''),
    dict(name='dec_float64', grade_id='decode', source=_DEC_SIGNATURE + r'''    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z).double())
'''),
    dict(name='dec_leaves_train_mode', grade_id='decode', source=_DEC_SIGNATURE + r'''    model.eval()
    with torch.no_grad():
        images = torch.sigmoid(model.decoder(z))
    model.train()
    return images
'''),

    # ------------------------------------------------------------------ samples_around
    dict(name='sa_global_random_state', grade_id='samples_around', source=_SA_SIGNATURE + r'''    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1])
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_one_noise_for_all', grade_id='samples_around', source=_SA_SIGNATURE + r'''    mu = encode_means(model, image[None])
    noise = torch.randn(1, mu.shape[1], generator=generator)
    z = mu.repeat(n, 1) + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_latent_dim_from_batch_axis', grade_id='samples_around', source=_SA_SIGNATURE + r'''    mu = encode_means(model, image[None])
    latent_dim = mu.shape[0]
    noise = torch.randn(n, latent_dim, generator=generator)
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_scale_ignored', grade_id='samples_around', source=_SA_SIGNATURE + r'''    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + noise
    return z, decode(model, z)
'''),
    dict(name='sa_scale_as_variance', grade_id='samples_around', source=_SA_SIGNATURE + r'''    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale ** 2 * noise
    return z, decode(model, z)
'''),
    dict(name='sa_relative_noise', grade_id='samples_around', source=_SA_SIGNATURE + r'''    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu * (1 + scale * noise)
    return z, decode(model, z)
'''),
    dict(name='sa_centre_is_a_posterior_sample', grade_id='samples_around', source=r'''from vaecourse.models import reparameterize


def samples_around(model, image, n, scale, generator):
    model.eval()
    with torch.no_grad():
        mu, logvar = model.encoder(image[None])
        centre = reparameterize(mu, logvar)
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = centre + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_mean_code_first', grade_id='samples_around', source=_SA_SIGNATURE + r'''    mu = encode_means(model, image[None])
    noise = torch.randn(n - 1, mu.shape[1], generator=generator)
    z = torch.cat([mu, mu + scale * noise])  # the reconstruction first, then n - 1 neighbours
    return z, decode(model, z)
'''),
    dict(name='sa_decodes_the_mean_n_times', grade_id='samples_around', source=_SA_SIGNATURE + r'''    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * noise
    return z, decode(model, mu.expand(n, -1))
'''),
    dict(name='sa_noise_row_by_row', grade_id='samples_around', source=_SA_SIGNATURE + r'''    mu = encode_means(model, image[None])[0]
    z = torch.stack([mu + scale * torch.randn(len(mu), generator=generator) for _ in range(n)])
    return z, decode(model, z)
'''),
    dict(name='sa_unsqueeze_in_place', grade_id='samples_around', source=_SA_SIGNATURE + r'''    mu = encode_means(model, image.unsqueeze_(0))
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_generator_reseeded', grade_id='samples_around', source=_SA_SIGNATURE + r'''    mu = encode_means(model, image[None])
    generator.manual_seed(generator.initial_seed())  # the same samples every time
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * noise
    return z, decode(model, z)
'''),

    # ------------------------------------------------------------------ interpolate
    dict(name='int_end_excluded', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = torch.arange(steps) / steps
    return (1 - t)[:, None] * z_start + t[:, None] * z_end
'''),
    dict(name='int_one_step_short', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps - 1)
    return (1 - t)[:, None] * z_start + t[:, None] * z_end
'''),
    dict(name='int_interior_points_only', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps + 2)[1:-1]
    return (1 - t)[:, None] * z_start + t[:, None] * z_end
'''),
    dict(name='int_direction_reversed', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)[:, None]
    return t * z_start + (1 - t) * z_end
'''),
    dict(name='int_offset_missing_subtraction', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)[:, None]
    return z_start + t * z_end
'''),
    dict(name='int_arange_float_step', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    step = 1 / (steps - 1)
    t = torch.arange(0, 1 + step, step)[:, None]
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='int_integer_positions', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = (torch.arange(steps) // (steps - 1))[:, None]
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='int_float64_positions', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps, dtype=torch.float64)[:, None]
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='int_list_of_codes', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    return [(1 - t) * z_start + t * z_end for t in torch.linspace(0, 1, steps)]
'''),

    # ------------------------------------------------------------------ slerp
    dict(name='sl_no_clamp', grade_id='slerp', source=_SL_SIGNATURE + r'''    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos)
    if torch.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''),
    dict(name='sl_clamp_upper_only', grade_id='slerp', source=_SL_SIGNATURE + r'''    cos = (torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())).clamp(max=1.0)
    omega = torch.arccos(cos)
    if torch.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''),
    dict(name='sl_no_parallel_fallback', grade_id='slerp', source=_SL_SIGNATURE + r'''    cos = (torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())).clamp(-1.0, 1.0)
    omega = torch.arccos(cos)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''),
    dict(name='sl_fallback_same_direction_only', grade_id='slerp', source=_SL_SIGNATURE + r'''    cos = (torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())).clamp(-1.0, 1.0)
    omega = torch.arccos(cos)
    if omega < 1e-6:  # (nearly) the same direction
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''),
    dict(name='sl_fallback_reversed_path', grade_id='slerp', source=_SL_SIGNATURE + r'''    cos = (torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())).clamp(-1.0, 1.0)
    omega = torch.arccos(cos)
    if torch.sin(omega) < 1e-6:
        return interpolate(z_end, z_start, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''),
    dict(name='sl_fallback_constant_path', grade_id='slerp', source=_SL_SIGNATURE + r'''    cos = (torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())).clamp(-1.0, 1.0)
    omega = torch.arccos(cos)
    if torch.sin(omega) < 1e-6:
        return z_start.repeat(steps, 1)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''),
    dict(name='sl_cos_not_normalised', grade_id='slerp', source=_SL_SIGNATURE + r'''    cos = torch.dot(z_start, z_end).clamp(-1.0, 1.0)
    omega = torch.arccos(cos)
    if torch.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''),
    dict(name='sl_absolute_cosine', grade_id='slerp', source=_SL_SIGNATURE + r'''    cos = (torch.dot(z_start, z_end).abs() / (z_start.norm() * z_end.norm())).clamp(-1.0, 1.0)
    omega = torch.arccos(cos)
    if torch.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''),
    dict(name='sl_on_unit_sphere', grade_id='slerp', source=_SL_SIGNATURE + r'''    a, b = z_start / z_start.norm(), z_end / z_end.norm()
    omega = torch.arccos(torch.dot(a, b).clamp(-1.0, 1.0))
    if torch.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * a + torch.sin(t * omega) * b) / torch.sin(omega)
'''),
    dict(name='sl_end_excluded', grade_id='slerp', source=_SL_SIGNATURE + r'''    cos = (torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())).clamp(-1.0, 1.0)
    omega = torch.arccos(cos)
    if torch.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = (torch.arange(steps) / steps)[:, None]
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''),
    dict(name='sl_normalised_lerp', grade_id='slerp', source=_SL_SIGNATURE + r'''    # walk the straight line between the directions, then rescale to the interpolated norm
    cos = (torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())).clamp(-1.0, 1.0)
    if torch.sin(torch.arccos(cos)) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    direction = (1 - t) * z_start / z_start.norm() + t * z_end / z_end.norm()
    norm = (1 - t) * z_start.norm() + t * z_end.norm()
    return direction / direction.norm(dim=1, keepdim=True) * norm
'''),
    dict(name='sl_numpy_float64', grade_id='slerp', source=r'''import numpy as np


def slerp(z_start, z_end, steps):
    a, b = z_start.numpy().astype(np.float64), z_end.numpy().astype(np.float64)
    omega = np.arccos(np.clip(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)), -1.0, 1.0))
    if np.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = np.linspace(0, 1, steps)[:, None]
    return torch.from_numpy((np.sin((1 - t) * omega) * a + np.sin(t * omega) * b) / np.sin(omega))
'''),

    # ------------------------------------------------------------------ aggregate_moments
    dict(name='am_variance_of_means_only', grade_id='aggregate_moments', source=_AM_SIGNATURE + r'''    mean = mu.mean(dim=0)
    variance = (mu ** 2).mean(dim=0) - mean ** 2
    return mean, variance
'''),
    dict(name='am_unbiased_variance', grade_id='aggregate_moments', source=_AM_SIGNATURE + r'''    mean = mu.mean(dim=0)
    variance = logvar.exp().mean(dim=0) + mu.var(dim=0)
    return mean, variance
'''),
    dict(name='am_std_instead_of_variance', grade_id='aggregate_moments', source=_AM_SIGNATURE + r'''    mean = mu.mean(dim=0)
    sigma2 = torch.exp(0.5 * logvar)
    variance = (sigma2 + mu ** 2).mean(dim=0) - mean ** 2
    return mean, variance
'''),
    dict(name='am_logvar_used_as_variance', grade_id='aggregate_moments', source=_AM_SIGNATURE + r'''    mean = mu.mean(dim=0)
    variance = (logvar + mu ** 2).mean(dim=0) - mean ** 2
    return mean, variance
'''),
    dict(name='am_logvar_read_as_log_std', grade_id='aggregate_moments', source=_AM_SIGNATURE + r'''    mean = mu.mean(dim=0)
    sigma2 = torch.exp(2 * logvar)
    variance = (sigma2 + mu ** 2).mean(dim=0) - mean ** 2
    return mean, variance
'''),
    dict(name='am_averaged_over_latent_dims', grade_id='aggregate_moments', source=_AM_SIGNATURE + r'''    mean = mu.mean(dim=1)
    variance = (logvar.exp() + mu ** 2).mean(dim=1) - mean ** 2
    return mean, variance
'''),
    dict(name='am_forgot_mu_squared', grade_id='aggregate_moments', source=_AM_SIGNATURE + r'''    mean = mu.mean(dim=0)
    variance = logvar.exp().mean(dim=0) - mean ** 2
    return mean, variance
'''),
    dict(name='am_average_std_squared', grade_id='aggregate_moments', source=_AM_SIGNATURE + r'''    mean = mu.mean(dim=0)
    average_sigma = torch.exp(0.5 * logvar).mean(dim=0)
    variance = average_sigma ** 2 + (mu ** 2).mean(dim=0) - mean ** 2
    return mean, variance
'''),
    dict(name='am_returns_standard_deviation', grade_id='aggregate_moments', source=_AM_SIGNATURE + r'''    mean = mu.mean(dim=0)
    variance = (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2
    return mean, variance.sqrt()
'''),
    dict(name='am_float64', grade_id='aggregate_moments', source=_AM_SIGNATURE + r'''    mu, logvar = mu.double(), logvar.double()
    mean = mu.mean(dim=0)
    variance = (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2
    return mean, variance
'''),
    dict(name='am_returns_list', grade_id='aggregate_moments', source=_AM_SIGNATURE + r'''    mean = mu.mean(dim=0)
    variance = (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2
    return [mean, variance]
'''),
    dict(name='am_returns_stacked_tensor', grade_id='aggregate_moments', source=_AM_SIGNATURE + r'''    mean = mu.mean(dim=0)
    variance = (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2
    return torch.stack([mean, variance])
'''),
    dict(name='am_exp_in_place', grade_id='aggregate_moments', source=_AM_SIGNATURE + r'''    mean = mu.mean(dim=0)
    variance = (logvar.exp_() + mu ** 2).mean(dim=0) - mean ** 2
    return mean, variance
'''),
]

ALTERNATIVES = [
    dict(name='alt_em_split_comprehension', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    model.eval()
    with torch.no_grad():
        return torch.cat([model.encoder(chunk)[0] for chunk in images.split(batch_size)], dim=0)
'''),
    dict(name='alt_em_preallocated', grade_id='encode_means', source=r'''@torch.no_grad()
def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = None
    for start in range(0, images.shape[0], batch_size):
        mu, _ = model.encoder(images[start:start + batch_size])
        if codes is None:
            codes = mu.new_empty((images.shape[0], mu.shape[1]))
        codes[start:start + len(mu)] = mu
    return codes
'''),
    dict(name='alt_lg_meshgrid_xy', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    xs = torch.linspace(low, high, n)
    z1, z2 = torch.meshgrid(xs, xs.flip(0), indexing="xy")
    return torch.stack([z1.flatten(), z2.flatten()], dim=-1)
'''),
    dict(name='alt_lg_cartesian_product', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    pairs = torch.cartesian_prod(values.flip(0), values)  # (z2, z1) in reading order
    return pairs[:, [1, 0]].contiguous()
'''),
    dict(name='alt_lg_python_loops', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / (n - 1)
    rows = []
    for i in range(n):
        for j in range(n):
            rows.append((low + j * h, high - i * h))
    return torch.tensor(rows, dtype=torch.float32)
'''),
    dict(name='alt_dec_expit_decorator', grade_id='decode', source=r'''@torch.no_grad()
def decode(model, z):
    model.eval()
    return torch.special.expit(model.decoder(z))
'''),
    dict(name='alt_sa_torch_normal_with_generator', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image.unsqueeze(0))
    z = torch.normal(mu.expand(n, -1), scale, generator=generator)
    return z, decode(model, z)
'''),
    dict(name='alt_sa_latent_dim_attribute', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    centre = encode_means(model, image.reshape(1, 1, 28, 28))[0]
    noise = torch.randn(n, model.latent_dim, generator=generator)
    z = centre + scale * noise
    images = decode(model, z)
    return z, images
'''),
    dict(name='alt_int_lerp', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return torch.lerp(z_start.expand(steps, -1), z_end.expand(steps, -1), t)
'''),
    dict(name='alt_int_stack_rows', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    rows = [(1 - k / (steps - 1)) * z_start + (k / (steps - 1)) * z_end for k in range(steps)]
    return torch.stack(rows)
'''),
    dict(name='alt_sl_cosine_similarity', grade_id='slerp', source=r'''import torch.nn.functional as F


def slerp(z_start, z_end, steps):
    cos = F.cosine_similarity(z_start, z_end, dim=0).clamp(-1, 1)
    omega = torch.acos(cos)
    sin_omega = torch.sin(omega)
    if sin_omega < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return torch.sin((1 - t) * omega) / sin_omega * z_start + torch.sin(t * omega) / sin_omega * z_end
'''),
    dict(name='alt_sl_python_math', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    cos = float(z_start @ z_end) / (float(z_start.norm()) * float(z_end.norm()))
    omega = math.acos(max(-1.0, min(1.0, cos)))
    if math.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    rows = []
    for k in range(steps):
        t = k / (steps - 1)
        rows.append(math.sin((1 - t) * omega) / math.sin(omega) * z_start
                    + math.sin(t * omega) / math.sin(omega) * z_end)
    return torch.stack(rows)
'''),
    dict(name='alt_am_var_mean_biased', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    spread, mean = torch.var_mean(mu, dim=0, correction=0)
    return mean, spread + logvar.exp().mean(dim=0)
'''),
    dict(name='alt_am_two_pass', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    n = mu.shape[0]
    mean = mu.sum(dim=0) / n
    variance = (torch.exp(logvar) + (mu - mean) ** 2).sum(dim=0) / n
    return (mean, variance)
'''),
]
