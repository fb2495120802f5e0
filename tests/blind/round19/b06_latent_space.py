"""Blind round 19: mistakes and alternatives for notebook 06_latent_space."""

NOTEBOOK = '06_latent_space'

_EM = '''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients."""
'''
_LG = '''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right)."""
'''
_DE = '''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients."""
'''
_SA = '''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images."""
'''
_IN = '''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included."""
'''
_SL = '''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included."""
'''
_AM = '''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension."""
'''

MISTAKES = [
    # ------------------------------------------------------------------ encode_means
    dict(name='em_samples_codes', grade_id='encode_means', source=_EM + r'''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, logvar = model.encoder(images[start:start + batch_size])
            codes.append(mu + torch.exp(0.5 * logvar) * torch.randn_like(mu))
    return torch.cat(codes)
'''),
    dict(name='em_uses_model_forward', grade_id='encode_means', source=_EM + r'''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            _, mu, _ = model(images[start:start + batch_size])
            codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name='em_drops_partial_batch', grade_id='encode_means', source=_EM + r'''    model.eval()
    codes = []
    with torch.no_grad():
        for number in range(len(images) // batch_size):
            mu, _ = model.encoder(images[number * batch_size:(number + 1) * batch_size])
            codes.append(mu)
    return torch.cat(codes) if codes else model.encoder(images)[0].detach()
'''),
    dict(name='em_returns_list', grade_id='encode_means', source=_EM + r'''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            codes.append(model.encoder(images[start:start + batch_size])[0])
    return codes
'''),
    dict(name='em_cat_along_dim1', grade_id='encode_means', source=_EM + r'''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            codes.append(model.encoder(images[start:start + batch_size])[0])
    return torch.cat(codes, dim=1) if len(codes) > 1 else codes[0]
'''),
    dict(name='em_stacks_batches', grade_id='encode_means', source=_EM + r'''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            codes.append(model.encoder(images[start:start + batch_size])[0])
    return torch.stack(codes).reshape(-1, codes[0].shape[1])
'''),
    dict(name='em_unpacks_logvar', grade_id='encode_means', source=_EM + r'''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            _, mu = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name='em_slice_off_by_one', grade_id='encode_means', source=_EM + r'''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            codes.append(model.encoder(images[start:start + batch_size - 1])[0])
    return torch.cat(codes)
'''),
    dict(name='em_returns_numpy', grade_id='encode_means', source=_EM + r'''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            codes.append(model.encoder(images[start:start + batch_size])[0])
    return torch.cat(codes).numpy()
'''),
    dict(name='em_returns_mu_and_logvar', grade_id='encode_means', source=_EM + r'''    model.eval()
    mus, logvars = [], []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, logvar = model.encoder(images[start:start + batch_size])
            mus.append(mu)
            logvars.append(logvar)
    return torch.cat(mus), torch.cat(logvars)
'''),
    dict(name='em_standardised_codes', grade_id='encode_means', source=_EM + r'''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            codes.append(model.encoder(images[start:start + batch_size])[0])
    codes = torch.cat(codes)
    return (codes - codes.mean(dim=0)) / codes.std(dim=0)  # a comparable scale for every dimension
'''),
    dict(name='em_batches_from_the_end', grade_id='encode_means', source=_EM + r'''    model.eval()
    codes = []
    with torch.no_grad():
        for end in range(len(images), 0, -batch_size):
            codes.append(model.encoder(images[max(0, end - batch_size):end])[0])
    return torch.cat(codes)
'''),
    dict(name='em_sorted_by_norm', grade_id='encode_means', source=_EM + r'''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu = model.encoder(images[start:start + batch_size])[0]
            codes.append(mu[mu.norm(dim=1).argsort()])
    return torch.cat(codes)
'''),
    dict(name='em_binarised_images', grade_id='encode_means', source=_EM + r'''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = (images[start:start + batch_size] > 0.5).float()
            codes.append(model.encoder(x)[0])
    return torch.cat(codes)
'''),
    dict(name='em_flattened_input_breaks_conv', grade_id='encode_means', source=_EM + r'''    model.eval()
    codes = []
    flat = images.reshape(len(images), -1)
    with torch.no_grad():
        for start in range(0, len(flat), batch_size):
            codes.append(model.encoder(flat[start:start + batch_size])[0])
    return torch.cat(codes)
'''),
    dict(name='em_mean_of_mu_and_sample', grade_id='encode_means', source=_EM + r'''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, logvar = model.encoder(images[start:start + batch_size])
            codes.append(mu + 0.5 * torch.exp(0.5 * logvar))  # the centre of mass, weighted by the spread
    return torch.cat(codes)
'''),
    dict(name='lg_z2_upwards_from_bottom', grade_id='latent_grid', source=_LG + r'''    values = torch.linspace(low, high, n)
    z2, z1 = torch.meshgrid(values, values, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='lg_column_major', grade_id='latent_grid', source=_LG + r'''    values = torch.linspace(low, high, n)
    z1, z2 = torch.meshgrid(values, values.flip(0), indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='lg_meshgrid_xy_confusion', grade_id='latent_grid', source=_LG + r'''    values = torch.linspace(low, high, n)
    z1, z2 = torch.meshgrid(values, values.flip(0), indexing="xy")
    return torch.stack([z2.reshape(-1), z1.reshape(-1)], dim=1)
'''),
    dict(name='lg_high_excluded', grade_id='latent_grid', source=_LG + r'''    values = torch.linspace(low, high, n + 1)[:-1]
    grid = [[float(values[j]), float(values[n - 1 - i])] for i in range(n) for j in range(n)]
    return torch.tensor(grid)
'''),
    dict(name='lg_cell_centres', grade_id='latent_grid', source=_LG + r'''    step = (high - low) / n
    values = low + step * (torch.arange(n) + 0.5)  # the centre of each cell
    z2, z1 = torch.meshgrid(values.flip(0), values, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='lg_shape_n_n_2', grade_id='latent_grid', source=_LG + r'''    values = torch.linspace(low, high, n)
    z2, z1 = torch.meshgrid(values.flip(0), values, indexing="ij")
    return torch.stack([z1, z2], dim=-1)
'''),
    dict(name='lg_integer_bounds', grade_id='latent_grid', source=_LG + r'''    values = torch.linspace(int(low), int(high), n)
    z2, z1 = torch.meshgrid(values.flip(0), values, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='lg_ignores_low', grade_id='latent_grid', source=_LG + r'''    values = torch.linspace(-high, high, n)  # the grid is symmetric around the origin
    z2, z1 = torch.meshgrid(values.flip(0), values, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='lg_step_over_n', grade_id='latent_grid', source=_LG + r'''    h = (high - low) / n
    grid = [[low + j * h, high - i * h] for i in range(n) for j in range(n)]
    return torch.tensor(grid, dtype=torch.float32)
'''),
    dict(name='lg_z1_descending', grade_id='latent_grid', source=_LG + r'''    values = torch.linspace(high, low, n)
    z2, z1 = torch.meshgrid(values, values, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='lg_rounded_values', grade_id='latent_grid', source=_LG + r'''    values = torch.round(torch.linspace(low, high, n), decimals=2)  # tidy labels
    z2, z1 = torch.meshgrid(values.flip(0), values, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='lg_columns_swapped', grade_id='latent_grid', source=_LG + r'''    values = torch.linspace(low, high, n)
    z2, z1 = torch.meshgrid(values.flip(0), values, indexing="ij")
    return torch.stack([z2.reshape(-1), z1.reshape(-1)], dim=1)
'''),
    dict(name='lg_square_range_from_high', grade_id='latent_grid', source=_LG + r'''    half = (high - low) / 2
    values = torch.linspace(-half, half, n)  # centred grid of the right width
    z2, z1 = torch.meshgrid(values.flip(0), values, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),

    # ------------------------------------------------------------------ decode
    dict(name='dec_returns_logits', grade_id='decode', source=_DE + r'''    model.eval()
    with torch.no_grad():
        return model.decoder(z)
'''),
    dict(name='dec_bernoulli_draws', grade_id='decode', source=_DE + r'''    model.eval()
    with torch.no_grad():
        return torch.bernoulli(torch.sigmoid(model.decoder(z)))
'''),
    dict(name='dec_thresholded', grade_id='decode', source=_DE + r'''    model.eval()
    with torch.no_grad():
        return (torch.sigmoid(model.decoder(z)) > 0.5).float()
'''),
    dict(name='dec_softmax_over_pixels', grade_id='decode', source=_DE + r'''    model.eval()
    with torch.no_grad():
        logits = model.decoder(z)
        return torch.softmax(logits.flatten(1), dim=1).reshape(logits.shape)
'''),
    dict(name='dec_flattened', grade_id='decode', source=_DE + r'''    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z)).reshape(len(z), -1)
'''),
    dict(name='dec_min_max_rescaled', grade_id='decode', source=_DE + r'''    model.eval()
    with torch.no_grad():
        images = torch.sigmoid(model.decoder(z))
        low = images.amin(dim=(1, 2, 3), keepdim=True)
        high = images.amax(dim=(1, 2, 3), keepdim=True)
        return (images - low) / (high - low)  # use the whole grey range
'''),
    dict(name='dec_exp_over_one_plus_exp', grade_id='decode', source=_DE + r'''    model.eval()
    with torch.no_grad():
        e = torch.exp(model.decoder(z))
        return e / (1 + e)
'''),
    dict(name='dec_tanh_rescaled', grade_id='decode', source=_DE + r'''    model.eval()
    with torch.no_grad():
        return (torch.tanh(model.decoder(z)) + 1) / 2
'''),
    dict(name='dec_squeezes_channel', grade_id='decode', source=_DE + r'''    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z))[:, 0]
'''),
    dict(name='dec_returns_numpy', grade_id='decode', source=_DE + r'''    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z)).numpy()
'''),
    dict(name='dec_inverted_ink', grade_id='decode', source=_DE + r'''    model.eval()
    with torch.no_grad():
        return 1 - torch.sigmoid(model.decoder(z))  # black ink on white paper
'''),
    dict(name='dec_clipped_probabilities', grade_id='decode', source=_DE + r'''    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z)).clamp(0.05, 0.95)
'''),
    dict(name='dec_uint8_quantised', grade_id='decode', source=_DE + r'''    model.eval()
    with torch.no_grad():
        return (torch.sigmoid(model.decoder(z)) * 255).round() / 255  # as MNIST stores them
'''),
    dict(name='dec_gamma_corrected', grade_id='decode', source=_DE + r'''    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z)) ** 0.5  # brighter strokes
'''),
    dict(name='dec_uses_probs_of_probs', grade_id='decode', source=_DE + r'''    model.eval()
    with torch.no_grad():
        return torch.sigmoid(torch.sigmoid(model.decoder(z)))
'''),

    # ------------------------------------------------------------------ samples_around
    dict(name='sa_noise_transposed_draw', grade_id='samples_around', source=_SA + r'''    mu = encode_means(model, image[None])
    noise = torch.randn(mu.shape[1], n, generator=generator).T
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_noise_row_by_row', grade_id='samples_around', source=_SA + r'''    mu = encode_means(model, image[None])
    noise = torch.cat([torch.randn(1, mu.shape[1], generator=generator) for _ in range(n)])
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_scale_as_variance', grade_id='samples_around', source=_SA + r'''    mu = encode_means(model, image[None])
    z = mu + math.sqrt(scale) * torch.randn(n, mu.shape[1], generator=generator)
    return z, decode(model, z)
'''),
    dict(name='sa_scale_squared', grade_id='samples_around', source=_SA + r'''    mu = encode_means(model, image[None])
    z = mu + scale ** 2 * torch.randn(n, mu.shape[1], generator=generator)
    return z, decode(model, z)
'''),
    dict(name='sa_noise_times_encoder_sigma', grade_id='samples_around', source=_SA + r'''    model.eval()
    with torch.no_grad():
        mu, logvar = model.encoder(image[None])
    z = mu + scale * torch.exp(0.5 * logvar) * torch.randn(n, mu.shape[1], generator=generator)
    return z, decode(model, z)
'''),
    dict(name='sa_no_batch_dimension', grade_id='samples_around', source=_SA + r'''    mu = encode_means(model, image)
    z = mu + scale * torch.randn(n, mu.shape[1], generator=generator)
    return z, decode(model, z)
'''),
    dict(name='sa_returns_images_only', grade_id='samples_around', source=_SA + r'''    mu = encode_means(model, image[None])
    z = mu + scale * torch.randn(n, mu.shape[1], generator=generator)
    return decode(model, z)
'''),
    dict(name='sa_draws_q_sample_first', grade_id='samples_around', source=_SA + r'''    model.eval()
    with torch.no_grad():
        mu, logvar = model.encoder(image[None])
    centre = mu + torch.exp(0.5 * logvar) * torch.randn(mu.shape, generator=generator)  # a code of q(z|x)
    z = centre + scale * torch.randn(n, mu.shape[1], generator=generator)
    return z, decode(model, z)
'''),
    dict(name='sa_first_code_is_mean', grade_id='samples_around', source=_SA + r'''    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    noise[0] = 0  # keep the reconstruction as the first sample
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_noise_on_sphere', grade_id='samples_around', source=_SA + r'''    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * noise / noise.norm(dim=1, keepdim=True)  # all at distance scale
    return z, decode(model, z)
'''),
    dict(name='sa_returns_logits', grade_id='samples_around', source=_SA + r'''    mu = encode_means(model, image[None])
    z = mu + scale * torch.randn(n, mu.shape[1], generator=generator)
    with torch.no_grad():
        return z, model.decoder(z)
'''),
    dict(name='sa_noise_shared_by_dims', grade_id='samples_around', source=_SA + r'''    mu = encode_means(model, image[None])
    z = mu + scale * torch.randn(n, 1, generator=generator)
    return z, decode(model, z)
'''),
    dict(name='sa_multiplicative_noise', grade_id='samples_around', source=_SA + r'''    mu = encode_means(model, image[None])
    z = mu * (1 + scale * torch.randn(n, mu.shape[1], generator=generator))
    return z, decode(model, z)
'''),
    dict(name='sa_noise_centred_over_samples', grade_id='samples_around', source=_SA + r'''    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * (noise - noise.mean(dim=0))  # the samples are centred on mu
    return z, decode(model, z)
'''),
    dict(name='sa_extra_leading_dim', grade_id='samples_around', source=_SA + r'''    mu = encode_means(model, image.unsqueeze(0))
    z = mu[:, None] + scale * torch.randn(n, mu.shape[1], generator=generator)
    return z, decode(model, z.reshape(-1, mu.shape[1]))
'''),
    dict(name='sa_uniform_noise', grade_id='samples_around', source=_SA + r'''    mu = encode_means(model, image[None])
    z = mu + scale * (2 * torch.rand(n, mu.shape[1], generator=generator) - 1)
    return z, decode(model, z)
'''),

    # ------------------------------------------------------------------ interpolate
    dict(name='int_end_excluded', grade_id='interpolate', source=_IN + r'''    t = (torch.arange(steps) / steps)[:, None]
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='int_reversed', grade_id='interpolate', source=_IN + r'''    t = torch.linspace(0, 1, steps)[:, None]
    return t * z_start + (1 - t) * z_end
'''),
    dict(name='int_steps_plus_one', grade_id='interpolate', source=_IN + r'''    t = torch.linspace(0, 1, steps + 1)[:, None]
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='int_transposed', grade_id='interpolate', source=_IN + r'''    t = torch.linspace(0, 1, steps)
    return (1 - t) * z_start[:, None] + t * z_end[:, None]
'''),
    dict(name='int_rescaled_to_start_norm', grade_id='interpolate', source=_IN + r'''    t = torch.linspace(0, 1, steps)[:, None]
    path = (1 - t) * z_start + t * z_end
    return path / path.norm(dim=1, keepdim=True) * z_start.norm()  # keep the codes on the prior's shell
'''),
    dict(name='int_ease_in', grade_id='interpolate', source=_IN + r'''    t = torch.linspace(0, 1, steps)[:, None] ** 2
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='int_smoothstep', grade_id='interpolate', source=_IN + r'''    s = torch.linspace(0, 1, steps)[:, None]
    t = 3 * s ** 2 - 2 * s ** 3  # smooth start and end
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='int_start_excluded', grade_id='interpolate', source=_IN + r'''    t = torch.linspace(0, 1, steps + 1)[1:, None]
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='int_leading_batch_dim', grade_id='interpolate', source=_IN + r'''    t = torch.linspace(0, 1, steps)[:, None, None]
    return (1 - t) * z_start[None] + t * z_end[None]
'''),
    dict(name='int_returns_path_and_t', grade_id='interpolate', source=_IN + r'''    t = torch.linspace(0, 1, steps)
    return (1 - t[:, None]) * z_start + t[:, None] * z_end, t
'''),
    dict(name='int_midpoints_only', grade_id='interpolate', source=_IN + r'''    t = ((torch.arange(steps) + 0.5) / steps)[:, None]  # the centres of the steps
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='int_t_over_steps_minus_two', grade_id='interpolate', source=_IN + r'''    t = (torch.arange(steps) / max(steps - 2, 1)).clamp(max=1)[:, None]
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='int_sine_easing', grade_id='interpolate', source=_IN + r'''    t = torch.linspace(0, 1, steps)[:, None]
    direction = z_end - z_start
    return z_start + direction * torch.sin(t * math.pi / 2)  # faster at the start
'''),
    dict(name='int_cumsum_of_rounded_step', grade_id='interpolate', source=_IN + r'''    step = ((z_end - z_start) / (steps - 1)).half().float()  # compact step
    return z_start + torch.arange(steps)[:, None] * step
'''),
    dict(name='sl_no_clamp', grade_id='slerp', source=_SL + r'''    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos)
    if torch.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''),
    dict(name='sl_no_fallback', grade_id='slerp', source=_SL + r'''    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''),
    dict(name='sl_fallback_on_small_angle_only', grade_id='slerp', source=_SL + r'''    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    if omega < 1e-6:  # the same direction
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''),
    dict(name='sl_fallback_on_cos_close_to_one', grade_id='slerp', source=_SL + r'''    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    if cos > 0.9995:
        return interpolate(z_start, z_end, steps)
    omega = torch.arccos(cos.clamp(-1, 1))
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''),
    dict(name='sl_fallback_repeats_start', grade_id='slerp', source=_SL + r'''    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    if torch.sin(omega) < 1e-6:
        return z_start.expand(steps, -1).clone()
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''),
    dict(name='sl_unnormalised_dot', grade_id='slerp', source=_SL + r'''    omega = torch.arccos(torch.dot(z_start, z_end).clamp(-1, 1))
    if torch.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''),
    dict(name='sl_unit_vectors_returned', grade_id='slerp', source=_SL + r'''    a, b = z_start / z_start.norm(), z_end / z_end.norm()
    omega = torch.arccos(torch.dot(a, b).clamp(-1, 1))
    if torch.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * a + torch.sin(t * omega) * b) / torch.sin(omega)
'''),
    dict(name='sl_direction_slerp_linear_norm', grade_id='slerp', source=_SL + r'''    na, nb = z_start.norm(), z_end.norm()
    a, b = z_start / na, z_end / nb
    omega = torch.arccos(torch.dot(a, b).clamp(-1, 1))
    if torch.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    direction = (torch.sin((1 - t) * omega) * a + torch.sin(t * omega) * b) / torch.sin(omega)
    return direction * ((1 - t) * na + t * nb)  # the norm moves linearly from one end to the other
'''),
    dict(name='sl_end_excluded', grade_id='slerp', source=_SL + r'''    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    if torch.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = (torch.arange(steps) / steps)[:, None]
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''),
    dict(name='sl_weights_swapped', grade_id='slerp', source=_SL + r'''    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    if torch.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin(t * omega) * z_start + torch.sin((1 - t) * omega) * z_end) / torch.sin(omega)
'''),
    dict(name='sl_clamp_upper_only', grade_id='slerp', source=_SL + r'''    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(max=1.0))
    if torch.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''),
    dict(name='sl_exact_zero_test', grade_id='slerp', source=_SL + r'''    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    if torch.sin(omega) == 0:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''),
    dict(name='sl_transposed', grade_id='slerp', source=_SL + r'''    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    if torch.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps).T
    t = torch.linspace(0, 1, steps)
    return (torch.sin((1 - t) * omega) * z_start[:, None] + torch.sin(t * omega) * z_end[:, None]) / torch.sin(omega)
'''),
    dict(name='sl_half_angle', grade_id='slerp', source=_SL + r'''    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1)) / 2
    if torch.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''),
    dict(name='sl_cos_over_mean_square_norm', grade_id='slerp', source=_SL + r'''    cos = torch.dot(z_start, z_end) / (z_start.pow(2).sum() + z_end.pow(2).sum()) * 2  # normalised dot product
    omega = torch.arccos(cos.clamp(-1, 1))
    if torch.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''),
    dict(name='sl_lerp_then_normalise', grade_id='slerp', source=_SL + r'''    path = interpolate(z_start, z_end, steps)
    norms = path.norm(dim=1, keepdim=True).clamp(min=1e-12)
    target = torch.linspace(0, 1, steps)[:, None]
    target = (1 - target) * z_start.norm() + target * z_end.norm()
    return path / norms * target  # the straight path pushed out to the interpolated norm
'''),
    dict(name='sl_eps_in_denominator', grade_id='slerp', source=_SL + r'''    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    sin = torch.sqrt(1 - cos.clamp(-1, 1) ** 2)
    if sin < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / (sin + 1e-3)
'''),

    # ------------------------------------------------------------------ aggregate_moments
    dict(name='am_variance_of_means_only', grade_id='aggregate_moments', source=_AM + r'''    return mu.mean(dim=0), mu.var(dim=0, unbiased=False)
'''),
    dict(name='am_unbiased_variance_of_means', grade_id='aggregate_moments', source=_AM + r'''    return mu.mean(dim=0), mu.var(dim=0) + logvar.exp().mean(dim=0)
'''),
    dict(name='am_mean_square_not_subtracted', grade_id='aggregate_moments', source=_AM + r'''    return mu.mean(dim=0), (logvar.exp() + mu ** 2).mean(dim=0)
'''),
    dict(name='am_std_not_variance', grade_id='aggregate_moments', source=_AM + r'''    m = mu.mean(dim=0)
    return m, (torch.exp(0.5 * logvar) + mu ** 2).mean(dim=0) - m ** 2
'''),
    dict(name='am_logvar_as_variance', grade_id='aggregate_moments', source=_AM + r'''    m = mu.mean(dim=0)
    return m, (logvar + mu ** 2).mean(dim=0) - m ** 2
'''),
    dict(name='am_reduced_over_dims', grade_id='aggregate_moments', source=_AM + r'''    m = mu.mean(dim=1)
    return m, (logvar.exp() + mu ** 2).mean(dim=1) - m ** 2
'''),
    dict(name='am_returns_std', grade_id='aggregate_moments', source=_AM + r'''    m = mu.mean(dim=0)
    return m, ((logvar.exp() + mu ** 2).mean(dim=0) - m ** 2).sqrt()
'''),
    dict(name='am_keepdim', grade_id='aggregate_moments', source=_AM + r'''    m = mu.mean(dim=0, keepdim=True)
    return m, (logvar.exp() + mu ** 2).mean(dim=0, keepdim=True) - m ** 2
'''),
    dict(name='am_sampled_moments', grade_id='aggregate_moments', source=_AM + r'''    z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)  # one sample of q(z) per image
    return z.mean(dim=0), z.var(dim=0, unbiased=False)
'''),
    dict(name='am_mean_square_added', grade_id='aggregate_moments', source=_AM + r'''    m = mu.mean(dim=0)
    return m, (logvar.exp() + mu ** 2).mean(dim=0) + m ** 2
'''),
    dict(name='am_geometric_mean_sigma', grade_id='aggregate_moments', source=_AM + r'''    m = mu.mean(dim=0)
    return m, torch.exp(logvar.mean(dim=0)) + mu.var(dim=0, unbiased=False)
'''),
    dict(name='am_returns_list', grade_id='aggregate_moments', source=_AM + r'''    m = mu.mean(dim=0)
    return [m, (logvar.exp() + mu ** 2).mean(dim=0) - m ** 2]
'''),
    dict(name='am_var_of_mu_plus_sigma', grade_id='aggregate_moments', source=_AM + r'''    m = mu.mean(dim=0)
    return m, (mu + torch.exp(0.5 * logvar)).var(dim=0, unbiased=False)
'''),
    dict(name='am_sum_not_mean', grade_id='aggregate_moments', source=_AM + r'''    m = mu.sum(dim=0) / len(mu)
    return m, (logvar.exp() + mu ** 2).sum(dim=0) - m ** 2
'''),
    dict(name='am_median_mean', grade_id='aggregate_moments', source=_AM + r'''    m = mu.median(dim=0).values  # robust to outliers
    return m, (logvar.exp() + mu ** 2).mean(dim=0) - m ** 2
'''),
    dict(name='am_clamped_variance_floor', grade_id='aggregate_moments', source=_AM + r'''    m = mu.mean(dim=0)
    return m, ((logvar.exp() + mu ** 2).mean(dim=0) - m ** 2).clamp(min=1e-2)
'''),
    dict(name='am_mean_over_all_dims', grade_id='aggregate_moments', source=_AM + r'''    m = mu.mean()
    v = (logvar.exp() + mu ** 2).mean() - m ** 2
    return m.expand(mu.shape[1]), v.expand(mu.shape[1])
'''),
    dict(name='am_var_sigma_plus_var_mu', grade_id='aggregate_moments', source=_AM + r'''    return mu.mean(dim=0), logvar.exp().var(dim=0, unbiased=False) + mu.var(dim=0, unbiased=False)
'''),
]

ALTERNATIVES = [
    dict(name='em_split_list_comprehension', grade_id='encode_means', source=_EM + r'''    model.eval()
    with torch.no_grad():
        return torch.cat([model.encoder(batch)[0] for batch in images.split(batch_size)], dim=0)
'''),
    dict(name='em_preallocated', grade_id='encode_means', source=_EM + r'''    model.eval()
    codes = None
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            if codes is None:
                codes = mu.new_empty(len(images), mu.shape[1])
            codes[start:start + len(mu)] = mu
    return codes
'''),
    dict(name='lg_python_loops', grade_id='latent_grid', source=_LG + r'''    values = torch.linspace(low, high, n)
    rows = []
    for i in range(n):
        for j in range(n):
            rows.append(torch.stack([values[j], values[n - 1 - i]]))
    return torch.stack(rows)
'''),
    dict(name='lg_cartesian_prod', grade_id='latent_grid', source=_LG + r'''    values = torch.linspace(low, high, n)
    pairs = torch.cartesian_prod(values.flip(0), values)  # (z2, z1) in reading order
    return pairs.flip(1).contiguous()
'''),
    dict(name='dec_sigmoid_method', grade_id='decode', source=_DE + r'''    model.eval()
    with torch.no_grad():
        logits = model.decoder(z)
    return logits.sigmoid()
'''),
    dict(name='dec_one_over_one_plus_exp', grade_id='decode', source=_DE + r'''    model.eval()
    with torch.no_grad():
        return 1 / (1 + torch.exp(-model.decoder(z)))
'''),
    dict(name='sa_unsqueeze_addcmul', grade_id='samples_around', source=_SA + r'''    mu = encode_means(model, image.unsqueeze(0))  # (1, d)
    noise = torch.randn(n, mu.shape[-1], generator=generator)
    z = torch.add(mu, noise, alpha=scale)
    return z, decode(model, z)
'''),
    dict(name='int_lerp', grade_id='interpolate', source=_IN + r'''    weights = torch.linspace(0, 1, steps).unsqueeze(1)
    return torch.lerp(z_start.expand(steps, -1), z_end.expand(steps, -1), weights)
'''),
    dict(name='int_loop_stack', grade_id='interpolate', source=_IN + r'''    return torch.stack([(1 - k / (steps - 1)) * z_start + (k / (steps - 1)) * z_end for k in range(steps)])
'''),
    dict(name='sl_where_no_branch', grade_id='slerp', source=_SL + r'''    cos = (z_start @ z_end) / (torch.linalg.norm(z_start) * torch.linalg.norm(z_end))
    omega = torch.acos(torch.clamp(cos, -1.0, 1.0))
    sin_omega = torch.sin(omega)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    parallel = sin_omega < 1e-6
    safe = torch.where(parallel, torch.ones_like(sin_omega), sin_omega)
    curved = (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / safe
    return torch.where(parallel, interpolate(z_start, z_end, steps), curved)
'''),
    dict(name='sl_row_loop', grade_id='slerp', source=_SL + r'''    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    if torch.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    rows = []
    for k in range(steps):
        t = k / (steps - 1)
        rows.append((torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega))
    return torch.stack(rows)
'''),
    dict(name='am_centred_form', grade_id='aggregate_moments', source=_AM + r'''    m = mu.mean(dim=0)
    return m, (logvar.exp() + (mu - m) ** 2).mean(dim=0)
'''),
    dict(name='am_var_mean', grade_id='aggregate_moments', source=_AM + r'''    spread, m = torch.var_mean(mu, dim=0, unbiased=False)
    return m, spread + torch.exp(logvar).mean(dim=0)
'''),
]
