"""Blind round 6: wrong and alternative answers for notebook 03_decoder."""

NOTEBOOK = "03_decoder"


def swap(base, old, new):
    assert base.count(old) == 1, (old, base)
    return base.replace(old, new)


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
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

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

NLL = '''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    squared = ((x - mean) ** 2).reshape(len(x), -1)
    D = squared.shape[1]
    return squared.sum(dim=1) / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''

MISTAKES = [
    # ---- DenseDecoder
    dict(name="a sigmoid at the end of the network (forward returns probabilities)", grade_id="DenseDecoder",
         source=swap(DENSE, "layers.append(nn.Linear(width, 784))", "layers += [nn.Linear(width, 784), nn.Sigmoid()]")),
    dict(name="ReLU after the output layer too (logits can no longer be negative)", grade_id="DenseDecoder",
         source=swap(DENSE, "layers.append(nn.Linear(width, 784))", "layers += [nn.Linear(width, 784), nn.ReLU()]")),
    dict(name="probs forgets to reshape (returns (B, 784))", grade_id="DenseDecoder",
         source=swap(DENSE, "return torch.sigmoid(self.forward(z))", "return torch.sigmoid(self.net(z))")),
    dict(name="forward reshapes to (B, 28, 28) without the channel dimension", grade_id="DenseDecoder",
         source=swap(DENSE, "reshape(len(z), 1, 28, 28)", "reshape(len(z), 28, 28)")),
    dict(name="hidden widths used in reverse order (copied from the encoder)", grade_id="DenseDecoder",
         source=swap(DENSE, "for size in hidden:", "for size in reversed(hidden):")),
    dict(name="output layer reads hidden[-1] (breaks for hidden=())", grade_id="DenseDecoder",
         source=swap(DENSE, "layers.append(nn.Linear(width, 784))", "layers.append(nn.Linear(hidden[-1], 784))")),
    dict(name="logits clamped to [-10, 10] 'for numerical safety'", grade_id="DenseDecoder",
         source=swap(DENSE, "return self.net(z).reshape(len(z), 1, 28, 28)",
                     "return self.net(z).clamp(-10, 10).reshape(len(z), 1, 28, 28)")),
    dict(name="probs draws a Bernoulli sample instead of returning the probabilities", grade_id="DenseDecoder",
         source=swap(DENSE, "return torch.sigmoid(self.forward(z))", "return torch.bernoulli(torch.sigmoid(self.forward(z)))")),
    # ---- ConvDecoder
    dict(name="ReLU after the last transposed convolution", grade_id="ConvDecoder",
         source=swap(CONV, "nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),\n",
                     "nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1), nn.ReLU(),\n")),
    dict(name="no ReLU after the second linear layer (before the reshape)", grade_id="ConvDecoder",
         source=swap(CONV, "nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),", "nn.Linear(hidden, c1 * 7 * 7),")),
    dict(name="reshape hard-codes 32 channels", grade_id="ConvDecoder",
         source=swap(CONV, "reshape(len(z), self.c1, 7, 7)", "reshape(len(z), 32, 7, 7)")),
    dict(name="nearest upsampling + 3x3 convolutions instead of transposed convolutions", grade_id="ConvDecoder",
         source=swap(swap(CONV, "nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),",
                          "nn.Upsample(scale_factor=2), nn.Conv2d(c1, c2, kernel_size=3, padding=1), nn.ReLU(),"),
                     "nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),",
                     "nn.Upsample(scale_factor=2), nn.Conv2d(c2, 1, kernel_size=3, padding=1),")),
    dict(name="kernel 3 with output_padding=1 (right sizes, wrong parameter count)", grade_id="ConvDecoder",
         source=swap(swap(CONV, "nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1)",
                          "nn.ConvTranspose2d(c1, c2, kernel_size=3, stride=2, padding=1, output_padding=1)"),
                     "nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1)",
                     "nn.ConvTranspose2d(c2, 1, kernel_size=3, stride=2, padding=1, output_padding=1)")),
    dict(name="ignores the hidden argument (128 units always)", grade_id="ConvDecoder",
         source=swap(CONV, "c1, c2 = channels", "c1, c2 = channels\n        hidden = 128")),
    dict(name="probs takes a softmax over the channel dimension (all ones)", grade_id="ConvDecoder",
         source=swap(CONV, "return torch.sigmoid(self.forward(z))", "return torch.softmax(self.forward(z), dim=1)")),
    dict(name="first transposed convolution keeps c1 channels, the second maps c1 to 1 (c2 ignored)",
         grade_id="ConvDecoder",
         source=swap(swap(CONV, "nn.ConvTranspose2d(c1, c2, kernel_size=4", "nn.ConvTranspose2d(c1, c1, kernel_size=4"),
                     "nn.ConvTranspose2d(c2, 1, kernel_size=4", "nn.ConvTranspose2d(c1, 1, kernel_size=4")),
    # ---- gaussian_nll
    dict(name="averages over the pixels instead of summing", grade_id="gaussian_nll",
         source=swap(NLL, "return squared.sum(dim=1) / (2 * sigma ** 2) + D * (",
                     "return squared.mean(dim=1) / (2 * sigma ** 2) + (")),
    dict(name="divides the squared error by 2 sigma instead of 2 sigma^2", grade_id="gaussian_nll",
         source=swap(NLL, "/ (2 * sigma ** 2)", "/ (2 * sigma)")),
    dict(name="drops the log(2 pi) / 2 constant", grade_id="gaussian_nll",
         source=swap(NLL, "D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))", "D * math.log(sigma)")),
    dict(name="hard-codes D = 784", grade_id="gaussian_nll",
         source=swap(NLL, "D = squared.shape[1]", "D = 784")),
    dict(name="sums over the whole batch (returns a scalar)", grade_id="gaussian_nll",
         source=swap(NLL, "squared.sum(dim=1) / (2 * sigma ** 2) + D *", "squared.sum() / (2 * sigma ** 2) + len(x) * D *")),
    dict(name="constant written as D/2 log(2 pi sigma) (sigma not squared)", grade_id="gaussian_nll",
         source=swap(NLL, "D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))", "0.5 * D * math.log(2 * math.pi * sigma)")),
    dict(name="sums over dims (1, 2, 3): fails for flat (B, D) inputs", grade_id="gaussian_nll",
         source=swap(swap(NLL, "squared = ((x - mean) ** 2).reshape(len(x), -1)\n    D = squared.shape[1]\n",
                          "squared = (x - mean) ** 2\n    D = squared[0].numel()\n"),
                     "squared.sum(dim=1)", "squared.sum(dim=(1, 2, 3))")),
    dict(name="returns the log-likelihood (sign flipped)", grade_id="gaussian_nll",
         source=swap(NLL, "return squared.sum(dim=1)", "return -squared.sum(dim=1)").replace(
             "+ D * (math.log(sigma)", "- D * (math.log(sigma)")),
]

ALTERNATIVES = [
    dict(name="DenseDecoder with ModuleList, ELU activations, probs via 1 / (1 + exp(-l))", grade_id="DenseDecoder",
         source='''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        sizes = [latent_dim, *hidden]
        self.hidden_layers = nn.ModuleList([nn.Linear(sizes[i], sizes[i + 1]) for i in range(len(hidden))])
        self.output = nn.Linear(sizes[-1], 28 * 28)
        self.unflatten = nn.Unflatten(1, (1, 28, 28))

    def forward(self, z):
        h = z
        for layer in self.hidden_layers:
            h = nn.functional.elu(layer(h))
        return self.unflatten(self.output(h))

    def probs(self, z):
        return 1.0 / (1.0 + torch.exp(-self(z)))
