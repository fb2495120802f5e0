NOTEBOOK = "04_vae"

_REP = '''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
'''
_VAE_HEAD = '''class VAE(nn.Module):
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
def vae(fwd, gen):
    return _VAE_HEAD + fwd + _VAE_GEN + gen

V_FWD = '''        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar
'''
V_GEN = '''        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''
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
_AE_HEAD = '''class AutoEncoder(nn.Module):
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
def ae(enc, fwd):
    return _AE_HEAD + enc + _AE_FWD + fwd

A_ENC = '''        mu, _ = self.encoder(x)
        return mu
'''
A_FWD = '''        return self.decoder(self.encode(x))
'''
_AC_HEAD = '''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
'''
_AC_LOSS = '''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
'''
def ac(fwd, loss):
    return _AC_HEAD + fwd + _AC_LOSS + loss

C_FWD = '''        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)
'''
C_LOSS = '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''

MISTAKES = [
    dict(name="uses exp(logvar) (variance) as the scale", grade_id="reparameterize",
         source=_REP + '''    return mu + torch.exp(logvar) * torch.randn_like(mu)
'''),
    dict(name="uses logvar itself as the std", grade_id="reparameterize",
         source=_REP + '''    return mu + logvar * torch.randn_like(logvar)
'''),
    dict(name="uses sqrt(logvar.abs()) as std", grade_id="reparameterize",
         source=_REP + '''    return mu + logvar.abs().sqrt() * torch.randn_like(mu)
'''),
    dict(name="noise from torch.rand_like (uniform)", grade_id="reparameterize",
         source=_REP + '''    eps = torch.rand_like(mu)
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name="std detached (no gradient to logvar)", grade_id="reparameterize",
         source=_REP + '''    std = torch.exp(0.5 * logvar).detach()
    return mu + std * torch.randn_like(mu)
'''),
    dict(name="one noise value shared by the whole batch", grade_id="reparameterize",
         source=_REP + '''    eps = torch.randn_like(mu[:1])
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    # VAE
    dict(name="always samples, also in eval mode", grade_id="vae",
         source=vae('''        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar)
        return self.decoder(z), mu, logvar
''', V_GEN)),
    dict(name="returns logvar, mu in swapped order", grade_id="vae",
         source=vae('''        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), logvar, mu
''', V_GEN)),
    dict(name="generate returns logits (no sigmoid)", grade_id="vae",
         source=vae(V_FWD, '''        return self.decoder(torch.randn(n, self.latent_dim))
''')),
    dict(name="generate draws z uniform in [0,1)", grade_id="vae",
         source=vae(V_FWD, '''        z = torch.rand(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
''')),
    dict(name="forward returns probabilities instead of logits", grade_id="vae",
         source=vae('''        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return torch.sigmoid(self.decoder(z)), mu, logvar
''', V_GEN)),
    dict(name="eval mode decodes mu but training mode samples from swapped args", grade_id="vae",
         source=vae('''        mu, logvar = self.encoder(x)
        z = reparameterize(logvar, mu) if self.training else mu
        return self.decoder(z), mu, logvar
''', V_GEN)),
    # KL
    dict(name="mean over latent dims instead of sum", grade_id="kl_to_standard_normal",
         source=_KL + '''    return -0.5 * (1 + logvar - mu ** 2 - logvar.exp()).mean(dim=1)
'''),
    dict(name="missing the factor 1/2", grade_id="kl_to_standard_normal",
         source=_KL + '''    return -(1 + logvar - mu.pow(2) - logvar.exp()).sum(dim=1)
'''),
    dict(name="uses exp(logvar)^2 (sigma^4) instead of sigma^2", grade_id="kl_to_standard_normal",
         source=_KL + '''    return -0.5 * (1 + logvar - mu ** 2 - logvar.exp() ** 2).sum(dim=1)
'''),
    dict(name="sums over the batch axis", grade_id="kl_to_standard_normal",
         source=_KL + '''    return -0.5 * torch.sum(1 + logvar - mu ** 2 - logvar.exp(), dim=0)
'''),
    dict(name="log(sigma) instead of log(sigma^2)", grade_id="kl_to_standard_normal",
         source=_KL + '''    return -0.5 * (1 + 0.5 * logvar - mu ** 2 - logvar.exp()).sum(dim=1)
'''),
    # bernoulli
    dict(name="mean over pixels", grade_id="bernoulli_reconstruction",
         source=_BR + '''    return F.binary_cross_entropy_with_logits(logits, x, reduction="none").mean(dim=(1, 2, 3))
'''),
    dict(name="arguments swapped (x as logits)", grade_id="bernoulli_reconstruction",
         source=_BR + '''    return F.binary_cross_entropy_with_logits(x, torch.sigmoid(logits), reduction="none").sum(dim=(1, 2, 3))
'''),
    dict(name="BCE on sigmoid probabilities with clamp (not stable, different for large logits)", grade_id="bernoulli_reconstruction",
         source=_BR + '''    p = torch.sigmoid(logits).clamp(1e-6, 1 - 1e-6)
    return -(x * torch.log(p) + (1 - x) * torch.log(1 - p)).sum(dim=(1, 2, 3))
'''),
    dict(name="sums over the whole batch then divides (same value per image)", grade_id="bernoulli_reconstruction",
         source=_BR + '''    total = F.binary_cross_entropy_with_logits(logits, x, reduction="sum")
    return total.expand(len(x)) / len(x)
'''),
    # negative_elbo
    dict(name="beta applied to reconstruction instead of KL", grade_id="negative_elbo",
         source=_NE + '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return beta * reconstruction + kl, reconstruction, kl
'''),
    dict(name="returned kl already multiplied by beta", grade_id="negative_elbo",
         source=_NE + '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = beta * kl_to_standard_normal(mu, logvar).mean()
    return reconstruction + kl, reconstruction, kl
'''),
    dict(name="sum over the batch instead of mean", grade_id="negative_elbo",
         source=_NE + '''    reconstruction = bernoulli_reconstruction(logits, x).sum()
    kl = kl_to_standard_normal(mu, logvar).sum()
    return reconstruction + beta * kl, reconstruction, kl
'''),
    dict(name="returns Python floats via .item()", grade_id="negative_elbo",
         source=_NE + '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    total = reconstruction + beta * kl
    return total, reconstruction.item(), kl.item()
'''),
    dict(name="subtracts the KL (sign error)", grade_id="negative_elbo",
         source=_NE + '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return reconstruction - beta * kl, reconstruction, kl
'''),
    # autoencoder
    dict(name="encode returns logvar (second output)", grade_id="autoencoder",
         source=ae('''        return self.encoder(x)[1]
''', A_FWD)),
    dict(name="forward samples with reparameterize in training mode", grade_id="autoencoder",
         source=ae(A_ENC, '''        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z)
