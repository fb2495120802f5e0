NOTEBOOK = "04_vae"
MISTAKES, ALTERNATIVES = [], []


def M(name, gid, src):
    MISTAKES.append(dict(name=name, grade_id=gid, source=src))


def A(name, gid, src):
    ALTERNATIVES.append(dict(name=name, grade_id=gid, source=src))


RP = '''def reparameterize(mu, logvar):
    """A sample z ~ N(mu, exp(logvar)), computed as z = mu + exp(0.5 * logvar) * eps with eps ~ N(0, I)."""
{body}
'''
for name, body in [
    ("scales by the variance exp(logvar) instead of the std", "    return mu + torch.exp(logvar) * torch.randn_like(mu)"),
    ("scales by logvar itself", "    return mu + logvar * torch.randn_like(mu)"),
    ("reseeds the global RNG on every call: the same noise each time", "    torch.manual_seed(0)\n    return mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)"),
    ("one noise vector of shape (d,) shared by the whole batch", "    eps = torch.randn(mu.shape[-1])\n    return mu + torch.exp(0.5 * logvar) * eps"),
    ("torch.normal: no gradient to mu or logvar", "    return torch.normal(mu, torch.exp(0.5 * logvar))"),
    ("mu detached: no gradient reaches mu", "    return mu.detach() + torch.exp(0.5 * logvar) * torch.randn_like(mu)"),
    ("std detached: no gradient reaches logvar", "    return mu + torch.exp(0.5 * logvar).detach() * torch.randn_like(mu)"),
    ("uniform noise rand_like instead of a standard normal", "    return mu + torch.exp(0.5 * logvar) * torch.rand_like(mu)"),
    ("a single scalar noise shared by every entry", "    return mu + torch.exp(0.5 * logvar) * torch.randn(1)"),
    ("float64 noise: output becomes float64", "    eps = torch.randn(mu.shape, dtype=torch.float64)\n    return mu + torch.exp(0.5 * logvar) * eps"),
    ("softplus(logvar) taken as the standard deviation", "    return mu + torch.nn.functional.softplus(logvar) * torch.randn_like(mu)"),
    ("noise drawn once and cached between calls", "    global _EPS\n    if '_EPS' not in globals() or _EPS.shape != mu.shape:\n        _EPS = torch.randn_like(mu)\n    return mu + torch.exp(0.5 * logvar) * _EPS"),
    ("Normal(...).sample(): no gradient", "    return torch.distributions.Normal(mu, torch.exp(0.5 * logvar)).sample()"),
    ("adds the noise into mu in place (mutates the caller's mu)", "    with torch.no_grad():\n        mu.add_(torch.exp(0.5 * logvar) * torch.randn_like(mu))\n    return mu"),
    ("std = exp(-0.5 * logvar): sign error", "    return mu + torch.exp(-0.5 * logvar) * torch.randn_like(mu)"),
]:
    M(name, "reparameterize", RP.format(body=body))
A("Normal(...).rsample()", "reparameterize", RP.format(body="    return torch.distributions.Normal(mu, (0.5 * logvar).exp()).rsample()"))
A("std = sqrt(exp(logvar)) and addcmul", "reparameterize", RP.format(body="    std = torch.exp(logvar / 2)\n    return torch.addcmul(mu, std, torch.randn_like(std))"))