'''),
    dict(name="ConvDecoder with nn.Unflatten inside one Sequential, LeakyReLU, probs via F.sigmoid", grade_id="ConvDecoder",
         source='''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.net = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.LeakyReLU(),
            nn.Linear(hidden, c1 * 49), nn.LeakyReLU(),
            nn.Unflatten(1, (c1, 7, 7)),
            nn.ConvTranspose2d(c1, c2, 4, 2, 1), nn.LeakyReLU(),
            nn.ConvTranspose2d(c2, 1, 4, 2, 1),
        )

    def forward(self, z):
        return self.net(z)

    def probs(self, z):
        return F.sigmoid(self.net(z))
'''),
    dict(name="gaussian_nll with F.mse_loss(reduction='none') and flatten(1)", grade_id="gaussian_nll",
         source='''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    per_pixel = F.mse_loss(mean, x, reduction="none").flatten(1) / (2 * sigma * sigma)
    per_pixel = per_pixel + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.sum(dim=1)
'''),
    dict(name="gaussian_nll with torch.distributions.Normal.log_prob", grade_id="gaussian_nll",
         source='''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    log_density = torch.distributions.Normal(mean, sigma).log_prob(x)
    return -log_density.reshape(log_density.shape[0], -1).sum(dim=-1)
'''),
    dict(name="gaussian_nll via the norm of the difference and D/2 log(2 pi sigma^2)", grade_id="gaussian_nll",
         source='''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    difference = (x - mean).flatten(start_dim=1)
    D = difference.shape[-1]
    return difference.norm(dim=1) ** 2 / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
]
