"""Blind round 6: wrong and alternative answers for notebook 04_vae."""

NOTEBOOK = "04_vae"


def swap(base, old, new):
    assert base.count(old) == 1, (old, base)
    return base.replace(old, new)


REPARAM = '''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(std)
    return mu + std * eps
'''

VAE_FORWARD = '''        mu, logvar = self.encoder(x)
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        logits = self.decoder(z)
        return logits, mu, logvar
'''

VAE_GENERATE = '''        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''


def vae(forward=VAE_FORWARD, generate=VAE_GENERATE):
    return '''class VAE(nn.Module):
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
''' + forward + '''
    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
''' + generate


KL = '''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1)
'''

BERN = '''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.reshape(len(bce), -1).sum(dim=1)
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

AE_ENCODE = '''        mu, logvar = self.encoder(x)
        return mu
'''
AE_FORWARD = '''        return self.decoder(self.encode(x))
'''


def ae(encode=AE_ENCODE, forward=AE_FORWARD):
    return '''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
''' + encode + '''
    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
''' + forward


AEC_FORWARD = '''        z = self.autoencoder.encode(x)
        logits = self.autoencoder.decoder(z)
        class_logits = self.head(z)
        return logits, class_logits
'''
AEC_LOSS = '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    total = reconstruction + weight * cross_entropy
    return total, reconstruction, cross_entropy
'''


def aec(forward=AEC_FORWARD, loss=AEC_LOSS):
    return '''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
