"""Blind round 16: mistakes and alternatives for notebook 06_latent_space."""

NOTEBOOK = '06_latent_space'

MISTAKES = [
    dict(name='enc_no_eval_mode', grade_id='encode_means',
         source='''def encode_means(model, images, batch_size=1000):
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name='enc_no_no_grad', grade_id='encode_means',
         source='''def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = []
    for start in range(0, len(images), batch_size):
        mu, _ = model.encoder(images[start:start + batch_size])
        codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name='enc_detach_instead_of_no_grad', grade_id='encode_means',
         source='''def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = []
    for start in range(0, len(images), batch_size):
        mu, _ = model.encoder(images[start:start + batch_size])
        codes.append(mu.detach())
    return torch.cat(codes)
'''),
    dict(name='enc_samples_codes', grade_id='encode_means',
         source='''def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, logvar = model.encoder(images[start:start + batch_size])
            codes.append(mu + torch.exp(0.5 * logvar) * torch.randn_like(mu))
    return torch.cat(codes)
'''),
    dict(name='enc_uses_model_forward', grade_id='encode_means',
         source='''def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            outputs = model(images[start:start + batch_size])
            codes.append(outputs[1])
    return torch.cat(codes)
'''),
    dict(name='enc_drops_last_partial_batch', grade_id='encode_means',
         source='''def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images) - batch_size + 1, batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name='enc_range_stops_one_early', grade_id='encode_means',
         source='''def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images) - 1, batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name='enc_returns_logvar', grade_id='encode_means',
         source='''def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            _, logvar = model.encoder(images[start:start + batch_size])
            codes.append(logvar)
    return torch.cat(codes)
'''),
    dict(name='enc_stack_instead_of_cat', grade_id='encode_means',
         source='''def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    return torch.stack(codes)
'''),
    dict(name='enc_leaves_model_in_train_mode', grade_id='encode_means',
         source='''def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    model.train()
    return torch.cat(codes)
'''),
    dict(name='enc_ignores_batch_size', grade_id='encode_means',
         source='''def encode_means(model, images, batch_size=1000):
    model.eval()
    with torch.no_grad():
        mu, _ = model.encoder(images)
    return mu
'''),
    dict(name='enc_default_batch_size_changed', grade_id='encode_means',
         source='''def encode_means(model, images, batch_size=256):
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name='enc_only_encoder_to_eval', grade_id='encode_means',
         source='''def encode_means(model, images, batch_size=1000):
    model.encoder.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name='grid_bottom_row_first', grade_id='latent_grid',
         source='''def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    z1 = values.repeat(n)
    z2 = values.repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)
'''),
    dict(name='grid_column_major', grade_id='latent_grid',
         source='''def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    z1, z2 = torch.meshgrid(values, values.flip(0), indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='grid_coordinates_swapped', grade_id='latent_grid',
         source='''def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    z1 = values.repeat(n)
    z2 = values.flip(0).repeat_interleave(n)
    return torch.stack([z2, z1], dim=1)
'''),
    dict(name='grid_step_divides_by_n', grade_id='latent_grid',
         source='''def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / n
    points = [[low + j * h, high - i * h] for i in range(n) for j in range(n)]
    return torch.tensor(points, dtype=torch.float32)
'''),
    dict(name='grid_arange_past_the_end', grade_id='latent_grid',
         source='''def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / (n - 1)
    values = torch.arange(low, high + h, h)
    z1 = values.repeat(len(values))
    z2 = values.flip(0).repeat_interleave(len(values))
    return torch.stack([z1, z2], dim=1)
'''),
    dict(name='grid_numpy_float64', grade_id='latent_grid',
         source='''import numpy as np


def latent_grid(n, low=-2.0, high=2.0):
    values = np.linspace(low, high, n)
    z1, z2 = np.meshgrid(values, values[::-1])
    return torch.from_numpy(np.stack([z1.ravel(), z2.ravel()], axis=1))
'''),
    dict(name='grid_default_range_changed', grade_id='latent_grid',
         source='''def latent_grid(n, low=-3.0, high=3.0):
    values = torch.linspace(low, high, n)
    z1 = values.repeat(n)
    z2 = values.flip(0).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)
