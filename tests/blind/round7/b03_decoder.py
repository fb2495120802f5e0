"""Round 7 blind test cases for notebook 03_decoder (written from the student notebook only)."""

NOTEBOOK = "03_decoder"


def mut(template, old, new, count=1):
    """Replace `old` by `new` in `template`, insisting that `old` occurs exactly `count` times."""
    found = template.count(old)
    assert found == count, (old, found)
    return template.replace(old, new)


DENSE = '''class DenseDecoder(nn.Module):
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

CONV = '''class ConvDecoder(nn.Module):
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

NLL = '''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    diff = (x - mean).reshape(len(x), -1)
    D = diff.shape[1]
    squared = (diff ** 2).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''

M = []
A = []


def mistake(name, gid, source):
    M.append(dict(name=name, grade_id=gid, source=source))


def alternative(name, gid, source):
    A.append(dict(name=name, grade_id=gid, source=source))


# ----------------------------------------------------------------------------- DenseDecoder
g = "DenseDecoder"
mistake("sigmoid at the end of forward (probs returns forward)", g,
        mut(mut(DENSE, "        return logits.reshape(len(z), 1, 28, 28)\n",
                "        return torch.sigmoid(logits).reshape(len(z), 1, 28, 28)\n"),
            "        return torch.sigmoid(self.forward(z))\n", "        return self.forward(z)\n"))
mistake("ReLU after the output layer as well", g,
        mut(DENSE, "        layers.append(nn.Linear(width, 784))\n", "        layers.append(nn.Linear(width, 784))\n        layers.append(nn.ReLU())\n"))
mistake("probs uses a softmax over the pixels", g,
        mut(DENSE, "        return torch.sigmoid(self.forward(z))\n",
            "        logits = self.forward(z)\n        return torch.softmax(logits.flatten(1), dim=1).reshape(logits.shape)\n"))
mistake("reshapes the logits to (B, 28, 28), no channel dimension", g,
        mut(DENSE, "return logits.reshape(len(z), 1, 28, 28)", "return logits.reshape(len(z), 28, 28)"))
mistake("builds the hidden layers in reversed order (mirror confusion)", g,
        mut(DENSE, "        for size in hidden:", "        for size in reversed(hidden):"))
mistake("output layer reads hidden[-1]: breaks for hidden=()", g,
        mut(DENSE, "layers.append(nn.Linear(width, 784))", "layers.append(nn.Linear(hidden[-1], 784))"))
mistake("first layer hard-coded to a 2-d code", g,
        mut(DENSE, "        width = latent_dim\n", "        width = 2\n"))
mistake("probs returns flat (B, 784) probabilities", g,
        mut(DENSE, "        return torch.sigmoid(self.forward(z))\n", "        return torch.sigmoid(self.net(z))\n"))
mistake("logits clamped to [-10, 10] 'for stability'", g,
        mut(DENSE, "        logits = self.net(z)\n", "        logits = self.net(z).clamp(-10, 10)\n"))
mistake("probs computed without gradients (no_grad), unusable in a Gaussian loss", g,
        mut(DENSE, "        return torch.sigmoid(self.forward(z))\n",
            "        with torch.no_grad():\n            return torch.sigmoid(self.forward(z))\n"))
mistake("layers kept in a Python list, not registered", g,
        mut(mut(DENSE, "        self.net = nn.Sequential(*layers)\n", "        self.layers = layers\n"),
            "        logits = self.net(z)\n", "        logits = z\n        for layer in self.layers:\n            logits = layer(logits)\n"))

alternative("ModuleList, functional ReLU, unflatten and Tensor.sigmoid", g,
            '''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits."""

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        sizes = [latent_dim, *hidden]
        self.hidden_layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:]))
        self.out = nn.Linear(sizes[-1], 28 * 28)

    def forward(self, z):
        h = z
        for layer in self.hidden_layers:
            h = torch.relu(layer(h))
        return self.out(h).unflatten(1, (1, 28, 28))

    def probs(self, z):
        return self(z).sigmoid()
''')
alternative("ELU activations, nn.Unflatten in the network", g,
            mut(mut(mut(DENSE, "layers.append(nn.ReLU())", "layers.append(nn.ELU())"),
                    "        layers.append(nn.Linear(width, 784))\n",
                    "        layers.append(nn.Linear(width, 784))\n        layers.append(nn.Unflatten(1, (1, 28, 28)))\n"),
                "        return logits.reshape(len(z), 1, 28, 28)\n", "        return logits\n"))

# ----------------------------------------------------------------------------- ConvDecoder
g = "ConvDecoder"
mistake("no ReLU between the second linear layer and the reshape", g,
        mut(CONV, """            nn.Linear(hidden, c1 * 7 * 7),
            nn.ReLU(),
""", """            nn.Linear(hidden, c1 * 7 * 7),
"""))
mistake("upsampling + 3x3 convolutions instead of transposed convolutions", g,
        mut(CONV, """            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1),
            nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
