"""Blind round 23: mistakes and alternatives for notebook 06_latent_space."""
NOTEBOOK = '06_latent_space'


def _em(body):
    return 'def encode_means(model, images, batch_size=1000):\n' + body


def _lg(body, prefix=''):
    return prefix + 'def latent_grid(n, low=-2.0, high=2.0):\n' + body


def _dc(body):
    return 'def decode(model, z):\n' + body


def _sa(body):
    return 'def samples_around(model, image, n, scale, generator):\n' + body


def _ip(body):
    return 'def interpolate(z_start, z_end, steps):\n' + body


def _sl(body):
    return 'def slerp(z_start, z_end, steps):\n' + body


def _ag(body):
    return 'def aggregate_moments(mu, logvar):\n' + body


_SL_ANGLE = '''    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
'''
_SL_FALLBACK = '''    if torch.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
'''
_SL_T = '''    t = torch.linspace(0, 1, steps)[:, None]
'''
_SL_PATH = '''    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''

MISTAKES = [
    # --- encode_means ------------------------------------------------------------------------------------
    dict(name='em_forward_second_output', grade_id='encode_means', source=_em('''    model.eval()
    with torch.no_grad():
        # the VAE's forward returns (logits, mu, logvar)
        return torch.cat([model(images[start:start + batch_size])[1] for start in range(0, len(images), batch_size)])
''')),
    dict(name='em_sampled_codes', grade_id='encode_means', source=_em('''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, logvar = model.encoder(images[start:start + batch_size])
            codes.append(mu + torch.exp(0.5 * logvar) * torch.randn_like(mu))
    return torch.cat(codes)
''')),
    dict(name='em_no_eval_mode', grade_id='encode_means', source=_em('''    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    return torch.cat(codes)
''')),
    dict(name='em_graph_recorded', grade_id='encode_means', source=_em('''    model.eval()
    codes = []
    for start in range(0, len(images), batch_size):
        mu, _ = model.encoder(images[start:start + batch_size])
        codes.append(mu)
    return torch.cat(codes)
''')),
    dict(name='em_drops_last_partial_batch', grade_id='encode_means', source=_em('''    model.eval()
    codes = []
    with torch.no_grad():
        for k in range(len(images) // batch_size):
            mu, _ = model.encoder(images[k * batch_size:(k + 1) * batch_size])
            codes.append(mu)
    return torch.cat(codes)
''')),
    dict(name='em_range_stops_one_early', grade_id='encode_means', source=_em('''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images) - 1, batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    return torch.cat(codes)
''')),
    dict(name='em_returns_logvar', grade_id='encode_means', source=_em('''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            codes.append(model.encoder(images[start:start + batch_size])[-1])
    return torch.cat(codes)
''')),
    dict(name='em_cat_along_latent_axis', grade_id='encode_means', source=_em('''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    return torch.cat(codes, dim=1)
''')),
    dict(name='em_chunk_count_confusion', grade_id='encode_means', source=_em('''    model.eval()
    with torch.no_grad():
        return torch.cat([model.encoder(x)[0] for x in images.chunk(batch_size)])
''')),
    dict(name='em_one_batch_for_everything', grade_id='encode_means', source=_em('''    model.eval()
    with torch.no_grad():
        mu, _ = model.encoder(images)  # the whole set fits in memory here
    return mu
''')),
    dict(name='em_forces_training_mode_after', grade_id='encode_means', source=_em('''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    model.train()
    return torch.cat(codes)
''')),
    dict(name='em_shuffled_batches', grade_id='encode_means', source=_em('''    model.eval()
    order = torch.randperm(len(images))
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[order[start:start + batch_size]])
            codes.append(mu)
    return torch.cat(codes)
''')),
    dict(name='em_float64_codes', grade_id='encode_means', source=_em('''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu.double())  # full precision for PCA and t-SNE
    return torch.cat(codes)
''')),
    # --- latent_grid ----------------------------------------------------------------------------------------
    dict(name='lg_z2_grows_downwards', grade_id='latent_grid', source=_lg('''    values = torch.linspace(low, high, n)
    z1 = values.repeat(n)
    z2 = values.repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)
