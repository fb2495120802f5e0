NOTEBOOK = "03_decoder"

_DD = '''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
'''
_CD = '''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
'''
_GN = '''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
'''
_PROBS_OK = "        return torch.sigmoid(self.forward(z))\n"

def _dd(init, fwd, probs=_PROBS_OK):
    return _DD + init + "\n    def forward(self, z):\n" + fwd + "\n    def probs(self, z):\n" + probs

def _cd(init, fwd, probs=_PROBS_OK):
    return _CD + init + "\n    def forward(self, z):\n" + fwd + "\n    def probs(self, z):\n" + probs

_DD_INIT = '''        layers, width = [], latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)
'''
_DD_FWD = "        return self.net(z).reshape(len(z), 1, 28, 28)\n"

_CD_INIT = '''        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )
'''
_CD_FWD = "        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))\n"

MISTAKES = [
    # DenseDecoder
    dict(name="sigmoid inside forward", grade_id="DenseDecoder",
         source=_dd(_DD_INIT, "        return torch.sigmoid(self.net(z)).reshape(len(z), 1, 28, 28)\n")),
    dict(name="hidden widths taken in reversed order (mirroring the encoder)", grade_id="DenseDecoder",
         source=_dd(_DD_INIT.replace("for h in hidden:", "for h in reversed(hidden):"), _DD_FWD)),
    dict(name="ReLU after the output layer", grade_id="DenseDecoder",
         source=_dd(_DD_INIT.replace("layers.append(nn.Linear(width, 784))", "layers += [nn.Linear(width, 784), nn.ReLU()]"), _DD_FWD)),
    dict(name="hard-coded default hidden widths", grade_id="DenseDecoder",
         source=_dd(_DD_INIT.replace("for h in hidden:", "for h in (200, 400):"), _DD_FWD)),
    dict(name="probs clamps logits instead of sigmoid", grade_id="DenseDecoder",
         source=_dd(_DD_INIT, _DD_FWD, "        return self.forward(z).clamp(0, 1)\n")),
    dict(name="probs applies softmax over the pixels", grade_id="DenseDecoder",
         source=_dd(_DD_INIT, _DD_FWD, "        logits = self.forward(z)\n        return torch.softmax(logits.flatten(1), dim=1).reshape(logits.shape)\n")),
    dict(name="no ReLU between hidden layers", grade_id="DenseDecoder",
         source=_dd(_DD_INIT.replace("layers += [nn.Linear(width, h), nn.ReLU()]", "layers += [nn.Linear(width, h)]"), _DD_FWD)),
    dict(name="tanh on the output logits", grade_id="DenseDecoder",
         source=_dd(_DD_INIT, "        return torch.tanh(self.net(z)).reshape(len(z), 1, 28, 28)\n")),
    # ConvDecoder
    dict(name="sigmoid at the end of forward", grade_id="ConvDecoder",
         source=_cd(_CD_INIT, "        return torch.sigmoid(self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7)))\n")),
    dict(name="kernel 3 with output_padding=1 (same shapes, wrong count)", grade_id="ConvDecoder",
         source=_cd(_CD_INIT.replace("kernel_size=4, stride=2, padding=1)", "kernel_size=3, stride=2, padding=1, output_padding=1)"), _CD_FWD)),
    dict(name="reshape hard-codes 32 channels", grade_id="ConvDecoder",
         source=_cd(_CD_INIT, "        return self.deconv(self.fc(z).view(-1, 32, 7, 7))\n")),
    dict(name="no ReLU after the second linear layer", grade_id="ConvDecoder",
         source=_cd(_CD_INIT.replace("nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())", "nn.Linear(hidden, c1 * 7 * 7))"), _CD_FWD)),
    dict(name="no ReLU between the transposed convolutions", grade_id="ConvDecoder",
         source=_cd(_CD_INIT.replace("padding=1), nn.ReLU(),\n            nn.ConvTranspose2d(c2", "padding=1),\n            nn.ConvTranspose2d(c2"), _CD_FWD)),
    dict(name="ReLU after the last transposed convolution", grade_id="ConvDecoder",
         source=_cd(_CD_INIT.replace("nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),", "nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1), nn.ReLU(),"), _CD_FWD)),
    dict(name="channels swapped (c2 before the first transposed conv)", grade_id="ConvDecoder",
         source=_cd('''        c2, c1 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )
''', _CD_FWD)),
    dict(name="ignores hidden (always 128)", grade_id="ConvDecoder",
         source=_cd(_CD_INIT.replace("nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden,", "nn.Linear(latent_dim, 128), nn.ReLU(), nn.Linear(128,"), _CD_FWD)),
    # gaussian_nll
    dict(name="mean over pixels instead of sum", grade_id="gaussian_nll",
         source=_GN + "    se = ((x - mean) ** 2).reshape(len(x), -1)\n    return (se / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)).mean(dim=1)\n"),
    dict(name="drops the constant", grade_id="gaussian_nll",
         source=_GN + "    return ((x - mean) ** 2).reshape(len(x), -1).sum(1) / (2 * sigma ** 2)\n"),
    dict(name="precedence bug: / 2 * sigma ** 2", grade_id="gaussian_nll",
         source=_GN + "    se = ((x - mean) ** 2).reshape(len(x), -1).sum(1)\n    D = x[0].numel()\n    return se / 2 * sigma ** 2 + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))\n"),
    dict(name="divides by 2 sigma instead of 2 sigma^2", grade_id="gaussian_nll",
         source=_GN + "    se = ((x - mean) ** 2).reshape(len(x), -1).sum(1)\n    D = x[0].numel()\n    return se / (2 * sigma) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))\n"),
    dict(name="constant added once instead of once per pixel", grade_id="gaussian_nll",
         source=_GN + "    se = ((x - mean) ** 2).reshape(len(x), -1).sum(1)\n    return se / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)\n"),
    dict(name="sum over dims (1, 2, 3) only: fails on flat inputs", grade_id="gaussian_nll",
         source=_GN + "    nll = (x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)\n    return nll.sum(dim=(1, 2, 3))\n"),
    dict(name="log(2 pi sigma) instead of log(2 pi sigma^2)", grade_id="gaussian_nll",
         source=_GN + "    se = ((x - mean) ** 2).reshape(len(x), -1).sum(1)\n    D = x[0].numel()\n    return se / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma)\n"),
    dict(name="sums over the whole batch (scalar)", grade_id="gaussian_nll",
         source=_GN + "    D = x[0].numel()\n    return ((x - mean) ** 2).sum() / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)\n"),
]

