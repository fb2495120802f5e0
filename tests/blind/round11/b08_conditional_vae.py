NOTEBOOK = "08_conditional_vae"

# ---------------------------------------------------------------- helpers
BASE = {}


def mut(grade_id, *pairs):
    """Correct source of grade_id with each (old -> new) replacement applied (old must occur exactly once)."""
    source = BASE[grade_id]
    for old, new in zip(pairs[::2], pairs[1::2]):
        assert source.count(old) == 1, (grade_id, old, source.count(old))
        source = source.replace(old, new)
    assert source != BASE[grade_id]
    return source


def M(name, grade_id, *pairs, source=None):
    return dict(name=name, grade_id=grade_id, source=source if source is not None else mut(grade_id, *pairs))


A = M

# ---------------------------------------------------------------- correct answers
BASE["one_hot"] = '''def one_hot(labels, n_classes=10):
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
        raise ValueError(f"labels must be in 0..{n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()
'''

BASE["ConditionalVAE"] = '''class ConditionalVAE(nn.Module):
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
        c = one_hot(labels, self.n_classes)
        return torch.sigmoid(self.decoder(torch.cat([z, c], dim=1)))
'''

BASE["train_step"] = '''def train_step(model, optimizer, x, labels, beta=1.0):
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

BASE["recognised_share"] = '''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (images.min() < 0 or images.max() > 1):
        raise ValueError("images must have values in [0, 1] (were logits passed instead of probabilities?)")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''

ONE_HOT_RETURN = "    return F.one_hot(labels.long(), n_classes).float()"
G = "one_hot"
MISTAKES = [
    M("F.one_hot on non-int64 labels (fails for int32, int16, int8, uint8)", G, ONE_HOT_RETURN,
      "    return F.one_hot(labels, n_classes).float()"),
    M("width from the largest label, not n_classes", G, ONE_HOT_RETURN, "    return F.one_hot(labels.long()).float()"),
    M("no range check (F.one_hot's RuntimeError, or -1 wraps)", G,
      "    if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):\n        raise ValueError(f\"labels must be in 0..{n_classes - 1}, got values from {labels.min()} to {labels.max()}\")\n", ""),
    M("upper bound off by one (label n_classes accepted)", G, "labels.max() >= n_classes", "labels.max() > n_classes"),
    M("only int64 accepted", G, "if labels.dtype not in integer_dtypes:", "if labels.dtype != torch.int64:"),
    M("bool labels accepted (only floating dtypes rejected)", G,
      "if labels.dtype not in integer_dtypes:", "if labels.dtype.is_floating_point or labels.dtype.is_complex:"),
    M("0-D labels accepted (only dim > 1 rejected)", G, "if labels.dim() != 1:", "if labels.dim() > 1:"),
    M("ValueError for a wrong dtype", G, "        raise TypeError(f\"labels must have an integer dtype, not {labels.dtype}\")",
      "        raise ValueError(f\"labels must have an integer dtype, not {labels.dtype}\")"),
    M("min() on an empty batch raises", G, "if len(labels) > 0 and (labels.min() < 0", "if (labels.min() < 0"),
    M("lists converted with torch.as_tensor instead of rejected", G,
      "    if not isinstance(labels, torch.Tensor):\n        raise TypeError(f\"labels must be a torch.Tensor, not {type(labels).__name__}\")\n",
      "    if not isinstance(labels, torch.Tensor):\n        labels = torch.as_tensor(labels)\n"),
    M("torch.eye indexed with the raw labels (uint8 becomes a mask, int8/int16 fail)", G, ONE_HOT_RETURN,
      "    return torch.eye(n_classes)[labels]"),
    M(".to(float) gives float64", G, ONE_HOT_RETURN, "    return F.one_hot(labels.long(), n_classes).to(float)"),
]

G = "ConditionalVAE"
MISTAKES += [
    M("one-hot first in the encoder's input", G,
      "torch.cat([x.reshape(len(x), -1), c], dim=1)", "torch.cat([c, x.reshape(len(x), -1)], dim=1)"),
    M("decoder hidden sizes not reversed", G, "DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))",
      "DenseDecoder(latent_dim + n_classes, hidden)"),
    M("hard-coded 10 classes in forward's one-hot", G, "        c = one_hot(labels, self.n_classes)\n        mu, logvar",
      "        c = one_hot(labels)\n        mu, logvar"),
    M("generate ignores the generator", G, "        z = torch.randn(len(labels), self.latent_dim, generator=generator)",
      "        z = torch.randn(len(labels), self.latent_dim)"),
    M("forward returns the sampled z instead of mu", G, "return logits, mu, logvar", "return logits, z, logvar"),
    M("self.train (always true) instead of self.training", G, "if self.training else mu", "if self.train else mu"),
    M("noise drawn as (latent_dim, n) and transposed", G,
      "        z = torch.randn(len(labels), self.latent_dim, generator=generator)",
      "        z = torch.randn(self.latent_dim, len(labels), generator=generator).T"),
    M("F.one_hot in forward (fails for int32 labels, skips validation)", G,
      "        c = one_hot(labels, self.n_classes)\n        mu, logvar", "        c = F.one_hot(labels, self.n_classes).float()\n        mu, logvar"),
    M("generate draws z with the prior's variance e (logvar = 1)", G,
      "        z = torch.randn(len(labels), self.latent_dim, generator=generator)",
      "        z = math.exp(0.5) * torch.randn(len(labels), self.latent_dim, generator=generator)"),
]

