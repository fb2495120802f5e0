"""Blind round 24: mistakes and alternatives for notebook 06_latent_space."""
NOTEBOOK = '06_latent_space'
MISTAKES = [
    # ------------------------------------------------------------------ encode_means
    dict(name='em_no_eval', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    means = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            means.append(mu)
    return torch.cat(means)
'''),
    dict(name='em_detach_instead_of_no_grad', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    model.eval()
    means = []
    for start in range(0, len(images), batch_size):
        mu, _ = model.encoder(images[start:start + batch_size])
        means.append(mu.detach())
    return torch.cat(means)
'''),
    dict(name='em_sampled_codes', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    model.eval()
    means = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, logvar = model.encoder(images[start:start + batch_size])
            means.append(mu + torch.exp(0.5 * logvar) * torch.randn_like(mu))
    return torch.cat(means)
'''),
    dict(name='em_keeps_logvar', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    model.eval()
    means = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            means.append(model.encoder(images[start:start + batch_size])[-1])
    return torch.cat(means)
'''),
    dict(name='em_drops_partial_batch', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    model.eval()
    means = []
    with torch.no_grad():
        for number in range(max(1, len(images) // batch_size)):
            mu, _ = model.encoder(images[number * batch_size:(number + 1) * batch_size])
            means.append(mu)
    return torch.cat(means)
'''),
    dict(name='em_model_forward', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    model.eval()
    means = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            means.append(model(images[start:start + batch_size])[1])  # (logits, mu, logvar)
    return torch.cat(means)
'''),
    dict(name='em_one_big_batch', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    model.eval()
    with torch.no_grad():
        mu, _ = model.encoder(images)
    return mu
'''),
    dict(name='em_returns_inside_loop', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    model.eval()
    means = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            means.append(mu)
            return torch.cat(means)
'''),
    dict(name='em_slice_one_short', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    model.eval()
    means = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size - 1])
            means.append(mu)
    return torch.cat(means)
'''),
    dict(name='em_back_to_train_mode', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    model.eval()
    means = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            means.append(mu)
    model.train()
    return torch.cat(means)
'''),
    dict(name='em_returns_list', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    model.eval()
    means = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            means.extend(mu)
    return means
'''),
    dict(name='em_stack_batches', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    model.eval()
    means = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            means.append(mu)
    return torch.stack(means)
'''),
    # ------------------------------------------------------------------ latent_grid
    dict(name='lg_z2_downwards', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    z1 = values.repeat(n)
    z2 = values.repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)
'''),
    dict(name='lg_column_major', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    z1 = values.repeat_interleave(n)
    z2 = values.flip(0).repeat(n)
    return torch.stack([z1, z2], dim=1)
'''),
    dict(name='lg_columns_swapped', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    rows = torch.linspace(high, low, n)
    columns = torch.linspace(low, high, n)
    return torch.cartesian_prod(rows, columns)
'''),
    dict(name='lg_arange_excludes_high', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / (n - 1)
    values = torch.arange(low, high, h)
    z1 = values.repeat(len(values))
    z2 = values.flip(0).repeat_interleave(len(values))
    return torch.stack([z1, z2], dim=1)
'''),
    dict(name='lg_step_over_n', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / n
    index = torch.arange(n)
    z1 = (low + index * h).repeat(n)
    z2 = (high - index * h).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)
'''),
    dict(name='lg_numpy_float64', grade_id='latent_grid', source=r'''import numpy as np


def latent_grid(n, low=-2.0, high=2.0):
    values = np.linspace(low, high, n)
    grid = [[z1, z2] for z2 in values[::-1] for z1 in values]
    return torch.tensor(grid)
'''),
    dict(name='lg_not_flattened', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    z2, z1 = torch.meshgrid(values.flip(0), values, indexing="ij")
    return torch.stack([z1, z2], dim=-1)
'''),
    dict(name='lg_floor_division_step', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) // (n - 1)
    index = torch.arange(n)
    z1 = (low + index * h).repeat(n)
    z2 = (high - index * h).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1).float()
'''),
    dict(name='lg_row_index_for_both', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / (n - 1)
    grid = torch.empty(n * n, 2)
    for i in range(n):
        for j in range(n):
            grid[i * n + j] = torch.tensor([low + i * h, high - i * h])
    return grid
'''),
    dict(name='lg_z1_right_to_left', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(high, low, n)
    z1 = values.repeat(n)
    z2 = values.repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)
