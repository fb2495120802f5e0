"""Blind round 12: wrong and alternative answers for 06_latent_space."""

NOTEBOOK = "06_latent_space"


def _variant(base, old, new, count=1):
    found = base.count(old)
    if found != count:
        raise ValueError(f"expected {count} occurrence(s) of {old!r}, found {found}")
    return base.replace(old, new)


def _make(items):
    out = []
    for item in items:
        if len(item) == 3:
            name, gid, source = item
        else:
            name, gid, old, new, *rest = item
            source = _variant(BASE[gid], old, new, *rest)
        out.append(dict(name=name, grade_id=gid, source=source))
    return out


BASE = {}

BASE["encode_means"] = r'''def encode_means(model, images, batch_size=1000):
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
'''

BASE["latent_grid"] = r'''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n)
    z1 = values.repeat(n)
    z2 = values.flip(0).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)
'''

BASE["decode"] = r'''def decode(model, z):
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

BASE["samples_around"] = r'''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image[None])
    latent_dim = mu.shape[1]
    noise = torch.randn(n, latent_dim, generator=generator)
    z = mu + scale * noise
    return z, decode(model, z)
'''

BASE["interpolate"] = r'''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps)[:, None]
    return (1 - t) * z_start + t * z_end
'''

BASE["slerp"] = r'''def slerp(z_start, z_end, steps):
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

BASE["aggregate_moments"] = r'''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(dim=0)
    second_moment = (torch.exp(logvar) + mu ** 2).mean(dim=0)
    variance = second_moment - mean ** 2
    return mean, variance
'''

_E, _G, _D, _S, _I, _L, _A = ("encode_means", "latent_grid", "decode", "samples_around", "interpolate", "slerp",
                              "aggregate_moments")

