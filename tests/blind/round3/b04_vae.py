NOTEBOOK = "04_vae"

_REP = '''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
'''
_VAE_TOP = '''class VAE(nn.Module):
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
'''
_VAE_GEN = '''
    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
'''
_FWD_OK = '''        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar
'''
_GEN_OK = '''        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''
def _vae(fwd, gen):
    return _VAE_TOP + fwd + _VAE_GEN + gen

_KL = '''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
'''
_BR = '''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
'''
_NE = '''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
'''
_AE_TOP = '''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
'''
_AE_FWD = '''
    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
'''
def _ae(enc, fwd):
    return _AE_TOP + enc + _AE_FWD + fwd

_AEC_TOP = '''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
'''
_AEC_LOSS = '''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
'''
_AEC_FWD_OK = '''        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)
'''
_AEC_LOSS_OK = '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''
def _aec(fwd, loss):
    return _AEC_TOP + fwd + _AEC_LOSS + loss

MISTAKES = [
    # reparameterize
    dict(name="uses exp(logvar) (the variance) as the standard deviation", grade_id="reparameterize",
         source=_REP + "    return mu + torch.exp(logvar) * torch.randn_like(mu)\n"),
    dict(name="std = 0.5 * exp(logvar)", grade_id="reparameterize",
         source=_REP + "    return mu + 0.5 * torch.exp(logvar) * torch.randn_like(mu)\n"),
    dict(name="uniform noise (rand_like)", grade_id="reparameterize",
         source=_REP + "    return mu + torch.exp(0.5 * logvar) * torch.rand_like(mu)\n"),
    dict(name="one noise vector shared by the whole batch", grade_id="reparameterize",
         source=_REP + "    eps = torch.randn(mu.shape[-1])\n    return mu + torch.exp(0.5 * logvar) * eps\n"),
    dict(name="std detached: no gradient to logvar", grade_id="reparameterize",
         source=_REP + "    std = torch.exp(0.5 * logvar).detach()\n    return mu + std * torch.randn_like(mu)\n"),
    dict(name="reseeds every call: same noise each time", grade_id="reparameterize",
         source=_REP + "    torch.manual_seed(0)\n    return mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)\n"),
    dict(name="torch.normal sample: no gradient", grade_id="reparameterize",
         source=_REP + "    return torch.normal(mu, torch.exp(0.5 * logvar))\n"),
    dict(name="std = sqrt(|logvar|) (logvar taken for the variance itself)", grade_id="reparameterize",
         source=_REP + "    return mu + torch.sqrt(logvar.abs()) * torch.randn_like(mu)\n"),
    # VAE
    dict(name="always samples, even in eval mode", grade_id="vae",
         source=_vae("        mu, logvar = self.encoder(x)\n        z = reparameterize(mu, logvar)\n        return self.decoder(z), mu, logvar\n", _GEN_OK)),
    dict(name="modes inverted", grade_id="vae",
         source=_vae("        mu, logvar = self.encoder(x)\n        z = mu if self.training else reparameterize(mu, logvar)\n        return self.decoder(z), mu, logvar\n", _GEN_OK)),
    dict(name="generate returns logits (no sigmoid)", grade_id="vae",
         source=_vae(_FWD_OK, "        return self.decoder(torch.randn(n, self.latent_dim))\n")),
    dict(name="generate draws uniform codes", grade_id="vae",
         source=_vae(_FWD_OK, "        return torch.sigmoid(self.decoder(torch.rand(n, self.latent_dim)))\n")),
    dict(name="forward returns (logits, logvar, mu)", grade_id="vae",
         source=_vae("        mu, logvar = self.encoder(x)\n        z = reparameterize(mu, logvar) if self.training else mu\n        return self.decoder(z), logvar, mu\n", _GEN_OK)),
    dict(name="forward returns probabilities", grade_id="vae",
         source=_vae("        mu, logvar = self.encoder(x)\n        z = reparameterize(mu, logvar) if self.training else mu\n        return torch.sigmoid(self.decoder(z)), mu, logvar\n", _GEN_OK)),
    dict(name="generate switches to eval mode and leaves it there", grade_id="vae",
         source=_vae(_FWD_OK, "        self.eval()\n        z = torch.randn(n, self.latent_dim)\n        return torch.sigmoid(self.decoder(z))\n")),
    dict(name="mu detached before sampling (no gradient to the mean head)", grade_id="vae",
         source=_vae("        mu, logvar = self.encoder(x)\n        z = reparameterize(mu.detach(), logvar) if self.training else mu\n        return self.decoder(z), mu, logvar\n", _GEN_OK)),
    dict(name="generate hard-codes 2 latent dimensions", grade_id="vae",
         source=_vae(_FWD_OK, "        return torch.sigmoid(self.decoder(torch.randn(n, 2)))\n")),
    # KL
    dict(name="mean over latent dims instead of sum", grade_id="kl_to_standard_normal",
         source=_KL + "    return -0.5 * (1 + logvar - mu ** 2 - logvar.exp()).mean(dim=1)\n"),
    dict(name="missing the factor 1/2", grade_id="kl_to_standard_normal",
         source=_KL + "    return -(1 + logvar - mu ** 2 - logvar.exp()).sum(dim=1)\n"),
    dict(name="sign of mu^2 wrong", grade_id="kl_to_standard_normal",
         source=_KL + "    return -0.5 * (1 + logvar + mu ** 2 - logvar.exp()).sum(dim=1)\n"),
    dict(name="sigma^2 written as exp(logvar)^2", grade_id="kl_to_standard_normal",
         source=_KL + "    return -0.5 * (1 + logvar - mu ** 2 - logvar.exp() ** 2).sum(dim=1)\n"),
    dict(name="uses exp(0.5 logvar) (std) for the variance", grade_id="kl_to_standard_normal",
         source=_KL + "    return -0.5 * (1 + logvar - mu ** 2 - torch.exp(0.5 * logvar)).sum(dim=1)\n"),
    dict(name="sums over the batch axis", grade_id="kl_to_standard_normal",
         source=_KL + "    return -0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum(dim=0)\n"),
    dict(name="mu and logvar swapped in the formula", grade_id="kl_to_standard_normal",
         source=_KL + "    return -0.5 * (1 + mu - logvar ** 2 - mu.exp()).sum(dim=1)\n"),
    # bernoulli_reconstruction
    dict(name="mean over pixels instead of sum", grade_id="bernoulli_reconstruction",
         source=_BR + "    return F.binary_cross_entropy_with_logits(logits, x, reduction='none').mean(dim=(1, 2, 3))\n"),
    dict(name="BCE of sigmoid probabilities (unstable for large logits)", grade_id="bernoulli_reconstruction",
         source=_BR + "    return F.binary_cross_entropy(torch.sigmoid(logits), x, reduction='none').sum(dim=(1, 2, 3))\n"),
    dict(name="arguments swapped: logits used as targets", grade_id="bernoulli_reconstruction",
         source=_BR + "    return F.binary_cross_entropy_with_logits(x, torch.sigmoid(logits), reduction='none').sum(dim=(1, 2, 3))\n"),
    dict(name="naive log(1 + exp(l)) overflows", grade_id="bernoulli_reconstruction",
         source=_BR + "    return (torch.log(1 + torch.exp(logits)) - x * logits).sum(dim=(1, 2, 3))\n"),
    dict(name="sums over H and W only: shape (B, 1)", grade_id="bernoulli_reconstruction",
         source=_BR + "    return F.binary_cross_entropy_with_logits(logits, x, reduction='none').sum(dim=(2, 3))\n"),
    dict(name="wrong sign: log(1 + e^l) + x l", grade_id="bernoulli_reconstruction",
         source=_BR + "    return (F.softplus(logits) + x * logits).flatten(1).sum(1)\n"),
    # negative_elbo
    dict(name="beta multiplies the reconstruction", grade_id="negative_elbo",
         source=_NE + "    rec = bernoulli_reconstruction(logits, x).mean()\n    kl = kl_to_standard_normal(mu, logvar).mean()\n    return beta * rec + kl, rec, kl\n"),
    dict(name="KL summed over the batch, reconstruction averaged", grade_id="negative_elbo",
         source=_NE + "    rec = bernoulli_reconstruction(logits, x).mean()\n    kl = kl_to_standard_normal(mu, logvar).sum()\n    return rec + beta * kl, rec, kl\n"),
    dict(name="returns the weighted KL (beta * kl) as kl", grade_id="negative_elbo",
         source=_NE + "    rec = bernoulli_reconstruction(logits, x).mean()\n    kl = beta * kl_to_standard_normal(mu, logvar).mean()\n    return rec + kl, rec, kl\n"),
    dict(name="reconstruction averaged over pixels too", grade_id="negative_elbo",
         source=_NE + "    rec = bernoulli_reconstruction(logits, x).mean() / x[0].numel()\n    kl = kl_to_standard_normal(mu, logvar).mean()\n    return rec + beta * kl, rec, kl\n"),
    dict(name="ignores beta", grade_id="negative_elbo",
         source=_NE + "    rec = bernoulli_reconstruction(logits, x).mean()\n    kl = kl_to_standard_normal(mu, logvar).mean()\n    return rec + kl, rec, kl\n"),
    dict(name="total detached through .item()", grade_id="negative_elbo",
         source=_NE + "    rec = bernoulli_reconstruction(logits, x).mean()\n    kl = kl_to_standard_normal(mu, logvar).mean()\n    return torch.tensor(rec.item() + beta * kl.item()), rec, kl\n"),
    dict(name="KL divided by latent dimension", grade_id="negative_elbo",
         source=_NE + "    rec = bernoulli_reconstruction(logits, x).mean()\n    kl = kl_to_standard_normal(mu, logvar).mean() / mu.shape[1]\n    return rec + beta * kl, rec, kl\n"),
    # AutoEncoder
    dict(name="encode samples with reparameterize in training mode", grade_id="autoencoder",
         source=_ae("        mu, logvar = self.encoder(x)\n        return reparameterize(mu, logvar) if self.training else mu\n",
                    "        return self.decoder(self.encode(x))\n")),
    dict(name="encode returns logvar (second output)", grade_id="autoencoder",
         source=_ae("        return self.encoder(x)[1]\n", "        return self.decoder(self.encode(x))\n")),
    dict(name="forward returns probabilities", grade_id="autoencoder",
         source=_ae("        mu, _ = self.encoder(x)\n        return mu\n", "        return torch.sigmoid(self.decoder(self.encode(x)))\n")),
    dict(name="code detached (decoder-only training)", grade_id="autoencoder",
         source=_ae("        mu, _ = self.encoder(x)\n        return mu.detach()\n", "        return self.decoder(self.encode(x))\n")),
    dict(name="code = mu + exp(0.5 logvar) (adds the std)", grade_id="autoencoder",
         source=_ae("        mu, logvar = self.encoder(x)\n        return mu + torch.exp(0.5 * logvar)\n", "        return self.decoder(self.encode(x))\n")),
    # AEClassifier / loss
    dict(name="head applied to the detached code (no classification gradient reaches the encoder)", grade_id="ae_classifier",
         source=_aec("        z = self.autoencoder.encode(x)\n        return self.autoencoder.decoder(z), self.head(z.detach())\n", _AEC_LOSS_OK)),
    dict(name="class output passed through softmax, then cross_entropy again", grade_id="ae_classifier",
         source=_aec("        z = self.autoencoder.encode(x)\n        return self.autoencoder.decoder(z), torch.softmax(self.head(z), dim=1)\n", _AEC_LOSS_OK)),
    dict(name="nll_loss on raw logits (no log_softmax)", grade_id="ae_classifier",
         source=_aec(_AEC_FWD_OK, "    reconstruction = bernoulli_reconstruction(logits, x).mean()\n    cross_entropy = F.nll_loss(class_logits, labels)\n    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy\n")),
    dict(name="weight multiplies the reconstruction", grade_id="ae_classifier",
         source=_aec(_AEC_FWD_OK, "    reconstruction = bernoulli_reconstruction(logits, x).mean()\n    cross_entropy = F.cross_entropy(class_logits, labels)\n    return weight * reconstruction + cross_entropy, reconstruction, cross_entropy\n")),
    dict(name="cross-entropy summed over the batch", grade_id="ae_classifier",
         source=_aec(_AEC_FWD_OK, "    reconstruction = bernoulli_reconstruction(logits, x).mean()\n    cross_entropy = F.cross_entropy(class_logits, labels, reduction='sum')\n    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy\n")),
    dict(name="reconstruction summed over the batch", grade_id="ae_classifier",
         source=_aec(_AEC_FWD_OK, "    reconstruction = bernoulli_reconstruction(logits, x).sum()\n    cross_entropy = F.cross_entropy(class_logits, labels)\n    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy\n")),
    dict(name="head applied to the encoder's logvar", grade_id="ae_classifier",
         source=_aec("        mu, logvar = self.autoencoder.encoder(x)\n        return self.autoencoder.decoder(mu), self.head(logvar)\n", _AEC_LOSS_OK)),
]

ALTERNATIVES = [
    dict(name="sqrt(exp(logvar)) and randn_like(logvar)", grade_id="reparameterize",
         source=_REP + "    eps = torch.randn_like(logvar)\n    return mu + eps * torch.sqrt(torch.exp(logvar))\n"),
    dict(name="addcmul", grade_id="reparameterize",
         source=_REP + "    std = logvar.mul(0.5).exp()\n    return torch.addcmul(mu, std, torch.randn_like(std))\n"),
    dict(name="explicit if/else, decoder(z).sigmoid()", grade_id="vae",
         source=_vae('''        mu, logvar = self.encoder(x)
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        logits = self.decoder(z)
        return logits, mu, logvar