'''),
    dict(name='lg_cached_result', grade_id='latent_grid', source=r'''from functools import lru_cache


@lru_cache(maxsize=None)
def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    z1 = values.repeat(n)
    z2 = values.flip(0).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)
'''),
    dict(name='lg_python_list', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / (n - 1)
    return [[low + j * h, high - i * h] for i in range(n) for j in range(n)]
'''),
    # ------------------------------------------------------------------ decode
    dict(name='dc_returns_logits', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    with torch.no_grad():
        return model.decoder(z)
'''),
    dict(name='dc_no_eval', grade_id='decode', source=r'''def decode(model, z):
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z))
'''),
    dict(name='dc_detach_instead_of_no_grad', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    return torch.sigmoid(model.decoder(z)).detach()
'''),
    dict(name='dc_bernoulli_draw', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    with torch.no_grad():
        return torch.bernoulli(torch.sigmoid(model.decoder(z)))
'''),
    dict(name='dc_rounded_pixels', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z)).round()
'''),
    dict(name='dc_minmax_over_batch', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    with torch.no_grad():
        images = torch.sigmoid(model.decoder(z))
        return (images - images.min()) / (images.max() - images.min())  # use the full grey range
'''),
    dict(name='dc_tanh_rescaled', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    with torch.no_grad():
        return (torch.tanh(model.decoder(z)) + 1) / 2
'''),
    dict(name='dc_channel_squeezed', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z)).squeeze(1)
'''),
    dict(name='dc_back_to_train_mode', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    with torch.no_grad():
        images = torch.sigmoid(model.decoder(z))
    model.train()
    return images
'''),
    dict(name='dc_float64', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z).double())
'''),
    # ------------------------------------------------------------------ samples_around
    dict(name='sa_global_random_state', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1])
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_scale_as_variance', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale ** 2 * noise
    return z, decode(model, z)
'''),
    dict(name='sa_transposed_draw', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])
    noise = torch.randn(mu.shape[1], n, generator=generator).T
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_one_draw_per_sample', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])[0]
    z = torch.stack([mu + scale * torch.randn(len(mu), generator=generator) for _ in range(n)])
    return z, decode(model, z)
'''),
    dict(name='sa_mean_forgotten', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])
    z = scale * torch.randn(n, mu.shape[1], generator=generator)
    return z, decode(model, z)
'''),
    dict(name='sa_sampled_centre', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    model.eval()
    with torch.no_grad():
        mu, logvar = model.encoder(image[None])
        centre = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
    z = centre + scale * torch.randn(n, mu.shape[1], generator=generator)
    return z, decode(model, z)
'''),
    dict(name='sa_outputs_swapped', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])
    z = mu + scale * torch.randn(n, mu.shape[1], generator=generator)
    return decode(model, z), z
'''),
    dict(name='sa_mean_as_first_sample', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])
    z = mu + scale * torch.randn(n, mu.shape[1], generator=generator)
    z[0] = mu[0]  # the first code is the digit itself
    return z, decode(model, z)
'''),
    dict(name='sa_scaled_by_encoder_sigma', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    model.eval()
    with torch.no_grad():
        mu, logvar = model.encoder(image[None])
    z = mu + scale * torch.exp(0.5 * logvar) * torch.randn(n, mu.shape[1], generator=generator)
    return z, decode(model, z)
'''),
    dict(name='sa_latent_dim_twenty', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])
    z = mu + scale * torch.randn(n, 20, generator=generator)
    return z, decode(model, z)
'''),
    dict(name='sa_one_noise_for_all', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])
    noise = torch.randn(mu.shape[1], generator=generator)
    z = mu.repeat(n, 1) + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_decoder_logits', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])
    z = mu + scale * torch.randn(n, mu.shape[1], generator=generator)
    with torch.no_grad():
        images = model.decoder(z)
    return z, images
'''),
    # ------------------------------------------------------------------ interpolate
    dict(name='ip_end_excluded', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = (torch.arange(steps) / steps)[:, None]
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='ip_t_not_a_column', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)
    path = (1 - t) * z_start[:, None] + t * z_end[:, None]
    return path.reshape(steps, -1)
