"""Blind round 48: mistakes and alternatives for notebook 06_latent_space."""
NOTEBOOK = '06_latent_space'
MISTAKES = [
    dict(name='en_no_eval', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            codes.append(model.encoder(x)[0])
    return torch.cat(codes)
'''),
    dict(name='en_with_grad', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = []
    if True:
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            codes.append(model.encoder(x)[0])
    return torch.cat(codes)
'''),
    dict(name='en_detach_no_nograd', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = []
    if True:
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            codes.append(model.encoder(x)[0].detach())
    return torch.cat(codes)
'''),
    dict(name='en_samples_codes', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, logvar = model.encoder(images[start:start + batch_size])
            codes.append(mu + torch.exp(0.5 * logvar) * torch.randn_like(mu))
    return torch.cat(codes)
'''),
    dict(name='en_forward_middle_output', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            _, mu, _ = model(images[start:start + batch_size])
            codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name='en_drop_last', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images) - batch_size + 1, batch_size):
            x = images[start:start + batch_size]
            codes.append(model.encoder(x)[0])
    return torch.cat(codes) if codes else model.encoder(images)[0]
'''),
    dict(name='en_numpy', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
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
            codes.append(model.encoder(x)[0])
    return torch.cat(codes).numpy()
'''),
    dict(name='en_squeeze', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
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
            codes.append(model.encoder(x)[0])
    return torch.cat(codes).squeeze()
'''),
    dict(name='en_ignores_batch_size', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    with torch.no_grad():
        mu, _ = model.encoder(images)  # one pass is faster
    return mu
'''),
    dict(name='en_binarised_images', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = (images[start:start + batch_size] > 0.5).float()
            codes.append(model.encoder(x)[0])
    return torch.cat(codes)
'''),
    dict(name='lg_rows_from_bottom', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n)
    z1 = values.repeat(n)
    z2 = values.repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)
'''),
    dict(name='lg_column_major', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n)
    z1 = values.repeat_interleave(n)
    z2 = values.flip(0).repeat(n)
    return torch.stack([z1, z2], dim=1)
'''),
    dict(name='lg_meshgrid_ij_swap', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    xs = torch.linspace(low, high, n)
    ys = torch.linspace(high, low, n)
    grid_x, grid_y = torch.meshgrid(xs, ys, indexing="ij")
    return torch.stack([grid_x.reshape(-1), grid_y.reshape(-1)], dim=1)
'''),
    dict(name='lg_float64', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n, dtype=torch.float64)
    return torch.stack([values.repeat(n), values.flip(0).repeat_interleave(n)], dim=1)
'''),
    dict(name='lg_step_over_n', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    h = (high - low) / n
    rows = [[low + j * h, high - i * h] for i in range(n) for j in range(n)]
    return torch.tensor(rows, dtype=torch.float32)
'''),
    dict(name='lg_arange_step', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    h = (high - low) / (n - 1)
    values = torch.arange(low, high + h, h, dtype=torch.float32)  # both ends
    return torch.stack([values.repeat(len(values)), values.flip(0).repeat_interleave(len(values))], dim=1)
'''),
    dict(name='lg_integer_step', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    h = (high - low) // (n - 1)
    rows = [[low + j * h, high - i * h] for i in range(n) for j in range(n)]
    return torch.tensor(rows, dtype=torch.float32)
'''),
    dict(name='lg_z2_from_low_side', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    h = (high - low) / (n - 1)
    rows = [[low + j * h, -(low + i * h)] for i in range(n) for j in range(n)]  # z2 goes down the rows
    return torch.tensor(rows, dtype=torch.float32)
'''),
    dict(name='lg_half_cell_offset', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    h = (high - low) / n
    centres = low + h / 2 + h * torch.arange(n, dtype=torch.float32)  # the centre of each cell
    return torch.stack([centres.repeat(n), centres.flip(0).repeat_interleave(n)], dim=1)
'''),
    dict(name='de_logits', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        return model.decoder(z)
'''),
    dict(name='de_bernoulli_sample', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        return torch.bernoulli(torch.sigmoid(model.decoder(z)))
'''),
    dict(name='de_no_eval', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z))
