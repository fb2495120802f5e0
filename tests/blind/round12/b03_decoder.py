"""Blind round 12: wrong and alternative answers for 03_decoder."""

NOTEBOOK = "03_decoder"


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

BASE["DenseDecoder"] = r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for size in hidden:
            layers.append(nn.Linear(width, size))
            layers.append(nn.ReLU())
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        logits = self.net(z)
        return logits.reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''

BASE["ConvDecoder"] = r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.dense(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''

BASE["gaussian_nll"] = r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    difference = (x - mean).flatten(start_dim=1)
    D = difference.shape[1]
    squared = (difference ** 2).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''

_DD, _CD, _G = "DenseDecoder", "ConvDecoder", "gaussian_nll"

MISTAKES = _make([
    # DenseDecoder
    ("sigmoid inside forward (returns probabilities)", _DD,
     "        return logits.reshape(len(z), 1, 28, 28)\n", "        return torch.sigmoid(logits).reshape(len(z), 1, 28, 28)\n"),
    ("ReLU after the last layer: logits never negative", _DD,
     "        layers.append(nn.Linear(width, 784))\n", "        layers.append(nn.Linear(width, 784))\n        layers.append(nn.ReLU())\n"),
    ("probs applies softmax over the channel axis (all ones)", _DD,
     "        return torch.sigmoid(self.forward(z))\n", "        return torch.softmax(self.forward(z), dim=1)\n"),
    ("probs applies a softmax over the 784 pixels", _DD,
     "        return torch.sigmoid(self.forward(z))\n",
     "        return torch.softmax(self.forward(z).flatten(1), dim=1).reshape(len(z), 1, 28, 28)\n"),
    ("probs forgets the reshape: (B, 784)", _DD,
     "        return torch.sigmoid(self.forward(z))\n", "        return torch.sigmoid(self.net(z))\n"),
    ("forward returns (B, 28, 28) without the channel axis", _DD,
     "logits.reshape(len(z), 1, 28, 28)", "logits.reshape(len(z), 28, 28)"),
    ("logits clamped to [-10, 10] for stability", _DD,
     "        return logits.reshape(len(z), 1, 28, 28)\n", "        return logits.clamp(-10, 10).reshape(len(z), 1, 28, 28)\n"),
    ("hidden widths taken in reverse order", _DD, "for size in hidden:", "for size in reversed(hidden):"),
    ("last layer built from hidden[-1]: crashes for hidden=()", _DD,
     "layers.append(nn.Linear(width, 784))", "layers.append(nn.Linear(hidden[-1], 784))"),
    ("ReLU on the code z before the first layer", _DD, "        layers = []\n", "        layers = [nn.ReLU()]\n"),
    ("dropout after each hidden ReLU", _DD, "            layers.append(nn.ReLU())\n",
     "            layers.append(nn.ReLU())\n            layers.append(nn.Dropout(0.1))\n"),
    ("probs = (tanh(logits) + 1) / 2, i.e. sigmoid(2 logits)", _DD,
     "        return torch.sigmoid(self.forward(z))\n", "        return (torch.tanh(self.forward(z)) + 1) / 2\n"),
    # ConvDecoder
    ("reshape hard-coded to 32 channels (ignores c1)", _CD, ".reshape(len(z), self.c1, 7, 7)", ".reshape(len(z), 32, 7, 7)"),
    ("no ReLU after the second dense layer", _CD, "nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),", "nn.Linear(hidden, c1 * 7 * 7),"),
    ("sigmoid after the last transposed convolution", _CD,
     "            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),\n",
     "            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1), nn.Sigmoid(),\n"),
    ("no ReLU between the two transposed convolutions", _CD,
     "nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),",
     "nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1),"),
    ("kernel 3 with output_padding 1 (same shapes, other parameter count)", _CD,
     "kernel_size=4, stride=2, padding=1)", "kernel_size=3, stride=2, padding=1, output_padding=1)", 2),
    ("output_padding=1 on both layers: 15x15 then 30x30", _CD,
     "kernel_size=4, stride=2, padding=1)", "kernel_size=4, stride=2, padding=1, output_padding=1)", 2),
    ("flattens the output to (B, 784)", _CD, "        return self.deconv(h)\n", "        return self.deconv(h).reshape(len(z), -1)\n"),
    ("first dense layer hard-coded to 128 units (ignores hidden)", _CD,
     "nn.Linear(latent_dim, hidden), nn.ReLU(),\n            nn.Linear(hidden, c1 * 7 * 7)",
     "nn.Linear(latent_dim, 128), nn.ReLU(),\n            nn.Linear(128, c1 * 7 * 7)"),
    ("channels swapped: (c2, c1) read from channels", _CD, "        c1, c2 = channels\n", "        c2, c1 = channels\n"),
    ("probs returns the logits clamped to [0, 1]", _CD,
     "        return torch.sigmoid(self.forward(z))\n", "        return self.forward(z).clamp(0, 1)\n"),
    # gaussian_nll
    ("averages over the pixels instead of summing", _G,
     "    squared = (difference ** 2).sum(dim=1)\n    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))\n",
     "    squared = (difference ** 2).mean(dim=1)\n    return squared / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)\n"),
    ("leaves out the constant", _G, "squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))",
     "squared / (2 * sigma ** 2)"),
    ("divides by 2 sigma instead of 2 sigma^2 (right only for sigma = 1)", _G, "squared / (2 * sigma ** 2)", "squared / (2 * sigma)"),
    ("log(sigma) counted once instead of once per pixel (right only for sigma = 1)", _G,
     "D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))", "math.log(sigma) + D * 0.5 * math.log(2 * math.pi)"),
    ("log(2 pi sigma) instead of log(2 pi sigma^2) in the constant", _G,
     "D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))", "0.5 * D * math.log(2 * math.pi * sigma)"),
    ("D hard-coded to 784: wrong for flat (B, D) inputs of another size", _G,
     "    D = difference.shape[1]\n", "    D = 784\n"),
    ("sums over dims (1, 2, 3): fails for flat (B, D) inputs", _G,
     "    difference = (x - mean).flatten(start_dim=1)\n    D = difference.shape[1]\n    squared = (difference ** 2).sum(dim=1)\n",
     "    difference = x - mean\n    D = difference[0].numel()\n    squared = (difference ** 2).sum(dim=(1, 2, 3))\n"),
    ("sums only over the last axis: (B, 1, 28) for images", _G,
     "    difference = (x - mean).flatten(start_dim=1)\n    D = difference.shape[1]\n    squared = (difference ** 2).sum(dim=1)\n",
     "    difference = x - mean\n    D = difference[0].numel()\n    squared = (difference ** 2).sum(dim=-1)\n"),
    ("returns the batch mean (a scalar)", _G,
     "    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))\n",
     "    return (squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))).mean()\n"),
    ("subtracts in place into the mean argument", _G, "    difference = (x - mean).flatten(start_dim=1)\n",
     "    difference = mean.sub_(x).flatten(start_dim=1)\n"),
    ("accumulates in float64 and returns float64", _G, "    squared = (difference ** 2).sum(dim=1)\n",
     "    squared = (difference.double() ** 2).sum(dim=1)\n"),
    ("default sigma changed to 0.1", _G, "def gaussian_nll(mean, x, sigma=1.0):", "def gaussian_nll(mean, x, sigma=0.1):"),
    ("constant with a plus log(sigma) but minus the 2 pi term (sign slip)", _G,
     "D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))", "D * (math.log(sigma) - 0.5 * math.log(2 * math.pi))"),
])

ALTERNATIVES = _make([
    ("nn.Unflatten at the end of the Sequential, LeakyReLU", _DD,
     r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        sizes = [latent_dim, *hidden, 784]
        layers = []
        for i, (a, b) in enumerate(zip(sizes[:-1], sizes[1:])):
            layers.append(nn.Linear(a, b))
            if i < len(sizes) - 2:
                layers.append(nn.LeakyReLU(0.01))
        layers.append(nn.Unflatten(1, (1, 28, 28)))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z)

    def probs(self, z):
        return self(z).sigmoid()
'''),
    ("channels-last reshape then permute", _CD,
     "        h = self.dense(z).reshape(len(z), self.c1, 7, 7)\n",
     "        h = self.dense(z).reshape(len(z), 7, 7, self.c1).permute(0, 3, 1, 2)\n"),
    ("nn.Unflatten inside one Sequential, ELU", _CD,
     r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ELU(),
            nn.Linear(hidden, channels[0] * 49), nn.ELU(),
            nn.Unflatten(1, (channels[0], 7, 7)),
            nn.ConvTranspose2d(channels[0], channels[1], 4, 2, 1), nn.ELU(),
            nn.ConvTranspose2d(channels[1], 1, 4, 2, 1),
        )

    def forward(self, z):
        return self.net(z)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    ("torch.distributions.Normal log_prob", _G,
     "    difference = (x - mean).flatten(start_dim=1)\n    D = difference.shape[1]\n    squared = (difference ** 2).sum(dim=1)\n"
     "    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))\n",
     "    normal = torch.distributions.Normal(mean.flatten(start_dim=1), sigma)\n"
     "    return -normal.log_prob(x.flatten(start_dim=1)).sum(dim=1)\n"),
    ("closed form with D / 2 log(2 pi sigma^2)", _G,
     "D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))", "D / 2 * math.log(2 * math.pi * sigma ** 2)"),
    ("per-pixel terms summed", _G,
     "    difference = (x - mean).flatten(start_dim=1)\n    D = difference.shape[1]\n    squared = (difference ** 2).sum(dim=1)\n"
     "    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))\n",
     "    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)\n"
     "    return per_pixel.flatten(start_dim=1).sum(dim=1)\n"),
])
