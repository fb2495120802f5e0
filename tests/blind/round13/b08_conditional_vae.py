import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _util import make

NOTEBOOK = "08_conditional_vae"

OH = '''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    integer_types = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
    if not isinstance(labels, torch.Tensor) or labels.dtype not in integer_types:
        raise TypeError(f"labels must be an integer tensor, got {type(labels).__name__} {getattr(labels, 'dtype', '')}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must be in 0..{n_classes - 1}")
    return F.one_hot(labels.long(), n_classes).float()
'''
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
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''
TS = '''def train_step(model, optimizer, x, labels, beta=1.0):
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
RS = '''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    with torch.no_grad():
        predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''

o = make("one_hot", OH)
c = make("ConditionalVAE", CV)
t = make("train_step", TS)
r = make("recognised_share", RS)

MISTAKES = [
    o("returns int64 (no .float())", "return F.one_hot(labels.long(), n_classes).float()", "return F.one_hot(labels.long(), n_classes)"),
    o("returns float64", "return F.one_hot(labels.long(), n_classes).float()", "return F.one_hot(labels.long(), n_classes).double()"),
    o("accepts float labels (no dtype check)", " or labels.dtype not in integer_types", ""),
    o("rejects uint8 and int8", "integer_types = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)", "integer_types = (torch.int64, torch.int32, torch.int16)"),
    o("ValueError instead of TypeError for wrong dtype", "raise TypeError(", "raise ValueError("),
    o("off-by-one upper bound (label == n_classes accepted)", "labels.max() >= n_classes", "labels.max() > n_classes"),
    o("negative labels accepted", "labels.min() < 0 or ", ""),
    o("no 1-D check (2-D labels accepted)", '    if labels.dim() != 1:\n        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")\n', ""),
    o("TypeError for non-1-D labels", 'raise ValueError(f"labels must be 1-D', 'raise TypeError(f"labels must be 1-D'),
    o("n_classes ignored (always 10)", "F.one_hot(labels.long(), n_classes)", "F.one_hot(labels.long(), 10)"),
    o("n_classes inferred from the labels", "F.one_hot(labels.long(), n_classes)", "F.one_hot(labels.long())"),
    o("changed default n_classes", "def one_hot(labels, n_classes=10):", "def one_hot(labels, n_classes=None):\n    n_classes = 10 if n_classes is None else n_classes"),
    o("crashes on an empty batch (min of empty tensor)", "if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):", "if labels.min() < 0 or labels.max() >= n_classes:"),
    o("accepts Python lists (converts them)", "    integer_types = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)\n", "    integer_types = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)\n    if isinstance(labels, (list, tuple)):\n        labels = torch.tensor(labels)\n"),
    o("accepts bool tensors", "labels.dtype not in integer_types", "labels.dtype not in integer_types + (torch.bool,)"),
    c("one-hot after x reversed in the encoder input", "torch.cat([x.reshape(len(x), -1), c], dim=1)", "torch.cat([c, x.reshape(len(x), -1)], dim=1)"),
    c("one-hot first in the decoder input", "self.decoder(torch.cat([z, c], dim=1))", "self.decoder(torch.cat([c, z], dim=1))"),
    c("decoder not given the label (zeros)", "logits = self.decoder(torch.cat([z, c], dim=1))", "logits = self.decoder(torch.cat([z, torch.zeros_like(c)], dim=1))"),
    c("always samples (also in eval mode)", "z = reparameterize(mu, logvar) if self.training else mu", "z = reparameterize(mu, logvar)"),
    c("eval/train modes inverted", "z = reparameterize(mu, logvar) if self.training else mu", "z = mu if self.training else reparameterize(mu, logvar)"),
    c("decoder hidden not reversed", "DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))", "DenseDecoder(latent_dim + n_classes, (200, 400))"),
    c("n_classes hard-coded 10 in the encoder", "in_features=784 + n_classes", "in_features=794"),
    c("generate ignores the generator", "z = torch.randn(len(labels), self.latent_dim, generator=generator)", "z = torch.randn(len(labels), self.latent_dim)"),
    c("generate returns logits", "return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))", "return self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))"),
    c("generate uses z = 0", "z = torch.randn(len(labels), self.latent_dim, generator=generator)", "z = torch.zeros(len(labels), self.latent_dim)"),
    c("generate draws (latent_dim, n) and transposes", "z = torch.randn(len(labels), self.latent_dim, generator=generator)", "z = torch.randn(self.latent_dim, len(labels), generator=generator).T"),
    c("forward returns z instead of mu", "return logits, mu, logvar", "return logits, z, logvar"),
    c("forward returns probabilities", "return logits, mu, logvar", "return torch.sigmoid(logits), mu, logvar"),
    c("decoder input size forgets the label", "self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))\n", "self.decoder = DenseDecoder(latent_dim, tuple(reversed(hidden)))\n"),
    c("generate samples with std 0.5 instead of the prior", "z = torch.randn(len(labels), self.latent_dim, generator=generator)", "z = 0.5 * torch.randn(len(labels), self.latent_dim, generator=generator)"),
    t("no zero_grad", "    optimizer.zero_grad()\n", ""),
    t("labels not passed: model called without conditioning", "logits, mu, logvar = model(x, labels)", "logits, mu, logvar = model(x, torch.zeros_like(labels))"),
    t("returns tensors", "return total.item(), reconstruction.item(), kl.item()", "return total, reconstruction, kl"),
    t("beta ignored", "negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu, logvar)"),
    t("loss recomputed after the update", "return total.item(), reconstruction.item(), kl.item()", "with torch.no_grad():\n        logits, mu, logvar = model(x, labels)\n        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)\n    return total.item(), reconstruction.item(), kl.item()"),
    t("zero_grad between backward and step", "    optimizer.zero_grad()\n    total.backward()\n", "    total.backward()\n    optimizer.zero_grad()\n"),
    t("model put in eval mode", "    logits, mu, logvar = model(x, labels)\n", "    model.eval()\n    logits, mu, logvar = model(x, labels)\n"),
    t("backward on the reconstruction only", "total.backward()", "reconstruction.backward()"),
    t("swapped return order", "return total.item(), reconstruction.item(), kl.item()", "return total.item(), kl.item(), reconstruction.item()"),
    r("returns a count, not a share", "return (predicted == labels).float().mean().item()", "return int((predicted == labels).sum())"),
    r("returns a tensor", "return (predicted == labels).float().mean().item()", "return (predicted == labels).float().mean()"),
    r("no range check", '    if images.min() < 0 or images.max() > 1:\n        raise ValueError("images must have values in [0, 1] (were logits passed?)")\n', ""),
    r("no length check (broadcasting)", '    if len(images) != len(labels):\n        raise ValueError(f"{len(images)} images but {len(labels)} labels")\n', ""),
    r("calls the classifier in train mode", "        predicted = predict_digits(classifier, images)", "        classifier.train()\n        predicted = classifier(images).argmax(dim=1)"),
    r("argmax over the batch dim", "        predicted = predict_digits(classifier, images)", "        classifier.eval()\n        predicted = classifier(images).argmax(dim=0)"),
    r("strict range check rejects 0 and 1", "if images.min() < 0 or images.max() > 1:", "if images.min() <= 0 or images.max() >= 1:"),
    r("TypeError for mismatched lengths", 'raise ValueError(f"{len(images)} images', 'raise TypeError(f"{len(images)} images'),
    r("share of misclassified", "(predicted == labels)", "(predicted != labels)"),
    r("clamps images instead of raising", '    if images.min() < 0 or images.max() > 1:\n        raise ValueError("images must have values in [0, 1] (were logits passed?)")\n', "    images = images.clamp(0, 1)\n"),
]

