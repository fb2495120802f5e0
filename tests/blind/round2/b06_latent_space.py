NOTEBOOK = "06_latent_space"

MISTAKES = [
    # encode_means
    dict(name="forgets model.eval()", grade_id="encode_means", source='''def encode_means(model, images, batch_size=1000):
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name="returns a sample instead of the mean", grade_id="encode_means", source='''def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            mu, logvar = model.encoder(images[start:start + batch_size])
            codes.append(mu + torch.exp(0.5 * logvar) * torch.randn_like(mu))
    return torch.cat(codes)
'''),
    dict(name="returns logvar (second output)", grade_id="encode_means", source='''def encode_means(model, images, batch_size=1000):
    model.eval()
    with torch.no_grad():
        outs = [model.encoder(images[i:i + batch_size])[1] for i in range(0, len(images), batch_size)]
    return torch.cat(outs, dim=0)
'''),
    dict(name="no torch.no_grad (codes require grad)", grade_id="encode_means", source='''def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = []
    for start in range(0, len(images), batch_size):
        mu, _ = model.encoder(images[start:start + batch_size])
        codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name="drops the last partial batch", grade_id="encode_means", source='''def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = []
    with torch.no_grad():
        for b in range(max(1, len(images) // batch_size)):
            mu, _ = model.encoder(images[b * batch_size:(b + 1) * batch_size])
            codes.append(mu)
    return torch.cat(codes)
'''),
    dict(name="concatenates along dim 1", grade_id="encode_means", source='''def encode_means(model, images, batch_size=1000):
    model.eval()
    codes = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            codes.append(model.encoder(images[start:start + batch_size])[0])
    return torch.cat(codes, dim=-1) if len(codes) > 1 else codes[0]
'''),
    # latent_grid
    dict(name="z2 grows downwards (low at the top)", grade_id="latent_grid", source='''def latent_grid(n, low=-2.0, high=2.0):
    values = torch.linspace(low, high, n)
    z2, z1 = torch.meshgrid(values, values, indexing="ij")
    return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
'''),
    dict(name="column-major order (swapped meshgrid roles)", grade_id="latent_grid", source='''def latent_grid(n, low=-2.0, high=2.0):
    xs = torch.linspace(low, high, n)
    ys = torch.linspace(high, low, n)
    z1, z2 = torch.meshgrid(xs, ys, indexing="ij")
    return torch.stack([z1.flatten(), z2.flatten()], dim=1)
'''),
    dict(name="arange-based step excludes the high end", grade_id="latent_grid", source='''def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / n
    grid = [[low + j * h, high - i * h] for i in range(n) for j in range(n)]
    return torch.tensor(grid, dtype=torch.float32)
'''),
    dict(name="coordinates swapped (z2, z1)", grade_id="latent_grid", source='''def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / (n - 1)
    grid = [[high - i * h, low + j * h] for i in range(n) for j in range(n)]
    return torch.tensor(grid, dtype=torch.float32)
'''),
    dict(name="float64 grid", grade_id="latent_grid", source='''def latent_grid(n, low=-2.0, high=2.0):
    h = (high - low) / (n - 1)
    return torch.tensor([[low + j * h, high - i * h] for i in range(n) for j in range(n)], dtype=torch.float64)
'''),
    # decode
    dict(name="returns logits", grade_id="decode", source='''def decode(model, z):
    model.eval()
    with torch.no_grad():
        return model.decoder(z)
'''),
    dict(name="returns a Bernoulli sample", grade_id="decode", source='''def decode(model, z):
    model.eval()
    with torch.no_grad():
        return torch.bernoulli(torch.sigmoid(model.decoder(z)))
'''),
    dict(name="no eval mode", grade_id="decode", source='''def decode(model, z):
    with torch.no_grad():
        return torch.sigmoid(model.decoder(z))
'''),
    dict(name="no no_grad", grade_id="decode", source='''def decode(model, z):
    model.eval()
    return torch.sigmoid(model.decoder(z))
'''),
    dict(name="clamps logits to [0,1]", grade_id="decode", source='''def decode(model, z):
    model.eval()
    with torch.no_grad():
        return model.decoder(z).clamp(0, 1)
'''),
    # samples_around
    dict(name="uses the global RNG", grade_id="samples_around", source='''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])
    z = mu + scale * torch.randn(n, mu.shape[1])
    return z, decode(model, z)
'''),
    dict(name="scale squared (treated as a variance)", grade_id="samples_around", source='''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image.unsqueeze(0))
    noise = torch.randn(n, mu.shape[1], generator=generator)
    z = mu + scale ** 2 * noise
    return z, decode(model, z)
'''),
    dict(name="the same noise vector for all n samples", grade_id="samples_around", source='''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])
    noise = torch.randn(1, mu.shape[1], generator=generator)
    z = mu + scale * noise.expand(n, -1)
    return z, decode(model, z)
'''),
    dict(name="hard-coded latent dim 2", grade_id="samples_around", source='''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])
    z = mu + scale * torch.randn(n, 2, generator=generator)
    return z, decode(model, z)
'''),
    dict(name="sqrt(scale) as std", grade_id="samples_around", source='''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image[None])
    z = mu + math.sqrt(scale) * torch.randn(n, mu.shape[-1], generator=generator)
    return z, decode(model, z)
'''),
    # interpolate
    dict(name="t from arange excludes the end", grade_id="interpolate", source='''def interpolate(z_start, z_end, steps):
    t = torch.arange(steps).float() / steps
    return (1 - t)[:, None] * z_start + t[:, None] * z_end
'''),
    dict(name="weights swapped (goes from z_end to z_start)", grade_id="interpolate", source='''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)[:, None]
    return t * z_start + (1 - t) * z_end
'''),
    dict(name="broadcasts t against the latent dim (transposed output)", grade_id="interpolate", source='''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps)
    return torch.stack([(1 - t) * a + t * b for a, b in zip(z_start, z_end)])
'''),
    dict(name="t = k / steps off by one", grade_id="interpolate", source='''def interpolate(z_start, z_end, steps):
    return torch.stack([z_start + (k / steps) * (z_end - z_start) for k in range(1, steps + 1)])
'''),
    # slerp
    dict(name="no fallback for parallel codes (NaN)", grade_id="slerp", source='''def slerp(z_start, z_end, steps):
    cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1, 1))
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''),
    dict(name="forgets to normalise the dot product", grade_id="slerp", source='''def slerp(z_start, z_end, steps):
    cos = torch.dot(z_start, z_end).clamp(-1, 1)
    omega = torch.arccos(cos)
    if torch.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''),
    dict(name="weights swapped between start and end", grade_id="slerp", source='''def slerp(z_start, z_end, steps):
    cos = (z_start @ z_end) / (z_start.norm() * z_end.norm())
    omega = torch.arccos(cos.clamp(-1.0, 1.0))
    s = torch.sin(omega)
    if s < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin(t * omega) * z_start + torch.sin((1 - t) * omega) * z_end) / s
'''),
    dict(name="fallback only when cos > 1 - 1e-6 (misses opposite codes)", grade_id="slerp", source='''def slerp(z_start, z_end, steps):
    cos = (z_start @ z_end) / (z_start.norm() * z_end.norm())
    cos = cos.clamp(-1.0, 1.0)
    if cos > 1 - 1e-6:
        return interpolate(z_start, z_end, steps)
    omega = torch.arccos(cos)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega)
'''),
    dict(name="interpolates unit directions (normalised codes, loses norm)", grade_id="slerp", source='''def slerp(z_start, z_end, steps):
    a, b = z_start / z_start.norm(), z_end / z_end.norm()
    omega = torch.arccos((a @ b).clamp(-1, 1))
    if torch.sin(omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0, 1, steps)[:, None]
    return (torch.sin((1 - t) * omega) * a + torch.sin(t * omega) * b) / torch.sin(omega)
'''),
    # aggregate_moments
    dict(name="variance of the means only", grade_id="aggregate_moments", source='''def aggregate_moments(mu, logvar):
    return mu.mean(0), mu.var(0, unbiased=False)
'''),
    dict(name="uses exp(logvar/2) (std) instead of variance", grade_id="aggregate_moments", source='''def aggregate_moments(mu, logvar):
    m = mu.mean(dim=0)
    v = (torch.exp(0.5 * logvar) + mu ** 2).mean(dim=0) - m ** 2
    return m, v
'''),
    dict(name="unbiased N-1 variance of means plus mean sigma^2", grade_id="aggregate_moments", source='''def aggregate_moments(mu, logvar):
    m = mu.mean(0)
    v = logvar.exp().mean(0) + mu.var(0)
    return m, v
'''),
    dict(name="averages over the latent dims (dim=1)", grade_id="aggregate_moments", source='''def aggregate_moments(mu, logvar):
    m = mu.mean(dim=1)
    v = (logvar.exp() + mu ** 2).mean(dim=1) - m ** 2
    return m, v
'''),
    dict(name="uses logvar itself as variance", grade_id="aggregate_moments", source='''def aggregate_moments(mu, logvar):
    m = mu.mean(0)
    return m, (logvar + mu.pow(2)).mean(0) - m.pow(2)
'''),
]