''')),
    dict(name='lg_coordinates_swapped', grade_id='latent_grid', source=_lg('''    values = torch.linspace(low, high, n)
    z1 = values.repeat(n)
    z2 = values.flip(0).repeat_interleave(n)
    return torch.stack([z2, z1], dim=1)
''')),
    dict(name='lg_meshgrid_ij_column_order', grade_id='latent_grid', source=_lg('''    z1, z2 = torch.meshgrid(torch.linspace(low, high, n), torch.linspace(high, low, n), indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
''')),
    dict(name='lg_step_excludes_high', grade_id='latent_grid', source=_lg('''    h = (high - low) / n
    z1 = low + h * torch.arange(n).repeat(n)
    z2 = high - h * torch.arange(n).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1).float()
''')),
    dict(name='lg_returns_n_by_n_by_2', grade_id='latent_grid', source=_lg('''    values = torch.linspace(low, high, n)
    z1 = values.repeat(n, 1)
    z2 = values.flip(0)[:, None].repeat(1, n)
    return torch.stack([z1, z2], dim=-1)
''')),
    dict(name='lg_numpy_float64', grade_id='latent_grid', source=_lg('''    values = np.linspace(low, high, n)
    z1, z2 = np.meshgrid(values, values[::-1])
    return torch.from_numpy(np.stack([z1.ravel(), z2.ravel()], axis=1))
''', prefix='import numpy as np\n\n\n')),
    dict(name='lg_integer_division_step', grade_id='latent_grid', source=_lg('''    h = (high - low) // (n - 1)
    return torch.tensor([[low + j * h, high - i * h] for i in range(n) for j in range(n)], dtype=torch.float32)
''')),
    dict(name='lg_z2_negated_values', grade_id='latent_grid', source=_lg('''    values = torch.linspace(low, high, n)
    z1 = values.repeat(n)
    z2 = (-values).repeat_interleave(n)  # from the top: z2 decreasing
    return torch.stack([z1, z2], dim=1)
''')),
    dict(name='lg_z1_right_to_left', grade_id='latent_grid', source=_lg('''    values = torch.linspace(high, low, n)
    z1 = values.repeat(n)
    z2 = values.repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)
''')),
    dict(name='lg_row_index_slip', grade_id='latent_grid', source=_lg('''    h = (high - low) / (n - 1)
    return torch.tensor([[low + j * h, high - j * h] for i in range(n) for j in range(n)], dtype=torch.float32)
''')),
    dict(name='lg_cell_centres', grade_id='latent_grid', source=_lg('''    h = (high - low) / n
    values = low + h * (torch.arange(n, dtype=torch.float32) + 0.5)  # the centre of each cell
    z1 = values.repeat(n)
    z2 = values.flip(0).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)
''')),
    # --- decode --------------------------------------------------------------------------------------------
    dict(name='dc_returns_logits', grade_id='decode', source=_dc('''    model.eval()
    with torch.no_grad():
        return model.decoder(z)
''')),
    dict(name='dc_no_eval_mode', grade_id='decode', source=_dc('''    with torch.no_grad():
        return torch.sigmoid(model.decoder(z))
''')),
    dict(name='dc_graph_recorded', grade_id='decode', source=_dc('''    model.eval()
    return torch.sigmoid(model.decoder(z))
''')),
    dict(name='dc_codes_clamped', grade_id='decode', source=_dc('''    model.eval()
    with torch.no_grad():
        z = z.clamp(-4.0, 4.0)  # stay where the decoder saw codes during training
        return torch.sigmoid(model.decoder(z))
''')),
    dict(name='dc_bernoulli_draw', grade_id='decode', source=_dc('''    model.eval()
    with torch.no_grad():
        return torch.bernoulli(torch.sigmoid(model.decoder(z)))
''')),
    dict(name='dc_clamp_instead_of_sigmoid', grade_id='decode', source=_dc('''    model.eval()
    with torch.no_grad():
        return model.decoder(z).clamp(0.0, 1.0)