'''),
    dict(name='grid_not_flattened', grade_id='latent_grid',
         source='''def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    z2, z1 = torch.meshgrid(values.flip(0), values, indexing="ij")
    return torch.stack([z1, z2], dim=-1)
'''),
    dict(name='grid_z1_mirrored', grade_id='latent_grid',
         source='''def latent_grid(n, low=-2.0, high=2.0):
    z1 = torch.linspace(high, low, n).repeat(n)
    z2 = torch.linspace(high, low, n).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)
'''),
    dict(name='grid_ignores_range_arguments', grade_id='latent_grid',
         source='''def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(-2, 2, n)
    z1 = values.repeat(n)
    z2 = values.flip(0).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)
'''),
    dict(name='dec_returns_logits', grade_id='decode',
         source='''def decode(model, z):
    model.eval()
    with torch.no_grad():
        return model.decoder(z)
'''),
    dict(name='dec_no_eval_mode', grade_id='decode',
         source='''def decode(model, z):
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z))
'''),
    dict(name='dec_no_no_grad', grade_id='decode',
         source='''def decode(model, z):
    model.eval()
    return torch.sigmoid(model.decoder(z))
'''),
    dict(name='dec_detach_instead_of_no_grad', grade_id='decode',
         source='''def decode(model, z):
    model.eval()
    return torch.sigmoid(model.decoder(z)).detach()
'''),
    dict(name='dec_bernoulli_sample', grade_id='decode',
         source='''def decode(model, z):
    model.eval()
    with torch.no_grad():
        return torch.bernoulli(torch.sigmoid(model.decoder(z)))
'''),
    dict(name='dec_thresholded', grade_id='decode',
         source='''def decode(model, z):
    model.eval()
    with torch.no_grad():
        return (torch.sigmoid(model.decoder(z)) > 0.5).float()
'''),
    dict(name='dec_manual_sigmoid_overflows', grade_id='decode',
         source='''def decode(model, z):
    model.eval()
    with torch.no_grad():
        e = torch.exp(model.decoder(z))
        return e / (1 + e)
'''),
    dict(name='dec_squeezes_channel', grade_id='decode',
         source='''def decode(model, z):
    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z)).squeeze(1)
'''),
    dict(name='dec_leaves_model_in_train_mode', grade_id='decode',
         source='''def decode(model, z):
    model.eval()
    with torch.no_grad():
        images = torch.sigmoid(model.decoder(z))
    model.train()
    return images
'''),
    dict(name='sa_uses_encoder_sigma', grade_id='samples_around',
         source='''def samples_around(model, image, n, scale, generator):
    model.eval()
    with torch.no_grad():
        mu, logvar = model.encoder(image.unsqueeze(0))
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + torch.exp(0.5 * logvar) * noise
    return z, decode(model, z)
'''),
    dict(name='sa_global_random_state', grade_id='samples_around',
         source='''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n, mu.shape[1])
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_scale_as_variance', grade_id='samples_around',
         source='''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale ** 2 * noise
    return z, decode(model, z)
'''),
    dict(name='sa_noise_shared_across_dims', grade_id='samples_around',
         source='''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n, 1, generator=generator)
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_noise_drawn_row_by_row', grade_id='samples_around',
         source='''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image.unsqueeze(0))
    rows = [mu + scale * torch.randn(1, mu.shape[1], generator=generator) for _ in range(n)]
    z = torch.cat(rows)
    return z, decode(model, z)
'''),
    dict(name='sa_noise_transposed_draw', grade_id='samples_around',
         source='''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(mu.shape[1], n, generator=generator).T
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_reseeds_callers_generator', grade_id='samples_around',
         source='''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image.unsqueeze(0))
    generator.manual_seed(0)
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_returns_images_first', grade_id='samples_around',
         source='''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * noise
    return decode(model, z), z
