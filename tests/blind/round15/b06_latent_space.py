"""Blind round 15: mistakes and alternatives for notebook 06_latent_space."""

NOTEBOOK = '06_latent_space'

MISTAKES = [
    dict(name='no_eval_mode', grade_id='encode_means',
         source='''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    means = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            means.append(mu)
    return torch.cat(means)
'''),
    dict(name='no_torch_no_grad', grade_id='encode_means',
         source='''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    means = []
    for start in range(0, len(images), batch_size):
        mu, _ = model.encoder(images[start:start + batch_size])
        means.append(mu)
    return torch.cat(means)
'''),
    dict(name='detach_instead_of_no_grad', grade_id='encode_means',
         source='''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    means = []
    for start in range(0, len(images), batch_size):
        mu, _ = model.encoder(images[start:start + batch_size])
        means.append(mu.detach())
    return torch.cat(means)
'''),
    dict(name='samples_codes_instead_of_means', grade_id='encode_means',
         source='''def encode_means(model, images, batch_size=1000):
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
    dict(name='uses_model_forward', grade_id='encode_means',
         source='''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    means = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            _, mu, _ = model(images[start:start + batch_size])
            means.append(mu)
    return torch.cat(means)
'''),
    dict(name='drops_last_partial_batch', grade_id='encode_means',
         source='''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    means = []
    with torch.no_grad():
        for b in range(len(images) // batch_size):
            mu, _ = model.encoder(images[b * batch_size:(b + 1) * batch_size])
            means.append(mu)
    return torch.cat(means)
'''),
    dict(name='stack_instead_of_cat', grade_id='encode_means',
         source='''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    means = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            means.append(mu)
    return torch.stack(means)
'''),
    dict(name='keeps_logvar', grade_id='encode_means',
         source='''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    means = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            _, mu = model.encoder(images[start:start + batch_size])
            means.append(mu)
    return torch.cat(means)
'''),
    dict(name='default_batch_size_changed', grade_id='encode_means',
         source='''def encode_means(model, images, batch_size=256):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    means = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            means.append(mu)
    return torch.cat(means)
'''),
    dict(name='back_to_train_mode', grade_id='encode_means',
         source='''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    means = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            means.append(mu)
    model.train()
    return torch.cat(means)
'''),
    dict(name='ignores_batch_size', grade_id='encode_means',
         source='''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    with torch.no_grad():
        mu, _ = model.encoder(images)
    return mu
'''),
    dict(name='returns_numpy', grade_id='encode_means',
         source='''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    means = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            means.append(mu)
    return torch.cat(means).numpy()
'''),
    dict(name='z2_not_flipped', grade_id='latent_grid',
         source='''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n)
    z2, z1 = torch.meshgrid(values, values, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='column_major_order', grade_id='latent_grid',
         source='''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n)
    z1, z2 = torch.meshgrid(values, values.flip(0), indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='arange_excludes_high', grade_id='latent_grid',
         source='''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    h = (high - low) / (n - 1)
    values = torch.arange(low, high, h)
    z2, z1 = torch.meshgrid(values.flip(0), values, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='numpy_linspace_float64', grade_id='latent_grid',
         source='''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    import numpy as np
    values = torch.from_numpy(np.linspace(low, high, n))
    z2, z1 = torch.meshgrid(values.flip(0), values, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='step_divides_by_n', grade_id='latent_grid',
         source='''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    h = (high - low) / n
    rows = []
    for i in range(n):
        for j in range(n):
            rows.append([low + j * h, high - i * h])
    return torch.tensor(rows)
'''),
    dict(name='not_flattened', grade_id='latent_grid',
         source='''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n)
    z2, z1 = torch.meshgrid(values.flip(0), values, indexing="ij")
    return torch.stack([z1, z2], dim=-1)
'''),
    dict(name='hardcoded_range', grade_id='latent_grid',
         source='''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(-2.0, 2.0, n)
    z2, z1 = torch.meshgrid(values.flip(0), values, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='columns_z2_then_z1', grade_id='latent_grid',
         source='''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n)
    z2, z1 = torch.meshgrid(values.flip(0), values, indexing="ij")
    return torch.stack([z2.reshape(-1), z1.reshape(-1)], dim=1)
'''),
    dict(name='z2_negated_instead_of_flipped', grade_id='latent_grid',
         source='''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n)
    z2, z1 = torch.meshgrid(-values, values, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='z1_right_to_left', grade_id='latent_grid',
         source='''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n)
    z2, z1 = torch.meshgrid(values.flip(0), values.flip(0), indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name='cartesian_prod_unswapped', grade_id='latent_grid',
         source='''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n)
    return torch.cartesian_prod(values, values.flip(0))
'''),
    dict(name='python_loop_float64_tensor', grade_id='latent_grid',
         source='''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    h = (high - low) / (n - 1)
    grid = [[low + j * h, high - i * h] for i in range(n) for j in range(n)]
    return torch.tensor(grid, dtype=torch.float64)
'''),
    dict(name='returns_logits', grade_id='decode',
         source='''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        return model.decoder(z)
'''),
    dict(name='bernoulli_samples', grade_id='decode',
         source='''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        return torch.bernoulli(torch.sigmoid(model.decoder(z)))
'''),
    dict(name='decode_no_eval_mode', grade_id='decode',
         source='''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z))
'''),
    dict(name='decode_no_torch_no_grad', grade_id='decode',
         source='''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    return torch.sigmoid(model.decoder(z))
'''),
    dict(name='clamps_logits', grade_id='decode',
         source='''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        return model.decoder(z).clamp(0, 1)
'''),
    dict(name='rounds_probabilities', grade_id='decode',
         source='''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z)).round()
'''),
    dict(name='decode_back_to_train_mode', grade_id='decode',
         source='''def decode(model, z):
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
    dict(name='flattened_output', grade_id='decode',
         source='''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z)).reshape(len(z), -1)
'''),
    dict(name='global_rng_noise', grade_id='samples_around',
         source='''def samples_around(model, image, n, scale, generator):
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
    return z, decode(model, z)
'''),
    dict(name='scale_used_as_variance', grade_id='samples_around',
         source='''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + math.sqrt(scale) * noise
    return z, decode(model, z)
'''),
    dict(name='noise_shaped_like_mu', grade_id='samples_around',
         source='''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(mu.shape, generator=generator)
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='noise_drawn_row_by_row', grade_id='samples_around',
         source='''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.stack([torch.randn(mu.shape[1], generator=generator) for _ in range(n)])
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='scale_times_encoder_sigma', grade_id='samples_around',
         source='''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    model.eval()
    with torch.no_grad():
        mu, logvar = model.encoder(image.unsqueeze(0))
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * torch.exp(0.5 * logvar) * noise
    return z, decode(model, z)
'''),
    dict(name='returns_images_then_codes', grade_id='samples_around',
         source='''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * noise
    return decode(model, z), z
'''),
    dict(name='hardcoded_latent_dim_20', grade_id='samples_around',
         source='''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n, 20, generator=generator)
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='reseeds_generator', grade_id='samples_around',
         source='''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    generator.manual_seed(0)
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * noise
    return z, decode(model, z)
'''),
    dict(name='double_sigmoid', grade_id='samples_around',
         source='''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * noise
    return z, torch.sigmoid(decode(model, z))
'''),
    dict(name='noise_not_scaled', grade_id='samples_around',
         source='''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + noise
    return z, decode(model, z)
'''),
    dict(name='noise_divided_by_scale', grade_id='samples_around',
         source='''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + noise / scale
    return z, decode(model, z)
'''),
    dict(name='mean_code_prepended', grade_id='samples_around',
         source='''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n - 1, mu.shape[1], generator=generator)
    z = torch.cat([mu, mu + scale * noise])
    return z, decode(model, z)
'''),
    dict(name='t_excludes_end', grade_id='interpolate',
         source='''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = (torch.arange(steps) / steps).unsqueeze(1)
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='arange_step_rounding', grade_id='interpolate',
         source='''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    h = 1 / (steps - 1)
    t = torch.arange(0, 1 + h, h).unsqueeze(1)
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='path_reversed', grade_id='interpolate',
         source='''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return t * z_start + (1 - t) * z_end
'''),
    dict(name='numpy_t_float64', grade_id='interpolate',
         source='''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    import numpy as np
    t = torch.from_numpy(np.linspace(0, 1, steps)).unsqueeze(1)
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='forgot_to_subtract_start', grade_id='interpolate',
         source='''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return z_start + t * z_end
'''),
    dict(name='outer_products_transposed', grade_id='interpolate',
         source='''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps)
    return torch.outer(z_start, 1 - t) + torch.outer(z_end, t)
