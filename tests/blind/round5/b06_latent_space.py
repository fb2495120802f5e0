NOTEBOOK = "06_latent_space"

_EM = '''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)
    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)
    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients
    """
{body}'''
_LG = '''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).

    n: number of points per axis (n >= 2); both ends low and high are included
    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)
    """
{body}'''
_DE = '''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.

    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)
    z: (N, latent_dim) codes
    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits
    """
{body}'''
_SA = '''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images.

    model: a VAE (or autoencoder) of vaecourse.models
    image: one image (1, 28, 28) in [0, 1]
    n: number of samples; scale: standard deviation of the noise added to the mean code
    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)
    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]
    """
{body}'''
_IN = '''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2
    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)
    """
{body}'''
_SL = '''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included.

    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)
    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,
    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-6
    """
{body}'''
_AM = '''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.

    mu, logvar: (N, latent_dim), the encoder's outputs for N images
    Returns (mean, variance): two (latent_dim,) tensors,
        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2
    """
{body}'''
def em(b): return dict(grade_id="encode_means", source=_EM.format(body=b))
def lg(b): return dict(grade_id="latent_grid", source=_LG.format(body=b))
def de(b): return dict(grade_id="decode", source=_DE.format(body=b))
def sa(b): return dict(grade_id="samples_around", source=_SA.format(body=b))
def inn(b): return dict(grade_id="interpolate", source=_IN.format(body=b))
def sl(b): return dict(grade_id="slerp", source=_SL.format(body=b))
def am(b): return dict(grade_id="aggregate_moments", source=_AM.format(body=b))

SL_OK = '''    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    if torch.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)'''

MISTAKES = [
    dict(name="no eval mode", **em("    codes = []\n    with torch.no_grad():\n        for start in range(0, len(images), batch_size):\n            codes.append(model.encoder(images[start:start + batch_size])[0])\n    return torch.cat(codes)")),
    dict(name="samples instead of means", **em("    model.eval()\n    codes = []\n    with torch.no_grad():\n        for start in range(0, len(images), batch_size):\n            mu, logvar = model.encoder(images[start:start + batch_size])\n            codes.append(mu + torch.exp(0.5 * logvar) * torch.randn_like(mu))\n    return torch.cat(codes)")),
    dict(name="drops the last partial batch", **em("    model.eval()\n    codes = []\n    with torch.no_grad():\n        for start in range(0, len(images) - batch_size + 1, batch_size):\n            codes.append(model.encoder(images[start:start + batch_size])[0])\n    return torch.cat(codes)")),
    dict(name="returns logvar", **em("    model.eval()\n    with torch.no_grad():\n        return torch.cat([model.encoder(images[s:s + batch_size])[1] for s in range(0, len(images), batch_size)])")),
    dict(name="z2 from low to high (bottom row first)", **lg("    values = torch.linspace(low, high, n)\n    z2, z1 = torch.meshgrid(values, values, indexing='ij')\n    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)")),
    dict(name="columns swapped (z2, z1)", **lg("    values = torch.linspace(low, high, n)\n    rows, cols = torch.meshgrid(values.flip(0), values, indexing='ij')\n    return torch.stack([rows.reshape(-1), cols.reshape(-1)], dim=1)")),
    dict(name="column-major order", **lg("    values = torch.linspace(low, high, n)\n    z1, z2 = torch.meshgrid(values, values.flip(0), indexing='ij')\n    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)")),
    dict(name="excludes the high end (arange step)", **lg("    h = (high - low) / n\n    values = low + h * torch.arange(n, dtype=torch.float32)\n    z2, z1 = torch.meshgrid(values.flip(0), values, indexing='ij')\n    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)")),
    dict(name="float64 grid", **lg("    values = torch.linspace(low, high, n, dtype=torch.float64)\n    z2, z1 = torch.meshgrid(values.flip(0), values, indexing='ij')\n    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)")),
    dict(name="returns logits", **de("    model.eval()\n    with torch.no_grad():\n        return model.decoder(z)")),
    dict(name="Bernoulli samples instead of means", **de("    model.eval()\n    with torch.no_grad():\n        return torch.bernoulli(torch.sigmoid(model.decoder(z)))")),
    dict(name="no eval, graph kept", **de("    return torch.sigmoid(model.decoder(z))")),
    dict(name="noise from the global RNG", **sa("    mu = encode_means(model, image[None])\n    z = mu + scale * torch.randn(n, mu.shape[1])\n    return z, decode(model, z)")),
    dict(name="variance instead of std: scale**2", **sa("    mu = encode_means(model, image[None])\n    z = mu + scale ** 2 * torch.randn(n, mu.shape[1], generator=generator)\n    return z, decode(model, z)")),
    dict(name="noise drawn as (latent_dim, n) and transposed: different assignment of draws", **sa("    mu = encode_means(model, image[None])\n    z = mu + scale * torch.randn(mu.shape[1], n, generator=generator).T\n    return z, decode(model, z)")),
    dict(name="uses the encoder sigma, not scale", **sa("    model.eval()\n    with torch.no_grad():\n        mu, logvar = model.encoder(image[None])\n    z = mu + torch.exp(0.5 * logvar) * torch.randn(n, mu.shape[1], generator=generator)\n    return z, decode(model, z)")),
    dict(name="t = k / steps: misses the end", **inn("    t = torch.arange(steps, dtype=torch.float32)[:, None] / steps\n    return (1 - t) * z_start + t * z_end")),
    dict(name="weights swapped", **inn("    t = torch.linspace(0, 1, steps)[:, None]\n    return t * z_start + (1 - t) * z_end")),
    dict(name="broadcast along the wrong axis (t as a row)", **inn("    t = torch.linspace(0, 1, steps)\n    return ((1 - t)[None, :] * z_start[:, None] + t[None, :] * z_end[:, None])")),
    dict(name="no clamp: NaN for parallel vectors not caught", **sl(SL_OK.replace("torch.arccos(cos.clamp(-1, 1))", "torch.arccos(cos)"))),
    dict(name="normalises both ends onto the unit sphere", **sl(SL_OK.replace("return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)", "return (torch.sin((1 - t) * omega) * z_start / z_start.norm() + torch.sin(t * omega) * z_end / z_end.norm()) / torch.sin(omega)"))),
    dict(name="checks only cos close to 1 (opposite vectors fall through)", **sl(SL_OK.replace("if torch.sin(omega) < 1e-6:", "if cos > 1 - 1e-6:"))),
    dict(name="weights swapped between ends", **sl(SL_OK.replace("torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end", "torch.sin(t * omega) * z_start + torch.sin((1 - t) * omega) * z_end"))),
    dict(name="variance of the means only", **am("    return mu.mean(0), mu.var(0, unbiased=False)")),
    dict(name="unbiased N-1", **am("    m = mu.mean(0)\n    n = len(mu)\n    return m, ((logvar.exp() + mu ** 2).sum(0) - n * m ** 2) / (n - 1)")),
    dict(name="logvar used as variance", **am("    m = mu.mean(0)\n    return m, (logvar + mu ** 2).mean(0) - m ** 2")),
    dict(name="exp(0.5 logvar) (std) instead of variance", **am("    m = mu.mean(0)\n    return m, (torch.exp(0.5 * logvar) + mu ** 2).mean(0) - m ** 2")),
]

