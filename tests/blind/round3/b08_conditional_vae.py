NOTEBOOK = "08_conditional_vae"

_OH = '''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
'''
_INTS = "(torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)"
_OH_TYPE = f'''    if not isinstance(labels, torch.Tensor) or labels.dtype not in {_INTS}:
        raise TypeError(f"labels must be an integer tensor, got {{type(labels).__name__}} {{getattr(labels, 'dtype', '')}}")
'''
_OH_DIM = '''    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
'''
_OH_RANGE = '''    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must be in 0..{n_classes - 1}")
'''
_OH_RET = "    return F.one_hot(labels.long(), n_classes).float()\n"

_CV_TOP = '''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
'''
_CV_FWD_HEAD = '''
    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
'''
_CV_GEN_HEAD = '''
    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
'''
_CV_INIT = '''        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))
'''
_CV_FWD = '''        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar
'''
_CV_GEN = '''        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''
def _cv(init=_CV_INIT, fwd=_CV_FWD, gen=_CV_GEN):
    return _CV_TOP + init + _CV_FWD_HEAD + fwd + _CV_GEN_HEAD + gen

_TS = '''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
'''
_TS_OK = '''    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''
_RS = '''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
'''
_RS_CHECKS = '''    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1] (logits passed by mistake?)")
'''
_RS_OK = _RS_CHECKS + '''    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''

MISTAKES = [
    # one_hot
    dict(name="no range check: F.one_hot raises RuntimeError, not ValueError", grade_id="one_hot",
         source=_OH + _OH_TYPE + _OH_DIM + _OH_RET),
    dict(name="returns int64 (F.one_hot's dtype)", grade_id="one_hot",
         source=_OH + _OH_TYPE + _OH_DIM + _OH_RANGE + "    return F.one_hot(labels.long(), n_classes)\n"),
    dict(name="converts float labels with .long() instead of raising TypeError", grade_id="one_hot",
         source=_OH + '''    if not isinstance(labels, torch.Tensor):
        raise TypeError("labels must be a tensor")
    labels = labels.long()
''' + _OH_DIM + _OH_RANGE + _OH_RET),
    dict(name="rejects uint8 / int8 (only int64 and int32 accepted)", grade_id="one_hot",
         source=_OH + '''    if not isinstance(labels, torch.Tensor) or labels.dtype not in (torch.int64, torch.int32):
        raise TypeError("labels must be an int64 or int32 tensor")
''' + _OH_DIM + _OH_RANGE + _OH_RET),
    dict(name="off-by-one upper bound (label == n_classes slips through to F.one_hot)", grade_id="one_hot",
         source=_OH + _OH_TYPE + _OH_DIM + '''    if ((labels < 0) | (labels > n_classes)).any():
        raise ValueError(f"labels must be in 0..{n_classes - 1}")
''' + _OH_RET),
    dict(name="no 1-D check", grade_id="one_hot",
         source=_OH + _OH_TYPE + _OH_RANGE + _OH_RET),
    dict(name="width inferred from the labels (ignores n_classes)", grade_id="one_hot",
         source=_OH + _OH_TYPE + _OH_DIM + _OH_RANGE + "    return F.one_hot(labels.long()).float()\n"),
    dict(name="min()/max() crash on empty labels", grade_id="one_hot",
         source=_OH + _OH_TYPE + _OH_DIM + '''    if labels.min() < 0 or labels.max() >= n_classes:
        raise ValueError(f"labels must be in 0..{n_classes - 1}")
''' + _OH_RET),
    dict(name="TypeError only for floating dtypes (bool accepted)", grade_id="one_hot",
         source=_OH + '''    if not isinstance(labels, torch.Tensor) or labels.is_floating_point():
        raise TypeError("labels must be an integer tensor")
''' + _OH_DIM + _OH_RANGE + _OH_RET),
    dict(name="raises ValueError for a non-tensor input", grade_id="one_hot",
         source=_OH + '''    if not isinstance(labels, torch.Tensor):
        raise ValueError("labels must be a torch.Tensor")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError("labels must have an integer dtype")