''')),
    dict(name='dc_tanh_missing_half', grade_id='decode', source=_dc('''    model.eval()
    with torch.no_grad():
        return (torch.tanh(model.decoder(z)) + 1) / 2  # the sigmoid, written with tanh
''')),
    dict(name='dc_softmax_over_pixels', grade_id='decode', source=_dc('''    model.eval()
    with torch.no_grad():
        logits = model.decoder(z)
        return torch.softmax(logits.reshape(len(z), -1), dim=1).reshape(logits.shape)
''')),
    dict(name='dc_forces_training_mode_after', grade_id='decode', source=_dc('''    model.eval()
    with torch.no_grad():
        images = torch.sigmoid(model.decoder(z))
    model.train()
    return images
''')),
    dict(name='dc_flat_images', grade_id='decode', source=_dc('''    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z)).reshape(len(z), -1)
''')),
    dict(name='dc_rounded_pixels', grade_id='decode', source=_dc('''    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z)).round()  # ink or paper
''')),
    # --- samples_around ---------------------------------------------------------------------------------------
    dict(name='sa_global_noise', grade_id='samples_around', source=_sa('''    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1])
    z = mu + scale * noise
    return z, decode(model, z)
''')),
    dict(name='sa_scale_as_variance', grade_id='samples_around', source=_sa('''    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale ** 2 * noise
    return z, decode(model, z)
