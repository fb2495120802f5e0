NOTEBOOK = "08_conditional_vae"
MISTAKES, ALTERNATIVES = [], []


def M(name, gid, src):
    MISTAKES.append(dict(name=name, grade_id=gid, source=src))


def A(name, gid, src):
    ALTERNATIVES.append(dict(name=name, grade_id=gid, source=src))


OH = '''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
{body}
'''
INTS = "(torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)"
CHK_T = "    if not isinstance(labels, torch.Tensor) or labels.dtype not in " + INTS + ":\n        raise TypeError(f'labels must be an integer tensor, got {type(labels).__name__} {getattr(labels, \"dtype\", \"\")}')\n"
CHK_D = "    if labels.dim() != 1:\n        raise ValueError(f'labels must be 1-D, got shape {tuple(labels.shape)}')\n"
CHK_R = "    if len(labels) > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):\n        raise ValueError(f'labels must be in 0..{n_classes - 1}')\n"
RET = "    return F.one_hot(labels.long(), n_classes).float()"
for name, body in [
    ("no .long(): F.one_hot rejects int32/int16/int8/uint8 labels", CHK_T + CHK_D + CHK_R + "    return F.one_hot(labels, n_classes).float()"),
    (".min() on an empty batch raises instead of returning (0, C)", CHK_T + CHK_D + "    if labels.min() < 0 or labels.max() >= n_classes:\n        raise ValueError('label out of range')\n" + RET),
    ("type check only rejects floats: bool labels accepted", "    if not isinstance(labels, torch.Tensor) or labels.dtype.is_floating_point:\n        raise TypeError('labels must be an integer tensor')\n" + CHK_D + CHK_R + RET),
    ("ValueError (not TypeError) for float labels", "    if not isinstance(labels, torch.Tensor):\n        raise TypeError('labels must be a tensor')\n    if labels.dtype not in " + INTS + ":\n        raise ValueError('labels must be integers')\n" + CHK_D + CHK_R + RET),
    ("TypeError (not ValueError) for out-of-range labels", CHK_T + CHK_D + "    if len(labels) > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):\n        raise TypeError('label out of range')\n" + RET),
    ("no range check: negative labels give F.one_hot's RuntimeError", CHK_T + CHK_D + RET),
    ("off by one: label == n_classes accepted", CHK_T + CHK_D + "    if len(labels) > 0 and (int(labels.min()) < 0 or int(labels.max()) > n_classes):\n        raise ValueError('label out of range')\n" + RET),
    ("returns int64, not float32", CHK_T + CHK_D + CHK_R + "    return F.one_hot(labels.long(), n_classes)"),
    ("F.one_hot without num_classes: width max(label) + 1", CHK_T + CHK_D + CHK_R + "    return F.one_hot(labels.long()).float()"),
    ("2-D labels flattened instead of rejected", CHK_T + CHK_R.replace("labels.min", "labels.flatten().min").replace("labels.max", "labels.flatten().max") + "    return F.one_hot(labels.flatten().long(), n_classes).float()"),
    ("uint8 missing from the accepted dtypes", "    if not isinstance(labels, torch.Tensor) or labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8):\n        raise TypeError('labels must be an integer tensor')\n" + CHK_D + CHK_R + RET),
    ("assert instead of raise: AssertionError", "    assert isinstance(labels, torch.Tensor) and labels.dtype in " + INTS + ", 'labels must be integers'\n    assert labels.dim() == 1, 'labels must be 1-D'\n    assert len(labels) == 0 or (labels.min() >= 0 and labels.max() < n_classes), 'label out of range'\n" + RET),
    ("converts Python lists instead of raising TypeError", "    if not isinstance(labels, torch.Tensor):\n        labels = torch.as_tensor(labels)\n    if labels.dtype not in " + INTS + ":\n        raise TypeError('labels must be integers')\n" + CHK_D + CHK_R + RET),
    ("only rejects ndim > 1: a 0-d scalar is accepted", CHK_T + "    if labels.dim() > 1:\n        raise ValueError('labels must be 1-D')\n    labels = labels.reshape(-1)\n" + CHK_R + RET),
    ("float64 output", CHK_T + CHK_D + CHK_R + "    return F.one_hot(labels.long(), n_classes).double()"),
    ("n_classes ignored: always 10 columns", CHK_T + CHK_D + CHK_R.replace("n_classes", "10") + "    return F.one_hot(labels.long(), 10).float()"),
]:
    M(name, "one_hot", OH.format(body=body))
