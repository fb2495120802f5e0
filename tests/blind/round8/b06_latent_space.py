"""Blind round 8: mistakes and alternatives for notebook 06_latent_space (written from the student notebook only)."""

NOTEBOOK = "06_latent_space"

EM = '''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
{body}
'''


def em(body):
    return EM.format(body=body)


EM_OK = '''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    return torch.cat(codes)'''

LG = '''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
{body}
'''


def lg(body):
    return LG.format(body=body)


DE = '''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
{body}
'''


def de(body):
    return DE.format(body=body)


SA = '''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
{body}
'''


def sa(body):
    return SA.format(body=body)


IP = '''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
{body}
'''


def ip(body):
    return IP.format(body=body)


SL = '''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-6
    """
{body}
'''


def sl(cos="    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())\n",
       omega="    omega = torch.arccos(cos.clamp(-1.0, 1.0))\n",
       test="    if torch.sin(omega) < 1e-6:\n        return interpolate(z_start, z_end, steps)\n",
       path="    t = torch.linspace(0, 1, steps)[:, None]\n"
            "    return torch.sin((1 - t) * omega) / torch.sin(omega) * z_start + torch.sin(t * omega) / torch.sin(omega) * z_end"):
    return SL.format(body=cos + omega + test + path)


AM = '''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
{body}
'''


def am(body):
    return AM.format(body=body)


