NOTEBOOK = "04_vae"

_VAE_HEAD = '''class VAE(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim
'''
_GEN_OK = '''
    @torch.no_grad()
    def generate(self, n):
        z = torch.randn(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''
_FWD_OK = '''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar
'''
_AE_HEAD = '''class AutoEncoder(nn.Module):
    def __init__(self, encoder, decoder, latent_dim):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder
        self.latent_dim = latent_dim
'''
_AEC_HEAD = '''class AEClassifier(nn.Module):
    def __init__(self, autoencoder, n_classes=10):
        super().__init__()
        self.autoencoder = autoencoder
        self.head = nn.Linear(autoencoder.latent_dim, n_classes)
'''
_AEC_FWD_OK = '''
    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z)
'''
_AEC_LOSS_OK = '''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''

MISTAKES = [
    # reparameterize
    dict(name="uses exp(logvar) (variance) as the std", grade_id="reparameterize", source='''def reparameterize(mu, logvar):
    return mu + torch.exp(logvar) * torch.randn_like(mu)
'''),
    dict(name="uses logvar as the std directly", grade_id="reparameterize", source='''def reparameterize(mu, logvar):
    eps = torch.randn_like(logvar)
    return mu + logvar * eps
'''),
    dict(name="torch.normal sample (no gradient)", grade_id="reparameterize", source='''def reparameterize(mu, logvar):
    return torch.normal(mu, torch.exp(0.5 * logvar))
'''),
    dict(name="std detached", grade_id="reparameterize", source='''def reparameterize(mu, logvar):
    std = torch.exp(0.5 * logvar).detach()
    return mu + std * torch.randn_like(std)
'''),
    dict(name="one noise value shared by the whole batch", grade_id="reparameterize", source='''def reparameterize(mu, logvar):
    eps = torch.randn(mu.shape[-1])
    return mu + torch.exp(0.5 * logvar) * eps
'''),
    dict(name="uniform noise (rand_like)", grade_id="reparameterize", source='''def reparameterize(mu, logvar):
    std = (0.5 * logvar).exp()
    return mu + std * torch.rand_like(std)
'''),
    dict(name="sqrt of logvar", grade_id="reparameterize", source='''def reparameterize(mu, logvar):
    return mu + torch.sqrt(logvar.abs()) * torch.randn_like(mu)
'''),
    # VAE
    dict(name="always samples, even in eval mode", grade_id="vae", source=_VAE_HEAD + '''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar)
        return self.decoder(z), mu, logvar
''' + _GEN_OK),
    dict(name="condition inverted (samples in eval, mean in training)", grade_id="vae", source=_VAE_HEAD + '''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        if not self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        return self.decoder(z), mu, logvar
''' + _GEN_OK),
    dict(name="forward returns probabilities (sigmoid)", grade_id="vae", source=_VAE_HEAD + '''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return torch.sigmoid(self.decoder(z)), mu, logvar
''' + _GEN_OK),
    dict(name="generate returns logits", grade_id="vae", source=_VAE_HEAD + _FWD_OK + '''
    @torch.no_grad()
    def generate(self, n):
        return self.decoder(torch.randn(n, self.latent_dim))
'''),
    dict(name="generate draws uniform codes", grade_id="vae", source=_VAE_HEAD + _FWD_OK + '''
    @torch.no_grad()
    def generate(self, n):
        z = torch.rand(n, self.latent_dim)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name="forward returns (logits, z, logvar) instead of mu", grade_id="vae", source=_VAE_HEAD + '''
    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), z, logvar
''' + _GEN_OK),
    dict(name="generate via reparameterize(0, logvar=1): std e^0.5 instead of 1", grade_id="vae", source=_VAE_HEAD + _FWD_OK + '''
    @torch.no_grad()
    def generate(self, n):
        z = reparameterize(torch.zeros(n, self.latent_dim), torch.ones(n, self.latent_dim))
        return torch.sigmoid(self.decoder(z))
'''),
    # kl
    dict(name="mean over latent dims instead of sum", grade_id="kl_to_standard_normal", source='''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.mean(1 + logvar - mu.pow(2) - logvar.exp(), dim=1)
'''),
    dict(name="sum over the whole batch (scalar)", grade_id="kl_to_standard_normal", source='''def kl_to_standard_normal(mu, logvar):
    return -0.5 * torch.sum(1 + logvar - mu ** 2 - torch.exp(logvar))
'''),
    dict(name="missing the 1/2 factor", grade_id="kl_to_standard_normal", source='''def kl_to_standard_normal(mu, logvar):
    return -(1 + logvar - mu ** 2 - logvar.exp()).sum(dim=1)
'''),
    dict(name="logvar treated as log-std in the exp term", grade_id="kl_to_standard_normal", source='''def kl_to_standard_normal(mu, logvar):
    return -0.5 * (1 + logvar - mu ** 2 - torch.exp(2 * logvar)).sum(-1)
'''),
    dict(name="sum over dim 0 (per latent dim, not per image)", grade_id="kl_to_standard_normal", source='''def kl_to_standard_normal(mu, logvar):
    return -0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum(dim=0)
'''),
    dict(name="sign error on mu^2", grade_id="kl_to_standard_normal", source='''def kl_to_standard_normal(mu, logvar):
    return -0.5 * (1 + logvar + mu ** 2 - logvar.exp()).sum(dim=1)
'''),
    # bernoulli_reconstruction
    dict(name="mean over pixels", grade_id="bernoulli_reconstruction", source='''def bernoulli_reconstruction(logits, x):
    return F.binary_cross_entropy_with_logits(logits, x, reduction="none").mean(dim=(1, 2, 3))
'''),
    dict(name="arguments swapped (x as logits)", grade_id="bernoulli_reconstruction", source='''def bernoulli_reconstruction(logits, x):
    return F.binary_cross_entropy_with_logits(x, torch.sigmoid(logits), reduction="none").sum(dim=(1, 2, 3))
'''),
    dict(name="BCE on logits as if they were probabilities (clamped)", grade_id="bernoulli_reconstruction", source='''def bernoulli_reconstruction(logits, x):
    p = logits.clamp(1e-6, 1 - 1e-6)
    return -(x * torch.log(p) + (1 - x) * torch.log(1 - p)).flatten(1).sum(1)
'''),
    dict(name="reduction sum: a scalar for the batch", grade_id="bernoulli_reconstruction", source='''def bernoulli_reconstruction(logits, x):
    return F.binary_cross_entropy_with_logits(logits, x, reduction="sum")
'''),
    dict(name="sums only over the last dim", grade_id="bernoulli_reconstruction", source='''def bernoulli_reconstruction(logits, x):
    return F.binary_cross_entropy_with_logits(logits, x, reduction="none").sum(dim=-1).flatten(1).mean(1)
'''),
    # negative_elbo
    dict(name="beta also multiplies the reconstruction", grade_id="negative_elbo", source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    rec = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return beta * (rec + kl), rec, kl
'''),
    dict(name="sums over the batch instead of averaging", grade_id="negative_elbo", source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    rec = bernoulli_reconstruction(logits, x).sum()
    kl = kl_to_standard_normal(mu, logvar).sum()
    return rec + beta * kl, rec, kl
'''),
    dict(name="returns beta*kl as the kl part", grade_id="negative_elbo", source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    rec = bernoulli_reconstruction(logits, x).mean()
    kl = beta * kl_to_standard_normal(mu, logvar).mean()
    return rec + kl, rec, kl
'''),
    dict(name="KL subtracted", grade_id="negative_elbo", source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    rec = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    return rec - beta * kl, rec, kl
'''),
    dict(name="returns python floats via .item()", grade_id="negative_elbo", source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    rec = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean()
    total = rec + beta * kl
    return total, rec.item(), kl.item()
'''),
    dict(name="KL divided by the batch twice (mean then / B)", grade_id="negative_elbo", source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    B = x.shape[0]
    rec = bernoulli_reconstruction(logits, x).mean()
    kl = kl_to_standard_normal(mu, logvar).mean() / B
    return rec + beta * kl, rec, kl
'''),
    # autoencoder
    dict(name="encode samples with reparameterize in training mode", grade_id="autoencoder", source=_AE_HEAD + '''
    def encode(self, x):
        mu, logvar = self.encoder(x)
        return reparameterize(mu, logvar) if self.training else mu

    def forward(self, x):
        return self.decoder(self.encode(x))
'''),
    dict(name="encode returns logvar (wrong tuple element)", grade_id="autoencoder", source=_AE_HEAD + '''
    def encode(self, x):
        return self.encoder(x)[-1]

    def forward(self, x):
        return self.decoder(self.encode(x))
'''),
    dict(name="forward returns probabilities", grade_id="autoencoder", source=_AE_HEAD + '''
    def encode(self, x):
        mu, _ = self.encoder(x)
        return mu

    def forward(self, x):
        return torch.sigmoid(self.decoder(self.encode(x)))
'''),
    dict(name="forward decodes mu + exp(0.5 logvar) (adds the std)", grade_id="autoencoder", source=_AE_HEAD + '''
    def encode(self, x):
        mu, logvar = self.encoder(x)
        return mu

    def forward(self, x):
        mu, logvar = self.encoder(x)
        return self.decoder(mu + torch.exp(0.5 * logvar))
'''),
    # ae_classifier
    dict(name="classification head on a detached code (no gradient to the encoder)", grade_id="ae_classifier", source=_AEC_HEAD + '''
    def forward(self, x):
        z = self.autoencoder.encode(x)
        return self.autoencoder.decoder(z), self.head(z.detach())
''' + _AEC_LOSS_OK),
    dict(name="cross-entropy on softmax probabilities", grade_id="ae_classifier", source=_AEC_HEAD + _AEC_FWD_OK + '''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(torch.softmax(class_logits, dim=1), labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name="weight on the reconstruction instead of the CE", grade_id="ae_classifier", source=_AEC_HEAD + _AEC_FWD_OK + '''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels)
    return weight * reconstruction + cross_entropy, reconstruction, cross_entropy
'''),
    dict(name="cross-entropy summed over the batch", grade_id="ae_classifier", source=_AEC_HEAD + _AEC_FWD_OK + '''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.cross_entropy(class_logits, labels, reduction="sum")
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name="reconstruction averaged over pixels (mean BCE)", grade_id="ae_classifier", source=_AEC_HEAD + _AEC_FWD_OK + '''

def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = F.binary_cross_entropy_with_logits(logits, x)
    cross_entropy = F.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy
'''),
    dict(name="head applied to the logvar output", grade_id="ae_classifier", source=_AEC_HEAD + '''
    def forward(self, x):
        mu, logvar = self.autoencoder.encoder(x)
        return self.autoencoder.decoder(mu), self.head(logvar)
''' + _AEC_LOSS_OK),
]

ALTERNATIVES = [
    dict(name="torch.distributions rsample", grade_id="reparameterize", source='''def reparameterize(mu, logvar):
    return torch.distributions.Normal(mu, torch.exp(logvar / 2)).rsample()
'''),
    dict(name="sqrt(exp) std, torch.normal(0,1) for noise via randn", grade_id="reparameterize", source='''def reparameterize(mu, logvar):
    eps = torch.randn(mu.shape, dtype=mu.dtype, device=mu.device)
    return eps.mul(logvar.exp().sqrt()).add(mu)
'''),
    dict(name="explicit if/else, generate with parameters' device", grade_id="vae", source=_VAE_HEAD + '''
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
        p = next(self.decoder.parameters())
        z = torch.randn((n, self.latent_dim), device=p.device, dtype=p.dtype)
        return self.decoder(z).sigmoid()
'''),
    dict(name="0.5 * (mu^2 + var - 1 - logvar)", grade_id="kl_to_standard_normal", source='''def kl_to_standard_normal(mu, logvar):
    return 0.5 * (mu.square() + logvar.exp() - 1.0 - logvar).sum(dim=-1)
'''),
    dict(name="softplus form of BCE", grade_id="bernoulli_reconstruction", source='''def bernoulli_reconstruction(logits, x):
    per_pixel = F.softplus(logits) - x * logits
    return per_pixel.reshape(len(logits), -1).sum(dim=1)
'''),
    dict(name="torch.mean on the vectors", grade_id="negative_elbo", source='''def negative_elbo(logits, x, mu, logvar, beta=1.0):
    reconstruction = torch.mean(bernoulli_reconstruction(logits, x))
    kl = torch.mean(kl_to_standard_normal(mu, logvar))
    total = reconstruction + beta * kl
    return total, reconstruction, kl
'''),
    dict(name="tuple unpacking with underscore", grade_id="autoencoder", source=_AE_HEAD + '''
    def encode(self, x):
        mu, _logvar = self.encoder(x)
        return mu

    def forward(self, x):
        z = self.encode(x)
        return self.decoder(z)
'''),
    dict(name="calls encoder directly; CE via log_softmax + nll", grade_id="ae_classifier", source=_AEC_HEAD + '''
    def forward(self, x):
        mu, _ = self.autoencoder.encoder(x)
        logits = self.autoencoder.decoder(mu)
        class_logits = self.head(mu)
        return logits, class_logits


def ae_classifier_loss(logits, class_logits, x, labels, weight=1.0):
    reconstruction = bernoulli_reconstruction(logits, x).mean()
    cross_entropy = F.nll_loss(F.log_softmax(class_logits, dim=-1), labels)
    total = reconstruction + weight * cross_entropy
    return total, reconstruction, cross_entropy
'''),
]
