"""Blind corpus, round 9: notebook 04 (the VAE and its loss). Wrong and alternative-correct answers, from the statements alone."""
import textwrap

NOTEBOOK = "04_vae"

# --- templates (generated from the student notebook) ---
TEMPLATES = {
    'reparameterize': 'def reparameterize(mu, logvar):\n    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I).\n\n    mu, logvar: tensors of the same shape, e.g. (B, latent_dim)\n    Returns z: same shape as mu, differentiable with respect to mu and logvar\n    """\n    @@BODY0@@',
    'vae': 'class VAE(nn.Module):\n    """A variational autoencoder: encoder -> sampled code -> decoder.\n\n    encoder: a module mapping x (B, 1, 28, 28) to (mu, logvar), each (B, latent_dim)\n    decoder: a module mapping z (B, latent_dim) to logits (B, 1, 28, 28)\n    """\n\n    def __init__(self, encoder, decoder, latent_dim):\n        super().__init__()\n        self.encoder = encoder\n        self.decoder = decoder\n        self.latent_dim = latent_dim\n\n    def forward(self, x):\n        """x: (B, 1, 28, 28) with values in [0, 1].\n\n        Returns logits: (B, 1, 28, 28), mu: (B, latent_dim), logvar: (B, latent_dim).\n        Training mode: decodes z = reparameterize(mu, logvar). Evaluation mode: decodes z = mu.\n        """\n        @@BODY0@@\n\n    @torch.no_grad()\n    def generate(self, n):\n        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded.\n\n        Returns: (n, 1, 28, 28) probabilities in [0, 1], sigmoid of the decoder\'s logits.\n        """\n        @@BODY1@@',
    'kl_to_standard_normal': 'def kl_to_standard_normal(mu, logvar):\n    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats.\n\n    mu, logvar: (B, latent_dim)\n    Returns: (B,), summed over the latent dimensions\n    """\n    @@BODY0@@',
    'bernoulli_reconstruction': 'def bernoulli_reconstruction(logits, x):\n    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image.\n\n    logits: (B, 1, 28, 28) decoder outputs (real numbers, before any sigmoid)\n    x: (B, 1, 28, 28) target images with values in [0, 1]\n    Returns: (B,)\n    """\n    @@BODY0@@',
    'negative_elbo': 'def negative_elbo(logits, x, mu, logvar, beta=1.0):\n    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch.\n\n    logits, x: (B, 1, 28, 28); mu, logvar: (B, latent_dim); beta: the weight of the KL term\n    Returns total, reconstruction, kl: scalar tensors (shape ()), with total = reconstruction + beta * kl\n    """\n    @@BODY0@@',
    'autoencoder': 'class AutoEncoder(nn.Module):\n    """A plain, deterministic autoencoder with the networks of the VAE: z = mu, logvar is ignored."""\n\n    def __init__(self, encoder, decoder, latent_dim):\n        super().__init__()\n        self.encoder = encoder\n        self.decoder = decoder\n        self.latent_dim = latent_dim\n\n    def encode(self, x):\n        """x: (B, 1, 28, 28). Returns the code z = mu: (B, latent_dim)."""\n        @@BODY0@@\n\n    def forward(self, x):\n        """x: (B, 1, 28, 28). Returns the logits of the reconstruction: (B, 1, 28, 28)."""\n        @@BODY1@@',
    'ae_classifier': 'class AEClassifier(nn.Module):\n    """A plain autoencoder plus a linear classification head on its code z = mu."""\n\n    def __init__(self, autoencoder, n_classes=10):\n        super().__init__()\n        self.autoencoder = autoencoder\n        self.head = nn.Linear(autoencoder.latent_dim, n_classes)\n\n    def forward(self, x):\n        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""\n        @@BODY0@@\n\n\ndef ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):\n    """Reconstruction plus weight times the cross-entropy of the class prediction.\n\n    logits, x: (B, 1, 28, 28); class_logits: (B, n_classes); labels: (B,) int64; weight: a float (lambda)\n    Returns total, reconstruction, cross_entropy: scalar tensors, total = reconstruction + weight * cross_entropy\n    """\n    @@BODY1@@',
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
# Exercise 1: reparameterize
G = "reparameterize"
mistake("uses exp(logvar), the variance, as the standard deviation", G,
        "return mu + torch.exp(logvar) * torch.randn_like(mu)")
mistake("standard deviation 0.5 * exp(logvar) instead of exp(0.5 * logvar)", G,
        "return mu + 0.5 * torch.exp(logvar) * torch.randn_like(mu)")
mistake("multiplies the noise by logvar itself (no exponential)", G,
        "return mu + logvar * torch.randn_like(mu)")
mistake("sqrt(logvar) as the standard deviation: NaN for negative log-variances", G,
        "return mu + torch.sqrt(logvar) * torch.randn_like(mu)")
mistake("torch.normal(mu, std): a sample with no gradient to mu or logvar", G,
        "return torch.normal(mu, torch.exp(0.5 * logvar))")
mistake("reseeds torch.manual_seed(0) on every call: the same noise every time (and the global RNG is reset)", G,
        """
        torch.manual_seed(0)
        return mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
        """)
mistake("draws the noise once and caches it: the same eps on every call", G,
        """
        global _EPS
        if _EPS is None or _EPS.shape != mu.shape:
            _EPS = torch.randn_like(mu)
        return mu + torch.exp(0.5 * logvar) * _EPS
        """, prefix="_EPS = None")
mistake("one noise vector shared by every row of the batch (torch.randn(mu.shape[1]))", G,
        "return mu + torch.exp(0.5 * logvar) * torch.randn(mu.shape[-1])")
mistake("uniform noise (torch.rand_like) instead of standard normal", G,
        "return mu + torch.exp(0.5 * logvar) * torch.rand_like(mu)")
mistake("detaches mu: the gradient does not reach the mean", G,
        "return mu.detach() + torch.exp(0.5 * logvar) * torch.randn_like(mu)")
mistake("detaches logvar: the gradient does not reach the log-variance", G,
        "return mu + torch.exp(0.5 * logvar.detach()) * torch.randn_like(mu)")
mistake("computes sigma in place on the caller's logvar (logvar.mul_(0.5).exp_()): the input is overwritten", G,
        """
        std = logvar.mul_(0.5).exp_()
        return mu + std * torch.randn_like(mu)
        """)
mistake("clamps logvar to [-10, 10] before the exponential: wrong variance (and no gradient) outside", G,
        "return mu + torch.exp(0.5 * logvar.clamp(-10, 10)) * torch.randn_like(mu)")
mistake("noise drawn in float64: the sample is float64 for float32 inputs", G,
        "return mu + torch.exp(0.5 * logvar) * torch.randn(mu.shape, dtype=torch.float64)")
mistake("whole computation under torch.no_grad()", G,
        """
        with torch.no_grad():
            return mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
        """)

alternative("sigma = sqrt(exp(logvar))", G,
            """
            eps = torch.randn_like(mu)
            sigma = torch.sqrt(torch.exp(logvar))
            return mu + sigma * eps
            """)
alternative("torch.distributions.Normal(...).rsample(), the reparameterised sampler", G,
            "return torch.distributions.Normal(mu, (0.5 * logvar).exp()).rsample()")

# ----------------------------------------------------------------------------------------------------------
# Exercise 2: VAE.forward and VAE.generate
G = "vae"
FWD = """
mu, logvar = self.encoder(x)
z = reparameterize(mu, logvar) if self.training else mu
return self.decoder(z), mu, logvar
"""
GEN = """
z = torch.randn(n, self.latent_dim)
return torch.sigmoid(self.decoder(z))
"""
mistake("always samples, also in evaluation mode", G,
        """
        mu, logvar = self.encoder(x)
        return self.decoder(reparameterize(mu, logvar)), mu, logvar
        """, GEN)
mistake("never samples: decodes mu in training mode too", G,
        """
        mu, logvar = self.encoder(x)
        return self.decoder(mu), mu, logvar
        """, GEN)
mistake("modes inverted: samples in evaluation, decodes mu in training", G,
        """
        mu, logvar = self.encoder(x)
        z = mu if self.training else reparameterize(mu, logvar)
        return self.decoder(z), mu, logvar
        """, GEN)
mistake("tests `if self.train:` (a bound method, always true): samples in both modes", G,
        """
        mu, logvar = self.encoder(x)
        if self.train:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        return self.decoder(z), mu, logvar
        """, GEN)
mistake("forward returns probabilities (sigmoid of the logits)", G,
        """
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return torch.sigmoid(self.decoder(z)), mu, logvar
        """, GEN)
mistake("returns (mu, logvar, logits): wrong order", G,
        """
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return mu, logvar, self.decoder(z)
        """, GEN)
mistake("samples with unit variance (mu + randn), ignoring logvar", G,
        """
        mu, logvar = self.encoder(x)
        z = mu + torch.randn_like(mu) if self.training else mu
        return self.decoder(z), mu, logvar
        """, GEN)
mistake("passes the variance exp(logvar) to reparameterize as if it were the log-variance", G,
        """
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar.exp()) if self.training else mu
        return self.decoder(z), mu, logvar
        """, GEN)
mistake("encoder run under torch.no_grad(): the encoder never learns", G,
        """
        with torch.no_grad():
            mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar
        """, GEN)
mistake("decodes z.detach(): no gradient from the reconstruction to the encoder", G,
        """
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z.detach()), mu, logvar
        """, GEN)
mistake("generate returns the logits, not the probabilities", G, FWD,
        "return self.decoder(torch.randn(n, self.latent_dim))")
mistake("generate hard-codes codes of size 2", G, FWD,
        "return torch.sigmoid(self.decoder(torch.randn(n, 2)))")
mistake("generate draws uniform codes in [0, 1) (torch.rand)", G, FWD,
        "return torch.sigmoid(self.decoder(torch.rand(n, self.latent_dim)))")
mistake("generate reseeds torch.manual_seed(0): every call returns the same images", G, FWD,
        """
        torch.manual_seed(0)
        return torch.sigmoid(self.decoder(torch.randn(n, self.latent_dim)))
        """)
mistake("generate calls self.decoder.probs: the decoder is only required to return logits", G, FWD,
        "return self.decoder.probs(torch.randn(n, self.latent_dim))")
mistake("generate returns the codes z instead of the images", G, FWD,
        """
        z = torch.randn(n, self.latent_dim)
        self.decoder(z)
        return z
        """)
mistake("generate samples the codes with a standard deviation of 0.5 ('nicer samples')", G, FWD,
        "return torch.sigmoid(self.decoder(0.5 * torch.randn(n, self.latent_dim)))")
mistake("generate returns Bernoulli draws (0 or 1 pixels) instead of the probabilities", G, FWD,
        "return torch.bernoulli(torch.sigmoid(self.decoder(torch.randn(n, self.latent_dim))))")

alternative("explicit if/else on self.training; generate on the device of the parameters", G,
            """
            mu, logvar = self.encoder(x)
            if self.training:
                z = reparameterize(mu, logvar)
            else:
                z = mu
            logits = self.decoder(z)
            return logits, mu, logvar
            """,
            """
            device = next(self.parameters()).device
            z = torch.randn(n, self.latent_dim, device=device)
            return self.decoder(z).sigmoid()
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 3: kl_to_standard_normal
G = "kl_to_standard_normal"
mistake("sums over the batch too: one number instead of (B,)", G,
        "return -0.5 * torch.sum(1 + logvar - mu ** 2 - logvar.exp())")
mistake("averages over the latent dimensions instead of summing", G,
        "return -0.5 * torch.mean(1 + logvar - mu ** 2 - logvar.exp(), dim=1)")
mistake("sign flipped: +0.5 instead of -0.5 (a negative 'KL')", G,
        "return 0.5 * torch.sum(1 + logvar - mu ** 2 - logvar.exp(), dim=1)")
mistake("forgets the factor 1/2", G,
        "return -torch.sum(1 + logvar - mu ** 2 - logvar.exp(), dim=1)")
mistake("logvar ** 2 in place of exp(logvar)", G,
        "return -0.5 * torch.sum(1 + logvar - mu ** 2 - logvar ** 2, dim=1)")
mistake("mu instead of mu ** 2", G,
        "return -0.5 * torch.sum(1 + logvar - mu - logvar.exp(), dim=1)")
mistake("sums over dim 0 (the batch) instead of the latent dimensions", G,
        "return -0.5 * torch.sum(1 + logvar - mu ** 2 - logvar.exp(), dim=0)")
mistake("averages over the batch: returns a scalar", G,
        "return (-0.5 * torch.sum(1 + logvar - mu ** 2 - logvar.exp(), dim=1)).mean()")
mistake("treats logvar as log(sigma): exp(2 * logvar) and 2 * logvar", G,
        "return -0.5 * torch.sum(1 + 2 * logvar - mu ** 2 - torch.exp(2 * logvar), dim=1)")
mistake("squeeze() at the end: a batch of one gives a 0-d tensor instead of shape (1,)", G,
        "return (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).sum(dim=1, keepdim=True).squeeze()")
mistake("float64 result (.double() for accuracy)", G,
        "return -0.5 * torch.sum(1 + logvar.double() - mu.double() ** 2 - logvar.double().exp(), dim=1)")
mistake("keepdim=True: shape (B, 1) instead of (B,)", G,
        "return -0.5 * torch.sum(1 + logvar - mu ** 2 - logvar.exp(), dim=1, keepdim=True)")

alternative("torch.distributions.kl_divergence between Normals, summed over the last dimension", G,
            """
            q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))
            p = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))
            return torch.distributions.kl_divergence(q, p).sum(dim=-1)
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 4: bernoulli_reconstruction
G = "bernoulli_reconstruction"
mistake("averages over the pixels (a hidden beta of 784) instead of summing", G,
        "return F.binary_cross_entropy_with_logits(logits, x, reduction='none').mean(dim=(1, 2, 3))")