''')),
    dict(name="forward returns sigmoid probabilities", grade_id="autoencoder",
         source=ae(A_ENC, '''        return torch.sigmoid(self.decoder(self.encode(x)))
''')),
    dict(name="encode detaches the code", grade_id="autoencoder",
         source=ae('''        mu, _ = self.encoder(x)
        return mu.detach()
''', A_FWD)),
    # ae_classifier
    dict(name="class head applied to the detached code (CE cannot shape the code)", grade_id="ae_classifier",
         source=ac('''        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z.detach())
''', C_LOSS)),
    dict(name="cross_entropy fed softmax probabilities", grade_id="ae_classifier",
         source=ac(C_FWD, '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(torch.softmax(class_logits, dim=1), labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
    dict(name="weight applied to reconstruction", grade_id="ae_classifier",
         source=ac(C_FWD, '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return weight * reconstruction + cross_entropy, reconstruction, cross_entropy
''')),
    dict(name="cross-entropy summed over the batch", grade_id="ae_classifier",
         source=ac(C_FWD, '''    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels, reduction="sum")
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
    dict(name="reconstruction averaged over pixels too (F.bce mean)", grade_id="ae_classifier",
         source=ac(C_FWD, '''    reconstruction = F.binary_cross_entropy_with_logits(logits, x)
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
''')),
    dict(name="forward calls autoencoder(x) then re-encodes from the reconstruction", grade_id="ae_classifier",
         source=ac('''        logits = self.autoencoder(x)
        z = self.autoencoder.encode(torch.sigmoid(logits))
        return logits, self.head(z)
''', C_LOSS)),
]

ALTERNATIVES = [
    dict(name="reparameterize via torch.distributions rsample-free formula with logvar.mul(0.5).exp_()", grade_id="reparameterize",
         source=_REP + '''    eps = torch.randn_like(logvar)
    return torch.addcmul(mu, (0.5 * logvar).exp(), eps)
'''),
    dict(name="VAE forward with explicit if/else and generate via decoder output .sigmoid()", grade_id="vae",
         source=vae('''        mu, logvar = self.encoder(x)
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        logits = self.decoder(z)
        return logits, mu, logvar
''', '''        p = next(self.decoder.parameters())
        z = torch.randn((n, self.latent_dim), dtype=p.dtype, device=p.device)
        return self.decoder(z).sigmoid()
''')),
    dict(name="KL as 0.5*(mu^2 + var - 1 - logvar)", grade_id="kl_to_standard_normal",
         source=_KL + '''    return 0.5 * torch.sum(mu.square() + torch.exp(logvar) - 1.0 - logvar, dim=-1)
'''),
    dict(name="bernoulli via flatten and softplus formula", grade_id="bernoulli_reconstruction",
         source=_BR + '''    l, t = logits.flatten(1), x.flatten(1)
    return (F.softplus(l) - t * l).sum(dim=1)
'''),
    dict(name="negative_elbo with torch.mean", grade_id="negative_elbo",
         source=_NE + '''    reconstruction = torch.mean(bernoulli_reconstruction(logits, x))
    kl = torch.mean(kl_to_standard_normal(mu, logvar))
    total = reconstruction + kl * beta
    return total, reconstruction, kl
'''),
    dict(name="AutoEncoder forward calls encoder directly", grade_id="autoencoder",
         source=ae('''        return self.encoder(x)[0]
''', '''        mu, _logvar = self.encoder(x)
        return self.decoder(mu)
''')),
    dict(name="AEClassifier using self.autoencoder(x) and CE via log_softmax + nll", grade_id="ae_classifier",
         source=ac('''        z = self.autoencoder.encode(x)
        class_logits = self.head(z)
        logits = self.autoencoder.decoder(z)
        return logits, class_logits
''', '''    reconstruction = bernoulli_reconstruction(logits, x).mean(0)
    cross_entropy = F.nll_loss(F.log_softmax(class_logits, dim=-1), labels)
    total = reconstruction + weight * cross_entropy
    return total, reconstruction, cross_entropy
''')),
]
