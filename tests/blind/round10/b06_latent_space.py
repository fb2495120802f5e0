NOTEBOOK = "06_latent_space"
MISTAKES, ALTERNATIVES = [], []


def M(name, gid, src):
    MISTAKES.append(dict(name=name, grade_id=gid, source=src))


def A(name, gid, src):
    ALTERNATIVES.append(dict(name=name, grade_id=gid, source=src))


EM = '''def encode_means(model, images, batch_size=1000):
    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients."""
{body}
'''
EM0 = '''    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    return torch.cat(codes)'''
for name, body in [
    ("never switches to eval mode", EM0.replace("    model.eval()\n", "")),
    ("no torch.no_grad: the codes require gradients", EM0.replace("    with torch.no_grad():\n", "    if True:\n")),
    ("samples z = mu + sigma * eps instead of the mean", EM0.replace("            mu, _ = model.encoder(images[start:start + batch_size])\n", "            mu, logvar = model.encoder(images[start:start + batch_size])\n            mu = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)\n")),
    ("uses model(x)[1]: fails for autoencoders whose forward returns only an image", EM0.replace("mu, _ = model.encoder(images[start:start + batch_size])", "mu = model(images[start:start + batch_size])[1]")),
    ("drops the last incomplete batch", EM0.replace("range(0, len(images), batch_size)", "range(0, len(images) - batch_size + 1, batch_size)")),
    ("returns the log-variances", EM0.replace("mu, _ = model.encoder", "_, mu = model.encoder")),
    ("ignores batch_size: encodes everything at once", "    model.eval()\n    with torch.no_grad():\n        return model.encoder(images)[0]"),
    ("batches concatenated in reverse order", EM0.replace("torch.cat(codes)", "torch.cat(codes[::-1])")),
    ("returns a list of per-batch tensors", EM0.replace("return torch.cat(codes)", "return codes")),
    ("off-by-one batches: skips one image between batches", EM0.replace("range(0, len(images), batch_size)", "range(0, len(images), batch_size + 1)")),
    ("float64 codes", EM0.replace("torch.cat(codes)", "torch.cat(codes).double()")),
]:
    M(name, "encode_means", EM.format(body=body))
A("split + detach, and restores the previous mode", "encode_means", EM.format(body='''    was_training = model.training
    model.eval()
    with torch.no_grad():
        out = torch.cat([model.encoder(x)[0] for x in torch.split(images, batch_size)], dim=0)
    model.train(was_training)
    return out.detach()'''))

LG = '''def latent_grid(n, low=-2.0, high=2.0):
    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right)."""
{body}
'''
for name, body in [
    ("z2 grows downwards (top row has z2 = low)", "    v = torch.linspace(low, high, n)\n    return torch.stack([v.repeat(n), v.repeat_interleave(n)], dim=1)"),
    ("columns swapped: (z2, z1)", "    v = torch.linspace(low, high, n)\n    return torch.stack([v.flip(0).repeat_interleave(n), v.repeat(n)], dim=1)"),
    ("column-major order (down the columns first)", "    v = torch.linspace(low, high, n)\n    return torch.stack([v.repeat_interleave(n), v.flip(0).repeat(n)], dim=1)"),
    ("excludes the high end: linspace over n + 1 points, last dropped", "    v = torch.linspace(low, high, n + 1)[:-1]\n    w = torch.linspace(high, low, n + 1)[:-1]\n    return torch.stack([v.repeat(n), w.repeat_interleave(n)], dim=1)"),
    ("step h = (high - low) / n", "    h = (high - low) / n\n    v = low + h * torch.arange(n, dtype=torch.float32)\n    return torch.stack([v.repeat(n), (high - h * torch.arange(n, dtype=torch.float32)).repeat_interleave(n)], dim=1)"),
    ("numpy linspace: float64", "    import numpy as np\n    v = torch.from_numpy(np.linspace(low, high, n))\n    return torch.stack([v.repeat(n), v.flip(0).repeat_interleave(n)], dim=1)"),
    ("returns (n, n, 2) instead of (n * n, 2)", "    v = torch.linspace(low, high, n)\n    return torch.stack([v.repeat(n), v.flip(0).repeat_interleave(n)], dim=1).reshape(n, n, 2)"),
    ("meshgrid 'ij' without flipping z2", "    v = torch.linspace(low, high, n)\n    a, b = torch.meshgrid(v, v, indexing='ij')\n    return torch.stack([b.reshape(-1), a.reshape(-1)], dim=1)"),
    ("defaults changed to [-3, 3]", "    v = torch.linspace(low, high, n)\n    return torch.stack([v.repeat(n), v.flip(0).repeat_interleave(n)], dim=1)"),
    ("z1 runs from high to low (mirrored)", "    v = torch.linspace(low, high, n)\n    return torch.stack([v.flip(0).repeat(n), v.flip(0).repeat_interleave(n)], dim=1)"),
    ("ignores low/high: always [-2, 2]", "    v = torch.linspace(-2.0, 2.0, n)\n    return torch.stack([v.repeat(n), v.flip(0).repeat_interleave(n)], dim=1)"),
]:
    src = LG.format(body=body)
    if name.startswith("defaults changed"):
        src = src.replace("low=-2.0, high=2.0", "low=-3.0, high=3.0")
    M(name, "latent_grid", src)