ALTERNATIVES = [
    dict(name="inference_mode and split", **em("    model.eval()\n    with torch.inference_mode():\n        parts = [model.encoder(x)[0] for x in images.split(batch_size)]\n    return torch.cat(parts, dim=0).clone()")),
    dict(name="explicit index arithmetic", **lg("    h = (high - low) / (n - 1)\n    k = torch.arange(n * n)\n    i, j = k // n, k % n\n    return torch.stack([low + j * h, high - i * h], dim=1).to(torch.float32)")),
    dict(name="decoder probs via sigmoid method", **de("    model.eval()\n    with torch.no_grad():\n        logits = model.decoder(z)\n    return logits.sigmoid()")),
    dict(name="unsqueeze and broadcasting add", **sa("    mu = encode_means(model, image.unsqueeze(0))\n    noise = torch.randn(n, mu.size(1), generator=generator)\n    z = noise.mul(scale).add(mu)\n    return z, decode(model, z)")),
    dict(name="torch.lerp", **inn("    t = torch.linspace(0, 1, steps).unsqueeze(1)\n    return torch.lerp(z_start.expand(steps, -1), z_end.expand(steps, -1), t)")),
    dict(name="cosine_similarity and math", **sl('''    import torch.nn.functional as F
    cos = F.cosine_similarity(z_start, z_end, dim=0).clamp(-1.0, 1.0)
    omega = torch.acos(cos)
    s = torch.sin(omega)
    if s.item() < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).unsqueeze(-1)
    return torch.sin((1 - t) * omega) / s * z_start + torch.sin(t * omega) / s * z_end''')),
    dict(name="var of means plus mean of variances", **am("    return mu.mean(dim=0), mu.var(dim=0, unbiased=False) + logvar.exp().mean(dim=0)")),
]