'''),
    dict(name='de_with_grad', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    return torch.sigmoid(model.decoder(z))
'''),
    dict(name='de_8bit', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        probs = torch.sigmoid(model.decoder(z))
    return (probs * 255).round() / 255  # grey levels as in MNIST
'''),
    dict(name='de_float32_codes', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z.float()).float())
'''),
    dict(name='de_contrast_stretch', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        probs = torch.sigmoid(model.decoder(z))
    peak = probs.flatten(1).max(dim=1).values.clamp(min=1e-6)
    return probs / peak[:, None, None, None]  # full contrast for every image
'''),
    dict(name='de_threshold_faint', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        probs = torch.sigmoid(model.decoder(z))
    return torch.where(probs < 0.01, torch.zeros_like(probs), probs)  # a clean background
'''),
    dict(name='de_squeezes_single', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        probs = torch.sigmoid(model.decoder(z))
    return probs.squeeze(0) if len(z) == 1 else probs
'''),
    dict(name='sa_global_randn', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1])
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_transposed_draw', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
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
    return z, decode(model, z)
'''),
    dict(name='sa_scale_as_variance', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
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
    return z, decode(model, z)
'''),
    dict(name='sa_sampled_centre', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
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
        centre = mu + torch.exp(0.5 * logvar) * torch.randn(mu.shape, generator=generator)
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = centre + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_loop_draws', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image[None])
    noise = torch.cat([torch.randn(1, mu.shape[1], generator=generator) for _ in range(n)])
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_swapped_return', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
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
    return decode(model, z), z
'''),
    dict(name='sa_scaled_by_sigma', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
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
    z = mu + scale * torch.exp(0.5 * logvar) * noise
    return z, decode(model, z)
'''),
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
    return z, decode(model, z)
'''),
    dict(name='sa_noise_truncated', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator).clamp(-2.5, 2.5)  # stay near the digit
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_noise_unit_norm', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
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
    return z, decode(model, z)
'''),
    dict(name='sa_binarised_image', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, (image[None] > 0.5).to(image.dtype))
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='ip_end_excluded', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = (torch.arange(steps, dtype=z_start.dtype) / steps)[:, None]
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='ip_reversed', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps)[:, None]
    return t * z_start + (1 - t) * z_end
'''),
    dict(name='ip_transposed', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps)
    return torch.stack([(1 - t_k) * z_start + t_k * z_end for t_k in t], dim=1)
'''),
    dict(name='ip_inplace_difference', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    direction = z_end.sub_(z_start)
    t = torch.linspace(0, 1, steps)[:, None]
    return z_start + t * direction
'''),
    dict(name='ip_integer_division', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.tensor([k // (steps - 1) for k in range(steps)], dtype=z_start.dtype)[:, None]
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='ip_linspace_steps_minus_one', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps + 1)[1:, None]  # the steps after the start
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='ip_normalised_path', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps)[:, None]
    path = (1 - t) * z_start + t * z_end
    # keep the codes on the shell of the prior
    target = (1 - t) * z_start.norm() + t * z_end.norm()
    return path / path.norm(dim=1, keepdim=True).clamp(min=1e-12) * target
'''),
    dict(name='sl_threshold_on_angle', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    if omega < 1e-3:  # parallel codes
        return interpolate(z_start, z_end, steps)
    sin_omega = torch.sin(omega)
    t = torch.linspace(0, 1, steps, dtype=z_start.dtype)[:, None]
    return (torch.sin((1 - t) * omega) / sin_omega) * z_start + (torch.sin(t * omega) / sin_omega) * z_end
'''),
    dict(name='sl_unit_sphere', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    a = z_start / z_start.norm()
    b = z_end / z_end.norm()
    omega = torch.arccos(torch.dot(a, b).clamp(-1.0, 1.0))
    sin_omega = torch.sin(omega)
    if sin_omega < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps, dtype=z_start.dtype)[:, None]
    return torch.sin((1 - t) * omega) / sin_omega * a + torch.sin(t * omega) / sin_omega * b