VAE = '''class VAE(nn.Module):
    """A variational autoencoder: encoder -> sampled code -> decoder."""

    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        """x: (B, 1, 28, 28) with values in [0, 1]."""
{fwd}

    @torch.no_grad()
    def generate(self, n):
        """n new images: z ~ N(0, I) of shape (n, latent_dim), decoded."""
{gen}
'''
F0 = '''        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar'''
G0 = '''        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))'''
for name, fwd, gen in [
    ("always samples, also in evaluation mode", "        mu, logvar = self.encoder(x)\n        return self.decoder(reparameterize(mu, logvar)), mu, logvar", G0),
    ("never samples: decodes mu in training mode too", "        mu, logvar = self.encoder(x)\n        return self.decoder(mu), mu, logvar", G0),
    ("modes inverted: mean in training, sample in evaluation", "        mu, logvar = self.encoder(x)\n        z = mu if self.training else reparameterize(mu, logvar)\n        return self.decoder(z), mu, logvar", G0),
    ("forward returns probabilities (sigmoid) instead of logits", "        mu, logvar = self.encoder(x)\n        z = reparameterize(mu, logvar) if self.training else mu\n        return torch.sigmoid(self.decoder(z)), mu, logvar", G0),
    ("forward returns the sampled z in place of mu", "        mu, logvar = self.encoder(x)\n        z = reparameterize(mu, logvar) if self.training else mu\n        return self.decoder(z), z, logvar", G0),
    ("mu detached before sampling: the decoder's error does not reach the encoder's mean", "        mu, logvar = self.encoder(x)\n        z = reparameterize(mu.detach(), logvar) if self.training else mu\n        return self.decoder(z), mu, logvar", G0),
    ("generate returns logits, not probabilities", F0, "        return self.decoder(torch.randn(n, self.latent_dim))"),
    ("generate draws uniform codes", F0, "        return torch.sigmoid(self.decoder(torch.rand(n, self.latent_dim)))"),
    ("generate hard-codes a 2-D latent", F0, "        return torch.sigmoid(self.decoder(torch.randn(n, 2)))"),
    ("generate reseeds: the same n images on every call whatever the global seed", F0, "        g = torch.Generator().manual_seed(0)\n        return torch.sigmoid(self.decoder(torch.randn(n, self.latent_dim, generator=g)))"),
    ("generate relies on decoder.probs, which a logits-only decoder need not have", F0, "        return self.decoder.probs(torch.randn(n, self.latent_dim))"),
    ("generate returns flat (n, 784) images", F0, "        return torch.sigmoid(self.decoder(torch.randn(n, self.latent_dim))).reshape(n, -1)"),
    ("generate samples one code and repeats it n times", F0, "        z = torch.randn(1, self.latent_dim).expand(n, -1)\n        return torch.sigmoid(self.decoder(z))"),
    ("generate returns Bernoulli samples of the pixels", F0, "        return torch.bernoulli(torch.sigmoid(self.decoder(torch.randn(n, self.latent_dim))))"),
    ("own sampling with the variance exp(logvar) instead of the std", "        mu, logvar = self.encoder(x)\n        z = mu + logvar.exp() * torch.randn_like(mu) if self.training else mu\n        return self.decoder(z), mu, logvar", G0),
]:
    M(name, "vae", VAE.format(fwd=fwd, gen=gen))
A("explicit branch, randn with dtype/device of parameters", "vae", VAE.format(
    fwd='''        mu, logvar = self.encoder(x)
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        logits = self.decoder(z)
        return logits, mu, logvar''',
    gen='''        p = next(self.decoder.parameters())
        z = torch.randn(n, self.latent_dim, dtype=p.dtype, device=p.device)
        return self.decoder(z).sigmoid()'''))

KL = '''def kl_to_standard_normal(mu, logvar):
    """KL( N(mu, diag(exp(logvar))) || N(0, I) ) for each image, in nats."""
{body}
'''
for name, body in [
    ("mean over the latent dimensions instead of the sum", "    return -0.5 * (1 + logvar - mu ** 2 - logvar.exp()).mean(dim=1)"),
    ("sum over everything: one scalar", "    return -0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum()"),
    ("sign error: missing the leading minus", "    return 0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum(dim=1)"),
    ("+mu^2 instead of -mu^2", "    return -0.5 * (1 + logvar + mu ** 2 - logvar.exp()).sum(dim=1)"),
    ("standard deviation exp(logvar/2) in place of the variance", "    return -0.5 * (1 + logvar - mu ** 2 - (0.5 * logvar).exp()).sum(dim=1)"),
    ("factor 1/2 forgotten", "    return -(1 + logvar - mu ** 2 - logvar.exp()).sum(dim=1)"),
    ("sum over the batch (dim=0): (d,) instead of (B,)", "    return -0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum(dim=0)"),
    ("logvar clamped to [-10, 10] 'for stability': wrong for extreme values", "    lv = logvar.clamp(-10, 10)\n    return -0.5 * (1 + lv - mu ** 2 - lv.exp()).sum(dim=1)"),
    ("torch.distributions with the variance passed as the scale", "    p = torch.distributions.Normal(mu, logvar.exp())\n    q = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))\n    return torch.distributions.kl_divergence(p, q).sum(dim=1)"),
    ("logvar^2 in place of exp(logvar)", "    return -0.5 * (1 + logvar - mu ** 2 - logvar ** 2).sum(dim=1)"),
    ("forgets the constant 1", "    return -0.5 * (logvar - mu ** 2 - logvar.exp()).sum(dim=1)"),
    ("averages over the batch: returns a scalar", "    return (-0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum(dim=1)).mean()"),
]:
    M(name, "kl_to_standard_normal", KL.format(body=body))