""", """            nn.Upsample(scale_factor=2),
            nn.Conv2d(c1, c2, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.Upsample(scale_factor=2),
            nn.Conv2d(c2, 1, kernel_size=3, padding=1),
"""))
mistake("kernel 3 with output_padding=1 (right sizes, wrong parameter count)", g,
        mut(mut(CONV, "nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1)",
                "nn.ConvTranspose2d(c1, c2, kernel_size=3, stride=2, padding=1, output_padding=1)"),
            "nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1)",
            "nn.ConvTranspose2d(c2, 1, kernel_size=3, stride=2, padding=1, output_padding=1)"))
mistake("sigmoid after the last transposed convolution", g,
        mut(CONV, """            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )""", """            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
            nn.Sigmoid(),
        )"""))
mistake("ignores channels: always 32 and 16", g, mut(CONV, "        c1, c2 = channels\n", "        c1, c2 = 32, 16\n"))
mistake("hard-coded 32 channels in the reshape (batch silently mixed up for other c1)", g,
        mut(CONV, "h = self.dense(z).reshape(len(z), self.c1, 7, 7)", "h = self.dense(z).reshape(-1, 32, 7, 7)"))
mistake("ReLU after the last transposed convolution", g,
        mut(CONV, """            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )""", """            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
            nn.ReLU(),
        )"""))
mistake("probs clamps the logits to [0, 1] instead of applying the sigmoid", g,
        mut(CONV, "        return torch.sigmoid(self.forward(z))\n", "        return self.forward(z).clamp(0, 1)\n"))
mistake("BatchNorm2d between the transposed convolutions", g,
        mut(CONV, """            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1),
            nn.ReLU(),""", """            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1),
            nn.BatchNorm2d(c2),
            nn.ReLU(),"""))
mistake("first linear layer ignores hidden (fixed 128 units)", g,
        mut(mut(CONV, "            nn.Linear(latent_dim, hidden),\n", "            nn.Linear(latent_dim, 128),\n"),
            "            nn.Linear(hidden, c1 * 7 * 7),\n", "            nn.Linear(128, c1 * 7 * 7),\n"))

alternative("nn.Unflatten inside one Sequential, LeakyReLU", g,
            '''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.net = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.LeakyReLU(0.2),
            nn.Linear(hidden, c1 * 49), nn.LeakyReLU(0.2),
            nn.Unflatten(1, (c1, 7, 7)),
            nn.ConvTranspose2d(c1, c2, 4, 2, 1), nn.LeakyReLU(0.2),
            nn.ConvTranspose2d(c2, 1, 4, 2, 1),
        )

    def forward(self, z):
        return self.net(z)

    def probs(self, z):
        return 1 / (1 + torch.exp(-self.net(z)))
''')
alternative("view with -1 for the batch and separate layers", g,
            '''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        self.c1, c2 = channels
        self.fc1 = nn.Linear(latent_dim, hidden)
        self.fc2 = nn.Linear(hidden, self.c1 * 7 * 7)
        self.up1 = nn.ConvTranspose2d(self.c1, c2, kernel_size=4, stride=2, padding=1)
        self.up2 = nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1)

    def forward(self, z):
        h = torch.relu(self.fc2(torch.relu(self.fc1(z))))
        h = torch.relu(self.up1(h.view(-1, self.c1, 7, 7)))
        return self.up2(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
''')

# ----------------------------------------------------------------------------- gaussian_nll
g = "gaussian_nll"
mistake("divides by 2 sigma instead of 2 sigma^2", g, mut(NLL, "squared / (2 * sigma ** 2)", "squared / (2 * sigma)"))
mistake("averages over the pixels instead of summing", g,
        mut(mut(NLL, "squared = (diff ** 2).sum(dim=1)", "squared = (diff ** 2).mean(dim=1)"),
            "D * (math.log(sigma)", "(math.log(sigma)"))
mistake("leaves the constant out", g,
        mut(NLL, "    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))\n",
            "    return squared / (2 * sigma ** 2)\n"))
mistake("adds the constant once per image, not once per pixel", g,
        mut(NLL, "+ D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))", "+ (math.log(sigma) + 0.5 * math.log(2 * math.pi))"))
mistake("sums over dims (1, 2, 3): fails on flat (B, D) images", g,
        mut(mut(NLL, "    diff = (x - mean).reshape(len(x), -1)\n    D = diff.shape[1]\n",
                "    diff = x - mean\n    D = diff[0].numel()\n"),
            "squared = (diff ** 2).sum(dim=1)", "squared = (diff ** 2).sum(dim=(1, 2, 3))"))
mistake("log(2 pi sigma) / 2 instead of log(2 pi sigma^2) / 2", g,
        mut(NLL, "D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))", "D * 0.5 * math.log(2 * math.pi * sigma)"))
mistake("sums over the whole batch (one number)", g,
        mut(NLL, "squared = (diff ** 2).sum(dim=1)", "squared = (diff ** 2).sum()"))
mistake("hard-codes D = 784", g, mut(NLL, "D = diff.shape[1]", "D = 784"))
mistake("D read as x.shape[1] (1 for images of shape (B, 1, 28, 28))", g,
        mut(NLL, "D = diff.shape[1]", "D = x.shape[1]"))

alternative("torch.distributions.Normal log_prob, negated and summed", g,
            mut(NLL, """    diff = (x - mean).reshape(len(x), -1)
    D = diff.shape[1]
    squared = (diff ** 2).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
""", """    normal = torch.distributions.Normal(mean.reshape(len(mean), -1), sigma)
    return -normal.log_prob(x.reshape(len(x), -1)).sum(dim=1)
"""))
alternative("F.mse_loss with reduction none and a per-pixel constant", g,
            mut(NLL, """    diff = (x - mean).reshape(len(x), -1)
    D = diff.shape[1]
    squared = (diff ** 2).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
""", """    per_pixel = F.mse_loss(mean, x, reduction="none") / (2 * sigma * sigma)
    per_pixel = per_pixel + 0.5 * math.log(2 * math.pi * sigma * sigma)
    return per_pixel.flatten(start_dim=1).sum(dim=1)
"""))

MISTAKES = M
ALTERNATIVES = A
