"""Blind corpus, round 9: notebook 08 (the conditional VAE). Wrong and alternative-correct answers, from the statements alone."""
import textwrap

NOTEBOOK = "08_conditional_vae"

# --- templates (generated from the student notebook) ---
TEMPLATES = {
    'one_hot': 'def one_hot(labels, n_classes=10):\n    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.\n\n    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1\n    n_classes: the number of classes C\n    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere\n    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range\n    """\n    @@BODY0@@',
    'ConditionalVAE': 'class ConditionalVAE(nn.Module):\n    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).\n\n    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)\n    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)\n    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)\n    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)\n    """\n\n    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):\n        super().__init__()\n        self.latent_dim, self.n_classes = latent_dim, n_classes\n        @@BODY0@@\n\n    def forward(self, x, labels):\n        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.\n\n        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from\n        q(z | x, c) in training mode and set to mu in eval mode.\n        """\n        @@BODY1@@\n\n    @torch.no_grad()\n    def generate(self, labels, generator=None):\n        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.\n\n        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).\n        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].\n        """\n        @@BODY2@@',
    'train_step': 'def train_step(model, optimizer, x, labels, beta=1.0):\n    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).\n\n    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters\n    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term\n    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch\n    """\n    @@BODY0@@',
    'recognised_share': 'def recognised_share(classifier, images, labels):\n    """The share of images that the classifier recognises as their requested label.\n\n    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes\n    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N\n    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)\n    """\n    @@BODY0@@',
}
# --- end of templates ---


def fill(grade_id, *bodies, prefix="", replace=()):
    """The whole cell source: the template with each @@BODYi@@ marker replaced by bodies[i] (re-indented).

    prefix: module-level code put before the cell's definitions; replace: (old, new) pairs applied at the end
    (e.g. to change a default argument of the given signature).
    """
    out = []
    for line in TEMPLATES[grade_id].split("\n"):
        marker = line.strip()
        if marker.startswith("@@BODY") and marker.endswith("@@"):
            pad = line[: len(line) - len(line.lstrip())]
            body = textwrap.dedent(bodies[int(marker[6:-2])]).strip("\n")
            out += [pad + text if text.strip() else "" for text in body.split("\n")]
        else:
            out.append(line)
    source = "\n".join(out)
    if prefix:
        source = textwrap.dedent(prefix).strip("\n") + "\n\n\n" + source
    for old, new in replace:
        assert old in source, (grade_id, old)
        source = source.replace(old, new)
    return source


MISTAKES, ALTERNATIVES = [], []


def mistake(name, grade_id, *bodies, prefix="", replace=()):
    MISTAKES.append(dict(name=name, grade_id=grade_id, source=fill(grade_id, *bodies, prefix=prefix, replace=replace)))


def alternative(name, grade_id, *bodies, prefix="", replace=()):
    ALTERNATIVES.append(dict(name=name, grade_id=grade_id,
                             source=fill(grade_id, *bodies, prefix=prefix, replace=replace)))


# ----------------------------------------------------------------------------------------------------------
# Exercise 1: one_hot
G = "one_hot"
INTEGER_TYPES = "_INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)"
ONE_HOT = """
if not isinstance(labels, torch.Tensor) or labels.dtype not in _INTEGER_DTYPES:
    raise TypeError(f"labels must be an integer tensor, got {type(labels).__name__} {getattr(labels, 'dtype', '')}")
if labels.dim() != 1:
    raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):
    raise ValueError(f"labels must be in 0 .. {n_classes - 1}, got {labels.min().item()} .. {labels.max().item()}")
return F.one_hot(labels.long(), n_classes).float()
"""
mistake("no .long(): F.one_hot rejects int32/int16/int8/uint8 labels (a RuntimeError, not a one-hot)", G,
        ONE_HOT.replace("F.one_hot(labels.long(), n_classes)", "F.one_hot(labels, n_classes)"), prefix=INTEGER_TYPES)
mistake("returns int64 (no .float())", G,
        ONE_HOT.replace("F.one_hot(labels.long(), n_classes).float()", "F.one_hot(labels.long(), n_classes)"),
        prefix=INTEGER_TYPES)
mistake("torch.eye(n_classes)[labels] with no checks: -1 silently becomes the last class, floats raise IndexError", G,
        "return torch.eye(n_classes)[labels]")
mistake("range check with > n_classes: the label n_classes is accepted (off by one)", G,
        ONE_HOT.replace("labels.max() >= n_classes", "labels.max() > n_classes"), prefix=INTEGER_TYPES)
