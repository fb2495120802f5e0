"""Blind round 26: mistakes and alternatives for notebook 06_latent_space."""
NOTEBOOK = '06_latent_space'

_BASE = {
'encode_means': '''def encode_means(model, images, batch_size=1000):
    model.eval()
    means = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            means.append(mu)
    return torch.cat(means)
''',
'latent_grid': '''def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    z1 = values.repeat(n)
    z2 = values.flip(0).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)
''',
'decode': '''def decode(model, z):
    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z))
''',
'samples_around': '''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * noise
    return z, decode(model, z)
''',
'interpolate': '''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)[:, None]
    return (1 - t) * z_start + t * z_end
''',
'slerp': '''def slerp(z_start, z_end, steps):
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    sin = torch.sin(omega)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
''',
'aggregate_moments': '''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    variance = (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2
    return mean, variance
''',
}


def _m(name, gid, *pairs):
    src = _BASE[gid]
    for old, new in zip(pairs[::2], pairs[1::2]):
        assert old in src, (name, old)
        src = src.replace(old, new, 1)
    assert src != _BASE[gid], name
    return dict(name=name, grade_id=gid, source=src)


EM, G, D, SA, IP, SL, AM = ('encode_means', 'latent_grid', 'decode', 'samples_around', 'interpolate', 'slerp',
                            'aggregate_moments')