''' + _OH_DIM + _OH_RANGE + _OH_RET),
    dict(name="F.one_hot without .long(): fails for int32/uint8", grade_id="one_hot",
         source=_OH + _OH_TYPE + _OH_DIM + _OH_RANGE + "    return F.one_hot(labels, n_classes).float()\n"),
    # ConditionalVAE
    dict(name="one-hot placed before the image/code", grade_id="ConditionalVAE",
         source=_cv(fwd='''        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([c, x.reshape(len(x), -1)], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([c, z], dim=1)), mu, logvar
''', gen='''        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([one_hot(labels, self.n_classes), z], dim=1)))
''')),
    dict(name="decoder hidden sizes not reversed", grade_id="ConditionalVAE",
         source=_cv(init='''        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, hidden)
''')),
    dict(name="label not given to the decoder", grade_id="ConditionalVAE",
         source=_cv(init='''        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim, tuple(reversed(hidden)))
''', fwd='''        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar
''', gen='''        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(z))
''')),
    dict(name="generate ignores the generator", grade_id="ConditionalVAE",
         source=_cv(gen=_CV_GEN.replace("torch.randn(len(labels), self.latent_dim, generator=generator)", "torch.randn(len(labels), self.latent_dim)"))),
    dict(name="generate returns logits", grade_id="ConditionalVAE",
         source=_cv(gen='''        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
''')),
    dict(name="forward always samples", grade_id="ConditionalVAE",
         source=_cv(fwd=_CV_FWD.replace("z = reparameterize(mu, logvar) if self.training else mu", "z = reparameterize(mu, logvar)"))),
    dict(name="label not given to the encoder", grade_id="ConditionalVAE",
         source=_cv(init='''        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))
