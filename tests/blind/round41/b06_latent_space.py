"""Blind round 41: mistakes and alternatives for notebook 06_latent_space."""
NOTEBOOK = '06_latent_space'
MISTAKES = [
    dict(name='codes_cast_to_float32', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            codes.append(model.encoder(images[start:start + batch_size])[0])
    return torch.cat(codes).float()'''),
    dict(name='batch_size_ignored_for_small_sets', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = []
    with torch.no_grad():
        for start in (range(0, len(images), batch_size) if len(images) > 10_000 else [0]):
            codes.append(model.encoder(images[start:start + batch_size] if len(images) > 10_000 else images)[0])
    return torch.cat(codes)'''),
    dict(name='detach_instead_of_no_grad', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = []
    if True:
        for start in range(0, len(images), batch_size):
            codes.append(model.encoder(images[start:start + batch_size])[0].detach())
    return torch.cat(codes)'''),
    dict(name='slice_one_image_short', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            codes.append(model.encoder(images[start:start + batch_size - 1] if len(images) - start > batch_size else images[start:])[0])
    return torch.cat(codes)'''),
    dict(name='squeezes_each_batch', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            codes.append(model.encoder(images[start:start + batch_size])[0].squeeze(0))
    return torch.cat(codes).reshape(len(images), -1)'''),
    dict(name='no_eval_mode', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    pass
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            codes.append(model.encoder(images[start:start + batch_size])[0])
    return torch.cat(codes)'''),
    dict(name='bfloat16_autocast', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = []
    with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16):
        for start in range(0, len(images), batch_size):
            codes.append(model.encoder(images[start:start + batch_size])[0])
    return torch.cat(codes).float()'''),
    dict(name='cached_by_images_identity', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    global _CACHE
    key = (id(model), id(images))
    if "_CACHE" in globals() and _CACHE[0] == key:
        return _CACHE[1]
    model.eval()
    with torch.no_grad():
        codes = torch.cat([model.encoder(images[start:start + batch_size])[0] for start in range(0, len(images), batch_size)])
    _CACHE = (key, codes)
    return codes'''),
    dict(name='codes_rounded_to_4_decimals', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            codes.append(model.encoder(images[start:start + batch_size])[0])
    return torch.cat(codes).mul(1e4).round().div(1e4)'''),
    dict(name='images_binarised_before_encoding', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            codes.append(model.encoder((images[start:start + batch_size] > 0.5).to(images.dtype))[0])
    return torch.cat(codes)'''),
    dict(name='codes_centred_on_their_mean', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            codes.append(model.encoder(images[start:start + batch_size])[0])
    return torch.cat(codes) - torch.cat(codes).mean(0)'''),
    dict(name='grid_float64', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n, dtype=torch.float64)
    z1 = values.repeat(n)
    z2 = values.flip(0).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)'''),
    dict(name='step_divides_by_n', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = low + torch.arange(n) * ((high - low) / n)
    z1 = values.repeat(n)
    z2 = values.flip(0).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)'''),
    dict(name='values_rounded_to_two_decimals', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.round(torch.linspace(low, high, n) * 100) / 100
    z1 = values.repeat(n)
    z2 = values.flip(0).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)'''),
    dict(name='assumes_symmetric_range', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(-high, high, n)
    z1 = values.repeat(n)
    z2 = values.flip(0).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)'''),
    dict(name='grid_requires_grad', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n)
    z1 = values.repeat(n)
    z2 = values.flip(0).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1).requires_grad_()'''),
    dict(name='cell_midpoints', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = low + (torch.arange(n) + 0.5) * (high - low) / n
    z1 = values.repeat(n)
    z2 = values.flip(0).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)'''),
    dict(name='z2_rows_from_bottom', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n)
    z1 = values.repeat(n)
    z2 = values.repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)'''),
    dict(name='column_major_order', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n)
    z1 = values.repeat_interleave(n)
    z2 = values.flip(0).repeat(n)
    return torch.stack([z1, z2], dim=1)'''),
    dict(name='grid_via_float16', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n, dtype=torch.float16).float()
    z1 = values.repeat(n)
    z2 = values.flip(0).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)'''),
    dict(name='probs_clamped_away_from_0_and_1', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z)).clamp(1e-3, 1 - 1e-3)'''),
    dict(name='tanh_squash_not_sigmoid', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        return (torch.tanh(model.decoder(z)) + 1) / 2'''),
    dict(name='images_rounded_to_bytes', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        return torch.round(torch.sigmoid(model.decoder(z)) * 255) / 255'''),
    dict(name='codes_clamped_to_plus_minus_6', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z.clamp(-6, 6)))'''),
    dict(name='sigmoid_in_float16', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z).half()).to(z.dtype)'''),
    dict(name='no_eval_mode_call', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z))'''),
    dict(name='probs_gamma_corrected', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z)).pow(0.9)'''),
    dict(name='decodes_in_chunks_of_1000_dropping_remainder_over_10000', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        if len(z) > 10_000:
            z = z[:len(z) // 1000 * 1000]
        return torch.sigmoid(model.decoder(z))'''),
    dict(name='images_normalised_per_image', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        images = torch.sigmoid(model.decoder(z))
        peak = images.flatten(1).max(1).values.clamp(min=1e-6).reshape(-1, 1, 1, 1)
        return images / peak'''),
    dict(name='logit_temperature_half', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z) * 0.5)'''),
    dict(name='scale_used_as_variance', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + math.sqrt(scale) * noise
    return z, decode(model, z)'''),
    dict(name='noise_drawn_transposed', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
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
    dict(name='centre_is_posterior_sample', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
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
        mu = mu + torch.exp(0.5 * logvar) * torch.randn(mu.shape, generator=generator)
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * noise
    return z, decode(model, z)'''),
    dict(name='multiplicative_noise', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu * (1 + scale * noise)
    return z, decode(model, z)'''),
    dict(name='noise_standardised', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    noise = (noise - noise.mean(0)) / noise.std(0) if n > 1 else noise
    z = mu + scale * noise
    return z, decode(model, z)'''),
    dict(name='latent_dim_hard_coded_20', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image[None])
    noise = torch.randn(n, 20, generator=generator)[:, :mu.shape[1]]
    z = mu + scale * noise
    return z, decode(model, z)'''),
    dict(name='generator_reseeded_from_initial_seed', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image[None])
    generator.manual_seed(generator.initial_seed())
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * noise
    return z, decode(model, z)'''),
    dict(name='first_sample_is_the_mean', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    noise[0] = 0
    z = mu + scale * noise
    return z, decode(model, z)'''),
    dict(name='scale_times_encoder_sigma', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image[None])
    with torch.no_grad():
        model.eval()
        _, logvar = model.encoder(image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * torch.exp(0.5 * logvar).clamp(min=1.0) * noise
    return z, decode(model, z)'''),
    dict(name='noise_drawn_one_extra_row', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image[None])
    noise = torch.randn(n + 1, mu.shape[1], generator=generator)[1:]
    z = mu + scale * noise
    return z, decode(model, z)'''),
    dict(name='noise_clipped_to_two_sigma', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * noise.clamp(-2, 2)
    return z, decode(model, z)'''),
    dict(name='z_squeezed_for_one_sample', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
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
    return z.squeeze(0), decode(model, z)'''),
    dict(name='t_excludes_end', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = (torch.arange(steps) / steps)[:, None]
    return (1 - t) * z_start + t * z_end'''),
    dict(name='path_in_float64', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps, dtype=torch.float64)[:, None]
    return (1 - t) * z_start + t * z_end'''),
    dict(name='drops_last_point_appends_nothing', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps + 1)[:-1, None]
    return (1 - t) * z_start + t * z_end'''),
    dict(name='eased_t_smoothstep', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps)[:, None]
    t = t * t * (3 - 2 * t)
    return (1 - t) * z_start + t * z_end'''),
    dict(name='t_rounded_to_tenths', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = (torch.linspace(0, 1, steps) * 10).round()[:, None] / 10
    return (1 - t) * z_start + t * z_end'''),
    dict(name='path_normalised_to_start_norm', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps)[:, None]
    path = (1 - t) * z_start + t * z_end
    return path / path.norm(dim=1, keepdim=True).clamp(min=1e-12) * z_start.norm()'''),
    dict(name='path_requires_grad', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps)[:, None]
    return ((1 - t) * z_start + t * z_end).requires_grad_()'''),
    dict(name='fallback_only_for_same_direction', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = (torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())).clamp(-1.0, 1.0)
    omega = torch.arccos(cos)
    if omega < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) / torch.sin(omega) * z_start + torch.sin(t * omega) / torch.sin(omega) * z_end'''),
    dict(name='unit_vectors_only', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    z_start, z_end = z_start / z_start.norm(), z_end / z_end.norm()
    cos = (torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())).clamp(-1.0, 1.0)
    omega = torch.arccos(cos)
    if torch.sin(omega) < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) / torch.sin(omega) * z_start + torch.sin(t * omega) / torch.sin(omega) * z_end'''),
    dict(name='norm_interpolated_direction_slerped', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = (torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())).clamp(-1.0, 1.0)
    omega = torch.arccos(cos)
    if torch.sin(omega) < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return (lambda d: d / d.norm(dim=1, keepdim=True) * ((1 - t) * z_start.norm() + t * z_end.norm()))(torch.sin((1 - t) * omega) / torch.sin(omega) * z_start / z_start.norm() + torch.sin(t * omega) / torch.sin(omega) * z_end / z_end.norm())'''),
    dict(name='fallback_threshold_on_cos_0_9999', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = (torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())).clamp(-1.0, 1.0)
    omega = torch.arccos(cos)
    if cos.abs() > 0.9999:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) / torch.sin(omega) * z_start + torch.sin(t * omega) / torch.sin(omega) * z_end'''),
    dict(name='t_from_arange_over_steps', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = (torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())).clamp(-1.0, 1.0)
    omega = torch.arccos(cos)
    if torch.sin(omega) < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = (torch.arange(steps) / (steps - 1 + 1e-3))[:, None]
    return torch.sin((1 - t) * omega) / torch.sin(omega) * z_start + torch.sin(t * omega) / torch.sin(omega) * z_end'''),
    dict(name='cos_in_float16', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = ((torch.dot(z_start.half(), z_end.half()) / (z_start.half().norm() * z_end.half().norm())).to(z_start.dtype)).clamp(-1.0, 1.0)
    omega = torch.arccos(cos)
    if torch.sin(omega) < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) / torch.sin(omega) * z_start + torch.sin(t * omega) / torch.sin(omega) * z_end'''),
    dict(name='fallback_returns_linspace_of_start_only', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = (torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())).clamp(-1.0, 1.0)
    omega = torch.arccos(cos)
    if torch.sin(omega) < 1e-3:
        return z_start.expand(steps, -1).clone() if cos > 0 else interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) / torch.sin(omega) * z_start + torch.sin(t * omega) / torch.sin(omega) * z_end'''),
    dict(name='sin_omega_abs_threshold_on_unclamped_cos', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    if cos.abs() >= 1:
        return interpolate(z_start, z_end, steps)
    omega = torch.arccos(cos)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) / torch.sin(omega) * z_start + torch.sin(t * omega) / torch.sin(omega) * z_end'''),
    dict(name='std_not_variance', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(0)
    variance = (torch.exp(0.5 * logvar) + mu ** 2).mean(0) - mean ** 2
    return mean, variance'''),
    dict(name='float64_results', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.double().mean(0)
    variance = (logvar.double().exp() + mu.double() ** 2).mean(0) - mean ** 2
    return mean, variance'''),
    dict(name='geometric_mean_of_variances', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(0)
    variance = torch.exp(logvar.mean(0)) + (mu ** 2).mean(0) - mean ** 2
    return mean, variance'''),
    dict(name='median_instead_of_mean', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.median(0).values
    variance = (logvar.exp() + mu ** 2).mean(0) - mean ** 2
    return mean, variance'''),
    dict(name='keepdim_shape', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(0, keepdim=True)
    variance = (logvar.exp() + mu ** 2).mean(0, keepdim=True) - mean ** 2
    return mean, variance'''),
    dict(name='variance_clamped_at_1e_2', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(0)
    variance = ((logvar.exp() + mu ** 2).mean(0) - mean ** 2).clamp(min=1e-2)
    return mean, variance'''),
    dict(name='sigma_squared_from_softplus', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(0)
    variance = (torch.nn.functional.softplus(logvar) + mu ** 2).mean(0) - mean ** 2
    return mean, variance'''),
    dict(name='variance_from_float16_squares', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(0)
    variance = (logvar.exp() + mu.half() ** 2).float().mean(0) - mean ** 2
    return mean.to(mu.dtype), variance.to(mu.dtype)'''),
    dict(name='mean_divided_by_n_minus_one', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    n = len(mu)
    mean = mu.sum(0) / max(n - 1, 1)
    variance = (logvar.exp() + mu ** 2).sum(0) / n - mean ** 2
    return mean, variance'''),
    dict(name='logvar_exp_in_place', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(0)
    variance = (logvar.exp_() + mu ** 2).mean(0) - mean ** 2
    return mean, variance'''),
]
ALTERNATIVES = [
    dict(name='encode_means_inference_mode_split', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    with torch.inference_mode():
        return torch.cat([model.encoder(chunk)[0] for chunk in torch.split(images, batch_size)])'''),
    dict(name='encode_means_preallocated', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    with torch.no_grad():
        first = model.encoder(images[:1])[0]
        codes = first.new_empty((len(images), first.shape[1]))
        for start in range(0, len(images), batch_size):
            codes[start:start + batch_size] = model.encoder(images[start:start + batch_size])[0]
    return codes'''),
    dict(name='grid_meshgrid_xy', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    z1 = torch.linspace(low, high, n)
    z2 = torch.linspace(high, low, n)
    rows, columns = torch.meshgrid(z2, z1, indexing="ij")
    return torch.stack([columns.reshape(-1), rows.reshape(-1)], dim=1)'''),
    dict(name='grid_list_comprehension', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    h = (high - low) / (n - 1)
    return torch.tensor([[low + j * h, high - i * h] for i in range(n) for j in range(n)], dtype=torch.float32)'''),
    dict(name='decode_sigmoid_method', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        logits = model.decoder(z)
    return logits.sigmoid()'''),
    dict(name='samples_around_unsqueeze_addcmul', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    codes = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n, codes.shape[-1], generator=generator)
    z = torch.add(codes, noise, alpha=scale)
    images = decode(model, z)
    return z, images'''),
    dict(name='interpolate_lerp', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    weights = torch.linspace(0, 1, steps).unsqueeze(1)
    return torch.lerp(z_start.expand(steps, -1), z_end.expand(steps, -1), weights)'''),
    dict(name='interpolate_outer_product', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps)
    return torch.outer(1 - t, z_start) + torch.outer(t, z_end)'''),
    dict(name='slerp_matmul_dot_single_division', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = torch.clamp((z_start @ z_end) / (torch.linalg.vector_norm(z_start) * torch.linalg.vector_norm(z_end)), -1, 1)
    omega = torch.arccos(cos)
    sin = torch.sin(omega)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / sin'''),
    dict(name='aggregate_law_of_total_variance', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(dim=0)
    variance = logvar.exp().mean(dim=0) + mu.var(dim=0, unbiased=False)
    return mean, variance'''),
    dict(name='aggregate_sums_over_n', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    n = mu.shape[0]
    mean = mu.sum(dim=0) / n
    second = (torch.exp(0.5 * logvar) ** 2 + mu * mu).sum(dim=0) / n
    return mean, second - mean * mean'''),
    dict(name='decode_no_grad_decorator_style', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.train(False)
    with torch.no_grad():
        images = torch.special.expit(model.decoder(z))
    return images'''),
]
