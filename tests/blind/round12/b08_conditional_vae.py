"""Blind round 12: wrong and alternative answers for 08_conditional_vae."""

NOTEBOOK = "08_conditional_vae"


def _variant(base, old, new, count=1):
    found = base.count(old)
    if found != count:
        raise ValueError(f"expected {count} occurrence(s) of {old!r}, found {found}")
    return base.replace(old, new)


def _make(items):
    out = []
    for item in items:
        if len(item) == 3:
            name, gid, source = item
        else:
            name, gid, old, new, *rest = item
            source = _variant(BASE[gid], old, new, *rest)
        out.append(dict(name=name, grade_id=gid, source=source))
    return out


BASE = {}

BASE["one_hot"] = r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    integer_dtypes = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in integer_dtypes:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from "
                         f"{labels.min().item()} to {labels.max().item()}")
    return F.one_hot(labels.long(), n_classes).to(torch.float32)
'''

BASE["ConditionalVAE"] = r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
'''

BASE["train_step"] = r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''

BASE["recognised_share"] = r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"images and labels differ in length: {len(images)} != {len(labels)}")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1]: were logits passed by mistake?")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''

_O, _C, _T, _R = "one_hot", "ConditionalVAE", "train_step", "recognised_share"

MISTAKES = _make([
    # one_hot
    ("no .long(): F.one_hot fails on int32, int16, int8 and uint8 labels", _O,
     "F.one_hot(labels.long(), n_classes)", "F.one_hot(labels, n_classes)"),
    ("rejects floating dtypes only: bool (and complex) labels get through", _O,
     "    if labels.dtype not in integer_dtypes:\n", "    if labels.dtype.is_floating_point:\n"),
    ("accepts only int64: valid int32/int16/int8/uint8 labels raise TypeError", _O,
     "    if labels.dtype not in integer_dtypes:\n", "    if labels.dtype != torch.int64:\n"),
    ("upper bound off by one: label n_classes is accepted", _O, "labels.max() >= n_classes", "labels.max() > n_classes"),
    ("no check for negative labels", _O, "labels.min() < 0 or labels.max() >= n_classes", "labels.max() >= n_classes"),
    ("min() on an empty batch of labels raises a RuntimeError", _O,
     "if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):",
     "if labels.min() < 0 or labels.max() >= n_classes:"),
    ("F.one_hot without n_classes: the width follows the largest label present", _O,
     "F.one_hot(labels.long(), n_classes)", "F.one_hot(labels.long())"),
    ("torch.eye indexing with the raw labels: uint8 labels act as a boolean mask", _O,
     "    return F.one_hot(labels.long(), n_classes).to(torch.float32)\n",
     "    return torch.eye(n_classes)[labels]\n"),
    ("raises ValueError without a message", _O,
     "        raise ValueError(f\"labels must be 1-D, got shape {tuple(labels.shape)}\")\n",
     "        raise ValueError()\n"),
    # ConditionalVAE
    ("encoder input size hard-coded to 784 + 10", _C, "in_features=784 + n_classes)\n", "in_features=784 + 10)\n"),
    ("decoder hidden sizes not reversed", _C, "tuple(reversed(hidden))", "tuple(hidden)"),
    ("one-hot first, then the image, in the encoder input", _C,
     "torch.cat([x.reshape(len(x), -1), c], dim=1)", "torch.cat([c, x.reshape(len(x), -1)], dim=1)"),
    ("decoder not conditioned on the label", _C,
     _variant(_variant(_variant(BASE[_C], "DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))",
                                "DenseDecoder(latent_dim, tuple(reversed(hidden)))"),
                       "logits = self.decoder(torch.cat([z, c], dim=1))", "logits = self.decoder(z)"),
              "logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))", "logits = self.decoder(z)")),
    ("forward calls one_hot(labels) with the default 10 classes", _C,
     "        c = one_hot(labels, self.n_classes)\n", "        c = one_hot(labels)\n"),
    ("generate ignores the generator (global random state)", _C,
     "        z = torch.randn(len(labels), self.latent_dim, generator=generator)\n",
     "        z = torch.randn(len(labels), self.latent_dim)\n"),
    ("generate draws (latent_dim, n) and transposes: not the documented draw", _C,
     "        z = torch.randn(len(labels), self.latent_dim, generator=generator)\n",
     "        z = torch.randn(self.latent_dim, len(labels), generator=generator).T\n"),
    ("forward returns the sampled z in place of mu", _C, "        return logits, mu, logvar\n", "        return logits, z, logvar\n"),
    ("samples z in eval mode too", _C, "z = reparameterize(mu, logvar) if self.training else mu", "z = reparameterize(mu, logvar)"),
    ("the class given as one number c / (n_classes - 1) instead of a one-hot vector", _C,
     _variant(_variant(_variant(_variant(BASE[_C],
        "DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)\n",
        "DenseEncoder(latent_dim, hidden, in_features=784 + 1)\n"),
        "DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))", "DenseDecoder(latent_dim + 1, tuple(reversed(hidden)))"),
        "        c = one_hot(labels, self.n_classes)\n", "        c = labels.float()[:, None] / (self.n_classes - 1)\n"),
        "torch.cat([z, one_hot(labels, self.n_classes)], dim=1)", "torch.cat([z, labels.float()[:, None] / (self.n_classes - 1)], dim=1)")),
    # train_step
    ("beta not passed to the loss", _T, "negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu, logvar)"),
    ("back-propagates reconstruction + kl, ignoring beta", _T, "    total.backward()\n", "    (reconstruction + kl).backward()\n"),
    ("returns the losses recomputed after the update", _T,
     "    return total.item(), reconstruction.item(), kl.item()\n",
     "    with torch.no_grad():\n        logits, mu, logvar = model(x, labels)\n"
     "        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)\n"
     "    return total.item(), reconstruction.item(), kl.item()\n"),
    ("mu and logvar swapped in the call to negative_elbo", _T,
     "negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, logvar, mu, beta)"),
    ("back-propagates the batch sum (loss times B)", _T, "    total.backward()\n", "    (total * len(x)).backward()\n"),
    ("puts the model in eval mode: trains on z = mu", _T,
     "    logits, mu, logvar = model(x, labels)\n    total, reconstruction, kl = negative_elbo",
     "    model.eval()\n    logits, mu, logvar = model(x, labels)\n    total, reconstruction, kl = negative_elbo"),
    ("zero_grad after backward: the step uses zero gradients", _T,
     "    optimizer.zero_grad()\n    total.backward()\n", "    total.backward()\n    optimizer.zero_grad()\n"),
    # recognised_share
    ("returns a 0-d tensor instead of a Python float", _R, "return (predicted == labels).float().mean().item()",
     "return (predicted == labels).float().mean()"),
    ("no range check on the images", _R,
     "    if images.min() < 0 or images.max() > 1:\n        raise ValueError(\"images must have values in [0, 1]: were logits passed by mistake?\")\n", ""),
    ("checks only the upper bound of the images", _R, "if images.min() < 0 or images.max() > 1:", "if images.max() > 1:"),
    ("strict bounds: rejects images that contain exact 0s or 1s", _R,
     "if images.min() < 0 or images.max() > 1:", "if images.min() <= 0 or images.max() >= 1:"),
    ("no length check: one label broadcasts against every image", _R,
     "    if len(images) != len(labels):\n        raise ValueError(f\"images and labels differ in length: {len(images)} != {len(labels)}\")\n", ""),
    ("calls the classifier directly without eval(): dropout stays on", _R,
     "    predicted = predict_digits(classifier, images)\n",
     "    with torch.no_grad():\n        predicted = classifier(images).argmax(dim=1)\n"),
    ("assert statements: AssertionError instead of ValueError", _R,
     "    if len(images) != len(labels):\n        raise ValueError(f\"images and labels differ in length: {len(images)} != {len(labels)}\")\n"
     "    if images.min() < 0 or images.max() > 1:\n        raise ValueError(\"images must have values in [0, 1]: were logits passed by mistake?\")\n",
     "    assert len(images) == len(labels), \"images and labels differ in length\"\n"
     "    assert 0 <= images.min() and images.max() <= 1, \"images must have values in [0, 1]\"\n"),
    ("clamps out-of-range images to [0, 1] instead of raising", _R,
     "    if images.min() < 0 or images.max() > 1:\n        raise ValueError(\"images must have values in [0, 1]: were logits passed by mistake?\")\n"
     "    predicted = predict_digits(classifier, images)\n",
     "    predicted = predict_digits(classifier, images.clamp(0, 1))\n"),
])

