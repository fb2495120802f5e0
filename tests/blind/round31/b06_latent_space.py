"""Blind round 31: mistakes and alternatives for notebook 06_latent_space."""
NOTEBOOK = '06_latent_space'
MISTAKES = [
    dict(name='em_sampled_codes', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
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
            mu, logvar = model.encoder(x)
            codes.append(mu + torch.exp(0.5 * logvar) * torch.randn_like(mu))
    return torch.cat(codes)
'''),
    dict(name='em_forward_output', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
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
            codes.append(model(x)[1])  # forward returns (logits, mu, logvar)
    return torch.cat(codes)
'''),
    dict(name='em_no_eval', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
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
    dict(name='em_stacked_batches', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    with torch.no_grad():
        codes = [model.encoder(images[start:start + batch_size])[0] for start in range(0, len(images), batch_size)]
    return torch.stack(codes).reshape(len(images), -1)
'''),
    dict(name='em_full_batches_only', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    codes = []
    with torch.no_grad():
        for number in range(len(images) // batch_size):
            codes.append(model.encoder(images[number * batch_size:(number + 1) * batch_size])[0])
        if not codes:  # fewer images than one batch
            codes.append(model.encoder(images)[0])
    return torch.cat(codes)
'''),
    dict(name='em_returns_logvar', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
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
            _, logvar = model.encoder(x)
            codes.append(logvar)
    return torch.cat(codes)
'''),
    dict(name='em_first_batch_only', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            return mu
'''),
    dict(name='em_back_to_train_mode', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
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
    model.train()  # leave the model as training expects it
    return torch.cat(codes)
'''),
    dict(name='em_standardised_codes', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
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
    codes = torch.cat(codes)
    return (codes - codes.mean(dim=0)) / codes.std(dim=0)  # comparable axes
'''),
    dict(name='em_all_at_once', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    with torch.no_grad():
        mu, _ = model.encoder(images)  # one call is faster than a loop
    return mu
'''),
    dict(name='em_cat_along_dim1', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
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
    return torch.cat(codes, dim=1)
'''),
    dict(name='lg_z2_upwards', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    z1 = torch.linspace(low, high, n).repeat(n)
    z2 = torch.linspace(low, high, n).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)
'''),
    dict(name='lg_meshgrid_ij_column_major', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    z1, z2 = torch.meshgrid(torch.linspace(low, high, n), torch.linspace(high, low, n), indexing="ij")
    return torch.stack([z1.flatten(), z2.flatten()], dim=1)
'''),
    dict(name='lg_coordinates_swapped', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    z1 = torch.linspace(low, high, n).repeat(n)
    z2 = torch.linspace(high, low, n).repeat_interleave(n)
    return torch.stack([z2, z1], dim=1)
'''),
    dict(name='lg_high_excluded', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n + 1)[:-1]  # n points from low
    z1 = values.repeat(n)
    z2 = values.flip(0).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)
'''),
    dict(name='lg_arange_with_step', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    h = (high - low) / (n - 1)
    values = torch.arange(low, high + h, h)
    z1 = values.repeat(len(values))
    z2 = values.flip(0).repeat_interleave(len(values))
    return torch.stack([z1, z2], dim=1)
'''),
    dict(name='lg_floor_division_step', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    h = (high - low) // (n - 1)
    grid = [[low + j * h, high - i * h] for i in range(n) for j in range(n)]
    return torch.tensor(grid, dtype=torch.float32)
'''),
    dict(name='lg_step_over_n', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    h = (high - low) / n
    grid = [[low + j * h, high - i * h] for i in range(n) for j in range(n)]
    return torch.tensor(grid)
'''),
    dict(name='lg_z2_mirrors_z1', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n)
    z1 = values.repeat(n)
    z2 = (-values).repeat_interleave(n)  # from the top: high first
    return torch.stack([z1, z2], dim=1)
'''),
    dict(name='lg_default_range_changed', grade_id='latent_grid', source=r'''def latent_grid(n, low=-3.0, high=3.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    z1 = torch.linspace(low, high, n).repeat(n)
    z2 = torch.linspace(high, low, n).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)
'''),
    dict(name='lg_cell_centres', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    h = (high - low) / n
    centres = low + (torch.arange(n, dtype=torch.float32) + 0.5) * h  # the centre of each cell
    z1 = centres.repeat(n)
    z2 = centres.flip(0).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)
'''),
    dict(name='dec_logits', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        return model.decoder(z)
'''),
    dict(name='dec_bernoulli_sample', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        return torch.bernoulli(torch.sigmoid(model.decoder(z)))
'''),
    dict(name='dec_no_eval', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z))
'''),
    dict(name='dec_no_no_grad', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    return torch.sigmoid(model.decoder(z))
'''),
    dict(name='dec_min_max_per_image', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        images = torch.sigmoid(model.decoder(z))
        low = images.amin(dim=(1, 2, 3), keepdim=True)
        high = images.amax(dim=(1, 2, 3), keepdim=True)
        return (images - low) / (high - low)  # use the full grey range
'''),
    dict(name='dec_thresholded', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        return (model.decoder(z) > 0).float()
'''),
    dict(name='dec_back_to_train', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        images = torch.sigmoid(model.decoder(z))
    model.train()
    return images
'''),
    dict(name='dec_clamped_logits', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        return model.decoder(z).clamp(0, 1)  # values in [0, 1]
'''),
    dict(name='dec_grad_switched_off', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    torch.set_grad_enabled(False)  # inference only from here on
    return torch.sigmoid(model.decoder(z))
'''),
    dict(name='sa_global_noise', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image[None])
    z = mu + scale * torch.randn(n, mu.shape[1])
    return z, decode(model, z)