mistake("accepts int64 only: int32 labels raise a TypeError", G,
        ONE_HOT.replace("labels.dtype not in _INTEGER_DTYPES", "labels.dtype != torch.int64"), prefix=INTEGER_TYPES)
mistake("type test with is_floating_point(): boolean (and complex) labels are accepted", G,
        ONE_HOT.replace("labels.dtype not in _INTEGER_DTYPES", "labels.is_floating_point()"), prefix=INTEGER_TYPES)
mistake("no isinstance test: a Python list raises AttributeError instead of TypeError", G,
        ONE_HOT.replace("not isinstance(labels, torch.Tensor) or labels.dtype not in _INTEGER_DTYPES",
                        "labels.dtype not in _INTEGER_DTYPES"), prefix=INTEGER_TYPES)
mistake("exception types swapped: ValueError for a wrong type, TypeError for bad values", G,
        ONE_HOT.replace("raise TypeError", "raise _A").replace("raise ValueError", "raise TypeError").replace("raise _A", "raise ValueError"),
        prefix=INTEGER_TYPES)
mistake("no check of the number of dimensions: a 2-D label tensor gives a 3-D result", G,
        ONE_HOT.replace('if labels.dim() != 1:\n    raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")\n', ""),
        prefix=INTEGER_TYPES)
mistake("checks with assert: AssertionError instead of TypeError / ValueError", G,
        """
        assert isinstance(labels, torch.Tensor) and labels.dtype in _INTEGER_DTYPES, "labels must be integers"
        assert labels.dim() == 1, "labels must be 1-D"
        assert len(labels) == 0 or (labels.min() >= 0 and labels.max() < n_classes), "label out of range"
        return F.one_hot(labels.long(), n_classes).float()
        """, prefix=INTEGER_TYPES)
mistake("hard-codes 10 classes", G, ONE_HOT.replace("n_classes", "10"), prefix=INTEGER_TYPES)
mistake("crashes on an empty batch (labels.min() of an empty tensor)", G,
        ONE_HOT.replace("if len(labels) > 0 and (labels.min() < 0", "if (labels.min() < 0"), prefix=INTEGER_TYPES)
mistake("float64 one-hot (.double())", G, ONE_HOT.replace(".float()\n", ".double()\n"), prefix=INTEGER_TYPES)
mistake("only rejects 0-d tensors (dim() == 0), not 2-D ones", G,
        ONE_HOT.replace("if labels.dim() != 1:", "if labels.dim() == 0:"), prefix=INTEGER_TYPES)
mistake("accepts int32 and int64 only (int16, int8 and uint8 raise TypeError)", G,
        ONE_HOT, prefix="_INTEGER_DTYPES = (torch.int64, torch.int32)")
mistake("F.one_hot without num_classes: the width is max(label) + 1, not n_classes", G,
        ONE_HOT.replace("F.one_hot(labels.long(), n_classes)", "F.one_hot(labels.long())"), prefix=INTEGER_TYPES)
mistake("rounds float labels instead of rejecting them (3.7 becomes 4)", G,
        """
        if not isinstance(labels, torch.Tensor):
            raise TypeError("labels must be a tensor")
        if labels.is_floating_point():
            labels = labels.round()
        labels = labels.long()
        if labels.dim() != 1:
            raise ValueError("labels must be 1-D")
        if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):
            raise ValueError("label out of range")
        return F.one_hot(labels, n_classes).float()
        """)
mistake("checks the range before the type: a float tensor with 3.7 passes the range test and is truncated by .long()", G,
        """
        if not isinstance(labels, torch.Tensor):
            raise TypeError("labels must be a tensor")
        if labels.dim() != 1:
            raise ValueError("labels must be 1-D")
        if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):
            raise ValueError("label out of range")
        return F.one_hot(labels.long(), n_classes).float()
        """)

alternative("scatter into a zero matrix; dtype test with torch.is_floating_point and an explicit set", G,
            """
            allowed = {torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8}
            if not torch.is_tensor(labels) or labels.dtype not in allowed:
                raise TypeError(f"expected an integer tensor of labels, got {labels!r:.60}")
            if labels.ndim != 1:
                raise ValueError(f"expected labels of shape (B,), got {tuple(labels.shape)}")
            index = labels.to(torch.int64)
            if bool(((index < 0) | (index >= n_classes)).any()):
                raise ValueError(f"labels must lie in [0, {n_classes}), got {index.tolist()[:10]}")
            out = torch.zeros(len(index), n_classes, dtype=torch.float32)
            return out.scatter_(1, index[:, None], 1.0)
            """)