mistake("reduction='sum': one number for the whole batch", G,
        "return F.binary_cross_entropy_with_logits(logits, x, reduction='sum')")
mistake("sigmoid then F.binary_cross_entropy: wrong for large logits (log clamped at -100)", G,
        "return F.binary_cross_entropy(torch.sigmoid(logits), x, reduction='none').sum(dim=(1, 2, 3))")
mistake("arguments swapped: BCE of x (as logits) against the sigmoid of the logits", G,
        "return F.binary_cross_entropy_with_logits(x, torch.sigmoid(logits), reduction='none').sum(dim=(1, 2, 3))")
mistake("sums over (2, 3) only: shape (B, 1)", G,
        "return F.binary_cross_entropy_with_logits(logits, x, reduction='none').sum(dim=(2, 3))")
mistake("squared error of the probabilities instead of the cross-entropy", G,
        "return ((torch.sigmoid(logits) - x) ** 2).sum(dim=(1, 2, 3))")
mistake("hand-written cross-entropy with log(sigmoid): infinite for confident logits", G,
        """
        p = torch.sigmoid(logits)
        return -(x * torch.log(p) + (1 - x) * torch.log(1 - p)).sum(dim=(1, 2, 3))
        """)
mistake("averages over the batch: returns a scalar", G,
        "return F.binary_cross_entropy_with_logits(logits, x, reduction='none').sum(dim=(1, 2, 3)).mean()")