MISTAKES = [
    # encode_means
    _m('em_no_eval', EM, '    model.eval()\n', ''),
    _m('em_no_no_grad', EM, 'with torch.no_grad():', 'if True:'),
    _m('em_sample', EM, 'mu, _ = model.encoder(images[start:start + batch_size])',
       'mu, logvar = model.encoder(images[start:start + batch_size])\n            mu = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)'),
    _m('em_logvar', EM, 'mu, _ = model.encoder', '_, mu = model.encoder'),
    _m('em_drop_last', EM, 'range(0, len(images), batch_size)', 'range(0, len(images) - batch_size + 1, batch_size)'),
    _m('em_first_batch_only', EM, '    return torch.cat(means)', '            break\n    return torch.cat(means)'),
    _m('em_batch_short', EM, 'images[start:start + batch_size]', 'images[start:start + batch_size - 1]'),
    _m('em_returns_list', EM, 'return torch.cat(means)', 'return means'),
    _m('em_float64', EM, 'return torch.cat(means)', 'return torch.cat(means).double()'),
    _m('em_reversed_batches', EM, 'return torch.cat(means)', 'return torch.cat(means[::-1])'),
    _m('em_cat_dim1', EM, 'return torch.cat(means)', 'return torch.cat(means, dim=1) if len(means) > 1 else means[0]'),
    _m('em_ignores_batch_size', EM, 'range(0, len(images), batch_size)', 'range(0, len(images), len(images))',
       'images[start:start + batch_size]', 'images[start:]'),
    _m('em_forward_of_model', EM, 'mu, _ = model.encoder(images[start:start + batch_size])',
       'mu = model(images[start:start + batch_size])[1]'),
    _m('em_numpy', EM, 'return torch.cat(means)', 'return torch.cat(means).numpy()'),
    _m('em_shuffled', EM, 'for start in range(0, len(images), batch_size):\n            mu, _ = model.encoder(images[start:start + batch_size])',
       'order = torch.randperm(len(images))\n        for start in range(0, len(images), batch_size):\n            mu, _ = model.encoder(images[order[start:start + batch_size]])'),
    _m('em_requires_grad_output', EM, 'return torch.cat(means)', 'return torch.cat(means).requires_grad_()'),
    # latent_grid
    _m('lg_z2_upwards_missing', G, 'values.flip(0).repeat_interleave(n)', 'values.repeat_interleave(n)'),
    _m('lg_column_major', G, 'z1 = values.repeat(n)\n    z2 = values.flip(0).repeat_interleave(n)',
       'z1 = values.repeat_interleave(n)\n    z2 = values.flip(0).repeat(n)'),
    _m('lg_columns_swapped', G, 'torch.stack([z1, z2], dim=1)', 'torch.stack([z2, z1], dim=1)'),
    _m('lg_n_plus_one', G, 'torch.linspace(low, high, n)', 'torch.linspace(low, high, n + 1)[:n]'),
    _m('lg_open_end', G, 'torch.linspace(low, high, n)', 'low + (high - low) * torch.arange(n) / n'),
    _m('lg_integer_step', G, 'torch.linspace(low, high, n)', 'low + torch.arange(n) * ((high - low) // (n - 1))'),
    _m('lg_symmetric_assumed', G, 'values.flip(0).repeat_interleave(n)', '(-values).repeat_interleave(n)'),
    _m('lg_z1_reversed', G, 'z1 = values.repeat(n)', 'z1 = values.flip(0).repeat(n)'),
    _m('lg_shape_nn2', G, 'return torch.stack([z1, z2], dim=1)', 'return torch.stack([z1, z2], dim=1).reshape(n, n, 2)'),
    _m('lg_float64', G, 'torch.linspace(low, high, n)', 'torch.linspace(low, high, n, dtype=torch.float64)'),
    _m('lg_default_high', G, 'high=2.0):', 'high=3.0):'),
    _m('lg_arange_grid', G, 'torch.linspace(low, high, n)', 'torch.arange(low, high, (high - low) / (n - 1))[:n]'),
    _m('lg_both_z1', G, 'torch.stack([z1, z2], dim=1)', 'torch.stack([z1, z1.flip(0)], dim=1)'),
    _m('lg_half_step_centres', G, 'torch.linspace(low, high, n)', 'low + (torch.arange(n) + 0.5) * (high - low) / n'),
    # decode
    _m('de_no_sigmoid', D, 'return torch.sigmoid(model.decoder(z))', 'return model.decoder(z)'),
    _m('de_no_eval', D, '    model.eval()\n', ''),
    _m('de_no_no_grad', D, 'with torch.no_grad():', 'if True:'),
    _m('de_bernoulli', D, 'return torch.sigmoid(model.decoder(z))', 'return torch.bernoulli(torch.sigmoid(model.decoder(z)))'),
    _m('de_softmax', D, 'return torch.sigmoid(model.decoder(z))',
       'logits = model.decoder(z)\n        return torch.softmax(logits.flatten(1), dim=1).reshape(logits.shape)'),
    _m('de_temperature', D, 'torch.sigmoid(model.decoder(z))', 'torch.sigmoid(model.decoder(z) / 2)'),
    _m('de_clamps_codes_in_place', D, 'return torch.sigmoid(model.decoder(z))', 'return torch.sigmoid(model.decoder(z.clamp_(-4, 4)))'),
    _m('de_squeezed', D, 'return torch.sigmoid(model.decoder(z))', 'return torch.sigmoid(model.decoder(z)).squeeze(1)'),
    _m('de_rounded', D, 'return torch.sigmoid(model.decoder(z))', 'return torch.sigmoid(model.decoder(z)).round()'),
    _m('de_inverted_ink', D, 'return torch.sigmoid(model.decoder(z))', 'return 1 - torch.sigmoid(model.decoder(z))'),
    _m('de_float16', D, 'return torch.sigmoid(model.decoder(z))', 'return torch.sigmoid(model.decoder(z).half())'),
    _m('de_min_max_scaled', D, 'return torch.sigmoid(model.decoder(z))',
       'p = torch.sigmoid(model.decoder(z))\n        return (p - p.amin()) / (p.amax() - p.amin())'),
    # samples_around
    _m('sa_global_rng', SA, 'torch.randn(n, mu.shape[1], generator=generator)', 'torch.randn(n, mu.shape[1])'),
    _m('sa_transposed_draw', SA, 'torch.randn(n, mu.shape[1], generator=generator)', 'torch.randn(mu.shape[1], n, generator=generator).T'),
    _m('sa_row_by_row', SA, 'torch.randn(n, mu.shape[1], generator=generator)',
       'torch.cat([torch.randn(1, mu.shape[1], generator=generator) for _ in range(n)])'),
    _m('sa_scale_squared', SA, 'mu + scale * noise', 'mu + scale ** 2 * noise'),
    _m('sa_sampled_centre', SA, 'mu = encode_means(model, image[None])',
       'model.eval()\n    with torch.no_grad():\n        m, logvar = model.encoder(image[None])\n    mu = m + torch.exp(0.5 * logvar) * torch.randn_like(m)'),
    _m('sa_no_batch_dim', SA, 'encode_means(model, image[None])', 'encode_means(model, image)'),
    _m('sa_latent_twenty', SA, 'torch.randn(n, mu.shape[1], generator=generator)', 'torch.randn(n, 20, generator=generator)[:, :mu.shape[1]]'),
    _m('sa_reseeds', SA, 'noise = torch.randn', 'generator.manual_seed(0)\n    noise = torch.randn'),
    _m('sa_extra_draw', SA, 'torch.randn(n, mu.shape[1], generator=generator)', 'torch.randn(n + 1, mu.shape[1], generator=generator)[1:]'),
    _m('sa_order_swapped', SA, 'return z, decode(model, z)', 'return decode(model, z), z'),
    _m('sa_scales_mean', SA, 'mu + scale * noise', 'scale * mu + noise'),
    _m('sa_posterior_std', SA, 'z = mu + scale * noise',
       'with torch.no_grad():\n        _, logvar = model.encoder(image[None])\n    z = mu + scale * torch.exp(0.5 * logvar) * noise'),
    _m('sa_images_of_mean', SA, 'return z, decode(model, z)', 'return z, decode(model, mu).expand(n, -1, -1, -1)'),
    _m('sa_uniform_noise', SA, 'torch.randn(n, mu.shape[1], generator=generator)', '2 * torch.rand(n, mu.shape[1], generator=generator) - 1'),
    _m('sa_first_sample_is_mean', SA, 'z = mu + scale * noise', 'noise[0] = 0\n    z = mu + scale * noise'),
    # interpolate
    _m('ip_open_end', IP, 'torch.linspace(0, 1, steps)[:, None]', '(torch.arange(steps) / steps)[:, None]'),
    _m('ip_steps_plus_one', IP, 'torch.linspace(0, 1, steps)', 'torch.linspace(0, 1, steps + 1)'),
    _m('ip_reversed', IP, 'return (1 - t) * z_start + t * z_end', 'return t * z_start + (1 - t) * z_end'),
    _m('ip_missing_minus', IP, 'return (1 - t) * z_start + t * z_end', 'return z_start + t * z_end'),
    _m('ip_float64', IP, 'torch.linspace(0, 1, steps)', 'torch.linspace(0, 1, steps, dtype=torch.float64)'),
    _m('ip_smoothstep', IP, 't = torch.linspace(0, 1, steps)[:, None]', 't = torch.linspace(0, 1, steps)[:, None]\n    t = t * t * (3 - 2 * t)'),
    _m('ip_integer_division', IP, 'torch.linspace(0, 1, steps)[:, None]', '(torch.arange(steps) // (steps - 1))[:, None]'),
    _m('ip_mutates_start', IP, 'return (1 - t) * z_start + t * z_end', 'z_end = z_end - z_start\n    return z_start.unsqueeze(0).add_(0) + t * z_end if False else z_start.mul_(1) + t * (z_end)'),
    _m('ip_transposed', IP, 'return (1 - t) * z_start + t * z_end', 'return ((1 - t) * z_start + t * z_end).T'),
    _m('ip_interior_only', IP, 'torch.linspace(0, 1, steps)', 'torch.linspace(0, 1, steps + 2)[1:-1]'),
    # slerp
    _m('sl_no_clamp', SL, 'torch.arccos(cos.clamp(-1, 1))', 'torch.arccos(cos)'),
    _m('sl_unit_sphere', SL, 'return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end',
       'a, b = z_start / z_start.norm(), z_end / z_end.norm()\n    return torch.sin((1 - t) * omega) / sin * a + torch.sin(t * omega) / sin * b'),
    _m('sl_dot_not_normalised', SL, 'torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())', 'torch.dot(z_start, z_end)'),
    _m('sl_no_fallback', SL, '    if sin < 1e-3:\n        return interpolate(z_start, z_end, steps)\n', ''),
    _m('sl_fallback_same_direction_only', SL, 'if sin < 1e-3:', 'if cos > 0.9999995:'),
    _m('sl_t_swapped', SL, 'torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end',
       'torch.sin(t * omega) / sin * z_start + torch.sin((1 - t) * omega) / sin * z_end'),
    _m('sl_cos_denominator', SL, 'torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end',
       'torch.sin((1 - t) * omega) / torch.cos(omega) * z_start + torch.sin(t * omega) / torch.cos(omega) * z_end'),
    _m('sl_steps_plus_one', SL, 't = torch.linspace(0, 1, steps)', 't = torch.linspace(0, 1, steps + 1)'),
    _m('sl_fallback_repeats_start', SL, 'return interpolate(z_start, z_end, steps)', 'return z_start.expand(steps, -1).clone()'),
    _m('sl_norm_lerp', SL, 'return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end',
       'a, b = z_start / z_start.norm(), z_end / z_end.norm()\n    direction = torch.sin((1 - t) * omega) / sin * a + torch.sin(t * omega) / sin * b\n'
       '    return direction * ((1 - t) * z_start.norm() + t * z_end.norm())'),
    _m('sl_omega_halved', SL, 'omega = torch.arccos(cos.clamp(-1, 1))', 'omega = torch.arccos(cos.clamp(-1, 1)) / 2'),
    _m('sl_fallback_abs_cos', SL, 'if sin < 1e-3:', 'if cos.abs() > 0.99:'),
    # aggregate_moments
    _m('am_variance_of_means', AM, 'variance = (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2', 'variance = mu.var(dim=0, unbiased=False)'),
    _m('am_unbiased', AM, 'variance = (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2',
       'variance = logvar.exp().mean(dim=0) + mu.var(dim=0)'),
    _m('am_logvar_as_variance', AM, 'logvar.exp()', 'logvar'),
    _m('am_std_not_variance', AM, 'logvar.exp()', 'torch.exp(0.5 * logvar)'),
    _m('am_over_dims', AM, 'mean = mu.mean(dim=0)\n    variance = (logvar.exp() + mu ** 2).mean(dim=0)', 'mean = mu.mean(dim=1)\n    variance = (logvar.exp() + mu ** 2).mean(dim=1)'),
    _m('am_plus_mean_sq', AM, '- mean ** 2', '+ mean ** 2'),
    _m('am_no_mean_sq', AM, ' - mean ** 2', ''),
    _m('am_returns_std', AM, 'return mean, variance', 'return mean, variance.sqrt()'),
    _m('am_ignores_spread', AM, '(logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2', 'logvar.exp().mean(dim=0)'),
    _m('am_order_swapped', AM, 'return mean, variance', 'return variance, mean'),
    _m('am_keepdim', AM, 'mean = mu.mean(dim=0)\n    variance = (logvar.exp() + mu ** 2).mean(dim=0)', 'mean = mu.mean(dim=0, keepdim=True)\n    variance = (logvar.exp() + mu ** 2).mean(dim=0, keepdim=True)'),
    _m('am_inplace_square', AM, 'mu ** 2', 'mu.pow_(2)'),
    _m('am_stacked_tensor', AM, 'return mean, variance', 'return torch.stack([mean, variance])'),
    _m('am_list', AM, 'return mean, variance', 'return [mean, variance]'),
    _m('am_median', AM, 'mean = mu.mean(dim=0)', 'mean = mu.median(dim=0).values'),
    _m('am_sigma_squared_of_mean_logvar', AM, 'logvar.exp()', 'logvar.mean(dim=0).exp()'),
]