''', fwd='''        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(x.reshape(len(x), -1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar
''')),
    dict(name="generate draws noise as (latent_dim, n) and transposes", grade_id="ConditionalVAE",
         source=_cv(gen=_CV_GEN.replace("torch.randn(len(labels), self.latent_dim, generator=generator)", "torch.randn(self.latent_dim, len(labels), generator=generator).T"))),
    dict(name="mu detached before sampling in training", grade_id="ConditionalVAE",
         source=_cv(fwd=_CV_FWD.replace("reparameterize(mu, logvar) if", "reparameterize(mu.detach(), logvar) if"))),
    dict(name="generate samples codes with std 0.5 (truncation-like)", grade_id="ConditionalVAE",
         source=_cv(gen=_CV_GEN.replace("z = torch.randn(len(labels), self.latent_dim, generator=generator)", "z = 0.5 * torch.randn(len(labels), self.latent_dim, generator=generator)"))),
    # train_step
    dict(name="never clears gradients", grade_id="train_step",
         source=_TS + _TS_OK.replace("    optimizer.zero_grad()\n", "")),
    dict(name="ignores beta", grade_id="train_step",
         source=_TS + _TS_OK.replace("negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu, logvar)")),
    dict(name="losses recomputed after the update", grade_id="train_step",
         source=_TS + _TS_OK.replace("    return total.item()", "    with torch.no_grad():\n        logits, mu, logvar = model(x, labels)\n        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)\n    return total.item()")),
    dict(name="backward on reconstruction + kl (beta dropped from the gradient)", grade_id="train_step",
         source=_TS + _TS_OK.replace("total.backward()", "(reconstruction + kl).backward()")),
    dict(name="returns detached tensors", grade_id="train_step",
         source=_TS + _TS_OK.replace("return total.item(), reconstruction.item(), kl.item()", "return total.detach(), reconstruction.detach(), kl.detach()")),
    dict(name="zero_grad after backward", grade_id="train_step",
         source=_TS + '''    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.zero_grad()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    # recognised_share
    dict(name="calls the classifier without eval()", grade_id="recognised_share",
         source=_RS + _RS_CHECKS + "    with torch.no_grad():\n        predicted = classifier(images).argmax(dim=1)\n    return (predicted == labels).float().mean().item()\n"),
    dict(name="returns a tensor", grade_id="recognised_share",
         source=_RS + _RS_CHECKS + "    return (predict_digits(classifier, images) == labels).float().mean()\n"),
    dict(name="only checks the upper bound of the pixel range", grade_id="recognised_share",
         source=_RS + '''    if len(images) != len(labels):
        raise ValueError("lengths differ")
    if images.max() > 1:
        raise ValueError("images must be in [0, 1]")
    return (predict_digits(classifier, images) == labels).float().mean().item()
'''),
    dict(name="no length check (broadcasting with one label)", grade_id="recognised_share",
         source=_RS + '''    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must be in [0, 1]")
    return (predict_digits(classifier, images) == labels).float().mean().item()
'''),
    dict(name="rejects images containing exactly 1.0", grade_id="recognised_share",
         source=_RS + '''    if len(images) != len(labels):
        raise ValueError("lengths differ")
    if (images < 0).any() or (images >= 1).any():
        raise ValueError("images must be in [0, 1]")
    return (predict_digits(classifier, images) == labels).float().mean().item()
'''),
    dict(name="clamps the images instead of raising", grade_id="recognised_share",
         source=_RS + '''    if len(images) != len(labels):
        raise ValueError("lengths differ")
    images = images.clamp(0, 1)
    return (predict_digits(classifier, images) == labels).float().mean().item()
'''),
    dict(name="argmax over the batch dimension", grade_id="recognised_share",
         source=_RS + _RS_CHECKS + "    classifier.eval()\n    with torch.no_grad():\n        predicted = classifier(images).argmax(dim=0)\n    return (predicted == labels).float().mean().item()\n"),
]

ALTERNATIVES = [
    dict(name="explicit scatter into zeros; set-based dtype check", grade_id="one_hot",
         source=_OH + '''    allowed = {torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8}
    if not torch.is_tensor(labels):
        raise TypeError("labels must be a torch.Tensor, got " + type(labels).__name__)
    if labels.dtype not in allowed:
        raise TypeError(f"labels must have an integer dtype, got {labels.dtype}")
    if labels.ndim != 1:
        raise ValueError(f"labels must be 1-D, got {labels.ndim} dimensions")
    bad = (labels.long() < 0) | (labels.long() >= n_classes)
    if bool(bad.any()):
        raise ValueError(f"labels out of range 0..{n_classes - 1}: {labels[bad].tolist()[:5]}")
    out = torch.zeros(labels.shape[0], n_classes, dtype=torch.float32)
    out[torch.arange(labels.shape[0]), labels.long()] = 1.0
    return out
'''),
    dict(name="x.flatten(1), explicit if, sigmoid method", grade_id="ConditionalVAE",
         source=_cv(init='''        self.encoder = DenseEncoder(latent_dim, hidden=hidden, in_features=28 * 28 + n_classes)
        self.decoder = DenseDecoder(latent_dim=latent_dim + n_classes, hidden=tuple(hidden)[::-1])
''', fwd='''        code = one_hot(labels, n_classes=self.n_classes)
        mu, logvar = self.encoder(torch.cat((x.flatten(start_dim=1), code), dim=1))
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        logits = self.decoder(torch.cat((z, code), dim=1))
        return logits, mu, logvar
''', gen='''        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat((z, one_hot(labels, self.n_classes)), dim=1))
        return logits.sigmoid()
''')),
    dict(name="model.zero_grad first, float()", grade_id="train_step",
         source=_TS + '''    model.zero_grad()
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta=beta)
    total.backward()
    optimizer.step()
    return float(total), float(reconstruction), float(kl)
'''),
    dict(name="own eval + no_grad + argmax, count / N", grade_id="recognised_share",
         source=_RS + '''    if images.shape[0] != labels.shape[0]:
        raise ValueError("images and labels differ in length")
    if bool(((images < 0) | (images > 1)).any()):
        raise ValueError("images must lie in [0, 1]")
    classifier.eval()
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=1)
    return (predicted == labels).sum().item() / len(labels)
'''),
]
