"""Blind round 8: mistakes and alternatives for notebook 04_vae (written from the student notebook only)."""

NOTEBOOK = "04_vae"

REPARAM = '''{pre}def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
{body}
'''


def rep(body, pre=""):
    return REPARAM.format(body=body, pre=pre)


VAE_FWD_OK = '''        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar'''
VAE_GEN_OK = '''        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))'''

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
{forward}

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
{generate}
'''


def vae(forward=VAE_FWD_OK, generate=VAE_GEN_OK):
    return VAE.format(forward=forward, generate=generate)


KL = '''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
{body}
'''


def kl(body):
    return KL.format(body=body)


BR = '''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
{body}
'''


def br(body):
    return BR.format(body=body)


NE = '''def negative_elbo(logits, x, mu, logvar, beta={default}):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
{body}
'''


def ne(body, default="1.0"):
    return NE.format(body=body, default=default)


NE_OK = '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + beta * kl, reconstruction, kl'''

AE_ENC_OK = "        mu, _ = self.encoder(x)\n        return mu"
AE_FWD_OK = "        return self.decoder(self.encode(x))"
AE = '''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
{encode}

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
{forward}
'''


def ae(encode=AE_ENC_OK, forward=AE_FWD_OK):
    return AE.format(encode=encode, forward=forward)


AEC_FWD_OK = '''        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)'''
AEC_LOSS_OK = '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy'''
AEC = '''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
{forward}


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
{loss}
'''


def aec(forward=AEC_FWD_OK, loss=AEC_LOSS_OK):
    return AEC.format(forward=forward, loss=loss)