alternative("torch.eye rows after the checks", G,
            ONE_HOT.replace("return F.one_hot(labels.long(), n_classes).float()",
                            "return torch.eye(n_classes, dtype=torch.float32)[labels.long()]"),
            prefix=INTEGER_TYPES)

# ----------------------------------------------------------------------------------------------------------
# Exercise 2: ConditionalVAE
G = "ConditionalVAE"
CINIT = """
self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))
"""
CFWD = """
c = one_hot(labels, self.n_classes)
mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
z = reparameterize(mu, logvar) if self.training else mu
return self.decoder(torch.cat([z, c], dim=1)), mu, logvar
"""
CGEN = """
z = torch.randn(len(labels), self.latent_dim, generator=generator)
return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
"""
mistake("decoder's hidden widths not reversed (same as the encoder's)", G,
        CINIT.replace("tuple(reversed(hidden))", "hidden"), CFWD, CGEN)
mistake("one-hot first, then the image / code (wrong concatenation order)", G, CINIT,
        CFWD.replace("torch.cat([x.reshape(len(x), -1), c], dim=1)", "torch.cat([c, x.reshape(len(x), -1)], dim=1)")
            .replace("torch.cat([z, c], dim=1)", "torch.cat([c, z], dim=1)"),
        CGEN.replace("torch.cat([z, one_hot(labels, self.n_classes)], dim=1)", "torch.cat([one_hot(labels, self.n_classes), z], dim=1)"))
mistake("the decoder does not get the label (a plain decoder of z)", G,
        CINIT.replace("DenseDecoder(latent_dim + n_classes,", "DenseDecoder(latent_dim,"),
        CFWD.replace("self.decoder(torch.cat([z, c], dim=1))", "self.decoder(z)"),
        "return torch.sigmoid(self.decoder(torch.randn(len(labels), self.latent_dim, generator=generator)))")
mistake("the encoder does not get the label", G,
        CINIT.replace("in_features=784 + n_classes", "in_features=784"),
        CFWD.replace("self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))", "self.encoder(x.reshape(len(x), -1))"), CGEN)
mistake("always samples z, also in eval mode", G, CINIT,
        CFWD.replace("z = reparameterize(mu, logvar) if self.training else mu", "z = reparameterize(mu, logvar)"), CGEN)
mistake("never samples: decodes mu in training mode too", G, CINIT,
        CFWD.replace("z = reparameterize(mu, logvar) if self.training else mu", "z = mu"), CGEN)
mistake("generate ignores the generator (global RNG)", G, CINIT, CFWD,
        CGEN.replace("torch.randn(len(labels), self.latent_dim, generator=generator)", "torch.randn(len(labels), self.latent_dim)"))
mistake("generate returns the logits", G, CINIT, CFWD,
        CGEN.replace("return torch.sigmoid(self.decoder(", "return (self.decoder(").replace("dim=1)))", "dim=1)))"))
mistake("one_hot called with its default 10 classes in forward and generate: wrong for other n_classes", G, CINIT,
        CFWD.replace("one_hot(labels, self.n_classes)", "one_hot(labels)"),
        CGEN.replace("one_hot(labels, self.n_classes)", "one_hot(labels)"))
mistake("encoder input size hard-coded to 794 (784 + 10)", G,
        CINIT.replace("in_features=784 + n_classes", "in_features=794"), CFWD, CGEN)
mistake("generate hard-codes 2-D codes", G, CINIT, CFWD,
        CGEN.replace("torch.randn(len(labels), self.latent_dim, generator=generator)", "torch.randn(len(labels), 2, generator=generator)"))
mistake("generate draws one code per label in a loop: not the single draw torch.randn(n, latent_dim, generator=...)", G,
        CINIT, CFWD,
        CGEN.replace("z = torch.randn(len(labels), self.latent_dim, generator=generator)",
                     "z = torch.stack([torch.randn(self.latent_dim, generator=generator) for _ in range(len(labels))])"))
mistake("generate reseeds the caller's generator with 0", G, CINIT, CFWD,
        "if generator is not None:\n    generator.manual_seed(0)\n" + CGEN)
mistake("samples with unit variance (mu + randn) in training mode, ignoring logvar", G, CINIT,
        CFWD.replace("z = reparameterize(mu, logvar) if self.training else mu", "z = mu + torch.randn_like(mu) if self.training else mu"),
        CGEN)
mistake("generate draws (latent_dim, n) and transposes: other numbers than the specified draw", G, CINIT, CFWD,
        CGEN.replace("torch.randn(len(labels), self.latent_dim, generator=generator)",
                     "torch.randn(self.latent_dim, len(labels), generator=generator).T"))
