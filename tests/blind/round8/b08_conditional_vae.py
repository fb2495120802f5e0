"""Blind round 8: mistakes and alternatives for notebook 08_conditional_vae (written from the student notebook only)."""

NOTEBOOK = "08_conditional_vae"

OH = '''{pre}def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
{body}
'''

INTS = "INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)\n\n\n"
TYPE_OK = ('    if not isinstance(labels, torch.Tensor) or labels.dtype not in INTEGER_DTYPES:\n'
           '        raise TypeError(f"labels must be an integer tensor, got {type(labels).__name__} "\n'
           '                        f"{getattr(labels, \'dtype\', \'\')}")\n')
DIM_OK = ('    if labels.dim() != 1:\n'
          '        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")\n')
RANGE_OK = ('    if labels.numel() > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):\n'
            '        raise ValueError(f"labels must be in 0..{n_classes - 1}, got {int(labels.min())}..{int(labels.max())}")\n')
ENC_OK = "    return F.one_hot(labels.long(), n_classes).float()"


def oh(type_=TYPE_OK, dim=DIM_OK, range_=RANGE_OK, enc=ENC_OK, pre=INTS):
    return OH.format(pre=pre, body=type_ + dim + range_ + enc)


CV_INIT_OK = '''        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))'''
CV_FWD_OK = '''        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar'''
CV_GEN_OK = '''        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)'''

CV = '''class ConditionalVAE(nn.Module):
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
{forward}

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
{generate}
'''


def cv(init=CV_INIT_OK, forward=CV_FWD_OK, generate=CV_GEN_OK):
    return CV.format(init=init, forward=forward, generate=generate)


