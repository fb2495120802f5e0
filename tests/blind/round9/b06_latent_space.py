"""Blind corpus, round 9: notebook 06 (the latent space). Wrong and alternative-correct answers, from the statements alone."""
import textwrap

NOTEBOOK = "06_latent_space"

# --- templates (generated from the student notebook) ---
TEMPLATES = {
    'encode_means': 'def encode_means(model, images, batch_size=1000):\n    """The means mu(x) of q(z|x) for all the images, in eval mode and without gradients.\n\n    model: a VAE or an autoencoder of vaecourse.models, whose model.encoder(x) returns (mu, logvar)\n    images: (N, 1, 28, 28) in [0, 1], encoded in order, batch_size at a time (the last batch may be smaller)\n    Returns codes: (N, latent_dim) float tensor, row n is mu(images[n]); it does not require gradients\n    """\n    @@BODY0@@',
    'latent_grid': 'def latent_grid(n, low=-2.0, high=2.0):\n    """The n x n grid of 2-D codes over [low, high]^2, in reading order (rows from the top, left to right).\n\n    n: number of points per axis (n >= 2); both ends low and high are included\n    Returns grid: (n * n, 2) float32, grid[i * n + j] = (low + j * h, high - i * h) with h = (high - low) / (n - 1)\n    """\n    @@BODY0@@',
    'decode': 'def decode(model, z):\n    """The images that the decoder gives to codes z, as Bernoulli means, in eval mode and without gradients.\n\n    model: a VAE or an autoencoder of vaecourse.models, whose model.decoder(z) returns logits (N, 1, 28, 28)\n    z: (N, latent_dim) codes\n    Returns images: (N, 1, 28, 28) float tensor with values in [0, 1]: torch.sigmoid of the logits\n    """\n    @@BODY0@@',
    'samples_around': 'def samples_around(model, image, n, scale, generator):\n    """n codes drawn around the mean code of one image, and their decoded images.\n\n    model: a VAE (or autoencoder) of vaecourse.models\n    image: one image (1, 28, 28) in [0, 1]\n    n: number of samples; scale: standard deviation of the noise added to the mean code\n    generator: a torch.Generator; the noise is torch.randn(n, latent_dim, generator=generator)\n    Returns (z, images): z (n, latent_dim) = mu + scale * noise, images = decode(model, z), (n, 1, 28, 28) in [0, 1]\n    """\n    @@BODY0@@',
    'interpolate': 'def interpolate(z_start, z_end, steps):\n    """Equally spaced codes on the straight line from z_start to z_end, both ends included.\n\n    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2\n    Returns path: (steps, latent_dim), path[k] = (1 - t_k) * z_start + t_k * z_end with t_k = k / (steps - 1)\n    """\n    @@BODY0@@',
    'slerp': 'def slerp(z_start, z_end, steps):\n    """Spherical linear interpolation from z_start to z_end, both ends included.\n\n    z_start, z_end: (latent_dim,) codes; steps: number of codes S >= 2, at t_k = k / (S - 1)\n    Returns path: (steps, latent_dim), path[k] = sin((1 - t_k) W) / sin W * z_start + sin(t_k W) / sin W * z_end,\n    W the angle between z_start and z_end; the straight path (interpolate) when sin W < 1e-6\n    """\n    @@BODY0@@',
    'aggregate_moments': 'def aggregate_moments(mu, logvar):\n    """Mean and variance of the aggregate posterior q(z) = (1/N) sum_n N(mu_n, diag exp(logvar_n)), per dimension.\n\n    mu, logvar: (N, latent_dim), the encoder\'s outputs for N images\n    Returns (mean, variance): two (latent_dim,) tensors,\n        mean = average of mu over the images, variance = average of (sigma^2 + mu^2) - mean^2\n    """\n    @@BODY0@@',
}
# --- end of templates ---


