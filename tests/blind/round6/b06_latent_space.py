"""Blind round 6: wrong and alternative answers for notebook 06_latent_space."""

NOTEBOOK = "06_latent_space"


def swap(base, old, new):
    assert base.count(old) == 1, (old, base)
    return base.replace(old, new)


ENCODE = '''def encode_means(model, images, batch_size=1000):
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
            codes.append(mu)
    return torch.cat(codes)
'''

GRID = '''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n)
    z1 = values.repeat(n)
    z2 = values.flip(0).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)
'''

DECODE = '''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        logits = model.decoder(z)
    return torch.sigmoid(logits)
'''

AROUND = '''def samples_around(model, image, n, scale, generator):
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
    return z, decode(model, z)
'''

INTERP = '''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps)[:, None]
    return (1 - t) * z_start + t * z_end
'''

SLERP = '''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-6
    """
    cos_omega = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos_omega.clamp(-1.0, 1.0))
    sin_omega = torch.sin(omega)
    if sin_omega < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) / sin_omega * z_start + torch.sin(t * omega) / sin_omega * z_end
'''

MOMENTS = '''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(dim=0)
    variance = (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2
    return mean, variance
'''

MISTAKES = [
    # ---- encode_means
    dict(name="never switches the model to eval mode", grade_id="encode_means",
         source=swap(ENCODE, "    model.eval()\n", "")),
    dict(name="no torch.no_grad(): the codes carry a graph", grade_id="encode_means",
         source=swap(ENCODE, "    with torch.no_grad():\n        for start", "    if True:\n        for start")),
    dict(name="keeps the log-variance (second output) instead of the mean", grade_id="encode_means",
         source=swap(ENCODE, "mu, logvar = model.encoder(", "logvar, mu = model.encoder(")),
    dict(name="returns a sample mu + sigma * eps instead of the mean", grade_id="encode_means",
         source=swap(ENCODE, "codes.append(mu)", "codes.append(mu + torch.exp(0.5 * logvar) * torch.randn_like(mu))")),
    dict(name="skips the last incomplete batch", grade_id="encode_means",
         source=swap(ENCODE, "for start in range(0, len(images), batch_size):",
                     "for start in range(0, len(images) - batch_size + 1, batch_size):")),
    dict(name="uses model(x)[1] (only works for the VAE's forward)", grade_id="encode_means",
         source=swap(ENCODE, "mu, logvar = model.encoder(images[start:start + batch_size])",
                     "_, mu, logvar = model(images[start:start + batch_size])")),
    dict(name="concatenates the batches along dimension 1", grade_id="encode_means",
         source=swap(ENCODE, "return torch.cat(codes)", "return torch.cat(codes, dim=1)")),
    dict(name="detaches each batch instead of switching gradients off", grade_id="encode_means",
         source=swap(swap(ENCODE, "    with torch.no_grad():\n        for start", "    if True:\n        for start"),
                     "codes.append(mu)", "codes.append(mu.detach())")),
    # ---- latent_grid
    dict(name="z2 grows downwards: the top row has the smallest z2", grade_id="latent_grid",
         source=swap(GRID, "values.flip(0).repeat_interleave(n)", "values.repeat_interleave(n)")),
    dict(name="columns swapped: (z2, z1)", grade_id="latent_grid",
         source=swap(GRID, "torch.stack([z1, z2], dim=1)", "torch.stack([z2, z1], dim=1)")),
    dict(name="column-major order (z2 varies fastest)", grade_id="latent_grid",
         source=swap(swap(GRID, "z1 = values.repeat(n)", "z1 = values.repeat_interleave(n)"),
                     "z2 = values.flip(0).repeat_interleave(n)", "z2 = values.flip(0).repeat(n)")),
    dict(name="step h = (high - low) / n: the grid stops short of high", grade_id="latent_grid",
         source=swap(GRID, "values = torch.linspace(low, high, n)", "values = low + torch.arange(n) * (high - low) / n")),
    dict(name="built with numpy: float64 codes", grade_id="latent_grid",
         source=swap(GRID, "values = torch.linspace(low, high, n)",
                     "import numpy as np\n    values = torch.from_numpy(np.linspace(low, high, n))")),
    dict(name="ignores low and high (always [-2, 2])", grade_id="latent_grid",
         source=swap(GRID, "torch.linspace(low, high, n)", "torch.linspace(-2.0, 2.0, n)")),
    # ---- decode
    dict(name="returns the logits (no sigmoid)", grade_id="decode",
         source=swap(DECODE, "return torch.sigmoid(logits)", "return logits")),
    dict(name="decode never switches the model to eval mode", grade_id="decode",
         source=swap(DECODE, "    model.eval()\n", "")),
    dict(name="decode without torch.no_grad()", grade_id="decode",
         source=swap(DECODE, "    with torch.no_grad():\n        logits = model.decoder(z)", "    logits = model.decoder(z)")),
    dict(name="returns a Bernoulli draw of the pixels instead of their means", grade_id="decode",
         source=swap(DECODE, "return torch.sigmoid(logits)", "return torch.bernoulli(torch.sigmoid(logits))")),
    dict(name="clamps the logits to [0, 1] instead of applying the sigmoid", grade_id="decode",
         source=swap(DECODE, "return torch.sigmoid(logits)", "return logits.clamp(0.0, 1.0)")),
    # ---- samples_around
    dict(name="draws the noise with the global RNG, ignoring the generator", grade_id="samples_around",
         source=swap(AROUND, "torch.randn(n, mu.shape[1], generator=generator)", "torch.randn(n, mu.shape[1])")),
    dict(name="draws the noise one code at a time (other numbers than the single draw)", grade_id="samples_around",
         source=swap(AROUND, "noise = torch.randn(n, mu.shape[1], generator=generator)",
                     "noise = torch.cat([torch.randn(1, mu.shape[1], generator=generator) for _ in range(n)])")),
    dict(name="treats scale as a variance (multiplies by sqrt(scale))", grade_id="samples_around",
         source=swap(AROUND, "z = mu + scale * noise", "z = mu + scale ** 0.5 * noise")),
    dict(name="multiplies the noise by the encoder's sigma as well as by scale", grade_id="samples_around",
         source=swap(AROUND, "    mu = encode_means(model, image[None])\n",
                     "    model.eval()\n    with torch.no_grad():\n        mu, logvar = model.encoder(image[None])\n").replace(
                         "z = mu + scale * noise", "z = mu + scale * torch.exp(0.5 * logvar) * noise")),
    dict(name="hard-codes a latent size of 20", grade_id="samples_around",
         source=swap(AROUND, "torch.randn(n, mu.shape[1], generator=generator)", "torch.randn(n, 20, generator=generator)")),
    dict(name="noise drawn as (latent_dim, n) and transposed", grade_id="samples_around",
         source=swap(AROUND, "torch.randn(n, mu.shape[1], generator=generator)", "torch.randn(mu.shape[1], n, generator=generator).T")),
    # ---- interpolate
    dict(name="t = k / steps: the path stops before z_end", grade_id="interpolate",
         source=swap(INTERP, "t = torch.linspace(0, 1, steps)[:, None]", "t = (torch.arange(steps) / steps)[:, None]")),
    dict(name="path runs from z_end to z_start", grade_id="interpolate",
         source=swap(INTERP, "return (1 - t) * z_start + t * z_end", "return t * z_start + (1 - t) * z_end")),
    dict(name="stacks the codes as columns: (latent_dim, steps)", grade_id="interpolate",
         source=swap(INTERP, "    t = torch.linspace(0, 1, steps)[:, None]\n    return (1 - t) * z_start + t * z_end",
                     "    ts = torch.linspace(0, 1, steps)\n    return torch.stack([(1 - t) * z_start + t * z_end for t in ts], dim=1)")),
    dict(name="t from numpy linspace: the path comes out float64", grade_id="interpolate",
         source=swap(INTERP, "t = torch.linspace(0, 1, steps)[:, None]",
                     "import numpy as np\n    t = torch.from_numpy(np.linspace(0, 1, steps))[:, None]")),
    # ---- slerp
    dict(name="no clamp before arccos (NaN when rounding pushes cos above 1)", grade_id="slerp",
         source=swap(SLERP, "torch.arccos(cos_omega.clamp(-1.0, 1.0))", "torch.arccos(cos_omega)")),
    dict(name="no fallback for parallel codes (division by sin W = 0)", grade_id="slerp",
         source=swap(SLERP, "    if sin_omega < 1e-6:\n        return interpolate(z_start, z_end, steps)\n", "")),
    dict(name="fallback only when the angle is ~0 (opposite codes not handled)", grade_id="slerp",
         source=swap(SLERP, "if sin_omega < 1e-6:", "if omega < 1e-6:")),
    dict(name="cos W without dividing by the norms", grade_id="slerp",
         source=swap(SLERP, "cos_omega = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())",
                     "cos_omega = torch.dot(z_start, z_end)")),
    dict(name="interpolates the normalised codes (path on the unit sphere)", grade_id="slerp",
         source=swap(SLERP, "    cos_omega = torch.dot(z_start, z_end)",
                     "    z_start, z_end = z_start / z_start.norm(), z_end / z_end.norm()\n    cos_omega = torch.dot(z_start, z_end)")),
    dict(name="t_k = k / S (the great circle stops before z_end)", grade_id="slerp",
         source=swap(SLERP, "t = torch.linspace(0, 1, steps)[:, None]", "t = (torch.arange(steps) / steps)[:, None]")),
    # ---- aggregate_moments
    dict(name="variance of the means only (ignores sigma^2)", grade_id="aggregate_moments",
         source=swap(MOMENTS, "variance = (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2",
                     "variance = mu.var(dim=0, unbiased=False)")),
    dict(name="uses sigma instead of sigma^2", grade_id="aggregate_moments",
         source=swap(MOMENTS, "logvar.exp()", "torch.exp(0.5 * logvar)")),
    dict(name="unbiased variance of the means (N - 1) plus the average sigma^2", grade_id="aggregate_moments",
         source=swap(MOMENTS, "variance = (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2",
                     "variance = logvar.exp().mean(dim=0) + mu.var(dim=0)")),
    dict(name="forgets to subtract mean^2", grade_id="aggregate_moments",
         source=swap(MOMENTS, ".mean(dim=0) - mean ** 2", ".mean(dim=0)")),
    dict(name="averages over the latent dimensions (dim=1)", grade_id="aggregate_moments",
         source=swap(swap(MOMENTS, "mean = mu.mean(dim=0)", "mean = mu.mean(dim=1)"),
                     "(logvar.exp() + mu ** 2).mean(dim=0)", "(logvar.exp() + mu ** 2).mean(dim=1)")),
    dict(name="adds logvar itself as if it were the variance", grade_id="aggregate_moments",
         source=swap(MOMENTS, "(logvar.exp() + mu ** 2)", "(logvar + mu ** 2)")),
]