MISTAKES = [
    # ---------------- encode_means ----------------
    dict(name="uses model(x)[1]: the VAE's mu, but not an autoencoder's", grade_id="encode_means",
         source=em(EM_OK.replace("mu, _ = model.encoder(images[start:start + batch_size])",
                                 "mu = model(images[start:start + batch_size])[1]"))),
    dict(name="drops the last incomplete batch", grade_id="encode_means",
         source=em(EM_OK.replace("for start in range(0, len(images), batch_size):",
                                 "for start in range(0, len(images) - batch_size + 1, batch_size):"))),
    dict(name="encodes all the images at once, ignoring batch_size", grade_id="encode_means",
         source=em("    model.eval()\n    with torch.no_grad():\n        mu, _ = model.encoder(images)\n    return mu")),
    dict(name="keeps a sample mu + sigma * eps instead of mu", grade_id="encode_means",
         source=em(EM_OK.replace("            mu, _ = model.encoder(images[start:start + batch_size])\n            codes.append(mu)",
                                 "            mu, logvar = model.encoder(images[start:start + batch_size])\n"
                                 "            codes.append(mu + torch.exp(0.5 * logvar) * torch.randn_like(mu))"))),
    dict(name="no torch.no_grad(): detaches at the end instead", grade_id="encode_means",
         source=em('''    model.eval()
    codes = []
    for start in range(0, len(images), batch_size):
        mu, _ = model.encoder(images[start:start + batch_size])
        codes.append(mu)
    return torch.cat(codes).detach()''')),
    dict(name="restores the model's previous mode at the end (asked: eval mode)", grade_id="encode_means",
         source=em('''    was_training = model.training
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            codes.append(model.encoder(images[start:start + batch_size])[0])
    model.train(was_training)
    return torch.cat(codes)''')),
    dict(name="batches overlap: the window advances by batch_size - 1", grade_id="encode_means",
         source=em(EM_OK.replace("for start in range(0, len(images), batch_size):",
                                 "for start in range(0, len(images), max(1, batch_size - 1)):")
                   .replace("return torch.cat(codes)", "return torch.cat(codes)[:len(images)]"))),

    # ---------------- latent_grid ----------------
    dict(name="meshgrid with the wrong indexing: z1 changes down the columns", grade_id="latent_grid",
         source=lg("    values = torch.linspace(low, high, n)\n"
                   "    z1, z2 = torch.meshgrid(values, values.flip(0), indexing='ij')\n"
                   "    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)")),
    dict(name="z2 grows downwards (bottom row first)", grade_id="latent_grid",
         source=lg("    values = torch.linspace(low, high, n)\n"
                   "    return torch.stack([values.repeat(n), values.repeat_interleave(n)], dim=1)")),
    dict(name="z2 taken as -linspace(low, high): right only when low = -high", grade_id="latent_grid",
         source=lg("    values = torch.linspace(low, high, n)\n"
                   "    return torch.stack([values.repeat(n), (-values).repeat_interleave(n)], dim=1)")),
    dict(name="step h = (high - low) / n: the high end is never reached", grade_id="latent_grid",
         source=lg("    h = (high - low) / n\n    values = low + h * torch.arange(n, dtype=torch.float32)\n"
                   "    return torch.stack([values.repeat(n), values.flip(0).repeat_interleave(n)], dim=1)")),
    dict(name="cartesian_prod(z1, z2) without flipping: column-major order", grade_id="latent_grid",
         source=lg("    values = torch.linspace(low, high, n)\n"
                   "    return torch.cartesian_prod(values, values.flip(0))")),
    dict(name="linspace(high, low) on both axes: z1 decreases to the right", grade_id="latent_grid",
         source=lg("    values = torch.linspace(high, low, n)\n"
                   "    return torch.stack([values.repeat(n), values.repeat_interleave(n)], dim=1)")),
    dict(name="columns swapped: (z2, z1)", grade_id="latent_grid",
         source=lg("    values = torch.linspace(low, high, n)\n"
                   "    return torch.stack([values.flip(0).repeat_interleave(n), values.repeat(n)], dim=1)")),

    # ---------------- decode ----------------
    dict(name="returns a Bernoulli sample of the pixels", grade_id="decode",
         source=de("    model.eval()\n    with torch.no_grad():\n        return torch.bernoulli(torch.sigmoid(model.decoder(z)))")),
    dict(name="clamps the logits to [-5, 5] before the sigmoid 'for stability'", grade_id="decode",
         source=de("    model.eval()\n    with torch.no_grad():\n        return torch.sigmoid(model.decoder(z).clamp(-5, 5))")),
    dict(name="(tanh + 1) / 2, i.e. sigmoid(2 * logits)", grade_id="decode",
         source=de("    model.eval()\n    with torch.no_grad():\n        return (torch.tanh(model.decoder(z)) + 1) / 2")),
    dict(name="min-max rescales each image instead of the sigmoid", grade_id="decode",
         source=de("    model.eval()\n    with torch.no_grad():\n        logits = model.decoder(z)\n"
                   "        low = logits.amin(dim=(1, 2, 3), keepdim=True)\n        high = logits.amax(dim=(1, 2, 3), keepdim=True)\n"
                   "        return (logits - low) / (high - low)")),
    dict(name="no torch.no_grad (the images carry a graph)", grade_id="decode",
         source=de("    model.eval()\n    return torch.sigmoid(model.decoder(z))")),

    # ---------------- samples_around ----------------
    dict(name="noise drawn from the global random state (generator ignored)", grade_id="samples_around",
         source=sa("    mu = encode_means(model, image[None])\n    noise = torch.randn(n, mu.shape[1])\n"
                   "    z = mu + scale * noise\n    return z, decode(model, z)")),
    dict(name="noise scaled by scale ** 2 (variance for standard deviation)", grade_id="samples_around",
         source=sa("    mu = encode_means(model, image[None])\n    noise = torch.randn(n, mu.shape[1], generator=generator)\n"
                   "    z = mu + scale ** 2 * noise\n    return z, decode(model, z)")),
    dict(name="draws the noise one sample at a time", grade_id="samples_around",
         source=sa("    mu = encode_means(model, image[None])\n"
                   "    noise = torch.stack([torch.randn(mu.shape[1], generator=generator) for _ in range(n)])\n"
                   "    z = mu + scale * noise\n    return z, decode(model, z)")),
    dict(name="noise drawn as (latent_dim, n) then transposed", grade_id="samples_around",
         source=sa("    mu = encode_means(model, image[None])\n    noise = torch.randn(mu.shape[1], n, generator=generator).T\n"
                   "    z = mu + scale * noise\n    return z, decode(model, z)")),
    dict(name="scales the mean too: scale * (mu + noise)", grade_id="samples_around",
         source=sa("    mu = encode_means(model, image[None])\n    noise = torch.randn(n, mu.shape[1], generator=generator)\n"
                   "    z = scale * (mu + noise)\n    return z, decode(model, z)")),
    dict(name="returns (images, z) in the wrong order", grade_id="samples_around",
         source=sa("    mu = encode_means(model, image[None])\n    noise = torch.randn(n, mu.shape[1], generator=generator)\n"
                   "    z = mu + scale * noise\n    return decode(model, z), z")),
    dict(name="seeds the global RNG with generator.initial_seed() and draws without the generator", grade_id="samples_around",
         source=sa("    mu = encode_means(model, image[None])\n    torch.manual_seed(generator.initial_seed())\n"
                   "    noise = torch.randn(n, mu.shape[1])\n    z = mu + scale * noise\n    return z, decode(model, z)")),

    # ---------------- interpolate ----------------
    dict(name="t = k / steps: the path stops short of z_end", grade_id="interpolate",
         source=ip("    t = (torch.arange(steps, dtype=torch.float32) / steps)[:, None]\n"
                   "    return (1 - t) * z_start + t * z_end")),
    dict(name="ends swapped: starts at z_end", grade_id="interpolate",
         source=ip("    t = torch.linspace(0, 1, steps)[:, None]\n    return t * z_start + (1 - t) * z_end")),
    dict(name="direction sign flipped: z_start + t (z_start - z_end)", grade_id="interpolate",
         source=ip("    t = torch.linspace(0, 1, steps)[:, None]\n    return z_start + t * (z_start - z_end)")),
    dict(name="t from linspace(0, 1, steps + 2)[1:-1]: both ends excluded", grade_id="interpolate",
         source=ip("    t = torch.linspace(0, 1, steps + 2)[1:-1, None]\n    return (1 - t) * z_start + t * z_end")),
    dict(name="returns (latent_dim, steps): one code per column", grade_id="interpolate",
         source=ip("    t = torch.linspace(0, 1, steps)\n    return (1 - t) * z_start[:, None] + t * z_end[:, None]")),

    # ---------------- slerp ----------------
    dict(name="no clamp of cos before arccos (NaN for parallel codes)", grade_id="slerp",
         source=sl(omega="    omega = torch.arccos(cos)\n")),
    dict(name="tests omega < 1e-6 instead of sin(omega): opposite codes divide by ~0", grade_id="slerp",
         source=sl(test="    if omega < 1e-6:\n        return interpolate(z_start, z_end, steps)\n")),
    dict(name="cos without normalising by the norms (right only for unit codes)", grade_id="slerp",
         source=sl(cos="    cos = torch.dot(z_start, z_end)\n")),
    dict(name="interpolates the normalised codes: the path lies on the unit sphere", grade_id="slerp",
         source=sl(path="    a, b = z_start / z_start.norm(), z_end / z_end.norm()\n"
                        "    t = torch.linspace(0, 1, steps)[:, None]\n"
                        "    return torch.sin((1 - t) * omega) / torch.sin(omega) * a + torch.sin(t * omega) / torch.sin(omega) * b")),
    dict(name="sine weights swapped: the path runs from z_end to z_start", grade_id="slerp",
         source=sl(path="    t = torch.linspace(0, 1, steps)[:, None]\n"
                        "    return torch.sin(t * omega) / torch.sin(omega) * z_start + torch.sin((1 - t) * omega) / torch.sin(omega) * z_end")),
    dict(name="parallel case returns z_start repeated instead of the straight path", grade_id="slerp",
         source=sl(test="    if torch.sin(omega) < 1e-6:\n        return z_start.expand(steps, -1).clone()\n")),
    dict(name="no special case; nan_to_num turns the 0/0 of parallel codes into zeros", grade_id="slerp",
         source=sl(test="", path="    t = torch.linspace(0, 1, steps)[:, None]\n"
                                 "    path = torch.sin((1 - t) * omega) / torch.sin(omega) * z_start + torch.sin(t * omega) / torch.sin(omega) * z_end\n"
                                 "    return torch.nan_to_num(path)")),

    # ---------------- aggregate_moments ----------------
    dict(name="variance of the means only (sigma^2 forgotten)", grade_id="aggregate_moments",
         source=am("    mean = mu.mean(dim=0)\n    return mean, (mu ** 2).mean(dim=0) - mean ** 2")),
    dict(name="unbiased variance of the means (N - 1) plus the average sigma^2", grade_id="aggregate_moments",
         source=am("    return mu.mean(dim=0), mu.var(dim=0) + logvar.exp().mean(dim=0)")),
    dict(name="sigma instead of sigma^2: exp(logvar / 2)", grade_id="aggregate_moments",
         source=am("    mean = mu.mean(dim=0)\n    return mean, (torch.exp(0.5 * logvar) + mu ** 2).mean(dim=0) - mean ** 2")),
    dict(name="exp of the average logvar instead of the average of exp(logvar)", grade_id="aggregate_moments",
         source=am("    mean = mu.mean(dim=0)\n    return mean, torch.exp(logvar.mean(dim=0)) + (mu ** 2).mean(dim=0) - mean ** 2")),
    dict(name="subtracts the average of mu^2 instead of the square of the average (only sigma^2 remains)",
         grade_id="aggregate_moments",
         source=am("    mean = mu.mean(dim=0)\n    return mean, (logvar.exp() + mu ** 2).mean(dim=0) - (mu ** 2).mean(dim=0)")),
    dict(name="subtracts mean instead of mean^2", grade_id="aggregate_moments",
         source=am("    mean = mu.mean(dim=0)\n    return mean, (logvar.exp() + mu ** 2).mean(dim=0) - mean")),
]

