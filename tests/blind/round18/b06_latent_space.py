"""Blind round 18: mistakes and alternatives for notebook 06_latent_space."""

NOTEBOOK = '06_latent_space'


def _m(name, grade_id, source):
    return dict(name=name, grade_id=grade_id, source=source.strip('\n') + '\n')


def _sub(source, *pairs):
    """Replace each old text (which must occur exactly once) by its new text."""
    for old, new in zip(pairs[::2], pairs[1::2]):
        assert source.count(old) == 1, old
        source = source.replace(old, new)
    return source


_ENCODE = '''
def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients."""
    model.eval()
    means = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, logvar = model.encoder(images[start:start + batch_size])
            means.append(mu)
    return torch.cat(means)
'''

_GRID = '''
def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order."""
    values = torch.linspace(low, high, n)
    z2, z1 = torch.meshgrid(values.flip(0), values, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''

_DECODE = '''
def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means."""
    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z))
'''

_AROUND = '''
def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images."""
    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * noise
    return z, decode(model, z)
'''

_INTERP = '''
def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included."""
    t = torch.linspace(0, 1, steps)[:, None]
    return (1 - t) * z_start + t * z_end
'''

_SLERP = '''
def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included."""
    cos_omega = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos_omega.clamp(-1.0, 1.0))
    sin_omega = torch.sin(omega)
    if sin_omega < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) / sin_omega * z_start + torch.sin(t * omega) / sin_omega * z_end