'''),
    dict(name='sa_noise_transposed', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
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
    dict(name='sa_one_noise_vector', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image[None])
    noise = torch.randn(1, mu.shape[1], generator=generator)
    z = mu + scale * noise
    return z.expand(n, -1), decode(model, z.expand(n, -1))
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
    z = mu + math.sqrt(scale) * noise  # N(mu, scale)
    return z, decode(model, z)
'''),
    dict(name='sa_around_a_sample', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
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
        centre = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)  # a code of the image, z ~ q(z|x)
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = centre + scale * noise
    return z, decode(model, z)
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
    z = mu + scale * torch.exp(0.5 * logvar) * noise  # the encoder's own spread, times scale
    return z, decode(model, z)
'''),
    dict(name='sa_mean_in_first_row', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image[None])
    noise = torch.randn(n, mu.shape[1], generator=generator)
    noise[0] = 0  # the first code is the mean itself, for reference
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='sa_unit_norm_noise', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
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
    dict(name='sa_reseeds_generator', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    generator.manual_seed(0)  # reproducible samples
    mu = encode_means(model, image[None])
    z = mu + scale * torch.randn(n, mu.shape[1], generator=generator)
    return z, decode(model, z)
'''),
    dict(name='sa_restores_generator', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    state = generator.get_state()
    mu = encode_means(model, image[None])
    z = mu + scale * torch.randn(n, mu.shape[1], generator=generator)
    generator.set_state(state)  # do not consume the caller's random numbers
    return z, decode(model, z)
'''),
    dict(name='sa_clamped_codes', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image[None])
    z = mu + scale * torch.randn(n, mu.shape[1], generator=generator)
    z = z.clamp(-3.0, 3.0)  # stay where the prior has mass
    return z, decode(model, z)
'''),
    dict(name='sa_scale_on_the_code', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image[None])
    z = scale * (mu + torch.randn(n, mu.shape[1], generator=generator))
    return z, decode(model, z)