A("torch.distributions kl_divergence summed", "kl_to_standard_normal", KL.format(body="    q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar))\n    p = torch.distributions.Normal(torch.zeros_like(mu), torch.ones_like(mu))\n    return torch.distributions.kl_divergence(q, p).sum(-1)"))
A("rearranged 0.5 * (mu^2 + var - 1 - logvar)", "kl_to_standard_normal", KL.format(body="    return 0.5 * torch.sum(mu.pow(2) + logvar.exp() - 1.0 - logvar, dim=-1)"))

BR = '''def bernoulli_reconstruction(logits, x):
    """-log p(x|z) for a Bernoulli decoder: binary cross-entropy summed over the pixels of each image."""
{body}
'''
for name, body in [
    ("averages over the pixels instead of summing", "    return F.binary_cross_entropy_with_logits(logits, x, reduction='none').mean(dim=(1, 2, 3))"),
    ("sigmoid then binary_cross_entropy: wrong for large logits", "    return F.binary_cross_entropy(torch.sigmoid(logits), x, reduction='none').sum(dim=(1, 2, 3))"),
    ("naive log-sigmoid formula: inf/NaN for confident logits", "    p = torch.sigmoid(logits)\n    return -(x * torch.log(p) + (1 - x) * torch.log(1 - p)).sum(dim=(1, 2, 3))"),
    ("reduction='sum': one scalar for the whole batch", "    return F.binary_cross_entropy_with_logits(logits, x, reduction='sum')"),
    ("averaged over the batch: a scalar", "    return F.binary_cross_entropy_with_logits(logits, x, reduction='none').sum(dim=(1, 2, 3)).mean()"),
    ("arguments swapped: target x passed as the logits", "    return F.binary_cross_entropy_with_logits(x, torch.sigmoid(logits), reduction='none').sum(dim=(1, 2, 3))"),
    ("sums over the last dimension only: (B, 1, 28)", "    return F.binary_cross_entropy_with_logits(logits, x, reduction='none').sum(dim=-1)"),
    ("squared error on the probabilities instead of the cross-entropy", "    return ((torch.sigmoid(logits) - x) ** 2).sum(dim=(1, 2, 3))"),
    ("log-likelihood sign: returns minus the cross-entropy", "    return -F.binary_cross_entropy_with_logits(logits, x, reduction='none').sum(dim=(1, 2, 3))"),
    ("target binarised at 0.5", "    return F.binary_cross_entropy_with_logits(logits, (x > 0.5).float(), reduction='none').sum(dim=(1, 2, 3))"),
]:
    M(name, "bernoulli_reconstruction", BR.format(body=body))
A("softplus form log(1 + e^l) - x l", "bernoulli_reconstruction", BR.format(body="    return (F.softplus(logits) - x * logits).flatten(1).sum(1)"))
A("reshape(len, -1).sum(-1)", "bernoulli_reconstruction", BR.format(body="    bce = F.binary_cross_entropy_with_logits(logits, x, reduction='none')\n    return bce.reshape(len(bce), -1).sum(-1)"))