_DROP = set(['ip_mutates_start', 'em_numpy', 'em_returns_list', 'em_float64', 'em_requires_grad_output', 'lg_float64', 'lg_shape_nn2', 'lg_default_high', 'de_squeezed', 'de_no_sigmoid', 'de_rounded', 'sa_order_swapped', 'ip_transposed', 'ip_float64', 'sl_steps_plus_one', 'am_order_swapped', 'am_keepdim', 'am_over_dims'])
MISTAKES = [m for m in MISTAKES if m['name'] not in _DROP]

ALTERNATIVES = [
    dict(name='em_split', grade_id=EM, source='''def encode_means(model, images, batch_size=1000):
    model.eval()
    with torch.no_grad():
        return torch.cat([model.encoder(x)[0] for x in images.split(batch_size)])
'''),
    _m('em_inference_mode_restore', EM, '    model.eval()\n', '    was = model.training\n    model.eval()\n',
       '    return torch.cat(means)', '    model.train(was)\n    return torch.cat(means)'),
    dict(name='lg_meshgrid', grade_id=G, source='''def latent_grid(n, low=-2.0, high=2.0):
    z2, z1 = torch.meshgrid(torch.linspace(high, low, n), torch.linspace(low, high, n), indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='lg_loops', grade_id=G, source='''def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    return torch.tensor([[values[j].item(), values[n - 1 - i].item()] for i in range(n) for j in range(n)], dtype=torch.float32)
'''),
    _m('de_probs_method', D, 'torch.sigmoid(model.decoder(z))', 'model.decoder(z).sigmoid()'),
    _m('sa_latent_dim_attr', SA, 'torch.randn(n, mu.shape[1], generator=generator)', 'torch.randn(n, mu.shape[-1], generator=generator)',
       'mu = encode_means(model, image[None])', 'mu = encode_means(model, image.unsqueeze(0))'),
    dict(name='ip_lerp', grade_id=IP, source='''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return torch.lerp(z_start.expand(steps, -1), z_end.expand(steps, -1), t)
'''),
    dict(name='ip_outer', grade_id=IP, source='''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)
    return torch.outer(1 - t, z_start) + torch.outer(t, z_end)
'''),
    dict(name='sl_cosine_similarity', grade_id=SL, source='''def slerp(z_start, z_end, steps):
    cos = torch.nn.functional.cosine_similarity(z_start, z_end, dim=0).clamp(-1.0, 1.0)
    omega = torch.acos(cos)
    if torch.sin(omega) < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''),
    _m('sl_sqrt_sin', SL, 'sin = torch.sin(omega)', 'sin = torch.sqrt(1 - cos.clamp(-1, 1) ** 2)'),
    dict(name='am_var_split', grade_id=AM, source='''def aggregate_moments(mu, logvar):
    return mu.mean(0), logvar.exp().mean(0) + mu.var(0, unbiased=False)
'''),
    dict(name='am_second_moment', grade_id=AM, source='''def aggregate_moments(mu, logvar):
    n = mu.shape[0]
    mean = mu.sum(0) / n
    second = (torch.exp(logvar) + mu * mu).sum(0) / n
    return mean, second - mean * mean
'''),
]
