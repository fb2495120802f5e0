NOTEBOOK = "08_conditional_vae"

_OH = '''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
{body}'''
_CV = '''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
{init}

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
{fwd}

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
{gen}'''
_TS = '''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
{body}'''
_RS = '''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
{body}'''

OH_CHECKS = '''    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if len(labels) and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0..{n_classes - 1}")
'''
OH_OK = OH_CHECKS + "    return F.one_hot(labels.long(), n_classes).float()"

CV_INIT = '''        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))'''
CV_FWD = '''        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar'''
CV_GEN = '''        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))'''

TS_OK = '''    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''

RS_CHECKS = '''    if len(images) != len(labels):
        raise ValueError("images and labels differ in length")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1]")
'''

def oh(b): return dict(grade_id="one_hot", source=_OH.format(body=b))
def cv(init=CV_INIT, fwd=CV_FWD, gen=CV_GEN): return dict(grade_id="ConditionalVAE", source=_CV.format(init=init, fwd=fwd, gen=gen))
def ts(b): return dict(grade_id="train_step", source=_TS.format(body=b))
def rs(b): return dict(grade_id="recognised_share", source=_RS.format(body=b))

MISTAKES = [
    dict(name="returns int64 one-hot", **oh(OH_CHECKS + "    return F.one_hot(labels.long(), n_classes)")),
    dict(name="off-by-one range check (> n_classes)", **oh(OH_CHECKS.replace("labels.max() >= n_classes", "labels.max() > n_classes") + "    return F.one_hot(labels.long(), n_classes + 1)[:, :n_classes].float()")),
    dict(name="accepts float labels by casting", **oh(OH_CHECKS.replace('''    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
''', "    labels = labels.long()\n") + "    return F.one_hot(labels.long(), n_classes).float()")),
    dict(name="n_classes ignored: F.one_hot infers the width", **oh(OH_CHECKS + "    return F.one_hot(labels.long()).float()")),
    dict(name="ValueError for wrong dtype (wrong exception type)", **oh(OH_CHECKS.replace('raise TypeError(f"labels must have an integer dtype', 'raise ValueError(f"labels must have an integer dtype') + "    return F.one_hot(labels.long(), n_classes).float()")),
    dict(name="no 1-D check: flattens 2-D labels", **oh(OH_CHECKS.replace('''    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
''', "    labels = labels.reshape(-1)\n") + "    return F.one_hot(labels.long(), n_classes).float()")),
    dict(name="one-hot placed before the image in the encoder input", **cv(fwd='''        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([c, x.reshape(len(x), -1)], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar''')),
    dict(name="decoder hidden not reversed", **cv(init='''        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, hidden)''')),
    dict(name="samples in eval mode too", **cv(fwd='''        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar)
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar''')),
    dict(name="generate ignores generator", **cv(gen='''        z = torch.randn(len(labels), self.latent_dim)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))''')),
    dict(name="generate returns logits", **cv(gen='''        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))''')),
    dict(name="n_classes hard-coded to 10 in the networks", **cv(init='''        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + 10)
        self.decoder = DenseDecoder(latent_dim + 10, tuple(reversed(hidden)))''', fwd=CV_FWD.replace("self.n_classes", "10"), gen=CV_GEN.replace("self.n_classes", "10"))),
    dict(name="no zero_grad", **ts(TS_OK.replace("    optimizer.zero_grad()\n", ""))),
    dict(name="labels ignored: model called with zeros", **ts(TS_OK.replace("model(x, labels)", "model(x, torch.zeros_like(labels))"))),
    dict(name="beta dropped", **ts(TS_OK.replace("negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu, logvar)"))),
    dict(name="step before backward (update uses stale grads)", **ts('''    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    optimizer.step()
    total.backward()
    return total.item(), reconstruction.item(), kl.item()''')),
    dict(name="no range check on images", **rs('''    if len(images) != len(labels):
        raise ValueError("images and labels differ in length")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()''')),
    dict(name="returns a tensor", **rs(RS_CHECKS + "    predicted = predict_digits(classifier, images)\n    return (predicted == labels).float().mean()")),
    dict(name="classifier called in train mode (dropout on)", **rs(RS_CHECKS + "    classifier.train()\n    with torch.no_grad():\n        predicted = classifier(images).argmax(dim=1)\n    return (predicted == labels).float().mean().item()")),
    dict(name="range check only on the maximum (negative logits pass)", **rs('''    if len(images) != len(labels):
        raise ValueError("images and labels differ in length")
    if images.max() > 1:
        raise ValueError("images must have values in [0, 1]")
    return (predict_digits(classifier, images) == labels).float().mean().item()''')),
    dict(name="dtype check with is_floating_point only (bool and complex pass)", **oh('''    if not isinstance(labels, torch.Tensor) or labels.is_floating_point():
        raise TypeError("labels must be an integer tensor")
    if labels.dim() != 1:
        raise ValueError("labels must be 1-D")
    if len(labels) and (labels.long().min() < 0 or labels.long().max() >= n_classes):
        raise ValueError("label out of range")
    return F.one_hot(labels.long(), n_classes).float()''')),
    dict(name="percentage instead of share", **rs(RS_CHECKS + "    return 100.0 * (predict_digits(classifier, images) == labels).float().mean().item()")),
]

ALTERNATIVES = [
    dict(name="eye indexing after validation with a dtype set", **oh('''    int_types = {torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8}
    if not torch.is_tensor(labels) or labels.dtype not in int_types:
        raise TypeError("labels must be an integer torch.Tensor")
    if labels.ndim != 1:
        raise ValueError("labels must be a 1-D tensor")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"every label must be in 0..{n_classes - 1}")
    return torch.eye(n_classes, dtype=torch.float32)[labels.long()]''')),
    dict(name="flatten, sample via exp/randn_like, decode helper", **cv(fwd='''        code = one_hot(labels, self.n_classes)
        inputs = torch.cat((x.flatten(1), code), 1)
        mu, logvar = self.encoder(inputs)
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        logits = self.decoder(torch.cat((z, code), 1))
        return logits, mu, logvar''', gen='''        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat((z, one_hot(labels, self.n_classes)), 1))
        return logits.sigmoid()''', init='''        self.encoder = DenseEncoder(latent_dim, hidden=hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, hidden=hidden[::-1])''')),
    dict(name="set_to_none, tuple of parts, float()", **ts('''    optimizer.zero_grad(set_to_none=True)
    logits, mu, logvar = model(x, labels)
    parts = negative_elbo(logits, x, mu, logvar, beta=beta)
    parts[0].backward()
    optimizer.step()
    return tuple(float(p) for p in parts)''')),
    dict(name="own eval call, sum / N", **rs('''    if images.shape[0] != labels.shape[0]:
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if bool((images < 0).any()) or bool((images > 1).any()):
        raise ValueError("images must be probabilities in [0, 1], not logits")
    classifier.eval()
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=1)
    return int((predicted == labels).sum()) / len(labels)''')),
]