A("torch.eye indexing after validation, is_floating_point checks", "one_hot", OH.format(body='''    allowed = {torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8}
    if not torch.is_tensor(labels):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels)}")
    if labels.dtype not in allowed:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.ndim != 1:
        raise ValueError(f"labels must be 1-D, not of shape {tuple(labels.shape)}")
    if ((labels.long() < 0) | (labels.long() >= n_classes)).any():
        raise ValueError(f"every label must be in 0..{n_classes - 1}")
    return torch.eye(n_classes, dtype=torch.float32)[labels.long()]'''))
A("scatter into zeros", "one_hot", OH.format(body=CHK_T + CHK_D + "    bad = (labels.long() < 0) | (labels.long() >= n_classes)\n    if bad.any():\n        raise ValueError('labels out of range 0..n_classes-1')\n    out = torch.zeros(len(labels), n_classes)\n    out[torch.arange(len(labels)), labels.long()] = 1.0\n    return out"))

CV = '''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
{init}

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers."""
{fwd}

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label."""
{gen}
'''
CI0 = '''        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))'''
CF0 = '''        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar'''
CG0 = '''        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))'''
for name, init, fwd, gen in [
    ("one-hot placed before the image and the code", CI0, CF0.replace("torch.cat([x.reshape(len(x), -1), c], dim=1)", "torch.cat([c, x.reshape(len(x), -1)], dim=1)").replace("torch.cat([z, c], dim=1)", "torch.cat([c, z], dim=1)"), CG0.replace("torch.cat([z, one_hot(labels, self.n_classes)], dim=1)", "torch.cat([one_hot(labels, self.n_classes), z], dim=1)")),
    ("decoder hidden widths not reversed", CI0.replace("tuple(reversed(hidden))", "hidden"), CF0, CG0),
    ("always samples, also in eval mode", CI0, CF0.replace("reparameterize(mu, logvar) if self.training else mu", "reparameterize(mu, logvar)"), CG0),
    ("never samples in training mode", CI0, CF0.replace("reparameterize(mu, logvar) if self.training else mu", "mu"), CG0),
    ("generate ignores the generator (global RNG)", CI0, CF0, CG0.replace(", generator=generator)", ")")),
    ("generate returns logits", CI0, CF0, "        z = torch.randn(len(labels), self.latent_dim, generator=generator)\n        return self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))"),
    ("one_hot with the default 10 classes instead of self.n_classes", CI0, CF0.replace("one_hot(labels, self.n_classes)", "one_hot(labels)"), CG0.replace("one_hot(labels, self.n_classes)", "one_hot(labels)")),
    ("generate draws one code shared by all labels", CI0, CF0, "        z = torch.randn(1, self.latent_dim, generator=generator).expand(len(labels), -1)\n        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))"),
    ("forward returns probabilities", CI0, CF0.replace("return self.decoder(torch.cat([z, c], dim=1)), mu, logvar", "return torch.sigmoid(self.decoder(torch.cat([z, c], dim=1))), mu, logvar"), CG0),
    ("generate draws uniform codes", CI0, CF0, CG0.replace("torch.randn(", "torch.rand(")),
    ("generate draws (latent_dim, n) and transposes: other values than the stated draw", CI0, CF0, CG0.replace("torch.randn(len(labels), self.latent_dim, generator=generator)", "torch.randn(self.latent_dim, len(labels), generator=generator).T")),
    ("the label is not given to the decoder (zeros instead)", CI0, CF0.replace("torch.cat([z, c], dim=1)", "torch.cat([z, torch.zeros_like(c)], dim=1)"), CG0),
    ("mu detached before sampling", CI0, CF0.replace("reparameterize(mu, logvar) if", "reparameterize(mu.detach(), logvar) if"), CG0),
    ("encoder gets the label twice (in_features 784 + 2C)", CI0.replace("784 + n_classes", "784 + 2 * n_classes"), CF0.replace("torch.cat([x.reshape(len(x), -1), c], dim=1)", "torch.cat([x.reshape(len(x), -1), c, c], dim=1)"), CG0),
    ("generate uses the generator for a seed and reseeds the global RNG", CI0, CF0, "        if generator is not None:\n            torch.manual_seed(int(generator.initial_seed()))\n        z = torch.randn(len(labels), self.latent_dim)\n        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))"),
    ("generate returns a Bernoulli sample", CI0, CF0, CG0.replace("return torch.sigmoid(", "return torch.bernoulli(torch.sigmoid(") + ")"),
]:
    M(name, "ConditionalVAE", CV.format(init=init, fwd=fwd, gen=gen))
