NOTEBOOK = "08_conditional_vae"

_ONEHOT_CHECKS = '''    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, got {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, got {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
'''

_CVAE_INIT = '''class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))
'''
_CVAE_FWD = '''
    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar
'''
_CVAE_GEN = '''
    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''

MISTAKES = [
    # one_hot
    dict(name="no range check (F.one_hot raises RuntimeError, not ValueError)", grade_id="one_hot", source='''def one_hot(labels, n_classes=10):
''' + _ONEHOT_CHECKS + '''    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name="returns int64 one-hot", grade_id="one_hot", source='''def one_hot(labels, n_classes=10):
''' + _ONEHOT_CHECKS + '''    if (labels < 0).any() or (labels >= n_classes).any():
        raise ValueError("labels out of range")
    return F.one_hot(labels.long(), n_classes)
'''),
    dict(name="accepts float labels by casting", grade_id="one_hot", source='''def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError("labels must be a tensor")
    labels = labels.long()
    if labels.dim() != 1:
        raise ValueError("labels must be 1-D")
    if (labels < 0).any() or (labels >= n_classes).any():
        raise ValueError("label out of range")
    return F.one_hot(labels, n_classes).float()
'''),
    dict(name="off-by-one range check (> n_classes)", grade_id="one_hot", source='''def one_hot(labels, n_classes=10):
''' + _ONEHOT_CHECKS + '''    if labels.min() < 0 or labels.max() > n_classes:
        raise ValueError("labels out of range")
    return torch.eye(n_classes)[labels.long()]
'''),
    dict(name="ValueError for wrong dtype", grade_id="one_hot", source='''def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError("labels must be a torch.Tensor")
    if labels.is_floating_point() or labels.dtype == torch.bool:
        raise ValueError(f"labels must be integers, got {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError("labels must be 1-D")
    if (labels < 0).any() or (labels >= n_classes).any():
        raise ValueError("label out of range")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name="hard-coded 10 classes", grade_id="one_hot", source='''def one_hot(labels, n_classes=10):
''' + _ONEHOT_CHECKS + '''    if (labels < 0).any() or (labels >= n_classes).any():
        raise ValueError("labels out of range")
    return F.one_hot(labels.long(), 10).float()
'''),
    dict(name="accepts 2-D labels by flattening", grade_id="one_hot", source='''def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError("labels must be a torch.Tensor")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"integer labels expected, got {labels.dtype}")
    labels = labels.reshape(-1)
    if (labels < 0).any() or (labels >= n_classes).any():
        raise ValueError("labels out of range")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    # ConditionalVAE
    dict(name="one-hot first, then the image (wrong order)", grade_id="ConditionalVAE", source=_CVAE_INIT + '''
    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([c, x.reshape(len(x), -1)], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([c, z], dim=1)), mu, logvar
''' + _CVAE_GEN),
    dict(name="decoder not conditioned (zeros instead of the label)", grade_id="ConditionalVAE", source=_CVAE_INIT + '''
    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, torch.zeros_like(c)], dim=1)), mu, logvar
''' + _CVAE_GEN),
    dict(name="always samples (also in eval)", grade_id="ConditionalVAE", source=_CVAE_INIT + '''
    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar)
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar
''' + _CVAE_GEN),
    dict(name="generate ignores the generator", grade_id="ConditionalVAE", source=_CVAE_INIT + _CVAE_FWD + '''
    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name="generate returns logits", grade_id="ConditionalVAE", source=_CVAE_INIT + _CVAE_FWD + '''
    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
'''),
    dict(name="decoder hidden not reversed", grade_id="ConditionalVAE", source='''class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, hidden)
''' + _CVAE_FWD + _CVAE_GEN),
    dict(name="hard-coded 10 in the network sizes", grade_id="ConditionalVAE", source='''class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=794)
        self.decoder = DenseDecoder(latent_dim + 10, tuple(reversed(hidden)))