'''),
    dict(name='sl_cos_without_norms', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    omega = torch.arccos(torch.dot(z_start, z_end).clamp(-1.0, 1.0))
    sin_omega = torch.sin(omega)
    if sin_omega < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps, dtype=z_start.dtype)[:, None]
    return (torch.sin((1 - t) * omega) / sin_omega) * z_start + (torch.sin(t * omega) / sin_omega) * z_end
'''),
    dict(name='sl_weights_swapped', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin_omega = torch.sin(omega)
    if sin_omega < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps, dtype=z_start.dtype)[:, None]
    return (torch.sin(t * omega) / sin_omega) * z_start + (torch.sin((1 - t) * omega) / sin_omega) * z_end
'''),
    dict(name='sl_same_direction_only', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    if cos > 0.9995:  # nearly the same direction: slerp is a straight line
        return interpolate(z_start, z_end, steps)
    sin_omega = torch.sin(omega)
    t = torch.linspace(0, 1, steps, dtype=z_start.dtype)[:, None]
    return (torch.sin((1 - t) * omega) / sin_omega) * z_start + (torch.sin(t * omega) / sin_omega) * z_end
'''),
    dict(name='sl_abs_cos_threshold', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin_omega = torch.sin(omega)
    if cos.abs() > 0.9995:  # nearly parallel
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps, dtype=z_start.dtype)[:, None]
    return (torch.sin((1 - t) * omega) / sin_omega) * z_start + (torch.sin(t * omega) / sin_omega) * z_end
'''),
    dict(name='sl_norm_interpolated', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    a, b = z_start.norm(), z_end.norm()
    u, v = z_start / a, z_end / b
    omega = torch.arccos(torch.dot(u, v).clamp(-1.0, 1.0))
    sin_omega = torch.sin(omega)
    if sin_omega < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps, dtype=z_start.dtype)[:, None]
    direction = torch.sin((1 - t) * omega) / sin_omega * u + torch.sin(t * omega) / sin_omega * v
    return direction * ((1 - t) * a + t * b)  # the norm goes from |z_start| to |z_end|
'''),
    dict(name='sl_degrees', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.rad2deg(torch.arccos(cos.clamp(-1.0, 1.0)))
    sin_omega = torch.sin(torch.deg2rad(omega))
    if sin_omega < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps, dtype=z_start.dtype)[:, None]
    return (torch.sin((1 - t) * omega) / sin_omega) * z_start + (torch.sin(t * omega) / sin_omega) * z_end