mistake("returns the log-likelihood (sign flipped)", G,
        "return -F.binary_cross_entropy_with_logits(logits, x, reduction='none').sum(dim=(1, 2, 3))")
mistake("binarises the targets (x > 0.5): wrong for grey pixels", G,
        "return F.binary_cross_entropy_with_logits(logits, (x > 0.5).float(), reduction='none').sum(dim=(1, 2, 3))")
mistake("clamps the logits to [-10, 10] first", G,
        "return F.binary_cross_entropy_with_logits(logits.clamp(-10, 10), x, reduction='none').sum(dim=(1, 2, 3))")
mistake("detaches the logits: no gradient reaches the decoder", G,
        "return F.binary_cross_entropy_with_logits(logits.detach(), x, reduction='none').sum(dim=(1, 2, 3))")

alternative("stable closed form softplus(l) - x * l, flattened and summed", G,
            "return (F.softplus(logits) - x * logits).flatten(start_dim=1).sum(dim=1)")

# ----------------------------------------------------------------------------------------------------------
# Exercise 5: negative_elbo
G = "negative_elbo"
mistake("returns beta * KL as the kl part", G,
        """
        reconstruction = bernoulli_reconstruction(logits, x).mean()
        kl = beta * kl_to_standard_normal(mu, logvar).mean()
        return reconstruction + kl, reconstruction, kl
        """)