NE = '''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    """The beta-weighted negative ELBO of a Bernoulli VAE, in nats per image, averaged over the batch."""
{body}
'''
for name, body in [
    ("sums over the batch instead of averaging", "    reconstruction = bernoulli_reconstruction(logits, x).sum()\n    kl = kl_to_standard_normal(mu, logvar).sum()\n    return reconstruction + beta * kl, reconstruction, kl"),
    ("beta weights the reconstruction, not the KL", "    reconstruction = bernoulli_reconstruction(logits, x).mean()\n    kl = kl_to_standard_normal(mu, logvar).mean()\n    return beta * reconstruction + kl, reconstruction, kl"),
    ("returns (total, kl, reconstruction) in the wrong order", "    reconstruction = bernoulli_reconstruction(logits, x).mean()\n    kl = kl_to_standard_normal(mu, logvar).mean()\n    return reconstruction + beta * kl, kl, reconstruction"),
    ("subtracts the KL", "    reconstruction = bernoulli_reconstruction(logits, x).mean()\n    kl = kl_to_standard_normal(mu, logvar).mean()\n    return reconstruction - beta * kl, reconstruction, kl"),
    ("returns Python floats: no gradient", "    reconstruction = bernoulli_reconstruction(logits, x).mean()\n    kl = kl_to_standard_normal(mu, logvar).mean()\n    return (reconstruction + beta * kl).item(), reconstruction.item(), kl.item()"),
    ("total detached: backward impossible", "    reconstruction = bernoulli_reconstruction(logits, x).mean()\n    kl = kl_to_standard_normal(mu, logvar).mean()\n    return (reconstruction + beta * kl).detach(), reconstruction, kl"),
    ("reconstruction averaged per pixel (hidden beta = 784)", "    reconstruction = F.binary_cross_entropy_with_logits(logits, x)\n    kl = kl_to_standard_normal(mu, logvar).mean()\n    return reconstruction + beta * kl, reconstruction, kl"),
    ("beta ignored", "    reconstruction = bernoulli_reconstruction(logits, x).mean()\n    kl = kl_to_standard_normal(mu, logvar).mean()\n    return reconstruction + kl, reconstruction, kl"),
    ("reported kl is already multiplied by beta", "    reconstruction = bernoulli_reconstruction(logits, x).mean()\n    kl = beta * kl_to_standard_normal(mu, logvar).mean()\n    return reconstruction + kl, reconstruction, kl"),
    ("beta squared", "    reconstruction = bernoulli_reconstruction(logits, x).mean()\n    kl = kl_to_standard_normal(mu, logvar).mean()\n    return reconstruction + beta ** 2 * kl, reconstruction, kl"),
    ("KL averaged over batch and latent dimensions (divides by d too)", "    reconstruction = bernoulli_reconstruction(logits, x).mean()\n    kl = (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).mean()\n    return reconstruction + beta * kl, reconstruction, kl"),
    ("shape (1,) tensors via keepdim", "    reconstruction = bernoulli_reconstruction(logits, x).mean(0, keepdim=True)\n    kl = kl_to_standard_normal(mu, logvar).mean(0, keepdim=True)\n    return reconstruction + beta * kl, reconstruction, kl"),
]:
    M(name, "negative_elbo", NE.format(body=body))
A("sum / batch size", "negative_elbo", NE.format(body="    B = x.shape[0]\n    reconstruction = bernoulli_reconstruction(logits, x).sum() / B\n    kl = kl_to_standard_normal(mu, logvar).sum() / B\n    total = reconstruction + beta * kl\n    return total, reconstruction, kl"))

AE = '''class AutoEncoder(nn.Module):
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
{fwd}
'''
E0 = "        return self.encoder(x)[0]"
FW0 = "        return self.decoder(self.encode(x))"
for name, enc, fwd in [
    ("samples z in training mode", "        mu, logvar = self.encoder(x)\n        return reparameterize(mu, logvar) if self.training else mu", FW0),
    ("encode returns the (mu, logvar) tuple", "        return self.encoder(x)", "        return self.decoder(self.encoder(x)[0])"),
    ("forward returns probabilities", E0, "        return torch.sigmoid(self.decoder(self.encode(x)))"),
    ("encode returns logvar", "        return self.encoder(x)[1]", FW0),
    ("forward returns (logits, z)", E0, "        z = self.encode(x)\n        return self.decoder(z), z"),
    ("code detached: the reconstruction loss does not train the encoder", "        return self.encoder(x)[0].detach()", FW0),
    ("forward always adds noise to the code", E0, "        z = self.encode(x)\n        return self.decoder(z + 0.1 * torch.randn_like(z))"),
]:
    M(name, "autoencoder", AE.format(enc=enc, fwd=fwd))
A("unpack and ignore logvar", "autoencoder", AE.format(enc="        mu, _ = self.encoder(x)\n        return mu", fwd="        logits = self.decoder(self.encoder(x)[0])\n        return logits"))