''')),
    dict(name='sa_encoder_sigma_times_scale', grade_id='samples_around', source=_sa('''    model.eval()
    with torch.no_grad():
        mu, logvar = model.encoder(image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * torch.exp(0.5 * logvar) * noise  # the spread of q(z|x), scaled
    return z, decode(model, z)
''')),
    dict(name='sa_noise_drawn_per_sample', grade_id='samples_around', source=_sa('''    mu = encode_means(model, image[None])
    z = torch.cat([mu + scale * torch.randn(1, mu.shape[1], generator=generator) for _ in range(n)])
    return z, decode(model, z)
''')),
    dict(name='sa_noise_transposed_draw', grade_id='samples_around', source=_sa('''    mu = encode_means(model, image[None])
    noise = torch.randn(mu.shape[1], n, generator=generator).T
    z = mu + scale * noise
    return z, decode(model, z)
''')),
    dict(name='sa_returns_images_then_codes', grade_id='samples_around', source=_sa('''    mu = encode_means(model, image[None])
    z = mu + scale * torch.randn(n, mu.shape[1], generator=generator)
    return decode(model, z), z
''')),
    dict(name='sa_generator_reseeded_randomly', grade_id='samples_around', source=_sa('''    mu = encode_means(model, image[None])
    generator.seed()  # fresh noise on every call
    z = mu + scale * torch.randn(n, mu.shape[1], generator=generator)
    return z, decode(model, z)
''')),
    dict(name='sa_first_code_is_the_mean', grade_id='samples_around', source=_sa('''    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    noise[0] = 0  # keep the reconstruction itself as the first sample
    z = mu + scale * noise
    return z, decode(model, z)
''')),
    dict(name='sa_latent_dim_hardcoded', grade_id='samples_around', source=_sa('''    mu = encode_means(model, image[None])
    z = mu + scale * torch.randn(n, 20, generator=generator)
    return z, decode(model, z)
''')),
    dict(name='sa_one_noise_for_all', grade_id='samples_around', source=_sa('''    mu = encode_means(model, image[None])
    noise = torch.randn(mu.shape, generator=generator)
    z = (mu + scale * noise).expand(n, -1)
    return z, decode(model, z)
''')),
    dict(name='sa_uniform_noise', grade_id='samples_around', source=_sa('''    mu = encode_means(model, image[None])
    z = mu + scale * torch.rand(n, mu.shape[1], generator=generator)
    return z, decode(model, z)
''')),
    # --- interpolate ------------------------------------------------------------------------------------------
    dict(name='ip_end_excluded', grade_id='interpolate', source=_ip('''    t = (torch.arange(steps) / steps)[:, None]
    return (1 - t) * z_start + t * z_end
''')),
    dict(name='ip_one_point_too_many', grade_id='interpolate', source=_ip('''    t = torch.linspace(0, 1, steps + 1)[:, None]  # steps steps between the two ends
    return (1 - t) * z_start + t * z_end
''')),
    dict(name='ip_start_excluded', grade_id='interpolate', source=_ip('''    t = (torch.arange(1, steps + 1) / steps)[:, None]
    return (1 - t) * z_start + t * z_end
''')),
    dict(name='ip_transposed_path', grade_id='interpolate', source=_ip('''    t = torch.linspace(0, 1, steps)
    return (1 - t) * z_start[:, None] + t * z_end[:, None]
''')),
    dict(name='ip_reversed_direction', grade_id='interpolate', source=_ip('''    t = torch.linspace(0, 1, steps)[:, None]
    return t * z_start + (1 - t) * z_end
''')),
    dict(name='ip_float64_times', grade_id='interpolate', source=_ip('''    t = torch.linspace(0, 1, steps, dtype=torch.float64)[:, None]
    return (1 - t) * z_start + t * z_end
''')),
    dict(name='ip_integer_division_times', grade_id='interpolate', source=_ip('''    t = (torch.arange(steps) // (steps - 1))[:, None]
    return (1 - t) * z_start + t * z_end
''')),
    dict(name='ip_missing_difference', grade_id='interpolate', source=_ip('''    t = torch.linspace(0, 1, steps)[:, None]
    return z_start + t * z_end
''')),
    dict(name='ip_cosine_easing', grade_id='interpolate', source=_ip('''    t = torch.linspace(0, 1, steps)[:, None]
    t = (1 - torch.cos(math.pi * t)) / 2  # ease in and out: smoother morphing
    return (1 - t) * z_start + t * z_end
''')),
    # --- slerp ------------------------------------------------------------------------------------------------
    dict(name='sl_cos_not_clamped', grade_id='slerp', source=_sl('''    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos)
''' + _SL_FALLBACK + _SL_T + _SL_PATH)),
    dict(name='sl_no_parallel_fallback', grade_id='slerp', source=_sl(_SL_ANGLE + _SL_T + _SL_PATH)),
    dict(name='sl_path_on_unit_sphere', grade_id='slerp', source=_sl('''    a, b = z_start / z_start.norm(), z_end / z_end.norm()
    omega = torch.arccos(torch.dot(a, b).clamp(-1.0, 1.0))
    if torch.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * a + torch.sin(t * omega) * b) / torch.sin(omega)
''')),
    dict(name='sl_cos_not_normalised', grade_id='slerp', source=_sl('''    omega = torch.arccos(torch.dot(z_start, z_end).clamp(-1.0, 1.0))
''' + _SL_FALLBACK + _SL_T + _SL_PATH)),
    dict(name='sl_coefficients_swapped', grade_id='slerp', source=_sl(_SL_ANGLE + _SL_FALLBACK + _SL_T + '''    return (torch.sin(t * omega) * z_start + torch.sin((1 - t) * omega) * z_end) / torch.sin(omega)
''')),
    dict(name='sl_fallback_reversed', grade_id='slerp', source=_sl(_SL_ANGLE + '''    if torch.sin(omega) < 1e-6:
        return interpolate(z_end, z_start, steps)
''' + _SL_T + _SL_PATH)),
    dict(name='sl_fallback_repeats_start', grade_id='slerp', source=_sl(_SL_ANGLE + '''    if torch.sin(omega) < 1e-6:
        return z_start.repeat(steps, 1)  # no angle: nowhere to go
''' + _SL_T + _SL_PATH)),
    dict(name='sl_fallback_only_for_zero_angle', grade_id='slerp', source=_sl(_SL_ANGLE + '''    if omega < 1e-6:
        return interpolate(z_start, z_end, steps)
