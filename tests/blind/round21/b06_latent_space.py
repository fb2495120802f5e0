"""Blind round 21: mistakes and alternatives for notebook 06_latent_space."""
NOTEBOOK = '06_latent_space'
MISTAKES = [
    dict(name='em_no_eval', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name='em_no_no_grad', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = []
    for start in range(0, len(images), batch_size):
        mu, _ = model.encoder(images[start:start + batch_size])
        codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name='em_detach_instead_of_no_grad', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = []
    for start in range(0, len(images), batch_size):
        mu, _ = model.encoder(images[start:start + batch_size])
        codes.append(mu.detach())
    return torch.cat(codes)
'''),
    dict(name='em_samples_codes', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, logvar = model.encoder(images[start:start + batch_size])
            codes.append(mu + torch.exp(0.5 * logvar) * torch.randn_like(mu))
    return torch.cat(codes)
'''),
    dict(name='em_drops_partial_batch', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = []
    with torch.no_grad():
        for number in range(len(images) // batch_size):
            mu, _ = model.encoder(images[number * batch_size:(number + 1) * batch_size])
            codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name='em_extra_empty_batch', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = []
    with torch.no_grad():
        for number in range(len(images) // batch_size + 1):
            mu, _ = model.encoder(images[number * batch_size:(number + 1) * batch_size])
            codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name='em_one_big_batch', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    model.eval()
    with torch.no_grad():
        mu, _ = model.encoder(images)
    return mu
'''),
    dict(name='em_stack_not_cat', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    return torch.stack(codes).reshape(-1, codes[0].shape[1])
'''),
    dict(name='em_batches_reversed', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.insert(0, mu)
    return torch.cat(codes)
'''),
    dict(name='em_eval_after_loop', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    model.eval()
    return torch.cat(codes)
'''),
    dict(name='em_half_precision_codes', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu.half())  # half the memory for 10,000 codes
    return torch.cat(codes).float()
'''),
    dict(name='em_binarised_inputs', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = (images[start:start + batch_size] > 0.5).float()
            mu, _ = model.encoder(x)
            codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name='em_default_batch_size_changed_and_step_off', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size - 1])
            codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name='lg_z2_upwards_from_bottom', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
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
    dict(name='lg_meshgrid_ij', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    z1, z2 = torch.meshgrid(values, values.flip(0), indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='lg_step_excludes_high', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / n
    rows = [[low + j * h, high - i * h] for i in range(n) for j in range(n)]
    return torch.tensor(rows, dtype=torch.float32)
'''),
    dict(name='lg_float64_numpy', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    import numpy as np
    values = np.linspace(low, high, n)
    z1, z2 = np.meshgrid(values, values[::-1])
    return torch.from_numpy(np.stack([z1.ravel(), z2.ravel()], axis=1))
'''),
    dict(name='lg_arange_then_append_high', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / (n - 1)
    values = torch.cat([torch.arange(low, high, h), torch.tensor([float(high)])])  # arange stops before high
    z1 = values.repeat(len(values))
    z2 = values.flip(0).repeat_interleave(len(values))
    return torch.stack([z1, z2], dim=1)
'''),
    dict(name='lg_columns_swapped', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    z1 = values.repeat(n)
    z2 = values.flip(0).repeat_interleave(n)
    return torch.stack([z2, z1], dim=1)
'''),
    dict(name='lg_integer_step', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) // (n - 1)
    rows = [[low + j * h, high - i * h] for i in range(n) for j in range(n)]
    return torch.tensor(rows, dtype=torch.float32)
'''),
    dict(name='lg_both_axes_flipped', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    z1 = values.flip(0).repeat(n)
    z2 = values.flip(0).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)
'''),
    dict(name='lg_z2_mirrored_low', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / (n - 1)
    rows = [[low + j * h, -(low + i * h)] for i in range(n) for j in range(n)]  # z2 decreases from the top
    return torch.tensor(rows, dtype=torch.float32)
'''),
    dict(name='lg_n_plus_one_points', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n + 1)[:n]
    z1 = values.repeat(n)
    z2 = values.flip(0).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)