mistake("sums over the batch instead of averaging", G,
        """
        reconstruction = bernoulli_reconstruction(logits, x).sum()
        kl = kl_to_standard_normal(mu, logvar).sum()
        return reconstruction + beta * kl, reconstruction, kl
        """)
mistake("ignores beta in the total", G,
        """
        reconstruction = bernoulli_reconstruction(logits, x).mean()
        kl = kl_to_standard_normal(mu, logvar).mean()
        return reconstruction + kl, reconstruction, kl
        """)
mistake("weights the reconstruction by beta instead of the KL", G,
        """
        reconstruction = bernoulli_reconstruction(logits, x).mean()
        kl = kl_to_standard_normal(mu, logvar).mean()
        return beta * reconstruction + kl, reconstruction, kl
        """)
mistake("returns (reconstruction, kl, total): wrong order", G,
        """
        reconstruction = bernoulli_reconstruction(logits, x).mean()
        kl = kl_to_standard_normal(mu, logvar).mean()
        return reconstruction, kl, reconstruction + beta * kl
        """)
mistake("returns Python floats (.item()): the total cannot be back-propagated", G,
        """
        reconstruction = bernoulli_reconstruction(logits, x).mean()
        kl = kl_to_standard_normal(mu, logvar).mean()
        return (reconstruction + beta * kl).item(), reconstruction.item(), kl.item()
        """)