A("explicit double loop with formula", "latent_grid", LG.format(body="    h = (high - low) / (n - 1)\n    return torch.tensor([[low + j * h, high - i * h] for i in range(n) for j in range(n)], dtype=torch.float32)"))
A("meshgrid xy with flipped z2", "latent_grid", LG.format(body="    xs = torch.linspace(low, high, n)\n    ys = torch.linspace(high, low, n)\n    gx, gy = torch.meshgrid(xs, ys, indexing='xy')\n    return torch.stack([gx.flatten(), gy.flatten()], dim=-1)"))

DC = '''def decode(model, z):
    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients."""
{body}
'''
for name, body in [
    ("returns the logits (no sigmoid)", "    model.eval()\n    with torch.no_grad():\n        return model.decoder(z)"),
    ("never switches to eval mode", "    with torch.no_grad():\n        return torch.sigmoid(model.decoder(z))"),
    ("no torch.no_grad: output requires gradients", "    model.eval()\n    return torch.sigmoid(model.decoder(z))"),
    ("returns a Bernoulli sample of 0s and 1s", "    model.eval()\n    with torch.no_grad():\n        return torch.bernoulli(torch.sigmoid(model.decoder(z)))"),
    ("clamps the logits to [0, 1]", "    model.eval()\n    with torch.no_grad():\n        return model.decoder(z).clamp(0, 1)"),
    ("returns flat (N, 784) images", "    model.eval()\n    with torch.no_grad():\n        return torch.sigmoid(model.decoder(z)).reshape(len(z), -1)"),
    ("softmax over the pixels", "    model.eval()\n    with torch.no_grad():\n        logits = model.decoder(z)\n        return torch.softmax(logits.flatten(1), dim=1).reshape(logits.shape)"),
    ("rescales each image to [0, 1] by its min and max", "    model.eval()\n    with torch.no_grad():\n        p = torch.sigmoid(model.decoder(z))\n        lo = p.amin(dim=(1, 2, 3), keepdim=True)\n        hi = p.amax(dim=(1, 2, 3), keepdim=True)\n        return (p - lo) / (hi - lo + 1e-8)"),
]:
    M(name, "decode", DC.format(body=body))
A("inference_mode and .sigmoid()", "decode", DC.format(body="    model.eval()\n    with torch.inference_mode():\n        out = model.decoder(z).sigmoid()\n    return out.clone()"))

SA = '''def samples_around(model, image, n, scale, generator):
    """n codes drawn around the mean code of one image, and their decoded images."""
{body}
'''
SA0 = "    mu = encode_means(model, image[None])\n    noise = torch.randn(n, mu.shape[1], generator=generator)\n    z = mu + scale * noise\n    return z, decode(model, z)"
for name, body in [
    ("global RNG instead of the generator", SA0.replace("torch.randn(n, mu.shape[1], generator=generator)", "torch.randn(n, mu.shape[1])")),
    ("scale treated as a variance (multiplies by scale^2)", SA0.replace("mu + scale * noise", "mu + scale ** 2 * noise")),
    ("sqrt(scale) (scale treated as a variance)", SA0.replace("mu + scale * noise", "mu + scale ** 0.5 * noise")),
    ("one noise vector shared by the n samples", SA0.replace("torch.randn(n, mu.shape[1], generator=generator)", "torch.randn(1, mu.shape[1], generator=generator)").replace("z = mu + scale * noise", "z = (mu + scale * noise).expand(n, -1)")),
    ("reseeds the given generator with 0", SA0.replace("    noise =", "    generator.manual_seed(0)\n    noise =")),
    ("noise drawn as (latent_dim, n) and transposed: other values than the stated draw", SA0.replace("torch.randn(n, mu.shape[1], generator=generator)", "torch.randn(mu.shape[1], n, generator=generator).T")),
    ("uses the encoder's sigma instead of scale", "    model.eval()\n    with torch.no_grad():\n        mu, logvar = model.encoder(image[None])\n    noise = torch.randn(n, mu.shape[1], generator=generator)\n    z = mu + scale * torch.exp(0.5 * logvar) * noise\n    return z, decode(model, z)"),
    ("returns mu repeated as z instead of the noisy codes", "    mu = encode_means(model, image[None])\n    noise = torch.randn(n, mu.shape[1], generator=generator)\n    z = mu + scale * noise\n    return mu.expand(n, -1), decode(model, z)"),
    ("returns (images, z) swapped", SA0.replace("return z, decode(model, z)", "return decode(model, z), z")),
    ("draws the noise before encoding with the generator twice (extra draw)", "    _ = torch.randn(1, generator=generator)\n" + SA0),
    ("decoded images are logits (model.decoder directly)", SA0.replace("decode(model, z)", "model.decoder(z).detach()")),
    ("noise rows used in reverse order (not the stated draw)", SA0.replace("z = mu + scale * noise", "z = mu + scale * noise.flip(0)")),
]:
    M(name, "samples_around", SA.format(body=body))