'''),
    dict(name='de_no_eval', grade_id='decode', source=r'''def decode(model, z):
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z))
'''),
    dict(name='de_no_no_grad', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    return torch.sigmoid(model.decoder(z))
'''),
    dict(name='de_bernoulli_sample', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    with torch.no_grad():
        return torch.bernoulli(torch.sigmoid(model.decoder(z)))
'''),
    dict(name='de_rounded', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z)).round()
'''),
    dict(name='de_codes_clamped', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    with torch.no_grad():
        z = z.clamp(-4.0, 4.0)  # stay where the prior has mass
        return torch.sigmoid(model.decoder(z))
'''),
    dict(name='de_softmax_over_pixels', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    with torch.no_grad():
        logits = model.decoder(z)
        return torch.softmax(logits.flatten(1), dim=1).reshape(logits.shape)
'''),
    dict(name='de_minmax_normalised', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    with torch.no_grad():
        images = torch.sigmoid(model.decoder(z))
        return (images - images.min()) / (images.max() - images.min())  # use the full grey range
'''),
    dict(name='de_eval_after', grade_id='decode', source=r'''def decode(model, z):
    with torch.no_grad():
        images = torch.sigmoid(model.decoder(z))
    model.eval()
    return images
'''),
    dict(name='de_sigmoid_half_logits', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    with torch.no_grad():
        return (torch.tanh(model.decoder(z)) + 1) / 2
'''),
    dict(name='sa_global_rng', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1])
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_scale_as_variance', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + math.sqrt(scale) * noise
    return z, decode(model, z)
'''),
    dict(name='sa_scale_squared', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
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
    mu = encode_means(model, image[None])
    noise = torch.stack([torch.randn(mu.shape[1], generator=generator) for _ in range(n)])
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_reseeds_generator', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    generator.manual_seed(0)
    mu = encode_means(model, image[None])
    z = mu + scale * torch.randn(n, mu.shape[1], generator=generator)
    return z, decode(model, z)
'''),
    dict(name='sa_first_is_mean', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    noise[0] = 0  # the first sample is the reconstruction itself
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_scale_multiplies_code', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])
    z = scale * (mu + torch.randn(n, mu.shape[1], generator=generator))
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
    dict(name='sa_encoder_with_grad', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    mu, _ = model.encoder(image[None])
    z = mu + scale * torch.randn(n, mu.shape[1], generator=generator)
    return z, decode(model, z)
'''),
    dict(name='sa_noise_normalised', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    noise = noise / noise.norm(dim=1, keepdim=True)  # one step of length scale in a random direction
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_latent_dim_two', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])
    z = mu + scale * torch.randn(n, 2, generator=generator)
    return z, decode(model, z)
'''),
    dict(name='sa_uniform_noise', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])
    z = mu + scale * (2 * torch.rand(n, mu.shape[1], generator=generator) - 1)
    return z, decode(model, z)
'''),
    dict(name='ip_excludes_end', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = (torch.arange(steps) / steps)[:, None]
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='ip_float64_numpy_t', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    import numpy as np
    t = torch.from_numpy(np.linspace(0, 1, steps))[:, None]
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='ip_steps_plus_one', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps + 1)[:, None]
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='ip_loop_t_over_steps_end_fixed', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    path = torch.stack([(1 - k / steps) * z_start + (k / steps) * z_end for k in range(steps)])
    path[-1] = z_end  # make sure the path ends at z_end
    return path
'''),
    dict(name='ip_excludes_start', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps + 1)[1:, None]
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='ip_inplace_start', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)[:, None]
    direction = z_end.sub_(z_start)
    return z_start + t * direction
'''),
    dict(name='ip_midpoint_renormalised', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)[:, None]
    path = (1 - t) * z_start + t * z_end
    norms = (1 - t) * z_start.norm() + t * z_end.norm()
    return path / path.norm(dim=1, keepdim=True) * norms  # keep the codes on the shell
'''),
    dict(name='ip_half_precision', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps, dtype=torch.float16)[:, None]
    return ((1 - t) * z_start.half() + t * z_end.half()).to(z_start.dtype)