MISTAKES = [
    # ---------------- reparameterize ----------------
    dict(name="one noise vector shared by every image of the batch (randn_like(mu[0]))", grade_id="reparameterize",
         source=rep("    eps = torch.randn_like(mu[0])\n    return mu + torch.exp(0.5 * logvar) * eps")),
    dict(name="standard deviation taken as exp(logvar) (the variance)", grade_id="reparameterize",
         source=rep("    eps = torch.randn_like(mu)\n    return mu + torch.exp(logvar) * eps")),
    dict(name="noise drawn once at import and reused on every call", grade_id="reparameterize",
         source=rep("    global _EPS\n    if _EPS is None or _EPS.shape != mu.shape:\n        _EPS = torch.randn_like(mu)\n"
                              "    return mu + torch.exp(0.5 * logvar) * _EPS", pre="_EPS = None\n\n\n")),
    dict(name="uniform noise (rand_like)", grade_id="reparameterize",
         source=rep("    eps = torch.rand_like(mu)\n    return mu + torch.exp(0.5 * logvar) * eps")),
    dict(name="returns mu when gradients are off ('inference')", grade_id="reparameterize",
         source=rep("    if not torch.is_grad_enabled():\n        return mu\n"
                    "    return mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)")),
    dict(name="std = 0.5 * exp(logvar)", grade_id="reparameterize",
         source=rep("    return mu + 0.5 * torch.exp(logvar) * torch.randn_like(mu)")),
    dict(name="uses logvar itself as the standard deviation", grade_id="reparameterize",
         source=rep("    return mu + logvar * torch.randn_like(mu)")),

    # ---------------- VAE ----------------
    dict(name="chooses sampling from torch.is_grad_enabled() instead of self.training", grade_id="vae",
         source=vae(forward="        mu, logvar = self.encoder(x)\n"
                            "        z = reparameterize(mu, logvar) if torch.is_grad_enabled() else mu\n"
                            "        return self.decoder(z), mu, logvar")),
    dict(name="samples z in evaluation mode too", grade_id="vae",
         source=vae(forward="        mu, logvar = self.encoder(x)\n        z = reparameterize(mu, logvar)\n"
                            "        return self.decoder(z), mu, logvar")),
    dict(name="returns the sampled z in place of mu", grade_id="vae",
         source=vae(forward="        mu, logvar = self.encoder(x)\n        z = reparameterize(mu, logvar) if self.training else mu\n"
                            "        return self.decoder(z), z, logvar")),
    dict(name="passes the variance exp(logvar) to reparameterize as if it were logvar", grade_id="vae",
         source=vae(forward="        mu, logvar = self.encoder(x)\n"
                            "        z = reparameterize(mu, logvar.exp()) if self.training else mu\n"
                            "        return self.decoder(z), mu, logvar")),
    dict(name="generate hard-codes a 2-D code", grade_id="vae",
         source=vae(generate="        z = torch.randn(n, 2)\n        return torch.sigmoid(self.decoder(z))")),
    dict(name="generate draws uniform codes in [0, 1)", grade_id="vae",
         source=vae(generate="        z = torch.rand(n, self.latent_dim)\n        return torch.sigmoid(self.decoder(z))")),
    dict(name="generate returns the logits", grade_id="vae",
         source=vae(generate="        z = torch.randn(n, self.latent_dim)\n        return self.decoder(z)")),
    dict(name="generate decodes one shared code for all n images", grade_id="vae",
         source=vae(generate="        z = torch.randn(1, self.latent_dim).expand(n, -1)\n        return torch.sigmoid(self.decoder(z))")),
    dict(name="forward returns probabilities instead of logits", grade_id="vae",
         source=vae(forward="        mu, logvar = self.encoder(x)\n        z = reparameterize(mu, logvar) if self.training else mu\n"
                            "        return torch.sigmoid(self.decoder(z)), mu, logvar")),

    # ---------------- kl_to_standard_normal ----------------
    dict(name="the -1/2 summed once instead of once per dimension (right only for d = 1)",
         grade_id="kl_to_standard_normal",
         source=kl("    return 0.5 * (mu ** 2 + logvar.exp() - logvar).sum(dim=1) - 0.5")),
    dict(name="sigma^2 computed as exp(logvar) ** 2", grade_id="kl_to_standard_normal",
         source=kl("    return -0.5 * (1 + logvar - mu ** 2 - logvar.exp() ** 2).sum(dim=1)")),
    dict(name="the 1/2 missing on the exp(logvar) term", grade_id="kl_to_standard_normal",
         source=kl("    return (-0.5 * (1 + logvar - mu ** 2) + logvar.exp()).sum(dim=1)")),
    dict(name="sums over the whole batch (the PyTorch example's scalar)", grade_id="kl_to_standard_normal",
         source=kl("    return -0.5 * torch.sum(1 + logvar - mu ** 2 - logvar.exp())")),
    dict(name="averages over the latent dimensions", grade_id="kl_to_standard_normal",
         source=kl("    return -0.5 * (1 + logvar - mu ** 2 - logvar.exp()).mean(dim=1)")),
    dict(name="sign flipped: +1/2 (1 + logvar - mu^2 - exp(logvar))", grade_id="kl_to_standard_normal",
         source=kl("    return 0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum(dim=1)")),
    dict(name="Monte-Carlo estimate from 100 samples instead of the closed form", grade_id="kl_to_standard_normal",
         source=kl("    std = torch.exp(0.5 * logvar)\n    z = mu + std * torch.randn(100, *mu.shape)\n"
                   "    log_q = -0.5 * (((z - mu) / std) ** 2 + logvar)\n    log_p = -0.5 * z ** 2\n"
                   "    return (log_q - log_p).sum(dim=2).mean(dim=0)")),
    dict(name="mu enters without the square (-mu instead of -mu^2)", grade_id="kl_to_standard_normal",
         source=kl("    return -0.5 * (1 + logvar - mu.abs() - logvar.exp()).sum(dim=1)")),

    # ---------------- bernoulli_reconstruction ----------------
    dict(name="sigmoid then F.binary_cross_entropy (clamps log at -100, breaks for large logits)",
         grade_id="bernoulli_reconstruction",
         source=br("    bce = F.binary_cross_entropy(torch.sigmoid(logits), x, reduction='none')\n"
                   "    return bce.reshape(len(x), -1).sum(dim=1)")),
    dict(name="logits and targets swapped", grade_id="bernoulli_reconstruction",
         source=br("    return F.binary_cross_entropy_with_logits(x, logits, reduction='none').reshape(len(x), -1).sum(dim=1)")),
    dict(name="averages over the pixels", grade_id="bernoulli_reconstruction",
         source=br("    return F.binary_cross_entropy_with_logits(logits, x, reduction='none').mean(dim=(1, 2, 3))")),
    dict(name="sums over the spatial dims only: shape (B, 1)", grade_id="bernoulli_reconstruction",
         source=br("    return F.binary_cross_entropy_with_logits(logits, x, reduction='none').sum(dim=(2, 3))")),
    dict(name="binarises the target images at 0.5", grade_id="bernoulli_reconstruction",
         source=br("    target = (x > 0.5).float()\n"
                   "    return F.binary_cross_entropy_with_logits(logits, target, reduction='none').reshape(len(x), -1).sum(dim=1)")),
    dict(name="log(sigmoid) by hand: -inf/nan for large logits", grade_id="bernoulli_reconstruction",
         source=br("    p = torch.sigmoid(logits)\n    bce = -(x * torch.log(p) + (1 - x) * torch.log(1 - p))\n"
                   "    return bce.reshape(len(x), -1).sum(dim=1)")),
    dict(name="reduction='sum' divided by the batch size: one scalar", grade_id="bernoulli_reconstruction",
         source=br("    return F.binary_cross_entropy_with_logits(logits, x, reduction='sum') / len(x)")),

    # ---------------- negative_elbo ----------------
    dict(name="returns the beta-weighted KL as the kl part", grade_id="negative_elbo",
         source=ne("    reconstruction = bernoulli_reconstruction(logits, x).mean()\n"
                   "    kl = beta * kl_to_standard_normal(mu, logvar).mean()\n    return reconstruction + kl, reconstruction, kl")),
    dict(name="KL summed over the batch instead of averaged", grade_id="negative_elbo",
         source=ne("    reconstruction = bernoulli_reconstruction(logits, x).mean()\n"
                   "    kl = kl_to_standard_normal(mu, logvar).sum()\n    return reconstruction + beta * kl, reconstruction, kl")),
    dict(name="beta weights the reconstruction instead of the KL", grade_id="negative_elbo",
         source=ne("    reconstruction = bernoulli_reconstruction(logits, x).mean()\n"
                   "    kl = kl_to_standard_normal(mu, logvar).mean()\n    return beta * reconstruction + kl, reconstruction, kl")),
    dict(name="total divided by the batch size a second time", grade_id="negative_elbo",
         source=ne("    reconstruction = bernoulli_reconstruction(logits, x).mean()\n"
                   "    kl = kl_to_standard_normal(mu, logvar).mean()\n"
                   "    return (reconstruction + beta * kl) / len(x), reconstruction, kl")),
    dict(name="sigmoid applied before bernoulli_reconstruction (double sigmoid)", grade_id="negative_elbo",
         source=ne("    reconstruction = bernoulli_reconstruction(torch.sigmoid(logits), x).mean()\n"
                   "    kl = kl_to_standard_normal(mu, logvar).mean()\n    return reconstruction + beta * kl, reconstruction, kl")),
    dict(name="default beta changed to 0.5", grade_id="negative_elbo", source=ne(NE_OK, default="0.5")),
    dict(name="returns Python floats (.item()) instead of tensors", grade_id="negative_elbo",
         source=ne("    reconstruction = bernoulli_reconstruction(logits, x).mean()\n"
                   "    kl = kl_to_standard_normal(mu, logvar).mean()\n"
                   "    return (reconstruction + beta * kl).item(), reconstruction.item(), kl.item()")),
    dict(name="reconstruction averaged per pixel (divided by 784)", grade_id="negative_elbo",
         source=ne("    reconstruction = bernoulli_reconstruction(logits, x).mean() / 784\n"
                   "    kl = kl_to_standard_normal(mu, logvar).mean()\n    return reconstruction + beta * kl, reconstruction, kl")),
    dict(name="mu and logvar swapped in the KL call", grade_id="negative_elbo",
         source=ne("    reconstruction = bernoulli_reconstruction(logits, x).mean()\n"
                   "    kl = kl_to_standard_normal(logvar, mu).mean()\n    return reconstruction + beta * kl, reconstruction, kl")),

    # ---------------- AutoEncoder ----------------
    dict(name="encode returns logvar (index 1)", grade_id="autoencoder",
         source=ae(encode="        return self.encoder(x)[1]")),
    dict(name="forward samples z in training mode (copied from the VAE)", grade_id="autoencoder",
         source=ae(forward="        mu, logvar = self.encoder(x)\n"
                           "        z = reparameterize(mu, logvar) if self.training else mu\n        return self.decoder(z)")),
    dict(name="forward returns (logits, mu, logvar) like the VAE", grade_id="autoencoder",
         source=ae(forward="        mu, logvar = self.encoder(x)\n        return self.decoder(mu), mu, logvar")),
    dict(name="forward returns probabilities", grade_id="autoencoder",
         source=ae(forward="        return torch.sigmoid(self.decoder(self.encode(x)))")),
    dict(name="encode adds a little noise during training (denoising habit)", grade_id="autoencoder",
         source=ae(encode="        mu, _ = self.encoder(x)\n        if self.training:\n"
                          "            mu = mu + 0.01 * torch.randn_like(mu)\n        return mu")),

    # ---------------- AEClassifier / ae_classifier_loss ----------------
    dict(name="forward returns softmax probabilities instead of class logits", grade_id="ae_classifier",
         source=aec(forward="        z = self.autoencoder.encode(x)\n"
                            "        return self.autoencoder.decoder(z), torch.softmax(self.head(z), dim=1)")),
    dict(name="cross-entropy summed over the batch", grade_id="ae_classifier",
         source=aec(loss="    reconstruction = bernoulli_reconstruction(logits, x).mean()\n"
                         "    cross_entropy = F.cross_entropy(class_logits, labels, reduction='sum')\n"
                         "    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy")),
    dict(name="F.nll_loss on raw logits (no log-softmax)", grade_id="ae_classifier",
         source=aec(loss="    reconstruction = bernoulli_reconstruction(logits, x).mean()\n"
                         "    cross_entropy = F.nll_loss(class_logits, labels)\n"
                         "    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy")),
    dict(name="weight multiplies the reconstruction instead of the cross-entropy", grade_id="ae_classifier",
         source=aec(loss="    reconstruction = bernoulli_reconstruction(logits, x).mean()\n"
                         "    cross_entropy = F.cross_entropy(class_logits, labels)\n"
                         "    return weight * reconstruction + cross_entropy, reconstruction, cross_entropy")),
    dict(name="returns the weighted cross-entropy as the third value", grade_id="ae_classifier",
         source=aec(loss="    reconstruction = bernoulli_reconstruction(logits, x).mean()\n"
                         "    cross_entropy = weight * F.cross_entropy(class_logits, labels)\n"
                         "    return reconstruction + cross_entropy, reconstruction, cross_entropy")),
    dict(name="reconstruction as the mean BCE over all pixels", grade_id="ae_classifier",
         source=aec(loss="    reconstruction = F.binary_cross_entropy_with_logits(logits, x)\n"
                         "    cross_entropy = F.cross_entropy(class_logits, labels)\n"
                         "    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy")),
    dict(name="the head reads a noisy code mu + 0.1 * noise in training mode (not z = mu)", grade_id="ae_classifier",
         source=aec(forward="        mu = self.autoencoder.encode(x)\n"
                            "        z = mu + 0.1 * torch.randn_like(mu) if self.training else mu\n"
                            "        return self.autoencoder.decoder(mu), self.head(z)")),
]