'''),
    dict(name='sa_codes_with_graph', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu, _ = model.encoder(image.unsqueeze(0))
    z = mu + scale * torch.randn(n, mu.shape[1], generator=generator)
    return z, decode(model, z)
'''),
    dict(name='ip_end_excluded', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = (torch.arange(steps) / steps).unsqueeze(1)
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='ip_inner_points', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps + 2)[1:-1].unsqueeze(1)  # the codes between the two ends
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='ip_integer_division', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = (torch.arange(steps) // (steps - 1)).unsqueeze(1)
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='ip_reversed', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return (1 - t) * z_end + t * z_start
'''),
    dict(name='ip_smoothstep', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    t = t * t * (3 - 2 * t)  # smoothstep: eases in and out
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='ip_inplace_difference', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    direction = z_end.sub_(z_start)  # no temporary tensor
    return z_start + t * direction
'''),
    dict(name='ip_forgot_start_weight', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return z_start + t * z_end
'''),
    dict(name='ip_one_step_too_many', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps + 1).unsqueeze(1)
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='sl_no_clamp', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos)
    sin = torch.sin(omega)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='sl_no_fallback', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    omega = torch.arccos((torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())).clamp(-1.0, 1.0))
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''),
    dict(name='sl_fallback_on_small_angle', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    if omega < 1e-3:
        return interpolate(z_start, z_end, steps)
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='sl_angle_without_norms', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    cos = torch.dot(z_start, z_end)
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='sl_on_unit_sphere', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    z_start, z_end = z_start / z_start.norm(), z_end / z_end.norm()  # slerp works on unit vectors
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='sl_norm_interpolated_linearly', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    norm_start, norm_end = z_start.norm(), z_end.norm()
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    return (torch.sin((1 - t) * omega) * z_start / norm_start + torch.sin(t * omega) * z_end / norm_end) / sin * ((1 - t) * norm_start + t * norm_end)
'''),
    dict(name='sl_coefficients_swapped', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    return torch.sin(t * omega) / sin * z_start + torch.sin((1 - t) * omega) / sin * z_end
'''),
    dict(name='sl_cos_in_denominator', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    return torch.sin((1 - t) * omega) / cos * z_start + torch.sin(t * omega) / cos * z_end
'''),
    dict(name='sl_end_excluded', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    t = (torch.arange(steps) / steps).unsqueeze(1)
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='sl_constant_fallback', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    if sin < 1e-3:
        return z_start.repeat(steps, 1)  # parallel codes: nothing to interpolate
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='sl_cosine_similarity_F', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    cos = F.cosine_similarity(z_start, z_end, dim=0)
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='sl_normalised_lerp', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    straight = (1 - t) * z_start + t * z_end
    norms = (1 - t) * z_start.norm() + t * z_end.norm()
    # nlerp: the straight path pushed back out to the interpolated norm (cheaper than slerp, same shell)
    return straight / straight.norm(dim=1, keepdim=True).clamp_min(1e-12) * norms
'''),
    dict(name='am_spread_of_means_only', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    return mu.mean(dim=0), mu.var(dim=0, unbiased=False)
'''),
    dict(name='am_unbiased_spread', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(dim=0)
    variance = logvar.exp().mean(dim=0) + mu.var(dim=0)  # law of total variance
    return mean, variance
'''),
    dict(name='am_sigma_not_variance', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(dim=0)
    variance = (torch.exp(0.5 * logvar) + mu.pow(2)).mean(dim=0) - mean.pow(2)
    return mean, variance
'''),
    dict(name='am_logvar_as_variance', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(dim=0)
    variance = (logvar + mu.pow(2)).mean(dim=0) - mean.pow(2)
    return mean, variance
'''),
    dict(name='am_per_image', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(dim=1)
    variance = (logvar.exp() + mu.pow(2)).mean(dim=1) - mean.pow(2)
    return mean, variance
'''),
    dict(name='am_second_moment', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(dim=0)
    variance = (logvar.exp() + mu.pow(2)).mean(dim=0)
    return mean, variance
'''),
    dict(name='am_plus_mean_squared', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(dim=0)
    variance = (logvar.exp() + mu.pow(2)).mean(dim=0) + mean.pow(2)
    return mean, variance
'''),
    dict(name='am_returns_std', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(dim=0)
    variance = (logvar.exp() + mu.pow(2)).mean(dim=0) - mean.pow(2)
    return mean, variance.sqrt()
'''),
    dict(name='am_average_sigma2_only', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    return mu.mean(dim=0), logvar.exp().mean(dim=0)
'''),
    dict(name='am_scalar_mean', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean()
    variance = (logvar.exp() + mu.pow(2)).mean(dim=0) - mean.pow(2)
    return mean, variance
'''),
    dict(name='am_logvar_as_log_sigma', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(dim=0)
    variance = (torch.exp(2 * logvar) + mu.pow(2)).mean(dim=0) - mean.pow(2)
    return mean, variance
'''),
]
ALTERNATIVES = [
    dict(name='em_split_cat', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    with torch.no_grad():
        codes = torch.cat([model.encoder(x)[0] for x in torch.split(images, batch_size)])
    return codes
'''),
    dict(name='em_inference_mode_while', grade_id='encode_means', source=r'''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    parts, start = [], 0
    with torch.inference_mode():
        while start < images.shape[0]:
            mu, _ = model.encoder(images[start:start + batch_size])
            parts.append(mu.clone())
            start += batch_size
    return torch.cat(parts, dim=0)
'''),
    dict(name='lg_cartesian_prod', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    pairs = torch.cartesian_prod(torch.linspace(high, low, n), torch.linspace(low, high, n))  # (z2, z1), z1 fastest
    return pairs.flip(1)
'''),
    dict(name='lg_meshgrid_xy', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    z1, z2 = torch.meshgrid(torch.linspace(low, high, n), torch.linspace(low, high, n).flip(0), indexing="xy")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=-1)
'''),
    dict(name='lg_python_loops', grade_id='latent_grid', source=r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    h = (high - low) / (n - 1)
    grid = []
    for i in range(n):
        for j in range(n):
            grid.append([low + j * h, high - i * h])
    return torch.tensor(grid, dtype=torch.float32)
'''),
    dict(name='dec_batched_expit', grade_id='decode', source=r'''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        return torch.cat([torch.special.expit(model.decoder(chunk)) for chunk in torch.split(z, 256)])
'''),
    dict(name='sa_expand_add_alpha', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    centre = encode_means(model, image.unsqueeze(0)).expand(n, -1)
    z = torch.add(centre, torch.randn(n, centre.shape[1], generator=generator), alpha=scale)
    return z, decode(model, z)
'''),
    dict(name='sa_flat_noise_view', grade_id='samples_around', source=r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image.reshape(1, 1, 28, 28))[0]
    latent_dim = mu.numel()
    noise = torch.randn(n * latent_dim, generator=generator).view(n, latent_dim)
    z = mu.unsqueeze(0) + noise * scale
    return z, decode(model, z)
'''),
    dict(name='ip_outer_products', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps)
    return torch.outer(1 - t, z_start) + torch.outer(t, z_end)