ALTERNATIVES = [
    dict(name="split() and list comprehension", grade_id="encode_means", source='''def encode_means(model, images, batch_size=1000):
    model.eval()
    with torch.no_grad():
        means = [model.encoder(chunk)[0] for chunk in images.split(batch_size)]
    return torch.cat(means, dim=0)
'''),
    dict(name="meshgrid xy with flipped ys", grade_id="latent_grid", source='''def latent_grid(n, low=-2.0, high=2.0):
    xs = torch.linspace(low, high, n)
    ys = torch.linspace(high, low, n)
    gx, gy = torch.meshgrid(xs, ys, indexing="xy")
    return torch.stack((gx.reshape(-1), gy.reshape(-1)), dim=-1).to(torch.float32)
'''),
    dict(name="inference_mode", grade_id="decode", source='''def decode(model, z):
    model.eval()
    with torch.inference_mode():
        logits = model.decoder(z)
    return logits.sigmoid().clone()
'''),
    dict(name="unsqueeze and explicit latent_dim", grade_id="samples_around", source='''def samples_around(model, image, n, scale, generator):
    mu = encode_means(model, image.unsqueeze(0))[0]
    latent_dim = mu.numel()
    z = mu.unsqueeze(0) + scale * torch.randn(n, latent_dim, generator=generator)
    images = decode(model, z)
    return z, images
'''),
    dict(name="torch.lerp", grade_id="interpolate", source='''def interpolate(z_start, z_end, steps):
    t = torch.linspace(0, 1, steps).unsqueeze(1)
    return torch.lerp(z_start.expand(steps, -1), z_end.expand(steps, -1), t)
'''),
    dict(name="vector_norm, explicit weights, float test", grade_id="slerp", source='''def slerp(z_start, z_end, steps):
    cos_omega = (torch.sum(z_start * z_end) / (torch.linalg.vector_norm(z_start) * torch.linalg.vector_norm(z_end))).clamp(-1.0, 1.0)
    omega = torch.arccos(cos_omega)
    sin_omega = torch.sin(omega)
    if float(sin_omega) < 1e-6:
        return interpolate(z_start, z_end, steps)
    t = torch.linspace(0.0, 1.0, steps).reshape(-1, 1)
    w0 = torch.sin((1.0 - t) * omega) / sin_omega
    w1 = torch.sin(t * omega) / sin_omega
    return w0 * z_start.reshape(1, -1) + w1 * z_end.reshape(1, -1)
'''),
    dict(name="variance of means (biased) plus mean variance", grade_id="aggregate_moments", source='''def aggregate_moments(mu, logvar):
    mean = mu.mean(dim=0)
    variance = torch.exp(logvar).mean(dim=0) + ((mu - mean) ** 2).mean(dim=0)
    return mean, variance
'''),
]