mistake("total is the average of the two terms ((rec + beta kl) / 2)", G,
        """
        reconstruction = bernoulli_reconstruction(logits, x).mean()
        kl = kl_to_standard_normal(mu, logvar).mean()
        return (reconstruction + beta * kl) / 2, reconstruction, kl
        """)
mistake("reconstruction averaged over pixels and images (F.binary_cross_entropy_with_logits default 'mean')", G,
        """
        reconstruction = F.binary_cross_entropy_with_logits(logits, x)
        kl = kl_to_standard_normal(mu, logvar).mean()
        return reconstruction + beta * kl, reconstruction, kl
        """)
mistake("KL term subtracted instead of added", G,
        """
        reconstruction = bernoulli_reconstruction(logits, x).mean()
        kl = kl_to_standard_normal(mu, logvar).mean()
        return reconstruction - beta * kl, reconstruction, kl
        """)
mistake("divides the sums by a hard-coded batch size of 128", G,
        """
        reconstruction = bernoulli_reconstruction(logits, x).sum() / 128
        kl = kl_to_standard_normal(mu, logvar).sum() / 128
        return reconstruction + beta * kl, reconstruction, kl
        """)
mistake("detaches the KL in the total: the encoder feels no KL gradient", G,
        """
        reconstruction = bernoulli_reconstruction(logits, x).mean()
        kl = kl_to_standard_normal(mu, logvar).mean()
        return reconstruction + beta * kl.detach(), reconstruction, kl
        """)
mistake("default beta changed to 0.5", G,
        """
        reconstruction = bernoulli_reconstruction(logits, x).mean()
        kl = kl_to_standard_normal(mu, logvar).mean()
        return reconstruction + beta * kl, reconstruction, kl
        """, replace=[("def negative_elbo(logits, x, mu, logvar, beta=1.0):",
                       "def negative_elbo(logits, x, mu, logvar, beta=0.5):")])

alternative("sums divided by the batch size len(x)", G,
            """
            batch = len(x)
            reconstruction = bernoulli_reconstruction(logits, x).sum() / batch
            kl = kl_to_standard_normal(mu, logvar).sum() / batch
            total = reconstruction + beta * kl
            return total, reconstruction, kl
            """)
