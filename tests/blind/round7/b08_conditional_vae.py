"""Round 7 blind test cases for notebook 08_conditional_vae (written from the student notebook only)."""

NOTEBOOK = "08_conditional_vae"


def mut(template, old, new, count=1):
    """Replace `old` by `new` in `template`, insisting that `old` occurs exactly `count` times."""
    found = template.count(old)
    assert found == count, (old, found)
    return template.replace(old, new)


ONEHOT = '''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    integer_types = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, got {type(labels).__name__}")
    if labels.dtype not in integer_types:
        raise TypeError(f"labels must have an integer dtype, got {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0..{n_classes - 1}, got values from {labels.min().item()} to {labels.max().item()}")
    return F.one_hot(labels.long(), n_classes).float()
'''

CVAE = '''class ConditionalVAE(nn.Module):
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
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
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

STEP = '''def train_step(model, optimizer, x, labels, beta=1.0):
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

SHARE = '''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1] (were logits passed instead of probabilities?)")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''

M = []
A = []


def mistake(name, gid, source):
    M.append(dict(name=name, grade_id=gid, source=source))


def alternative(name, gid, source):
    A.append(dict(name=name, grade_id=gid, source=source))


# ----------------------------------------------------------------------------- one_hot
g = "one_hot"
mistake("F.one_hot without .long(): fails for int32, int16, int8 and uint8 labels", g,
        mut(ONEHOT, "F.one_hot(labels.long(), n_classes).float()", "F.one_hot(labels, n_classes).float()"))
mistake("rejects only floating dtypes (bool labels slip through)", g,
        mut(ONEHOT, "    if labels.dtype not in integer_types:\n", "    if labels.is_floating_point():\n"))
mistake("upper bound off by one: label == n_classes not rejected by the check", g,
        mut(ONEHOT, "labels.max() >= n_classes", "labels.max() > n_classes"))
mistake("no check for negative labels", g, mut(ONEHOT, "(labels.min() < 0 or labels.max() >= n_classes)", "labels.max() >= n_classes"))
mistake("raises ValueError (not TypeError) for a non-integer dtype", g,
        mut(ONEHOT, '        raise TypeError(f"labels must have an integer dtype, got {labels.dtype}")',
            '        raise ValueError(f"labels must have an integer dtype, got {labels.dtype}")'))
mistake("converts lists and arrays with torch.as_tensor instead of rejecting them", g,
        mut(ONEHOT, '''    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, got {type(labels).__name__}")
''', '''    if not isinstance(labels, torch.Tensor):
        labels = torch.as_tensor(labels)
'''))
mistake("no 1-D check", g,
        mut(ONEHOT, '''    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