mistake("tests `if self.train` (a method, always true): samples in eval mode too", G, CINIT,
        CFWD.replace("z = reparameterize(mu, logvar) if self.training else mu", "z = reparameterize(mu, logvar) if self.train else mu"),
        CGEN)
mistake("generate samples the codes with standard deviation 0.5 (a 'temperature')", G, CINIT, CFWD,
        CGEN.replace("z = torch.randn(len(labels), self.latent_dim, generator=generator)",
                     "z = 0.5 * torch.randn(len(labels), self.latent_dim, generator=generator)"))
mistake("encoder under torch.no_grad(): the encoder never learns", G, CINIT,
        """
        c = one_hot(labels, self.n_classes)
        with torch.no_grad():
            mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar
        """, CGEN)

alternative("hidden[::-1] for the decoder, torch.hstack for the concatenations, explicit if/else", G,
            """
            self.encoder = DenseEncoder(latent_dim=latent_dim, hidden=tuple(hidden), in_features=784 + n_classes)
            self.decoder = DenseDecoder(latent_dim=latent_dim + n_classes, hidden=tuple(hidden)[::-1])
            """,
            """
            code = one_hot(labels, self.n_classes)
            mu, logvar = self.encoder(torch.hstack([x.flatten(start_dim=1), code]))
            if self.training:
                z = reparameterize(mu, logvar)
            else:
                z = mu
            logits = self.decoder(torch.hstack([z, code]))
            return logits, mu, logvar
            """,
            """
            n = len(labels)
            z = torch.randn(n, self.latent_dim, generator=generator)
            logits = self.decoder(torch.cat((z, one_hot(labels, n_classes=self.n_classes)), dim=-1))
            return logits.sigmoid()
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 3: train_step (with labels)
G = "train_step"
mistake("no optimizer.zero_grad()", G,
        """
        logits, mu, logvar = model(x, labels)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        total.backward()
        optimizer.step()
        return total.item(), reconstruction.item(), kl.item()
        """)
mistake("zero_grad between backward and step", G,
        """
        logits, mu, logvar = model(x, labels)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        total.backward()
        optimizer.zero_grad()
        optimizer.step()
        return total.item(), reconstruction.item(), kl.item()
        """)
mistake("beta not passed on", G,
        """
        logits, mu, logvar = model(x, labels)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar)
        optimizer.zero_grad()
        total.backward()
        optimizer.step()
        return total.item(), reconstruction.item(), kl.item()
        """)
mistake("returns tensors, not floats", G,
        """
        logits, mu, logvar = model(x, labels)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        optimizer.zero_grad()
        total.backward()
        optimizer.step()
        return total, reconstruction, kl
        """)
mistake("returns the losses after the update (a second forward pass)", G,
        """
        logits, mu, logvar = model(x, labels)
        loss = negative_elbo(logits, x, mu, logvar, beta)[0]
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        with torch.no_grad():
            logits, mu, logvar = model(x, labels)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        return total.item(), reconstruction.item(), kl.item()
        """)
mistake("back-propagates the reconstruction only", G,
        """
        logits, mu, logvar = model(x, labels)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        optimizer.zero_grad()
        reconstruction.backward()
        optimizer.step()
        return total.item(), reconstruction.item(), kl.item()
        """)
mistake("puts the model in eval mode before the forward pass (decodes mu)", G,
        """
        model.eval()
        logits, mu, logvar = model(x, labels)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        optimizer.zero_grad()
        total.backward()
        optimizer.step()
        model.train()
        return total.item(), reconstruction.item(), kl.item()
        """)
mistake("a new SGD optimiser on every call instead of the given one", G,
        """
        optimizer = torch.optim.SGD(model.parameters(), lr=1e-2)
        logits, mu, logvar = model(x, labels)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        optimizer.zero_grad()
        total.backward()
        optimizer.step()
        return total.item(), reconstruction.item(), kl.item()
        """)
mistake("KL weighted by beta twice (beta passed on and the kl scaled again in the loss)", G,
        """
        logits, mu, logvar = model(x, labels)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        loss = reconstruction + beta * (beta * kl)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        return total.item(), reconstruction.item(), kl.item()
        """)
mistake("step before backward", G,
        """
        logits, mu, logvar = model(x, labels)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        optimizer.zero_grad()
        optimizer.step()
        total.backward()
        return total.item(), reconstruction.item(), kl.item()
        """)
mistake("shuffles the labels within the batch ('augmentation'): images trained with the wrong classes", G,
        """
        labels = labels[torch.randperm(len(labels))]
        logits, mu, logvar = model(x, labels)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        optimizer.zero_grad()
        total.backward()
        optimizer.step()
        return total.item(), reconstruction.item(), kl.item()
        """)
mistake("sums the per-image losses over the batch before backward (total * B)", G,
        """
        logits, mu, logvar = model(x, labels)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        optimizer.zero_grad()
        (total * x.shape[0]).backward()
        optimizer.step()
        return total.item(), reconstruction.item(), kl.item()
        """)

alternative("zero_grad first, float() conversions", G,
            """
            optimizer.zero_grad()
            logits, mu, logvar = model(x, labels)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta=beta)
            total.backward()
            optimizer.step()
            return float(total), float(reconstruction), float(kl)
            """)

# ----------------------------------------------------------------------------------------------------------
# Exercise 4: recognised_share
G = "recognised_share"
SHARE = """
if len(images) != len(labels):
    raise ValueError(f"{len(images)} images but {len(labels)} labels")