''' + _CVAE_FWD + _CVAE_GEN),
    dict(name="generate sorts the labels (images out of the requested order)", grade_id="ConditionalVAE", source=_CVAE_INIT + _CVAE_FWD + '''
    @torch.no_grad()
    def generate(self, labels, generator=None):
        labels = labels.sort().values
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    # train_step
    dict(name="no zero_grad", grade_id="train_step", source='''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.item(), rec.item(), kl.item()
'''),
    dict(name="beta not passed to negative_elbo", grade_id="train_step", source='''def train_step(model, optimizer, x, labels, beta=1.0):
    optimizer.zero_grad()
    logits, mu, logvar = model(x, labels)
    total, rec, kl = negative_elbo(logits, x, mu, logvar)
    total.backward()
    optimizer.step()
    return total.item(), rec.item(), kl.item()
'''),
    dict(name="losses computed after the update", grade_id="train_step", source='''def train_step(model, optimizer, x, labels, beta=1.0):
    optimizer.zero_grad()
    logits, mu, logvar = model(x, labels)
    negative_elbo(logits, x, mu, logvar, beta)[0].backward()
    optimizer.step()
    with torch.no_grad():
        logits, mu, logvar = model(x, labels)
        total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
    return total.item(), rec.item(), kl.item()
'''),
    dict(name="backward on rec + kl (beta ignored in the gradient)", grade_id="train_step", source='''def train_step(model, optimizer, x, labels, beta=1.0):
    optimizer.zero_grad()
    logits, mu, logvar = model(x, labels)
    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
    (rec + kl).backward()
    optimizer.step()
    return total.item(), rec.item(), kl.item()
'''),
    dict(name="model called with random labels (shuffled)", grade_id="train_step", source='''def train_step(model, optimizer, x, labels, beta=1.0):
    optimizer.zero_grad()
    logits, mu, logvar = model(x, labels[torch.randperm(len(labels))])
    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.item(), rec.item(), kl.item()
'''),
    # recognised_share
    dict(name="no range check on images", grade_id="recognised_share", source='''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError("images and labels differ in length")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name="classifier called without eval()", grade_id="recognised_share", source='''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError("length mismatch")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must be in [0, 1]")
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=1)
    return (predicted == labels).float().mean().item()
'''),
    dict(name="returns a tensor", grade_id="recognised_share", source='''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError("length mismatch")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must be in [0, 1]")
    return (predict_digits(classifier, images) == labels).float().mean()
'''),
    dict(name="argmax over the wrong dim", grade_id="recognised_share", source='''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError("length mismatch")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must be in [0, 1]")
    classifier.eval()
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=0)
    return float((predicted[: len(labels)] == labels).float().mean())
'''),
    dict(name="no length check", grade_id="recognised_share", source='''def recognised_share(classifier, images, labels):
    if (images < 0).any() or (images > 1).any():
        raise ValueError("images must be probabilities in [0, 1]")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).sum().item() / len(images)
'''),
    dict(name="counts against the mismatches (1 - share)", grade_id="recognised_share", source='''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError("length mismatch")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must be in [0, 1]")
    predicted = predict_digits(classifier, images)
    return float((predicted != labels).float().mean())
'''),
]

ALTERNATIVES = [
    dict(name="eye indexing with explicit checks", grade_id="one_hot", source='''def one_hot(labels, n_classes=10):
    allowed = {torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8}
    if not torch.is_tensor(labels):
        raise TypeError("one_hot: labels must be a torch.Tensor, not " + type(labels).__name__)
    if labels.dtype not in allowed:
        raise TypeError(f"one_hot: labels must be integers, not {labels.dtype}")
    if labels.ndim != 1:
        raise ValueError(f"one_hot: labels must be 1-D, got {labels.ndim} dimensions")
    if labels.numel() > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"one_hot: labels must lie in 0..{n_classes - 1}")
    out = torch.zeros(len(labels), n_classes, dtype=torch.float32)
    out[torch.arange(len(labels)), labels.long()] = 1.0
    return out
'''),
    dict(name="helper methods, Sequential-free", grade_id="ConditionalVAE", source='''class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden=tuple(hidden), in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, hidden=tuple(hidden)[::-1])

    def _decode(self, z, labels):
        return self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))

    def forward(self, x, labels):
        flat = x.reshape(len(x), -1)
        mu, logvar = self.encoder(torch.cat([flat, one_hot(labels, self.n_classes)], dim=1))
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        return self._decode(z, labels), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return self._decode(z, labels).sigmoid()
'''),
    dict(name="zero_grad first, float() conversion", grade_id="train_step", source='''def train_step(model, optimizer, x, labels, beta=1.0):
    optimizer.zero_grad()
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta=beta)
    total.backward()
    optimizer.step()
    return float(total.detach()), float(reconstruction.detach()), float(kl.detach())
'''),
    dict(name="calls classifier itself in eval mode", grade_id="recognised_share", source='''def recognised_share(classifier, images, labels):
    if images.shape[0] != labels.shape[0]:
        raise ValueError(f"{images.shape[0]} images but {labels.shape[0]} labels")
    if bool((images < 0).any()) or bool((images > 1).any()):
        raise ValueError("images must lie in [0, 1]; were logits passed?")
    classifier.eval()
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=-1)
    correct = (predicted.cpu() == labels.cpu()).sum().item()
    return correct / len(labels)
'''),
]