A("flatten(1), hidden[::-1], explicit branch", "ConditionalVAE", CV.format(
    init='''        self.encoder = DenseEncoder(latent_dim=latent_dim, hidden=tuple(hidden), in_features=28 * 28 + n_classes)
        self.decoder = DenseDecoder(latent_dim=latent_dim + n_classes, hidden=tuple(hidden)[::-1])''',
    fwd='''        onehot = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.flatten(1), onehot], dim=1))
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        logits = self.decoder(torch.cat([z, onehot], dim=1))
        return logits, mu, logvar''',
    gen='''        codes = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat((codes, one_hot(labels, self.n_classes)), 1))
        return logits.sigmoid()'''))

TS = '''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
{body}
'''
TS0 = "    logits, mu, logvar = model(x, labels)\n    total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)\n    optimizer.zero_grad()\n    total.backward()\n    optimizer.step()\n    return total.item(), rec.item(), kl.item()"
for name, body in [
    ("never clears the gradients", TS0.replace("    optimizer.zero_grad()\n", "")),
    ("step before backward", TS0.replace("    total.backward()\n    optimizer.step()\n", "    optimizer.step()\n    total.backward()\n")),
    ("beta ignored", TS0.replace("negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu, logvar)")),
    ("returns tensors", TS0.replace("return total.item(), rec.item(), kl.item()", "return total, rec, kl")),
    ("back-propagates reconstruction + kl without beta", TS0.replace("total.backward()", "(rec + kl).backward()")),
    ("losses reported after the update", TS0.replace("    return total.item()", "    with torch.no_grad():\n        logits, mu, logvar = model(x, labels)\n        total, rec, kl = negative_elbo(logits, x, mu, logvar, beta)\n    return total.item()")),
    ("zero_grad after backward", TS0.replace("    optimizer.zero_grad()\n    total.backward()\n", "    total.backward()\n    optimizer.zero_grad()\n")),
    ("returns (reconstruction, kl, total)", TS0.replace("return total.item(), rec.item(), kl.item()", "return rec.item(), kl.item(), total.item()")),
    ("switches the model to eval mode inside the step", "    model.eval()\n" + TS0),
]:
    M(name, "train_step", TS.format(body=body))
A("zero_grad first, float() conversion", "train_step", TS.format(body="    optimizer.zero_grad()\n    out = model(x, labels)\n    parts = negative_elbo(*out[:1], x, *out[1:], beta=beta)\n    parts[0].backward()\n    optimizer.step()\n    return tuple(float(p) for p in parts)"))