'''),
    dict(name='sa_first_sample_is_the_mean', grade_id='samples_around',
         source='''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n, mu.shape[1], generator=generator)
    noise[0] = 0
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_encoder_with_gradients', grade_id='samples_around',
         source='''def samples_around(model, image, n, scale, generator):
    mu, _ = model.encoder(image.unsqueeze(0))
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_hardcoded_latent_20', grade_id='samples_around',
         source='''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n, 20, generator=generator)
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='int_end_excluded', grade_id='interpolate',
         source='''def interpolate(z_start, z_end, steps):
    t = (torch.arange(steps) / steps).unsqueeze(1)
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='int_t_not_a_column', grade_id='interpolate',
         source='''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='int_reversed_direction', grade_id='interpolate',
         source='''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return t * z_start + (1 - t) * z_end
'''),
    dict(name='int_float64_t', grade_id='interpolate',
         source='''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps, dtype=torch.float64).unsqueeze(1)
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='int_steps_plus_one', grade_id='interpolate',
         source='''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps + 1).unsqueeze(1)
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='int_mutates_z_end', grade_id='interpolate',
         source='''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    direction = z_end.sub_(z_start)
    return z_start + t * direction
'''),
    dict(name='int_endpoints_excluded', grade_id='interpolate',
         source='''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps + 2)[1:-1].unsqueeze(1)
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='int_stacked_along_columns', grade_id='interpolate',
         source='''def interpolate(z_start, z_end, steps):
    return torch.stack([(1 - t) * z_start + t * z_end for t in torch.linspace(0, 1, steps)], dim=1)
'''),
    dict(name='slerp_no_clamp', grade_id='slerp',
         source='''def slerp(z_start, z_end, steps):
    cos_omega = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos_omega)
    sin_omega = torch.sin(omega)
    if sin_omega < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return torch.sin((1 - t) * omega) / sin_omega * z_start + torch.sin(t * omega) / sin_omega * z_end
'''),
    dict(name='slerp_fallback_only_for_small_angle', grade_id='slerp',
         source='''def slerp(z_start, z_end, steps):
    cos_omega = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos_omega.clamp(-1.0, 1.0))
    sin_omega = torch.sin(omega)
    if omega < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return torch.sin((1 - t) * omega) / sin_omega * z_start + torch.sin(t * omega) / sin_omega * z_end
'''),
    dict(name='slerp_fallback_on_cos_near_one', grade_id='slerp',
         source='''def slerp(z_start, z_end, steps):
    cos_omega = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos_omega.clamp(-1.0, 1.0))
    sin_omega = torch.sin(omega)
    if cos_omega > 1 - 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return torch.sin((1 - t) * omega) / sin_omega * z_start + torch.sin(t * omega) / sin_omega * z_end
'''),
    dict(name='slerp_unnormalised_dot', grade_id='slerp',
         source='''def slerp(z_start, z_end, steps):
    cos_omega = torch.dot(z_start, z_end)
    omega = torch.arccos(cos_omega.clamp(-1.0, 1.0))
    sin_omega = torch.sin(omega)
    if sin_omega < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return torch.sin((1 - t) * omega) / sin_omega * z_start + torch.sin(t * omega) / sin_omega * z_end
'''),
    dict(name='slerp_reversed_weights', grade_id='slerp',
         source='''def slerp(z_start, z_end, steps):
    cos_omega = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos_omega.clamp(-1.0, 1.0))
    sin_omega = torch.sin(omega)
    if sin_omega < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return torch.sin(t * omega) / sin_omega * z_start + torch.sin((1 - t) * omega) / sin_omega * z_end