''' + _SL_T + _SL_PATH)),
    dict(name='sl_float64_result', grade_id='slerp', source=_sl('''    a, b = z_start.double(), z_end.double()  # arccos needs the precision
    omega = torch.arccos((torch.dot(a, b) / (a.norm() * b.norm())).clamp(-1.0, 1.0))
    if torch.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps, dtype=torch.float64)[:, None]
    return (torch.sin((1 - t) * omega) * a + torch.sin(t * omega) * b) / torch.sin(omega)
''')),
    dict(name='sl_dot_with_itself', grade_id='slerp', source=_sl('''    cos = torch.dot(z_start, z_start) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
''' + _SL_FALLBACK + _SL_T + _SL_PATH)),
    dict(name='sl_cosine_similarity_misses_opposite', grade_id='slerp', source=_sl('''    cos = torch.nn.functional.cosine_similarity(z_start, z_end, dim=0)
    omega = torch.acos(torch.clamp(cos, -1.0, 1.0))
    sin_omega = torch.sin(omega)
    if sin_omega < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return torch.sin((1 - t) * omega) / sin_omega * z_start + torch.sin(t * omega) / sin_omega * z_end
''')),
    # --- aggregate_moments -------------------------------------------------------------------------------------
    dict(name='ag_variance_of_means_only', grade_id='aggregate_moments', source=_ag('''    mean = mu.mean(dim=0)
    variance = mu.var(dim=0, unbiased=False)
    return mean, variance
''')),
    dict(name='ag_unbiased_spread_of_means', grade_id='aggregate_moments', source=_ag('''    mean = mu.mean(dim=0)
    variance = logvar.exp().mean(dim=0) + mu.var(dim=0)
    return mean, variance
''')),
    dict(name='ag_std_in_place_of_variance', grade_id='aggregate_moments', source=_ag('''    mean = mu.mean(dim=0)
    variance = (torch.exp(0.5 * logvar) + mu ** 2).mean(dim=0) - mean ** 2
    return mean, variance
''')),
    dict(name='ag_reduces_latent_axis', grade_id='aggregate_moments', source=_ag('''    mean = mu.mean(dim=1)
    variance = (logvar.exp() + mu ** 2).mean(dim=1) - mean ** 2
    return mean, variance
''')),
    dict(name='ag_mean_squared_not_subtracted', grade_id='aggregate_moments', source=_ag('''    mean = mu.mean(dim=0)
    variance = (logvar.exp() + mu ** 2).mean(dim=0)
    return mean, variance
