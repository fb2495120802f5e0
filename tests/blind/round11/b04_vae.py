NOTEBOOK = "04_vae"

# ---------------------------------------------------------------- helpers
BASE = {}


def mut(grade_id, *pairs):
    """Correct source of grade_id with each (old -> new) replacement applied (old must occur exactly once)."""
    source = BASE[grade_id]
    for old, new in zip(pairs[::2], pairs[1::2]):
        assert source.count(old) == 1, (grade_id, old, source.count(old))
        source = source.replace(old, new)
    assert source != BASE[grade_id]
    return source


def M(name, grade_id, *pairs, source=None):
    return dict(name=name, grade_id=grade_id, source=source if source is not None else mut(grade_id, *pairs))


A = M

# ---------------------------------------------------------------- correct answers
BASE["reparameterize"] = '''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(std)
    return mu + std * eps
'''

BASE["vae"] = '''class VAE(nn.Module):
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

BASE["kl_to_standard_normal"] = '''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    per_dimension = -0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar))
    return per_dimension.sum(dim=1)
'''

BASE["bernoulli_reconstruction"] = '''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.flatten(start_dim=1).sum(dim=1)
'''

BASE["negative_elbo"] = '''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    total = reconstruction + beta * kl
    return total, reconstruction, kl
'''

BASE["autoencoder"] = '''class AutoEncoder(nn.Module):
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

