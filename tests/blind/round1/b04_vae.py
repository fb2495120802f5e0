NOTEBOOK = "04_vae"

MISTAKES = [
# reparameterize
dict(name="logvar used as std", grade_id="reparameterize", source='''
def reparameterize(mu, logvar):
    return mu + logvar * torch.randn_like(mu)
'''),
dict(name="exp(logvar) used as std (variance confusion)", grade_id="reparameterize", source='''
def reparameterize(mu, logvar):
    return mu + torch.exp(logvar) * torch.randn_like(mu)
'''),
dict(name="torch.normal (no gradient)", grade_id="reparameterize", source='''
def reparameterize(mu, logvar):
    return torch.normal(mu, torch.exp(0.5 * logvar))
'''),
dict(name="std detached", grade_id="reparameterize", source='''
def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar).detach()
    return mu + std * torch.randn_like(std)
'''),
dict(name="fixed noise seed every call (not fresh)", grade_id="reparameterize", source='''
def reparameterize(mu, logvar):
    g = torch.Generator().manual_seed(0)
    eps = torch.randn(mu.shape, generator=g)
    return mu + torch.exp(0.5 * logvar) * eps
'''),
dict(name="one noise value shared by the batch", grade_id="reparameterize", source='''
def reparameterize(mu, logvar):
    eps = torch.randn(mu.shape[-1])
    return mu + torch.exp(0.5 * logvar) * eps
'''),
dict(name="uniform noise (rand_like) instead of normal", grade_id="reparameterize", source='''
def reparameterize(mu, logvar):
    return mu + torch.exp(0.5 * logvar) * torch.rand_like(mu)
'''),
dict(name="variance (std squared) used as the noise scale", grade_id="reparameterize", source='''
def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar)
    return mu + std ** 2 * torch.randn_like(std)
'''),
dict(name=".sample() from Normal", grade_id="reparameterize", source='''
def reparameterize(mu, logvar):
    return torch.distributions.Normal(mu, torch.exp(0.5 * logvar)).sample()
'''),
# vae
dict(name="always samples, even in eval mode", grade_id="vae", source='''
class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar)
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        return torch.sigmoid(self.decoder(torch.randn(n, self.latent_dim)))
'''),
dict(name="modes swapped (mu in training, sample in eval)", grade_id="vae", source='''
class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = mu if self.training else reparameterize(mu, logvar)
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        return torch.sigmoid(self.decoder(torch.randn(n, self.latent_dim)))
'''),
dict(name="forward returns probabilities instead of logits", grade_id="vae", source='''
class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return torch.sigmoid(self.decoder(z)), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        return torch.sigmoid(self.decoder(torch.randn(n, self.latent_dim)))
'''),
dict(name="generate returns logits", grade_id="vae", source='''
class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        return self.decoder(torch.randn(n, self.latent_dim))
'''),
dict(name="generate uses uniform noise", grade_id="vae", source='''
class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        return torch.sigmoid(self.decoder(torch.rand(n, self.latent_dim)))
'''),
dict(name="generate hard-codes latent_dim=2", grade_id="vae", source='''
class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        return torch.sigmoid(self.decoder(torch.randn(n, 2)))
'''),
dict(name="samples z under no_grad in training (no gradient to encoder)", grade_id="vae", source='''
class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        if self.training:
            with torch.no_grad():
                z = reparameterize(mu, logvar)
        else:
            z = mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        return torch.sigmoid(self.decoder(torch.randn(n, self.latent_dim)))
'''),
dict(name="returns std instead of logvar", grade_id="vae", source='''
class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, torch.exp(0.5 * logvar)

    @torch.no_grad()
    def generate(self, n):
        return torch.sigmoid(self.decoder(torch.randn(n, self.latent_dim)))
'''),
# kl_to_standard_normal
dict(name="sign flipped", grade_id="kl_to_standard_normal", source='''
def kl_to_standard_normal(mu, logvar):
    return 0.5 * torch.sum(1 + logvar - mu ** 2 - logvar.exp(), dim=1)
'''),
dict(name="mean over latent dims instead of sum", grade_id="kl_to_standard_normal", source='''
def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.mean(1 + logvar - mu.pow(2) - logvar.exp(), dim=1)
'''),
dict(name="sum over everything (scalar)", grade_id="kl_to_standard_normal", source='''
def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
'''),
dict(name="logvar treated as log std", grade_id="kl_to_standard_normal", source='''
def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(1 + 2 * logvar - mu.pow(2) - torch.exp(2 * logvar), dim=1)
'''),
dict(name="missing the 1 (constant)", grade_id="kl_to_standard_normal", source='''
def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(logvar - mu.pow(2) - logvar.exp(), dim=1)
'''),
dict(name="mu not squared", grade_id="kl_to_standard_normal", source='''
def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(1 + logvar - mu.abs() - logvar.exp(), dim=1)
'''),
dict(name="missing 1/2 factor", grade_id="kl_to_standard_normal", source='''
def kl_to_standard_normal(mu, logvar):
    return -torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=1)
'''),
dict(name="sum over batch dim (dim=0)", grade_id="kl_to_standard_normal", source='''
def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar), dim=0)
'''),
# bernoulli_reconstruction
dict(name="mean reduction over pixels", grade_id="bernoulli_reconstruction", source='''
def bernoulli_reconstruction(logits, x):
    return F.binary_cross_entropy_with_logits(logits, x, reduction="none").mean(dim=(1, 2, 3))
'''),
dict(name="unstable: BCE on sigmoid probabilities", grade_id="bernoulli_reconstruction", source='''
def bernoulli_reconstruction(logits, x):
    p = torch.sigmoid(logits)
    return F.binary_cross_entropy(p, x, reduction="none").flatten(1).sum(1)
'''),
dict(name="hand-written log(sigmoid) formula (unstable)", grade_id="bernoulli_reconstruction", source='''
def bernoulli_reconstruction(logits, x):
    p = torch.sigmoid(logits)
    bce = -(x * torch.log(p) + (1 - x) * torch.log(1 - p))
    return bce.reshape(len(x), -1).sum(dim=1)
'''),
dict(name="arguments swapped (x as logits)", grade_id="bernoulli_reconstruction", source='''
def bernoulli_reconstruction(logits, x):
    return F.binary_cross_entropy_with_logits(x, torch.sigmoid(logits), reduction="none").flatten(1).sum(1)
'''),
dict(name="default mean reduction then times 784 (scalar)", grade_id="bernoulli_reconstruction", source='''
def bernoulli_reconstruction(logits, x):
    return F.binary_cross_entropy_with_logits(logits, x) * 784
'''),
dict(name="sign error in logits form", grade_id="bernoulli_reconstruction", source='''
def bernoulli_reconstruction(logits, x):
    per_pixel = F.softplus(-logits) - x * logits
    return per_pixel.flatten(1).sum(1)
'''),
dict(name="MSE on probabilities instead of BCE", grade_id="bernoulli_reconstruction", source='''
def bernoulli_reconstruction(logits, x):
    return ((torch.sigmoid(logits) - x) ** 2).flatten(1).sum(1)
'''),
# negative_elbo
dict(name="beta applied to reconstruction", grade_id="negative_elbo", source='''
def negative_elbo(logits, x, mu, logvar, beta=1.0):
    rec = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return beta * rec + kl, rec, kl
'''),
dict(name="sums over batch instead of averaging", grade_id="negative_elbo", source='''
def negative_elbo(logits, x, mu, logvar, beta=1.0):
    rec = bernoulli_reconstruction(logits, x).sum()
    kl = kl_to_standard_normal(mu, logvar).sum()
    return rec + beta * kl, rec, kl
'''),
dict(name="KL subtracted (ELBO sign confusion)", grade_id="negative_elbo", source='''
def negative_elbo(logits, x, mu, logvar, beta=1.0):
    rec = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return rec - beta * kl, rec, kl
'''),
dict(name="ignores beta", grade_id="negative_elbo", source='''
def negative_elbo(logits, x, mu, logvar, beta=1.0):
    rec = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return rec + kl, rec, kl
'''),
dict(name="returns python floats via item()", grade_id="negative_elbo", source='''
def negative_elbo(logits, x, mu, logvar, beta=1.0):
    rec = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    total = rec + beta * kl
    return total, rec.item(), kl.item()
'''),
dict(name="KL divided by batch size twice (mean then /B)", grade_id="negative_elbo", source='''
def negative_elbo(logits, x, mu, logvar, beta=1.0):
    B = x.shape[0]
    rec = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean() / B
    return rec + beta * kl, rec, kl
'''),
dict(name="returned total, kl, reconstruction in wrong order", grade_id="negative_elbo", source='''
def negative_elbo(logits, x, mu, logvar, beta=1.0):
    rec = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return rec + beta * kl, kl, rec
'''),
dict(name="KL detached (no gradient through KL)", grade_id="negative_elbo", source='''
def negative_elbo(logits, x, mu, logvar, beta=1.0):
    rec = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu.detach(), logvar.detach()).mean()
    return rec + beta * kl, rec, kl
'''),
# autoencoder
dict(name="encode samples with reparameterize", grade_id="autoencoder", source='''
class AutoEncoder(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        mu, logvar = self.encoder(x)
        return reparameterize(mu, logvar) if self.training else mu

    def forward(self, x):
        return self.decoder(self.encode(x))
'''),
dict(name="encode returns the tuple (mu, logvar)", grade_id="autoencoder", source='''
class AutoEncoder(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        return self.encoder(x)

    def forward(self, x):
        mu, _ = self.encode(x)
        return self.decoder(mu)
'''),
dict(name="forward applies sigmoid", grade_id="autoencoder", source='''
class AutoEncoder(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        return self.encoder(x)[0]

    def forward(self, x):
        return torch.sigmoid(self.decoder(self.encode(x)))
'''),
dict(name="encode uses logvar (second output)", grade_id="autoencoder", source='''
class AutoEncoder(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        return self.encoder(x)[-1]

    def forward(self, x):
        return self.decoder(self.encode(x))
'''),
dict(name="forward returns (logits, mu, logvar) like the VAE", grade_id="autoencoder", source='''
class AutoEncoder(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        mu, _ = self.encoder(x)
        return mu

    def forward(self, x):
        mu, logvar = self.encoder(x)
        return self.decoder(mu), mu, logvar
'''),
# ae_classifier
dict(name="head applied to a detached code (cross-entropy cannot shape the encoder)", grade_id="ae_classifier", source='''
class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        logits = self.autoencoder.decoder(z)
        return logits, self.head(z.detach())


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    rec = bernoulli_reconstruction(logits, x).mean()
    ce = F.cross_entropy(class_logits, labels)
    return rec + weight * ce, rec, ce
'''),
dict(name="softmax before cross_entropy", grade_id="ae_classifier", source='''
class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    rec = bernoulli_reconstruction(logits, x).mean()
    ce = F.cross_entropy(torch.softmax(class_logits, dim=1), labels)
    return rec + weight * ce, rec, ce
'''),
dict(name="weight applied to reconstruction", grade_id="ae_classifier", source='''
class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    rec = bernoulli_reconstruction(logits, x).mean()
    ce = F.cross_entropy(class_logits, labels)
    return weight * rec + ce, rec, ce
'''),
dict(name="cross-entropy summed over batch", grade_id="ae_classifier", source='''
class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    rec = bernoulli_reconstruction(logits, x).mean()
    ce = F.cross_entropy(class_logits, labels, reduction="sum")
    return rec + weight * ce, rec, ce
'''),
dict(name="reconstruction averaged over pixels (BCE default mean)", grade_id="ae_classifier", source='''
class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder(x), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    rec = F.binary_cross_entropy_with_logits(logits, x)
    ce = F.cross_entropy(class_logits, labels)
    return rec + weight * ce, rec, ce
'''),
dict(name="head applied to a sigmoid of the code", grade_id="ae_classifier", source='''
class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(torch.sigmoid(z))


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    rec = bernoulli_reconstruction(logits, x).mean()
    ce = F.cross_entropy(class_logits, labels)
    return rec + weight * ce, rec, ce
'''),
dict(name="nll_loss on raw logits (missing log_softmax)", grade_id="ae_classifier", source='''
class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    rec = bernoulli_reconstruction(logits, x).mean()
    ce = F.nll_loss(class_logits, labels)
    return rec + weight * ce, rec, ce
'''),
]