'''),
    dict(name='ip_ends_swapped', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)[:, None]
    return t * z_start + (1 - t) * z_end
'''),
    dict(name='ip_integer_division', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    path = []
    for k in range(steps):
        t = k // (steps - 1)
        path.append((1 - t) * z_start + t * z_end)
    return torch.stack(path)
'''),
    dict(name='ip_mutates_start', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    step = (z_end - z_start) / (steps - 1)
    z = z_start
    path = [z.clone()]
    for _ in range(steps - 1):
        z += step
        path.append(z.clone())
    return torch.stack(path)
'''),
    dict(name='ip_transposed', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    return torch.stack([(1 - t) * z_start + t * z_end for t in torch.linspace(0, 1, steps)], dim=1)
'''),
    dict(name='ip_inner_points_only', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps + 2)[1:-1, None]  # the codes between the two ends
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='ip_numpy_float64', grade_id='interpolate', source=r'''import numpy as np


def interpolate(z_start, z_end, steps):
    t = torch.from_numpy(np.linspace(0, 1, steps))[:, None]
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='ip_one_step_too_many', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps + 1)[:, None]
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='ip_one_step_too_few', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps - 1)[:, None]  # steps intervals between the two ends
    return (1 - t) * z_start + t * z_end
'''),
    # ------------------------------------------------------------------ slerp
    dict(name='sl_no_clamp', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos)
    sin = torch.sin(omega)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='sl_no_fallback', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    sin = torch.sin(omega)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='sl_fallback_same_direction_only', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    if cos > 0.9995:  # nearly parallel
        return interpolate(z_start, z_end, steps)
    omega = torch.arccos(cos.clamp(-1, 1))
    sin = torch.sin(omega)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='sl_cos_not_normalised', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    cos = torch.dot(z_start, z_end)
    omega = torch.arccos(cos.clamp(-1, 1))
    sin = torch.sin(omega)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='sl_weights_swapped', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    sin = torch.sin(omega)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin(t * omega) / sin * z_start + torch.sin((1 - t) * omega) / sin * z_end
'''),
    dict(name='sl_end_excluded', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    sin = torch.sin(omega)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = (torch.arange(steps) / steps)[:, None]
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='sl_unit_vectors', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    a, b = z_start / z_start.norm(), z_end / z_end.norm()
    omega = torch.arccos(torch.dot(a, b).clamp(-1, 1))
    sin = torch.sin(omega)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) / sin * a + torch.sin(t * omega) / sin * b
'''),
    dict(name='sl_fallback_on_small_angle', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    if omega < 1e-3:  # the two codes point the same way
        return interpolate(z_start, z_end, steps)
    sin = torch.sin(omega)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='sl_epsilon_instead_of_fallback', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    sin = torch.sin(omega) + 1e-8  # never divide by zero
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='sl_fallback_only_on_nan', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos)
    t = torch.linspace(0, 1, steps)[:, None]
    path = torch.sin((1 - t) * omega) / torch.sin(omega) * z_start + torch.sin(t * omega) / torch.sin(omega) * z_end
    if torch.isnan(path).any():
        return interpolate(z_start, z_end, steps)
    return path
'''),
    dict(name='sl_direction_slerp_norm_lerp', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    a, b = z_start / z_start.norm(), z_end / z_end.norm()
    omega = torch.arccos(torch.dot(a, b).clamp(-1, 1))
    sin = torch.sin(omega)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    direction = torch.sin((1 - t) * omega) / sin * a + torch.sin(t * omega) / sin * b
    norm = (1 - t) * z_start.norm() + t * z_end.norm()  # the norm changes linearly
    return direction * norm
'''),
    # ------------------------------------------------------------------ aggregate_moments
    dict(name='am_variance_of_means_only', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    return mu.mean(dim=0), mu.var(dim=0)
'''),
    dict(name='am_unbiased_spread', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    return mu.mean(dim=0), mu.var(dim=0) + logvar.exp().mean(dim=0)
'''),
    dict(name='am_sigma_for_variance', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    return mean, (torch.exp(0.5 * logvar) + mu ** 2).mean(dim=0) - mean ** 2
'''),
    dict(name='am_wrong_axis', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=-1)
    return mean, (logvar.exp() + mu ** 2).mean(dim=-1) - mean ** 2