ALTERNATIVES = _make([
    ("identity-matrix rows indexed with int64 labels", _O,
     "    return F.one_hot(labels.long(), n_classes).to(torch.float32)\n",
     "    return torch.eye(n_classes, dtype=torch.float32)[labels.long()]\n"),
    ("zeros and scatter_", _O,
     "    return F.one_hot(labels.long(), n_classes).to(torch.float32)\n",
     "    encoded = torch.zeros(len(labels), n_classes)\n    encoded.scatter_(1, labels.long()[:, None], 1.0)\n    return encoded\n"),
    ("flatten(1) and tuples in torch.cat", _C,
     "        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))\n",
     "        mu, logvar = self.encoder(torch.cat((x.flatten(start_dim=1), c), dim=1))\n"),
    ("float() and set_to_none", _T,
     "    logits, mu, logvar = model(x, labels)\n    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)\n"
     "    optimizer.zero_grad()\n    total.backward()\n    optimizer.step()\n    return total.item(), reconstruction.item(), kl.item()\n",
     "    optimizer.zero_grad(set_to_none=True)\n    logits, mu, logvar = model(x, labels)\n"
     "    losses = negative_elbo(logits, x, mu, logvar, beta=beta)\n    losses[0].backward()\n    optimizer.step()\n"
     "    return tuple(float(loss.detach()) for loss in losses)\n"),
    ("own argmax after classifier.eval(), count divided by N", _R,
     "    predicted = predict_digits(classifier, images)\n    return (predicted == labels).float().mean().item()\n",
     "    classifier.eval()\n    with torch.no_grad():\n        predicted = classifier(images).argmax(dim=1)\n"
     "    return (predicted == labels).sum().item() / len(labels)\n"),
])
