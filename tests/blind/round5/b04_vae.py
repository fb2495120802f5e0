NOTEBOOK = "04_vae"

_REP = '''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
{body}'''
_VAE = '''class VAE(nn.Module):
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
{fwd}

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
{gen}'''
_KL = '''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
{body}'''
_BR = '''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
{body}'''
_NE = '''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.

    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term
    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl
    """
{body}'''
_AE = '''class AutoEncoder(nn.Module):
    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""
{enc}

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""
{fwd}'''
_AEC = '''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
{fwd}


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction.

    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)
    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy
    """
{loss}'''

V_FWD = '''        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar'''
V_GEN = '''        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))'''
A_ENC = "        return self.encoder(x)[0]"
A_FWD = "        return self.decoder(self.encode(x))"
C_FWD = '''        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)'''
C_LOSS = '''        reconstruction = F.binary_cross_entropy_with_logits(logits, x, reduction="none").flatten(1).sum(1).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy'''.replace("        reconstruction =", "    reconstruction =", 1)

def rep(b): return dict(grade_id="reparameterize", source=_REP.format(body=b))
def vae(fwd=V_FWD, gen=V_GEN): return dict(grade_id="vae", source=_VAE.format(fwd=fwd, gen=gen))
def kl(b): return dict(grade_id="kl_to_standard_normal", source=_KL.format(body=b))
def br(b): return dict(grade_id="bernoulli_reconstruction", source=_BR.format(body=b))
def ne(b): return dict(grade_id="negative_elbo", source=_NE.format(body=b))
def ae(enc=A_ENC, fwd=A_FWD): return dict(grade_id="autoencoder", source=_AE.format(enc=enc, fwd=fwd))
def aec(fwd=C_FWD, loss=C_LOSS): return dict(grade_id="ae_classifier", source=_AEC.format(fwd=fwd, loss=loss))

MISTAKES = [
    dict(name="uses logvar as std: exp(logvar)", **rep("    return mu + torch.exp(logvar) * torch.randn_like(mu)")),
    dict(name="uses sqrt of logvar-free: std = 0.5*exp(logvar)", **rep("    return mu + 0.5 * torch.exp(logvar) * torch.randn_like(mu)")),
    dict(name="noise detached through std", **rep("    std = torch.exp(0.5 * logvar).detach()\n    return mu + std * torch.randn_like(std)")),
    dict(name="uniform noise", **rep("    return mu + torch.exp(0.5 * logvar) * torch.rand_like(mu)")),
    dict(name="one noise draw shared across the batch", **rep("    eps = torch.randn_like(mu[:1])\n    return mu + torch.exp(0.5 * logvar) * eps")),
    dict(name="samples also in eval mode", **vae(fwd='''        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar)
        return self.decoder(z), mu, logvar''')),
    dict(name="generate returns logits", **vae(gen='''        z = torch.randn(n, self.latent_dim)
        return self.decoder(z)''')),
    dict(name="generate uses uniform codes", **vae(gen='''        z = torch.rand(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))''')),
    dict(name="tests the bound method self.train (always truthy): samples in eval mode too", **vae(fwd='''        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.train else mu
        return self.decoder(z), mu, logvar''')),
    dict(name="returns logvar as std (exp 0.5)", **vae(fwd='''        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, torch.exp(0.5 * logvar)''')),
    dict(name="mean over dims instead of sum", **kl("    return -0.5 * (1 + logvar - mu ** 2 - logvar.exp()).mean(dim=1)")),
    dict(name="missing the 1/2", **kl("    return -(1 + logvar - mu ** 2 - logvar.exp()).sum(dim=1)")),
    dict(name="exp(2 logvar) for variance", **kl("    return -0.5 * (1 + logvar - mu ** 2 - torch.exp(2 * logvar)).sum(dim=1)")),
    dict(name="sum over batch axis", **kl("    return -0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum(dim=0)")),
    dict(name="mu instead of mu^2", **kl("    return -0.5 * (1 + logvar - mu.abs() - logvar.exp()).sum(dim=1)")),
    dict(name="mean over pixels", **br("    return F.binary_cross_entropy_with_logits(logits, x, reduction='none').mean(dim=(1, 2, 3))")),
    dict(name="sigmoid then BCE with logits (double sigmoid)", **br("    return F.binary_cross_entropy_with_logits(torch.sigmoid(logits), x, reduction='none').sum(dim=(1, 2, 3))")),
    dict(name="arguments swapped (x as logits)", **br("    return F.binary_cross_entropy_with_logits(x, torch.sigmoid(logits), reduction='none').sum(dim=(1, 2, 3))")),
    dict(name="summed over the whole batch", **br("    per = F.binary_cross_entropy_with_logits(logits, x, reduction='sum')\n    return per.expand(len(x))")),
    dict(name="beta applied to reconstruction", **ne("    reconstruction = bernoulli_reconstruction(logits, x).mean()\n    kl = kl_to_standard_normal(mu, logvar).mean()\n    return beta * reconstruction + kl, reconstruction, kl")),
    dict(name="returns beta*kl as the kl part", **ne("    reconstruction = bernoulli_reconstruction(logits, x).mean()\n    kl = beta * kl_to_standard_normal(mu, logvar).mean()\n    return reconstruction + kl, reconstruction, kl")),
    dict(name="sums over the batch", **ne("    reconstruction = bernoulli_reconstruction(logits, x).sum()\n    kl = kl_to_standard_normal(mu, logvar).sum()\n    return reconstruction + beta * kl, reconstruction, kl")),
    dict(name="beta ignored", **ne("    reconstruction = bernoulli_reconstruction(logits, x).mean()\n    kl = kl_to_standard_normal(mu, logvar).mean()\n    return reconstruction + kl, reconstruction, kl")),
    dict(name="encode samples with reparameterize", **ae(enc="        mu, logvar = self.encoder(x)\n        return mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)")),
    dict(name="encode returns logvar", **ae(enc="        return self.encoder(x)[1]")),
    dict(name="forward returns probabilities", **ae(fwd="        return torch.sigmoid(self.decoder(self.encode(x)))")),
    dict(name="head applied to detached code", **aec(fwd='''        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z.detach())''')),
    dict(name="softmax probabilities returned as class logits", **aec(fwd='''        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), torch.softmax(self.head(z), dim=1)''')),
    dict(name="reconstruction averaged over pixels", **aec(loss='''    reconstruction = F.binary_cross_entropy_with_logits(logits, x)
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy''')),
    dict(name="weight applied to reconstruction", **aec(loss='''    reconstruction = F.binary_cross_entropy_with_logits(logits, x, reduction="none").flatten(1).sum(1).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return weight * reconstruction + cross_entropy, reconstruction, cross_entropy''')),
    dict(name="cross-entropy summed over the batch", **aec(loss='''    reconstruction = F.binary_cross_entropy_with_logits(logits, x, reduction="none").flatten(1).sum(1).mean()
    cross_entropy = F.cross_entropy(class_logits, labels, reduction="sum")
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy''')),
]