BASE["ae_classifier"] = '''class AEClassifier(nn.Module):
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

G = "reparameterize"
MISTAKES = [
    M("one noise vector shared by the whole batch", G, "eps = torch.randn_like(std)", "eps = torch.randn(std.shape[-1])"),
    M("noise drawn once and cached across calls", G,
      "    eps = torch.randn_like(std)\n",
      "    global _cached_eps\n    if '_cached_eps' not in globals() or _cached_eps.shape != std.shape:\n"
      "        _cached_eps = torch.randn_like(std)\n    eps = _cached_eps\n"),
    M("std detached: no gradient to logvar", G, "return mu + std * eps", "return mu + std.detach() * eps"),
    M("float64 noise leaks into z", G, "eps = torch.randn_like(std)", "eps = torch.randn(std.shape, dtype=torch.float64)"),
    M("re-seeded generator: the same noise on every call", G, "eps = torch.randn_like(std)",
      "eps = torch.randn(std.shape, generator=torch.Generator().manual_seed(0))"),
    M("standard deviation clamped below at 1e-3", G, "std = torch.exp(0.5 * logvar)",
      "std = torch.exp(0.5 * logvar).clamp(min=1e-3)"),
]

G = "vae"
MISTAKES += [
    M("self.train (a method, always true) instead of self.training", G, "        if self.training:", "        if self.train:"),
    M("returns the sampled z instead of mu", G, "return logits, mu, logvar", "return logits, z, logvar"),
    M("generate with a hard-coded latent size of 2", G, "z = torch.randn(n, self.latent_dim)", "z = torch.randn(n, 2)"),
    M("mu detached before sampling: the decoder's error does not reach mu", G,
      "            z = reparameterize(mu, logvar)\n", "            z = reparameterize(mu.detach(), logvar)\n"),
    M("generate uses logvar = 1 for a 'unit' prior (variance e)", G,
      "z = torch.randn(n, self.latent_dim)",
      "z = reparameterize(torch.zeros(n, self.latent_dim), torch.ones(n, self.latent_dim))"),
    M("generate relies on decoder.probs (not every decoder has it)", G,
      "return torch.sigmoid(self.decoder(z))", "return self.decoder.probs(z)"),
]

G = "kl_to_standard_normal"
MISTAKES += [
    M("averages over the latent dimensions", G, "return per_dimension.sum(dim=1)", "return per_dimension.mean(dim=1)"),
    M("sums over the batch dimension", G, "return per_dimension.sum(dim=1)", "return per_dimension.sum(dim=0)"),
    M("sigma instead of sigma^2", G, "torch.exp(logvar))", "torch.exp(0.5 * logvar))"),
    M("keepdim=True: shape (B, 1)", G, "return per_dimension.sum(dim=1)", "return per_dimension.sum(dim=1, keepdim=True)"),
]

G = "bernoulli_reconstruction"
MISTAKES += [
    M("BCE on sigmoid probabilities (log clamped at -100, wrong for large logits)", G,
      'bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")',
      'bce = F.binary_cross_entropy(torch.sigmoid(logits), x, reduction="none")'),
    M("arguments swapped (x used as logits)", G,
      'bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")',
      'bce = F.binary_cross_entropy_with_logits(x, torch.sigmoid(logits), reduction="none")'),
    M("naive formula log(1 + exp(l)) - x l overflows for large logits", G,
      'bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")',
      "bce = torch.log1p(torch.exp(logits)) - x * logits"),
    M("binarises the target before the loss", G,
      'bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")',
      'bce = F.binary_cross_entropy_with_logits(logits, x.round(), reduction="none")'),
    M("sums the last two dims only: shape (B, 1)", G, "return bce.flatten(start_dim=1).sum(dim=1)", "return bce.sum(dim=(-2, -1))"),
]

G = "negative_elbo"
MISTAKES += [
    M("returns beta * kl as the KL part", G, "return total, reconstruction, kl", "return total, reconstruction, beta * kl"),
    M("KL summed over the batch, reconstruction averaged", G,
      "kl = kl_to_standard_normal(mu, logvar).mean()", "kl = kl_to_standard_normal(mu, logvar).sum()"),
    M("changed default beta", G, "beta=1.0):", "beta=0.5):"),
    M("KL enters the total as a Python float (no gradient through the KL)", G,
      "    total = reconstruction + beta * kl\n", "    total = reconstruction + beta * kl.item()\n"),
    M("KL divided by the latent size instead of the batch size", G,
      "kl = kl_to_standard_normal(mu, logvar).mean()", "kl = kl_to_standard_normal(mu, logvar).sum() / mu.shape[1]"),
    M("shape (1,) tensors instead of scalars", G,
      "reconstruction = bernoulli_reconstruction(logits, x).mean()\n    kl = kl_to_standard_normal(mu, logvar).mean()",
      "reconstruction = bernoulli_reconstruction(logits, x).mean(0, keepdim=True)\n    kl = kl_to_standard_normal(mu, logvar).mean(0, keepdim=True)"),
]

G = "autoencoder"
MISTAKES += [
    M("samples the code in training mode", G, "        mu, _ = self.encoder(x)\n        return mu",
      "        mu, logvar = self.encoder(x)\n        return reparameterize(mu, logvar) if self.training else mu"),
    M("zero log-variance noise added in training (unit variance)", G, "        z = self.encode(x)\n",
      "        z = self.encode(x)\n        if self.training:\n            z = reparameterize(z, torch.zeros_like(z))\n"),
    M("encode under no_grad: the encoder never learns", G, "        mu, _ = self.encoder(x)\n        return mu",
      "        with torch.no_grad():\n            mu, _ = self.encoder(x)\n        return mu"),
    M("forward returns (logits, z)", G, "return self.decoder(z)", "return self.decoder(z), z"),
]

G = "ae_classifier"
MISTAKES += [
    M("head on a detached code: the labels do not shape the code", G, "class_logits = self.head(z)", "class_logits = self.head(z.detach())"),
    M("nll_loss on raw logits (no log-softmax)", G, "cross_entropy = F.cross_entropy(class_logits, labels)",
      "cross_entropy = F.nll_loss(class_logits, labels)"),
    M("double softmax in the cross-entropy", G, "cross_entropy = F.cross_entropy(class_logits, labels)",
      "cross_entropy = F.cross_entropy(class_logits.softmax(dim=1), labels)"),
    M("changed default weight to the notebook's 10", G, "weight=1.0):", "weight=10.0):"),
    M("head on the log-variance", G, "class_logits = self.head(z)",
      "class_logits = self.head(self.autoencoder.encoder(x)[1])"),
]

ALTERNATIVES = [
    A("rsample of torch.distributions.Normal", "reparameterize",
      "    eps = torch.randn_like(std)\n    return mu + std * eps",
      "    return torch.distributions.Normal(mu, std).rsample()"),
    A("noise drawn under no_grad, exp(logvar / 2)", "reparameterize",
      "    std = torch.exp(0.5 * logvar)\n    eps = torch.randn_like(std)",
      "    std = (logvar / 2).exp()\n    with torch.no_grad():\n        eps = torch.randn_like(mu)"),
    A("conditional expression and randn transposed shape", "vae",
      "        if self.training:\n            z = reparameterize(mu, logvar)\n        else:\n            z = mu",
      "        z = reparameterize(mu, logvar) if self.training else mu"),
    A("kl_divergence of torch.distributions", "kl_to_standard_normal",
      "    per_dimension = -0.5 * (1 + logvar - mu ** 2 - torch.exp(logvar))\n    return per_dimension.sum(dim=1)",
      "    q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))\n"
      "    p = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))\n"
      "    return torch.distributions.kl_divergence(q, p).sum(dim=-1)"),
    A("stable softplus formula", "bernoulli_reconstruction",
      'bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")',
      "bce = F.softplus(logits) - x * logits"),
    A("sum over (1, 2, 3)", "bernoulli_reconstruction",
      "return bce.flatten(start_dim=1).sum(dim=1)", "return bce.sum(dim=(1, 2, 3))"),
    A("sum divided by the batch size", "negative_elbo",
      "reconstruction = bernoulli_reconstruction(logits, x).mean()\n    kl = kl_to_standard_normal(mu, logvar).mean()",
      "batch = x.shape[0]\n    reconstruction = bernoulli_reconstruction(logits, x).sum() / batch\n    kl = kl_to_standard_normal(mu, logvar).sum() / batch"),
    A("forward as decoder(encode(x)) and tuple index", "autoencoder",
      "        mu, _ = self.encoder(x)\n        return mu", "        return self.encoder(x)[0]"),
    A("logits from the autoencoder's own forward", "ae_classifier",
      "        z = self.autoencoder.encode(x)\n        logits = self.autoencoder.decoder(z)\n        class_logits = self.head(z)",
      "        logits = self.autoencoder(x)\n        class_logits = self.head(self.autoencoder.encode(x))"),
    A("cross-entropy via log_softmax + nll_loss", "ae_classifier",
      "cross_entropy = F.cross_entropy(class_logits, labels)",
      "cross_entropy = F.nll_loss(F.log_softmax(class_logits, dim=1), labels)"),
]
