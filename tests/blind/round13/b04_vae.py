import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _util import make

NOTEBOOK = "04_vae"

REP = '''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).

    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)
    Returns z: same shape as mu, differentiable with respect to mu and logvar
    """
    eps = torch.randn_like(mu)
    return mu + torch.exp(0.5 * logvar) * eps
'''
VAE_SRC = '''class VAE(nn.Module):
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
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.

        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder's logits.
        """
        device = next(self.parameters()).device
        z = torch.randn(n, self.latent_dim, device=device)
        return torch.sigmoid(self.decoder(z))
'''
KL = '''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.

    mu, logvar: (B, latent_dim)
    Returns: (B,), summed over the latent dimensions
    """
    return -0.5 * (1 + logvar - mu.pow(2) - logvar.exp()).sum(dim=1)
'''
BR = '''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.

    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)
    x: (B, 1, 28, 28) target images with values in [0, 1]
    Returns: (B,)
    """
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")
    return bce.reshape(len(bce), -1).sum(dim=1)
'''
NE = '''def negative_elbo(logits, x, mu, logvar, beta=1.0):
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
        return self.decoder(self.encode(x))
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
        return self.autoencoder.decoder(z), self.head(z)


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

r = make("reparameterize", REP)
v = make("vae", VAE_SRC)
k = make("kl_to_standard_normal", KL)
b = make("bernoulli_reconstruction", BR)
n = make("negative_elbo", NE)
a = make("autoencoder", AE)
c = make("ae_classifier", AEC)

MISTAKES = [
    r("uses exp(logvar) (variance) as the std", "torch.exp(0.5 * logvar)", "torch.exp(logvar)"),
    r("uses logvar directly as the std", "torch.exp(0.5 * logvar)", "logvar"),
    r("noise detached path: z built from detached logvar", "torch.exp(0.5 * logvar)", "torch.exp(0.5 * logvar.detach())"),
    r("samples with torch.normal (no gradient)", "eps = torch.randn_like(mu)\n    return mu + torch.exp(0.5 * logvar) * eps", "return torch.normal(mu, torch.exp(0.5 * logvar))"),
    r("uniform noise instead of normal", "torch.randn_like(mu)", "torch.rand_like(mu)"),
    r("one noise value shared by the whole batch", "eps = torch.randn_like(mu)", "eps = torch.randn(mu.shape[-1])"),
    r("fixed seed: same noise on every call", "eps = torch.randn_like(mu)", "eps = torch.randn(mu.shape, generator=torch.Generator().manual_seed(0))"),
    r("sqrt of logvar instead of exp", "torch.exp(0.5 * logvar)", "torch.sqrt(logvar.abs())"),
    r("minus sign on the noise scale exponent", "torch.exp(0.5 * logvar)", "torch.exp(-0.5 * logvar)"),
    r("eps cached across calls", "eps = torch.randn_like(mu)", "global _EPS\n    if '_EPS' not in globals() or _EPS.shape != mu.shape:\n        _EPS = torch.randn_like(mu)\n    eps = _EPS"),
    r("in-place update of mu", "return mu + torch.exp(0.5 * logvar) * eps", "return mu.add_(torch.exp(0.5 * logvar) * eps)"),
    r("rsample with variance as scale", "eps = torch.randn_like(mu)\n    return mu + torch.exp(0.5 * logvar) * eps", "return torch.distributions.Normal(mu, logvar.exp()).rsample()"),
    v("always samples, even in eval mode", "if self.training:", "if True:"),
    v("mode inverted", "if self.training:", "if not self.training:"),
    v("returns probabilities instead of logits", "return self.decoder(z), mu, logvar", "return torch.sigmoid(self.decoder(z)), mu, logvar"),
    v("returns z instead of mu", "return self.decoder(z), mu, logvar", "return self.decoder(z), z, logvar"),
    v("returns (mu, logvar, logits) order", "return self.decoder(z), mu, logvar", "return mu, logvar, self.decoder(z)"),
    v("samples with detached mu", "z = reparameterize(mu, logvar)", "z = reparameterize(mu.detach(), logvar)"),
    v("generate returns logits", "return torch.sigmoid(self.decoder(z))", "return self.decoder(z)"),
    v("generate samples uniform codes", "z = torch.randn(n, self.latent_dim, device=device)", "z = torch.rand(n, self.latent_dim, device=device)"),
    v("generate hard-codes latent size 2", "torch.randn(n, self.latent_dim, device=device)", "torch.randn(n, 2, device=device)"),
    v("generate reseeds the global RNG every call", "z = torch.randn(n, self.latent_dim, device=device)", "torch.manual_seed(0)\n        z = torch.randn(n, self.latent_dim, device=device)"),
    v("generate uses a fixed set of codes (n rows of one sample)", "z = torch.randn(n, self.latent_dim, device=device)", "z = torch.randn(1, self.latent_dim, device=device).expand(n, -1)"),
    v("generate scales codes by 0.5 (temperature)", "return torch.sigmoid(self.decoder(z))", "return torch.sigmoid(self.decoder(0.5 * z))"),
    k("positive sign (negative KL)", "return -0.5 * (", "return 0.5 * ("),
    k("averages over latent dimensions", ".sum(dim=1)", ".mean(dim=1)"),
    k("sums over the batch (dim 0)", ".sum(dim=1)", ".sum(dim=0)"),
    k("sums everything to a scalar", ".sum(dim=1)", ".sum()"),
    k("exp(logvar) squared", "logvar.exp()", "logvar.exp() ** 2"),
    k("forgets the 1", "(1 + logvar - mu.pow(2) - logvar.exp())", "(logvar - mu.pow(2) - logvar.exp())"),
    k("mu instead of mu squared", "mu.pow(2)", "mu"),
    k("missing the 1/2", "return -0.5 * (", "return -("),
    k("uses logvar as sigma (log sigma)", "(1 + logvar - mu.pow(2) - logvar.exp())", "(1 + 2 * logvar - mu.pow(2) - (2 * logvar).exp())"),
    k("sums over the last dim only via dim=-1 but keepdim", ".sum(dim=1)", ".sum(dim=1, keepdim=True)"),
    b("mean over pixels instead of sum", "return bce.reshape(len(bce), -1).sum(dim=1)", "return bce.reshape(len(bce), -1).mean(dim=1)"),
    b("sigmoid then binary_cross_entropy (unstable)", 'bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")', 'bce = F.binary_cross_entropy(torch.sigmoid(logits), x, reduction="none")'),
    b("arguments swapped", "F.binary_cross_entropy_with_logits(logits, x,", "F.binary_cross_entropy_with_logits(x, logits,"),
    b("sums over dims (2, 3), keeps the channel: (B, 1)", "return bce.reshape(len(bce), -1).sum(dim=1)", "return bce.sum(dim=(2, 3))"),
    b("default reduction mean, then scaled", 'bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")\n    return bce.reshape(len(bce), -1).sum(dim=1)', 'bce = F.binary_cross_entropy_with_logits(logits, x)\n    return bce * 784 * torch.ones(len(x))'),
    b("sums over the whole batch", "return bce.reshape(len(bce), -1).sum(dim=1)", "return bce.sum()"),
    b("hand-written BCE from probabilities", 'bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")', 'p = torch.sigmoid(logits)\n    bce = -(x * torch.log(p) + (1 - x) * torch.log(1 - p))'),
    b("sign flipped (log-likelihood instead of NLL)", "return bce.reshape(len(bce), -1).sum(dim=1)", "return -bce.reshape(len(bce), -1).sum(dim=1)"),
    n("beta weights the reconstruction", "total = reconstruction + beta * kl", "total = beta * reconstruction + kl"),
    n("sums over the batch instead of averaging", "reconstruction = bernoulli_reconstruction(logits, x).mean()\n    kl = kl_to_standard_normal(mu, logvar).mean()",
      "reconstruction = bernoulli_reconstruction(logits, x).sum()\n    kl = kl_to_standard_normal(mu, logvar).sum()"),
    n("returns the beta-weighted kl as kl", "return total, reconstruction, kl", "return total, reconstruction, beta * kl"),
    n("KL averaged over latent dims via division", "kl = kl_to_standard_normal(mu, logvar).mean()", "kl = kl_to_standard_normal(mu, logvar).mean() / mu.shape[1]"),
    n("subtracts the KL", "total = reconstruction + beta * kl", "total = reconstruction - beta * kl"),
    n("reconstruction averaged over pixels too", "reconstruction = bernoulli_reconstruction(logits, x).mean()", "reconstruction = bernoulli_reconstruction(logits, x).mean() / 784"),
    n("kl returned as (B,) vector", "kl = kl_to_standard_normal(mu, logvar).mean()\n    total = reconstruction + beta * kl", "kl = kl_to_standard_normal(mu, logvar)\n    total = reconstruction + beta * kl.mean()"),
    n("changed default beta", "beta=1.0", "beta=0.5"),
    n("detaches the KL", "total = reconstruction + beta * kl", "total = reconstruction + beta * kl.detach()"),
    a("encode returns logvar", "mu, _ = self.encoder(x)\n        return mu", "_, logvar = self.encoder(x)\n        return logvar"),
    a("encode samples in training mode", "mu, _ = self.encoder(x)\n        return mu", "mu, logvar = self.encoder(x)\n        if self.training:\n            return mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)\n        return mu"),
    a("forward returns probabilities", "return self.decoder(self.encode(x))", "return torch.sigmoid(self.decoder(self.encode(x)))"),
    a("encode returns the (mu, logvar) tuple", "mu, _ = self.encoder(x)\n        return mu", "return self.encoder(x)[0:2]"),
    a("forward adds noise of unit variance", "return self.decoder(self.encode(x))", "z = self.encode(x)\n        return self.decoder(z + torch.randn_like(z))"),
    a("encode detaches the code", "mu, _ = self.encoder(x)\n        return mu", "mu, _ = self.encoder(x)\n        return mu.detach()"),
    c("head reads a noisy code", "return self.autoencoder.decoder(z), self.head(z)", "return self.autoencoder.decoder(z), self.head(torch.randn_like(z) + z)"),
    c("class logits passed through softmax", "return self.autoencoder.decoder(z), self.head(z)", "return self.autoencoder.decoder(z), torch.softmax(self.head(z), dim=1)"),
    c("cross-entropy on softmax outputs", "cross_entropy = F.cross_entropy(class_logits, labels)", "cross_entropy = F.nll_loss(torch.softmax(class_logits, dim=1), labels)"),
    c("weight applied to the reconstruction", "total = reconstruction + weight * cross_entropy", "total = weight * reconstruction + cross_entropy"),
    c("reconstruction summed over the batch", "reconstruction = bernoulli_reconstruction(logits, x).mean()", "reconstruction = bernoulli_reconstruction(logits, x).sum()"),
    c("cross-entropy summed over the batch", "cross_entropy = F.cross_entropy(class_logits, labels)", 'cross_entropy = F.cross_entropy(class_logits, labels, reduction="sum")'),
    c("returns the weighted cross-entropy", "return total, reconstruction, cross_entropy", "return total, reconstruction, weight * cross_entropy"),
    c("changed default weight", "weight=1.0", "weight=10.0"),
    c("head on a detached code", "return self.autoencoder.decoder(z), self.head(z)", "return self.autoencoder.decoder(z), self.head(z.detach())"),
    c("reconstruction per pixel (mean BCE)", "reconstruction = bernoulli_reconstruction(logits, x).mean()", "reconstruction = F.binary_cross_entropy_with_logits(logits, x)"),
]

ALTERNATIVES = [
    dict(name="reparameterize with rsample", grade_id="reparameterize", source=REP.replace(
        "eps = torch.randn_like(mu)\n    return mu + torch.exp(0.5 * logvar) * eps",
        "return torch.distributions.Normal(mu, torch.exp(0.5 * logvar)).rsample()")),
    dict(name="reparameterize with addcmul", grade_id="reparameterize", source=REP.replace(
        "return mu + torch.exp(0.5 * logvar) * eps", "return torch.addcmul(mu, (0.5 * logvar).exp(), eps)")),
    dict(name="vae with conditional expression and self(x) in generate via decoder", grade_id="vae", source=VAE_SRC.replace(
        "if self.training:\n            z = reparameterize(mu, logvar)\n        else:\n            z = mu",
        "z = reparameterize(mu, logvar) if self.training else mu").replace(
        "return torch.sigmoid(self.decoder(z))", "return self.decoder(z).sigmoid()")),
    dict(name="kl via torch.distributions", grade_id="kl_to_standard_normal", source=KL.replace(
        "return -0.5 * (1 + logvar - mu.pow(2) - logvar.exp()).sum(dim=1)",
        "q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))\n    p = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))\n    return torch.distributions.kl_divergence(q, p).sum(dim=-1)")),
    dict(name="bernoulli via flatten sum", grade_id="bernoulli_reconstruction", source=BR.replace(
        "return bce.reshape(len(bce), -1).sum(dim=1)", "return bce.flatten(start_dim=1).sum(-1)")),
    dict(name="bernoulli via softplus formula", grade_id="bernoulli_reconstruction", source=BR.replace(
        'bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")',
        "bce = F.softplus(logits) - x * logits")),
    dict(name="negative elbo with torch.mean", grade_id="negative_elbo", source=NE.replace(
        "total = reconstruction + beta * kl", "total = torch.add(reconstruction, kl, alpha=beta)")),
    dict(name="ae classifier with log_softmax + nll", grade_id="ae_classifier", source=AEC.replace(
        "cross_entropy = F.cross_entropy(class_logits, labels)", "cross_entropy = F.nll_loss(F.log_softmax(class_logits, dim=1), labels)")),
]