ALTERNATIVES = [
    dict(name="sqrt of exp", **rep("    eps = torch.randn_like(logvar)\n    return mu + logvar.exp().sqrt() * eps")),
    dict(name="eval via not-training branch, generate via probs on sampled prior with device/dtype", **vae(fwd='''        mu, logvar = self.encoder(x)
        if not self.training:
            return self.decoder(mu), mu, logvar
        return self.decoder(reparameterize(mu, logvar)), mu, logvar''', gen='''        z = torch.randn(n, self.latent_dim)
        return self.decoder(z).sigmoid()''')),
    dict(name="KL via sigma^2 and log", **kl("    var = torch.exp(logvar)\n    return 0.5 * torch.sum(mu.pow(2) + var - 1.0 - logvar, dim=-1)")),
    dict(name="stable manual BCE with softplus", **br("    per_pixel = F.softplus(logits) - x * logits\n    return per_pixel.reshape(len(x), -1).sum(dim=1)")),
    dict(name="mean via torch.mean", **ne("    reconstruction = torch.mean(bernoulli_reconstruction(logits, x))\n    kl = torch.mean(kl_to_standard_normal(mu, logvar))\n    total = reconstruction + beta * kl\n    return total, reconstruction, kl")),
    dict(name="unpacking encoder output", **ae(enc="        mu, _ = self.encoder(x)\n        return mu", fwd="        mu, _ = self.encoder(x)\n        return self.decoder(mu)")),
    dict(name="reuse autoencoder.forward-free path and bernoulli by hand", **aec(fwd='''        mu, _ = self.autoencoder.encoder(x)
        class_logits = self.head(mu)
        return self.autoencoder.decoder(mu), class_logits''', loss='''    reconstruction = F.binary_cross_entropy_with_logits(logits, x, reduction="sum") / len(x)
    cross_entropy = F.nll_loss(F.log_softmax(class_logits, dim=1), labels)
    total = reconstruction + weight * cross_entropy
    return total, reconstruction, cross_entropy''')),
]
