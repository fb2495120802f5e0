NOTEBOOK = "08_conditional_vae"

_INTS = "(torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)"

def _cvae(init, forward, generate):
    return ('''
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
''' + init + '''
    def forward(self, x, labels):
''' + forward + '''
    @torch.no_grad()
    def generate(self, labels, generator=None):
''' + generate)

_INIT_OK = '''        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))
'''
_FWD_OK = '''        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar
'''
_GEN_OK = '''        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''

MISTAKES = [
# one_hot
dict(name="no validation at all", grade_id="one_hot", source='''
def one_hot(labels, n_classes=10):
    return F.one_hot(labels.long(), n_classes).float()
'''),
dict(name="returns int64 (F.one_hot default dtype)", grade_id="one_hot", source='''
def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor) or labels.dtype not in ''' + _INTS + ''':
        raise TypeError(f"labels must be an integer tensor, got {type(labels)}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if len(labels) and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must be in 0..{n_classes - 1}")
    return F.one_hot(labels.long(), n_classes)
'''),
dict(name="torch.eye indexing (negative labels wrap, no range check)", grade_id="one_hot", source='''
def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor) or labels.dtype not in ''' + _INTS + ''':
        raise TypeError("labels must be an integer tensor")
    if labels.dim() != 1:
        raise ValueError("labels must be 1-D")
    return torch.eye(n_classes)[labels.long()]
'''),
dict(name="upper bound check > n_classes instead of >=", grade_id="one_hot", source='''
def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor) or labels.dtype not in ''' + _INTS + ''':
        raise TypeError("labels must be an integer tensor")
    if labels.dim() != 1:
        raise ValueError("labels must be 1-D")
    if (labels < 0).any() or (labels > n_classes).any():
        raise ValueError("label out of range")
    return F.one_hot(labels.long(), n_classes).float()
'''),
dict(name="float labels silently converted with .long()", grade_id="one_hot", source='''
def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError("labels must be a tensor")
    labels = labels.long()
    if labels.dim() != 1:
        raise ValueError("labels must be 1-D")
    if (labels < 0).any() or (labels >= n_classes).any():
        raise ValueError("label out of range")
    return F.one_hot(labels, n_classes).float()
'''),
dict(name="wrong exception types (ValueError for dtype, TypeError for range)", grade_id="one_hot", source='''
def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor) or labels.dtype not in ''' + _INTS + ''':
        raise ValueError("labels must be an integer tensor")
    if labels.dim() != 1:
        raise ValueError("labels must be 1-D")
    if (labels < 0).any() or (labels >= n_classes).any():
        raise TypeError("label out of range")
    return F.one_hot(labels.long(), n_classes).float()
'''),
dict(name="n_classes ignored (hard-coded 10)", grade_id="one_hot", source='''
def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor) or labels.dtype not in ''' + _INTS + ''':
        raise TypeError("labels must be an integer tensor")
    if labels.dim() != 1:
        raise ValueError("labels must be 1-D")
    if (labels < 0).any() or (labels >= 10).any():
        raise ValueError("label out of range")
    return F.one_hot(labels.long(), 10).float()
'''),
dict(name="no 1-D check (flattens 2-D labels)", grade_id="one_hot", source='''
def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor) or labels.dtype not in ''' + _INTS + ''':
        raise TypeError("labels must be an integer tensor")
    labels = labels.reshape(-1)
    if (labels < 0).any() or (labels >= n_classes).any():
        raise ValueError("label out of range")
    return F.one_hot(labels.long(), n_classes).float()
'''),
dict(name="dtype check via is_floating_point (accepts bool), range check after a uint8 cast (256 wraps to 0)", grade_id="one_hot", source='''
def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor) or labels.is_floating_point():
        raise TypeError("labels must be an integer tensor")
    if labels.dim() != 1:
        raise ValueError("labels must be 1-D")
    if (labels.to(torch.uint8) >= n_classes).any():
        raise ValueError("label out of range")
    return F.one_hot(labels.long(), n_classes).float()
'''),
dict(name="float64 output", grade_id="one_hot", source='''
def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor) or labels.dtype not in ''' + _INTS + ''':
        raise TypeError("labels must be an integer tensor")
    if labels.dim() != 1:
        raise ValueError("labels must be 1-D")
    if (labels < 0).any() or (labels >= n_classes).any():
        raise ValueError("label out of range")
    return F.one_hot(labels.long(), n_classes).double()