'''),
    dict(name='am_mean_square_not_subtracted', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    return mu.mean(dim=0), (logvar.exp() + mu ** 2).mean(dim=0)
'''),
    dict(name='am_returns_std', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    return mean, torch.sqrt((logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2)
'''),
    dict(name='am_logvar_not_exponentiated', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    return mean, (logvar + mu ** 2).mean(dim=0) - mean ** 2
'''),
    dict(name='am_keepdim', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0, keepdim=True)
    return mean, (logvar.exp() + mu ** 2).mean(dim=0, keepdim=True) - mean ** 2
'''),
    dict(name='am_sums_not_averages', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.sum(dim=0)
    return mean, (logvar.exp() + mu ** 2).sum(dim=0) - mean ** 2
'''),
    dict(name='am_mean_not_squared', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    return mean, (logvar.exp() + mu ** 2).mean(dim=0) - mean
'''),
    dict(name='am_exp_in_place', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    variance = (logvar.exp_() + mu ** 2).mean(dim=0) - mean ** 2
    return mean, variance
'''),
    dict(name='am_overall_mean', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean()
    return mean, (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2
'''),
]
ALTERNATIVES = [
    dict(name='alt_em_decorator_split', grade_id='encode_means', source=r'''@torch.no_grad()
def encode_means(model, images, batch_size=1000):
    model.eval()
    return torch.cat([model.encoder(batch)[0] for batch in images.split(batch_size)])
'''),
    dict(name='alt_em_preallocated', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = None
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            if codes is None:
                codes = mu.new_empty(len(images), mu.shape[1])
            codes[start:start + len(mu)] = mu
    return codes
'''),
    dict(name='alt_lg_meshgrid', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    z1_values = torch.linspace(low, high, n)
    z2_values = torch.linspace(high, low, n)
    z2, z1 = torch.meshgrid(z2_values, z1_values, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='alt_lg_cartesian_flip', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    return torch.cartesian_prod(values.flip(0), values).flip(1)
'''),
    dict(name='alt_lg_loops', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / (n - 1)
    rows = [[low + j * h, high - i * h] for i in range(n) for j in range(n)]
    return torch.tensor(rows, dtype=torch.float32)
'''),
    dict(name='alt_dc_expit_inplace', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    with torch.no_grad():
        logits = model.decoder(z)
        return logits.sigmoid_()
'''),
    dict(name='alt_sa_normal_add', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.normal(0.0, 1.0, size=(n, model.latent_dim), generator=generator)
    z = torch.add(mu, noise, alpha=scale)
    images = decode(model, z)
    return z, images
'''),
    dict(name='alt_ip_lerp', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps, dtype=z_start.dtype).unsqueeze(1)
    return torch.lerp(z_start.expand(steps, -1), z_end.expand(steps, -1), t)
'''),
    dict(name='alt_ip_outer', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)
    return torch.outer(1 - t, z_start) + torch.outer(t, z_end)
'''),
    dict(name='alt_sl_cosine_similarity', grade_id='slerp', source=r'''import torch.nn.functional as F


def slerp(z_start, z_end, steps):
    cos = F.cosine_similarity(z_start, z_end, dim=0).clamp(-1.0, 1.0)
    sin = torch.sqrt(1 - cos ** 2)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    omega = torch.atan2(sin, cos)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / sin
'''),
    dict(name='alt_sl_python_loop', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    cos = (z_start @ z_end / (torch.linalg.vector_norm(z_start) * torch.linalg.vector_norm(z_end))).item()
    omega = math.acos(max(-1.0, min(1.0, cos)))
    if math.sin(omega) < 1e-3:
        return interpolate(z_start, z_end, steps)
    path = []
    for k in range(steps):
        t = k / (steps - 1)
        path.append(math.sin((1 - t) * omega) / math.sin(omega) * z_start + math.sin(t * omega) / math.sin(omega) * z_end)
    return torch.stack(path)
'''),
    dict(name='alt_am_biased_variance_split', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    spread = mu.var(dim=0, unbiased=False)  # divides by N
    return mean, spread + logvar.exp().mean(dim=0)
'''),
    dict(name='alt_am_two_pass', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    n = mu.shape[0]
    mean = mu.sum(dim=0) / n
    variance = ((mu - mean) ** 2 + torch.exp(logvar)).sum(dim=0) / n
    return mean, variance
'''),
]
