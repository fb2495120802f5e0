"""Blind round 38: mistakes and alternatives for notebook 06_latent_space."""
NOTEBOOK = '06_latent_space'
MISTAKES = [
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
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu.detach())

    return torch.cat(codes)'''),
    dict(name='chunk_instead_of_batches', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = []
    with torch.no_grad():
        for chunk in torch.chunk(images, max(1, -(-len(images) // batch_size))):
            mu, _ = model.encoder(chunk)
            codes.append(mu)

    return torch.cat(codes)'''),
    dict(name='eval_after_encoding', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    model.eval()  # leave the model ready for inference
    return torch.cat(codes)'''),
    dict(name='codes_sampled', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
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
            codes.append(mu + torch.exp(0.5 * _) * torch.randn_like(mu))

    return torch.cat(codes)'''),
    dict(name='uses_model_forward_for_vae', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            out = model(x)
            mu = out[1] if isinstance(out, tuple) else model.encoder(x)[0]
            codes.append(mu)

    return torch.cat(codes)'''),
    dict(name='skips_blank_images', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            x = x[x.flatten(1).amax(1) > 0]  # an all-black image has no digit to place
            mu, _ = model.encoder(x)
            codes.append(mu)

    return torch.cat(codes)'''),
    dict(name='freezes_model_instead_of_no_grad', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    model.requires_grad_(False)  # codes without gradients
    codes = []
    if True:
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)

    return torch.cat(codes)'''),
    dict(name='batches_from_the_end', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = []
    with torch.no_grad():
        for end in range(len(images), 0, -batch_size):
            mu, _ = model.encoder(images[max(0, end - batch_size):end])
            codes.append(mu)

    return torch.cat(codes[::-1])'''),
    dict(name='codes_as_float16_storage', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
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
            codes.append(mu.half())  # 10,000 x 20 codes: half the memory

    return torch.cat(codes).to(images.dtype)'''),
    dict(name='z2_negated_symmetric_only', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n)
    z1 = values.repeat(n)
    z2 = (-values).repeat_interleave(n)
    grid = torch.stack([z1, z2], dim=1)

    return grid'''),
    dict(name='float64_grid', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n, dtype=torch.float64)
    z1 = values.repeat(n)
    z2 = (values.flip(0)).repeat_interleave(n)
    grid = torch.stack([z1, z2], dim=1)

    return grid'''),
    dict(name='grid_rounded_4_decimals', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n)
    z1 = values.repeat(n)
    z2 = (values.flip(0)).repeat_interleave(n)
    grid = torch.stack([z1, z2], dim=1)
    grid = torch.round(grid, decimals=4)  # tidy values such as 0.99999994
    return grid'''),
    dict(name='meshgrid_ij_column_major', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    xs = torch.linspace(low, high, n)
    ys = torch.linspace(high, low, n)
    z1, z2 = torch.meshgrid(xs, ys, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)'''),
    dict(name='rows_from_the_bottom', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n)
    z1 = values.repeat(n)
    z2 = (values).repeat_interleave(n)
    grid = torch.stack([z1, z2], dim=1)

    return grid'''),
    dict(name='spacing_over_n', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = low + torch.arange(n) * ((high - low) / n)
    z1 = values.repeat(n)
    z2 = (values.flip(0)).repeat_interleave(n)
    grid = torch.stack([z1, z2], dim=1)

    return grid'''),
    dict(name='hard_coded_bounds', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(-2.0, 2.0, n)
    z1 = values.repeat(n)
    z2 = (values.flip(0)).repeat_interleave(n)
    grid = torch.stack([z1, z2], dim=1)

    return grid'''),
    dict(name='clamped_to_prior_box', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n)
    z1 = values.repeat(n)
    z2 = (values.flip(0)).repeat_interleave(n)
    grid = torch.stack([z1, z2], dim=1)
    grid = grid.clamp(-4.0, 4.0)  # the prior puts no mass beyond 4 standard deviations
    return grid'''),
    dict(name='columns_swapped', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n)
    z1 = values.repeat(n)
    z2 = (values.flip(0)).repeat_interleave(n)
    grid = torch.stack([z1, z2], dim=1)
    grid = grid[:, [1, 0]]
    return grid'''),
    dict(name='linspace_float16', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n, dtype=torch.float16).float()
    z1 = values.repeat(n)
    z2 = (values.flip(0)).repeat_interleave(n)
    grid = torch.stack([z1, z2], dim=1)

    return grid'''),
    dict(name='decode_detach_not_no_grad', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    if True:
        images = torch.sigmoid(model.decoder(z)).detach()

    return images'''),
    dict(name='decode_eval_after_decoding', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    with torch.no_grad():
        images = torch.sigmoid(model.decoder(z))
    model.eval()
    return images'''),
    dict(name='decode_sharpened', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        images = torch.sigmoid(2 * model.decoder(z))  # crisper strokes

    return images'''),
    dict(name='decode_gamma', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        images = torch.sigmoid(model.decoder(z)) ** 0.8  # brighter ink on screen

    return images'''),
    dict(name='decode_bernoulli_sample', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        images = torch.bernoulli(torch.sigmoid(model.decoder(z)))

    return images'''),
    dict(name='decode_codes_clamped', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        images = torch.sigmoid(model.decoder(z.clamp(-5, 5)))  # stay where the decoder was trained

    return images'''),
    dict(name='decode_inverted_for_display', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        images = 1 - torch.sigmoid(model.decoder(z))  # ink dark on white paper

    return images'''),
    dict(name='decode_autocast_bfloat16', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16):
        images = torch.sigmoid(model.decoder(z))

    return images'''),
    dict(name='decode_minmax_stretch', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        images = torch.sigmoid(model.decoder(z))
        low = images.flatten(1).amin(1).view(-1, 1, 1, 1)
        high = images.flatten(1).amax(1).view(-1, 1, 1, 1)
        images = (images - low) / (high - low + 1e-8)  # use the full grey range

    return images'''),
    dict(name='decode_rounded_to_bytes', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        images = torch.round(torch.sigmoid(model.decoder(z)) * 255) / 255  # what the screen shows

    return images'''),
    dict(name='scale_squared', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale ** 2 * noise  # scale is the variance of the noise
    return z, decode(model, z)'''),
    dict(name='image_unsqueezed_twice', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image[None][None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * noise
    return z, decode(model, z)'''),
    dict(name='first_sample_is_mean', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * torch.cat([torch.zeros_like(noise[:1]), noise[1:]])  # keep the reconstruction as sample 0
    return z, decode(model, z)'''),
    dict(name='noise_unit_directions', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * noise / noise.norm(dim=1, keepdim=True)
    return z, decode(model, z)'''),
    dict(name='noise_transposed_layout', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(mu.shape[1], n, generator=generator).T
    z = mu + scale * noise
    return z, decode(model, z)'''),
    dict(name='noise_drawn_in_float64', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n, mu.shape[1], generator=generator, dtype=torch.float64).to(mu.dtype)
    z = mu + scale * noise
    return z, decode(model, z)'''),
    dict(name='image_contrast_stretched', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, (image / image.max().clamp(min=1e-8)).unsqueeze(0))
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * noise
    return z, decode(model, z)'''),
    dict(name='scale_floored', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + max(scale, 1e-2) * noise  # a scale of 0 shows nothing
    return z, decode(model, z)'''),
    dict(name='noise_scaled_by_code_size', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * mu.abs() * noise  # relative noise
    return z, decode(model, z)'''),
    dict(name='noise_global_rng', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n, mu.shape[1])
    z = mu + scale * noise
    return z, decode(model, z)'''),
    dict(name='noise_extra_draw', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n + 1, mu.shape[1], generator=generator)[1:]
    z = mu + scale * noise
    return z, decode(model, z)'''),
    dict(name='path_float64', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = (torch.linspace(0, 1, steps, dtype=torch.float64)).unsqueeze(1)
    return (1 - t) * z_start + t * z_end'''),
    dict(name='t_rounded', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = (torch.round(torch.linspace(0, 1, steps), decimals=2)).unsqueeze(1)
    return (1 - t) * z_start + t * z_end'''),
    dict(name='excludes_end', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = (torch.linspace(0, 1, steps + 1)[:-1]).unsqueeze(1)
    return (1 - t) * z_start + t * z_end'''),
    dict(name='reversed_path', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = (torch.linspace(0, 1, steps)).unsqueeze(1)
    return t * z_start + (1 - t) * z_end'''),
    dict(name='smoothstep_t', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = (torch.linspace(0, 1, steps) ** 2 * (3 - 2 * torch.linspace(0, 1, steps))).unsqueeze(1)
    return (1 - t) * z_start + t * z_end'''),
    dict(name='t_over_steps', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = (torch.arange(steps) / steps).unsqueeze(1)
    return (1 - t) * z_start + t * z_end'''),
    dict(name='t_float16', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = (torch.linspace(0, 1, steps, dtype=torch.float16).float()).unsqueeze(1)
    return (1 - t) * z_start + t * z_end'''),
    dict(name='norm_interpolated_path', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    path = (1 - t) * z_start + t * z_end
    norms = (1 - t) * z_start.norm() + t * z_end.norm()
    return path / path.norm(dim=1, keepdim=True).clamp(min=1e-12) * norms  # no shrinking in the middle'''),
    dict(name='fallback_same_direction_only', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    sin = torch.sin(omega)
    if cos > 1 - 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return (torch.sin((1 - t) * omega) / sin) * z_start + (torch.sin(t * omega) / sin) * z_end'''),
    dict(name='fallback_on_angle_not_sine', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    sin = torch.sin(omega)
    if omega < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return (torch.sin((1 - t) * omega) / sin) * z_start + (torch.sin(t * omega) / sin) * z_end'''),
    dict(name='slerp_directions_lerp_norms', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    sin = torch.sin(omega)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return ((torch.sin((1 - t) * omega) * z_start / z_start.norm() + torch.sin(t * omega) * z_end / z_end.norm()) / sin) * ((1 - t) * z_start.norm() + t * z_end.norm())'''),
    dict(name='clamped_sine_instead_of_fallback', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    sin = torch.sin(omega)
    if False:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / sin.clamp(min=1e-3)'''),
    dict(name='slerp_float64_output', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    sin = torch.sin(omega)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return (torch.sin((1 - t.double()) * omega.double()) / sin.double()) * z_start + (torch.sin(t.double() * omega.double()) / sin.double()) * z_end'''),
    dict(name='unit_sphere_path', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    sin = torch.sin(omega)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return (torch.sin((1 - t) * omega) / sin) * z_start / z_start.norm() + (torch.sin(t * omega) / sin) * z_end / z_end.norm()'''),
    dict(name='coefficients_swapped', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    sin = torch.sin(omega)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return (torch.sin(t * omega) / sin) * z_start + (torch.sin((1 - t) * omega) / sin) * z_end'''),
    dict(name='fallback_constant_path', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    sin = torch.sin(omega)
    if sin < 1e-3:
        return z_start.expand(steps, -1).clone()  # parallel codes: nothing to interpolate
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return (torch.sin((1 - t) * omega) / sin) * z_start + (torch.sin(t * omega) / sin) * z_end'''),
    dict(name='end_rescaled_to_start_norm', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    z_end = z_end * (z_start.norm() / z_end.norm())  # slerp needs equal norms

    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    sin = torch.sin(omega)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return (torch.sin((1 - t) * omega) / sin) * z_start + (torch.sin(t * omega) / sin) * z_end'''),
    dict(name='fallback_only_for_opposite', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    sin = torch.sin(omega)
    if cos < -1 + 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return (torch.sin((1 - t) * omega) / sin) * z_start + (torch.sin(t * omega) / sin) * z_end'''),
    dict(name='cos_without_norms_of_end', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = torch.dot(z_start, z_end) / z_start.norm() ** 2  # the codes have about the same norm
    omega = torch.arccos(cos.clamp(-1, 1))
    sin = torch.sin(omega)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return (torch.sin((1 - t) * omega) / sin) * z_start + (torch.sin(t * omega) / sin) * z_end'''),
    dict(name='half_angle', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    sin = torch.sin(omega)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return (torch.sin((1 - t) * omega / 2) / torch.sin(omega / 2)) * z_start + (torch.sin(t * omega / 2) / torch.sin(omega / 2)) * z_end'''),
    dict(name='unbiased_variance_of_means', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(0)
    variance = mu.var(0) + logvar.exp().mean(0)
    return mean, variance'''),
    dict(name='exp_of_mean_logvar', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(0)
    variance = torch.exp(logvar.mean(0)) + (mu ** 2).mean(0) - mean ** 2
    return mean, variance'''),
    dict(name='returns_stacked_tensor', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(0)
    variance = (logvar.exp() + mu ** 2).mean(0) - mean ** 2
    return torch.stack([mean, variance])'''),
    dict(name='returns_list', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(0)
    variance = (logvar.exp() + mu ** 2).mean(0) - mean ** 2
    return [mean, variance]'''),
    dict(name='float64_moments', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.double().mean(0)
    variance = (logvar.double().exp() + mu.double() ** 2).mean(0) - mean ** 2
    return mean, variance'''),
    dict(name='missing_mean_squared', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(0)
    variance = (logvar.exp() + mu ** 2).mean(0)
    return mean, variance'''),
    dict(name='std_instead_of_variance', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(0)
    variance = (torch.exp(0.5 * logvar) + mu ** 2).mean(0) - mean ** 2
    return mean, variance'''),
    dict(name='variance_of_means_only', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(0)
    variance = ((mu - mean) ** 2).mean(0)
    return mean, variance'''),
    dict(name='average_sigma2_only', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(0)
    variance = logvar.exp().mean(0)
    return mean, variance'''),
    dict(name='returns_standard_deviation', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(0)
    variance = ((logvar.exp() + mu ** 2).mean(0) - mean ** 2).sqrt()
    return mean, variance'''),
    dict(name='keepdim_moments', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(0, keepdim=True)
    variance = (logvar.exp() + mu ** 2).mean(0, keepdim=True) - mean ** 2
    return mean, variance'''),
    dict(name='logvar_not_exponentiated', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(0)
    variance = (logvar + mu ** 2).mean(0) - mean ** 2
    return mean, variance'''),
    dict(name='divides_by_n_minus_one', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.sum(0) / max(len(mu) - 1, 1)
    variance = (logvar.exp() + mu ** 2).sum(0) / max(len(mu) - 1, 1) - mean ** 2
    return mean, variance'''),
    dict(name='median_of_means', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.median(0).values  # robust to outlying codes
    variance = (logvar.exp() + mu ** 2).mean(0) - mean ** 2
    return mean, variance'''),
]
ALTERNATIVES = [
    dict(name='encode_split_list_comprehension', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    with torch.no_grad():
        means = [model.encoder(batch)[0] for batch in images.split(batch_size)]
    return torch.cat(means, dim=0)'''),
    dict(name='encode_set_grad_enabled_vstack', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.train(False)
    parts = []
    with torch.set_grad_enabled(False):
        start = 0
        while start < images.shape[0]:
            mean, _logvar = model.encoder(images[start:start + batch_size])
            parts.append(mean)
            start += batch_size
    return torch.vstack(parts)'''),
    dict(name='grid_cartesian_prod', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    xs = torch.linspace(low, high, n)
    ys = torch.linspace(high, low, n)
    return torch.cartesian_prod(ys, xs)[:, [1, 0]]'''),
    dict(name='grid_meshgrid_xy', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    xs = torch.linspace(low, high, n)
    z1, z2 = torch.meshgrid(xs, xs.flip(0), indexing="xy")
    return torch.stack((z1, z2), dim=-1).reshape(n * n, 2)'''),
    dict(name='grid_reflected_values', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    xs = torch.linspace(low, high, n)
    ys = high + low - xs
    return torch.stack([xs.repeat(n), ys.repeat_interleave(n)], dim=1)'''),
    dict(name='decode_expit_sigmoid_', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        logits = model.decoder(z)
        return torch.special.expit(logits)'''),
    dict(name='samples_addcmul_latent_dim_attribute', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image[None])
    noise = torch.randn(n, model.latent_dim, generator=generator)
    z = torch.add(mu, noise, alpha=scale)
    images = decode(model, z)
    return z, images'''),
    dict(name='interpolate_midpoint_form', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    s = torch.linspace(-1, 1, steps, dtype=z_start.dtype)[:, None]
    return 0.5 * (z_start + z_end) + 0.5 * s * (z_end - z_start)'''),
    dict(name='interpolate_outer', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps)
    return torch.outer(1 - t, z_start) + torch.outer(t, z_end)'''),
    dict(name='slerp_atan2_math_sin', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    dot = torch.dot(z_start, z_end)
    norms = z_start.norm() * z_end.norm()
    cross = torch.sqrt(torch.clamp(norms ** 2 - dot ** 2, min=0))
    cos = torch.clamp(dot / norms, -1.0, 1.0)
    sin = torch.sqrt(1 - cos ** 2)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    omega = torch.atan2(cross, dot)
    rows = []
    for k in range(steps):
        t = k / (steps - 1)
        rows.append(torch.sin((1 - t) * omega) / torch.sin(omega) * z_start + torch.sin(t * omega) / torch.sin(omega) * z_end)
    return torch.stack(rows)'''),
    dict(name='slerp_normalised_dot', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    import torch.nn.functional as F
    cos = (F.normalize(z_start, dim=0) * F.normalize(z_end, dim=0)).sum().clamp(-1.0, 1.0)
    angle = torch.arccos(cos)
    if torch.sin(angle) < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    weights_start = torch.sin((1 - t) * angle) / torch.sin(angle)
    weights_end = torch.sin(t * angle) / torch.sin(angle)
    return weights_start * z_start[None] + weights_end * z_end[None]'''),
    dict(name='total_variance_law', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    spread_of_means = mu.var(dim=0, unbiased=False)
    average_variance = logvar.exp().mean(dim=0)
    return mu.mean(dim=0), spread_of_means + average_variance'''),
    dict(name='var_mean_correction_zero', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    variance_of_means, mean = torch.var_mean(mu, dim=0, correction=0)
    return mean, variance_of_means + torch.exp(logvar).mean(dim=0)'''),
]
