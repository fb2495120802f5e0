"""Blind round 6: wrong and alternative answers for notebook 08_conditional_vae."""

NOTEBOOK = "08_conditional_vae"


def swap(base, old, new):
    assert base.count(old) == 1, (old, base)
    return base.replace(old, new)


ONE_HOT = '''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    integer_dtypes = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, got {type(labels).__name__}")
    if labels.dtype not in integer_dtypes:
        raise TypeError(f"labels must have an integer dtype, got {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0..{n_classes - 1}, got values from {labels.min().item()} to {labels.max().item()}")
    return F.one_hot(labels.long(), n_classes).float()
'''

CVAE_INIT = '''        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))
'''
CVAE_FORWARD = '''        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar
'''
CVAE_GENERATE = '''        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
'''


def cvae(init=CVAE_INIT, forward=CVAE_FORWARD, generate=CVAE_GENERATE):
    return '''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
''' + init + '''
    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
''' + forward + '''
    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
''' + generate


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

MISTAKES = [
    # ---- one_hot
    dict(name="no .long() before F.one_hot (fails for int32/int16/int8/uint8 labels)", grade_id="one_hot",
         source=swap(ONE_HOT, "F.one_hot(labels.long(), n_classes)", "F.one_hot(labels, n_classes)")),
    dict(name="returns int64 (no .float())", grade_id="one_hot",
         source=swap(ONE_HOT, "F.one_hot(labels.long(), n_classes).float()", "F.one_hot(labels.long(), n_classes)")),
    dict(name="dtype check only rejects floating dtypes (bool and complex pass)", grade_id="one_hot",
         source=swap(ONE_HOT, "if labels.dtype not in integer_dtypes:", "if labels.dtype.is_floating_point:")),
    dict(name="range check > n_classes instead of >= (label n_classes slips through to F.one_hot)", grade_id="one_hot",
         source=swap(ONE_HOT, "labels.max() >= n_classes", "labels.max() > n_classes")),
    dict(name="range check forgets negative labels", grade_id="one_hot",
         source=swap(ONE_HOT, "(labels.min() < 0 or labels.max() >= n_classes)", "labels.max() >= n_classes")),
    dict(name="raises ValueError for a float tensor (TypeError expected)", grade_id="one_hot",
         source=swap(ONE_HOT, 'raise TypeError(f"labels must have an integer dtype', 'raise ValueError(f"labels must have an integer dtype')),
    dict(name="no 1-D check (a (B, 1) tensor gives a (B, 1, C) result)", grade_id="one_hot",
         source=swap(ONE_HOT, '''    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
''', "")),
    dict(name="torch.eye(n_classes)[labels] without .long() (uint8 labels act as a boolean mask)", grade_id="one_hot",
         source=swap(ONE_HOT, "return F.one_hot(labels.long(), n_classes).float()", "return torch.eye(n_classes)[labels]")),
    dict(name="converts lists and arrays with torch.as_tensor instead of raising TypeError", grade_id="one_hot",
         source=swap(ONE_HOT, '''    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, got {type(labels).__name__}")
''', '''    if not isinstance(labels, torch.Tensor):
        labels = torch.as_tensor(labels)
''')),
    dict(name="ignores n_classes: always 10 columns", grade_id="one_hot",
         source=swap(ONE_HOT, "F.one_hot(labels.long(), n_classes)", "F.one_hot(labels.long(), 10)")),
    # ---- ConditionalVAE
    dict(name="one-hot placed before the image in the encoder's input", grade_id="ConditionalVAE",
         source=cvae(forward=swap(CVAE_FORWARD, "torch.cat([x.reshape(len(x), -1), c], dim=1)", "torch.cat([c, x.reshape(len(x), -1)], dim=1)"))),
    dict(name="one-hot placed before the code in the decoder's input", grade_id="ConditionalVAE",
         source=cvae(forward=swap(CVAE_FORWARD, "torch.cat([z, c], dim=1)", "torch.cat([c, z], dim=1)"))),
    dict(name="the encoder is not given the label", grade_id="ConditionalVAE",
         source=cvae(init=swap(CVAE_INIT, "in_features=784 + n_classes", "in_features=784"),
                     forward=swap(CVAE_FORWARD, "self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))", "self.encoder(x.reshape(len(x), -1))"))),
    dict(name="decoder uses the hidden sizes in the encoder's order (not reversed)", grade_id="ConditionalVAE",
         source=cvae(init=swap(CVAE_INIT, "tuple(reversed(hidden))", "hidden"))),
    dict(name="always samples z, also in eval mode", grade_id="ConditionalVAE",
         source=cvae(forward=swap(CVAE_FORWARD, "z = reparameterize(mu, logvar) if self.training else mu", "z = reparameterize(mu, logvar)"))),
    dict(name="always decodes mu, also in training mode", grade_id="ConditionalVAE",
         source=cvae(forward=swap(CVAE_FORWARD, "z = reparameterize(mu, logvar) if self.training else mu", "z = mu"))),
    dict(name="generate ignores the generator (global RNG)", grade_id="ConditionalVAE",
         source=cvae(generate=swap(CVAE_GENERATE, "torch.randn(len(labels), self.latent_dim, generator=generator)", "torch.randn(len(labels), self.latent_dim)"))),
    dict(name="generate returns the logits", grade_id="ConditionalVAE",
         source=cvae(generate=swap(CVAE_GENERATE, "return torch.sigmoid(logits)", "return logits"))),
    dict(name="generate decodes z = 0 (the prior's mean) for every label", grade_id="ConditionalVAE",
         source=cvae(generate=swap(CVAE_GENERATE, "z = torch.randn(len(labels), self.latent_dim, generator=generator)",
                                   "z = torch.zeros(len(labels), self.latent_dim)"))),
    dict(name="hard-codes 10 classes in the encoder's input size", grade_id="ConditionalVAE",
         source=cvae(init=swap(CVAE_INIT, "in_features=784 + n_classes", "in_features=784 + 10"))),
    # ---- train_step
    dict(name="no zero_grad (gradients accumulate over steps)", grade_id="train_step",
         source=swap(STEP, "    optimizer.zero_grad()\n", "")),
    dict(name="beta not passed on to the loss", grade_id="train_step",
         source=swap(STEP, "negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu, logvar)")),
    dict(name="returns tensors instead of floats", grade_id="train_step",
         source=swap(STEP, "return total.item(), reconstruction.item(), kl.item()", "return total.detach(), reconstruction.detach(), kl.detach()")),
    dict(name="optimizer.step() before backward (each step uses no or stale gradients)", grade_id="train_step",
         source=swap(STEP, "    optimizer.zero_grad()\n    total.backward()\n    optimizer.step()\n",
                     "    optimizer.zero_grad()\n    optimizer.step()\n    total.backward()\n")),
    dict(name="loss built with kl.item(): the KL term sends no gradient", grade_id="train_step",
         source=swap(STEP, "    optimizer.zero_grad()\n    total.backward()\n",
                     "    loss = reconstruction + beta * kl.item()\n    optimizer.zero_grad()\n    loss.backward()\n")),
    # ---- recognised_share
    dict(name="no check that the images lie in [0, 1]", grade_id="recognised_share",
         source=swap(SHARE, '''    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1] (were logits passed instead of probabilities?)")
''', "")),
    dict(name="no length check (mismatched lengths raise a RuntimeError or broadcast)", grade_id="recognised_share",
         source=swap(SHARE, '''    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
''', "")),
    dict(name="returns a 0-d tensor", grade_id="recognised_share",
         source=swap(SHARE, "return (predicted == labels).float().mean().item()", "return (predicted == labels).float().mean()")),
    dict(name="calls the classifier directly without classifier.eval() (dropout on)", grade_id="recognised_share",
         source=swap(SHARE, "predicted = predict_digits(classifier, images)",
                     "with torch.no_grad():\n        predicted = classifier(images).argmax(dim=1)")),
    dict(name="range check only tests the upper bound (negative logits pass)", grade_id="recognised_share",
         source=swap(SHARE, "if images.min() < 0 or images.max() > 1:", "if images.max() > 1:")),
    dict(name="returns the count instead of the share", grade_id="recognised_share",
         source=swap(SHARE, "(predicted == labels).float().mean().item()", "float((predicted == labels).sum().item())")),
    dict(name="silently applies a sigmoid to images outside [0, 1] instead of raising", grade_id="recognised_share",
         source=swap(SHARE, '''        raise ValueError("images must have values in [0, 1] (were logits passed instead of probabilities?)")''',
                     '''        images = torch.sigmoid(images)''')),
]