AC = '''class AEClassifier(nn.Module):
    """A plain autoencoder plus a linear classification head on its code z = mu."""

    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        """x: (B, 1, 28, 28). Returns logits: (B, 1, 28, 28) and class_logits: (B, n_classes)."""
{fwd}


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    """Reconstruction plus weight times the cross-entropy of the class prediction."""
{loss}
'''
AF0 = "        z = self.autoencoder.encode(x)\n        return self.autoencoder.decoder(z), self.head(z)"
AL0 = "    reconstruction = bernoulli_reconstruction(logits, x).mean()\n    cross_entropy = F.cross_entropy(class_logits, labels)\n    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy"
for name, fwd, loss in [
    ("head on a code detached from the encoder", "        z = self.autoencoder.encode(x)\n        return self.autoencoder.decoder(z), self.head(z.detach())", AL0),
    ("class logits passed through a softmax", "        z = self.autoencoder.encode(x)\n        return self.autoencoder.decoder(z), torch.softmax(self.head(z), dim=1)", AL0),
    ("returns (class_logits, logits) swapped", "        z = self.autoencoder.encode(x)\n        return self.head(z), self.autoencoder.decoder(z)", AL0),
    ("head reads a noisy sampled code", "        mu, logvar = self.autoencoder.encoder(x)\n        z = reparameterize(mu, logvar)\n        return self.autoencoder.decoder(z), self.head(z)", AL0),
    ("loss: nll_loss on raw logits (not log-probabilities)", AF0, "    reconstruction = bernoulli_reconstruction(logits, x).mean()\n    cross_entropy = F.nll_loss(class_logits, labels)\n    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy"),
    ("loss: cross-entropy summed over the batch", AF0, "    reconstruction = bernoulli_reconstruction(logits, x).mean()\n    cross_entropy = F.cross_entropy(class_logits, labels, reduction='sum')\n    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy"),
    ("loss: weight applied to the reconstruction", AF0, "    reconstruction = bernoulli_reconstruction(logits, x).mean()\n    cross_entropy = F.cross_entropy(class_logits, labels)\n    return weight * reconstruction + cross_entropy, reconstruction, cross_entropy"),
    ("loss: reconstruction averaged per pixel", AF0, "    reconstruction = F.binary_cross_entropy_with_logits(logits, x)\n    cross_entropy = F.cross_entropy(class_logits, labels)\n    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy"),
    ("loss: softmax applied before cross_entropy (double softmax)", AF0, "    reconstruction = bernoulli_reconstruction(logits, x).mean()\n    cross_entropy = F.cross_entropy(torch.softmax(class_logits, dim=1), labels)\n    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy"),
    ("loss: reconstruction summed over the batch", AF0, "    reconstruction = bernoulli_reconstruction(logits, x).sum()\n    cross_entropy = F.cross_entropy(class_logits, labels)\n    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy"),
    ("loss: weight default changed to 10", AF0, AL0),
]:
    src = AC.format(fwd=fwd, loss=loss)
    if "default changed" in name:
        src = src.replace("weight=1.0):", "weight=10.0):")
    M(name, "ae_classifier", src)
A("encoder mean via autoencoder.encoder, log_softmax + nll_loss", "ae_classifier", AC.format(
    fwd="        mu, _ = self.autoencoder.encoder(x)\n        logits = self.autoencoder.decoder(mu)\n        return logits, self.head(mu)",
    loss="    reconstruction = bernoulli_reconstruction(logits, x).mean()\n    cross_entropy = F.nll_loss(F.log_softmax(class_logits, dim=1), labels)\n    total = reconstruction + weight * cross_entropy\n    return total, reconstruction, cross_entropy"))


def _balanced(items, cap):
    """Keep at most `cap` items, spread over every grade_id, evenly sampled within each."""
    groups = {}
    for item in items:
        groups.setdefault(item["grade_id"], []).append(item)
    if len(items) <= cap:
        return items
    quota = {g: 1 for g in groups}
    left = cap - len(groups)
    while left > 0:
        g = max(groups, key=lambda g: (len(groups[g]) - quota[g]) / len(groups[g]) if quota[g] < len(groups[g]) else -1)
        if quota[g] >= len(groups[g]):
            break
        quota[g] += 1
        left -= 1
    kept = []
    for g, group in groups.items():
        q, n = quota[g], len(group)
        picks = sorted({min(n - 1, (i * n) // q + (n // q) // 2) for i in range(q)})
        i = 0
        while len(picks) < q:
            if i not in picks:
                picks.append(i)
            i += 1
        kept += [group[i] for i in sorted(picks)]
    return kept


MISTAKES = _balanced(MISTAKES, 34)
ALTERNATIVES = _balanced(ALTERNATIVES, 8)
