"""Round 7 blind test cases for notebook 04_vae (written from the student notebook only)."""

NOTEBOOK = "04_vae"


def mut(template, old, new, count=1):
    """Replace `old` by `new` in `template`, insisting that `old` occurs exactly `count` times."""
    found = template.count(old)
    assert found == count, (old, found)
    return template.replace(old, new)


REPARAM = '''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(std)
    return mu + std * eps
'''

VAE = '''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder.

    encoder: a module mapping x (B, 1, 28, 28) to (mu, logvar), each (B, latent_dim)
    decoder: a module mapping z (B, latent_dim) to logits (B, 1, 28, 28)
    """

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        """x: (B, 1, 28, 28) with values in [0, 1].

        Returns logits: (B, 1, 28, 28), mu: (B, latent_dim), logvar: (B, latent_dim).
        Training mode: decodes z = reparameterize(mu, logvar). Evaluation mode: decodes z = mu.
        """
        mu, logvar = self.encoder(x)
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        logits = self.decoder(z)
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''

KL = '''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    per_dimension = -0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar))
    return per_dimension.sum(dim=1)
'''

BERN = '''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    per_pixel = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return per_pixel.reshape(len(x), -1).sum(dim=1)
'''

NELBO = '''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    total = reconstruction + beta * kl
    return total, reconstruction, kl
'''

AE = '''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
        mu, _ = self.encoder(x)
        return mu

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
        z = self.encode(x)
        return self.decoder(z)
'''

AEC = '''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
        z = self.autoencoder.encode(x)
        logits = self.autoencoder.decoder(z)
        class_logits = self.head(z)
        return logits, class_logits


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    total = reconstruction + weight * cross_entropy
    return total, reconstruction, cross_entropy
