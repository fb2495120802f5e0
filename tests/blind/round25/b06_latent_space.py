"""Blind round 25: mistakes and alternatives for notebook 06_latent_space."""
NOTEBOOK = '06_latent_space'


def _encode(loop_body, head=r'''    model.eval()
    codes = []
    with torch.no_grad():
''', tail=r'''    return torch.cat(codes)
'''):
    return r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients."""
''' + head + loop_body + tail


_ENCODE_LOOP = r'''        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
'''


def _slerp(body):
    return r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included."""
''' + body


_SLERP_ANGLE = r'''    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin = torch.sin(omega)
'''
_SLERP_FALLBACK = r'''    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
'''
_SLERP_PATH = r'''    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''


def _around(body):
    return r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images."""
''' + body


MISTAKES = [
    # ------------------------------------------------------------------ encode_means
    dict(name='enc_no_eval', grade_id='encode_means', source=_encode(_ENCODE_LOOP, head=r'''    codes = []
    with torch.no_grad():
''')),
    dict(name='enc_no_no_grad', grade_id='encode_means', source=_encode(r'''    for start in range(0, len(images), batch_size):
        mu, _ = model.encoder(images[start:start + batch_size])
        codes.append(mu)
''', head=r'''    model.eval()
    codes = []
''')),
    dict(name='enc_samples_codes', grade_id='encode_means', source=_encode(r'''        for start in range(0, len(images), batch_size):
            mu, logvar = model.encoder(images[start:start + batch_size])
            codes.append(mu + torch.exp(0.5 * logvar) * torch.randn_like(mu))
''')),
    dict(name='enc_uses_forward', grade_id='encode_means', source=_encode(r'''        for start in range(0, len(images), batch_size):
            codes.append(model(images[start:start + batch_size])[1])  # (logits, mu, logvar)
''')),
    dict(name='enc_drops_last_batch', grade_id='encode_means', source=_encode(r'''        for k in range(len(images) // batch_size):
            mu, _ = model.encoder(images[k * batch_size:(k + 1) * batch_size])
            codes.append(mu)
''', tail=r'''    return torch.cat(codes) if codes else torch.zeros(0, model.latent_dim)
''')),
    dict(name='enc_stack_batches', grade_id='encode_means', source=_encode(_ENCODE_LOOP, tail=r'''    return torch.stack(codes).reshape(-1, codes[0].shape[1])
''')),
    dict(name='enc_back_to_train_mode', grade_id='encode_means', source=_encode(_ENCODE_LOOP, tail=r'''    model.train()
    return torch.cat(codes)
''')),
    dict(name='enc_returns_numpy', grade_id='encode_means', source=_encode(_ENCODE_LOOP, tail=r'''    return torch.cat(codes).numpy()  # ready for sklearn and matplotlib
''')),
    dict(name='enc_half_precision', grade_id='encode_means', source=_encode(r'''        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu.half())  # half the memory for 10,000 codes
''')),
    dict(name='enc_first_batch_only', grade_id='encode_means', source=_encode(r'''        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
            return torch.cat(codes)
''')),
    dict(name='enc_two_dimensional_buffer', grade_id='encode_means', source=_encode(r'''        codes = torch.zeros(len(images), 2)
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes[start:start + len(mu)] = mu
''', tail=r'''    return codes
''')),
    dict(name='enc_squeezed', grade_id='encode_means', source=_encode(_ENCODE_LOOP, tail=r'''    return torch.cat(codes).squeeze()
''')),

    # ------------------------------------------------------------------ latent_grid
    dict(name='grid_z2_ascending', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    return torch.stack([values.repeat(n), values.repeat_interleave(n)], dim=1)
'''),
    dict(name='grid_column_major', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    return torch.stack([values.repeat_interleave(n), values.flip(0).repeat(n)], dim=1)
'''),
    dict(name='grid_step_over_n', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / n
    index = torch.arange(n)
    return torch.stack([(low + index * h).repeat(n), (high - index * h).repeat_interleave(n)], dim=1)
'''),
    dict(name='grid_numpy_float64', grade_id='latent_grid', source=r'''import numpy as np


def latent_grid(n, low=-2.0, high=2.0):
    values = np.linspace(low, high, n)
    z1, z2 = np.meshgrid(values, values[::-1])
    return torch.from_numpy(np.stack([z1.ravel(), z2.ravel()], axis=1))
'''),
    dict(name='grid_n_plus_one_points', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n + 1)
    return torch.stack([values.repeat(n + 1), values.flip(0).repeat_interleave(n + 1)], dim=1)
'''),
    dict(name='grid_integer_step', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) // (n - 1)
    index = torch.arange(n, dtype=torch.float32)
    return torch.stack([(low + index * h).repeat(n), (high - index * h).repeat_interleave(n)], dim=1)
'''),
    dict(name='grid_square_shape', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    z2, z1 = torch.meshgrid(values.flip(0), values, indexing="ij")
    return torch.stack([z1, z2], dim=-1)  # (n, n, 2): row i, column j
'''),
    dict(name='grid_z2_negated', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    return torch.stack([values.repeat(n), (-values).repeat_interleave(n)], dim=1)
'''),
    dict(name='grid_whole_grid_flipped', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    grid = torch.stack([values.repeat(n), values.repeat_interleave(n)], dim=1)
    return grid.flip(0)  # top row first
'''),
    dict(name='grid_rows_start_one_below', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / (n - 1)
    z1 = low + h * torch.arange(n)
    z2 = high - h * torch.arange(1, n + 1)
    return torch.stack([z1.repeat(n), z2.repeat_interleave(n)], dim=1)
'''),
    dict(name='grid_arange_step_overshoots', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / (n - 1)
    values = torch.arange(low, high + h, h)
    return torch.stack([values.repeat(len(values)), values.flip(0).repeat_interleave(len(values))], dim=1)
'''),

    # ------------------------------------------------------------------ decode
    dict(name='dec_returns_logits', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    with torch.no_grad():
        return model.decoder(z)
'''),
    dict(name='dec_no_eval', grade_id='decode', source=r'''def decode(model, z):
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z))
'''),
    dict(name='dec_no_no_grad', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    return torch.sigmoid(model.decoder(z))
'''),
    dict(name='dec_bernoulli_draw', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    with torch.no_grad():
        return torch.bernoulli(torch.sigmoid(model.decoder(z)))
'''),
    dict(name='dec_uses_probs_method', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    with torch.no_grad():
        return model.decoder.probs(z)
'''),
    dict(name='dec_softmax_over_channel', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    with torch.no_grad():
        return torch.softmax(model.decoder(z), dim=1)
'''),
    dict(name='dec_tanh_rescaled', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    with torch.no_grad():
        return (torch.tanh(model.decoder(z)) + 1) / 2
'''),
    dict(name='dec_model_forward', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    with torch.no_grad():
        out = model(z)
        return torch.sigmoid(out[0] if isinstance(out, tuple) else out)
'''),
    dict(name='dec_channel_squeezed', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z)).squeeze(1)
'''),
    dict(name='dec_back_to_train_mode', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    with torch.no_grad():
        images = torch.sigmoid(model.decoder(z))
    model.train()
    return images
'''),
    dict(name='dec_min_max_per_image', grade_id='decode', source=r'''def decode(model, z):
    model.eval()
    with torch.no_grad():
        p = torch.sigmoid(model.decoder(z))
        low = p.amin(dim=(1, 2, 3), keepdim=True)
        high = p.amax(dim=(1, 2, 3), keepdim=True)
        return (p - low) / (high - low)  # full contrast for display
'''),

    # ------------------------------------------------------------------ samples_around
    dict(name='around_global_noise', grade_id='samples_around', source=_around(r'''    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1])
    z = mu + scale * noise
    return z, decode(model, z)
''')),
    dict(name='around_transposed_draw', grade_id='samples_around', source=_around(r'''    mu = encode_means(model, image[None])
    noise = torch.randn(mu.shape[1], n, generator=generator).T
    z = mu + scale * noise
    return z, decode(model, z)
''')),
    dict(name='around_scale_as_variance', grade_id='samples_around', source=_around(r'''    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + math.sqrt(scale) * noise
    return z, decode(model, z)
''')),
    dict(name='around_sampled_centre', grade_id='samples_around', source=_around(r'''    model.eval()
    with torch.no_grad():
        mu, logvar = model.encoder(image[None])
        centre = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = centre + scale * noise
    return z, decode(model, z)
''')),
    dict(name='around_centre_included', grade_id='samples_around', source=_around(r'''    mu = encode_means(model, image[None])
    noise = torch.randn(n - 1, mu.shape[1], generator=generator)
    z = torch.cat([mu, mu + scale * noise])  # the digit itself first
    return z, decode(model, z)
''')),
    dict(name='around_decoder_logits', grade_id='samples_around', source=_around(r'''    mu = encode_means(model, image[None])
    z = mu + scale * torch.randn(n, mu.shape[1], generator=generator)
    with torch.no_grad():
        images = model.decoder(z)
    return z, images
''')),
    dict(name='around_one_draw_per_sample', grade_id='samples_around', source=_around(r'''    mu = encode_means(model, image[None])[0]
    z = torch.stack([mu + scale * torch.randn(len(mu), generator=generator) for _ in range(n)])
    return z, decode(model, z)
''')),
    dict(name='around_scale_on_code_too', grade_id='samples_around', source=_around(r'''    mu = encode_means(model, image[None])
    z = scale * (mu + torch.randn(n, mu.shape[1], generator=generator))
    return z, decode(model, z)
''')),
    dict(name='around_encoder_sigma', grade_id='samples_around', source=_around(r'''    model.eval()
    with torch.no_grad():
        mu, logvar = model.encoder(image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * torch.exp(0.5 * logvar) * noise  # the spread of q(z|x), scaled
    return z, decode(model, z)
''')),
    dict(name='around_code_requires_grad', grade_id='samples_around', source=_around(r'''    model.eval()
    mu, _ = model.encoder(image[None])
    z = mu + scale * torch.randn(n, mu.shape[1], generator=generator)
    return z, decode(model, z)
''')),
    dict(name='around_noise_centred', grade_id='samples_around', source=_around(r'''    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    noise = noise - noise.mean(dim=0)  # the samples stay centred on mu
    z = mu + scale * noise
    return z, decode(model, z)
''')),

    # ------------------------------------------------------------------ interpolate
    dict(name='interp_end_excluded', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = (torch.arange(steps) / steps)[:, None]
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='interp_reversed', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)[:, None]
    return t * z_start + (1 - t) * z_end
'''),
    dict(name='interp_t_not_a_column', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='interp_steps_plus_one', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps + 1)[:, None]
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='interp_numpy_float64', grade_id='interpolate', source=r'''import numpy as np


def interpolate(z_start, z_end, steps):
    t = torch.from_numpy(np.linspace(0, 1, steps))[:, None]
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='interp_integer_division', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = (torch.arange(steps) // (steps - 1))[:, None]
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='interp_transposed', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)
    return torch.stack([(1 - s) * z_start + s * z_end for s in t], dim=1)
'''),
    dict(name='interp_mutates_start', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)[:, None]
    direction = z_end.sub_(z_start)  # z_end - z_start
    return z_start + t * direction
'''),
    dict(name='interp_start_excluded', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps + 1)[1:, None]
    return (1 - t) * z_start + t * z_end
'''),

    # ------------------------------------------------------------------ slerp
    dict(name='slerp_no_clamp', grade_id='slerp', source=_slerp(r'''    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos)
    sin = torch.sin(omega)
''' + _SLERP_FALLBACK + _SLERP_PATH)),
    dict(name='slerp_no_fallback', grade_id='slerp', source=_slerp(_SLERP_ANGLE + _SLERP_PATH)),
    dict(name='slerp_fallback_same_direction_only', grade_id='slerp', source=_slerp(_SLERP_ANGLE + r'''    if cos > 0.9995:  # (almost) the same direction
        return interpolate(z_start, z_end, steps)
''' + _SLERP_PATH)),
    dict(name='slerp_dot_not_normalised', grade_id='slerp', source=_slerp(r'''    omega = torch.arccos(torch.dot(z_start, z_end).clamp(-1.0, 1.0))
    sin = torch.sin(omega)
''' + _SLERP_FALLBACK + _SLERP_PATH)),
    dict(name='slerp_weights_swapped', grade_id='slerp', source=_slerp(_SLERP_ANGLE + _SLERP_FALLBACK + r'''    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin(t * omega) / sin * z_start + torch.sin((1 - t) * omega) / sin * z_end
''')),
    dict(name='slerp_fallback_repeats_start', grade_id='slerp', source=_slerp(_SLERP_ANGLE + r'''    if sin < 1e-3:
        return z_start.repeat(steps, 1)
''' + _SLERP_PATH)),
    dict(name='slerp_unit_directions', grade_id='slerp', source=_slerp(r'''    a, b = z_start / z_start.norm(), z_end / z_end.norm()
    omega = torch.arccos(torch.dot(a, b).clamp(-1.0, 1.0))
    sin = torch.sin(omega)
''' + _SLERP_FALLBACK + r'''    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) / sin * a + torch.sin(t * omega) / sin * b
''')),
    dict(name='slerp_norm_interpolated', grade_id='slerp', source=_slerp(r'''    a, b = z_start / z_start.norm(), z_end / z_end.norm()
    omega = torch.arccos(torch.dot(a, b).clamp(-1.0, 1.0))
    sin = torch.sin(omega)
''' + _SLERP_FALLBACK + r'''    t = torch.linspace(0, 1, steps)[:, None]
    direction = torch.sin((1 - t) * omega) / sin * a + torch.sin(t * omega) / sin * b
    return direction * ((1 - t) * z_start.norm() + t * z_end.norm())
''')),
    dict(name='slerp_threshold_too_small', grade_id='slerp', source=_slerp(_SLERP_ANGLE + r'''    if sin < 1e-9:
        return interpolate(z_start, z_end, steps)
''' + _SLERP_PATH)),
    dict(name='slerp_float64', grade_id='slerp', source=_slerp(r'''    z_start, z_end = z_start.double(), z_end.double()  # acos needs precision
''' + _SLERP_ANGLE + _SLERP_FALLBACK + r'''    t = torch.linspace(0, 1, steps, dtype=torch.float64)[:, None]
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
''')),

    # ------------------------------------------------------------------ aggregate_moments
    dict(name='agg_variance_of_means_only', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    return mu.mean(dim=0), mu.var(dim=0, unbiased=False)
'''),
    dict(name='agg_unbiased_variance', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    return mu.mean(dim=0), logvar.exp().mean(dim=0) + mu.var(dim=0)
'''),
    dict(name='agg_std_for_variance', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    sigma = torch.exp(0.5 * logvar)
    return mean, (sigma + mu ** 2).mean(dim=0) - mean ** 2
'''),
    dict(name='agg_variance_squared', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    sigma = torch.exp(logvar)
    return mean, (sigma ** 2 + mu ** 2).mean(dim=0) - mean ** 2
'''),
    dict(name='agg_wrong_axis', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=1)
    return mean, (logvar.exp() + mu ** 2).mean(dim=1) - mean ** 2
'''),
    dict(name='agg_second_moment_only', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    return mu.mean(dim=0), (logvar.exp() + mu ** 2).mean(dim=0)
'''),
    dict(name='agg_mean_not_squared', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    return mean, (logvar.exp() + mu ** 2).mean(dim=0) - mean
'''),
    dict(name='agg_float64', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mu, logvar = mu.double(), logvar.double()  # E[z^2] - E[z]^2 cancels: use float64
    mean = mu.mean(dim=0)
    return mean, (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2
'''),
    dict(name='agg_returns_list', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    return [mean, (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2]
'''),
    dict(name='agg_divides_by_latent_dim', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    n = mu.shape[1]
    mean = mu.sum(dim=0) / n
    return mean, (logvar.exp() + mu ** 2).sum(dim=0) / n - mean ** 2
'''),
    dict(name='agg_inplace_exp', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    variance = logvar.exp_().add_(mu ** 2).mean(dim=0) - mean ** 2
    return mean, variance
'''),
]

ALTERNATIVES = [
    dict(name='alt_enc_split_decorator', grade_id='encode_means', source=r'''@torch.no_grad()
def encode_means(model, images, batch_size=1000):
    model.eval()
    return torch.cat([model.encoder(batch)[0] for batch in images.split(batch_size)])
'''),
    dict(name='alt_enc_filled_buffer', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    model.eval()
    with torch.no_grad():
        parts = []
        start = 0
        while start < len(images):
            stop = min(start + batch_size, len(images))
            parts.append(model.encoder(images[start:stop])[0])
            start = stop
        codes = torch.empty(len(images), parts[0].shape[1], dtype=parts[0].dtype)
        offset = 0
        for part in parts:
            codes[offset:offset + len(part)] = part
            offset += len(part)
    return codes
'''),
    dict(name='alt_grid_formula', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / (n - 1)
    rows = torch.arange(n).repeat_interleave(n)
    columns = torch.arange(n).repeat(n)
    return torch.stack([low + columns * h, high - rows * h], dim=1).float()
'''),
    dict(name='alt_grid_list', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / (n - 1)
    points = [[low + j * h, high - i * h] for i in range(n) for j in range(n)]
    return torch.tensor(points, dtype=torch.float32)
'''),
    dict(name='alt_grid_meshgrid_xy', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    z1, z2 = torch.meshgrid(torch.linspace(low, high, n), torch.linspace(high, low, n), indexing="xy")
    return torch.stack([z1.flatten(), z2.flatten()], dim=1)
'''),
    dict(name='alt_decode_decorator', grade_id='decode', source=r'''@torch.no_grad()
def decode(model, z):
    model.train(False)
    logits = model.decoder(z)
    return logits.sigmoid()
'''),
    dict(name='alt_around_addcmul', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image.unsqueeze(0))
    d = mu.shape[-1]
    noise = torch.randn(n, d, generator=generator)
    z = torch.add(mu.expand(n, d), noise, alpha=scale)
    return z, decode(model, z)
'''),
    dict(name='alt_interp_lerp', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps, dtype=z_start.dtype).unsqueeze(1)
    return torch.lerp(z_start.expand(steps, -1), z_end.expand(steps, -1), t)
'''),
    dict(name='alt_interp_loop', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    ts = torch.linspace(0, 1, steps)
    return torch.stack([(1 - t) * z_start + t * z_end for t in ts])
'''),
    dict(name='alt_slerp_cosine_similarity', grade_id='slerp', source=r'''import torch.nn.functional as F


def slerp(z_start, z_end, steps):
    cos = F.cosine_similarity(z_start, z_end, dim=0).clamp(-1.0, 1.0)
    sin = torch.sqrt(1 - cos ** 2)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    omega = torch.atan2(sin, cos)
    t = torch.linspace(0, 1, steps).unsqueeze(-1)
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / sin
'''),
    dict(name='alt_agg_two_pass', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    variance = logvar.exp().mean(dim=0) + (mu - mean).pow(2).mean(dim=0)
    return mean, variance
'''),
    dict(name='alt_agg_var_unbiased_false', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    return torch.mean(mu, 0), torch.exp(logvar).mean(0) + torch.var(mu, 0, unbiased=False)
'''),
]