TS = '''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
{body}
'''
TS_OK = '''    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''


def ts(body=TS_OK):
    return TS.format(body=body)


RS = '''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
{body}
'''
RS_LEN = ('    if len(images) != len(labels):\n'
          '        raise ValueError(f"{len(images)} images but {len(labels)} labels")\n')
RS_RANGE = ('    if images.min() < 0 or images.max() > 1:\n'
            '        raise ValueError("images must have values in [0, 1] (did you pass logits?)")\n')
RS_PRED = ('    classifier.eval()\n    with torch.no_grad():\n'
           '        predicted = classifier(images).argmax(dim=1)\n')
RS_RET = '    return (predicted == labels).float().mean().item()'


def rs(length=RS_LEN, range_=RS_RANGE, pred=RS_PRED, ret=RS_RET):
    return RS.format(body=length + range_ + pred + ret)


MISTAKES = [
    # ---------------- one_hot ----------------
    dict(name="F.one_hot without .long(): fails for int32/int16/int8/uint8 labels", grade_id="one_hot",
         source=oh(enc="    return F.one_hot(labels, n_classes).float()")),
    dict(name="n_classes not passed to F.one_hot: width = largest label + 1", grade_id="one_hot",
         source=oh(enc="    return F.one_hot(labels.long()).float()")),
    dict(name="type check only rejects floating tensors: bool (and complex) labels pass", grade_id="one_hot",
         source=oh(type_='    if not isinstance(labels, torch.Tensor) or labels.is_floating_point():\n'
                         '        raise TypeError("labels must be an integer tensor")\n')),
    dict(name="off-by-one range check: label == n_classes accepted", grade_id="one_hot",
         source=oh(range_='    if labels.numel() > 0 and (int(labels.min()) < 0 or int(labels.max()) > n_classes):\n'
                          '        raise ValueError("label out of range")\n')),
    dict(name="no check for negative labels (F.one_hot raises a RuntimeError instead)", grade_id="one_hot",
         source=oh(range_='    if labels.numel() > 0 and int(labels.max()) >= n_classes:\n'
                          '        raise ValueError("label out of range")\n')),
    dict(name="ValueError for a wrong dtype (should be TypeError)", grade_id="one_hot",
         source=oh(type_='    if not isinstance(labels, torch.Tensor):\n        raise TypeError("labels must be a tensor")\n'
                         '    if labels.dtype not in INTEGER_DTYPES:\n        raise ValueError(f"bad dtype {labels.dtype}")\n')),
    dict(name="no 1-D check: a (B, 1) batch gives a (B, 1, C) tensor", grade_id="one_hot",
         source=oh(dim="")),
    dict(name="asserts instead of raising TypeError / ValueError", grade_id="one_hot",
         source=oh(type_='    assert isinstance(labels, torch.Tensor) and labels.dtype in INTEGER_DTYPES, "integer tensor expected"\n',
                   dim='    assert labels.dim() == 1, "labels must be 1-D"\n',
                   range_='    assert labels.numel() == 0 or (labels.min() >= 0 and labels.max() < n_classes), "label out of range"\n')),
    dict(name="rejects only dim > 1: a 0-d label passes", grade_id="one_hot",
         source=oh(dim='    if labels.dim() > 1:\n        raise ValueError("labels must be 1-D")\n')),
    dict(name="returns int64 (F.one_hot's dtype)", grade_id="one_hot",
         source=oh(enc="    return F.one_hot(labels.long(), n_classes)")),
    dict(name="indexes torch.eye with the labels as they are: uint8 labels act as a mask", grade_id="one_hot",
         source=oh(enc="    return torch.eye(n_classes)[labels]")),
    dict(name="accepts only torch.int64", grade_id="one_hot",
         source=oh(type_='    if not isinstance(labels, torch.Tensor) or labels.dtype != torch.int64:\n'
                         '        raise TypeError("labels must be an int64 tensor")\n')),
    dict(name="no isinstance check: a list raises AttributeError, not TypeError", grade_id="one_hot",
         source=oh(type_='    if labels.dtype not in INTEGER_DTYPES:\n        raise TypeError("labels must be an integer tensor")\n')),

    # ---------------- ConditionalVAE ----------------
    dict(name="one-hot placed before the image / code in the concatenations", grade_id="ConditionalVAE",
         source=cv(forward=CV_FWD_OK.replace("torch.cat([x.reshape(len(x), -1), c], dim=1)", "torch.cat([c, x.reshape(len(x), -1)], dim=1)")
                   .replace("torch.cat([z, c], dim=1)", "torch.cat([c, z], dim=1)"),
                   generate=CV_GEN_OK.replace("torch.cat([z, one_hot(labels, self.n_classes)], dim=1)",
                                              "torch.cat([one_hot(labels, self.n_classes), z], dim=1)"))),
    dict(name="decoder hidden widths not reversed (same for one hidden layer)", grade_id="ConditionalVAE",
         source=cv(init=CV_INIT_OK.replace("tuple(reversed(hidden))", "hidden"))),
    dict(name="encoder input hard-coded to 794", grade_id="ConditionalVAE",
         source=cv(init=CV_INIT_OK.replace("in_features=784 + n_classes", "in_features=794"))),
    dict(name="one_hot called without n_classes (10 classes assumed)", grade_id="ConditionalVAE",
         source=cv(forward=CV_FWD_OK.replace("one_hot(labels, self.n_classes)", "one_hot(labels)"),
                   generate=CV_GEN_OK.replace("one_hot(labels, self.n_classes)", "one_hot(labels)"))),
    dict(name="generate ignores the generator", grade_id="ConditionalVAE",
         source=cv(generate=CV_GEN_OK.replace("torch.randn(len(labels), self.latent_dim, generator=generator)",
                                              "torch.randn(len(labels), self.latent_dim)"))),
    dict(name="generate returns the logits", grade_id="ConditionalVAE",
         source=cv(generate=CV_GEN_OK.replace("return torch.sigmoid(logits)", "return logits"))),
    dict(name="generate draws z as (latent_dim, n) and transposes it", grade_id="ConditionalVAE",
         source=cv(generate=CV_GEN_OK.replace("torch.randn(len(labels), self.latent_dim, generator=generator)",
                                              "torch.randn(self.latent_dim, len(labels), generator=generator).T"))),
    dict(name="forward samples z in eval mode too", grade_id="ConditionalVAE",
         source=cv(forward=CV_FWD_OK.replace("reparameterize(mu, logvar) if self.training else mu", "reparameterize(mu, logvar)"))),
    dict(name="forward never samples (decodes mu in training too)", grade_id="ConditionalVAE",
         source=cv(forward=CV_FWD_OK.replace("reparameterize(mu, logvar) if self.training else mu", "mu"))),
    dict(name="the decoder gets no label (a plain VAE decoder)", grade_id="ConditionalVAE",
         source=cv(init=CV_INIT_OK.replace("DenseDecoder(latent_dim + n_classes,", "DenseDecoder(latent_dim,"),
                   forward=CV_FWD_OK.replace("self.decoder(torch.cat([z, c], dim=1))", "self.decoder(z)"),
                   generate="        z = torch.randn(len(labels), self.latent_dim, generator=generator)\n"
                            "        return torch.sigmoid(self.decoder(z))")),
    dict(name="generate draws (n, latent_dim + n_classes) normals and keeps the first latent_dim columns",
         grade_id="ConditionalVAE",
         source=cv(generate="        z = torch.randn(len(labels), self.latent_dim + self.n_classes, generator=generator)[:, :self.latent_dim]\n"
                            "        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))\n"
                            "        return torch.sigmoid(logits)")),
    dict(name="the one-hot is scaled by 1/n_classes 'to normalise the input'", grade_id="ConditionalVAE",
         source=cv(forward=CV_FWD_OK.replace("c = one_hot(labels, self.n_classes)", "c = one_hot(labels, self.n_classes) / self.n_classes"),
                   generate=CV_GEN_OK.replace("one_hot(labels, self.n_classes)", "one_hot(labels, self.n_classes) / self.n_classes"))),

    # ---------------- train_step ----------------
    dict(name="beta not passed to negative_elbo", grade_id="train_step",
         source=ts(TS_OK.replace("negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu, logvar)"))),
    dict(name="returns the losses recomputed after the update", grade_id="train_step",
         source=ts(TS_OK.replace("    return total.item(), reconstruction.item(), kl.item()",
                                 "    with torch.no_grad():\n        logits, mu, logvar = model(x, labels)\n"
                                 "        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)\n"
                                 "    return total.item(), reconstruction.item(), kl.item()"))),
    dict(name="zero_grad after the step", grade_id="train_step",
         source=ts('''    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    optimizer.zero_grad()
    return total.item(), reconstruction.item(), kl.item()''')),
    dict(name="x and logits swapped in negative_elbo", grade_id="train_step",
         source=ts(TS_OK.replace("negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(x, logits, mu, logvar, beta)"))),
    dict(name="back-propagates reconstruction + kl (beta ignored in the gradient)", grade_id="train_step",
         source=ts(TS_OK.replace("total.backward()", "(reconstruction + kl).backward()"))),
    dict(name="returns tensors for reconstruction and kl", grade_id="train_step",
         source=ts(TS_OK.replace("return total.item(), reconstruction.item(), kl.item()",
                                 "return total.item(), reconstruction.detach(), kl.detach()"))),
    dict(name="beta multiplies the whole loss", grade_id="train_step",
         source=ts(TS_OK.replace("total.backward()", "(beta * total).backward()")
                   .replace("negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu, logvar)"))),

    # ---------------- recognised_share ----------------
    dict(name="classifier left in training mode (dropout on)", grade_id="recognised_share",
         source=rs(pred="    with torch.no_grad():\n        predicted = classifier(images).argmax(dim=1)\n")),
    dict(name="returns a tensor", grade_id="recognised_share",
         source=rs(ret="    return (predicted == labels).float().mean()")),
    dict(name="returns the count instead of the share", grade_id="recognised_share",
         source=rs(ret="    return float((predicted == labels).sum().item())")),
    dict(name="checks only values above 1", grade_id="recognised_share",
         source=rs(range_='    if images.max() > 1:\n        raise ValueError("images must be in [0, 1]")\n')),
    dict(name="range test on |x| > 1: negative values in (-1, 0) pass", grade_id="recognised_share",
         source=rs(range_='    if images.abs().max() > 1:\n        raise ValueError("images must be in [0, 1]")\n')),
    dict(name="no length check: one label broadcasts against all the predictions", grade_id="recognised_share",
         source=rs(length="")),
    dict(name="TypeError instead of ValueError for bad images", grade_id="recognised_share",
         source=rs(range_='    if images.min() < 0 or images.max() > 1:\n        raise TypeError("images must be in [0, 1]")\n')),
    dict(name="clamps the images to [0, 1] instead of raising", grade_id="recognised_share",
         source=rs(range_="    images = images.clamp(0, 1)\n")),
]

ALTERNATIVES = [
    dict(name="torch.eye indexing after validation with an explicit long cast, dtype set membership", grade_id="one_hot",
         source=OH.format(pre="", body='''    allowed = {torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8}
    if not torch.is_tensor(labels) or labels.dtype not in allowed:
        raise TypeError("one_hot needs an integer torch.Tensor of labels")
    if labels.ndim != 1:
        raise ValueError("one_hot needs a 1-D tensor of labels")
    if ((labels.long() < 0) | (labels.long() >= n_classes)).any():
        raise ValueError(f"labels must lie in [0, {n_classes})")
    return torch.eye(n_classes, dtype=torch.float32)[labels.long()]''')),
    dict(name="scatter_ into zeros", grade_id="one_hot",
         source=oh(enc="    out = torch.zeros(len(labels), n_classes, dtype=torch.float32)\n"
                       "    return out.scatter_(1, labels.long().unsqueeze(1), 1.0)")),
    dict(name="hidden[::-1], flatten(1), explicit branches", grade_id="ConditionalVAE",
         source=cv(init='''        self.encoder = DenseEncoder(latent_dim=latent_dim, hidden=hidden, in_features=28 * 28 + n_classes)
        self.decoder = DenseDecoder(latent_dim=latent_dim + n_classes, hidden=tuple(hidden)[::-1])''',
                   forward='''        condition = one_hot(labels, n_classes=self.n_classes)
        encoder_input = torch.cat([x.flatten(1), condition], dim=1)
        mu, logvar = self.encoder(encoder_input)
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        logits = self.decoder(torch.cat([z, condition], dim=1))
        return logits, mu, logvar''',
                   generate='''        codes = torch.randn(len(labels), self.latent_dim, generator=generator)
        decoder_input = torch.cat([codes, one_hot(labels, n_classes=self.n_classes)], dim=1)
        return self.decoder(decoder_input).sigmoid()''')),
    dict(name="zero_grad(set_to_none) first, float()", grade_id="train_step",
         source=ts('''    optimizer.zero_grad(set_to_none=True)
    logits, mu, logvar = model(x, labels)
    losses = negative_elbo(logits, x, mu, logvar, beta=beta)
    losses[0].backward()
    optimizer.step()
    return tuple(float(value.detach()) for value in losses)''')),
    dict(name="predict_digits (given) and a sum / N", grade_id="recognised_share",
         source=rs(length='    if images.shape[0] != labels.shape[0]:\n        raise ValueError("images and labels differ in length")\n',
                   range_='    if ((images < 0) | (images > 1)).any():\n        raise ValueError("images must lie in [0, 1]")\n',
                   pred="    predicted = predict_digits(classifier, images)\n",
                   ret="    return (predicted == labels).sum().item() / len(labels)")),
    dict(name="train(False) then softmax argmax", grade_id="recognised_share",
         source=rs(pred="    classifier.train(False)\n    with torch.no_grad():\n"
                        "        predicted = torch.softmax(classifier(images), dim=1).argmax(dim=1)\n")),
]