MISTAKES = _make([
    # encode_means
    ("takes mu from model(x)[1]: right for a VAE, wrong for an autoencoder whose forward returns an image", _E,
     "            mu, _ = model.encoder(images[start:start + batch_size])\n",
     "            mu = model(images[start:start + batch_size])[1]\n"),
    ("keeps a sampled code mu + sigma * eps instead of the mean", _E,
     "            mu, _ = model.encoder(images[start:start + batch_size])\n            means.append(mu)\n",
     "            mu, logvar = model.encoder(images[start:start + batch_size])\n"
     "            means.append(mu + torch.exp(0.5 * logvar) * torch.randn_like(mu))\n"),
    ("detaches at the end instead of no_grad: the graph is still built", _E,
     _variant(_variant(BASE[_E], "    with torch.no_grad():\n        for start", "    if True:\n        for start"),
              "return torch.cat(means)", "return torch.cat(means).detach()")),
    ("slice off by one: the last image of every batch is lost", _E,
     "images[start:start + batch_size]", "images[start:start + batch_size - 1]"),
    ("ignores batch_size: encodes everything in one pass", _E,
     "range(0, len(images), batch_size)", "range(0, len(images), max(len(images), 1))"),
    # latent_grid
    ("z2 not flipped: the bottom row comes first", _G, "values.flip(0).repeat_interleave(n)", "values.repeat_interleave(n)"),
    ("column-major order: z1 changes slowest", _G,
     "    z1 = values.repeat(n)\n    z2 = values.flip(0).repeat_interleave(n)\n",
     "    z1 = values.repeat_interleave(n)\n    z2 = values.flip(0).repeat(n)\n"),
    ("float64 grid", _G, "torch.linspace(low, high, n)", "torch.linspace(low, high, n, dtype=torch.float64)"),
    ("step (high - low) / n: the top end is never reached", _G,
     "    values = torch.linspace(low, high, n)\n",
     "    values = low + torch.arange(n) * ((high - low) / n)\n"),
    ("returns an (n, n, 2) array instead of (n * n, 2)", _G,
     "return torch.stack([z1, z2], dim=1)", "return torch.stack([z1, z2], dim=1).reshape(n, n, 2)"),
    # decode
    ("returns a Bernoulli sample of the pixels instead of their means", _D,
     "return torch.sigmoid(logits)", "return torch.bernoulli(torch.sigmoid(logits))"),
    ("relies on decoder.probs, which a decoder of logits need not have", _D,
     "        logits = model.decoder(z)\n    return torch.sigmoid(logits)\n",
     "        images = model.decoder.probs(z)\n    return images\n"),
    ("no torch.no_grad: the images carry a graph", _D,
     "    with torch.no_grad():\n        logits = model.decoder(z)\n", "    logits = model.decoder(z)\n"),
    ("(tanh(logits) + 1) / 2, which is sigmoid(2 logits)", _D,
     "return torch.sigmoid(logits)", "return (torch.tanh(logits) + 1) / 2"),
    ("does not switch the model to eval mode", _D, "    model.eval()\n    with", "    with"),
    # samples_around
    ("draws the noise one sample at a time: not the single torch.randn(n, d) draw", _S,
     "    noise = torch.randn(n, latent_dim, generator=generator)\n",
     "    noise = torch.stack([torch.randn(latent_dim, generator=generator) for _ in range(n)])\n"),
    ("noise from the global random state, ignoring the generator", _S,
     "    noise = torch.randn(n, latent_dim, generator=generator)\n", "    noise = torch.randn(n, latent_dim)\n"),
    ("scales the code as well as the noise: (mu + noise) * scale", _S,
     "    z = mu + scale * noise\n", "    z = (mu + noise) * scale\n"),
    ("uses the encoder's sigma instead of scale", _S,
     "    mu = encode_means(model, image[None])\n    latent_dim = mu.shape[1]\n    noise = torch.randn(n, latent_dim, generator=generator)\n    z = mu + scale * noise\n",
     "    model.eval()\n    with torch.no_grad():\n        mu, logvar = model.encoder(image[None])\n"
     "    latent_dim = mu.shape[1]\n    noise = torch.randn(n, latent_dim, generator=generator)\n    z = mu + torch.exp(0.5 * logvar) * noise\n"),
    ("latent size hard-coded to 2", _S, "    latent_dim = mu.shape[1]\n", "    latent_dim = 2\n"),
    # interpolate
    ("t = k / steps: the path stops short of z_end", _I,
     "t = torch.linspace(0, 1, steps)[:, None]", "t = (torch.arange(steps) / steps)[:, None]"),
    ("weights swapped: the path runs from z_end to z_start", _I,
     "return (1 - t) * z_start + t * z_end", "return t * z_start + (1 - t) * z_end"),
    ("z_start + t (z_end - z_start): the last code is not exactly z_end", _I,
     "return (1 - t) * z_start + t * z_end", "return z_start + t * (z_end - z_start)"),
    ("float64 t: a float64 path", _I, "torch.linspace(0, 1, steps)", "torch.linspace(0, 1, steps, dtype=torch.float64)"),
    # slerp
    ("no clamp before arccos: NaN when rounding pushes cos above 1", _L,
     "torch.arccos(cos_omega.clamp(-1.0, 1.0))", "torch.arccos(cos_omega)"),
    ("tests the angle instead of its sine: opposite codes divide by ~0", _L,
     "    if sin_omega < 1e-6:\n", "    if omega < 1e-6:\n"),
    ("the classic DOT_THRESHOLD |cos| > 0.9995 instead of sin W < 1e-6: codes a few degrees apart get a straight path", _L,
     "    if sin_omega < 1e-6:\n", "    if cos_omega.abs() > 0.9995:\n"),
    ("angle from the unnormalised dot product", _L,
     "    cos_omega = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())\n",
     "    cos_omega = torch.dot(z_start, z_end)\n"),
    ("interpolates the unit vectors: the path does not start at z_start", _L,
     "    t = torch.linspace(0, 1, steps)[:, None]\n    return torch.sin((1 - t) * omega) / sin_omega * z_start + torch.sin(t * omega) / sin_omega * z_end\n",
     "    t = torch.linspace(0, 1, steps)[:, None]\n    a, b = z_start / z_start.norm(), z_end / z_end.norm()\n"
     "    return torch.sin((1 - t) * omega) / sin_omega * a + torch.sin(t * omega) / sin_omega * b\n"),
    ("parallel codes: repeats z_start instead of the straight path", _L,
     "        return interpolate(z_start, z_end, steps)\n", "        return z_start.expand(steps, -1).clone()\n"),
    # aggregate_moments
    ("variance of the means only (forgets sigma^2)", _A,
     "(torch.exp(logvar) + mu ** 2).mean(dim=0)", "(mu ** 2).mean(dim=0)"),
    ("unbiased N - 1 variance of the means plus the average sigma^2", _A,
     "    second_moment = (torch.exp(logvar) + mu ** 2).mean(dim=0)\n    variance = second_moment - mean ** 2\n",
     "    variance = mu.var(dim=0) + torch.exp(logvar).mean(dim=0)\n"),
    ("uses sigma = exp(logvar / 2) instead of sigma^2", _A, "torch.exp(logvar)", "torch.exp(0.5 * logvar)"),
    ("exponentiates logvar in place (mutates the argument)", _A, "torch.exp(logvar)", "logvar.exp_()"),
    ("accumulates in float64 and returns float64", _A,
     "    mean = mu.mean(dim=0)\n", "    mu, logvar = mu.double(), logvar.double()\n    mean = mu.mean(dim=0)\n"),
])