''')),
    dict(name='ag_returns_variance_first', grade_id='aggregate_moments', source=_ag('''    mean = mu.mean(dim=0)
    variance = (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2
    return variance, mean
''')),
    dict(name='ag_logvar_used_as_variance', grade_id='aggregate_moments', source=_ag('''    mean = mu.mean(dim=0)
    variance = (logvar + mu ** 2).mean(dim=0) - mean ** 2
    return mean, variance
''')),
    dict(name='ag_exp_of_mean_logvar', grade_id='aggregate_moments', source=_ag('''    mean = mu.mean(dim=0)
    variance = logvar.mean(dim=0).exp() + (mu ** 2).mean(dim=0) - mean ** 2
    return mean, variance
''')),
    dict(name='ag_mean_squared_in_place', grade_id='aggregate_moments', source=_ag('''    mean = mu.mean(dim=0)
    mean_squared = mean
    mean_squared **= 2
    variance = (logvar.exp() + mu ** 2).mean(dim=0) - mean_squared
    return mean, variance
''')),
    dict(name='ag_scalar_moments', grade_id='aggregate_moments', source=_ag('''    mean = mu.mean()
    variance = (logvar.exp() + mu ** 2).mean() - mean ** 2
    return mean, variance
''')),
    dict(name='ag_keepdim_row', grade_id='aggregate_moments', source=_ag('''    mean = mu.mean(dim=0, keepdim=True)
    variance = (logvar.exp() + mu ** 2).mean(dim=0, keepdim=True) - mean ** 2
    return mean, variance
''')),
    dict(name='ag_divides_by_latent_dim', grade_id='aggregate_moments', source=_ag('''    n = mu.shape[1]
    mean = mu.sum(dim=0) / n
    variance = (logvar.exp() + mu ** 2).sum(dim=0) / n - mean ** 2
    return mean, variance
''')),
    dict(name='ag_returns_standard_deviation', grade_id='aggregate_moments', source=_ag('''    mean = mu.mean(dim=0)
    variance = (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2
    return mean, variance.sqrt()
''')),
    dict(name='ag_float64_moments', grade_id='aggregate_moments', source=_ag('''    mu, logvar = mu.double(), logvar.double()  # sums of 10,000 values: use float64
    mean = mu.mean(dim=0)
    variance = (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2
    return mean, variance
''')),
]

ALTERNATIVES = [
    dict(name='alt_em_split_batches', grade_id='encode_means', source=_em('''    model.eval()
    with torch.no_grad():
        return torch.cat([model.encoder(x)[0] for x in images.split(batch_size)], dim=0)
''')),
    dict(name='alt_em_preallocated', grade_id='encode_means', source='''@torch.no_grad()
def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = None
    for start in range(0, len(images), batch_size):
        mu = model.encoder(images[start:start + batch_size])[0]
        if codes is None:
            codes = mu.new_empty(len(images), mu.shape[1])
        codes[start:start + len(mu)] = mu
    return codes
'''),
    dict(name='alt_lg_meshgrid_xy', grade_id='latent_grid', source=_lg('''    z1, z2 = torch.meshgrid(torch.linspace(low, high, n), torch.linspace(low, high, n).flip(0), indexing="xy")
    return torch.stack([z1.flatten(), z2.flatten()], dim=1)
''')),
    dict(name='alt_lg_cartesian_product', grade_id='latent_grid', source=_lg('''    values = torch.linspace(low, high, n)
    return torch.cartesian_prod(values.flip(0), values).flip(1).contiguous()
''')),
    dict(name='alt_dc_manual_sigmoid', grade_id='decode', source=_dc('''    model.eval()
    with torch.no_grad():
        logits = model.decoder(z)
        images = 1 / (1 + torch.exp(-logits))
    return images
''')),
    dict(name='alt_sa_encoder_directly', grade_id='samples_around', source=_sa('''    model.eval()
    with torch.no_grad():
        mu = model.encoder(image.unsqueeze(0))[0]  # (1, latent_dim)
    noise = torch.randn(n, mu.shape[-1], generator=generator)
    z = mu.expand(n, -1) + scale * noise
    images = decode(model, z)
    return z, images
''')),
    dict(name='alt_ip_lerp', grade_id='interpolate', source=_ip('''    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return torch.lerp(z_start.expand(steps, -1), z_end.expand(steps, -1), t)
''')),
    dict(name='alt_ip_loop', grade_id='interpolate', source=_ip('''    path = []
    for k in range(steps):
        t = k / (steps - 1)
        path.append((1 - t) * z_start + t * z_end)
    return torch.stack(path)
''')),
    dict(name='alt_sl_python_floats', grade_id='slerp', source=_sl('''    cos = (z_start @ z_end / (torch.linalg.vector_norm(z_start) * torch.linalg.vector_norm(z_end))).item()
    omega = math.acos(min(1.0, max(-1.0, cos)))
    if math.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    rows = []
    for k in range(steps):
        t = k / (steps - 1)
        rows.append(math.sin((1 - t) * omega) / math.sin(omega) * z_start + math.sin(t * omega) / math.sin(omega) * z_end)
    return torch.stack(rows)
''')),
    dict(name='alt_ag_var_mean', grade_id='aggregate_moments', source=_ag('''    spread, mean = torch.var_mean(mu, dim=0, correction=0)
    return mean, spread + logvar.exp().mean(dim=0)
''')),
    dict(name='alt_ag_centred', grade_id='aggregate_moments', source=_ag('''    mean = mu.mean(0)
    variance = (logvar.exp() + (mu - mean) ** 2).mean(0)
    return mean, variance
''')),
]