'''

M = []
A = []


def mistake(name, gid, source):
    M.append(dict(name=name, grade_id=gid, source=source))


def alternative(name, gid, source):
    A.append(dict(name=name, grade_id=gid, source=source))


# ----------------------------------------------------------------------------- reparameterize
g = "reparameterize"
mistake("scales the noise by the variance exp(logvar) instead of the standard deviation", g,
        mut(REPARAM, "std = torch.exp(0.5 * logvar)", "std = torch.exp(logvar)"))
mistake("one noise vector of size latent_dim shared by every image of the batch", g,
        mut(REPARAM, "eps = torch.randn_like(std)", "eps = torch.randn(std.shape[-1])"))
mistake("noise drawn once and cached between calls", g,
        mut(mut(REPARAM, "def reparameterize(mu, logvar):", "_noise = {}\n\n\ndef reparameterize(mu, logvar):"),
            "    eps = torch.randn_like(std)\n",
            "    if tuple(std.shape) not in _noise:\n        _noise[tuple(std.shape)] = torch.randn_like(std)\n"
            "    eps = _noise[tuple(std.shape)]\n"))
mistake("torch.normal(mu, std): a sample with no gradient", g,
        mut(REPARAM, "    eps = torch.randn_like(std)\n    return mu + std * eps\n", "    return torch.normal(mu, std)\n"))
mistake("detaches the standard deviation (no gradient to logvar)", g,
        mut(REPARAM, "std = torch.exp(0.5 * logvar)", "std = torch.exp(0.5 * logvar).detach()"))
mistake("reseeds the global generator on every call (the same noise every time)", g,
        mut(REPARAM, "    eps = torch.randn_like(std)\n", "    torch.manual_seed(0)\n    eps = torch.randn_like(std)\n"))

alternative("rsample of torch.distributions.Normal", g,
            mut(REPARAM, "    eps = torch.randn_like(std)\n    return mu + std * eps\n",
                "    return torch.distributions.Normal(mu, std).rsample()\n"))
alternative("sqrt of the variance, noise drawn without gradients, addcmul", g,
            mut(REPARAM, "    std = torch.exp(0.5 * logvar)\n    eps = torch.randn_like(std)\n    return mu + std * eps\n",
                "    std = logvar.exp().sqrt()\n    with torch.no_grad():\n        eps = torch.randn(mu.shape, dtype=mu.dtype)\n"
                "    return torch.addcmul(mu, std, eps)\n"))

# ----------------------------------------------------------------------------- VAE
g = "vae"
FWD = """        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
"""
mistake("always samples z, also in evaluation mode", g, mut(VAE, FWD, "        z = reparameterize(mu, logvar)\n"))
mistake("modes swapped (samples in eval, mean in training)", g, mut(VAE, "        if self.training:\n", "        if not self.training:\n"))
mistake("forward returns the sampled z in place of mu", g, mut(VAE, "        return logits, mu, logvar\n", "        return logits, z, logvar\n"))
mistake("generate returns the logits (no sigmoid)", g,
        mut(VAE, "        return torch.sigmoid(self.decoder(z))\n", "        return self.decoder(z)\n"))
mistake("generate hard-codes a 2-d code", g, mut(VAE, "z = torch.randn(n, self.latent_dim)", "z = torch.randn(n, 2)"))
mistake("generate switches the model to eval mode and leaves it there", g,
        mut(VAE, "        z = torch.randn(n, self.latent_dim)\n", "        self.eval()\n        z = torch.randn(n, self.latent_dim)\n"))
mistake("passes the variance exp(logvar) as logvar to reparameterize", g,
        mut(VAE, "            z = reparameterize(mu, logvar)\n", "            z = reparameterize(mu, logvar.exp())\n"))
alternative("conditional expression and the decoder's output through Tensor.sigmoid", g,
            mut(mut(VAE, FWD, "        z = reparameterize(mu, logvar) if self.training else mu\n"),
                "        z = torch.randn(n, self.latent_dim)\n        return torch.sigmoid(self.decoder(z))\n",
                "        z = torch.randn(n, self.latent_dim, device=next(self.parameters()).device)\n        return self.decoder(z).sigmoid()\n"))

# ----------------------------------------------------------------------------- kl_to_standard_normal
g = "kl_to_standard_normal"
mistake("averages over the latent dimensions instead of summing", g, mut(KL, "per_dimension.sum(dim=1)", "per_dimension.mean(dim=1)"))
mistake("uses sigma^4 (exp(logvar) squared) for the variance term", g, mut(KL, "torch.exp(logvar))", "torch.exp(logvar) ** 2)"))
mistake("log sigma instead of log sigma^2 (0.5 * logvar)", g, mut(KL, "(1 + logvar - mu", "(1 + 0.5 * logvar - mu"))
mistake("recomputes log(exp(logvar)): -inf for very negative logvar", g,
        mut(KL, "    per_dimension = -0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar))\n",
            "    variance = torch.exp(logvar)\n    per_dimension = -0.5 * (1 + torch.log(variance) - mu ** 2 - variance)\n"))
alternative("rearranged positive form", g,
            mut(KL, "    per_dimension = -0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar))\n    return per_dimension.sum(dim=1)\n",
                "    return 0.5 * (mu.pow(2) + logvar.exp() - 1.0 - logvar).sum(dim=-1)\n"))
# ----------------------------------------------------------------------------- bernoulli_reconstruction
g = "bernoulli_reconstruction"
mistake("averages over the pixels (a hidden beta = 784)", g, mut(BERN, "reshape(len(x), -1).sum(dim=1)", "reshape(len(x), -1).mean(dim=1)"))
mistake("sigmoid then F.binary_cross_entropy (clamped log: wrong for confident logits)", g,
        mut(BERN, 'F.binary_cross_entropy_with_logits(logits, x, reduction="none")',
            'F.binary_cross_entropy(torch.sigmoid(logits), x, reduction="none")'))
mistake("hand-written BCE from probabilities (log of 0 for saturated logits)", g,
        mut(BERN, '    per_pixel = F.binary_cross_entropy_with_logits(logits, x, reduction="none")\n',
            '    p = torch.sigmoid(logits)\n    per_pixel = -(x * torch.log(p) + (1 - x) * torch.log(1 - p))\n'))
mistake("sums over the two image axes only: returns (B, 1)", g,
        mut(BERN, "    return per_pixel.reshape(len(x), -1).sum(dim=1)\n", "    return per_pixel.sum(dim=(2, 3))\n"))
mistake("applies a sigmoid before binary_cross_entropy_with_logits (double sigmoid)", g,
        mut(BERN, 'F.binary_cross_entropy_with_logits(logits, x, reduction="none")',
            'F.binary_cross_entropy_with_logits(torch.sigmoid(logits), x, reduction="none")'))

alternative("max(l, 0) - l x + log1p(exp(-|l|)), summed over all non-batch dims", g,
            mut(BERN, '    per_pixel = F.binary_cross_entropy_with_logits(logits, x, reduction="none")\n    return per_pixel.reshape(len(x), -1).sum(dim=1)\n',
                '    per_pixel = logits.clamp(min=0) - logits * x + torch.log1p(torch.exp(-logits.abs()))\n'
                '    return per_pixel.sum(dim=tuple(range(1, per_pixel.dim())))\n'))

# ----------------------------------------------------------------------------- negative_elbo
g = "negative_elbo"
mistake("sums over the batch instead of averaging", g,
        mut(mut(NELBO, "bernoulli_reconstruction(logits, x).mean()", "bernoulli_reconstruction(logits, x).sum()"),
            "kl_to_standard_normal(mu, logvar).mean()", "kl_to_standard_normal(mu, logvar).sum()"))
mistake("beta weights the reconstruction instead of the KL", g, mut(NELBO, "    total = reconstruction + beta * kl\n", "    total = beta * reconstruction + kl\n"))
mistake("ignores beta", g, mut(NELBO, "    total = reconstruction + beta * kl\n", "    total = reconstruction + kl\n"))
mistake("reconstruction as the mean BCE over all pixels (F.binary_cross_entropy_with_logits default)", g,
        mut(NELBO, "reconstruction = bernoulli_reconstruction(logits, x).mean()",
            "reconstruction = F.binary_cross_entropy_with_logits(logits, x)"))
alternative("total per image first, then all three averaged", g,
            mut(NELBO, """    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    total = reconstruction + beta * kl
""", """    per_image_rec = bernoulli_reconstruction(logits, x)
    per_image_kl = kl_to_standard_normal(mu, logvar)
    total = (per_image_rec + beta * per_image_kl).mean()
    reconstruction, kl = per_image_rec.mean(), per_image_kl.mean()
"""))

# ----------------------------------------------------------------------------- AutoEncoder
g = "autoencoder"
mistake("encode returns the log-variance", g, mut(AE, "        mu, _ = self.encoder(x)\n", "        _, mu = self.encoder(x)\n"))
mistake("forward samples a code in training mode", g,
        mut(AE, "        z = self.encode(x)\n        return self.decoder(z)\n",
            "        mu, logvar = self.encoder(x)\n        z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu) if self.training else mu\n"
            "        return self.decoder(z)\n"))
mistake("encode returns the (mu, logvar) tuple", g,
        mut(mut(AE, "        mu, _ = self.encoder(x)\n        return mu\n", "        return self.encoder(x)\n"),
            "        z = self.encode(x)\n", "        z = self.encode(x)[0]\n"))
mistake("encode runs under torch.no_grad (the encoder never learns through forward)", g,
        mut(AE, "        mu, _ = self.encoder(x)\n        return mu\n",
            "        with torch.no_grad():\n            mu, _ = self.encoder(x)\n        return mu\n"))

alternative("indexing the encoder output, decoder called on encode directly", g,
            mut(mut(AE, "        mu, _ = self.encoder(x)\n        return mu\n", "        return self.encoder(x)[0]\n"),
                "        z = self.encode(x)\n        return self.decoder(z)\n", "        return self.decoder(self.encode(x))\n"))

# ----------------------------------------------------------------------------- AEClassifier + loss
g = "ae_classifier"
mistake("head reads a detached code (the cross-entropy cannot shape the codes)", g,
        mut(AEC, "class_logits = self.head(z)", "class_logits = self.head(z.detach())"))
mistake("forward returns softmax probabilities as class_logits", g,
        mut(AEC, "class_logits = self.head(z)", "class_logits = torch.softmax(self.head(z), dim=1)"))
mistake("cross-entropy summed over the batch", g,
        mut(AEC, "F.cross_entropy(class_logits, labels)", "F.cross_entropy(class_logits, labels, reduction='sum')"))
mistake("weight multiplies the reconstruction instead of the cross-entropy", g,
        mut(AEC, "    total = reconstruction + weight * cross_entropy\n", "    total = weight * reconstruction + cross_entropy\n"))
mistake("reconstruction averaged over the pixels too", g,
        mut(AEC, "reconstruction = bernoulli_reconstruction(logits, x).mean()",
            "reconstruction = F.binary_cross_entropy_with_logits(logits, x)"))
alternative("autoencoder's forward for the logits, log_softmax + nll_loss", g,
            mut(mut(AEC, "        z = self.autoencoder.encode(x)\n        logits = self.autoencoder.decoder(z)\n",
                    "        logits = self.autoencoder(x)\n        z = self.autoencoder.encode(x)\n"),
                "cross_entropy = F.cross_entropy(class_logits, labels)",
                "cross_entropy = F.nll_loss(F.log_softmax(class_logits, dim=1), labels)"))

MISTAKES = M
ALTERNATIVES = A
