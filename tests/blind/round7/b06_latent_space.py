"""Round 7 blind test cases for notebook 06_latent_space (written from the student notebook only)."""

NOTEBOOK = "06_latent_space"


def mut(template, old, new, count=1):
    """Replace `old` by `new` in `template`, insisting that `old` occurs exactly `count` times."""
    found = template.count(old)
    assert found == count, (old, found)
    return template.replace(old, new)


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
    mu = encode_means(model, image.unsqueeze(0))
    latent_dim = mu.shape[1]
    noise = torch.randn(n, latent_dim, generator=generator)
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

AGG = '''def aggregate_moments(mu, logvar):
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

M = []
A = []


def mistake(name, gid, source):
    M.append(dict(name=name, grade_id=gid, source=source))


def alternative(name, gid, source):
    A.append(dict(name=name, grade_id=gid, source=source))


# ----------------------------------------------------------------------------- encode_means
g = "encode_means"
mistake("encode_means forgets model.eval()", g, mut(ENCODE, "    model.eval()\n", ""))
mistake("no torch.no_grad(): the codes carry a graph", g,
        mut(ENCODE, "    with torch.no_grad():\n        for start", "    if True:\n        for start"))
mistake("keeps a sample mu + sigma * eps instead of the mean", g,
        mut(ENCODE, "            codes.append(mu)\n", "            codes.append(mu + torch.exp(0.5 * logvar) * torch.randn_like(mu))\n"))
mistake("drops the last, incomplete batch (only full batches are encoded when there is one)", g,
        mut(ENCODE, "for start in range(0, len(images), batch_size):",
            "for start in range(0, max(len(images) // batch_size, 1) * batch_size, batch_size):"))
mistake("uses the model's forward (model(x)[1]), which autoencoders do not have", g,
        mut(ENCODE, "            mu, logvar = model.encoder(images[start:start + batch_size])\n",
            "            _, mu, logvar = model(images[start:start + batch_size])\n"))
mistake("ignores batch_size: encodes all the images in one call", g,
        mut(ENCODE, "        for start in range(0, len(images), batch_size):\n            mu, logvar = model.encoder(images[start:start + batch_size])\n",
            "        for start in [0]:\n            mu, logvar = model.encoder(images)\n"))
mistake("detaches instead of switching gradients off (the graph is still built)", g,
        mut(mut(ENCODE, "    with torch.no_grad():\n        for start", "    if True:\n        for start"),
            "            codes.append(mu)\n", "            codes.append(mu.detach())\n"))
alternative("torch.split and a list comprehension under inference_mode", g,
            mut(ENCODE, """    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, logvar = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    return torch.cat(codes)
""", """    with torch.inference_mode():
        means = [model.encoder(batch)[0] for batch in torch.split(images, batch_size)]
    return torch.cat(means, dim=0).clone()
"""))

# ----------------------------------------------------------------------------- latent_grid
g = "latent_grid"
mistake("z2 grows downwards (bottom row first)", g, mut(GRID, "z2 = values.flip(0).repeat_interleave(n)", "z2 = values.repeat_interleave(n)"))
mistake("torch.cartesian_prod(values, values): z1 changes slowest", g,
        mut(GRID, """    z1 = values.repeat(n)
    z2 = values.flip(0).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)
""", """    return torch.cartesian_prod(values, values.flip(0))
"""))
mistake("torch.arange(low, high + h, h): rounding gives n + 1 points for some n", g,
        mut(GRID, "    values = torch.linspace(low, high, n)\n",
            "    h = (high - low) / (n - 1)\n    values = torch.arange(low, high + h, h)\n"))
mistake("step (high - low) / n: the high end is never reached", g,
        mut(GRID, "    values = torch.linspace(low, high, n)\n", "    values = low + torch.arange(n) * (high - low) / n\n"))
mistake("numpy linspace: float64 grid", g,
        mut(GRID, "    values = torch.linspace(low, high, n)\n",
            "    import numpy as np\n    values = torch.from_numpy(np.linspace(low, high, n))\n"))
mistake("meshgrid with indexing='ij' read column by column", g,
        mut(GRID, """    z1 = values.repeat(n)
    z2 = values.flip(0).repeat_interleave(n)
""", """    Z1, Z2 = torch.meshgrid(values, values.flip(0), indexing="ij")
    z1, z2 = Z1.reshape(-1), Z2.reshape(-1)
"""))
alternative("meshgrid with indexing='xy'", g,
            mut(GRID, """    z1 = values.repeat(n)
    z2 = values.flip(0).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)
""", """    Z1, Z2 = torch.meshgrid(values, values.flip(0), indexing="xy")
    return torch.stack([Z1.flatten(), Z2.flatten()], dim=-1)
"""))
alternative("cartesian_prod of (z2, z1) flipped to (z1, z2), as in notebook 01", g,
            mut(GRID, """    z1 = values.repeat(n)
    z2 = values.flip(0).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)
""", """    return torch.cartesian_prod(torch.linspace(high, low, n), values).flip(1).contiguous()
"""))

# ----------------------------------------------------------------------------- decode
g = "decode"
mistake("returns the logits (no sigmoid)", g, mut(DECODE, "    return torch.sigmoid(logits)\n", "    return logits\n"))
mistake("returns a Bernoulli sample of the pixels", g, mut(DECODE, "    return torch.sigmoid(logits)\n", "    return torch.bernoulli(torch.sigmoid(logits))\n"))
mistake("decode forgets model.eval()", g, mut(DECODE, "    model.eval()\n", ""))
mistake("no torch.no_grad()", g, mut(DECODE, "    with torch.no_grad():\n        logits = model.decoder(z)\n", "    logits = model.decoder(z)\n"))
alternative("decoder output through Tensor.sigmoid inside inference_mode", g,
            mut(DECODE, "    with torch.no_grad():\n        logits = model.decoder(z)\n    return torch.sigmoid(logits)\n",
                "    with torch.inference_mode():\n        images = model.decoder(z).sigmoid()\n    return images.clone()\n"))

# ----------------------------------------------------------------------------- samples_around
g = "samples_around"
mistake("noise from the global random state (generator ignored)", g,
        mut(AROUND, "noise = torch.randn(n, latent_dim, generator=generator)", "noise = torch.randn(n, latent_dim)"))
mistake("scale used as a variance: noise times scale^2", g, mut(AROUND, "z = mu + scale * noise", "z = mu + scale ** 2 * noise"))
mistake("noise also multiplied by the encoder's sigma", g,
        mut(mut(AROUND, "    mu = encode_means(model, image.unsqueeze(0))\n",
                "    mu = encode_means(model, image.unsqueeze(0))\n    with torch.no_grad():\n        sigma = torch.exp(0.5 * model.encoder(image.unsqueeze(0))[1])\n"),
            "z = mu + scale * noise", "z = mu + scale * sigma * noise"))
mistake("one noise value per sample, shared by all latent dimensions", g,
        mut(AROUND, "noise = torch.randn(n, latent_dim, generator=generator)", "noise = torch.randn(n, 1, generator=generator)"))
mistake("noise drawn as (latent_dim, n) and transposed (not the draw the statement fixes)", g,
        mut(AROUND, "noise = torch.randn(n, latent_dim, generator=generator)", "noise = torch.randn(latent_dim, n, generator=generator).T"))
alternative("model.latent_dim, expand and addition with alpha", g,
            mut(mut(AROUND, "    mu = encode_means(model, image.unsqueeze(0))\n    latent_dim = mu.shape[1]\n",
                    "    mu = encode_means(model, image[None])\n    latent_dim = mu.shape[-1]\n"),
                "    z = mu + scale * noise\n", "    z = torch.add(mu.expand(n, -1), noise, alpha=scale)\n"))

# ----------------------------------------------------------------------------- interpolate
g = "interpolate"
mistake("t = k / steps: the end point is never reached", g,
        mut(INTERP, "t = torch.linspace(0, 1, steps)[:, None]", "t = (torch.arange(steps) / steps)[:, None]"))
mistake("path reversed: from z_end to z_start", g, mut(INTERP, "(1 - t) * z_start + t * z_end", "t * z_start + (1 - t) * z_end"))
mistake("stacks the codes as columns: (latent_dim, steps)", g,
        mut(INTERP, "    return (1 - t) * z_start + t * z_end\n", "    return ((1 - t) * z_start + t * z_end).T\n"))
mistake("accumulates a step in place on one tensor: every row is the same final code", g,
        mut(INTERP, "    t = torch.linspace(0, 1, steps)[:, None]\n    return (1 - t) * z_start + t * z_end\n",
            "    step = (z_end - z_start) / (steps - 1)\n    z = z_start.clone()\n    path = [z]\n"
            "    for _ in range(steps - 1):\n        z += step\n        path.append(z)\n    return torch.stack(path)\n"))

alternative("torch.lerp with a column of weights", g,
            mut(INTERP, "    return (1 - t) * z_start + t * z_end\n", "    return torch.lerp(z_start.expand(steps, -1), z_end.expand(steps, -1), t)\n"))
# ----------------------------------------------------------------------------- slerp
g = "slerp"
mistake("no clamp before arccos (NaN when rounding pushes cos above 1)", g,
        mut(SLERP, "torch.arccos(cos_omega.clamp(-1.0, 1.0))", "torch.arccos(cos_omega)"))
mistake("falls back only for a tiny angle, not for opposite codes", g, mut(SLERP, "    if sin_omega < 1e-6:\n", "    if omega < 1e-6:\n"))
mistake("the two weights swapped (runs from z_end to z_start)", g,
        mut(SLERP, "torch.sin((1 - t) * omega) / sin_omega * z_start + torch.sin(t * omega) / sin_omega * z_end",
            "torch.sin(t * omega) / sin_omega * z_start + torch.sin((1 - t) * omega) / sin_omega * z_end"))
mistake("interpolates the unit directions (endpoints lose their norms)", g,
        mut(SLERP, "    t = torch.linspace(0, 1, steps)[:, None]\n",
            "    t = torch.linspace(0, 1, steps)[:, None]\n    z_start, z_end = z_start / z_start.norm(), z_end / z_end.norm()\n"))
mistake("no fallback for parallel codes (division by sin W = 0)", g,
        mut(SLERP, "    if sin_omega < 1e-6:\n        return interpolate(z_start, z_end, steps)\n", ""))
mistake("falls back only when sin W is exactly 0", g, mut(SLERP, "    if sin_omega < 1e-6:\n", "    if sin_omega == 0:\n"))

alternative("atan2-based angle, weights as a (steps, 2) matrix", g,
            mut(SLERP, """    cos_omega = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos_omega.clamp(-1.0, 1.0))
    sin_omega = torch.sin(omega)
    if sin_omega < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) / sin_omega * z_start + torch.sin(t * omega) / sin_omega * z_end
""", """    a, b = z_start / z_start.norm(), z_end / z_end.norm()
    cos_omega = torch.clamp(torch.sum(a * b), -1.0, 1.0)
    omega = torch.acos(cos_omega)
    sin_omega = torch.sqrt(torch.clamp(1 - cos_omega ** 2, min=0.0))
    if sin_omega.item() < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)
    weights = torch.stack([torch.sin((1 - t) * omega), torch.sin(t * omega)], dim=1) / torch.sin(omega)
    return weights @ torch.stack([z_start, z_end])
"""))

# ----------------------------------------------------------------------------- aggregate_moments
g = "aggregate_moments"
mistake("variance of the means only (the sigma^2 term forgotten)", g,
        mut(AGG, "second_moment = (torch.exp(logvar) + mu ** 2).mean(dim=0)", "second_moment = (mu ** 2).mean(dim=0)"))
mistake("unbiased variance of the means (N - 1) plus the average sigma^2", g,
        mut(AGG, "    second_moment = (torch.exp(logvar) + mu ** 2).mean(dim=0)\n    variance = second_moment - mean ** 2\n",
            "    variance = torch.exp(logvar).mean(dim=0) + mu.var(dim=0)\n"))
mistake("uses sigma = exp(logvar / 2) where sigma^2 is needed", g,
        mut(AGG, "torch.exp(logvar) + mu ** 2", "torch.exp(0.5 * logvar) + mu ** 2"))
mistake("forgets to subtract mean^2", g, mut(AGG, "variance = second_moment - mean ** 2", "variance = second_moment"))
alternative("average sigma^2 plus the population variance of the means", g,
            mut(AGG, "    second_moment = (torch.exp(logvar) + mu ** 2).mean(dim=0)\n    variance = second_moment - mean ** 2\n",
                "    variance = logvar.exp().mean(dim=0) + mu.var(dim=0, unbiased=False)\n"))

MISTAKES = M
ALTERNATIVES = A