''', ""))
mistake("n_classes not passed to F.one_hot (width inferred from the largest label)", g,
        mut(ONEHOT, "F.one_hot(labels.long(), n_classes).float()", "F.one_hot(labels.long()).float()"))
mistake("torch.eye(n_classes)[labels]: uint8 labels are taken as a boolean mask", g,
        mut(ONEHOT, "    return F.one_hot(labels.long(), n_classes).float()\n", "    return torch.eye(n_classes)[labels]\n"))
alternative("scatter into zeros after validation, with a set of allowed dtypes", g,
            mut(mut(ONEHOT, "    integer_types = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)\n",
                    "    integer_types = {torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8}\n"),
                "    return F.one_hot(labels.long(), n_classes).float()\n",
                "    encoded = torch.zeros(len(labels), n_classes, dtype=torch.float32)\n"
                "    encoded[torch.arange(len(labels)), labels.long()] = 1.0\n    return encoded\n"))
alternative("torch.eye indexed with int64 labels, range checked with any()", g,
            mut(mut(ONEHOT, "    if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):\n",
                    "    if bool(((labels < 0) | (labels >= n_classes)).any()):\n"),
                "    return F.one_hot(labels.long(), n_classes).float()\n", "    return torch.eye(n_classes, dtype=torch.float32)[labels.long()]\n"))

# ----------------------------------------------------------------------------- ConditionalVAE
g = "ConditionalVAE"
mistake("encoder input in the wrong order: [one-hot ; x]", g,
        mut(CVAE, "torch.cat([x.reshape(len(x), -1), c], dim=1)", "torch.cat([c, x.reshape(len(x), -1)], dim=1)"))
mistake("decoder not conditioned: it decodes z alone", g,
        mut(mut(mut(CVAE, "self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))",
                    "self.decoder = DenseDecoder(latent_dim, tuple(reversed(hidden)))"),
                "        logits = self.decoder(torch.cat([z, c], dim=1))\n", "        logits = self.decoder(z)\n"),
            "        return torch.sigmoid(self.decoder(torch.cat([z, c], dim=1)))\n", "        return torch.sigmoid(self.decoder(z))\n"))
mistake("always samples z, also in eval mode", g,
        mut(CVAE, "        if self.training:\n            z = reparameterize(mu, logvar)\n        else:\n            z = mu\n",
            "        z = reparameterize(mu, logvar)\n"))
mistake("generate ignores the generator (global random state)", g,
        mut(CVAE, "        z = torch.randn(len(labels), self.latent_dim, generator=generator)\n", "        z = torch.randn(len(labels), self.latent_dim)\n"))
mistake("decoder hidden sizes not reversed (same as default only for one hidden layer)", g,
        mut(CVAE, "DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))", "DenseDecoder(latent_dim + n_classes, hidden)"))
mistake("one_hot called with its default 10 classes in forward", g,
        mut(CVAE, "        c = one_hot(labels, self.n_classes)\n        mu, logvar", "        c = one_hot(labels)\n        mu, logvar"))
mistake("the label given to the decoder as one number, not a one-hot", g,
        mut(mut(CVAE, "self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))",
                "self.decoder = DenseDecoder(latent_dim + 1, tuple(reversed(hidden)))"),
            "        logits = self.decoder(torch.cat([z, c], dim=1))\n", "        logits = self.decoder(torch.cat([z, labels[:, None].float()], dim=1))\n")
        .replace("        c = one_hot(labels, self.n_classes)\n        return torch.sigmoid(self.decoder(torch.cat([z, c], dim=1)))\n",
                 "        return torch.sigmoid(self.decoder(torch.cat([z, labels[:, None].float()], dim=1)))\n"))
mistake("generate draws the noise as (latent_dim, n) and transposes it", g,
        mut(CVAE, "        z = torch.randn(len(labels), self.latent_dim, generator=generator)\n", "        z = torch.randn(self.latent_dim, len(labels), generator=generator).T\n"))
mistake("decoder input in the wrong order: [one-hot ; z]", g,
        mut(mut(CVAE, "        logits = self.decoder(torch.cat([z, c], dim=1))\n", "        logits = self.decoder(torch.cat([c, z], dim=1))\n"),
            "        return torch.sigmoid(self.decoder(torch.cat([z, c], dim=1)))\n", "        return torch.sigmoid(self.decoder(torch.cat([c, z], dim=1)))\n"))
mistake("generate decodes with the first label's one-hot for every image", g,
        mut(CVAE, "        c = one_hot(labels, self.n_classes)\n        return", "        c = one_hot(labels[:1], self.n_classes).expand(len(labels), -1)\n        return"))

alternative("a shared helper for the decoder, conditional expression for z", g,
            '''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden=tuple(hidden), in_features=28 * 28 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, hidden=tuple(hidden)[::-1])

    def _decode(self, z, labels):
        return self.decoder(torch.cat((z, one_hot(labels, self.n_classes)), dim=-1))

    def forward(self, x, labels):
        inputs = torch.cat((x.flatten(start_dim=1), one_hot(labels, self.n_classes)), dim=-1)
        mu, logvar = self.encoder(inputs)
        z = reparameterize(mu, logvar) if self.training else mu
        return self._decode(z, labels), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return self._decode(z, labels).sigmoid()