ALTERNATIVES = [
    dict(name="one_hot by scatter", grade_id="one_hot", source=OH.replace(
        "return F.one_hot(labels.long(), n_classes).float()",
        "out = torch.zeros(len(labels), n_classes, dtype=torch.float32)\n    out[torch.arange(len(labels)), labels.long()] = 1.0\n    return out")),
    dict(name="one_hot with is_floating_point checks", grade_id="one_hot", source=OH.replace(
        "if not isinstance(labels, torch.Tensor) or labels.dtype not in integer_types:",
        "if not torch.is_tensor(labels) or labels.is_floating_point() or labels.is_complex() or labels.dtype == torch.bool or labels.dtype not in integer_types:")),
    dict(name="cvae with explicit if and flatten", grade_id="ConditionalVAE", source=CV.replace(
        "z = reparameterize(mu, logvar) if self.training else mu", "if self.training:\n            z = reparameterize(mu, logvar)\n        else:\n            z = mu").replace(
        "x.reshape(len(x), -1)", "x.flatten(1)")),
    dict(name="train_step zero_grad first", grade_id="train_step", source=TS.replace(
        "    logits, mu, logvar = model(x, labels)\n    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)\n    optimizer.zero_grad()\n",
        "    optimizer.zero_grad()\n    logits, mu, logvar = model(x, labels)\n    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)\n")),
    dict(name="recognised_share calling the classifier directly", grade_id="recognised_share", source=RS.replace(
        "        predicted = predict_digits(classifier, images)", "        classifier.eval()\n        predicted = classifier(images).argmax(dim=1)").replace(
        "return (predicted == labels).float().mean().item()", "return float((predicted == labels).sum().item() / len(labels))")),
]
