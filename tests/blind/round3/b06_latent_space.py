NOTEBOOK = "06_latent_space"

_EM = '''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
'''
_LG = '''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
'''
_DE = '''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
'''
_SA = '''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
'''
_IN = '''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
'''
_SL = '''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-6
    """
'''
_AM = '''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
'''

_EM_OK = '''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    return torch.cat(codes)
'''
_SA_OK = '''    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * noise
    return z, decode(model, z)
'''
_SL_OK = '''    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    if torch.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''

MISTAKES = [
    # encode_means
    dict(name="forgets model.eval()", grade_id="encode_means",
         source=_EM + _EM_OK.replace("    model.eval()\n", "")),
    dict(name="no torch.no_grad(): codes require gradients", grade_id="encode_means",
         source=_EM + '''    model.eval()
    codes = []
    for start in range(0, len(images), batch_size):
        mu, _ = model.encoder(images[start:start + batch_size])
        codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name="detach instead of no_grad (graph still built)", grade_id="encode_means",
         source=_EM + '''    model.eval()
    codes = []
    for start in range(0, len(images), batch_size):
        mu, _ = model.encoder(images[start:start + batch_size])
        codes.append(mu.detach())
    return torch.cat(codes)
'''),
    dict(name="samples z = mu + sigma * eps instead of keeping mu", grade_id="encode_means",
         source=_EM + '''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, logvar = model.encoder(images[start:start + batch_size])
            codes.append(mu + torch.exp(0.5 * logvar) * torch.randn_like(mu))
    return torch.cat(codes)
'''),
    dict(name="drops the last partial batch", grade_id="encode_means",
         source=_EM + _EM_OK.replace("range(0, len(images), batch_size)", "range(0, len(images) - batch_size + 1, batch_size)")),
    dict(name="keeps logvar instead of mu", grade_id="encode_means",
         source=_EM + _EM_OK.replace("mu, _ = model.encoder", "_, mu = model.encoder")),
    dict(name="ignores batch_size (one batch of everything)", grade_id="encode_means",
         source=_EM + "    model.eval()\n    with torch.no_grad():\n        mu, _ = model.encoder(images)\n    return mu\n"),
    dict(name="uses model(x)[1] (the VAE's mu output); breaks on autoencoders", grade_id="encode_means",
         source=_EM + '''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            codes.append(model(images[start:start + batch_size])[1])
    return torch.cat(codes)
'''),
    # latent_grid
    dict(name="z2 grows downwards (low at the top)", grade_id="latent_grid",
         source=_LG + "    values = torch.linspace(low, high, n)\n    z2, z1 = torch.meshgrid(values, values, indexing='ij')\n    return torch.stack([z1.flatten(), z2.flatten()], dim=1)\n"),
    dict(name="column-major order (z1 varies along rows)", grade_id="latent_grid",
         source=_LG + "    xs = torch.linspace(low, high, n)\n    ys = torch.linspace(high, low, n)\n    z1, z2 = torch.meshgrid(xs, ys, indexing='ij')\n    return torch.stack([z1.flatten(), z2.flatten()], dim=1)\n"),
    dict(name="h = (high - low) / n: right end excluded", grade_id="latent_grid",
         source=_LG + "    h = (high - low) / n\n    points = [[low + j * h, high - i * h] for i in range(n) for j in range(n)]\n    return torch.tensor(points, dtype=torch.float32)\n"),
    dict(name="coordinates swapped (z2, z1)", grade_id="latent_grid",
         source=_LG + "    xs = torch.linspace(low, high, n)\n    ys = torch.linspace(high, low, n)\n    z2, z1 = torch.meshgrid(ys, xs, indexing='ij')\n    return torch.stack([z2.flatten(), z1.flatten()], dim=1)\n"),
    dict(name="float64 grid from numpy", grade_id="latent_grid",
         source=_LG + "    import numpy as np\n    xs = np.linspace(low, high, n)\n    ys = np.linspace(high, low, n)\n    z1, z2 = np.meshgrid(xs, ys)\n    return torch.from_numpy(np.stack([z1.ravel(), z2.ravel()], axis=1))\n"),
    dict(name="xy meshgrid with ascending z2 (bottom row first)", grade_id="latent_grid",
         source=_LG + "    values = torch.linspace(low, high, n)\n    z1, z2 = torch.meshgrid(values, values, indexing='xy')\n    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)\n"),
    # decode
    dict(name="returns the logits", grade_id="decode",
         source=_DE + "    model.eval()\n    with torch.no_grad():\n        return model.decoder(z)\n"),
    dict(name="no eval mode", grade_id="decode",
         source=_DE + "    with torch.no_grad():\n        return torch.sigmoid(model.decoder(z))\n"),
    dict(name="no torch.no_grad()", grade_id="decode",
         source=_DE + "    model.eval()\n    return torch.sigmoid(model.decoder(z))\n"),
    dict(name="Bernoulli samples instead of means", grade_id="decode",
         source=_DE + "    model.eval()\n    with torch.no_grad():\n        return torch.bernoulli(torch.sigmoid(model.decoder(z)))\n"),
    dict(name="clamps logits to [0, 1] instead of sigmoid", grade_id="decode",
         source=_DE + "    model.eval()\n    with torch.no_grad():\n        return model.decoder(z).clamp(0, 1)\n"),
    dict(name="softmax over pixels", grade_id="decode",
         source=_DE + "    model.eval()\n    with torch.no_grad():\n        logits = model.decoder(z)\n        return torch.softmax(logits.flatten(1), 1).reshape(logits.shape)\n"),
    # samples_around
    dict(name="noise drawn without the generator", grade_id="samples_around",
         source=_SA + _SA_OK.replace("torch.randn(n, mu.shape[1], generator=generator)", "torch.randn(n, mu.shape[1])")),
    dict(name="noise drawn as (latent_dim, n) and transposed", grade_id="samples_around",
         source=_SA + _SA_OK.replace("torch.randn(n, mu.shape[1], generator=generator)", "torch.randn(mu.shape[1], n, generator=generator).T")),
    dict(name="scale used as a variance (sqrt)", grade_id="samples_around",
         source=_SA + _SA_OK.replace("z = mu + scale * noise", "z = mu + math.sqrt(scale) * noise")),
    dict(name="noise scaled by the encoder's sigma too", grade_id="samples_around",
         source=_SA + '''    model.eval()
    with torch.no_grad():
        mu, logvar = model.encoder(image.unsqueeze(0))
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * torch.exp(0.5 * logvar) * noise
    return z, decode(model, z)
'''),
    dict(name="uniform noise", grade_id="samples_around",
         source=_SA + _SA_OK.replace("torch.randn(n, mu.shape[1], generator=generator)", "torch.rand(n, mu.shape[1], generator=generator)")),
    dict(name="returns mu repeated as codes (noise only in the images)", grade_id="samples_around",
         source=_SA + '''    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * noise
    return mu.expand(n, -1), decode(model, z)
'''),
    # interpolate
    dict(name="t = k / steps: end not reached", grade_id="interpolate",
         source=_IN + "    t = (torch.arange(steps) / steps)[:, None]\n    return (1 - t) * z_start + t * z_end\n"),
    dict(name="ends swapped (path runs backwards)", grade_id="interpolate",
         source=_IN + "    t = torch.linspace(0, 1, steps)[:, None]\n    return t * z_start + (1 - t) * z_end\n"),
    dict(name="steps + 1 points with the last dropped", grade_id="interpolate",
         source=_IN + "    t = torch.linspace(0, 1, steps + 1)[:-1, None]\n    return (1 - t) * z_start + t * z_end\n"),
    dict(name="t squared (not equally spaced)", grade_id="interpolate",
         source=_IN + "    t = torch.linspace(0, 1, steps)[:, None] ** 2\n    return (1 - t) * z_start + t * z_end\n"),
    dict(name="midpoint-style: t from 1/(S+1) to S/(S+1), ends excluded", grade_id="interpolate",
         source=_IN + "    t = torch.linspace(0, 1, steps + 2)[1:-1, None]\n    return (1 - t) * z_start + t * z_end\n"),
    # slerp
    dict(name="no clamp of cos before arccos", grade_id="slerp",
         source=_SL + _SL_OK.replace("cos.clamp(-1.0, 1.0)", "cos")),
    dict(name="tests omega < 1e-6 instead of sin: opposite codes divide by ~0", grade_id="slerp",
         source=_SL + _SL_OK.replace("if torch.sin(omega) < 1e-6:", "if omega < 1e-6:")),
    dict(name="angle from the raw dot product (not normalised)", grade_id="slerp",
         source=_SL + _SL_OK.replace("cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())", "cos = torch.dot(z_start, z_end)")),
    dict(name="coefficients swapped", grade_id="slerp",
         source=_SL + _SL_OK.replace("(torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end)", "(torch.sin(t * omega) * z_start + torch.sin((1 - t) * omega) * z_end)")),
    dict(name="slerps the unit vectors and forgets the norms", grade_id="slerp",
         source=_SL + '''    a, b = z_start / z_start.norm(), z_end / z_end.norm()
    omega = torch.arccos(torch.dot(a, b).clamp(-1.0, 1.0))
    if torch.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * a + torch.sin(t * omega) * b) / torch.sin(omega)
'''),
    dict(name="t excludes the end (arange / steps)", grade_id="slerp",
         source=_SL + _SL_OK.replace("torch.linspace(0, 1, steps)[:, None]", "(torch.arange(steps) / steps)[:, None]")),
    # aggregate_moments
    dict(name="variance of the means only", grade_id="aggregate_moments",
         source=_AM + "    return mu.mean(0), mu.var(0, unbiased=False)\n"),
    dict(name="unbiased (N-1) variance of the means plus average sigma^2", grade_id="aggregate_moments",
         source=_AM + "    return mu.mean(0), mu.var(0) + logvar.exp().mean(0)\n"),
    dict(name="sigma instead of sigma^2", grade_id="aggregate_moments",
         source=_AM + "    mean = mu.mean(0)\n    return mean, (torch.exp(0.5 * logvar) + mu ** 2).mean(0) - mean ** 2\n"),
    dict(name="logvar used as the variance", grade_id="aggregate_moments",
         source=_AM + "    mean = mu.mean(0)\n    return mean, (logvar + mu ** 2).mean(0) - mean ** 2\n"),
    dict(name="forgets to subtract mean^2", grade_id="aggregate_moments",
         source=_AM + "    return mu.mean(0), (logvar.exp() + mu ** 2).mean(0)\n"),
    dict(name="averages over the latent dimensions (dim 1)", grade_id="aggregate_moments",
         source=_AM + "    mean = mu.mean(1)\n    return mean, (logvar.exp() + mu ** 2).mean(1) - mean ** 2\n"),
    dict(name="average sigma^2 only (ignores the spread of the means)", grade_id="aggregate_moments",
         source=_AM + "    return mu.mean(0), logvar.exp().mean(0)\n"),
]

