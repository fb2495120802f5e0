"""Blind round 8: mistakes and alternatives for notebook 03_decoder (written from the student notebook only)."""

NOTEBOOK = "03_decoder"

DENSE_INIT_OK = '''        layers = []
        width = latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)'''
DENSE_FWD_OK = '''        return self.net(z).reshape(len(z), 1, 28, 28)'''
PROBS_OK = '''        return torch.sigmoid(self.forward(z))'''

DENSE = '''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
{init}

    def forward(self, z):
{forward}

    def probs(self, z):
{probs}
'''


def dense(init=DENSE_INIT_OK, forward=DENSE_FWD_OK, probs=PROBS_OK):
    return DENSE.format(init=init, forward=forward, probs=probs)


CONV_INIT_OK = '''        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )'''
CONV_FWD_OK = '''        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)'''

CONV = '''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
{init}

    def forward(self, z):
{forward}

    def probs(self, z):
{probs}
'''


def conv(init=CONV_INIT_OK, forward=CONV_FWD_OK, probs=PROBS_OK):
    return CONV.format(init=init, forward=forward, probs=probs)


NLL = '''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
{body}
'''


def nll(body):
    return NLL.format(body=body)


SQ = "    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)\n    D = x[0].numel()\n"

MISTAKES = [
    # ---------------- DenseDecoder ----------------
    dict(name="ReLU after the last layer too: logits can never be negative", grade_id="DenseDecoder",
         source=dense(init=DENSE_INIT_OK.replace("layers.append(nn.Linear(width, 784))",
                                                 "layers += [nn.Linear(width, 784), nn.ReLU()]"))),
    dict(name="last layer reads hidden[-1]: breaks for hidden=()", grade_id="DenseDecoder",
         source=dense(init=DENSE_INIT_OK.replace("layers.append(nn.Linear(width, 784))",
                                                 "layers.append(nn.Linear(hidden[-1], 784))"))),
    dict(name="first layer hard-codes a 2-D code", grade_id="DenseDecoder",
         source=dense(init=DENSE_INIT_OK.replace("width = latent_dim", "width = 2"))),
    dict(name="mirrors the widths again: iterates over reversed(hidden)", grade_id="DenseDecoder",
         source=dense(init=DENSE_INIT_OK.replace("for size in hidden:", "for size in reversed(hidden):"))),
    dict(name="probs uses (tanh + 1) / 2, which is sigmoid(2 * logits)", grade_id="DenseDecoder",
         source=dense(probs="        return (torch.tanh(self.forward(z)) + 1) / 2")),
    dict(name="probs is a softmax over the 784 pixels", grade_id="DenseDecoder",
         source=dense(probs="        logits = self.forward(z)\n"
                            "        return torch.softmax(logits.reshape(len(z), -1), dim=1).reshape(logits.shape)")),
    dict(name="hidden layers stored in a plain Python list (not registered)", grade_id="DenseDecoder",
         source=dense(init='''        self.hidden_layers = []
        width = latent_dim
        for size in hidden:
            self.hidden_layers.append(nn.Linear(width, size))
            width = size
        self.out = nn.Linear(width, 784)''',
                      forward='''        h = z
        for layer in self.hidden_layers:
            h = torch.relu(layer(h))
        return self.out(h).reshape(len(z), 1, 28, 28)''')),
    dict(name="dropout between the hidden layers", grade_id="DenseDecoder",
         source=dense(init=DENSE_INIT_OK.replace("layers += [nn.Linear(width, size), nn.ReLU()]",
                                                 "layers += [nn.Linear(width, size), nn.ReLU(), nn.Dropout(0.1)]"))),
    dict(name="probs applies the sigmoid to the flat (B, 784) output, without the reshape", grade_id="DenseDecoder",
         source=dense(probs="        return torch.sigmoid(self.net(z))")),

    # ---------------- ConvDecoder ----------------
    dict(name="reshape hard-codes 32 channels", grade_id="ConvDecoder",
         source=conv(forward="        h = self.fc(z).reshape(-1, 32, 7, 7)\n        return self.deconv(h)")),
    dict(name="no ReLU after the second linear layer", grade_id="ConvDecoder",
         source=conv(init=CONV_INIT_OK.replace("nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),", "nn.Linear(hidden, c1 * 7 * 7),"))),
    dict(name="ReLU after the last transposed convolution", grade_id="ConvDecoder",
         source=conv(init=CONV_INIT_OK.replace("nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),",
                                               "nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1), nn.ReLU(),"))),
    dict(name="kernel 3 with output_padding=1 (same shapes, wrong parameter count)", grade_id="ConvDecoder",
         source=conv(init=CONV_INIT_OK.replace("kernel_size=4, stride=2, padding=1", "kernel_size=3, stride=2, padding=1, output_padding=1"))),
    dict(name="nearest-neighbour upsampling + 'same' convolutions instead of transposed convolutions",
         grade_id="ConvDecoder",
         source=conv(init=CONV_INIT_OK.replace(
             "nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),\n            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),",
             "nn.Upsample(scale_factor=2), nn.Conv2d(c1, c2, kernel_size=4, padding='same'), nn.ReLU(),\n"
             "            nn.Upsample(scale_factor=2), nn.Conv2d(c2, 1, kernel_size=4, padding='same'),"))),
    dict(name="second linear layer hard-codes 128 inputs instead of hidden", grade_id="ConvDecoder",
         source=conv(init=CONV_INIT_OK.replace("nn.Linear(hidden, c1 * 7 * 7)", "nn.Linear(128, c1 * 7 * 7)"))),
    dict(name="probs clamps to [0.001, 0.999]", grade_id="ConvDecoder",
         source=conv(probs="        return torch.sigmoid(self.forward(z)).clamp(0.001, 0.999)")),
    dict(name="c2 channels used for the reshape and the first transposed conv (channels swapped)",
         grade_id="ConvDecoder",
         source=conv(init=CONV_INIT_OK.replace("c1, c2 = channels", "c2, c1 = channels"))),

    # ---------------- gaussian_nll ----------------
    dict(name="forgets the log(sigma) term (right only for sigma = 1)", grade_id="gaussian_nll",
         source=nll(SQ + "    return squared / (2 * sigma ** 2) + D * 0.5 * math.log(2 * math.pi)")),
    dict(name="log(sigma^2) where log(sigma) belongs", grade_id="gaussian_nll",
         source=nll(SQ + "    return squared / (2 * sigma ** 2) + D * (math.log(sigma ** 2) + 0.5 * math.log(2 * math.pi))")),
    dict(name="divides the squared error by 2 sigma instead of 2 sigma^2", grade_id="gaussian_nll",
         source=nll(SQ + "    return squared / (2 * sigma) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))")),
    dict(name="operator precedence: squared / 2 * sigma ** 2", grade_id="gaussian_nll",
         source=nll(SQ + "    return squared / 2 * sigma ** 2 + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))")),
    dict(name="sigma read as a variance: / (2 sigma) and log(2 pi sigma) / 2", grade_id="gaussian_nll",
         source=nll(SQ + "    return squared / (2 * sigma) + D * 0.5 * math.log(2 * math.pi * sigma)")),
    dict(name="constant hard-codes D = 784", grade_id="gaussian_nll",
         source=nll("    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)\n"
                    "    return squared / (2 * sigma ** 2) + 784 * (math.log(sigma) + 0.5 * math.log(2 * math.pi))")),
    dict(name="D read from x.shape[-1] (28 for image-shaped inputs)", grade_id="gaussian_nll",
         source=nll("    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)\n    D = x.shape[-1]\n"
                    "    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))")),
    dict(name="D = x.numel(): the pixels of the whole batch", grade_id="gaussian_nll",
         source=nll("    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)\n    D = x.numel()\n"
                    "    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))")),
    dict(name="keeps a trailing dimension: returns (B, 1)", grade_id="gaussian_nll",
         source=nll("    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1, keepdim=True)\n    D = x[0].numel()\n"
                    "    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))")),
    dict(name="averages over the pixels instead of summing", grade_id="gaussian_nll",
         source=nll("    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)\n"
                    "    return per_pixel.reshape(len(x), -1).mean(dim=1)")),
    dict(name="constant log(2 pi) without the 1/2", grade_id="gaussian_nll",
         source=nll(SQ + "    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + math.log(2 * math.pi))")),
]

