"""Blind round 46: mistakes and alternatives for notebook 06_latent_space."""
NOTEBOOK = '06_latent_space'
MISTAKES = [
    dict(name='en_remainder_dropped', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images) - batch_size + 1, batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
        if not codes:
            codes.append(model.encoder(images)[0])
    return torch.cat(codes)'''),
    dict(name='en_detach_instead_of_no_grad', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = []
    for start in range(0, len(images), batch_size):
        mu, _ = model.encoder(images[start:start + batch_size])
        codes.append(mu.detach())
    return torch.cat(codes)'''),
    dict(name='en_grad_disabled_globally', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    torch.set_grad_enabled(False)  # inference: no graph
    codes = []
    for start in range(0, len(images), batch_size):
        mu, _ = model.encoder(images[start:start + batch_size])
        codes.append(mu)
    return torch.cat(codes)'''),
    dict(name='en_codes_stored_half', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu.half())  # keep memory small
    return torch.cat(codes).to(mu.dtype)'''),
    dict(name='en_single_batch', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    with torch.no_grad():
        mu, _ = model.encoder(images)  # the test set fits in memory
    return mu'''),
    dict(name='en_preallocated_float32', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = None
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            if codes is None:
                codes = torch.empty(len(images), mu.shape[1])  # one buffer, no copies
            codes[start:start + len(mu)] = mu
    return codes'''),
    dict(name='en_train_mode_at_end', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    model.train()  # back to training
    return torch.cat(codes)'''),
    dict(name='en_codes_to_cpu', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu.cpu())  # plotting wants CPU tensors
    return torch.cat(codes)'''),
    dict(name='en_batch_view_flatten_float', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            batch = images[start:start + batch_size].float()
            mu, _ = model.encoder(batch)
            codes.append(mu)
    return torch.cat(codes)'''),
    dict(name='lg_float64', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    z1 = torch.linspace(low, high, n, dtype=torch.float64)  # exact grid values
    z2 = torch.linspace(high, low, n, dtype=torch.float64)
    rows, columns = torch.meshgrid(z2, z1, indexing="ij")
    return torch.stack([columns.reshape(-1), rows.reshape(-1)], dim=1)'''),
    dict(name='lg_lru_cache', grade_id='latent_grid', source=r'''import functools


@functools.lru_cache(maxsize=None)
def _grid(n, low, high):
    z1 = torch.linspace(low, high, n)
    z2 = torch.linspace(high, low, n)
    rows, columns = torch.meshgrid(z2, z1, indexing="ij")
    return torch.stack([columns.reshape(-1), rows.reshape(-1)], dim=1)


def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    return _grid(n, float(low), float(high))'''),
    dict(name='lg_floor_division_step', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    h = (high - low) // (n - 1)
    index = torch.arange(n, dtype=torch.float32)
    z1 = low + index * h
    z2 = high - index * h
    return torch.stack([z1.repeat(n), z2.repeat_interleave(n)], dim=1)'''),
    dict(name='lg_rounded_4', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    z1 = torch.linspace(low, high, n)
    z2 = torch.linspace(high, low, n)
    rows, columns = torch.meshgrid(z2, z1, indexing="ij")
    return torch.stack([columns.reshape(-1), rows.reshape(-1)], dim=1).round(decimals=4)  # no -1e-8 values'''),
    dict(name='lg_h_over_n', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    h = (high - low) / n
    index = torch.arange(n, dtype=torch.float32)
    z1 = low + (index + 0.5) * h  # the centre of each cell
    z2 = high - (index + 0.5) * h
    return torch.stack([z1.repeat(n), z2.repeat_interleave(n)], dim=1)'''),
    dict(name='lg_symmetric_about_zero', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    half = (high - low) / 2
    values = torch.linspace(-half, half, n)  # a grid centred on the prior's mean
    rows, columns = torch.meshgrid(values.flip(0), values, indexing="ij")
    return torch.stack([columns.reshape(-1), rows.reshape(-1)], dim=1)'''),
    dict(name='dec_train_mode_at_end', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        images = torch.sigmoid(model.decoder(z))
    model.train()
    return images'''),
    dict(name='dec_float32_result', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z)).float()  # images are float32'''),
    dict(name='dec_minmax_stretch', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        p = torch.sigmoid(model.decoder(z))
        low = p.amin(dim=(1, 2, 3), keepdim=True)
        high = p.amax(dim=(1, 2, 3), keepdim=True)
        return (p - low) / (high - low).clamp(min=1e-8)  # full contrast for display'''),
    dict(name='dec_detach_instead_of_no_grad', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    return torch.sigmoid(model.decoder(z)).detach()'''),
    dict(name='dec_preallocated_float32', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    images = torch.empty(len(z), 1, 28, 28)
    with torch.no_grad():
        for start in range(0, len(z), 1000):  # in batches, like encode_means
            images[start:start + 1000] = torch.sigmoid(model.decoder(z[start:start + 1000]))
    return images'''),
    dict(name='dec_gamma_corrected', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z)) ** (1 / 2.2)  # gamma for the screen'''),
    dict(name='dec_z_clamped_to_grid', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z.clamp(-4.0, 4.0)))  # the decoder never saw codes beyond 4 sigma'''),
    dict(name='sa_noise_transposed_draw', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image[None])
    noise = torch.randn(mu.shape[1], n, generator=generator).T
    z = mu + scale * noise
    return z, decode(model, z)'''),
    dict(name='sa_first_is_mean', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    noise[0] = 0  # the first sample is the reconstruction itself
    z = mu + scale * noise
    return z, decode(model, z)'''),
    dict(name='sa_generator_state_copied', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    local = torch.Generator()
    local.set_state(generator.get_state())  # leave the caller's generator as it was
    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=local)
    z = mu + scale * noise
    return z, decode(model, z)'''),
    dict(name='sa_decoder_direct', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * noise
    return z, torch.sigmoid(model.decoder(z))'''),
    dict(name='sa_noise_unit_directions', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    noise = noise / noise.norm(dim=1, keepdim=True)  # every sample at distance scale
    z = mu + scale * noise
    return z, decode(model, z)'''),
    dict(name='sa_scale_times_sigma', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    model.eval()
    with torch.no_grad():
        mu, logvar = model.encoder(image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * torch.exp(0.5 * logvar) * noise  # in units of the encoder's own spread
    return z, decode(model, z)'''),
    dict(name='sa_noise_scaled_by_dim', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * noise / math.sqrt(mu.shape[1])  # the same total spread whatever d
    return z, decode(model, z)'''),
    dict(name='sa_mu_from_forward', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    model.eval()
    with torch.no_grad():
        _, mu, _ = model(image[None])  # eval mode: forward decodes mu and returns it
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * noise
    return z, decode(model, z)'''),
    dict(name='ip_t_float64', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps, dtype=torch.float64)[:, None]  # exact fractions
    return (1 - t) * z_start + t * z_end'''),
    dict(name='ip_t_rounded', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps).round(decimals=2)[:, None]  # the t of the titles
    return (1 - t) * z_start + t * z_end'''),
    dict(name='ip_rebuilt_from_lists', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    return torch.tensor([((1 - t) * z_start + t * z_end).tolist() for t in torch.linspace(0, 1, steps).tolist()])'''),
    dict(name='sl_fallback_same_direction_only', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    cos = cos.clamp(-1, 1)
    if cos > 1 - 1e-6:  # the same direction: the great circle is the line
        return interpolate(z_start, z_end, steps)
    omega = torch.arccos(cos)
    sin = torch.sin(omega)
    t = torch.linspace(0, 1, steps, dtype=z_start.dtype)[:, None]
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end'''),
    dict(name='sl_norm_interpolated', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    a, b = z_start.norm(), z_end.norm()
    u, v = z_start / a, z_end / b
    omega = torch.arccos(torch.dot(u, v).clamp(-1, 1))
    sin = torch.sin(omega)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps, dtype=z_start.dtype)[:, None]
    direction = torch.sin((1 - t) * omega) / sin * u + torch.sin(t * omega) / sin * v
    return direction * ((1 - t) * a + t * b)  # the norm moves linearly from one end to the other'''),
    dict(name='sl_nan_replaced_no_threshold', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    t = torch.linspace(0, 1, steps, dtype=z_start.dtype)[:, None]
    path = torch.sin((1 - t) * omega) / torch.sin(omega) * z_start + torch.sin(t * omega) / torch.sin(omega) * z_end
    straight = interpolate(z_start, z_end, steps)
    return torch.where(torch.isfinite(path), path, straight)'''),
    dict(name='sl_quaternion_sign_flip', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    if cos < 0:  # take the short way round, as for quaternions
        z_end, cos = -z_end, -cos
    omega = torch.arccos(cos.clamp(-1, 1))
    sin = torch.sin(omega)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps, dtype=z_start.dtype)[:, None]
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end'''),
    dict(name='sl_fallback_constant_path', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    sin = torch.sin(omega)
    if sin < 1e-3:
        if cos > 0:
            return z_start.expand(steps, -1).clone()  # no angle to walk
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps, dtype=z_start.dtype)[:, None]
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end'''),
    dict(name='sl_inputs_normalized_in_place', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    norm_start, norm_end = z_start.norm(), z_end.norm()
    z_start /= norm_start
    z_end /= norm_end
    omega = torch.arccos(torch.dot(z_start, z_end).clamp(-1, 1))
    sin = torch.sin(omega)
    t = torch.linspace(0, 1, steps, dtype=z_start.dtype)[:, None]
    if sin < 1e-3:
        path = interpolate(z_start * norm_start, z_end * norm_end, steps)
    else:
        path = torch.sin((1 - t) * omega) / sin * z_start * norm_start + torch.sin(t * omega) / sin * z_end * norm_end
    return path'''),
    dict(name='am_float32_internal', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mu32, var32 = mu.float(), logvar.float().exp()
    mean = mu32.mean(dim=0)
    variance = (var32 + mu32.pow(2)).mean(dim=0) - mean.pow(2)
    return mean.to(mu.dtype), variance.to(mu.dtype)'''),
    dict(name='am_monte_carlo', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    z = mu + torch.exp(0.5 * logvar) * torch.randn(64, *mu.shape, dtype=mu.dtype)  # samples of q(z)
    z = z.reshape(-1, mu.shape[1])
    return z.mean(dim=0), z.var(dim=0, unbiased=False)'''),
    dict(name='am_exp_in_place', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(dim=0)
    variance = logvar.exp_().add_(mu.pow(2)).mean(dim=0) - mean.pow(2)  # in place: no copy of a large tensor
    return mean, variance'''),
    dict(name='am_float64_result', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mu, logvar = mu.double(), logvar.double()  # cancellation in E[z^2] - m^2
    mean = mu.mean(dim=0)
    variance = (logvar.exp() + mu.pow(2)).mean(dim=0) - mean.pow(2)
    return mean, variance'''),
    dict(name='am_returns_std', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(dim=0)
    variance = (logvar.exp() + mu.pow(2)).mean(dim=0) - mean.pow(2)
    return mean, variance.clamp(min=0).sqrt()'''),
    dict(name='am_unbiased_spread', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(dim=0)
    return mean, logvar.exp().mean(dim=0) + mu.var(dim=0)'''),
    dict(name='am_sigma_not_squared', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(dim=0)
    variance = (torch.exp(0.5 * logvar) + mu.pow(2)).mean(dim=0) - mean.pow(2)
    return mean, variance'''),
    dict(name='am_median_mean', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.median(dim=0).values  # robust to outlying codes
    variance = (logvar.exp() + mu.pow(2)).mean(dim=0) - mu.mean(dim=0).pow(2)
    return mean, variance'''),
    dict(name='am_logvar_clamped', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    logvar = logvar.clamp(-10.0, 10.0)  # exp must stay finite
    mean = mu.mean(dim=0)
    variance = (logvar.exp() + mu.pow(2)).mean(dim=0) - mean.pow(2)
    return mean, variance'''),
]
ALTERNATIVES = [
    dict(name='en_split_decorated', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    with torch.no_grad():
        return torch.cat([model.encoder(batch)[0] for batch in images.split(batch_size)])'''),
    dict(name='lg_formula_from_index', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    h = (high - low) / (n - 1)
    index = torch.arange(n * n)
    i, j = index // n, index % n
    return torch.stack([low + j * h, high - i * h], dim=1).to(torch.float32)'''),
    dict(name='lg_cartesian_prod', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    return torch.cartesian_prod(torch.linspace(high, low, n), torch.linspace(low, high, n)).flip(1)'''),
    dict(name='dec_decoder_probs_inference', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    was = torch.is_grad_enabled()
    model.eval()
    torch.set_grad_enabled(False)
    try:
        return 1 / (1 + torch.exp(-model.decoder(z)))
    finally:
        torch.set_grad_enabled(was)'''),
    dict(name='sa_unsqueeze_addmm', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    code = encode_means(model, image.unsqueeze(0))
    eps = torch.randn(n, code.shape[-1], generator=generator)
    z = torch.add(code, eps, alpha=scale)
    return z, decode(model, z)'''),
    dict(name='ip_lerp', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return torch.lerp(z_start.expand(steps, -1), z_end.expand(steps, -1), t)'''),
    dict(name='ip_start_plus_difference', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.arange(steps, dtype=torch.float32) / (steps - 1)
    return z_start[None, :] + t[:, None] * (z_end - z_start)[None, :]'''),
    dict(name='sl_cosine_similarity_sqrt', grade_id='slerp', source=r'''def F_cosine(a, b):
    return torch.nn.functional.cosine_similarity(a, b, dim=0)


def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = F_cosine(z_start, z_end).clamp(-1.0, 1.0)
    sin = torch.sqrt(1 - cos * cos)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    omega = torch.atan2(sin, cos)
    t = torch.linspace(0, 1, steps, dtype=z_start.dtype).unsqueeze(1)
    weights_start = torch.sin((1 - t) * omega) / sin
    weights_end = torch.sin(t * omega) / sin
    return weights_start * z_start + weights_end * z_end'''),
    dict(name='am_two_pass', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(0)
    variance = logvar.exp().mean(0) + (mu - mean).pow(2).mean(0)
    return mean, variance'''),
    dict(name='am_var_mean', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    spread, mean = torch.var_mean(mu, dim=0, correction=0)
    return mean, spread + torch.exp(logvar).mean(dim=0)'''),
]