'''),
# ConditionalVAE
dict(name="label only given to the decoder", grade_id="ConditionalVAE", source=_cvae(
'''        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))
''',
'''        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(x.reshape(len(x), -1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar
''', _GEN_OK)),
dict(name="one-hot concatenated before the image/code", grade_id="ConditionalVAE", source=_cvae(_INIT_OK,
'''        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([c, x.reshape(len(x), -1)], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([c, z], dim=1)), mu, logvar
''',
'''        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([one_hot(labels, self.n_classes), z], dim=1)))
''')),
dict(name="always samples (also in eval)", grade_id="ConditionalVAE", source=_cvae(_INIT_OK,
'''        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar)
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar
''', _GEN_OK)),
dict(name="generate ignores generator", grade_id="ConditionalVAE", source=_cvae(_INIT_OK, _FWD_OK,
'''        z = torch.randn(len(labels), self.latent_dim)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
''')),
dict(name="generate returns logits", grade_id="ConditionalVAE", source=_cvae(_INIT_OK, _FWD_OK,
'''        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
''')),
dict(name="generate uses zeros code (no sampling)", grade_id="ConditionalVAE", source=_cvae(_INIT_OK, _FWD_OK,
'''        z = torch.zeros(len(labels), self.latent_dim)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
''')),
dict(name="decoder hidden not reversed and hard-coded 10 classes", grade_id="ConditionalVAE", source=_cvae(
'''        self.encoder = DenseEncoder(latent_dim, hidden, in_features=794)
        self.decoder = DenseDecoder(latent_dim + 10, hidden)
''',
'''        c = one_hot(labels, 10)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar
''',
'''        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, 10)], dim=1)))
''')),
dict(name="label given as a raw number instead of one-hot (in_features 785)", grade_id="ConditionalVAE", source=_cvae(
'''        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + 1)
        self.decoder = DenseDecoder(latent_dim + 1, tuple(reversed(hidden)))
''',
'''        c = labels.float().unsqueeze(1)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar
''',
'''        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, labels.float().unsqueeze(1)], dim=1)))
''')),
dict(name="decodes mu in training too (sample unused)", grade_id="ConditionalVAE", source=_cvae(_INIT_OK,
'''        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar)
        return self.decoder(torch.cat([mu, c], dim=1)), mu, logvar
''', _GEN_OK)),
dict(name="forward returns sigmoid probabilities", grade_id="ConditionalVAE", source=_cvae(_INIT_OK,
'''        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return torch.sigmoid(self.decoder(torch.cat([z, c], dim=1))), mu, logvar
''', _GEN_OK)),
# train_step
dict(name="labels shuffled separately from the images before the forward", grade_id="train_step", source='''
def train_step(model, optimizer, x, labels, beta=1.0):
    optimizer.zero_grad()
    shuffled = labels[torch.randperm(len(labels))]
    logits, mu, logvar = model(x, shuffled)
    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.item(), rec.item(), kl.item()
'''),
dict(name="no zero_grad", grade_id="train_step", source='''
def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.item(), rec.item(), kl.item()
'''),
dict(name="ignores beta", grade_id="train_step", source='''
def train_step(model, optimizer, x, labels, beta=1.0):
    optimizer.zero_grad()
    logits, mu, logvar = model(x, labels)
    total, rec, kl = negative_elbo(logits, x, mu, logvar)
    total.backward()
    optimizer.step()
    return total.item(), rec.item(), kl.item()
'''),
dict(name="returns tensors", grade_id="train_step", source='''
def train_step(model, optimizer, x, labels, beta=1.0):
    optimizer.zero_grad()
    logits, mu, logvar = model(x, labels)
    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total, rec, kl
'''),
dict(name="total recomputed as rec + kl (beta dropped from the gradient)", grade_id="train_step", source='''
def train_step(model, optimizer, x, labels, beta=1.0):
    optimizer.zero_grad()
    logits, mu, logvar = model(x, labels)
    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
    (rec + kl).backward()
    optimizer.step()
    return total.item(), rec.item(), kl.item()
'''),
dict(name="puts the model in eval mode", grade_id="train_step", source='''
def train_step(model, optimizer, x, labels, beta=1.0):
    model.eval()
    optimizer.zero_grad()
    logits, mu, logvar = model(x, labels)
    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.item(), rec.item(), kl.item()
'''),
# recognised_share
dict(name="no eval mode when calling classifier directly", grade_id="recognised_share", source='''
def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError("images and labels differ in length")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must be in [0, 1]")
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=1)
    return (predicted == labels).float().mean().item()
'''),
dict(name="returns a tensor", grade_id="recognised_share", source='''
def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError("images and labels differ in length")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must be in [0, 1]")
    return (predict_digits(classifier, images) == labels).float().mean()
'''),
dict(name="no input validation", grade_id="recognised_share", source='''
def recognised_share(classifier, images, labels):
    return (predict_digits(classifier, images) == labels).float().mean().item()
'''),
dict(name="argmax over wrong dimension", grade_id="recognised_share", source='''
def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError("images and labels differ in length")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must be in [0, 1]")
    classifier.eval()
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=0)
    return float((predicted == labels).float().mean())