ALTERNATIVES = [
dict(name="rsample from Normal", grade_id="reparameterize", source='''
def reparameterize(mu, logvar):
    return torch.distributions.Normal(mu, (0.5 * logvar).exp()).rsample()
'''),
dict(name="sqrt of exp and addcmul", grade_id="reparameterize", source='''
def reparameterize(mu, logvar):
    std = torch.sqrt(torch.exp(logvar))
    eps = torch.randn_like(std)
    return torch.addcmul(mu, std, eps)
'''),
dict(name="explicit if/else and separate encode", grade_id="vae", source='''
class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        logits = self.decoder(z)
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, n):
        device = next(self.parameters()).device
        z = torch.randn(n, self.latent_dim, device=device)
        return self.decoder(z).sigmoid()
'''),
dict(name="torch.distributions kl_divergence", grade_id="kl_to_standard_normal", source='''
def kl_to_standard_normal(mu, logvar):
    from torch.distributions import Normal, kl_divergence
    q = Normal(mu, torch.exp(0.5 * logvar))
    p = Normal(torch.zeros_like(mu), torch.ones_like(mu))
    return kl_divergence(q, p).sum(dim=-1)
'''),
dict(name="rearranged formula", grade_id="kl_to_standard_normal", source='''
def kl_to_standard_normal(mu, logvar):
    return 0.5 * (mu * mu + logvar.exp() - logvar - 1).sum(dim=1)
'''),
dict(name="softplus form of BCE with logits", grade_id="bernoulli_reconstruction", source='''
def bernoulli_reconstruction(logits, x):
    per_pixel = F.softplus(logits) - x * logits
    return per_pixel.reshape(per_pixel.shape[0], -1).sum(dim=1)
'''),
dict(name="logsigmoid form", grade_id="bernoulli_reconstruction", source='''
def bernoulli_reconstruction(logits, x):
    ll = x * F.logsigmoid(logits) + (1 - x) * F.logsigmoid(-logits)
    return -ll.flatten(1).sum(1)
'''),
dict(name="sum then divide by batch size", grade_id="negative_elbo", source='''
def negative_elbo(logits, x, mu, logvar, beta=1.0):
    B = x.shape[0]
    reconstruction = bernoulli_reconstruction(logits, x).sum() / B
    kl = kl_to_standard_normal(mu, logvar).sum() / B
    total = reconstruction + beta * kl
    return total, reconstruction, kl
'''),
dict(name="forward calls encode", grade_id="autoencoder", source='''
class AutoEncoder(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        mu, _logvar = self.encoder(x)
        return mu

    def forward(self, x):
        z = self.encode(x)
        return self.decoder(z)
'''),
dict(name="nll_loss with log_softmax", grade_id="ae_classifier", source='''
class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        mu, _ = self.autoencoder.encoder(x)
        logits = self.autoencoder.decoder(mu)
        return logits, self.head(mu)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = F.binary_cross_entropy_with_logits(logits, x, reduction="sum") / x.shape[0]
    cross_entropy = F.nll_loss(F.log_softmax(class_logits, dim=1), labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
]

ALTERNATIVES += [
dict(name="generate via decoder with explicit device/dtype and forward via encode helper", grade_id="vae", source='''
class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, n):
        z = torch.randn((n, self.latent_dim))
        return torch.sigmoid(self.decoder(z))
'''),
dict(name="torch.stack and mean over batch", grade_id="negative_elbo", source='''
def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = torch.mean(bernoulli_reconstruction(logits, x))
    kl = torch.mean(kl_to_standard_normal(mu, logvar))
    return reconstruction + beta * kl, reconstruction, kl
'''),
dict(name="encode via tuple unpack with index", grade_id="autoencoder", source='''
class AutoEncoder(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim

    def encode(self, x):
        return self.encoder(x)[0]

    def forward(self, x):
        return self.decoder(self.encoder(x)[0])
'''),
dict(name="forward via autoencoder.encode, loss with mean of per-image BCE", grade_id="ae_classifier", source='''
class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)

    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels, reduction="mean")
    total = reconstruction + weight * cross_entropy
    return total, reconstruction, cross_entropy
'''),
]