A("model.encoder directly, unsqueeze, latent size from mu", "samples_around", SA.format(body="    model.eval()\n    with torch.no_grad():\n        mu = model.encoder(image.unsqueeze(0))[0]\n    eps = torch.randn(n, mu.shape[-1], generator=generator)\n    z = mu + scale * eps\n    return z, decode(model, z)"))

IP = '''def interpolate(z_start, z_end, steps):
    """Equally spaced codes on the straight line from z_start to z_end, both ends included."""
{body}
'''
for name, body in [
    ("t = k / steps: the end is not reached", "    t = torch.arange(steps, dtype=z_start.dtype)[:, None] / steps\n    return (1 - t) * z_start + t * z_end"),
    ("steps + 1 codes", "    t = torch.linspace(0, 1, steps + 1)[:, None]\n    return (1 - t) * z_start + t * z_end"),
    ("ends swapped", "    t = torch.linspace(0, 1, steps)[:, None]\n    return t * z_start + (1 - t) * z_end"),
    ("transposed: (latent_dim, steps)", "    t = torch.linspace(0, 1, steps)\n    return (1 - t) * z_start[:, None] + t * z_end[:, None]"),
    ("adds t * z_end to z_start (no (1 - t) factor)", "    t = torch.linspace(0, 1, steps)[:, None]\n    return z_start + t * z_end"),
    ("numpy t: float64 path", "    import numpy as np\n    t = torch.from_numpy(np.linspace(0, 1, steps))[:, None]\n    return (1 - t) * z_start + t * z_end"),
    ("t starts after 0: excludes z_start", "    t = torch.linspace(0, 1, steps + 1)[1:, None]\n    return (1 - t) * z_start + t * z_end"),
    ("writes the path into z_start in place (mutates the caller's code)", "    t = torch.linspace(0, 1, steps)[:, None]\n    path = (1 - t) * z_start + t * z_end\n    z_start.copy_(path[steps // 2])\n    return path"),
]:
    M(name, "interpolate", IP.format(body=body))
A("torch.lerp", "interpolate", IP.format(body="    t = torch.linspace(0.0, 1.0, steps).unsqueeze(1)\n    return torch.lerp(z_start.expand(steps, -1), z_end.expand(steps, -1), t)"))

SL = '''def slerp(z_start, z_end, steps):
    """Spherical linear interpolation from z_start to z_end, both ends included."""
{body}
'''
SL0 = '''    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    sin = torch.sin(omega)
    if sin < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end'''