'''),
    dict(name='ip_stack_loop', grade_id='interpolate', source=r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    path = []
    for k in range(steps):
        t = k / (steps - 1)
        path.append((1 - t) * z_start + t * z_end)
    return torch.stack(path)
'''),
    dict(name='sl_atan2_angle', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    a, b = z_start / z_start.norm(), z_end / z_end.norm()
    omega = 2 * torch.atan2((a - b).norm(), (a + b).norm())  # the angle, accurate near 0 and pi
    sin = torch.sin(omega)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / sin
'''),
    dict(name='sl_float64_cast_back', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    a, b = z_start.double(), z_end.double()  # arccos is inaccurate in float32
    cos = (a @ b / (a.norm() * b.norm())).clamp(-1.0, 1.0)
    omega = torch.arccos(cos)
    sin = torch.sin(omega)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps, dtype=torch.float64)[:, None]
    path = (torch.sin((1 - t) * omega) * a + torch.sin(t * omega) * b) / sin
    return path.to(torch.promote_types(z_start.dtype, z_end.dtype))
'''),
    dict(name='sl_sine_from_cosine', grade_id='slerp', source=r'''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-3
    """
    cos = ((z_start * z_end).sum() / (z_start.norm() * z_end.norm())).clamp(-1, 1)
    sin = torch.sqrt(1 - cos * cos)
    if sin < 1e-3:
        return interpolate(z_start, z_end, steps)
    omega = torch.acos(cos)
    t = torch.linspace(0, 1, steps).reshape(-1, 1)
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='am_total_variance', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(0)
    return mean, logvar.exp().mean(0) + mu.var(0, unbiased=False)
'''),
    dict(name='am_centred_sum', grade_id='aggregate_moments', source=r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    n = mu.shape[0]
    mean = mu.sum(dim=0) / n
    variance = (logvar.exp() + (mu - mean) ** 2).sum(dim=0) / n
    return mean, variance
'''),
]