def fill(grade_id, *bodies, prefix="", replace=()):
    """The whole cell source: the template with each @@BODYi@@ marker replaced by bodies[i] (re-indented).

    prefix: module-level code put before the cell's definitions; replace: (old, new) pairs applied at the end
    (e.g. to change a default argument of the given signature).
    """
    out = []
    for line in TEMPLATES[grade_id].split("\n"):
        marker = line.strip()
        if marker.startswith("@@BODY") and marker.endswith("@@"):
            pad = line[: len(line) - len(line.lstrip())]
            body = textwrap.dedent(bodies[int(marker[6:-2])]).strip("\n")
            out += [pad + text if text.strip() else "" for text in body.split("\n")]
        else:
            out.append(line)
    source = "\n".join(out)
    if prefix:
        source = textwrap.dedent(prefix).strip("\n") + "\n\n\n" + source
    for old, new in replace:
        assert old in source, (grade_id, old)
        source = source.replace(old, new)
    return source


MISTAKES, ALTERNATIVES = [], []


def mistake(name, grade_id, *bodies, prefix="", replace=()):
    MISTAKES.append(dict(name=name, grade_id=grade_id, source=fill(grade_id, *bodies, prefix=prefix, replace=replace)))


def alternative(name, grade_id, *bodies, prefix="", replace=()):
    ALTERNATIVES.append(dict(name=name, grade_id=grade_id,
                             source=fill(grade_id, *bodies, prefix=prefix, replace=replace)))


# ----------------------------------------------------------------------------------------------------------
# Exercise 1: encode_means
G = "encode_means"
ENCODE = """
model.eval()
codes = []
with torch.no_grad():
    for start in range(0, len(images), batch_size):
        mu, _ = model.encoder(images[start:start + batch_size])
        codes.append(mu)
return torch.cat(codes)
"""
mistake("keeps a sample mu + sigma * eps instead of the mean", G,
        ENCODE.replace("mu, _ = model.encoder(images[start:start + batch_size])\n        codes.append(mu)",
                       "mu, logvar = model.encoder(images[start:start + batch_size])\n        codes.append(mu + torch.exp(0.5 * logvar) * torch.randn_like(mu))"))
mistake("never calls model.eval()", G, ENCODE.replace("model.eval()\n", ""))
mistake("no torch.no_grad(): the codes require gradients", G,
        """
        model.eval()
        codes = []
        for start in range(0, len(images), batch_size):
            mu, _ = model.encoder(images[start:start + batch_size])
            codes.append(mu)
        return torch.cat(codes)
        """)
mistake("uses model(x)[1]: works for a VAE in eval mode, fails for the autoencoders whose forward returns an image", G,
        ENCODE.replace("mu, _ = model.encoder(images[start:start + batch_size])",
                       "mu = model(images[start:start + batch_size])[1]"))
mistake("returns the log-variances", G,
        ENCODE.replace("mu, _ = model.encoder(images[start:start + batch_size])",
                       "_, mu = model.encoder(images[start:start + batch_size])"))
mistake("drops the last, smaller batch", G,
        ENCODE.replace("range(0, len(images), batch_size)", "range(0, len(images) - batch_size + 1, batch_size)"))
mistake("returns inside the loop: only the first batch is encoded", G,
        """
        model.eval()
        with torch.no_grad():
            for start in range(0, len(images), batch_size):
                mu, _ = model.encoder(images[start:start + batch_size])
                return mu
        """)
mistake("ignores batch_size: encodes all the images at once", G,
        """
        model.eval()
        with torch.no_grad():
            return model.encoder(images)[0]
        """)
mistake("builds the graph and detaches afterwards instead of working under torch.no_grad()", G,
        """
        model.eval()
        codes = [model.encoder(images[start:start + batch_size])[0].detach()
                 for start in range(0, len(images), batch_size)]
        return torch.cat(codes)
        """)
mistake("torch.stack instead of torch.cat: (n_batches, batch, d), and fails for a smaller last batch", G,
        ENCODE.replace("return torch.cat(codes)", "return torch.stack(codes)"))