''' + forward + '''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
''' + loss


MISTAKES = [
    # ---- reparameterize
    dict(name="uses exp(logvar), the variance, as the standard deviation", grade_id="reparameterize",
         source=swap(REPARAM, "std = torch.exp(0.5 * logvar)", "std = torch.exp(logvar)")),
    dict(name="reseeds the global RNG inside (the same noise on every call)", grade_id="reparameterize",
         source=swap(REPARAM, "eps = torch.randn_like(std)", "torch.manual_seed(0)\n    eps = torch.randn_like(std)")),
    dict(name="detaches the standard deviation (no gradient to logvar)", grade_id="reparameterize",
         source=swap(REPARAM, "return mu + std * eps", "return mu + std.detach() * eps")),
    dict(name="samples with torch.normal (no gradient through the sample)", grade_id="reparameterize",
         source=swap(REPARAM, "eps = torch.randn_like(std)\n    return mu + std * eps", "return torch.normal(mu, std)")),
    dict(name="one noise vector shared by every row of the batch", grade_id="reparameterize",
         source=swap(REPARAM, "eps = torch.randn_like(std)", "eps = torch.randn(std.shape[-1])")),
    dict(name="uniform noise (torch.rand_like) instead of Gaussian", grade_id="reparameterize",
         source=swap(REPARAM, "torch.randn_like(std)", "torch.rand_like(std)")),
    # ---- VAE
    dict(name="training and evaluation modes swapped", grade_id="vae",
         source=vae(forward=swap(VAE_FORWARD, "if self.training:", "if not self.training:"))),
    dict(name="always samples z, also in evaluation mode", grade_id="vae",
         source=vae(forward=swap(VAE_FORWARD, "        if self.training:\n            z = reparameterize(mu, logvar)\n"
                                 "        else:\n            z = mu\n", "        z = reparameterize(mu, logvar)\n"))),
    dict(name="always decodes the mean, also in training mode", grade_id="vae",
         source=vae(forward=swap(VAE_FORWARD, "        if self.training:\n            z = reparameterize(mu, logvar)\n"
                                 "        else:\n            z = mu\n", "        z = mu\n"))),
    dict(name="forward returns probabilities (sigmoid of the logits)", grade_id="vae",
         source=vae(forward=swap(VAE_FORWARD, "logits = self.decoder(z)", "logits = torch.sigmoid(self.decoder(z))"))),
    dict(name="forward returns the sampled z in place of mu", grade_id="vae",
         source=vae(forward=swap(VAE_FORWARD, "return logits, mu, logvar", "return logits, z, logvar"))),
    dict(name="generate returns the logits (no sigmoid)", grade_id="vae",
         source=vae(generate=swap(VAE_GENERATE, "return torch.sigmoid(self.decoder(z))", "return self.decoder(z)"))),
    dict(name="generate draws uniform codes in [0, 1)", grade_id="vae",
         source=vae(generate=swap(VAE_GENERATE, "torch.randn(n, self.latent_dim)", "torch.rand(n, self.latent_dim)"))),
    dict(name="generate hard-codes a latent size of 2", grade_id="vae",
         source=vae(generate=swap(VAE_GENERATE, "torch.randn(n, self.latent_dim)", "torch.randn(n, 2)"))),
    # ---- kl_to_standard_normal
    dict(name="averages over the latent dimensions instead of summing", grade_id="kl_to_standard_normal",
         source=swap(KL, "-0.5 * torch.sum(", "-0.5 * torch.mean(")),
    dict(name="sign error (+0.5): the KL comes out negative", grade_id="kl_to_standard_normal",
         source=swap(KL, "return -0.5 * torch.sum(", "return 0.5 * torch.sum(")),
    dict(name="uses sigma = exp(logvar / 2) where sigma^2 belongs", grade_id="kl_to_standard_normal",
         source=swap(KL, "torch.exp(logvar)", "torch.exp(0.5 * logvar)")),
    dict(name="forgets the 1 inside the bracket", grade_id="kl_to_standard_normal",
         source=swap(KL, "torch.sum(1 + logvar", "torch.sum(logvar")),
    dict(name="sums over the batch dimension (dim=0)", grade_id="kl_to_standard_normal",
         source=swap(KL, "dim=1)", "dim=0)")),
    dict(name="mu not squared", grade_id="kl_to_standard_normal",
         source=swap(KL, "- mu ** 2", "- mu")),
    # ---- bernoulli_reconstruction
    dict(name="averages over the pixels instead of summing", grade_id="bernoulli_reconstruction",
         source=swap(BERN, ".sum(dim=1)", ".mean(dim=1)")),
    dict(name="sigmoid then F.binary_cross_entropy (log clamped at -100 for confident logits)",
         grade_id="bernoulli_reconstruction",
         source=swap(BERN, "F.binary_cross_entropy_with_logits(logits, x, reduction=\"none\")",
                     "F.binary_cross_entropy(torch.sigmoid(logits), x, reduction=\"none\")")),
    dict(name="arguments swapped: the images are passed as logits", grade_id="bernoulli_reconstruction",
         source=swap(BERN, "F.binary_cross_entropy_with_logits(logits, x,", "F.binary_cross_entropy_with_logits(x, logits,")),
    dict(name="sums over dims (2, 3) only: shape (B, 1)", grade_id="bernoulli_reconstruction",
         source=swap(BERN, "return bce.reshape(len(bce), -1).sum(dim=1)", "return bce.sum(dim=(2, 3))")),
    dict(name="naive formula with log(sigmoid) and log(1 - sigmoid) (inf for large logits)",
         grade_id="bernoulli_reconstruction",
         source=swap(BERN, "bce = F.binary_cross_entropy_with_logits(logits, x, reduction=\"none\")",
                     "p = torch.sigmoid(logits)\n    bce = -(x * torch.log(p) + (1 - x) * torch.log(1 - p))")),
    dict(name="reduction='sum' over the whole batch (one number)", grade_id="bernoulli_reconstruction",
         source=swap(BERN, 'bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")\n'
                     '    return bce.reshape(len(bce), -1).sum(dim=1)',
                     'return F.binary_cross_entropy_with_logits(logits, x, reduction="sum")')),
    # ---- negative_elbo
    dict(name="returns the KL already multiplied by beta", grade_id="negative_elbo",
         source=swap(swap(NELBO, "kl = kl_to_standard_normal(mu, logvar).mean()", "kl = beta * kl_to_standard_normal(mu, logvar).mean()"),
                     "\n    total = reconstruction + beta * kl", "\n    total = reconstruction + kl")),
    dict(name="sums over the batch instead of averaging", grade_id="negative_elbo",
         source=swap(swap(NELBO, "bernoulli_reconstruction(logits, x).mean()", "bernoulli_reconstruction(logits, x).sum()"),
                     "kl_to_standard_normal(mu, logvar).mean()", "kl_to_standard_normal(mu, logvar).sum()")),
    dict(name="beta weights the reconstruction instead of the KL", grade_id="negative_elbo",
         source=swap(NELBO, "\n    total = reconstruction + beta * kl", "\n    total = beta * reconstruction + kl")),
    dict(name="returns Python floats (.item()) for the two parts", grade_id="negative_elbo",
         source=swap(NELBO, "return total, reconstruction, kl", "return total, reconstruction.item(), kl.item()")),
    dict(name="inline KL averaged over batch and latent dimensions (divided by d)", grade_id="negative_elbo",
         source=swap(NELBO, "kl = kl_to_standard_normal(mu, logvar).mean()",
                     "kl = (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).mean()")),
    dict(name="reconstruction with F.binary_cross_entropy_with_logits' default mean (a hidden beta of 784)",
         grade_id="negative_elbo",
         source=swap(NELBO, "reconstruction = bernoulli_reconstruction(logits, x).mean()",
                     "reconstruction = F.binary_cross_entropy_with_logits(logits, x)")),
    # ---- AutoEncoder
    dict(name="encode samples z with reparameterize in training mode", grade_id="autoencoder",
         source=ae(encode=swap(AE_ENCODE, "return mu", "return reparameterize(mu, logvar) if self.training else mu"))),
    dict(name="forward returns probabilities (sigmoid)", grade_id="autoencoder",
         source=ae(forward=swap(AE_FORWARD, "return self.decoder(self.encode(x))", "return torch.sigmoid(self.decoder(self.encode(x)))"))),
    dict(name="encode returns the log-variance output", grade_id="autoencoder",
         source=ae(encode=swap(AE_ENCODE, "return mu", "return logvar"))),
    dict(name="forward returns (logits, mu, logvar) like the VAE", grade_id="autoencoder",
         source=ae(forward=swap(AE_FORWARD, "return self.decoder(self.encode(x))",
                                "mu, logvar = self.encoder(x)\n        return self.decoder(mu), mu, logvar"))),
    dict(name="encode runs the encoder under torch.no_grad() (the encoder never learns)", grade_id="autoencoder",
         source=ae(encode=swap(AE_ENCODE, "        mu, logvar = self.encoder(x)\n",
                               "        with torch.no_grad():\n            mu, logvar = self.encoder(x)\n"))),
    # ---- AEClassifier / ae_classifier_loss
    dict(name="the head reads a detached code (labels cannot shape the codes)", grade_id="ae_classifier",
         source=aec(forward=swap(AEC_FORWARD, "class_logits = self.head(z)", "class_logits = self.head(z.detach())"))),
    dict(name="forward returns softmax probabilities as class_logits", grade_id="ae_classifier",
         source=aec(forward=swap(AEC_FORWARD, "class_logits = self.head(z)", "class_logits = torch.softmax(self.head(z), dim=1)"))),
    dict(name="cross-entropy summed over the batch", grade_id="ae_classifier",
         source=aec(loss=swap(AEC_LOSS, "F.cross_entropy(class_logits, labels)", "F.cross_entropy(class_logits, labels, reduction=\"sum\")"))),
    dict(name="weight applied to the reconstruction instead of the cross-entropy", grade_id="ae_classifier",
         source=aec(loss=swap(AEC_LOSS, "total = reconstruction + weight * cross_entropy", "total = weight * reconstruction + cross_entropy"))),
    dict(name="returns the cross-entropy already multiplied by the weight", grade_id="ae_classifier",
         source=aec(loss=swap(swap(AEC_LOSS, "cross_entropy = F.cross_entropy(class_logits, labels)",
                                   "cross_entropy = weight * F.cross_entropy(class_logits, labels)"),
                              "total = reconstruction + weight * cross_entropy", "total = reconstruction + cross_entropy"))),
    dict(name="F.nll_loss on raw class logits (no log-softmax)", grade_id="ae_classifier",
         source=aec(loss=swap(AEC_LOSS, "F.cross_entropy(class_logits, labels)", "F.nll_loss(class_logits, labels)"))),
    dict(name="reconstruction averaged over pixels (binary_cross_entropy_with_logits default)", grade_id="ae_classifier",
         source=aec(loss=swap(AEC_LOSS, "reconstruction = bernoulli_reconstruction(logits, x).mean()",
                              "reconstruction = F.binary_cross_entropy_with_logits(logits, x)"))),
    dict(name="the classification head reads the encoder's log-variance instead of the code mu",
         grade_id="ae_classifier",
         source=aec(forward=swap(AEC_FORWARD, "class_logits = self.head(z)",
                                 "class_logits = self.head(self.autoencoder.encoder(x)[1])"))),
]

ALTERNATIVES = [
    dict(name="reparameterize with torch.distributions.Normal(...).rsample()", grade_id="reparameterize",
         source=swap(REPARAM, "eps = torch.randn_like(std)\n    return mu + std * eps",
                     "return torch.distributions.Normal(mu, std).rsample()")),
    dict(name="reparameterize with sqrt(exp(logvar)) and addcmul", grade_id="reparameterize",
         source=swap(REPARAM, "std = torch.exp(0.5 * logvar)\n    eps = torch.randn_like(std)\n    return mu + std * eps",
                     "eps = torch.randn(mu.shape, dtype=mu.dtype, device=mu.device)\n"
                     "    return torch.addcmul(mu, logvar.exp().sqrt(), eps)")),
    dict(name="VAE with a conditional expression and generate via decoder(...).sigmoid()", grade_id="vae",
         source=vae(forward='''        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar
''', generate='''        z = torch.normal(0.0, 1.0, size=(n, self.latent_dim))
        return self.decoder(z).sigmoid()
''')),
    dict(name="KL as 0.5 * (mu^2 + sigma^2 - 1 - logvar) summed over the last axis", grade_id="kl_to_standard_normal",
         source=swap(KL, "return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1)",
                     "return 0.5 * (mu.pow(2) + logvar.exp() - 1.0 - logvar).sum(dim=-1)")),
    dict(name="KL with torch.distributions.kl_divergence", grade_id="kl_to_standard_normal",
         source=swap(KL, "return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1)",
                     "q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))\n"
                     "    p = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))\n"
                     "    return torch.distributions.kl_divergence(q, p).sum(dim=1)")),
    dict(name="Bernoulli term as softplus(l) - x l, summed with flatten(1)", grade_id="bernoulli_reconstruction",
         source=swap(BERN, 'bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")\n'
                     '    return bce.reshape(len(bce), -1).sum(dim=1)',
                     "return (F.softplus(logits) - x * logits).flatten(1).sum(dim=1)")),
    dict(name="negative_elbo as sums divided by the batch size, total with torch.add(alpha=beta)", grade_id="negative_elbo",
         source=swap(NELBO, "    reconstruction = bernoulli_reconstruction(logits, x).mean()\n"
                     "    kl = kl_to_standard_normal(mu, logvar).mean()\n    total = reconstruction + beta * kl\n",
                     "    reconstruction = bernoulli_reconstruction(logits, x).sum() / x.shape[0]\n"
                     "    kl = kl_to_standard_normal(mu, logvar).sum() / mu.shape[0]\n    total = torch.add(reconstruction, kl, alpha=beta)\n")),
    dict(name="AutoEncoder indexing the encoder output, forward through encode", grade_id="autoencoder",
         source=ae(encode="        return self.encoder(x)[0]\n", forward="        z = self.encode(x)\n        return self.decoder(z)\n")),
    dict(name="AEClassifier encoding through the encoder directly; loss with log_softmax + nll_loss", grade_id="ae_classifier",
         source=aec(forward='''        mu, _ = self.autoencoder.encoder(x)
        return self.autoencoder.decoder(mu), self.head(mu)
''', loss='''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.nll_loss(F.log_softmax(class_logits, dim=1), labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
]
