NOTEBOOK = "06_latent_space"

# ---------------------------------------------------------------- helpers
BASE = {}


def mut(grade_id, *pairs):
    """Correct source of grade_id with each (old -> new) replacement applied (old must occur exactly once)."""
    source = BASE[grade_id]
    for old, new in zip(pairs[::2], pairs[1::2]):
        assert source.count(old) == 1, (grade_id, old, source.count(old))
        source = source.replace(old, new)
    assert source != BASE[grade_id]
    return source


def M(name, grade_id, *pairs, source=None):
    return dict(name=name, grade_id=grade_id, source=source if source is not None else mut(grade_id, *pairs))


A = M

# ---------------------------------------------------------------- correct answers
BASE["encode_means"] = '''def encode_means(model, images, batch_size=1000):
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

BASE["latent_grid"] = '''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
    values = torch.linspace(low, high, n)
    z1 = values.repeat(n)
    z2 = values.flip(0).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)
'''

BASE["decode"] = '''def decode(model, z):
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

BASE["samples_around"] = '''def samples_around(model, image, n, scale, generator):
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

BASE["interpolate"] = '''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps)[:, None]
    return (1 - t) * z_start + t * z_end
'''

BASE["slerp"] = '''def slerp(z_start, z_end, steps):
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

BASE["aggregate_moments"] = '''def aggregate_moments(mu, logvar):
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

G = "encode_means"
MISTAKES = [
    M("samples a code instead of the mean", G, "            means.append(mu)",
      "            means.append(mu + torch.exp(0.5 * _) * torch.randn_like(mu))"),
    M("uses model(x) (fails for autoencoders)", G, "mu, _ = model.encoder(images[start:start + batch_size])",
      "_, mu, _ = model(images[start:start + batch_size])"),
    M("graph built, detached at the end instead of no_grad", G,
      "    with torch.no_grad():\n        for start in range(0, len(images), batch_size):\n            mu, _ = model.encoder(images[start:start + batch_size])\n            means.append(mu)\n    return torch.cat(means)",
      "    for start in range(0, len(images), batch_size):\n        mu, _ = model.encoder(images[start:start + batch_size])\n        means.append(mu)\n    return torch.cat(means).detach()"),
    M("drops the last partial batch", G, "for start in range(0, len(images), batch_size):",
      "for start in range(0, len(images) - len(images) % batch_size, batch_size):"),
    M("encodes everything at once, ignoring batch_size", G,
      "        for start in range(0, len(images), batch_size):\n            mu, _ = model.encoder(images[start:start + batch_size])\n            means.append(mu)",
      "        mu, _ = model.encoder(images)\n        means.append(mu)"),
    M("model.train() instead of model.eval()", G, "    model.eval()\n", "    model.train()\n"),
]

G = "latent_grid"
MISTAKES += [
    M("z2 not flipped (bottom row first)", G, "z2 = values.flip(0).repeat_interleave(n)", "z2 = values.repeat_interleave(n)"),
    M("meshgrid with 'ij' indexing", G,
      "    z1 = values.repeat(n)\n    z2 = values.flip(0).repeat_interleave(n)\n    return torch.stack([z1, z2], dim=1)",
      "    a, b = torch.meshgrid(values, values.flip(0), indexing='ij')\n    return torch.stack([a.flatten(), b.flatten()], dim=1)"),
    M("step (high - low) / n: the upper end is missing", G, "values = torch.linspace(low, high, n)",
      "values = low + torch.arange(n) * (high - low) / n"),
    M("float64 grid from numpy", G, "values = torch.linspace(low, high, n)",
      "import numpy as np\n    values = torch.from_numpy(np.linspace(low, high, n))"),
    M("arange with a float step (may give n + 1 points)", G, "values = torch.linspace(low, high, n)",
      "h = (high - low) / (n - 1)\n    values = torch.arange(low, high + h, h)"),
]

G = "decode"
MISTAKES += [
    M("decodes with gradients recorded (no torch.no_grad())", G,
      "    with torch.no_grad():\n        logits = model.decoder(z)", "    logits = model.decoder(z)"),
    M("Bernoulli samples instead of means", G, "return torch.sigmoid(logits)", "return torch.bernoulli(torch.sigmoid(logits))"),
    M("(tanh + 1) / 2, i.e. sigmoid(2 logits)", G, "return torch.sigmoid(logits)", "return (torch.tanh(logits) + 1) / 2"),
    M("model.train() before decoding", G, "    model.eval()\n", "    model.train()\n"),
]

G = "samples_around"
MISTAKES += [
    M("noise drawn one sample at a time", G, "noise = torch.randn(n, latent_dim, generator=generator)",
      "noise = torch.cat([torch.randn(1, latent_dim, generator=generator) for _ in range(n)])"),
    M("scale used as a variance", G, "z = mu + scale * noise", "z = mu + scale ** 0.5 * noise"),
    M("encoder's sigma instead of scale", G,
      "    z = mu + scale * noise\n",
      "    model.eval()\n    with torch.no_grad():\n        _, logvar = model.encoder(image[None])\n    z = mu + torch.exp(0.5 * logvar) * noise\n"),
    M("decodes a second, different draw", G, "return z, decode(model, z)",
      "return z, decode(model, mu + scale * torch.randn(n, latent_dim, generator=generator))"),
    M("noise drawn as (latent_dim, n) and transposed", G, "noise = torch.randn(n, latent_dim, generator=generator)",
      "noise = torch.randn(latent_dim, n, generator=generator).T"),
    M("mean from model.encoder with gradients (z requires grad)", G, "mu = encode_means(model, image[None])",
      "mu = model.encoder(image[None])[0]"),
]

G = "interpolate"
MISTAKES += [
    M("t = k / steps", G, "t = torch.linspace(0, 1, steps)[:, None]", "t = (torch.arange(steps) / steps)[:, None]"),
    M("codes as columns: (latent_dim, steps)", G,
      "    t = torch.linspace(0, 1, steps)[:, None]\n    return (1 - t) * z_start + t * z_end",
      "    t = torch.linspace(0, 1, steps)\n    return z_start[:, None] * (1 - t) + z_end[:, None] * t"),
    M("float64 t from numpy", G, "t = torch.linspace(0, 1, steps)[:, None]",
      "import numpy as np\n    t = torch.from_numpy(np.linspace(0, 1, steps))[:, None]"),
    M("integer division k // (steps - 1)", G,
      "    t = torch.linspace(0, 1, steps)[:, None]\n    return (1 - t) * z_start + t * z_end",
      "    return torch.stack([(1 - k // (steps - 1)) * z_start + k // (steps - 1) * z_end for k in range(steps)])"),
]

G = "slerp"
MISTAKES += [
    M("no clamp before arccos (NaN for parallel codes)", G,
      "omega = torch.arccos(cos_omega.clamp(-1.0, 1.0))", "omega = torch.arccos(cos_omega)"),
    M("no fallback for parallel codes", G,
      "    if sin_omega < 1e-6:\n        return interpolate(z_start, z_end, steps)\n", ""),
    M("fallback only for the same direction (omega < 1e-6)", G, "if sin_omega < 1e-6:", "if omega < 1e-6:"),
    M("dot product without normalising", G,
      "cos_omega = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())", "cos_omega = torch.dot(z_start, z_end)"),
    M("constant path for parallel codes", G, "        return interpolate(z_start, z_end, steps)",
      "        return z_start.expand(steps, -1).clone()"),
    M("float64 t from numpy in the spherical path", G, "    t = torch.linspace(0, 1, steps)[:, None]\n    return torch.sin",
      "    import numpy as np\n    t = torch.from_numpy(np.linspace(0, 1, steps))[:, None]\n    return torch.sin"),
]

G = "aggregate_moments"
MISTAKES += [
    M("unbiased variance of the means (N - 1)", G,
      "    second_moment = (torch.exp(logvar) + mu ** 2).mean(dim=0)\n    variance = second_moment - mean ** 2",
      "    variance = torch.exp(logvar).mean(dim=0) + mu.var(dim=0)"),
    M("sigma instead of sigma^2", G, "torch.exp(logvar)", "torch.exp(0.5 * logvar)"),
    M("forgets - mean^2", G, "variance = second_moment - mean ** 2", "variance = second_moment"),
    M("float64 result", G, "    mean = mu.mean(dim=0)\n    second_moment = (torch.exp(logvar) + mu ** 2).mean(dim=0)",
      "    mu, logvar = mu.double(), logvar.double()\n    mean = mu.mean(dim=0)\n    second_moment = (torch.exp(logvar) + mu ** 2).mean(dim=0)"),
    M("returns one stacked (2, d) tensor", G, "return mean, variance", "return torch.stack([mean, variance])"),
]

ALTERNATIVES = [
    A("split() batches, train mode restored afterwards", "encode_means", source='''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
    was_training = model.training
    model.eval()
    with torch.no_grad():
        codes = torch.cat([model.encoder(batch)[0] for batch in images.split(batch_size)])
    model.train(was_training)
    return codes