''')

# ----------------------------------------------------------------------------- train_step
g = "train_step"
mistake("never clears the gradients", g, mut(STEP, "    optimizer.zero_grad()\n", ""))
mistake("beta not passed to negative_elbo", g, mut(STEP, "negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu, logvar)"))
mistake("returns tensors", g, mut(STEP, "return total.item(), reconstruction.item(), kl.item()", "return total, reconstruction, kl"))
mistake("returns the losses measured after the update", g,
        mut(STEP, "    return total.item(), reconstruction.item(), kl.item()\n",
            "    with torch.no_grad():\n        logits, mu, logvar = model(x, labels)\n"
            "        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)\n"
            "    return total.item(), reconstruction.item(), kl.item()\n"))
mistake("zero_grad after backward", g,
        mut(STEP, "    optimizer.zero_grad()\n    total.backward()\n", "    total.backward()\n    optimizer.zero_grad()\n"))
mistake("back-propagates the batch sum (total * B)", g, mut(STEP, "    total.backward()\n", "    (total * len(x)).backward()\n"))
mistake("back-propagates reconstruction + kl (beta only in the returned total)", g,
        mut(STEP, "    total.backward()\n", "    (reconstruction + kl).backward()\n"))

alternative("zero_grad first, set_to_none, float() of detached values", g,
            mut(mut(STEP, "    logits, mu, logvar = model(x, labels)\n", "    optimizer.zero_grad(set_to_none=True)\n    logits, mu, logvar = model(x, labels)\n"),
                "    optimizer.zero_grad()\n    total.backward()\n    optimizer.step()\n    return total.item(), reconstruction.item(), kl.item()\n",
                "    total.backward()\n    optimizer.step()\n    return tuple(float(value.detach()) for value in (total, reconstruction, kl))\n"))

# ----------------------------------------------------------------------------- recognised_share
g = "recognised_share"
mistake("calls the classifier directly without classifier.eval() (dropout on)", g,
        mut(SHARE, "    predicted = predict_digits(classifier, images)\n",
            "    with torch.no_grad():\n        predicted = classifier(images).argmax(dim=1)\n"))
mistake("returns a 0-d tensor", g, mut(SHARE, "return (predicted == labels).float().mean().item()", "return (predicted == labels).float().mean()"))
mistake("no range check on the images", g,
        mut(SHARE, '''    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1] (were logits passed instead of probabilities?)")
''', ""))
mistake("checks only the upper end of the range", g, mut(SHARE, "if images.min() < 0 or images.max() > 1:", "if images.max() > 1:"))
mistake("rejects images whose maximum is exactly 1", g, mut(SHARE, "if images.min() < 0 or images.max() > 1:", "if images.min() < 0 or images.max() >= 1:"))
mistake("no length check", g,
        mut(SHARE, '''    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
''', ""))
mistake("clamps the images into [0, 1] instead of raising", g,
        mut(SHARE, '''    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1] (were logits passed instead of probabilities?)")
''', "    images = images.clamp(0, 1)\n"))
mistake("integer division of the count by N", g,
        mut(SHARE, "return (predicted == labels).float().mean().item()", "return (predicted == labels).sum().item() // len(labels)"))

alternative("eval mode and argmax by hand, count over N", g,
            mut(SHARE, "    predicted = predict_digits(classifier, images)\n    return (predicted == labels).float().mean().item()\n",
                "    classifier.eval()\n    with torch.no_grad():\n        predicted = classifier(images).argmax(dim=1)\n"
                "    return (predicted == labels).sum().item() / len(labels)\n"))
alternative("range test with torch.any and aminmax", g,
            mut(SHARE, "    if images.min() < 0 or images.max() > 1:\n",
                "    low, high = torch.aminmax(images)\n    if bool(low < 0) or bool(high > 1):\n"))

MISTAKES = M
ALTERNATIVES = A