'''),
    dict(name='sl_no_clamp', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)[:, None]
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos)
    sin = torch.sin(omega)
    if sin < 1e-6:
        return interpolate(z_start, z_end, steps)
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='sl_no_fallback', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)[:, None]
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='sl_unit_vectors', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)[:, None]
    a, b = z_start / z_start.norm(), z_end / z_end.norm()
    omega = torch.arccos(torch.dot(a, b).clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    if sin < 1e-6:
        return interpolate(z_start, z_end, steps)
    return torch.sin((1 - t) * omega) / sin * a + torch.sin(t * omega) / sin * b
'''),
    dict(name='sl_weights_swapped', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)[:, None]
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    if sin < 1e-6:
        return interpolate(z_start, z_end, steps)
    return torch.sin(t * omega) / sin * z_start + torch.sin((1 - t) * omega) / sin * z_end
'''),
    dict(name='sl_fallback_same_direction_only', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)[:, None]
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    if omega < 1e-6:
        return interpolate(z_start, z_end, steps)
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='sl_cos_start_norm_twice', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)[:, None]
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_start.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    if sin < 1e-6:
        return interpolate(z_start, z_end, steps)
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='sl_nlerp', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)[:, None]
    path = (1 - t) * z_start + t * z_end
    norms = (1 - t) * z_start.norm() + t * z_end.norm()
    return path / path.norm(dim=1, keepdim=True) * norms
'''),
    dict(name='sl_sin_of_cos', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)[:, None]
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin = torch.sqrt(1 - cos ** 2)
    if sin < 1e-6:
        return interpolate(z_start, z_end, steps)
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='sl_fallback_threshold_wide', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)[:, None]
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    if sin < 0.2:
        return interpolate(z_start, z_end, steps)
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='sl_half_angle', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)[:, None]
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0)) / 2
    sin = torch.sin(omega)
    if sin < 1e-6:
        return interpolate(z_start, z_end, steps)
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='sl_fallback_returns_start_repeated', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)[:, None]
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    if sin < 1e-6:
        return z_start.repeat(steps, 1)
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='sl_float64_math', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps, dtype=torch.float64)[:, None]
    cos = float(torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm()))
    omega = math.acos(max(-1.0, min(1.0, cos)))
    if math.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    return torch.sin((1 - t) * omega) / math.sin(omega) * z_start + torch.sin(t * omega) / math.sin(omega) * z_end