''', "        z = torch.randn((n, self.latent_dim))\n        return self.decoder(z).sigmoid()\n")),
    dict(name="0.5 * sum(mu^2 + sigma^2 - 1 - logvar)", grade_id="kl_to_standard_normal",
         source=_KL + "    return 0.5 * torch.sum(mu.pow(2) + logvar.exp() - 1.0 - logvar, dim=-1)\n"),
    dict(name="torch.distributions kl_divergence", grade_id="kl_to_standard_normal",
         source=_KL + "    q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))\n    p = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))\n    return torch.distributions.kl_divergence(q, p).sum(dim=1)\n"),
    dict(name="softplus form, flattened", grade_id="bernoulli_reconstruction",
         source=_BR + "    return (F.softplus(logits) - x * logits).flatten(start_dim=1).sum(dim=1)\n"),
    dict(name="bce with logits then reshape sum", grade_id="bernoulli_reconstruction",
         source=_BR + "    bce = F.binary_cross_entropy_with_logits(logits, x, reduction='none')\n    return bce.reshape(bce.shape[0], -1).sum(-1)\n"),
    dict(name="per-image total, then means", grade_id="negative_elbo",
         source=_NE + "    rec_per_image = bernoulli_reconstruction(logits, x)\n    kl_per_image = kl_to_standard_normal(mu, logvar)\n    total = (rec_per_image + beta * kl_per_image).mean()\n    return total, rec_per_image.mean(), kl_per_image.mean()\n"),
    dict(name="tuple indexing", grade_id="autoencoder",
         source=_ae("        return self.encoder(x)[0]\n", "        mu, _ = self.encoder(x)\n        return self.decoder(mu)\n")),
    dict(name="log_softmax + nll_loss, forward via encoder directly", grade_id="ae_classifier",
         source=_aec("        z, _ = self.autoencoder.encoder(x)\n        logits = self.autoencoder.decoder(z)\n        return logits, self.head(z)\n",
                     "    reconstruction = bernoulli_reconstruction(logits, x).sum() / x.shape[0]\n    cross_entropy = F.nll_loss(F.log_softmax(class_logits, dim=-1), labels)\n    total = reconstruction + weight * cross_entropy\n    return total, reconstruction, cross_entropy\n")),
]