for name, body in [
    ("no clamp of cos: NaN when rounding pushes it above 1", SL0.replace("torch.arccos(cos.clamp(-1, 1))", "torch.arccos(cos)")),
    ("no fallback for parallel codes: division by ~0", SL0.replace("    if sin < 1e-6:\n        return interpolate(z_start, z_end, steps)\n", "")),
    ("fallback tested on the angle, not its sine: opposite codes divide by ~0", SL0.replace("if sin < 1e-6:", "if omega < 1e-6:")),
    ("returns unit vectors: forgets the norms (slerp of normalised codes)", SL0.replace("* z_start + torch.sin(t * omega) / sin * z_end", "* z_start / z_start.norm() + torch.sin(t * omega) / sin * z_end / z_end.norm()")),
    ("angle from the raw dot product, not normalised", SL0.replace("torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())", "torch.dot(z_start, z_end)")),
    ("coefficients swapped", SL0.replace("torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end", "torch.sin(t * omega) / sin * z_start + torch.sin((1 - t) * omega) / sin * z_end")),
    ("cos instead of sin in the weights", SL0.replace("torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end", "torch.cos((1 - t) * omega) * z_start + torch.cos(t * omega) * z_end")),
    ("fallback repeats z_start", SL0.replace("return interpolate(z_start, z_end, steps)", "return z_start.expand(steps, -1).clone()")),
    ("t = k / steps (end not included)", SL0.replace("torch.linspace(0, 1, steps)[:, None]", "(torch.arange(steps) / steps)[:, None]")),
    ("computed in float64: returns float64", SL0.replace("    cos = torch.dot(z_start, z_end)", "    z_start, z_end = z_start.double(), z_end.double()\n    cos = torch.dot(z_start, z_end)")),
    ("threshold 1e-2 too large: nearly parallel codes get the straight path", SL0.replace("if sin < 1e-6:", "if sin < 1e-2:")),
]:
    M(name, "slerp", SL.format(body=body))
A("sin from sqrt(1 - cos^2), atan2 angle", "slerp", SL.format(body='''    a, b = z_start, z_end
    cos = (a @ b) / (a.norm() * b.norm())
    cos = cos.clamp(-1.0, 1.0)
    sin = torch.sqrt(1 - cos * cos)
    if sin < 1e-6:
        return interpolate(a, b, steps)
    omega = torch.atan2(sin, cos)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return (torch.sin((1 - t) * omega) * a + torch.sin(t * omega) * b) / torch.sin(omega)'''))

AM = '''def aggregate_moments(mu, logvar):
    """Mean and variance of the aggregate posterior q(z), per dimension."""
{body}
'''
for name, body in [
    ("variance of the means only (forgets sigma^2)", "    return mu.mean(0), mu.var(0, unbiased=False)"),
    ("unbiased (N - 1) variance of the means plus average sigma^2", "    return mu.mean(0), logvar.exp().mean(0) + mu.var(0)"),
    ("forgets to subtract m^2", "    return mu.mean(0), (logvar.exp() + mu ** 2).mean(0)"),
    ("std exp(logvar / 2) instead of the variance", "    m = mu.mean(0)\n    return m, ((0.5 * logvar).exp() + mu ** 2).mean(0) - m ** 2"),
    ("averages over the latent dimensions (dim=1)", "    m = mu.mean(1)\n    return m, (logvar.exp() + mu ** 2).mean(1) - m ** 2"),
    ("subtracts m instead of m^2", "    m = mu.mean(0)\n    return m, (logvar.exp() + mu ** 2).mean(0) - m"),
    ("returns the standard deviation instead of the variance", "    m = mu.mean(0)\n    return m, ((logvar.exp() + mu ** 2).mean(0) - m ** 2).sqrt()"),
    ("logvar used as the variance", "    m = mu.mean(0)\n    return m, (logvar + mu ** 2).mean(0) - m ** 2"),
    ("sum over the images instead of the mean", "    m = mu.sum(0)\n    return m, (logvar.exp() + mu ** 2).sum(0) - m ** 2"),
]:
    M(name, "aggregate_moments", AM.format(body=body))
A("law of total variance with centred means", "aggregate_moments", AM.format(body="    m = mu.mean(dim=0)\n    return m, logvar.exp().mean(dim=0) + ((mu - m) ** 2).mean(dim=0)"))


def _balanced(items, cap):
    """Keep at most `cap` items, spread over every grade_id, evenly sampled within each."""
    groups = {}
    for item in items:
        groups.setdefault(item["grade_id"], []).append(item)
    if len(items) <= cap:
        return items
    quota = {g: 1 for g in groups}
    left = cap - len(groups)
    while left > 0:
        g = max(groups, key=lambda g: (len(groups[g]) - quota[g]) / len(groups[g]) if quota[g] < len(groups[g]) else -1)
        if quota[g] >= len(groups[g]):
            break
        quota[g] += 1
        left -= 1
    kept = []
    for g, group in groups.items():
        q, n = quota[g], len(group)
        picks = sorted({min(n - 1, (i * n) // q + (n // q) // 2) for i in range(q)})
        i = 0
        while len(picks) < q:
            if i not in picks:
                picks.append(i)
            i += 1
        kept += [group[i] for i in sorted(picks)]
    return kept


MISTAKES = _balanced(MISTAKES, 34)
ALTERNATIVES = _balanced(ALTERNATIVES, 8)