'''

_MOMENTS = '''
def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior, per dimension."""
    mean = mu.mean(dim=0)
    variance = (logvar.exp() + mu.pow(2)).mean(dim=0) - mean.pow(2)
    return mean, variance
'''


MISTAKES = [
    # ------------------------------------------------------------------ Exercise 1: encode_means
    _m('enc_returns_samples', 'encode_means', _sub(_ENCODE,
        '            means.append(mu)\n',
        '            means.append(mu + torch.exp(0.5 * logvar) * torch.randn_like(mu))\n')),
    _m('enc_without_no_grad', 'encode_means', '''
def encode_means(model, images, batch_size=1000):
    model.eval()
    means = []
    for start in range(0, len(images), batch_size):
        mu, logvar = model.encoder(images[start:start + batch_size])
        means.append(mu)
    return torch.cat(means)
'''),
    _m('enc_drops_last_partial_batch', 'encode_means', _sub(_ENCODE,
        'range(0, len(images), batch_size)', 'range(0, len(images) - batch_size + 1, batch_size)')),
    _m('enc_stack_instead_of_cat', 'encode_means', _sub(_ENCODE,
        'return torch.cat(means)', 'return torch.stack(means)')),
    _m('enc_cat_along_dim1', 'encode_means', _sub(_ENCODE,
        'return torch.cat(means)', 'return torch.cat(means, dim=1)')),
    _m('enc_keeps_logvar', 'encode_means', _sub(_ENCODE,
        'means.append(mu)', 'means.append(logvar)')),
    _m('enc_through_forward', 'encode_means', _sub(_ENCODE,
        '            mu, logvar = model.encoder(images[start:start + batch_size])\n',
        '            _, mu, logvar = model(images[start:start + batch_size])\n')),
    _m('enc_chunk_count_not_size', 'encode_means', '''
def encode_means(model, images, batch_size=1000):
    model.eval()
    with torch.no_grad():
        return torch.cat([model.encoder(x)[0] for x in images.chunk(batch_size)])
'''),
    _m('enc_returns_numpy', 'encode_means', _sub(_ENCODE,
        'return torch.cat(means)', 'return torch.cat(means).numpy()')),
    _m('enc_eval_called_after_encoding', 'encode_means', '''
def encode_means(model, images, batch_size=1000):
    means = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, logvar = model.encoder(images[start:start + batch_size])
            means.append(mu)
    model.eval()
    return torch.cat(means)
'''),

    # ------------------------------------------------------------------ Exercise 2: latent_grid
    _m('grid_z2_grows_downwards', 'latent_grid', _sub(_GRID,
        'torch.meshgrid(values.flip(0), values, indexing="ij")', 'torch.meshgrid(values, values, indexing="ij")')),
    _m('grid_meshgrid_default_column_order', 'latent_grid', '''
def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    z1, z2 = torch.meshgrid(values, values.flip(0))
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    _m('grid_coordinates_swapped', 'latent_grid', _sub(_GRID,
        'torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)', 'torch.stack([z2.reshape(-1), z1.reshape(-1)], dim=1)')),
    _m('grid_z2_negated_assumes_symmetric_range', 'latent_grid', '''
def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    z2, z1 = torch.meshgrid(-values, values, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    _m('grid_arange_float_step', 'latent_grid', '''
def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / (n - 1)
    values = torch.arange(low, high + h, h)
    z2, z1 = torch.meshgrid(values.flip(0), values, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    _m('grid_step_divides_by_n', 'latent_grid', '''
def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / n
    rows = [[low + j * h, high - i * h] for i in range(n) for j in range(n)]
    return torch.tensor(rows)
'''),
    _m('grid_not_flattened', 'latent_grid', _sub(_GRID,
        'torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)', 'torch.stack([z1, z2], dim=-1)')),

    # ------------------------------------------------------------------ Exercise 3: decode
    _m('dec_returns_logits', 'decode', _sub(_DECODE,
        'return torch.sigmoid(model.decoder(z))', 'return model.decoder(z)')),
    _m('dec_without_no_grad', 'decode', '''
def decode(model, z):
    model.eval()
    return torch.sigmoid(model.decoder(z))
'''),
    _m('dec_bernoulli_draws', 'decode', _sub(_DECODE,
        'return torch.sigmoid(model.decoder(z))', 'return torch.bernoulli(torch.sigmoid(model.decoder(z)))')),
    _m('dec_tanh_rescaled_wrong_slope', 'decode', _sub(_DECODE,
        'return torch.sigmoid(model.decoder(z))', 'return (torch.tanh(model.decoder(z)) + 1) / 2')),
    _m('dec_drops_channel_dim', 'decode', _sub(_DECODE,
        'return torch.sigmoid(model.decoder(z))', 'return torch.sigmoid(model.decoder(z)).squeeze(1)')),
    _m('dec_clamps_logits', 'decode', _sub(_DECODE,
        'return torch.sigmoid(model.decoder(z))', 'return torch.sigmoid(model.decoder(z).clamp(-10, 10))')),

    # ------------------------------------------------------------------ Exercise 4: samples_around
    _m('around_global_rng', 'samples_around', _sub(_AROUND,
        'torch.randn(n, mu.shape[1], generator=generator)', 'torch.randn(n, mu.shape[1])')),
    _m('around_scale_as_variance', 'samples_around', _sub(_AROUND,
        'z = mu + scale * noise', 'z = mu + scale ** 0.5 * noise')),
    _m('around_draws_one_row_at_a_time', 'samples_around', _sub(_AROUND,
        'noise = torch.randn(n, mu.shape[1], generator=generator)',
        'noise = torch.stack([torch.randn(mu.shape[1], generator=generator) for _ in range(n)])')),
    _m('around_transposed_draw', 'samples_around', _sub(_AROUND,
        'noise = torch.randn(n, mu.shape[1], generator=generator)',
        'noise = torch.randn(mu.shape[1], n, generator=generator).T')),
    _m('around_returns_images_first', 'samples_around', _sub(_AROUND,
        'return z, decode(model, z)', 'return decode(model, z), z')),
    _m('around_noise_scaled_by_encoder_sigma', 'samples_around', '''
def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])
    with torch.no_grad():
        _, logvar = model.encoder(image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * torch.exp(0.5 * logvar) * noise
    return z, decode(model, z)
'''),
    _m('around_prepends_the_mean', 'samples_around', _sub(_AROUND,
        'z = mu + scale * noise', 'z = torch.cat([mu, mu + scale * noise])')),
    _m('around_hardcoded_latent_dim', 'samples_around', _sub(_AROUND,
        'torch.randn(n, mu.shape[1], generator=generator)', 'torch.randn(n, 20, generator=generator)')),

    # ------------------------------------------------------------------ Exercise 5: interpolate
    _m('interp_t_not_a_column', 'interpolate', _sub(_INTERP,
        't = torch.linspace(0, 1, steps)[:, None]', 't = torch.linspace(0, 1, steps)')),
    _m('interp_ends_swapped', 'interpolate', _sub(_INTERP,
        'return (1 - t) * z_start + t * z_end', 'return t * z_start + (1 - t) * z_end')),
    _m('interp_excludes_end', 'interpolate', _sub(_INTERP,
        't = torch.linspace(0, 1, steps)[:, None]', 't = (torch.arange(steps) / steps)[:, None]')),
    _m('interp_interior_points_only', 'interpolate', _sub(_INTERP,
        't = torch.linspace(0, 1, steps)[:, None]', 't = torch.linspace(0, 1, steps + 2)[1:-1, None]')),
    _m('interp_unsqueeze_in_place_mutates_args', 'interpolate', '''
def interpolate(z_start, z_end, steps):
    z_start.unsqueeze_(0)
    z_end.unsqueeze_(0)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return (1 - t) * z_start + t * z_end
'''),
    _m('interp_forgets_start_offset', 'interpolate', _sub(_INTERP,
        'return (1 - t) * z_start + t * z_end', 'return t * (z_end - z_start)')),
    _m('interp_precedence_bug_in_t', 'interpolate', _sub(_INTERP,
        't = torch.linspace(0, 1, steps)[:, None]', 't = (torch.arange(steps) / steps - 1)[:, None]')),

    # ------------------------------------------------------------------ Exercise 6: slerp
    _m('slerp_no_clamp_nan_for_parallel', 'slerp', _sub(_SLERP,
        'torch.arccos(cos_omega.clamp(-1.0, 1.0))', 'torch.arccos(cos_omega)')),
    _m('slerp_fallback_only_for_small_angle', 'slerp', _sub(_SLERP,
        'if sin_omega < 1e-6:', 'if omega < 1e-6:')),
    _m('slerp_cos_not_normalised', 'slerp', _sub(_SLERP,
        'cos_omega = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())',
        'cos_omega = torch.dot(z_start, z_end)')),
    _m('slerp_normalises_endpoints', 'slerp', '''
def slerp(z_start, z_end, steps):
    a = z_start / z_start.norm()
    b = z_end / z_end.norm()
    omega = torch.arccos(torch.dot(a, b).clamp(-1.0, 1.0))
    sin_omega = torch.sin(omega)
    if sin_omega < 1e-6:
        return interpolate(a, b, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) / sin_omega * a + torch.sin(t * omega) / sin_omega * b
'''),
    _m('slerp_weights_swapped', 'slerp', _sub(_SLERP,
        'torch.sin((1 - t) * omega) / sin_omega * z_start + torch.sin(t * omega) / sin_omega * z_end',
        'torch.sin(t * omega) / sin_omega * z_start + torch.sin((1 - t) * omega) / sin_omega * z_end')),
    _m('slerp_fallback_repeats_start', 'slerp', _sub(_SLERP,
        'return interpolate(z_start, z_end, steps)', 'return z_start.repeat(steps, 1)')),
    _m('slerp_t_excludes_end', 'slerp', _sub(_SLERP,
        '    t = torch.linspace(0, 1, steps)[:, None]\n', '    t = (torch.arange(steps) / steps)[:, None]\n')),

    # ------------------------------------------------------------------ Exercise 7: aggregate_moments
    _m('agg_variance_of_means_only', 'aggregate_moments', _sub(_MOMENTS,
        'variance = (logvar.exp() + mu.pow(2)).mean(dim=0) - mean.pow(2)', 'variance = mu.var(dim=0, unbiased=False)')),
    _m('agg_unbiased_variance_of_means', 'aggregate_moments', _sub(_MOMENTS,
        'variance = (logvar.exp() + mu.pow(2)).mean(dim=0) - mean.pow(2)',
        'variance = logvar.exp().mean(dim=0) + mu.var(dim=0)')),
    _m('agg_sigma_in_place_of_variance', 'aggregate_moments', _sub(_MOMENTS,
        'logvar.exp()', 'torch.exp(0.5 * logvar)')),
    _m('agg_logvar_used_as_variance', 'aggregate_moments', _sub(_MOMENTS,
        '(logvar.exp() + mu.pow(2))', '(logvar + mu.pow(2))')),
    _m('agg_mean_over_latent_dims', 'aggregate_moments', '''
def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=1)
    variance = (logvar.exp() + mu.pow(2)).mean(dim=1) - mean.pow(2)
    return mean, variance
'''),
    _m('agg_returns_std', 'aggregate_moments', _sub(_MOMENTS,
        'return mean, variance', 'return mean, variance.sqrt()')),
    _m('agg_returns_variance_first', 'aggregate_moments', _sub(_MOMENTS,
        'return mean, variance', 'return variance, mean')),
    _m('agg_keepdim', 'aggregate_moments', '''
def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0, keepdim=True)
    variance = (logvar.exp() + mu.pow(2)).mean(dim=0, keepdim=True) - mean.pow(2)
    return mean, variance
'''),
    _m('agg_exp_in_place_mutates_logvar', 'aggregate_moments', _sub(_MOMENTS,
        'logvar.exp()', 'logvar.exp_()')),
    _m('agg_subtracts_mean_of_squares', 'aggregate_moments', _sub(_MOMENTS,
        '- mean.pow(2)', '- mu.pow(2).mean(dim=0)')),
    _m('agg_sigma_averaged_over_all_dims', 'aggregate_moments', '''
def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    variance = logvar.exp().mean() + mu.pow(2).mean(dim=0) - mean.pow(2)
    return mean, variance
'''),
]


ALTERNATIVES = [
    _m('alt_enc_split_comprehension', 'encode_means', '''
def encode_means(model, images, batch_size=1000):
    model.eval()
    with torch.no_grad():
        codes = [model.encoder(x)[0] for x in torch.split(images, batch_size)]
    return torch.cat(codes, dim=0)
'''),
    _m('alt_grid_double_loop', 'latent_grid', '''
def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / (n - 1)
    points = [[low + j * h, high - i * h] for i in range(n) for j in range(n)]
    return torch.tensor(points, dtype=torch.float32)
'''),
    _m('alt_grid_cartesian_prod', 'latent_grid', '''
def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    pairs = torch.cartesian_prod(values.flip(0), values)  # (z2, z1), z2 outer: rows from the top
    return pairs[:, [1, 0]].contiguous()
'''),
    _m('alt_grid_meshgrid_xy', 'latent_grid', '''
def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    z1, z2 = torch.meshgrid(values, values.flip(0), indexing="xy")
    return torch.stack((z1.flatten(), z2.flatten()), dim=-1)
'''),
    _m('alt_dec_expit_train_false', 'decode', '''
def decode(model, z):
    model.train(False)
    with torch.no_grad():
        logits = model.decoder(z)
    return torch.special.expit(logits)
'''),
    _m('alt_around_row_mean', 'samples_around', '''
def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image.unsqueeze(0))[0]
    z = torch.randn(n, mu.numel(), generator=generator).mul(scale).add(mu)
    return z, decode(model, z)
'''),
    _m('alt_interp_lerp', 'interpolate', '''
def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps).unsqueeze(-1)
    return torch.lerp(z_start.expand(steps, -1), z_end.expand(steps, -1), t)
'''),
    _m('alt_slerp_cosine_similarity', 'slerp', '''
def slerp(z_start, z_end, steps):
    cos_omega = torch.nn.functional.cosine_similarity(z_start, z_end, dim=0).clamp(-1, 1)
    omega = torch.acos(cos_omega)
    sin_omega = omega.sin()
    if sin_omega.item() < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).view(-1, 1)
    weights_start = torch.sin((1 - t) * omega) / sin_omega
    weights_end = torch.sin(t * omega) / sin_omega
    return weights_start * z_start + weights_end * z_end
'''),
    _m('alt_agg_total_variance', 'aggregate_moments', '''
def aggregate_moments(mu, logvar):
    spread, mean = torch.var_mean(mu, dim=0, unbiased=False)
    return mean, torch.exp(logvar).mean(dim=0) + spread
'''),
]