if images.min() < 0 or images.max() > 1:
    raise ValueError("images must have values in [0, 1] (logits passed by mistake?)")
predicted = predict_digits(classifier, images)
return (predicted == labels).float().mean().item()
"""
mistake("no range check: logits are judged as if they were images", G,
        SHARE.replace('if images.min() < 0 or images.max() > 1:\n    raise ValueError("images must have values in [0, 1] (logits passed by mistake?)")\n', ""))
mistake("no length check: a shorter label tensor broadcasts or fails with another error", G,
        SHARE.replace('if len(images) != len(labels):\n    raise ValueError(f"{len(images)} images but {len(labels)} labels")\n', ""))
mistake("calls the classifier directly without classifier.eval(): dropout stays on", G,
        SHARE.replace("predicted = predict_digits(classifier, images)",
                      "with torch.no_grad():\n    predicted = classifier(images).argmax(dim=1)"))
mistake("returns a tensor instead of a Python float", G,
        SHARE.replace("return (predicted == labels).float().mean().item()", "return (predicted == labels).float().mean()"))
mistake("returns the number of recognised images, not the share", G,
        SHARE.replace("return (predicted == labels).float().mean().item()", "return float((predicted == labels).sum())"))
mistake("returns a percentage", G,
        SHARE.replace("return (predicted == labels).float().mean().item()", "return 100 * (predicted == labels).float().mean().item()"))
mistake("argmax over the batch dimension", G,
        SHARE.replace("predicted = predict_digits(classifier, images)",
                      "classifier.eval()\nwith torch.no_grad():\n    predicted = classifier(images).argmax(dim=0)"))
mistake("clamps the images to [0, 1] instead of raising", G,
        SHARE.replace('if images.min() < 0 or images.max() > 1:\n    raise ValueError("images must have values in [0, 1] (logits passed by mistake?)")\n',
                      "images = images.clamp(0, 1)\n"))
mistake("rejects images that reach 1 exactly (>= 1)", G, SHARE.replace("images.max() > 1", "images.max() >= 1"))
mistake("rejects images that reach 0 exactly (<= 0)", G, SHARE.replace("images.min() < 0", "images.min() <= 0"))
mistake("only checks the upper bound: negative logits pass", G, SHARE.replace("images.min() < 0 or images.max() > 1", "images.max() > 1"))
mistake("applies a sigmoid to the images 'in case they are logits'", G,
        SHARE.replace('if images.min() < 0 or images.max() > 1:\n    raise ValueError("images must have values in [0, 1] (logits passed by mistake?)")\n',
                      "images = torch.sigmoid(images)\n"))
mistake("length check with assert (AssertionError instead of ValueError)", G,
        SHARE.replace('if len(images) != len(labels):\n    raise ValueError(f"{len(images)} images but {len(labels)} labels")\n',
                      'assert len(images) == len(labels), "lengths differ"\n'))
mistake("average of the per-class shares (balanced accuracy) instead of the share of all images", G,
        SHARE.replace("return (predicted == labels).float().mean().item()",
                      "shares = [(predicted[labels == c] == c).float().mean() for c in labels.unique()]\n"
                      "return torch.stack(shares).mean().item()"))
mistake("range check on the mean pixel value instead of every pixel", G,
        SHARE.replace("images.min() < 0 or images.max() > 1", "images.mean() < 0 or images.mean() > 1"))

alternative("classifier.eval() and argmax by hand, comparisons counted with sum / len", G,
            """
            if images.shape[0] != labels.shape[0]:
                raise ValueError("images and labels must have the same length")
            if bool(((images < 0) | (images > 1)).any()):
                raise ValueError("images must lie in [0, 1]")
            classifier.eval()
            with torch.no_grad():
                predicted = classifier(images).argmax(dim=1)
            return int((predicted == labels).sum()) / len(labels)
            """)
