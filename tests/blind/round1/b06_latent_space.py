NOTEBOOK = "06_latent_space"

MISTAKES = [
# encode_means
dict(name="returns a sample instead of the mean", grade_id="encode_means", source='''
def encode_means(model, images, batch_size=1000):
    model.eval()
    out = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, logvar = model.encoder(images[start:start + batch_size])
            out.append(mu + torch.exp(0.5 * logvar) * torch.randn_like(mu))
    return torch.cat(out)
'''),
dict(name="no eval mode", grade_id="encode_means", source='''
def encode_means(model, images, batch_size=1000):
    out = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            out.append(model.encoder(images[start:start + batch_size])[0])
    return torch.cat(out)
'''),
dict(name="no torch.no_grad (codes require grad)", grade_id="encode_means", source='''
def encode_means(model, images, batch_size=1000):
    model.eval()
    out = []
    for start in range(0, len(images), batch_size):
        out.append(model.encoder(images[start:start + batch_size])[0])
    return torch.cat(out)
'''),
dict(name="drops the last partial batch", grade_id="encode_means", source='''
def encode_means(model, images, batch_size=1000):
    model.eval()
    out = []
    with torch.no_grad():
        for b in range(len(images) // batch_size):
            out.append(model.encoder(images[b * batch_size:(b + 1) * batch_size])[0])
    return torch.cat(out)
'''),
dict(name="uses model(x) (VAE forward) and takes the second output", grade_id="encode_means", source='''
def encode_means(model, images, batch_size=1000):
    model.eval()
    out = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            _, mu, _ = model(images[start:start + batch_size])
            out.append(mu)
    return torch.cat(out)
'''),
dict(name="returns logvar (index 1) instead of mu", grade_id="encode_means", source='''
def encode_means(model, images, batch_size=1000):
    model.eval()
    with torch.no_grad():
        return torch.cat([model.encoder(x)[1] for x in torch.split(images, batch_size)])
'''),
dict(name="ignores batch_size: encodes everything at once", grade_id="encode_means", source='''
def encode_means(model, images, batch_size=1000):
    model.eval()
    with torch.no_grad():
        mu, _ = model.encoder(images)
    return mu
'''),
dict(name="stacks instead of cat (adds a dimension)", grade_id="encode_means", source='''
def encode_means(model, images, batch_size=1000):
    model.eval()
    out = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            out.append(model.encoder(images[start:start + batch_size])[0])
    return torch.stack(out) if len(out) > 1 else out[0]
'''),
# latent_grid
dict(name="z2 increasing downwards (low at the top)", grade_id="latent_grid", source='''
def latent_grid(n, low=-2.0, high=2.0):
    v = torch.linspace(low, high, n)
    z2, z1 = torch.meshgrid(v, v, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
dict(name="meshgrid indexing xy swaps roles (column-major order)", grade_id="latent_grid", source='''
def latent_grid(n, low=-2.0, high=2.0):
    v = torch.linspace(low, high, n)
    z1, z2 = torch.meshgrid(v, v.flip(0), indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
dict(name="excludes the high end (arange)", grade_id="latent_grid", source='''
def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / n
    v = low + h * torch.arange(n, dtype=torch.float32)
    rows = []
    for i in range(n):
        for j in range(n):
            rows.append([v[j].item(), (high - i * h)])
    return torch.tensor(rows, dtype=torch.float32)
'''),
dict(name="float64 output via numpy", grade_id="latent_grid", source='''
import numpy as np

def latent_grid(n, low=-2.0, high=2.0):
    v = np.linspace(low, high, n)
    pts = [(v[j], v[n - 1 - i]) for i in range(n) for j in range(n)]
    return torch.tensor(np.array(pts))
'''),
dict(name="coordinates swapped (z2, z1)", grade_id="latent_grid", source='''
def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / (n - 1)
    return torch.tensor([[high - i * h, low + j * h] for i in range(n) for j in range(n)], dtype=torch.float32)
'''),
dict(name="hard-coded range [-2, 2]", grade_id="latent_grid", source='''
def latent_grid(n, low=-2.0, high=2.0):
    v = torch.linspace(-2, 2, n)
    z1 = v.repeat(n)
    z2 = v.flip(0).repeat_interleave(n)
    return torch.stack([z1, z2], dim=1)
'''),
# decode
dict(name="returns logits (no sigmoid)", grade_id="decode", source='''
def decode(model, z):
    model.eval()
    with torch.no_grad():
        return model.decoder(z)
'''),
dict(name="Bernoulli sample instead of mean", grade_id="decode", source='''
def decode(model, z):
    model.eval()
    with torch.no_grad():
        return torch.bernoulli(torch.sigmoid(model.decoder(z)))
'''),
dict(name="no eval mode", grade_id="decode", source='''
def decode(model, z):
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z))
'''),
dict(name="no no_grad", grade_id="decode", source='''
def decode(model, z):
    model.eval()
    return torch.sigmoid(model.decoder(z))
'''),
dict(name="clamps logits to [0,1] instead of sigmoid", grade_id="decode", source='''
def decode(model, z):
    model.eval()
    with torch.no_grad():
        return model.decoder(z).clamp(0, 1)
'''),
dict(name="min-max rescale of logits per batch", grade_id="decode", source='''
def decode(model, z):
    model.eval()
    with torch.no_grad():
        l = model.decoder(z)
        return (l - l.min()) / (l.max() - l.min())
'''),
# samples_around
dict(name="noise not scaled", grade_id="samples_around", source='''
def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])
    z = mu + torch.randn(n, mu.shape[1], generator=generator)
    return z, decode(model, z)
'''),
dict(name="ignores the generator", grade_id="samples_around", source='''
def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])
    z = mu + scale * torch.randn(n, mu.shape[1])
    return z, decode(model, z)
'''),
dict(name="scale used as variance (sqrt(scale))", grade_id="samples_around", source='''
def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])
    z = mu + scale ** 0.5 * torch.randn(n, mu.shape[1], generator=generator)
    return z, decode(model, z)
'''),
dict(name="hard-coded latent_dim 20", grade_id="samples_around", source='''
def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image.unsqueeze(0))
    z = mu + scale * torch.randn(n, 20, generator=generator)
    return z, decode(model, z)
'''),
dict(name="one noise vector shared by all n samples", grade_id="samples_around", source='''
def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])
    eps = torch.randn(1, mu.shape[1], generator=generator)
    z = mu + scale * eps.expand(n, -1)
    return z, decode(model, z)
'''),
dict(name="uses encoder's sigma instead of scale", grade_id="samples_around", source='''
def samples_around(model, image, n, scale, generator):
    model.eval()
    with torch.no_grad():
        mu, logvar = model.encoder(image[None])
    z = mu + torch.exp(0.5 * logvar) * torch.randn(n, mu.shape[1], generator=generator)
    return z, decode(model, z)
'''),
dict(name="returns only images (no codes)", grade_id="samples_around", source='''
def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])
    z = mu + scale * torch.randn(n, mu.shape[1], generator=generator)
    return decode(model, z), z
'''),
# interpolate
dict(name="endpoints swapped (t weights reversed)", grade_id="interpolate", source='''
def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)[:, None]
    return t * z_start + (1 - t) * z_end
'''),
dict(name="end excluded (t = k / steps)", grade_id="interpolate", source='''
def interpolate(z_start, z_end, steps):
    t = (torch.arange(steps, dtype=torch.float32) / steps)[:, None]
    return (1 - t) * z_start + t * z_end
'''),
dict(name="broadcast along wrong axis (t without [:, None])", grade_id="interpolate", source='''
def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)
    return ((1 - t)[None, :] * z_start[:, None] + t[None, :] * z_end[:, None])
'''),
dict(name="steps+1 points", grade_id="interpolate", source='''
def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps + 1).unsqueeze(1)
    return (1 - t) * z_start + t * z_end
'''),
dict(name="normalises the path onto unit sphere", grade_id="interpolate", source='''
def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    p = (1 - t) * z_start + t * z_end
    return p / p.norm(dim=1, keepdim=True) * z_start.norm()
'''),
# slerp
dict(name="no clamp before arccos (NaN for parallel codes)", grade_id="slerp", source='''
def slerp(z_start, z_end, steps):
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos)
    so = torch.sin(omega)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) / so * z_start + torch.sin(t * omega) / so * z_end
'''),
dict(name="normalises the endpoints (returns unit-norm path)", grade_id="slerp", source='''
def slerp(z_start, z_end, steps):
    a = z_start / z_start.norm()
    b = z_end / z_end.norm()
    cos = torch.clamp(torch.dot(a, b), -1, 1)
    omega = torch.arccos(cos)
    so = torch.sin(omega)
    if so < 1e-6:
        return interpolate(a, b, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) / so * a + torch.sin(t * omega) / so * b
'''),
dict(name="cos not normalised by the norms", grade_id="slerp", source='''
def slerp(z_start, z_end, steps):
    cos = torch.clamp(torch.dot(z_start, z_end), -1.0, 1.0)
    omega = torch.arccos(cos)
    so = torch.sin(omega)
    if so < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) / so * z_start + torch.sin(t * omega) / so * z_end
'''),
dict(name="weights swapped sin(t W) on start", grade_id="slerp", source='''
def slerp(z_start, z_end, steps):
    cos = torch.clamp(torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm()), -1.0, 1.0)
    omega = torch.arccos(cos)
    so = torch.sin(omega)
    if so < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin(t * omega) / so * z_start + torch.sin((1 - t) * omega) / so * z_end
'''),
dict(name="fallback tests omega < 1e-6 (misses opposite codes, omega = pi)", grade_id="slerp", source='''
def slerp(z_start, z_end, steps):
    cos = torch.clamp(torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm()), -1.0, 1.0)
    omega = torch.arccos(cos)
    if omega < 1e-6:
        return interpolate(z_start, z_end, steps)
    so = torch.sin(omega)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.sin((1 - t) * omega) / so * z_start + torch.sin(t * omega) / so * z_end
'''),
dict(name="uses cos(W) in the denominator (confused sin/cos)", grade_id="slerp", source='''
def slerp(z_start, z_end, steps):
    cos = torch.clamp(torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm()), -1.0, 1.0)
    omega = torch.arccos(cos)
    so = torch.sin(omega)
    if so < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return torch.cos((1 - t) * omega) / so * z_start + torch.sin(t * omega) / so * z_end
'''),
# aggregate_moments
dict(name="variance of the means only (ignores sigma^2)", grade_id="aggregate_moments", source='''
def aggregate_moments(mu, logvar):
    m = mu.mean(0)
    return m, (mu ** 2).mean(0) - m ** 2
'''),
dict(name="unbiased N-1 variance", grade_id="aggregate_moments", source='''
def aggregate_moments(mu, logvar):
    m = mu.mean(0)
    N = mu.shape[0]
    return m, logvar.exp().mean(0) + mu.var(0, unbiased=True)
'''),
dict(name="logvar used as variance", grade_id="aggregate_moments", source='''
def aggregate_moments(mu, logvar):
    m = mu.mean(dim=0)
    return m, (logvar + mu ** 2).mean(dim=0) - m ** 2
'''),
dict(name="std used instead of variance", grade_id="aggregate_moments", source='''
def aggregate_moments(mu, logvar):
    m = mu.mean(dim=0)
    return m, (torch.exp(0.5 * logvar) + mu ** 2).mean(dim=0) - m ** 2
'''),
dict(name="averages over latent dims instead of images", grade_id="aggregate_moments", source='''
def aggregate_moments(mu, logvar):
    m = mu.mean(dim=1)
    return m, (logvar.exp() + mu ** 2).mean(dim=1) - m ** 2
'''),
dict(name="forgets to subtract mean^2", grade_id="aggregate_moments", source='''
def aggregate_moments(mu, logvar):
    return mu.mean(0), (logvar.exp() + mu.pow(2)).mean(0)
'''),
dict(name="mean of variances plus variance of means but N-1 via torch.var default", grade_id="aggregate_moments", source='''
def aggregate_moments(mu, logvar):
    return mu.mean(0), logvar.exp().mean(0) + torch.var(mu, dim=0)
'''),
]

ALTERNATIVES = [
dict(name="list comprehension with torch.split", grade_id="encode_means", source='''
def encode_means(model, images, batch_size=1000):
    model.eval()
    with torch.no_grad():
        codes = [model.encoder(chunk)[0] for chunk in images.split(batch_size)]
    return torch.cat(codes, dim=0)
'''),
dict(name="meshgrid ij with flipped z2", grade_id="latent_grid", source='''
def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    z2, z1 = torch.meshgrid(values.flip(0), values, indexing="ij")
    return torch.stack([z1.flatten(), z2.flatten()], dim=-1)
'''),
dict(name="double loop with the formula", grade_id="latent_grid", source='''
def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / (n - 1)
    grid = torch.empty(n * n, 2, dtype=torch.float32)
    for i in range(n):
        for j in range(n):
            grid[i * n + j, 0] = low + j * h
            grid[i * n + j, 1] = high - i * h
    return grid
'''),
dict(name="inference_mode and .sigmoid()", grade_id="decode", source='''
def decode(model, z):
    model.eval()
    with torch.inference_mode():
        images = model.decoder(z).sigmoid()
    return images.clone()
'''),
dict(name="unsqueeze and explicit expansion", grade_id="samples_around", source='''
def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image.unsqueeze(0))[0]
    noise = torch.randn(n, mu.numel(), generator=generator)
    z = mu.unsqueeze(0).expand(n, -1) + scale * noise
    return z, decode(model, z)
'''),
dict(name="torch.lerp", grade_id="interpolate", source='''
def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps).unsqueeze(-1)
    return torch.lerp(z_start.expand(steps, -1), z_end.expand(steps, -1), t)
'''),
dict(name="z_start + t (z_end - z_start) with exact endpoints", grade_id="interpolate", source='''
def interpolate(z_start, z_end, steps):
    t = torch.linspace(0.0, 1.0, steps)[:, None]
    path = (1 - t) * z_start[None, :] + t * z_end[None, :]
    path[0] = z_start
    path[-1] = z_end
    return path
'''),
dict(name="cosine_similarity and math", grade_id="slerp", source='''
def slerp(z_start, z_end, steps):
    cos = (z_start @ z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    sin_omega = torch.sin(omega)
    if sin_omega.item() < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    a = torch.sin((1 - t) * omega) / sin_omega
    b = torch.sin(t * omega) / sin_omega
    return a * z_start.unsqueeze(0) + b * z_end.unsqueeze(0)
'''),
dict(name="variance via mean of sigma^2 + biased variance of mu", grade_id="aggregate_moments", source='''
def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    variance = torch.exp(logvar).mean(dim=0) + mu.var(dim=0, unbiased=False)
    return mean, variance
'''),
]

ALTERNATIVES += [
dict(name="preallocated output filled batch by batch", grade_id="encode_means", source='''
def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = None
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            if codes is None:
                codes = torch.empty(len(images), mu.shape[1], dtype=mu.dtype)
            codes[start:start + len(mu)] = mu
    return codes
'''),
dict(name="no_grad decorator style via context and torch.sigmoid", grade_id="decode", source='''
def decode(model, z):
    model.eval()
    with torch.no_grad():
        logits = model.decoder(z)
    return torch.sigmoid(logits)
'''),
dict(name="noise added via broadcasting to (1, d) mean", grade_id="samples_around", source='''
def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n, mu.shape[-1], generator=generator)
    z = mu + noise * scale
    images = decode(model, z)
    return z, images
'''),
dict(name="acos of clamped cosine, math on floats", grade_id="slerp", source='''
def slerp(z_start, z_end, steps):
    cos_omega = float(torch.dot(z_start, z_end) / (torch.linalg.norm(z_start) * torch.linalg.norm(z_end)))
    omega = math.acos(max(-1.0, min(1.0, cos_omega)))
    sin_omega = math.sin(omega)
    if sin_omega < 1e-6:
        return interpolate(z_start, z_end, steps)
    rows = []
    for k in range(steps):
        t = k / (steps - 1)
        rows.append(math.sin((1 - t) * omega) / sin_omega * z_start + math.sin(t * omega) / sin_omega * z_end)
    return torch.stack(rows)
'''),
dict(name="E[z^2] - m^2 written out", grade_id="aggregate_moments", source='''
def aggregate_moments(mu, logvar):
    N = mu.shape[0]
    m = mu.sum(dim=0) / N
    second = (torch.exp(logvar) + mu * mu).sum(dim=0) / N
    return m, second - m * m
'''),
]
