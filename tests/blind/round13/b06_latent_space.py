import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _util import make

NOTEBOOK = "06_latent_space"

ENC = '''def encode_means(model, images, batch_size=1000):
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
DEC = '''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z))
'''
SA = '''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
    mu = encode_means(model, image[None])  # (1, latent_dim)
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale * noise
    return z, decode(model, z)
'''
INT = '''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
    t = torch.linspace(0, 1, steps)[:, None]
    return (1 - t) * z_start + t * z_end
'''
SL = '''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-6
    """
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin = torch.sin(omega)
    if sin < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
'''
AGG = '''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
    mean = mu.mean(dim=0)
    variance = (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2
    return mean, variance
'''

e = make("encode_means", ENC)
g = make("latent_grid", GRID)
d = make("decode", DEC)
s = make("samples_around", SA)
i = make("interpolate", INT)
l = make("slerp", SL)
a = make("aggregate_moments", AGG)

MISTAKES = [
    e("no eval mode", "    model.eval()\n", ""),
    e("no torch.no_grad: codes require gradients", "    with torch.no_grad():\n        for start", "    if True:\n        for start"),
    e("keeps logvar instead of mu", "mu, _ = model.encoder(", "_, mu = model.encoder("),
    e("samples z instead of the mean", "            codes.append(mu)", "            codes.append(mu + torch.exp(0.5 * _) * torch.randn_like(mu))"),
    e("drops the last partial batch", "for start in range(0, len(images), batch_size):", "for start in range(0, len(images) - batch_size + 1, batch_size):"),
    e("encodes everything at once (ignores batch_size)", "        for start in range(0, len(images), batch_size):\n            mu, _ = model.encoder(images[start:start + batch_size])\n            codes.append(mu)",
      "        mu, _ = model.encoder(images)\n        codes.append(mu)"),
    e("uses model(x) (fails for autoencoders / returns logits)", "mu, _ = model.encoder(images[start:start + batch_size])", "_, mu, _ = model(images[start:start + batch_size])"),
    e("stacks instead of concatenating", "return torch.cat(codes)", "return torch.stack(codes)"),
    e("concatenates along dim 1", "return torch.cat(codes)", "return torch.cat(codes, dim=1)"),
    e("shuffled order", "images[start:start + batch_size]", "images[torch.randperm(len(images))[start:start + batch_size]]"),
    e("changed default batch size", "batch_size=1000", "batch_size=256"),
    g("z2 grows downwards (top row smallest)", "z2 = values.flip(0).repeat_interleave(n)", "z2 = values.repeat_interleave(n)"),
    g("columns swapped (z2, z1)", "return torch.stack([z1, z2], dim=1)", "return torch.stack([z2, z1], dim=1)"),
    g("column-major order", "z1 = values.repeat(n)\n    z2 = values.flip(0).repeat_interleave(n)", "z1 = values.repeat_interleave(n)\n    z2 = values.flip(0).repeat(n)"),
    g("arange step excludes the high end", "values = torch.linspace(low, high, n)", "values = torch.arange(n, dtype=torch.float32) * (high - low) / n + low"),
    g("float64 grid", "values = torch.linspace(low, high, n)", "values = torch.linspace(low, high, n, dtype=torch.float64)"),
    g("meshgrid without flipping z2 (z2 grows downwards)", "z1 = values.repeat(n)\n    z2 = values.flip(0).repeat_interleave(n)\n    return torch.stack([z1, z2], dim=1)",
      "Z2, Z1 = torch.meshgrid(values, values, indexing='ij')\n    return torch.stack([Z1.reshape(-1), Z2.reshape(-1)], dim=1)"),
    g("n + 1 points per axis", "values = torch.linspace(low, high, n)", "values = torch.linspace(low, high, n + 1)"),
    g("returns (n, n, 2)", "return torch.stack([z1, z2], dim=1)", "return torch.stack([z1, z2], dim=1).reshape(n, n, 2)"),
    g("ignores low/high (hard-coded -2, 2)", "values = torch.linspace(low, high, n)", "values = torch.linspace(-2.0, 2.0, n)"),
    g("both columns flipped: z1 from high to low", "z1 = values.repeat(n)", "z1 = values.flip(0).repeat(n)"),
    d("returns logits (no sigmoid)", "return torch.sigmoid(model.decoder(z))", "return model.decoder(z)"),
    d("samples Bernoulli pixels", "return torch.sigmoid(model.decoder(z))", "return torch.bernoulli(torch.sigmoid(model.decoder(z)))"),
    d("no eval mode", "    model.eval()\n", ""),
    d("no torch.no_grad", "    with torch.no_grad():\n        return torch.sigmoid(model.decoder(z))", "    return torch.sigmoid(model.decoder(z))"),
    d("clamps logits to [0, 1] instead of sigmoid", "return torch.sigmoid(model.decoder(z))", "return model.decoder(z).clamp(0, 1)"),
    d("sigmoid applied twice", "return torch.sigmoid(model.decoder(z))", "return torch.sigmoid(torch.sigmoid(model.decoder(z)))"),
    d("flattens the images to (N, 784)", "return torch.sigmoid(model.decoder(z))", "return torch.sigmoid(model.decoder(z)).reshape(len(z), -1)"),
    s("noise drawn with the global RNG", "torch.randn(n, mu.shape[1], generator=generator)", "torch.randn(n, mu.shape[1])"),
    s("scale multiplies the variance: sqrt(scale)", "z = mu + scale * noise", "z = mu + scale ** 0.5 * noise"),
    s("noise drawn as (latent_dim, n) then transposed", "noise = torch.randn(n, mu.shape[1], generator=generator)", "noise = torch.randn(mu.shape[1], n, generator=generator).T"),
    s("encodes with a sampled code, not the mean", "mu = encode_means(model, image[None])  # (1, latent_dim)", "model.eval()\n    with torch.no_grad():\n        m, lv = model.encoder(image[None])\n    mu = m + torch.exp(0.5 * lv) * torch.randn_like(m)"),
    s("returns only the images", "return z, decode(model, z)", "return decode(model, z)"),
    s("scale also on the mean", "z = mu + scale * noise", "z = scale * (mu + noise)"),
    s("hard-coded latent_dim 20", "noise = torch.randn(n, mu.shape[1], generator=generator)", "noise = torch.randn(n, 20, generator=generator)"),
    s("image[None] forgotten: channel taken as batch", "mu = encode_means(model, image[None])", "mu = encode_means(model, image)"),
    i("t = k / steps (misses the end)", "t = torch.linspace(0, 1, steps)[:, None]", "t = (torch.arange(steps, dtype=torch.float32) / steps)[:, None]"),
    i("start and end swapped", "return (1 - t) * z_start + t * z_end", "return t * z_start + (1 - t) * z_end"),
    i("steps + 1 points", "torch.linspace(0, 1, steps)", "torch.linspace(0, 1, steps + 1)"),
    i("drops the first point (t from 1/(S-1))", "t = torch.linspace(0, 1, steps)[:, None]", "t = torch.linspace(0, 1, steps + 1)[1:, None]"),
    i("excludes both ends", "t = torch.linspace(0, 1, steps)[:, None]", "t = torch.linspace(0, 1, steps + 2)[1:-1, None]"),
    i("float64 path", "t = torch.linspace(0, 1, steps)[:, None]", "t = torch.linspace(0, 1, steps, dtype=torch.float64)[:, None]"),
    l("no clamp: NaN for nearly parallel codes", "torch.arccos(cos.clamp(-1.0, 1.0))", "torch.arccos(cos)"),
    l("no parallel fallback", "    if sin < 1e-6:\n        return interpolate(z_start, z_end, steps)\n", ""),
    l("fallback only for same direction, not opposite", "if sin < 1e-6:", "if sin < 1e-6 and cos > 0:"),
    l("angle in degrees", "omega = torch.arccos(cos.clamp(-1.0, 1.0))", "omega = torch.rad2deg(torch.arccos(cos.clamp(-1.0, 1.0)))"),
    l("coefficients swapped", "return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end", "return torch.sin(t * omega) / sin * z_start + torch.sin((1 - t) * omega) / sin * z_end"),
    l("cos without normalisation", "cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())", "cos = torch.dot(z_start, z_end)"),
    l("normalises the endpoints (path on the unit sphere)", "return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end",
      "return torch.sin((1 - t) * omega) / sin * z_start / z_start.norm() + torch.sin(t * omega) / sin * z_end / z_end.norm()"),
    l("t excludes the end", "t = torch.linspace(0, 1, steps)[:, None]", "t = (torch.arange(steps, dtype=torch.float32) / steps)[:, None]"),
    l("threshold on cos instead of sin", "if sin < 1e-6:", "if cos > 1 - 1e-6:"),
    l("divides by sin(omega) computed from unclamped cos via sqrt(1 - cos^2)", "sin = torch.sin(omega)", "sin = torch.sqrt(1 - cos ** 2)"),
    a("variance of the means only", "variance = (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2", "variance = (mu ** 2).mean(dim=0) - mean ** 2"),
    a("logvar used as the variance", "logvar.exp()", "logvar"),
    a("exp(0.5 logvar) (sigma, not sigma^2)", "logvar.exp()", "torch.exp(0.5 * logvar)"),
    a("averages over the latent dimensions", "mean = mu.mean(dim=0)\n    variance = (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2", "mean = mu.mean(dim=1)\n    variance = (logvar.exp() + mu ** 2).mean(dim=1) - mean ** 2"),
    a("unbiased N - 1 on the mean-of-squares", "variance = (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2", "variance = logvar.exp().mean(dim=0) + mu.var(dim=0, unbiased=True)"),
    a("forgets to subtract mean^2", " - mean ** 2", ""),
    a("mean of the variances plus variance of means but sigma^2 squared", "logvar.exp()", "logvar.exp() ** 2"),
    a("returns (variance, mean)", "return mean, variance", "return variance, mean"),
    a("standard deviation instead of variance", "return mean, variance", "return mean, variance.sqrt()"),
]

ALTERNATIVES = [
    dict(name="encode_means with split and inference_mode", grade_id="encode_means", source=ENC.replace(
        "    with torch.no_grad():\n        for start in range(0, len(images), batch_size):\n            mu, _ = model.encoder(images[start:start + batch_size])\n            codes.append(mu)",
        "    with torch.inference_mode():\n        for batch in images.split(batch_size):\n            codes.append(model.encoder(batch)[0])")),
    dict(name="latent_grid with meshgrid ij over flipped z2", grade_id="latent_grid", source=GRID.replace(
        "    z1 = values.repeat(n)\n    z2 = values.flip(0).repeat_interleave(n)\n    return torch.stack([z1, z2], dim=1)",
        "    rows, cols = torch.meshgrid(values.flip(0), values, indexing='ij')\n    return torch.stack([cols.reshape(-1), rows.reshape(-1)], dim=1)")),
    dict(name="latent_grid with cartesian_prod", grade_id="latent_grid", source=GRID.replace(
        "    z1 = values.repeat(n)\n    z2 = values.flip(0).repeat_interleave(n)\n    return torch.stack([z1, z2], dim=1)",
        "    return torch.cartesian_prod(values.flip(0), values).flip(1)")),
    dict(name="decode with sigmoid method", grade_id="decode", source=DEC.replace(
        "    model.eval()\n    with torch.no_grad():\n        return torch.sigmoid(model.decoder(z))",
        "    model.eval()\n    with torch.no_grad():\n        logits = model.decoder(z)\n    return logits.sigmoid()")),
    dict(name="interpolate with torch.lerp", grade_id="interpolate", source=INT.replace(
        "return (1 - t) * z_start + t * z_end", "return torch.lerp(z_start.expand(steps, -1), z_end.expand(steps, -1), t)")),
    dict(name="slerp via cosine similarity", grade_id="slerp", source=SL.replace(
        "cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())",
        "cos = torch.nn.functional.cosine_similarity(z_start, z_end, dim=0, eps=0.0)")),
    dict(name="aggregate via two-pass variance", grade_id="aggregate_moments", source=AGG.replace(
        "variance = (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2",
        "variance = logvar.exp().mean(dim=0) + ((mu - mean) ** 2).mean(dim=0)")),
]