mistake("range stops at len(images) - 1: a last batch of exactly one image is lost", G,
        ENCODE.replace("range(0, len(images), batch_size)", "range(0, len(images) - 1, batch_size)"))
mistake("caches the codes per model: a second call with other images returns the first images' codes", G,
        """
        if id(model) in _CODES:
            return _CODES[id(model)]
        model.eval()
        codes = []
        with torch.no_grad():
            for start in range(0, len(images), batch_size):
                codes.append(model.encoder(images[start:start + batch_size])[0])
        _CODES[id(model)] = torch.cat(codes)
        return _CODES[id(model)]
        """, prefix="_CODES = {}")
mistake("returns a numpy array", G, ENCODE.replace("return torch.cat(codes)", "return torch.cat(codes).numpy()"))

alternative("torch.no_grad and a list comprehension over torch.split", G,
            """
            model.eval()
            with torch.no_grad():
                means = [model.encoder(chunk)[0] for chunk in torch.split(images, batch_size)]
            return torch.cat(means, dim=0)
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 2: latent_grid
G = "latent_grid"
mistake("z2 grows downwards: the first row is the lowest (low), not the top", G,
        """
        values = torch.linspace(low, high, n)
        return torch.stack([values.repeat(n), values.repeat_interleave(n)], dim=1)
        """)
mistake("columns swapped: (z2, z1)", G,
        """
        values = torch.linspace(low, high, n)
        return torch.stack([values.flip(0).repeat_interleave(n), values.repeat(n)], dim=1)
        """)
mistake("column-major order: goes down each column first", G,
        """
        values = torch.linspace(low, high, n)
        return torch.stack([values.repeat_interleave(n), values.flip(0).repeat(n)], dim=1)
        """)
mistake("torch.arange(low, high + h, h): float rounding can give n + 1 values", G,
        """
        h = (high - low) / (n - 1)
        values = torch.arange(low, high + h, h)
        return torch.stack([values.repeat(len(values)), values.flip(0).repeat_interleave(len(values))], dim=1)
        """)
mistake("numpy linspace: the grid comes out as float64", G,
        """
        import numpy as np
        values = torch.from_numpy(np.linspace(low, high, n))
        return torch.stack([values.repeat(n), values.flip(0).repeat_interleave(n)], dim=1)
        """)
mistake("ignores low and high: always [-2, 2]", G,
        """
        values = torch.linspace(-2.0, 2.0, n)
        return torch.stack([values.repeat(n), values.flip(0).repeat_interleave(n)], dim=1)
        """)
mistake("step (high - low) / n: the far end high is not reached", G,
        """
        h = (high - low) / n
        values = low + h * torch.arange(n, dtype=torch.float32)
        return torch.stack([values.repeat(n), (high - (values - low)).repeat_interleave(n)], dim=1)
        """)
mistake("meshgrid with the default 'ij' indexing and the axes passed as (z1, z2): z1 varies slowest", G,
        """
        values = torch.linspace(low, high, n)
        z1, z2 = torch.meshgrid(values, values.flip(0), indexing="ij")
        return torch.stack([z1.reshape(-1), z2.reshape(-1)], dim=1)
        """)
mistake("cartesian_prod(values, values): increasing z2, z1 slowest", G,
        """
        values = torch.linspace(low, high, n)
        return torch.cartesian_prod(values, values)
        """)
mistake("assumes a symmetric square: linspace(-high, high): wrong when low != -high", G,
        """
        values = torch.linspace(-high, high, n)
        return torch.stack([values.repeat(n), values.flip(0).repeat_interleave(n)], dim=1)
        """)
mistake("returns the (n, n, 2) grid without flattening it", G,
        """
        values = torch.linspace(low, high, n)
        return torch.stack([values.repeat(n), values.flip(0).repeat_interleave(n)], dim=1).reshape(n, n, 2)
        """)
mistake("z2 = low + i * h in reading order (the top row gets the smallest z2)", G,
        """
        h = (high - low) / (n - 1)
        return torch.tensor([[low + j * h, low + i * h] for i in range(n) for j in range(n)])
        """)
mistake("only n - 1 points per axis (linspace(low, high, n - 1))", G,
        """
        values = torch.linspace(low, high, n - 1)
        return torch.stack([values.repeat(n - 1), values.flip(0).repeat_interleave(n - 1)], dim=1)
        """)

alternative("cartesian_prod of the flipped z2 values and the z1 values, columns swapped back", G,
            """
            values = torch.linspace(low, high, n)
            return torch.cartesian_prod(values.flip(0), values).flip(1)
            """)
alternative("the formula of the statement in a double loop", G,
            """
            h = (high - low) / (n - 1)
            rows = [[low + j * h, high - i * h] for i in range(n) for j in range(n)]
            return torch.tensor(rows, dtype=torch.float32)
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 3: decode
G = "decode"
mistake("returns the logits", G,
        """
        model.eval()
        with torch.no_grad():
            return model.decoder(z)
        """)
mistake("never calls model.eval()", G,
        """
        with torch.no_grad():
            return torch.sigmoid(model.decoder(z))
        """)
mistake("no torch.no_grad(): the images carry a graph", G,
        """
        model.eval()
        return torch.sigmoid(model.decoder(z))
        """)
mistake("Bernoulli samples (torch.bernoulli) instead of the means", G,
        """
        model.eval()
        with torch.no_grad():
            return torch.bernoulli(torch.sigmoid(model.decoder(z)))
        """)
mistake("softmax over the pixels instead of a sigmoid per pixel", G,
        """
        model.eval()
        with torch.no_grad():
            logits = model.decoder(z)
            return torch.softmax(logits.flatten(1), dim=1).reshape(logits.shape)
        """)
mistake("clamps the logits to [0, 1] instead of applying the sigmoid", G,
        """
        model.eval()
        with torch.no_grad():
            return model.decoder(z).clamp(0, 1)
        """)
mistake("returns flat (N, 784) images", G,
        """
        model.eval()
        with torch.no_grad():
            return torch.sigmoid(model.decoder(z)).reshape(len(z), -1)
        """)
mistake("thresholds the probabilities at 0.5 (black and white images)", G,
        """
        model.eval()
        with torch.no_grad():
            return (torch.sigmoid(model.decoder(z)) > 0.5).float()
        """)
mistake("stretches each image to its own maximum (contrast normalisation)", G,
        """
        model.eval()
        with torch.no_grad():
            images = torch.sigmoid(model.decoder(z))
            return images / images.amax(dim=(1, 2, 3), keepdim=True)
        """)
mistake("sigmoid applied twice", G,
        """
        model.eval()
        with torch.no_grad():
            return torch.sigmoid(torch.sigmoid(model.decoder(z)))
        """)

alternative("torch.set_grad_enabled(False) and Tensor.sigmoid", G,
            """
            model.eval()
            with torch.set_grad_enabled(False):
                images = model.decoder(z).sigmoid()
            return images
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 4: samples_around
G = "samples_around"
AROUND = """
mu = encode_means(model, image[None])
noise = torch.randn(n, mu.shape[1], generator=generator)
z = mu + scale * noise
return z, decode(model, z)
"""
mistake("noise from the global RNG (torch.randn without the generator)", G,
        AROUND.replace("torch.randn(n, mu.shape[1], generator=generator)", "torch.randn(n, mu.shape[1])"))
mistake("draws the noise one code at a time: not the single draw torch.randn(n, latent_dim, generator=...)", G,
        AROUND.replace("noise = torch.randn(n, mu.shape[1], generator=generator)",
                       "noise = torch.stack([torch.randn(mu.shape[1], generator=generator) for _ in range(n)])"))
mistake("draws the noise as (latent_dim, n) and transposes: other numbers than the asked draw", G,
        AROUND.replace("torch.randn(n, mu.shape[1], generator=generator)", "torch.randn(mu.shape[1], n, generator=generator).T"))
mistake("uses the encoder's own sigma instead of scale", G,
        """
        model.eval()
        with torch.no_grad():
            mu, logvar = model.encoder(image[None])
        noise = torch.randn(n, mu.shape[1], generator=generator)
        z = mu + torch.exp(0.5 * logvar) * noise
        return z, decode(model, z)
        """)
mistake("forgets scale: z = mu + noise", G, AROUND.replace("z = mu + scale * noise", "z = mu + noise"))
mistake("scales the mean instead of the noise: z = scale * mu + noise", G,
        AROUND.replace("z = mu + scale * noise", "z = scale * mu + noise"))
mistake("treats scale as a variance: multiplies the noise by sqrt(scale)", G,
        AROUND.replace("z = mu + scale * noise", "z = mu + scale ** 0.5 * noise"))
mistake("reseeds the caller's generator with 0: always the same noise, whatever generator is given", G,
        AROUND.replace("noise = torch.randn(n, mu.shape[1], generator=generator)",
                       "generator.manual_seed(0)\nnoise = torch.randn(n, mu.shape[1], generator=generator)"))
mistake("its own generator seeded with 0 instead of the argument", G,
        AROUND.replace("generator=generator", "generator=torch.Generator().manual_seed(0)"))
mistake("hard-codes a latent size of 20", G, AROUND.replace("torch.randn(n, mu.shape[1],", "torch.randn(n, 20,"))
mistake("returns (images, z): wrong order", G, AROUND.replace("return z, decode(model, z)", "return decode(model, z), z"))
mistake("the mean code comes from a sampled z (reparameterised), not from mu", G,
        """
        model.eval()
        with torch.no_grad():
            mu, logvar = model.encoder(image[None])
            mu = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
        noise = torch.randn(n, mu.shape[1], generator=generator)
        z = mu + scale * noise
        return z, decode(model, z)
        """)
mistake("z = scale * noise, without the mean code", G, AROUND.replace("z = mu + scale * noise", "z = scale * noise"))
mistake("draws n + 1 codes and drops the first one ('the first is the mean')", G,
        AROUND.replace("noise = torch.randn(n, mu.shape[1], generator=generator)",
                       "noise = torch.randn(n + 1, mu.shape[1], generator=generator)[1:]"))

alternative("expand the mean to (n, d), addcmul", G,
            """
            mu = encode_means(model, image.unsqueeze(0))
            eps = torch.randn(n, mu.size(-1), generator=generator)
            z = torch.addcmul(mu.expand(n, -1), torch.full_like(eps, scale), eps)
            return z, decode(model, z)
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 5: interpolate
G = "interpolate"
mistake("t = k / steps: the end code is never reached", G,
        """
        t = (torch.arange(steps) / steps)[:, None]
        return (1 - t) * z_start + t * z_end
        """)
mistake("forgets the (1 - t) factor: z_start + t * z_end", G,
        """
        t = torch.linspace(0, 1, steps)[:, None]
        return z_start + t * z_end
        """)
mistake("returns (latent_dim, steps)", G,
        """
        t = torch.linspace(0, 1, steps)
        return (1 - t) * z_start[:, None] + t * z_end[:, None]
        """)
mistake("goes from z_end to z_start", G,
        """
        t = torch.linspace(0, 1, steps)[:, None]
        return t * z_start + (1 - t) * z_end
        """)
mistake("excludes both ends (linspace(0, 1, steps + 2)[1:-1])", G,
        """
        t = torch.linspace(0, 1, steps + 2)[1:-1, None]
        return (1 - t) * z_start + t * z_end
        """)
mistake("t from numpy: the path is float64", G,
        """
        import numpy as np
        t = torch.from_numpy(np.linspace(0, 1, steps))[:, None]
        return (1 - t) * z_start + t * z_end
        """)
mistake("t not made a column: broadcasting fails (or mixes dimensions when steps == latent_dim)", G,
        """
        t = torch.linspace(0, 1, steps)
        return (1 - t) * z_start + t * z_end
        """)
mistake("steps + 1 codes (t = 0, 1/steps, ..., 1)", G,
        """
        t = torch.linspace(0, 1, steps + 1)[:, None]
        return (1 - t) * z_start + t * z_end
        """)
mistake("normalises every code of the path to unit length", G,
        """
        t = torch.linspace(0, 1, steps)[:, None]
        path = (1 - t) * z_start + t * z_end
        return path / path.norm(dim=1, keepdim=True)
        """)

alternative("torch.lerp, exact at both ends", G,
            """
            t = torch.linspace(0.0, 1.0, steps).unsqueeze(1)
            return torch.lerp(z_start.expand(steps, -1), z_end.expand(steps, -1), t)
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 6: slerp
G = "slerp"
SLERP = """
cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())
omega = torch.arccos(cos.clamp(-1.0, 1.0))
sin = torch.sin(omega)
if sin < 1e-6:
    return interpolate(z_start, z_end, steps)
t = torch.linspace(0, 1, steps)[:, None]
return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end
"""
mistake("no clamp before arccos: NaN when rounding pushes cos above 1 (e.g. identical codes)", G,
        SLERP.replace("torch.arccos(cos.clamp(-1.0, 1.0))", "torch.arccos(cos)"))
mistake("no fallback for parallel codes: divides by sin(0)", G,
        SLERP.replace("if sin < 1e-6:\n    return interpolate(z_start, z_end, steps)\n", ""))
mistake("fallback tested on the angle (omega < 1e-6): opposite codes (omega = pi, sin ~ 0) still divide by ~0", G,
        SLERP.replace("if sin < 1e-6:", "if omega < 1e-6:"))
mistake("cos instead of sin in the coefficients", G,
        SLERP.replace("return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end",
                      "return torch.cos((1 - t) * omega) / sin * z_start + torch.cos(t * omega) / sin * z_end"))
mistake("angle from the raw dot product, without dividing by the norms", G,
        SLERP.replace("cos = torch.dot(z_start, z_end) / (z_start.norm() * z_end.norm())", "cos = torch.dot(z_start, z_end)"))
mistake("coefficients swapped between the two ends", G,
        SLERP.replace("return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end",
                      "return torch.sin(t * omega) / sin * z_start + torch.sin((1 - t) * omega) / sin * z_end"))
mistake("t = k / steps: never reaches z_end", G,
        SLERP.replace("t = torch.linspace(0, 1, steps)[:, None]", "t = (torch.arange(steps) / steps)[:, None]"))
mistake("parallel test with torch.allclose(z_start, z_end): misses opposite codes and same direction with another norm", G,
        SLERP.replace("if sin < 1e-6:", "if torch.allclose(z_start, z_end):"))
mistake("projects the path on the unit sphere (normalises every code)", G,
        SLERP.replace("return torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end",
                      "path = torch.sin((1 - t) * omega) / sin * z_start + torch.sin(t * omega) / sin * z_end\n"
                      "return path / path.norm(dim=1, keepdim=True)"))
mistake("slerp of the unit directions, with the norm interpolated linearly: not the statement's formula", G,
        """
        a, b = z_start / z_start.norm(), z_end / z_end.norm()
        omega = torch.arccos(torch.dot(a, b).clamp(-1.0, 1.0))
        sin = torch.sin(omega)
        if sin < 1e-6:
            return interpolate(z_start, z_end, steps)
        t = torch.linspace(0, 1, steps)[:, None]
        direction = torch.sin((1 - t) * omega) / sin * a + torch.sin(t * omega) / sin * b
        return direction * ((1 - t) * z_start.norm() + t * z_end.norm())
        """)
mistake("returns z_start repeated for parallel codes instead of the straight path", G,
        SLERP.replace("return interpolate(z_start, z_end, steps)", "return z_start.repeat(steps, 1)"))

alternative("angle with math.acos on a clamped Python float", G,
            """
            cos = (z_start @ z_end / (torch.linalg.vector_norm(z_start) * torch.linalg.vector_norm(z_end))).item()
            omega = math.acos(max(-1.0, min(1.0, cos)))
            if math.sin(omega) < 1e-6:
                return interpolate(z_start, z_end, steps)
            t = torch.linspace(0, 1, steps).unsqueeze(1)
            return (torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / math.sin(omega)
            """)
alternative("cosine similarity from torch.nn.functional, torch.where-free loop over t", G,
            """
            cos = torch.nn.functional.cosine_similarity(z_start, z_end, dim=0, eps=0.0)
            omega = torch.acos(torch.clamp(cos, -1, 1))
            if torch.sin(omega) < 1e-6:
                return interpolate(z_start, z_end, steps)
            rows = []
            for k in range(steps):
                t = k / (steps - 1)
                rows.append((torch.sin((1 - t) * omega) * z_start + torch.sin(t * omega) * z_end) / torch.sin(omega))
            return torch.stack(rows)
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 7: aggregate_moments
G = "aggregate_moments"
mistake("variance of the means only (ignores each image's sigma^2)", G,
        """
        mean = mu.mean(dim=0)
        return mean, (mu ** 2).mean(dim=0) - mean ** 2
        """)
mistake("unbiased variance of the means (N - 1) plus the average sigma^2", G,
        "return mu.mean(dim=0), mu.var(dim=0) + logvar.exp().mean(dim=0)")
mistake("forgets to subtract mean^2", G,
        "return mu.mean(dim=0), (logvar.exp() + mu ** 2).mean(dim=0)")
mistake("sigma instead of sigma^2 (exp(0.5 * logvar))", G,
        """
        mean = mu.mean(dim=0)
        return mean, (torch.exp(0.5 * logvar) + mu ** 2).mean(dim=0) - mean ** 2
        """)
mistake("uses logvar itself as the variance", G,
        """
        mean = mu.mean(dim=0)
        return mean, (logvar + mu ** 2).mean(dim=0) - mean ** 2
        """)
mistake("averages over the latent dimensions (dim=1) instead of the images", G,
        """
        mean = mu.mean(dim=1)
        return mean, (logvar.exp() + mu ** 2).mean(dim=1) - mean ** 2
        """)
mistake("sums over the images instead of averaging", G,
        """
        mean = mu.sum(dim=0)
        return mean, (logvar.exp() + mu ** 2).sum(dim=0) - mean ** 2
        """)
mistake("returns (variance, mean)", G,
        """
        mean = mu.mean(dim=0)
        return (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2, mean
        """)
mistake("accumulates in float64 and returns float64", G,
        """
        mu, logvar = mu.double(), logvar.double()
        mean = mu.mean(dim=0)
        return mean, (logvar.exp() + mu ** 2).mean(dim=0) - mean ** 2
        """)
mistake("squares the mean of sigma instead of averaging sigma^2: (E[sigma])^2", G,
        """
        mean = mu.mean(dim=0)
        return mean, torch.exp(0.5 * logvar).mean(dim=0) ** 2 + (mu ** 2).mean(dim=0) - mean ** 2
        """)
mistake("one scalar for all dimensions (means over everything)", G,
        """
        mean = mu.mean()
        return mean, (logvar.exp() + mu ** 2).mean() - mean ** 2
        """)
mistake("variance of the sigma^2 added instead of their mean", G,
        """
        mean = mu.mean(dim=0)
        return mean, mu.var(dim=0, unbiased=False) + logvar.exp().var(dim=0, unbiased=False)
        """)

alternative("law of total variance: biased variance of the means plus the mean sigma^2", G,
            "return mu.mean(0), mu.var(0, unbiased=False) + logvar.exp().mean(0)")