'''),
    dict(name='slerp_on_unit_vectors', grade_id='slerp',
         source='''def slerp(z_start, z_end, steps):
    z_start = z_start / z_start.norm()
    z_end = z_end / z_end.norm()
    cos_omega = torch.dot(z_start, z_end)
    omega = torch.arccos(cos_omega.clamp(-1.0, 1.0))
    sin_omega = torch.sin(omega)
    if sin_omega < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return torch.sin((1 - t) * omega) / sin_omega * z_start + torch.sin(t * omega) / sin_omega * z_end
'''),
    dict(name='slerp_fallback_constant_path', grade_id='slerp',
         source='''def slerp(z_start, z_end, steps):
    cos_omega = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos_omega.clamp(-1.0, 1.0))
    sin_omega = torch.sin(omega)
    if sin_omega < 1e-6:
        return z_start.repeat(steps, 1)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return torch.sin((1 - t) * omega) / sin_omega * z_start + torch.sin(t * omega) / sin_omega * z_end
'''),
    dict(name='slerp_normalises_inputs_in_place', grade_id='slerp',
         source='''def slerp(z_start, z_end, steps):
    start_norm, end_norm = z_start.norm(), z_end.norm()
    cos_omega = torch.dot(z_start.div_(start_norm), z_end.div_(end_norm))
    omega = torch.arccos(cos_omega.clamp(-1.0, 1.0))
    sin_omega = torch.sin(omega)
    if sin_omega < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return (torch.sin((1 - t) * omega) * start_norm * z_start + torch.sin(t * omega) * end_norm * z_end) / sin_omega
'''),
    dict(name='slerp_divides_by_omega', grade_id='slerp',
         source='''def slerp(z_start, z_end, steps):
    cos_omega = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos_omega.clamp(-1.0, 1.0))
    sin_omega = torch.sin(omega)
    if sin_omega < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return torch.sin((1 - t) * omega) / omega * z_start + torch.sin(t * omega) / omega * z_end
'''),
    dict(name='slerp_t_end_excluded', grade_id='slerp',
         source='''def slerp(z_start, z_end, steps):
    cos_omega = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos_omega.clamp(-1.0, 1.0))
    sin_omega = torch.sin(omega)
    if sin_omega < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = (torch.arange(steps) / steps).unsqueeze(1)
    return torch.sin((1 - t) * omega) / sin_omega * z_start + torch.sin(t * omega) / sin_omega * z_end
'''),
    dict(name='agg_variance_of_means_only', grade_id='aggregate_moments',
         source='''def aggregate_moments(mu, logvar):
    return mu.mean(dim=0), mu.var(dim=0, unbiased=False)
'''),
    dict(name='agg_unbiased_spread', grade_id='aggregate_moments',
         source='''def aggregate_moments(mu, logvar):
    return mu.mean(dim=0), mu.var(dim=0) + logvar.exp().mean(dim=0)
'''),
    dict(name='agg_std_instead_of_variance', grade_id='aggregate_moments',
         source='''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    variance = (torch.exp(0.5 * logvar) + mu.pow(2)).mean(dim=0) - mean.pow(2)
    return mean, variance
'''),
    dict(name='agg_per_image_dimension', grade_id='aggregate_moments',
         source='''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=1)
    variance = (logvar.exp() + mu.pow(2)).mean(dim=1) - mean.pow(2)
    return mean, variance
'''),
    dict(name='agg_exp_of_mean_logvar', grade_id='aggregate_moments',
         source='''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    variance = logvar.mean(dim=0).exp() + mu.pow(2).mean(dim=0) - mean.pow(2)
    return mean, variance
'''),
    dict(name='agg_forgets_mean_squared', grade_id='aggregate_moments',
         source='''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    variance = (logvar.exp() + mu.pow(2)).mean(dim=0)
    return mean, variance
'''),
    dict(name='agg_global_mean', grade_id='aggregate_moments',
         source='''def aggregate_moments(mu, logvar):
    mean = mu.mean()
    variance = (logvar.exp() + mu.pow(2)).mean(dim=0) - mean.pow(2)
    return mean.expand(mu.shape[1]), variance