ALTERNATIVES = [
    dict(name="ModuleList + F.relu + view, probs via F.sigmoid-like expression", grade_id="DenseDecoder",
         source=_dd('''        sizes = [latent_dim, *hidden, 784]
        self.layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:]))
''', '''        h = z
        for layer in self.layers[:-1]:
            h = F.relu(layer(h))
        return self.layers[-1](h).view(-1, 1, 28, 28)
''', "        return 1 / (1 + torch.exp(-self(z)))\n")),
    dict(name="nn.Unflatten inside the Sequential, ELU", grade_id="DenseDecoder",
         source=_dd('''        layers, width = [], latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ELU()]
            width = h
        layers += [nn.Linear(width, 28 * 28), nn.Unflatten(1, (1, 28, 28))]
        self.net = nn.Sequential(*layers)
''', "        return self.net(z)\n")),
    dict(name="one Sequential with Unflatten", grade_id="ConvDecoder",
         source=_cd('''        c1, c2 = channels
        self.net = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 49), nn.ReLU(),
            nn.Unflatten(1, (c1, 7, 7)),
            nn.ConvTranspose2d(c1, c2, 4, 2, 1), nn.LeakyReLU(),
            nn.ConvTranspose2d(c2, 1, 4, 2, 1),
        )
''', "        return self.net(z)\n", "        return self(z).sigmoid()\n")),
    dict(name="torch.distributions.Normal log_prob", grade_id="gaussian_nll",
         source=_GN + "    dist = torch.distributions.Normal(mean, sigma)\n    return -dist.log_prob(x).flatten(start_dim=1).sum(dim=1)\n"),
    dict(name="closed form with D", grade_id="gaussian_nll",
         source=_GN + "    diff = (x - mean).reshape(x.shape[0], -1)\n    D = diff.shape[1]\n    return (diff * diff).sum(-1) / (2 * sigma * sigma) + 0.5 * D * math.log(2 * math.pi * sigma * sigma)\n"),
]