'''),
dict(name="counts instead of share", grade_id="recognised_share", source='''
def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError("images and labels differ in length")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must be in [0, 1]")
    return float((predict_digits(classifier, images) == labels).sum())
'''),
dict(name="range check uses strict bounds (rejects exact 0 and 1)", grade_id="recognised_share", source='''
def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError("images and labels differ in length")
    if (images <= 0).any() or (images >= 1).any():
        raise ValueError("images must be in [0, 1]")
    return (predict_digits(classifier, images) == labels).float().mean().item()
'''),
dict(name="applies sigmoid to the images 'to be safe' instead of raising", grade_id="recognised_share", source='''
def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError("images and labels differ in length")
    if images.min() < 0 or images.max() > 1:
        images = torch.sigmoid(images)
    return (predict_digits(classifier, images) == labels).float().mean().item()
'''),
dict(name="integer division share (always 0 or 1)", grade_id="recognised_share", source='''
def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError("images and labels differ in length")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must be in [0, 1]")
    correct = int((predict_digits(classifier, images) == labels).sum())
    return float(correct // len(labels))
'''),
]

ALTERNATIVES = [
dict(name="scatter_ into zeros with explicit checks", grade_id="one_hot", source='''
def one_hot(labels, n_classes=10):
    allowed = {torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8}
    if not torch.is_tensor(labels):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in allowed:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.ndim != 1:
        raise ValueError(f"labels must be 1-D, got {labels.ndim} dimensions")
    if labels.numel() > 0:
        low, high = int(labels.min()), int(labels.max())
        if low < 0 or high >= n_classes:
            raise ValueError(f"labels must lie in 0..{n_classes - 1}, got values from {low} to {high}")
    out = torch.zeros(len(labels), n_classes, dtype=torch.float32)
    out.scatter_(1, labels.long().unsqueeze(1), 1.0)
    return out
'''),
dict(name="helper methods and separate one-hot var", grade_id="ConditionalVAE", source='''
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden=tuple(hidden), in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, hidden=tuple(hidden)[::-1])

    def _decode(self, z, onehot):
        return self.decoder(torch.cat([z, onehot], dim=1))

    def forward(self, x, labels):
        onehot = one_hot(labels, self.n_classes)
        flat = x.reshape(len(x), -1)
        mu, logvar = self.encoder(torch.cat([flat, onehot], dim=1))
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        return self._decode(z, onehot), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return self._decode(z, one_hot(labels, self.n_classes)).sigmoid()
'''),
dict(name="zero_grad set_to_none and float()", grade_id="train_step", source='''
def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta=beta)
    optimizer.zero_grad(set_to_none=True)
    total.backward()
    optimizer.step()
    return float(total), float(reconstruction), float(kl)
'''),
dict(name="calls classifier itself in eval mode with no_grad", grade_id="recognised_share", source='''
def recognised_share(classifier, images, labels):
    if images.shape[0] != labels.shape[0]:
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if bool((images < 0).any()) or bool((images > 1).any()):
        raise ValueError("images must have values in [0, 1]; were logits passed?")
    classifier.eval()
    with torch.no_grad():
        predicted = torch.argmax(classifier(images), dim=1)
    return (predicted == labels).sum().item() / len(labels)
'''),
]

ALTERNATIVES += [
dict(name="isinstance checks and F.one_hot(...).to(float32)", grade_id="one_hot", source='''
def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError("labels must be a torch.Tensor")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must be integers, got dtype {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be a 1-D tensor, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"every label must be in [0, {n_classes}), got {labels.tolist()}")
    return F.one_hot(labels.to(torch.int64), num_classes=n_classes).to(torch.float32)
'''),
dict(name="Sequential-free, reversed via [::-1], torch.where for mode", grade_id="ConditionalVAE", source='''
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden=hidden, in_features=28 * 28 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, hidden=tuple(hidden[::-1]))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        c = one_hot(labels, self.n_classes)
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return self.decoder(torch.cat([z, c], dim=1)).sigmoid()
'''),
dict(name="loss tuple and list comprehension of items", grade_id="train_step", source='''
def train_step(model, optimizer, x, labels, beta=1.0):
    optimizer.zero_grad()
    logits, mu, logvar = model(x, labels)
    losses = negative_elbo(logits, x, mu, logvar, beta)
    losses[0].backward()
    optimizer.step()
    total, reconstruction, kl = [loss.item() for loss in losses]
    return total, reconstruction, kl
'''),
dict(name="predict_digits and python arithmetic", grade_id="recognised_share", source='''
def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError("images and labels must have the same length")
    if images.min().item() < 0.0 or images.max().item() > 1.0:
        raise ValueError("images must be in [0, 1], not logits")
    predicted = predict_digits(classifier, images)
    return float((predicted == labels).sum().item()) / len(labels)
'''),
]