'''),
    dict(name='am_variance_of_means_only', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    return mean, mu.var(dim=0, unbiased=False)
'''),
    dict(name='am_unbiased', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    return mean, mu.var(dim=0) + logvar.exp().mean(dim=0)
'''),
    dict(name='am_sigma_not_variance', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    return mean, (torch.exp(0.5 * logvar) + mu ** 2).mean(dim=0) - mean ** 2
'''),
    dict(name='am_logvar_as_variance', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    return mean, (logvar + mu ** 2).mean(dim=0) - mean ** 2
'''),
    dict(name='am_missing_mean_squared', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    return mean, (logvar.exp() + mu ** 2).mean(dim=0)
'''),
    dict(name='am_returns_std', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    return mean, ((logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2).sqrt()
'''),
    dict(name='am_minus_mean_not_squared', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    return mean, (logvar.exp() + mu ** 2).mean(dim=0) - mean
'''),
    dict(name='am_variance_squared', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    return mean, (logvar.exp() ** 2 + mu ** 2).mean(dim=0) - mean ** 2
'''),
    dict(name='am_sum_not_mean', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.sum(dim=0) / len(mu)
    return mean, (logvar.exp() + mu ** 2).sum(dim=0) / (len(mu) - 1) - mean ** 2
'''),
    dict(name='am_scalar_mean', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean()
    return mean, (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2
'''),
    dict(name='am_inplace_exp', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    return mean, (logvar.exp_() + mu ** 2).mean(dim=0) - mean ** 2
'''),
    dict(name='am_average_sigma_plus_var_of_mu_halved', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    # mixture variance: the average of the two spreads
    return mean, 0.5 * (logvar.exp().mean(dim=0) + mu.var(dim=0, unbiased=False))
'''),
]
ALTERNATIVES = [
    dict(name='em_alt_split_inference_decorator', grade_id='encode_means', source=r'''@torch.no_grad()
def encode_means(model, images, batch_size=1000):
    model.eval()
    return torch.cat([model.encoder(x)[0] for x in images.split(batch_size)], dim=0)
'''),
    dict(name='em_alt_preallocated', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = None
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu = model.encoder(images[start:start + batch_size])[0]
            if codes is None:
                codes = torch.empty(len(images), mu.shape[1], dtype=mu.dtype)
            codes[start:start + len(mu)] = mu
    return codes
'''),
    dict(name='lg_alt_formula_loops', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / (n - 1)
    grid = torch.empty(n * n, 2)
    for i in range(n):
        for j in range(n):
            grid[i * n + j, 0] = low + j * h
            grid[i * n + j, 1] = high - i * h
    return grid
'''),
    dict(name='lg_alt_cartesian_prod', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    z2_values = torch.linspace(high, low, n)
    z1_values = torch.linspace(low, high, n)
    return torch.cartesian_prod(z2_values, z1_values).flip(1)
'''),
    dict(name='lg_alt_meshgrid_xy', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    z1, z2 = torch.meshgrid(values, values.flip(0), indexing="xy")
    return torch.stack((z1.flatten(), z2.flatten()), dim=-1)
'''),
    dict(name='de_alt_probs_method', grade_id='decode', source=r'''@torch.no_grad()
def decode(model, z):
    model.eval()
    return model.decoder.probs(z)
'''),
    dict(name='de_alt_tanh_identity', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    with torch.no_grad():
        logits = model.decoder(z)
    return 0.5 * (torch.tanh(0.5 * logits) + 1)
'''),
    dict(name='sa_alt_latent_dim_attribute_expand', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    noise = torch.randn(n, model.latent_dim, generator=generator)
    mu = encode_means(model, image.unsqueeze(0), batch_size=1)
    z = mu.expand(n, -1) + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_alt_addcmul', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])[0]
    noise = torch.randn(n, mu.numel(), generator=generator)
    z = torch.add(mu, noise, alpha=scale)
    images = decode(model, z)
    return z, images
'''),
    dict(name='ip_alt_lerp', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    weights = torch.linspace(0, 1, steps, dtype=z_start.dtype).unsqueeze(1)
    return torch.lerp(z_start.expand(steps, -1), z_end.expand(steps, -1), weights)
'''),
    dict(name='ip_alt_stack_loop', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    return torch.stack([(1 - k / (steps - 1)) * z_start + (k / (steps - 1)) * z_end for k in range(steps)])
'''),
    dict(name='sl_alt_float_math_dtype', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    cos = (z_start @ z_end / (z_start.norm() * z_end.norm())).clamp(-1, 1).item()
    omega = math.acos(cos)
    if math.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps, dtype=z_start.dtype).unsqueeze(1)
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / math.sin(omega)
'''),
    dict(name='sl_alt_cosine_similarity', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    cos = torch.nn.functional.cosine_similarity(z_start, z_end, dim=0, eps=0.0)
    omega = torch.acos(torch.clamp(cos, -1, 1))
    if torch.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).reshape(-1, 1)
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''),
    dict(name='am_alt_two_pass', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean(0)
    spread = ((mu - mean) ** 2).mean(0)
    return mean, spread + torch.exp(logvar).mean(0)
'''),
    dict(name='am_alt_var_mean', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    spread, mean = torch.var_mean(mu, dim=0, correction=0)
    return mean, spread + logvar.exp().mean(dim=0)
'''),
]
