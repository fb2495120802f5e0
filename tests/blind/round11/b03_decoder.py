NOTEBOOK = "03_decoder"

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
BASE["DenseDecoder"] = '''class DenseDecoder(nn.Module):
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
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        logits = self.net(z)
        return logits.reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''

BASE["ConvDecoder"] = '''class ConvDecoder(nn.Module):
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
            nn.Linear(latent_dim, hidden),
            nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7),
            nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1),
            nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.dense(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''

BASE["gaussian_nll"] = '''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    squared = (x - mean).flatten(start_dim=1) ** 2
    D = squared.shape[1]
    constant = D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
    return squared.sum(dim=1) / (2 * sigma ** 2) + constant
'''

G = "DenseDecoder"
MISTAKES = [
    M("sigmoid at the end of forward (probs applies it twice)", G,
      "return logits.reshape(len(z), 1, 28, 28)", "return torch.sigmoid(logits).reshape(len(z), 1, 28, 28)"),
    M("ReLU after the output layer", G, "layers.append(nn.Linear(width, 784))",
      "layers += [nn.Linear(width, 784), nn.ReLU()]"),
    M("probs returns a flat (B, 784) tensor", G, "return torch.sigmoid(self.forward(z))",
      "return torch.sigmoid(self.net(z))"),
    M("forward returns (B, 28, 28) without the channel", G,
      "return logits.reshape(len(z), 1, 28, 28)", "return logits.reshape(len(z), 28, 28)"),
    M("hidden widths reversed (mirrors the encoder twice)", G, "for size in hidden:", "for size in reversed(hidden):"),
    M("layers in a Python list (parameters not registered)", G,
      "self.net = nn.Sequential(*layers)", "self.layers = layers",
      "        logits = self.net(z)\n", "        logits = z\n        for layer in self.layers:\n            logits = layer(logits)\n"),
    M("tanh-bounded logits", G, "logits = self.net(z)", "logits = 10 * torch.tanh(self.net(z) / 10)"),
    M("logits clamped to [-15, 15] for stability", G, "logits = self.net(z)", "logits = self.net(z).clamp(-15, 15)"),
    M("last layer from hidden[-1]: crashes for hidden=()", G,
      "layers.append(nn.Linear(width, 784))", "layers.append(nn.Linear(hidden[-1], 784))"),
    M("dropout on the hidden layers", G, "layers += [nn.Linear(width, size), nn.ReLU()]",
      "layers += [nn.Linear(width, size), nn.ReLU(), nn.Dropout(0.1)]"),
    M("changed default latent_dim", G, "def __init__(self, latent_dim=2,", "def __init__(self, latent_dim=20,"),
    M("probs uses softmax over the pixels", G, "return torch.sigmoid(self.forward(z))",
      "logits = self.forward(z)\n        return torch.softmax(logits.flatten(1), dim=1).reshape(logits.shape)"),
    M("BatchNorm on the hidden layers", G, "layers += [nn.Linear(width, size), nn.ReLU()]",
      "layers += [nn.Linear(width, size), nn.BatchNorm1d(size), nn.ReLU()]"),
]

G = "ConvDecoder"
MISTAKES += [
    M("sigmoid after the last transposed convolution", G,
      "        h = self.dense(z).reshape(len(z), self.c1, 7, 7)\n        return self.deconv(h)",
      "        h = self.dense(z).reshape(len(z), self.c1, 7, 7)\n        return torch.sigmoid(self.deconv(h))"),
    M("no ReLU after the second linear layer", G,
      "            nn.Linear(hidden, c1 * 7 * 7),\n            nn.ReLU(),\n", "            nn.Linear(hidden, c1 * 7 * 7),\n"),
    M("no ReLU between the transposed convolutions", G,
      "            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1),\n            nn.ReLU(),\n",
      "            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1),\n"),
    M("kernel 3 with output_padding=1 (same shapes, other parameter count)", G,
      "nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1)",
      "nn.ConvTranspose2d(c1, c2, kernel_size=3, stride=2, padding=1, output_padding=1)"),
    M("nearest upsampling + 'same' convolutions instead of transposed convolutions", G,
      "            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1),\n            nn.ReLU(),\n"
      "            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),\n",
      "            nn.Upsample(scale_factor=2),\n            nn.Conv2d(c1, c2, kernel_size=4, padding='same'),\n            nn.ReLU(),\n"
      "            nn.Upsample(scale_factor=2),\n            nn.Conv2d(c2, 1, kernel_size=4, padding='same'),\n"),
    M("reshape with a hard-coded 32 channels (batch size changes for other c1)", G,
      "h = self.dense(z).reshape(len(z), self.c1, 7, 7)", "h = self.dense(z).view(-1, 32, 7, 7)"),
    M("channels swapped", G, "c1, c2 = channels", "c2, c1 = channels"),
    M("last transposed convolution without bias", G,
      "nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1)",
      "nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1, bias=False)"),
    M("probs squeezes the channel", G, "return torch.sigmoid(self.forward(z))",
      "return torch.sigmoid(self.forward(z)).squeeze(1)"),
    M("first linear layer skipped (d -> c1*7*7 directly)", G,
      "            nn.Linear(latent_dim, hidden),\n            nn.ReLU(),\n            nn.Linear(hidden, c1 * 7 * 7),",
      "            nn.Linear(latent_dim, c1 * 7 * 7),"),
]

G = "gaussian_nll"
MISTAKES += [
    M("averages over the pixels instead of summing", G,
      "return squared.sum(dim=1) / (2 * sigma ** 2) + constant",
      "return squared.mean(dim=1) / (2 * sigma ** 2) + constant / D"),
    M("divides by 2 sigma instead of 2 sigma^2", G, "/ (2 * sigma ** 2)", "/ (2 * sigma)"),
    M("leaves the constant out", G, "return squared.sum(dim=1) / (2 * sigma ** 2) + constant",
      "return squared.sum(dim=1) / (2 * sigma ** 2)"),
    M("log(2 pi sigma) instead of log(2 pi sigma^2)", G,
      "constant = D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))",
      "constant = D / 2 * math.log(2 * math.pi * sigma)"),
    M("sums over dims (1, 2, 3): fails on flat (B, D) inputs", G,
      "    squared = (x - mean).flatten(start_dim=1) ** 2\n    D = squared.shape[1]",
      "    squared = (x - mean) ** 2\n    D = squared[0].numel()\n    squared = squared.sum(dim=(2, 3)).flatten(1)"),
    M("hard-coded D = 784", G, "D = squared.shape[1]", "D = 784"),
    M("returns the log-likelihood (sign flipped)", G,
      "return squared.sum(dim=1) / (2 * sigma ** 2) + constant",
      "return -(squared.sum(dim=1) / (2 * sigma ** 2) + constant)"),
    M("constant added once per image instead of once per pixel", G,
      "constant = D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))",
      "constant = math.log(sigma) + 0.5 * math.log(2 * math.pi)"),
    M("no 1/2 on the squared error", G, "/ (2 * sigma ** 2)", "/ sigma ** 2"),
    M("in-place subtraction overwrites the decoder's mean", G,
      "squared = (x - mean).flatten(start_dim=1) ** 2", "squared = mean.sub_(x).flatten(start_dim=1) ** 2"),
    M("log(sigma^2) per pixel instead of log(sigma)", G,
      "constant = D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))",
      "constant = D * (math.log(sigma ** 2) + 0.5 * math.log(2 * math.pi))"),
    M("sums in float64 for accuracy and returns float64", G,
      "return squared.sum(dim=1) / (2 * sigma ** 2) + constant",
      "return squared.sum(dim=1, dtype=torch.float64) / (2 * sigma ** 2) + constant"),
]

ALTERNATIVES = [
    A("ModuleList and LeakyReLU, probs via 1 / (1 + exp(-l))", "DenseDecoder", source='''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        sizes = [latent_dim, *hidden, 784]
        self.linears = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:]))

    def forward(self, z):
        h = z
        for i, layer in enumerate(self.linears):
            h = layer(h)
            if i < len(self.linears) - 1:
                h = F.leaky_relu(h, 0.01)
        return h.view(-1, 1, 28, 28)

    def probs(self, z):
        return 1 / (1 + torch.exp(-self(z)))
'''),
    A("nn.Unflatten as last module", "DenseDecoder",
      "        self.net = nn.Sequential(*layers)\n\n    def forward(self, z):\n        logits = self.net(z)\n        return logits.reshape(len(z), 1, 28, 28)",
      "        self.net = nn.Sequential(*layers, nn.Unflatten(1, (1, 28, 28)))\n\n    def forward(self, z):\n        return self.net(z)"),
    A("channels-last reshape of the dense output", "ConvDecoder",
      "h = self.dense(z).reshape(len(z), self.c1, 7, 7)",
      "h = self.dense(z).reshape(len(z), 7, 7, self.c1).permute(0, 3, 1, 2)"),
    A("ELU activations and F.sigmoid in probs", "ConvDecoder", source='''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.fc1 = nn.Linear(latent_dim, hidden)
        self.fc2 = nn.Linear(hidden, c1 * 49)
        self.up1 = nn.ConvTranspose2d(c1, c2, 4, 2, 1)
        self.up2 = nn.ConvTranspose2d(c2, 1, 4, 2, 1)
        self.unflatten = nn.Unflatten(1, (c1, 7, 7))

    def forward(self, z):
        h = F.elu(self.fc2(F.elu(self.fc1(z))))
        return self.up2(F.elu(self.up1(self.unflatten(h))))

    def probs(self, z):
        return F.sigmoid(self.forward(z))
'''),
    A("F.gaussian_nll_loss with full=True", "gaussian_nll",
      "    squared = (x - mean).flatten(start_dim=1) ** 2\n    D = squared.shape[1]\n    constant = D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))\n    return squared.sum(dim=1) / (2 * sigma ** 2) + constant",
      "    var = torch.full_like(mean, sigma ** 2)\n    nll = F.gaussian_nll_loss(mean, x, var, full=True, eps=0.0, reduction='none')\n    return nll.flatten(1).sum(dim=1)"),
    A("torch.distributions.Normal log_prob", "gaussian_nll",
      "    squared = (x - mean).flatten(start_dim=1) ** 2\n    D = squared.shape[1]\n    constant = D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))\n    return squared.sum(dim=1) / (2 * sigma ** 2) + constant",
      "    normal = torch.distributions.Normal(mean.reshape(len(mean), -1), sigma)\n    return -normal.log_prob(x.reshape(len(x), -1)).sum(dim=1)"),
    A("expanded formula with D/2 log(2 pi sigma^2)", "gaussian_nll",
      "constant = D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))",
      "constant = D / 2 * math.log(2 * math.pi * sigma ** 2)"),
]