ALTERNATIVES = [
    dict(name="zip of widths, nn.Unflatten, sigmoid via 1 / (1 + exp(-l))", grade_id="DenseDecoder",
         source=dense(init='''        widths = (latent_dim, *hidden)
        layers = []
        for a, b in zip(widths, widths[1:]):
            layers.extend([nn.Linear(a, b), nn.ReLU(inplace=True)])
        layers.extend([nn.Linear(widths[-1], 28 * 28), nn.Unflatten(1, (1, 28, 28))])
        self.layers = nn.Sequential(*layers)''',
                      forward="        return self.layers(z)",
                      probs="        return 1 / (1 + torch.exp(-self(z)))")),
    dict(name="ModuleList with ELU, F.sigmoid", grade_id="DenseDecoder",
         source=dense(init='''        sizes = [latent_dim, *hidden, 784]
        self.linears = nn.ModuleList([nn.Linear(sizes[i], sizes[i + 1]) for i in range(len(sizes) - 1)])''',
                      forward='''        h = z
        for i, layer in enumerate(self.linears):
            h = layer(h)
            if i < len(self.linears) - 1:
                h = F.elu(h)
        return h.view(z.shape[0], 1, 28, 28)''',
                      probs="        return F.sigmoid(self.forward(z))")),
    dict(name="nn.Unflatten inside one Sequential", grade_id="ConvDecoder",
         source=conv(init='''        self.net = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, channels[0] * 49), nn.ReLU(),
            nn.Unflatten(1, (channels[0], 7, 7)),
            nn.ConvTranspose2d(channels[0], channels[1], 4, 2, 1), nn.LeakyReLU(0.01),
            nn.ConvTranspose2d(channels[1], 1, 4, 2, 1),
        )''', forward="        return self.net(z)")),
    dict(name="torch.distributions.Normal log_prob", grade_id="gaussian_nll",
         source=nll("    normal = torch.distributions.Normal(mean, sigma)\n"
                    "    return -normal.log_prob(x).reshape(x.shape[0], -1).sum(dim=1)")),
    dict(name="F.gaussian_nll_loss with full=True", grade_id="gaussian_nll",
         source=nll("    variance = torch.full_like(mean, sigma ** 2)\n"
                    "    per_pixel = F.gaussian_nll_loss(mean, x, variance, full=True, eps=0.0, reduction='none')\n"
                    "    return per_pixel.flatten(1).sum(dim=1)")),
    dict(name="expanded closed form with D/2 log(2 pi sigma^2)", grade_id="gaussian_nll",
         source=nll("    diff = (x - mean).flatten(start_dim=1)\n    D = diff.shape[1]\n"
                    "    return (diff * diff).sum(1) / (2 * sigma * sigma) + D / 2 * math.log(2 * math.pi * sigma ** 2)")),
]