ALTERNATIVES = [
    dict(name="sqrt of exp, randn with explicit shape/dtype", grade_id="reparameterize",
         source=rep("    std = torch.sqrt(torch.exp(logvar))\n"
                    "    eps = torch.randn(mu.shape, dtype=mu.dtype, device=mu.device)\n    return eps.mul(std).add(mu)")),
    dict(name="Normal(mu, std).rsample()", grade_id="reparameterize",
         source=rep("    return torch.distributions.Normal(mu, torch.exp(logvar / 2)).rsample()")),
    dict(name="explicit if/else on self.training, decoder.probs-free generate with empty+normal_", grade_id="vae",
         source=vae(forward="        mu, logvar = self.encoder(x)\n        if self.training:\n"
                            "            z = reparameterize(mu, logvar)\n        else:\n            z = mu\n"
                            "        logits = self.decoder(z)\n        return logits, mu, logvar",
                    generate="        codes = torch.randn(n, self.latent_dim)\n        logits = self.decoder(codes)\n"
                             "        return logits.sigmoid()")),
    dict(name="torch.distributions kl_divergence", grade_id="kl_to_standard_normal",
         source=kl("    q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))\n"
                   "    p = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))\n"
                   "    return torch.distributions.kl_divergence(q, p).sum(dim=-1)")),
    dict(name="rearranged closed form", grade_id="kl_to_standard_normal",
         source=kl("    return 0.5 * (mu.pow(2) + logvar.exp() - logvar - 1).sum(-1)")),
    dict(name="softplus form", grade_id="bernoulli_reconstruction",
         source=br("    return (F.softplus(logits) - x * logits).flatten(1).sum(1)")),
    dict(name="sum over (1, 2, 3)", grade_id="bernoulli_reconstruction",
         source=br("    return F.binary_cross_entropy_with_logits(logits, x, reduction='none').sum(dim=(1, 2, 3))")),
    dict(name="sum / len instead of mean", grade_id="negative_elbo",
         source=ne("    B = logits.shape[0]\n    reconstruction = bernoulli_reconstruction(logits, x).sum() / B\n"
                   "    kl = kl_to_standard_normal(mu, logvar).sum() / B\n    total = reconstruction + beta * kl\n"
                   "    return total, reconstruction, kl")),
    dict(name="encode via tuple unpacking, forward via decoder(encode)", grade_id="autoencoder",
         source=ae(encode="        return self.encoder(x)[0]",
                   forward="        z = self.encode(x)\n        logits = self.decoder(z)\n        return logits")),
    dict(name="cross-entropy via log_softmax + nll_loss", grade_id="ae_classifier",
         source=aec(forward="        code = self.autoencoder.encode(x)\n        logits = self.autoencoder.decoder(code)\n"
                            "        return logits, self.head(code)",
                    loss="    reconstruction = bernoulli_reconstruction(logits, x).mean()\n"
                         "    cross_entropy = F.nll_loss(F.log_softmax(class_logits, dim=1), labels)\n"
                         "    total = reconstruction + weight * cross_entropy\n"
                         "    return total, reconstruction, cross_entropy")),
]