'''),
    dict(name='steps_plus_one_points', grade_id='interpolate',
         source='''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps + 1).unsqueeze(1)
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='interior_points_only', grade_id='interpolate',
         source='''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps + 2)[1:-1].unsqueeze(1)
    return (1 - t) * z_start + t * z_end
'''),
    dict(name='no_clamp_before_arccos', grade_id='slerp',
         source='''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-6
    """
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos)
    sin = torch.sin(omega)
    if sin < 1e-6:
        return interpolate(z_start, z_end, steps)
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='no_parallel_fallback', grade_id='slerp',
         source='''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-6
    """
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='cos_not_normalised', grade_id='slerp',
         source='''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-6
    """
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    cos = torch.dot(z_start, z_end)
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    if sin < 1e-6:
        return interpolate(z_start, z_end, steps)
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='weights_swapped', grade_id='slerp',
         source='''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-6
    """
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    if sin < 1e-6:
        return interpolate(z_start, z_end, steps)
    return torch.sin(t * omega) / sin * z_start + torch.sin((1 - t) * omega) / sin * z_end
'''),
    dict(name='slerp_t_excludes_end', grade_id='slerp',
         source='''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-6
    """
    t = (torch.arange(steps) / steps).unsqueeze(1)
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    if sin < 1e-6:
        return interpolate(z_start, z_end, steps)
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='interpolates_unit_vectors', grade_id='slerp',
         source='''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-6
    """
    a = z_start / z_start.norm()
    b = z_end / z_end.norm()
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    omega = torch.arccos(torch.dot(a, b).clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    if sin < 1e-6:
        return interpolate(z_start, z_end, steps)
    return torch.sin((1 - t) * omega) / sin * a + torch.sin(t * omega) / sin * b
'''),
    dict(name='normalises_arguments_in_place', grade_id='slerp',
         source='''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-6
    """
    z_start /= z_start.norm()
    z_end /= z_end.norm()
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    omega = torch.arccos(torch.dot(z_start, z_end).clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    if sin < 1e-6:
        return interpolate(z_start, z_end, steps)
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='fallback_only_for_same_direction', grade_id='slerp',
         source='''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-6
    """
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    if cos > 1 - 1e-6:
        return interpolate(z_start, z_end, steps)
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='fallback_repeats_start', grade_id='slerp',
         source='''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-6
    """
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    if sin < 1e-6:
        return z_start.repeat(steps, 1)
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='nan_to_num_instead_of_fallback', grade_id='slerp',
         source='''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-6
    """
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    path = torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
    return torch.nan_to_num(path)
'''),
    dict(name='no_division_by_sin', grade_id='slerp',
         source='''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-6
    """
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    if sin < 1e-6:
        return interpolate(z_start, z_end, steps)
    return torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end
'''),
    dict(name='angle_in_degrees', grade_id='slerp',
         source='''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-6
    """
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.rad2deg(torch.arccos(cos.clamp(-1.0, 1.0)))
    sin = torch.sin(omega)
    if sin < 1e-6:
        return interpolate(z_start, z_end, steps)
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''),
    dict(name='divides_by_cos_not_sin', grade_id='slerp',
         source='''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-6
    """
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    if sin < 1e-6:
        return interpolate(z_start, z_end, steps)
    return torch.sin((1 - t) * omega) / cos * z_start + torch.sin(t * omega) / cos * z_end
'''),
    dict(name='variance_of_means_only', grade_id='aggregate_moments',
         source='''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    return mu.mean(dim=0), mu.var(dim=0, unbiased=False)
'''),
    dict(name='unbiased_variance_of_means', grade_id='aggregate_moments',
         source='''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    return mu.mean(dim=0), mu.var(dim=0) + logvar.exp().mean(dim=0)
'''),
    dict(name='sigma_instead_of_variance', grade_id='aggregate_moments',
         source='''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(dim=0)
    variance = (torch.exp(0.5 * logvar) + mu ** 2).mean(dim=0) - mean ** 2
    return mean, variance
'''),
    dict(name='averaged_over_latent_dims', grade_id='aggregate_moments',
         source='''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(dim=1)
    variance = (logvar.exp() + mu ** 2).mean(dim=1) - mean ** 2
    return mean, variance
'''),
    dict(name='mean_squared_not_subtracted', grade_id='aggregate_moments',
         source='''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    return mu.mean(dim=0), (logvar.exp() + mu ** 2).mean(dim=0)
'''),
    dict(name='logvar_used_as_variance', grade_id='aggregate_moments',
         source='''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(dim=0)
    variance = (logvar + mu ** 2).mean(dim=0) - mean ** 2
    return mean, variance
'''),
    dict(name='returns_standard_deviation', grade_id='aggregate_moments',
         source='''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(dim=0)
    variance = (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2
    return mean, variance.sqrt()
'''),
    dict(name='float64_accumulation', grade_id='aggregate_moments',
         source='''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mu, logvar = mu.double(), logvar.double()
    mean = mu.mean(dim=0)
    variance = (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2
    return mean, variance
'''),
    dict(name='exp_in_place_on_logvar', grade_id='aggregate_moments',
         source='''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(dim=0)
    variance = (logvar.exp_() + mu ** 2).mean(dim=0) - mean ** 2
    return mean, variance
'''),
    dict(name='scalar_means_over_everything', grade_id='aggregate_moments',
         source='''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean()
    variance = (logvar.exp() + mu ** 2).mean() - mean ** 2
    return mean, variance
'''),
    dict(name='returns_variance_then_mean', grade_id='aggregate_moments',
         source='''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(dim=0)
    variance = (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2
    return variance, mean
'''),
    dict(name='var_mean_default_correction', grade_id='aggregate_moments',
         source='''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    spread, mean = torch.var_mean(mu, dim=0)
    return mean, spread + logvar.exp().mean(dim=0)
'''),
    dict(name='mean_of_variances_plus_squared_mean', grade_id='aggregate_moments',
         source='''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(dim=0)
    variance = logvar.exp().mean(dim=0) + mean ** 2
    return mean, variance
'''),
]