'''),
    A("meshgrid with 'xy' indexing", "latent_grid",
      "    z1 = values.repeat(n)\n    z2 = values.flip(0).repeat_interleave(n)\n    return torch.stack([z1, z2], dim=1)",
      "    a, b = torch.meshgrid(values, values.flip(0), indexing='xy')\n    return torch.stack([a.reshape(-1), b.reshape(-1)], dim=1)"),
    A("cartesian_prod then flip the columns", "latent_grid",
      "    z1 = values.repeat(n)\n    z2 = values.flip(0).repeat_interleave(n)\n    return torch.stack([z1, z2], dim=1)",
      "    return torch.cartesian_prod(values.flip(0), values).flip(1)"),
    A("inference_mode and sigmoid inside", "decode",
      "    with torch.no_grad():\n        logits = model.decoder(z)\n    return torch.sigmoid(logits)",
      "    with torch.inference_mode():\n        return model.decoder(z).sigmoid()"),
    A("unsqueeze(0) and broadcasting with addcmul", "samples_around",
      "    mu = encode_means(model, image[None])\n    latent_dim = mu.shape[1]\n    noise = torch.randn(n, latent_dim, generator=generator)\n    z = mu + scale * noise",
      "    mu = encode_means(model, image.unsqueeze(0))\n    noise = torch.randn(n, mu.shape[-1], generator=generator)\n    z = torch.addcmul(mu.expand(n, -1), noise, torch.full_like(noise, scale))"),
    A("torch.lerp", "interpolate",
      "    t = torch.linspace(0, 1, steps)[:, None]\n    return (1 - t) * z_start + t * z_end",
      "    t = torch.linspace(0, 1, steps).unsqueeze(1)\n    return torch.lerp(z_start.expand(steps, -1), z_end.expand(steps, -1), t)"),
    A("cosine_similarity and acos", "slerp",
      "    cos_omega = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())\n    omega = torch.arccos(cos_omega.clamp(-1.0, 1.0))",
      "    cos_omega = torch.nn.functional.cosine_similarity(z_start, z_end, dim=0)\n    omega = torch.acos(torch.clamp(cos_omega, -1, 1))"),
    A("mean of sigma^2 plus biased variance of the means", "aggregate_moments",
      "    second_moment = (torch.exp(logvar) + mu ** 2).mean(dim=0)\n    variance = second_moment - mean ** 2",
      "    variance = logvar.exp().mean(dim=0) + mu.var(dim=0, unbiased=False)"),
]