RS = '''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
{body}
'''
CHKS = "    if len(images) != len(labels):\n        raise ValueError('images and labels differ in length')\n    if images.min() < 0 or images.max() > 1:\n        raise ValueError('images must have values in [0, 1]')\n"
RS0 = CHKS + "    predicted = predict_digits(classifier, images)\n    return (predicted == labels).float().mean().item()"
for name, body in [
    ("calls the classifier in training mode (dropout on)", CHKS + "    with torch.no_grad():\n        predicted = classifier(images).argmax(dim=1)\n    return (predicted == labels).float().mean().item()"),
    ("returns a tensor", CHKS + "    predicted = predict_digits(classifier, images)\n    return (predicted == labels).float().mean()"),
    ("returns the count, not the share", CHKS + "    predicted = predict_digits(classifier, images)\n    return float((predicted == labels).sum())"),
    ("no range check on the images", "    if len(images) != len(labels):\n        raise ValueError('length')\n    predicted = predict_digits(classifier, images)\n    return (predicted == labels).float().mean().item()"),
    ("only checks the upper bound", "    if len(images) != len(labels):\n        raise ValueError('length')\n    if images.max() > 1:\n        raise ValueError('range')\n    predicted = predict_digits(classifier, images)\n    return (predicted == labels).float().mean().item()"),
    ("no length check", "    if images.min() < 0 or images.max() > 1:\n        raise ValueError('range')\n    predicted = predict_digits(classifier, images)\n    return (predicted == labels).float().mean().item()"),
    ("rejects values equal to 1 (>= 1)", "    if len(images) != len(labels):\n        raise ValueError('length')\n    if images.min() < 0 or images.max() >= 1:\n        raise ValueError('range')\n    predicted = predict_digits(classifier, images)\n    return (predicted == labels).float().mean().item()"),
    ("integer division: share is 0 unless all are right", CHKS + "    predicted = predict_digits(classifier, images)\n    return float(int((predicted == labels).sum()) // len(labels))"),
    ("argmax over the batch dimension", CHKS + "    classifier.eval()\n    with torch.no_grad():\n        predicted = classifier(images).argmax(dim=0)\n    return (predicted == labels).float().mean().item()"),
    ("clamps the images into [0, 1] instead of raising", "    if len(images) != len(labels):\n        raise ValueError('length')\n    predicted = predict_digits(classifier, images.clamp(0, 1))\n    return (predicted == labels).float().mean().item()"),
    ("raises TypeError for a length mismatch", "    if len(images) != len(labels):\n        raise TypeError('length')\n    if images.min() < 0 or images.max() > 1:\n        raise ValueError('range')\n    predicted = predict_digits(classifier, images)\n    return (predicted == labels).float().mean().item()"),
    ("error share (1 - accuracy)", CHKS + "    predicted = predict_digits(classifier, images)\n    return (predicted != labels).float().mean().item()"),
    ("applies a sigmoid to the images first (thinks they are logits)", "    if len(images) != len(labels):\n        raise ValueError('length')\n    predicted = predict_digits(classifier, torch.sigmoid(images))\n    return (predicted == labels).float().mean().item()"),
]:
    M(name, "recognised_share", RS.format(body=body))
A("own eval + no_grad in batches, restores nothing", "recognised_share", RS.format(body='''    if images.shape[0] != labels.shape[0]:
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if bool((images < 0).any()) or bool((images > 1).any()):
        raise ValueError("images must be in [0, 1]; got logits?")
    classifier.eval()
    with torch.no_grad():
        predicted = torch.cat([classifier(chunk).argmax(dim=1) for chunk in images.split(500)])
    return (predicted == labels).float().mean().item()'''))


def _balanced(items, cap):
    """Keep at most `cap` items, spread over every grade_id, evenly sampled within each."""
    groups = {}
    for item in items:
        groups.setdefault(item["grade_id"], []).append(item)
    if len(items) <= cap:
        return items
    quota = {g: 1 for g in groups}
    left = cap - len(groups)
    while left > 0:
        g = max(groups, key=lambda g: (len(groups[g]) - quota[g]) / len(groups[g]) if quota[g] < len(groups[g]) else -1)
        if quota[g] >= len(groups[g]):
            break
        quota[g] += 1
        left -= 1
    kept = []
    for g, group in groups.items():
        q, n = quota[g], len(group)
        picks = sorted({min(n - 1, (i * n) // q + (n // q) // 2) for i in range(q)})
        i = 0
        while len(picks) < q:
            if i not in picks:
                picks.append(i)
            i += 1
        kept += [group[i] for i in sorted(picks)]
    return kept


MISTAKES = _balanced(MISTAKES, 34)
ALTERNATIVES = _balanced(ALTERNATIVES, 8)