alternative("total as the mean of the per-image losses, parts averaged separately", G,
            """
            per_image_rec = bernoulli_reconstruction(logits, x)
            per_image_kl = kl_to_standard_normal(mu, logvar)
            total = (per_image_rec + beta * per_image_kl).mean()
            return total, per_image_rec.mean(), per_image_kl.mean()
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 6: AutoEncoder
G = "autoencoder"
ENC = """
mu, _ = self.encoder(x)
return mu
"""
AEF = "return self.decoder(self.encode(x))"
mistake("encode samples z = reparameterize(mu, logvar) in training mode", G,
        """
        mu, logvar = self.encoder(x)
        return reparameterize(mu, logvar) if self.training else mu
        """, AEF)
mistake("forward returns (logits, mu)", G, ENC,
        """
        z = self.encode(x)
        return self.decoder(z), z
        """)
mistake("forward applies a sigmoid: probabilities, not logits", G, ENC, "return torch.sigmoid(self.decoder(self.encode(x)))")
mistake("encode returns the log-variance (second output)", G, "return self.encoder(x)[1]", AEF)
mistake("encode returns the (mu, logvar) pair", G, "return self.encoder(x)", "return self.decoder(self.encode(x)[0])")
mistake("encode under torch.no_grad(): the encoder gets no gradient", G,
        """
        with torch.no_grad():
            mu, _ = self.encoder(x)
        return mu
        """, AEF)
mistake("adds a little noise to the code in training mode ('denoising'): not deterministic", G,
        """
        mu, _ = self.encoder(x)
        return mu + 0.01 * torch.randn_like(mu) if self.training else mu
        """, AEF)
mistake("forward decodes mu.detach()", G, ENC, "return self.decoder(self.encode(x).detach())")
mistake("forward always samples with reparameterize", G, ENC,
        """
        mu, logvar = self.encoder(x)
        return self.decoder(reparameterize(mu, logvar))
        """)

alternative("tuple indexing, encoder called in forward directly", G,
            "return self.encoder(x)[0]",
            """
            mu, _unused_logvar = self.encoder(x)
            return self.decoder(mu)
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 7: AEClassifier.forward and ae_classifier_loss
G = "ae_classifier"
CF = """
z = self.autoencoder.encode(x)
return self.autoencoder.decoder(z), self.head(z)
"""
CL = """
reconstruction = bernoulli_reconstruction(logits, x).mean()
cross_entropy = F.cross_entropy(class_logits, labels)
return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
"""
mistake("head returns softmax probabilities instead of class logits", G,
        """
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), torch.softmax(self.head(z), dim=1)
        """, CL)
mistake("head reads z.detach(): the labels no longer shape the code", G,
        """
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z.detach())
        """, CL)
mistake("returns (class_logits, logits)", G,
        """
        z = self.autoencoder.encode(x)
        return self.head(z), self.autoencoder.decoder(z)
        """, CL)
mistake("head applied to a sampled code (reparameterize) instead of z = mu", G,
        """
        mu, logvar = self.autoencoder.encoder(x)
        return self.autoencoder.decoder(mu), self.head(reparameterize(mu, logvar))
        """, CL)
mistake("head applied to the log-variance output", G,
        """
        mu, logvar = self.autoencoder.encoder(x)
        return self.autoencoder.decoder(mu), self.head(logvar)
        """, CL)
mistake("cross-entropy summed over the batch (reduction='sum')", G, CF,
        """
        reconstruction = bernoulli_reconstruction(logits, x).mean()
        cross_entropy = F.cross_entropy(class_logits, labels, reduction="sum")
        return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
        """)
mistake("weight applied to the reconstruction instead of the cross-entropy", G, CF,
        """
        reconstruction = bernoulli_reconstruction(logits, x).mean()
        cross_entropy = F.cross_entropy(class_logits, labels)
        return weight * reconstruction + cross_entropy, reconstruction, cross_entropy
        """)
mistake("returns the weighted cross-entropy as the third value", G, CF,
        """
        reconstruction = bernoulli_reconstruction(logits, x).mean()
        cross_entropy = weight * F.cross_entropy(class_logits, labels)
        return reconstruction + cross_entropy, reconstruction, cross_entropy
        """)
mistake("F.nll_loss on the raw class logits (no log-softmax)", G, CF,
        """
        reconstruction = bernoulli_reconstruction(logits, x).mean()
        cross_entropy = F.nll_loss(class_logits, labels)
        return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
        """)
mistake("softmax before F.cross_entropy (a double softmax)", G, CF,
        """
        reconstruction = bernoulli_reconstruction(logits, x).mean()
        cross_entropy = F.cross_entropy(torch.softmax(class_logits, dim=1), labels)
        return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
        """)
mistake("reconstruction averaged over the pixels too (BCE default reduction)", G, CF,
        """
        reconstruction = F.binary_cross_entropy_with_logits(logits, x)
        cross_entropy = F.cross_entropy(class_logits, labels)
        return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
        """)
mistake("ignores weight (total = reconstruction + cross-entropy)", G, CF,
        """
        reconstruction = bernoulli_reconstruction(logits, x).mean()
        cross_entropy = F.cross_entropy(class_logits, labels)
        return reconstruction + cross_entropy, reconstruction, cross_entropy
        """)
mistake("default weight changed to 10 (the value used for training)", G, CF, CL,
        replace=[("def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):",
                  "def ae_classifier_loss(logits, class_logits, x, labels, weight=10.0):")])
mistake("reconstruction summed over the batch", G, CF,
        """
        reconstruction = bernoulli_reconstruction(logits, x).sum()
        cross_entropy = F.cross_entropy(class_logits, labels)
        return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
        """)

alternative("autoencoder's forward for the logits, encoder mean for the head; log_softmax + nll_loss", G,
            """
            logits = self.autoencoder(x)
            mu, _ = self.autoencoder.encoder(x)
            return logits, self.head(mu)
            """,
            """
            reconstruction = bernoulli_reconstruction(logits, x).sum() / len(x)
            cross_entropy = F.nll_loss(F.log_softmax(class_logits, dim=1), labels)
            total = reconstruction + weight * cross_entropy
            return total, reconstruction, cross_entropy
            """)
