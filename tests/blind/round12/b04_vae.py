"""Blind round 12: wrong and alternative answers for 04_vae."""

NOTEBOOK = "04_vae"


def _variant(base, old, new, count=1):
    found = base.count(old)
    if found != count:
        raise ValueError(f"expected {count} occurrence(s) of {old!r}, found {found}")
    return base.replace(old, new)


def _make(items):
    out = []
    for item in items:
        if len(item) == 3:
            name, gid, source = item
        else:
            name, gid, old, new, *rest = item
            source = _variant(BASE[gid], old, new, *rest)
        out.append(dict(name=name, grade_id=gid, source=source))
    return out


BASE = {}

BASE["reparameterize"] = r'''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(std)
    return mu + std * eps
'''

BASE["vae"] = r'''class VAE(nn.Module):
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

BASE["kl_to_standard_normal"] = r'''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1)
'''

BASE["bernoulli_reconstruction"] = r'''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.flatten(start_dim=1).sum(dim=1)
'''

BASE["negative_elbo"] = r'''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    total = reconstruction + beta * kl
    return total, reconstruction, kl
'''

BASE["autoencoder"] = r'''class AutoEncoder(nn.Module):
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
        return self.decoder(self.encode(x))
'''

BASE["ae_classifier"] = r'''class AEClassifier(nn.Module):
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

_R, _V, _K, _B, _N, _A, _C = ("reparameterize", "vae", "kl_to_standard_normal", "bernoulli_reconstruction",
                              "negative_elbo", "autoencoder", "ae_classifier")

MISTAKES = _make([
    # reparameterize
    ("uses exp(logvar), the variance, as the standard deviation", _R,
     "std = torch.exp(0.5 * logvar)", "std = torch.exp(logvar)"),
    ("one noise vector shared by every image of the batch", _R,
     "eps = torch.randn_like(std)", "eps = torch.randn(std.shape[-1])"),
    ("standard deviation detached: no gradient reaches logvar", _R,
     "std = torch.exp(0.5 * logvar)", "std = torch.exp(0.5 * logvar).detach()"),
    ("noise cached across calls for the same shape", _R,
     "    eps = torch.randn_like(std)\n",
     "    cache = reparameterize.__dict__.setdefault(\"cache\", {})\n"
     "    if std.shape not in cache:\n        cache[std.shape] = torch.randn_like(std)\n    eps = cache[std.shape]\n"),
    ("noise drawn in float64: z is float64", _R, "eps = torch.randn_like(std)",
     "eps = torch.randn(std.shape, dtype=torch.float64)"),
    ("halves and exponentiates logvar in place (mutates the argument)", _R,
     "std = torch.exp(0.5 * logvar)", "std = logvar.mul_(0.5).exp_()"),
    ("seeds the global generator on every call: the same noise each time", _R,
     "    eps = torch.randn_like(std)\n", "    torch.manual_seed(0)\n    eps = torch.randn_like(std)\n"),
    # VAE
    ("modes inverted: samples in evaluation, mean in training", _V, "        if self.training:\n", "        if not self.training:\n"),
    ("returns the sampled z in place of mu", _V, "        return logits, mu, logvar\n", "        return logits, z, logvar\n"),
    ("passes the variance exp(logvar) to reparameterize", _V,
     "            z = reparameterize(mu, logvar)\n", "            z = reparameterize(mu, logvar.exp())\n"),
    ("generate returns logits", _V, "        return torch.sigmoid(self.decoder(z))\n", "        return self.decoder(z)\n"),
    ("generate relies on decoder.probs, which a decoder of logits need not have", _V,
     "        return torch.sigmoid(self.decoder(z))\n", "        return self.decoder.probs(z)\n"),
    ("generate reseeds the global generator: the same digits every call", _V,
     "        z = torch.randn(n, self.latent_dim)\n", "        torch.manual_seed(0)\n        z = torch.randn(n, self.latent_dim)\n"),
    # KL
    ("sums over the batch instead of the latent dimensions", _K, "dim=1)", "dim=0)"),
    ("keepdim: returns (B, 1)", _K, "dim=1)", "dim=1, keepdim=True)"),
    ("uses sigma instead of sigma^2", _K, "torch.exp(logvar)", "torch.exp(0.5 * logvar)"),
    ("recomputes log(sigma^2) as log(exp(logvar)): -inf for very negative logvar", _K,
     "1 + logvar - mu", "1 + torch.log(torch.exp(logvar)) - mu"),
    ("computes in float64 and returns float64", _K,
     "    return -0.5 * torch.sum(", "    mu, logvar = mu.double(), logvar.double()\n    return -0.5 * torch.sum("),
    # Bernoulli reconstruction
    ("averages over the pixels instead of summing", _B, "sum(dim=1)", "mean(dim=1)"),
    ("sigmoid then F.binary_cross_entropy: log clamped at -100 for large logits", _B,
     "F.binary_cross_entropy_with_logits(logits, x, reduction=\"none\")",
     "F.binary_cross_entropy(torch.sigmoid(logits), x, reduction=\"none\")"),
    ("sums over the two image axes only: (B, 1)", _B,
     "    return bce.flatten(start_dim=1).sum(dim=1)\n", "    return bce.sum(dim=(-2, -1))\n"),
    ("clamps the logits to [-10, 10] first", _B,
     "F.binary_cross_entropy_with_logits(logits, x,", "F.binary_cross_entropy_with_logits(logits.clamp(-10, 10), x,"),
    # negative ELBO
    ("beta weights the reconstruction instead of the KL", _N, "    total = reconstruction + beta * kl\n", "    total = beta * reconstruction + kl\n"),
    ("returns the weighted KL beta * kl as the KL part", _N,
     "    kl = kl_to_standard_normal(mu, logvar).mean()\n    total = reconstruction + beta * kl\n",
     "    kl = beta * kl_to_standard_normal(mu, logvar).mean()\n    total = reconstruction + kl\n"),
    ("sums over the batch instead of averaging", _N,
     "    reconstruction = bernoulli_reconstruction(logits, x).mean()\n    kl = kl_to_standard_normal(mu, logvar).mean()\n",
     "    reconstruction = bernoulli_reconstruction(logits, x).sum()\n    kl = kl_to_standard_normal(mu, logvar).sum()\n"),
    ("returns the two parts as Python floats", _N, "return total, reconstruction, kl",
     "return total, reconstruction.item(), kl.item()"),
    ("total is per image (B,), only the parts are averaged", _N, "    total = reconstruction + beta * kl\n",
     "    total = bernoulli_reconstruction(logits, x) + beta * kl_to_standard_normal(mu, logvar)\n"),
    # AutoEncoder
    ("forward samples a code in training mode, like the VAE", _A,
     "        return self.decoder(self.encode(x))\n",
     "        mu, logvar = self.encoder(x)\n        z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu) if self.training else mu\n        return self.decoder(z)\n"),
    ("encode detaches the code: the reconstruction loss cannot train the encoder", _A,
     "        return mu\n", "        return mu.detach()\n"),
    # AEClassifier and its loss
    ("the head reads a detached code: the cross-entropy never shapes the codes", _C,
     "class_logits = self.head(z)", "class_logits = self.head(z.detach())"),
    ("returns softmax probabilities as class logits", _C,
     "        class_logits = self.head(z)\n", "        class_logits = torch.softmax(self.head(z), dim=1)\n"),
    ("cross-entropy summed over the batch", _C, "F.cross_entropy(class_logits, labels)",
     "F.cross_entropy(class_logits, labels, reduction=\"sum\")"),
    ("returns the weighted cross-entropy as the cross-entropy part", _C,
     "    cross_entropy = F.cross_entropy(class_logits, labels)\n    total = reconstruction + weight * cross_entropy\n",
     "    cross_entropy = weight * F.cross_entropy(class_logits, labels)\n    total = reconstruction + cross_entropy\n"),
    ("reconstruction averaged over pixels (F.bce_with_logits default mean)", _C,
     "    reconstruction = bernoulli_reconstruction(logits, x).mean()\n",
     "    reconstruction = F.binary_cross_entropy_with_logits(logits, x)\n"),
    ("weight applied to the reconstruction", _C, "total = reconstruction + weight * cross_entropy\n    return",
     "total = weight * reconstruction + cross_entropy\n    return"),
])