ALTERNATIVES = [
    dict(name="torch.cat over images.split(batch_size) under no_grad",
         grade_id="encode_means",
         source=em('''    model.eval()
    with torch.no_grad():
        return torch.cat([model.encoder(batch)[0] for batch in images.split(batch_size)], dim=0)''')),
    dict(name="cartesian_prod then flip columns", grade_id="latent_grid",
         source=lg("    z1 = torch.linspace(low, high, n)\n    z2 = torch.linspace(high, low, n)\n"
                   "    return torch.cartesian_prod(z2, z1).flip(1).contiguous()")),
    dict(name="meshgrid with indexing='xy'", grade_id="latent_grid",
         source=lg("    values = torch.linspace(low, high, n)\n"
                   "    z1, z2 = torch.meshgrid(values, values.flip(0), indexing='xy')\n"
                   "    return torch.stack([z1.flatten(), z2.flatten()], dim=-1)")),
    dict(name="decoder.sigmoid via logits.sigmoid()", grade_id="decode",
         source=de("    model.eval()\n    with torch.no_grad():\n        logits = model.decoder(z)\n    return logits.sigmoid()")),
    dict(name="unsqueeze and expand", grade_id="samples_around",
         source=sa("    code = encode_means(model, image.unsqueeze(0))[0]\n"
                   "    eps = torch.randn(n, code.numel(), generator=generator)\n"
                   "    z = code.expand(n, -1) + eps * scale\n    images = decode(model, z)\n    return z, images")),
    dict(name="torch.lerp with a column of weights", grade_id="interpolate",
         source=ip("    t = torch.linspace(0, 1, steps, dtype=z_start.dtype).unsqueeze(1)\n"
                   "    return torch.lerp(z_start.expand(steps, -1), z_end.expand(steps, -1), t)")),
    dict(name="cosine_similarity and explicit weights", grade_id="slerp",
         source=SL.format(body='''    cos = torch.nn.functional.cosine_similarity(z_start, z_end, dim=0).clamp(-1, 1)
    angle = torch.arccos(cos)
    sin_angle = torch.sin(angle)
    if sin_angle.item() < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    w_start = torch.sin((1 - t) * angle) / sin_angle
    w_end = torch.sin(t * angle) / sin_angle
    return w_start * z_start.unsqueeze(0) + w_end * z_end.unsqueeze(0)''')),
    dict(name="law of total variance: var of means (biased) + mean of variances", grade_id="aggregate_moments",
         source=am("    return mu.mean(0), mu.var(0, unbiased=False) + logvar.exp().mean(0)")),
]