ALTERNATIVES = _make([
    ("restores the previous train/eval mode afterwards", _E,
     "    model.eval()\n    means = []\n    with torch.no_grad():\n        for start in range(0, len(images), batch_size):\n"
     "            mu, _ = model.encoder(images[start:start + batch_size])\n            means.append(mu)\n    return torch.cat(means)\n",
     "    was_training = model.training\n    model.eval()\n    try:\n        with torch.no_grad():\n"
     "            codes = [model.encoder(images[start:start + batch_size])[0] for start in range(0, len(images), batch_size)]\n"
     "    finally:\n        model.train(was_training)\n    return torch.cat(codes)\n"),
    ("torch.split and a list comprehension", _E,
     "    means = []\n    with torch.no_grad():\n        for start in range(0, len(images), batch_size):\n"
     "            mu, _ = model.encoder(images[start:start + batch_size])\n            means.append(mu)\n    return torch.cat(means)\n",
     "    with torch.no_grad():\n        return torch.cat([model.encoder(batch)[0] for batch in images.split(batch_size)])\n"),
    ("the formula of the docstring, index by index", _G,
     "    values = torch.linspace(low, high, n)\n    z1 = values.repeat(n)\n    z2 = values.flip(0).repeat_interleave(n)\n"
     "    return torch.stack([z1, z2], dim=1)\n",
     "    h = (high - low) / (n - 1)\n    index = torch.arange(n * n)\n    i, j = index // n, index % n\n"
     "    return torch.stack([low + j * h, high - i * h], dim=1).float()\n"),
    ("cartesian product of the rows and columns, flipped", _G,
     "    values = torch.linspace(low, high, n)\n    z1 = values.repeat(n)\n    z2 = values.flip(0).repeat_interleave(n)\n"
     "    return torch.stack([z1, z2], dim=1)\n",
     "    values = torch.linspace(low, high, n)\n    return torch.cartesian_prod(values.flip(0), values).flip(1)\n"),
    ("sigmoid inside no_grad, previous mode restored", _D,
     "    model.eval()\n    with torch.no_grad():\n        logits = model.decoder(z)\n    return torch.sigmoid(logits)\n",
     "    was_training = model.training\n    model.eval()\n    with torch.no_grad():\n        images = model.decoder(z).sigmoid()\n"
     "    model.train(was_training)\n    return images\n"),
    ("unsqueeze(0) and noise * scale + mu", _S,
     "    mu = encode_means(model, image[None])\n    latent_dim = mu.shape[1]\n    noise = torch.randn(n, latent_dim, generator=generator)\n    z = mu + scale * noise\n",
     "    mu = encode_means(model, image.unsqueeze(0))[0]\n    noise = torch.randn(n, mu.numel(), generator=generator)\n    z = noise * scale + mu\n"),
    ("torch.lerp (exact at both ends)", _I, "return (1 - t) * z_start + t * z_end", "return torch.lerp(z_start, z_end, t)"),
    ("mean of sigma^2 plus the biased variance of the means", _A,
     "    second_moment = (torch.exp(logvar) + mu ** 2).mean(dim=0)\n    variance = second_moment - mean ** 2\n",
     "    variance = logvar.exp().mean(dim=0) + mu.var(dim=0, unbiased=False)\n"),
])