G = "train_step"
MISTAKES += [
    M("losses reported after the update", G, "    return total.item(), reconstruction.item(), kl.item()",
      "    with torch.no_grad():\n        logits, mu, logvar = model(x, labels)\n"
      "        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)\n"
      "    return total.item(), reconstruction.item(), kl.item()"),
    M("zero_grad after the step (stale gradients on the first call)", G,
      "    optimizer.zero_grad()\n    total.backward()\n    optimizer.step()\n", "    total.backward()\n    optimizer.step()\n    optimizer.zero_grad()\n"),
    M("loss scaled by the batch size for the gradient", G, "total.backward()", "(total * len(x)).backward()"),
    M("model put in eval mode", G, "    logits, mu, logvar = model(x, labels)\n    total,",
      "    model.eval()\n    logits, mu, logvar = model(x, labels)\n    total,"),
    M("kl weighted by beta in the returned value", G, "return total.item(), reconstruction.item(), kl.item()",
      "return total.item(), reconstruction.item(), beta * kl.item()"),
]

G = "recognised_share"
MISTAKES += [
    M("calls the classifier without eval()", G, "    predicted = predict_digits(classifier, images)",
      "    with torch.no_grad():\n        predicted = classifier(images).argmax(dim=1)"),
    M("returns a tensor", G, "return (predicted == labels).float().mean().item()", "return (predicted == labels).float().mean()"),
    M("checks only negative values", G, "(images.min() < 0 or images.max() > 1)", "(images.min() < 0)"),
    M("no length check", G, "    if len(images) != len(labels):\n        raise ValueError(f\"{len(images)} images but {len(labels)} labels\")\n", ""),
    M("percentage instead of a share", G, "return (predicted == labels).float().mean().item()",
      "return 100 * (predicted == labels).float().mean().item()"),
    M("rejects an image value of exactly 1", G, "images.max() > 1", "images.max() >= 1"),
    M("clamps the images before the range check", G, "    if images.numel() > 0 and (images.min() < 0",
      "    images = images.clamp(0, 1)\n    if images.numel() > 0 and (images.min() < 0"),
    M("assert instead of ValueError", G,
      "    if images.numel() > 0 and (images.min() < 0 or images.max() > 1):\n        raise ValueError(\"images must have values in [0, 1] (were logits passed instead of probabilities?)\")\n",
      "    assert images.min() >= 0 and images.max() <= 1, \"images must have values in [0, 1]\"\n"),
    M("classifier switched to train mode for the prediction", G, "    predicted = predict_digits(classifier, images)",
      "    classifier.train()\n    with torch.no_grad():\n        predicted = classifier(images).argmax(dim=1)"),
]

ALTERNATIVES = [
    A("torch.eye indexed with int64 labels, set of allowed dtypes", "one_hot",
      "    integer_dtypes = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)",
      "    integer_dtypes = {torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8}",
      ONE_HOT_RETURN, "    return torch.eye(n_classes, dtype=torch.float32)[labels.long()]"),
    A("scatter_ into zeros, any()-based range test", "one_hot",
      "    if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):",
      "    if bool(((labels.long() < 0) | (labels.long() >= n_classes)).any()):",
      ONE_HOT_RETURN,
      "    out = torch.zeros(len(labels), n_classes)\n    out.scatter_(1, labels.long()[:, None], 1.0)\n    return out"),
    A("nn.Flatten and separate helper for the concatenation", "ConditionalVAE", source='''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden=hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim=latent_dim + n_classes, hidden=hidden[::-1])

    def _with_label(self, values, labels):
        return torch.cat([values, one_hot(labels, self.n_classes)], dim=1)

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        mu, logvar = self.encoder(self._with_label(nn.Flatten()(x), labels))
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        return self.decoder(self._with_label(z, labels)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return self.decoder(self._with_label(z, labels)).sigmoid()
'''),
    A("model.zero_grad and float()", "train_step",
      "    optimizer.zero_grad()\n    total.backward()\n    optimizer.step()\n    return total.item(), reconstruction.item(), kl.item()",
      "    model.zero_grad()\n    total.backward()\n    optimizer.step()\n    return float(total), float(reconstruction), float(kl)"),
    A("classifier called directly in eval mode, previous mode restored", "recognised_share",
      "    predicted = predict_digits(classifier, images)\n    return (predicted == labels).float().mean().item()",
      "    was_training = classifier.training\n    classifier.eval()\n    with torch.no_grad():\n"
      "        predicted = classifier(images).argmax(dim=1)\n    classifier.train(was_training)\n"
      "    return predicted.eq(labels).sum().item() / len(labels)"),
    A("range check with torch.any and a named message", "recognised_share",
      "    if images.numel() > 0 and (images.min() < 0 or images.max() > 1):",
      "    if bool(torch.any((images < 0) | (images > 1))):"),
]