ALTERNATIVES = [
    dict(name='alt_encode_split_list', grade_id='encode_means',
         source='''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    with torch.no_grad():
        return torch.cat([model.encoder(batch)[0] for batch in torch.split(images, batch_size)], dim=0)
'''),
    dict(name='alt_latent_grid_cartesian_flip', grade_id='latent_grid',
         source='''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n)
    return torch.cartesian_prod(values.flip(0), values).flip(1)
'''),
    dict(name='alt_latent_grid_arange_formula', grade_id='latent_grid',
         source='''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    h = (high - low) / (n - 1)
    index = torch.arange(n * n)
    i, j = index // n, index % n
    return torch.stack([low + j * h, high - i * h], dim=1).float()
'''),
    dict(name='alt_decode_method_sigmoid', grade_id='decode',
         source='''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        logits = model.decoder(z)
    return logits.sigmoid()
'''),
    dict(name='alt_samples_around_torch_normal', grade_id='samples_around',
         source='''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image[None])[0]
    z = torch.normal(mu.expand(n, -1), scale, generator=generator)
    return z, decode(model, z)
'''),
    dict(name='alt_interpolate_lerp', grade_id='interpolate',
         source='''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.lerp(z_start.expand(steps, -1), z_end.expand(steps, -1), t)
'''),
    dict(name='alt_slerp_cosine_similarity', grade_id='slerp',
         source='''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-6
    """
    import torch.nn.functional as F
    cos = F.cosine_similarity(z_start, z_end, dim=0).clamp(-1, 1)
    omega = torch.acos(cos)
    if torch.sin(omega).item() < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).reshape(-1, 1)
    weights_start = torch.sin((1 - t) * omega) / torch.sin(omega)
    weights_end = torch.sin(t * omega) / torch.sin(omega)
    return weights_start * z_start[None, :] + weights_end * z_end[None, :]
'''),
    dict(name='alt_aggregate_two_pass', grade_id='aggregate_moments',
         source='''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.sum(dim=0) / mu.shape[0]
    variance = (torch.exp(logvar) + (mu - mean) ** 2).sum(dim=0) / mu.shape[0]
    return mean, variance
'''),
]