ALTERNATIVES = _make([
    ("noise like logvar, exp(logvar / 2)", _R,
     "    std = torch.exp(0.5 * logvar)\n    eps = torch.randn_like(std)\n    return mu + std * eps\n",
     "    return mu + torch.randn_like(logvar) * (logvar / 2).exp()\n"),
    ("torch.distributions.Normal(...).rsample()", _R,
     "    eps = torch.randn_like(std)\n    return mu + std * eps\n",
     "    return torch.distributions.Normal(mu, std).rsample()\n"),
    ("conditional expression in forward", _V,
     "        mu, logvar = self.encoder(x)\n        if self.training:\n            z = reparameterize(mu, logvar)\n        else:\n            z = mu\n        logits = self.decoder(z)\n        return logits, mu, logvar\n",
     "        mu, logvar = self.encoder(x)\n        z = reparameterize(mu, logvar) if self.training else mu\n        return self.decoder(z), mu, logvar\n"),
    ("KL as half of (mu^2 + sigma^2 - 1 - logvar)", _K,
     "    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1)\n",
     "    return 0.5 * (mu.pow(2) + logvar.exp() - 1 - logvar).sum(dim=-1)\n"),
    ("torch.distributions.kl_divergence", _K,
     "    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1)\n",
     "    q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))\n"
     "    p = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))\n"
     "    return torch.distributions.kl_divergence(q, p).sum(dim=1)\n"),
    ("stable closed form softplus(l) - x l", _B,
     "    bce = F.binary_cross_entropy_with_logits(logits, x, reduction=\"none\")\n",
     "    bce = F.softplus(logits) - x * logits\n"),
    ("per-image total averaged", _N, "    total = reconstruction + beta * kl\n",
     "    total = (bernoulli_reconstruction(logits, x) + beta * kl_to_standard_normal(mu, logvar)).mean()\n"),
    ("encode by indexing", _A, "        mu, _ = self.encoder(x)\n        return mu\n", "        return self.encoder(x)[0]\n"),
    ("cross-entropy with reduction none, then mean", _C, "F.cross_entropy(class_logits, labels)",
     "F.cross_entropy(class_logits, labels, reduction=\"none\").mean()"),
])