'''),
    dict(name='agg_logvar_used_as_variance', grade_id='aggregate_moments',
         source='''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    variance = (logvar + mu.pow(2)).mean(dim=0) - mean.pow(2)
    return mean, variance
'''),
    dict(name='agg_exp_in_place', grade_id='aggregate_moments',
         source='''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    variance = (logvar.exp_() + mu.pow(2)).mean(dim=0) - mean.pow(2)
    return mean, variance
'''),
    dict(name='agg_keepdim_rows', grade_id='aggregate_moments',
         source='''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0, keepdim=True)
    variance = (logvar.exp() + mu.pow(2)).mean(dim=0, keepdim=True) - mean.pow(2)
    return mean, variance
'''),
    dict(name='agg_returns_standard_deviation', grade_id='aggregate_moments',
         source='''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    variance = (logvar.exp() + mu.pow(2)).mean(dim=0) - mean.pow(2)
    return mean, variance.sqrt()
'''),
    dict(name='agg_two_pass_subtracts_mean_twice', grade_id='aggregate_moments',
         source='''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    variance = (mu - mean).pow(2).mean(dim=0) + logvar.exp().mean(dim=0) - mean.pow(2)
    return mean, variance
'''),
]

ALTERNATIVES = [
    dict(name='enc_split_comprehension', grade_id='encode_means',
         source='''def encode_means(model, images, batch_size=1000):
    model.eval()
    with torch.no_grad():
        return torch.cat([model.encoder(batch)[0] for batch in torch.split(images, batch_size)], dim=0)
'''),
    dict(name='grid_meshgrid_xy', grade_id='latent_grid',
         source='''def latent_grid(n, low=-2.0, high=2.0):
    axis = torch.linspace(low, high, n)
    z1, z2 = torch.meshgrid(axis, torch.flip(axis, dims=[0]), indexing="xy")
    return torch.stack((z1.flatten(), z2.flatten()), dim=-1)
'''),
    dict(name='grid_cartesian_prod', grade_id='latent_grid',
         source='''def latent_grid(n, low=-2.0, high=2.0):
    axis = torch.linspace(low, high, n)
    rows_then_columns = torch.cartesian_prod(axis.flip(0), axis)
    return rows_then_columns[:, [1, 0]]
'''),
    dict(name='dec_expit_chained_eval', grade_id='decode',
         source='''def decode(model, z):
    with torch.no_grad():
        logits = model.eval().decoder(z)
    return torch.special.expit(logits)
'''),
    dict(name='sa_add_alpha_index', grade_id='samples_around',
         source='''def samples_around(model, image, n, scale, generator):
    code = encode_means(model, image[None])[0]
    noise = torch.randn(n, code.numel(), generator=generator)
    z = torch.add(code, noise, alpha=scale)
    return z, decode(model, z)
'''),
    dict(name='int_lerp', grade_id='interpolate',
         source='''def interpolate(z_start, z_end, steps):
    weights = torch.linspace(0.0, 1.0, steps)[:, None]
    return torch.lerp(z_start.expand(steps, -1), z_end.expand(steps, -1), weights)
'''),
    dict(name='slerp_weight_matrix', grade_id='slerp',
         source='''def slerp(z_start, z_end, steps):
    cos_omega = (z_start @ z_end) / (torch.linalg.vector_norm(z_start) * torch.linalg.vector_norm(z_end))
    omega = torch.acos(torch.clamp(cos_omega, min=-1.0, max=1.0))
    sin_omega = omega.sin()
    if sin_omega.item() < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)
    weights = torch.stack([torch.sin((1 - t) * omega), torch.sin(t * omega)], dim=1) / sin_omega
    return weights @ torch.stack([z_start, z_end])
'''),
    dict(name='agg_two_pass', grade_id='aggregate_moments',
         source='''def aggregate_moments(mu, logvar):
    n = mu.shape[0]
    mean = mu.sum(dim=0) / n
    spread = ((mu - mean) ** 2).sum(dim=0) / n
    return mean, spread + torch.exp(logvar).sum(dim=0) / n
'''),
]