ALTERNATIVES = [
    dict(name="one_hot validating with a set of dtypes, building the result by scatter_", grade_id="one_hot",
         source='''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if not torch.is_tensor(labels) or labels.dtype not in {torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8}:
        raise TypeError(f"expected an integer torch.Tensor of labels, got {getattr(labels, 'dtype', type(labels))}")
    if labels.ndim != 1:
        raise ValueError(f"expected 1-D labels, got {labels.ndim} dimensions")
    index = labels.long()
    if bool(((index < 0) | (index >= n_classes)).any()):
        raise ValueError(f"every label must be in [0, {n_classes}), got {index.tolist()}")
    result = torch.zeros(len(index), n_classes, dtype=torch.float32)
    result.scatter_(1, index[:, None], 1.0)
    return result
'''),
    dict(name="one_hot with torch.eye indexed by long labels", grade_id="one_hot",
         source=swap(ONE_HOT, "return F.one_hot(labels.long(), n_classes).float()",
                     "return torch.eye(n_classes, dtype=torch.float32)[labels.to(torch.int64)]")),
    dict(name="ConditionalVAE with a helper that appends the one-hot, flatten(1) and [::-1] reversal", grade_id="ConditionalVAE",
         source=cvae(init='''        self.encoder = DenseEncoder(latent_dim, hidden=tuple(hidden), in_features=28 * 28 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, hidden=tuple(hidden)[::-1])

    def _with_label(self, values, labels):
        return torch.cat((values, one_hot(labels, self.n_classes)), dim=-1)
''', forward='''        mu, logvar = self.encoder(self._with_label(x.flatten(1), labels))
        z = mu
        if self.training:
            z = reparameterize(mu, logvar)
        return self.decoder(self._with_label(z, labels)), mu, logvar
''', generate='''        codes = torch.randn(len(labels), self.latent_dim, generator=generator)
        return self.decoder(self._with_label(codes, labels)).sigmoid()
''')),
    dict(name="train_step with zero_grad first and a tuple of .item() values", grade_id="train_step",
         source='''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    optimizer.zero_grad()
    logits, mu, logvar = model(x, labels)
    parts = negative_elbo(logits, x, mu, logvar, beta=beta)
    parts[0].backward()
    optimizer.step()
    return tuple(part.item() for part in parts)
'''),
    dict(name="recognised_share calling the classifier in eval mode under no_grad, mean of a bool tensor via sum/len",
         grade_id="recognised_share",
         source='''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if images.shape[0] != labels.shape[0]:
        raise ValueError("images and labels must have the same length")
    if not bool(((images >= 0) & (images <= 1)).all()):
        raise ValueError("images must lie in [0, 1]")
    classifier.eval()
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=-1)
    return (predicted == labels).sum().item() / len(labels)
'''),
]