'''),
    dict(name='sl_no_fallback_eps', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin_omega = torch.sin(omega)
    t = torch.linspace(0, 1, steps, dtype=z_start.dtype)[:, None]
    return (torch.sin((1 - t) * omega) / (sin_omega + 1e-3)) * z_start + (torch.sin(t * omega) / (sin_omega + 1e-3)) * z_end
'''),
    dict(name='sl_t_end_excluded', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin_omega = torch.sin(omega)
    if sin_omega < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = (torch.arange(steps, dtype=z_start.dtype) / steps)[:, None]
    return (torch.sin((1 - t) * omega) / sin_omega) * z_start + (torch.sin(t * omega) / sin_omega) * z_end
'''),
    dict(name='ag_var_of_means', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    return mu.mean(0), mu.var(0, unbiased=False)
'''),
    dict(name='ag_unbiased', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(dim=0)
    return mean, logvar.exp().mean(dim=0) + mu.var(dim=0)
'''),
    dict(name='ag_logvar_as_variance', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(0)
    return mean, (logvar + mu ** 2).mean(0) - mean ** 2
'''),
    dict(name='ag_sigma_not_squared', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(0)
    return mean, (torch.exp(0.5 * logvar) + mu ** 2).mean(0) - mean ** 2
'''),
    dict(name='ag_returns_std', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(0)
    return mean, ((logvar.exp() + mu ** 2).mean(0) - mean ** 2).sqrt()
'''),
    dict(name='ag_dim1', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(-1)
    return mean, (logvar.exp() + mu ** 2).mean(-1) - mean ** 2
'''),
    dict(name='ag_float32', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mu, logvar = mu.float(), logvar.float()
    mean = mu.mean(0)
    return mean, (logvar.exp() + mu ** 2).mean(0) - mean ** 2
'''),
    dict(name='ag_swapped', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(0)
    variance = (logvar.exp() + mu ** 2).mean(0) - mean ** 2
    return variance, mean
'''),
    dict(name='ag_geometric_mean_var', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(0)
    return mean, logvar.mean(0).exp() + (mu ** 2).mean(0) - mean ** 2
'''),
    dict(name='ag_keepdim', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(0, keepdim=True)
    return mean, (logvar.exp() + mu ** 2).mean(0, keepdim=True) - mean ** 2
'''),
    dict(name='ag_no_mean_square', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(0)
    return mean, (logvar.exp() + mu ** 2).mean(0)
'''),
]
ALTERNATIVES = [
    dict(name='alt_en_split', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    with torch.no_grad():
        return torch.cat([model.encoder(batch)[0] for batch in torch.split(images, batch_size)], dim=0)
'''),
    dict(name='alt_en_preallocated', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = None
    with torch.no_grad():
        for start in range(0, images.shape[0], batch_size):
            mu = model.encoder(images[start:start + batch_size])[0]
            if codes is None:
                codes = mu.new_empty((images.shape[0], mu.shape[1]))
            codes[start:start + len(mu)] = mu
    return codes
'''),
    dict(name='alt_lg_meshgrid_xy', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    xs = torch.linspace(low, high, n, dtype=torch.float32)
    ys = torch.linspace(high, low, n, dtype=torch.float32)
    grid_x, grid_y = torch.meshgrid(xs, ys, indexing="xy")
    return torch.stack([grid_x.flatten(), grid_y.flatten()], dim=-1)
'''),
    dict(name='alt_lg_cartesian', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    h = (high - low) / (n - 1)
    index = torch.arange(n, dtype=torch.float64)
    pairs = torch.cartesian_prod(index, index)  # (i, j) in reading order
    return torch.stack([low + pairs[:, 1] * h, high - pairs[:, 0] * h], dim=1).float()
'''),
    dict(name='alt_de_expit', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        logits = model.decoder(z)
    return torch.special.expit(logits)
'''),
    dict(name='alt_sa_addcmul', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n, mu.size(1), generator=generator)
    z = torch.addcmul(mu.expand(n, -1), noise, torch.full_like(noise, scale))
    return z, decode(model, z)
'''),
    dict(name='alt_ip_lerp', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps, dtype=z_start.dtype).unsqueeze(1)
    return torch.lerp(z_start.expand(steps, -1), z_end.expand(steps, -1), t)
'''),
    dict(name='alt_ip_outer', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0.0, 1.0, steps)
    return torch.outer(1 - t, z_start) + torch.outer(t, z_end)
'''),
    dict(name='alt_sl_atan2', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = (z_start @ z_end) / (torch.linalg.vector_norm(z_start) * torch.linalg.vector_norm(z_end))
    cos = torch.clamp(cos, -1.0, 1.0)
    sin_omega = torch.sqrt(1 - cos * cos)
    if sin_omega < 1e-3:
        return interpolate(z_start, z_end, steps)
    omega = torch.atan2(sin_omega, cos)
    t = torch.linspace(0, 1, steps, dtype=z_start.dtype).unsqueeze(-1)
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / sin_omega
'''),
    dict(name='alt_ag_var_mean', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    spread, mean = torch.var_mean(mu, dim=0, correction=0)
    return mean, spread + logvar.exp().mean(dim=0)
'''),
]