ALTERNATIVES = [
    dict(name="encode_means with images.split and a list comprehension under no_grad", grade_id="encode_means",
         source='''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    model.eval()
    with torch.no_grad():
        return torch.cat([model.encoder(batch)[0] for batch in images.split(batch_size)], dim=0)
'''),
    dict(name="latent_grid with torch.meshgrid(indexing='ij')", grade_id="latent_grid",
         source=swap(GRID, "    values = torch.linspace(low, high, n)\n    z1 = values.repeat(n)\n"
                     "    z2 = values.flip(0).repeat_interleave(n)\n    return torch.stack([z1, z2], dim=1)",
                     "    rows, columns = torch.meshgrid(torch.linspace(high, low, n), torch.linspace(low, high, n), indexing='ij')\n"
                     "    return torch.stack([columns.reshape(-1), rows.reshape(-1)], dim=-1)")),
    dict(name="latent_grid with explicit loops and the formula low + j h, high - i h", grade_id="latent_grid",
         source=swap(GRID, "    values = torch.linspace(low, high, n)\n    z1 = values.repeat(n)\n"
                     "    z2 = values.flip(0).repeat_interleave(n)\n    return torch.stack([z1, z2], dim=1)",
                     "    h = (high - low) / (n - 1)\n"
                     "    points = [[low + j * h, high - i * h] for i in range(n) for j in range(n)]\n"
                     "    return torch.tensor(points, dtype=torch.float32)")),
    dict(name="decode with model.train(False), torch.set_grad_enabled(False) and .sigmoid()", grade_id="decode",
         source='''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.train(False)
    with torch.set_grad_enabled(False):
        return model.decoder(z).sigmoid()
'''),
    dict(name="samples_around with unsqueeze(0), the latent size read from the codes, and torch.add(alpha=scale)",
         grade_id="samples_around",
         source=swap(AROUND, "    mu = encode_means(model, image[None])\n    noise = torch.randn(n, mu.shape[1], generator=generator)\n"
                     "    z = mu + scale * noise\n",
                     "    mu = encode_means(model, image.unsqueeze(0))\n    latent_dim = mu.shape[-1]\n"
                     "    noise = torch.randn(n, latent_dim, generator=generator)\n"
                     "    z = torch.add(mu.expand(n, latent_dim), noise, alpha=scale)\n")),
    dict(name="interpolate with torch.lerp", grade_id="interpolate",
         source=swap(INTERP, "    t = torch.linspace(0, 1, steps)[:, None]\n    return (1 - t) * z_start + t * z_end",
                     "    t = torch.linspace(0.0, 1.0, steps).unsqueeze(1)\n    return torch.lerp(z_start.expand(steps, -1), z_end.expand(steps, -1), t)")),
    dict(name="slerp with sin W from sqrt(1 - cos^2) and weights computed as a (S, 2) matrix", grade_id="slerp",
         source='''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-6
    """
    cos_omega = (torch.nn.functional.normalize(z_start, dim=0) * torch.nn.functional.normalize(z_end, dim=0)).sum()
    cos_omega = torch.clamp(cos_omega, min=-1.0, max=1.0)
    sin_omega = torch.sqrt(1.0 - cos_omega ** 2)
    if sin_omega.item() < 1e-6:
        return interpolate(z_start, z_end, steps)
    omega = torch.atan2(sin_omega, cos_omega)
    t = torch.linspace(0, 1, steps)
    weights = torch.stack([torch.sin((1 - t) * omega), torch.sin(t * omega)], dim=1) / sin_omega
    return weights @ torch.stack([z_start, z_end])
'''),
    dict(name="aggregate_moments by the law of total variance (mean of sigma^2 + population variance of mu)",
         grade_id="aggregate_moments",
         source=swap(MOMENTS, "    mean = mu.mean(dim=0)\n    variance = (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2\n",
                     "    spread, mean = torch.var_mean(mu, dim=0, correction=0)\n    variance = logvar.exp().mean(dim=0) + spread\n")),
]