ALTERNATIVES = [
    dict(name="split + list comprehension", grade_id="encode_means",
         source=_EM + "    model.eval()\n    with torch.no_grad():\n        return torch.cat([model.encoder(batch)[0] for batch in images.split(batch_size)], dim=0)\n"),
    dict(name="meshgrid over descending z2 and ascending z1", grade_id="latent_grid",
         source=_LG + "    z1 = torch.linspace(low, high, n)\n    z2 = torch.linspace(high, low, n)\n    rows, cols = torch.meshgrid(z2, z1, indexing='ij')\n    return torch.stack([cols.reshape(-1), rows.reshape(-1)], dim=-1)\n"),
    dict(name="explicit formula with arange", grade_id="latent_grid",
         source=_LG + "    h = (high - low) / (n - 1)\n    k = torch.arange(n * n)\n    i, j = k // n, k % n\n    return torch.stack([low + j * h, high - i * h], dim=1).float()\n"),
    dict(name="cartesian_prod then flip", grade_id="latent_grid",
         source=_LG + "    return torch.cartesian_prod(torch.linspace(high, low, n), torch.linspace(low, high, n)).flip(1).contiguous()\n"),
    dict(name="Tensor.sigmoid", grade_id="decode",
         source=_DE + "    model.eval()\n    with torch.no_grad():\n        logits = model.decoder(z)\n    return logits.sigmoid()\n"),
    dict(name="latent dim from model, image[None], expand", grade_id="samples_around",
         source=_SA + "    mu = encode_means(model, image[None])[0]\n    noise = torch.randn(n, mu.numel(), generator=generator)\n    z = mu.expand(n, -1) + noise * scale\n    images = decode(model, z)\n    return z, images\n"),
    dict(name="torch.lerp with column t", grade_id="interpolate",
         source=_IN + "    t = torch.linspace(0.0, 1.0, steps).unsqueeze(1)\n    return torch.lerp(z_start.expand(steps, -1), z_end.expand(steps, -1), t)\n"),
    dict(name="start + t * (end - start)", grade_id="interpolate",
         source=_IN + "    t = torch.arange(steps, dtype=z_start.dtype) / (steps - 1)\n    return z_start[None, :] + t[:, None] * (z_end - z_start)[None, :]\n"),
    dict(name="cosine_similarity + math functions", grade_id="slerp",
         source=_SL + '''    cos = torch.nn.functional.cosine_similarity(z_start, z_end, dim=0, eps=1e-30).clamp(-1, 1)
    omega = torch.acos(cos)
    sin_omega = torch.sin(omega)
    if sin_omega.item() < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).unsqueeze(-1)
    return torch.sin((1 - t) * omega) / sin_omega * z_start + torch.sin(t * omega) / sin_omega * z_end
'''),
    dict(name="biased var of mu plus mean sigma^2", grade_id="aggregate_moments",
         source=_AM + "    mean = mu.mean(dim=0)\n    variance = mu.var(dim=0, unbiased=False) + logvar.exp().mean(dim=0)\n    return mean, variance\n"),
]
