NOTEBOOK = "03_decoder"

_DD = '''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
{init}

    def forward(self, z):
{fwd}

    def probs(self, z):
{probs}'''
_CD = '''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
{init}

    def forward(self, z):
{fwd}

    def probs(self, z):
{probs}'''
_GN = '''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
{body}'''

DD_INIT = '''        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)'''
DD_FWD = "        return self.net(z).reshape(len(z), 1, 28, 28)"
PROBS = "        return torch.sigmoid(self.forward(z))"
CD_INIT = '''        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )'''
CD_FWD = "        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))"

def dd(init=DD_INIT, fwd=DD_FWD, probs=PROBS): return dict(grade_id="DenseDecoder", source=_DD.format(init=init, fwd=fwd, probs=probs))
def cd(init=CD_INIT, fwd=CD_FWD, probs=PROBS): return dict(grade_id="ConvDecoder", source=_CD.format(init=init, fwd=fwd, probs=probs))
def gn(b): return dict(grade_id="gaussian_nll", source=_GN.format(body=b))

MISTAKES = [
    dict(name="sigmoid at the end of forward", **dd(fwd="        return torch.sigmoid(self.net(z)).reshape(len(z), 1, 28, 28)", probs="        return self.forward(z)")),
    dict(name="probs applies sigmoid twice", **dd(fwd="        return self.net(z).reshape(len(z), 1, 28, 28)", probs="        return torch.sigmoid(torch.sigmoid(self.forward(z)))")),
    dict(name="ReLU after the output layer", **dd(init=DD_INIT.replace("layers.append(nn.Linear(width, 784))", "layers += [nn.Linear(width, 784), nn.ReLU()]"))),
    dict(name="hidden order reversed inside", **dd(init=DD_INIT.replace("for size in hidden:", "for size in reversed(hidden):"))),
    dict(name="channels ignored (32, 16 hard-coded)", **cd(init=CD_INIT.replace("c1, c2 = channels", "c1, c2 = 32, 16"))),
    dict(name="no ReLU between the two linear layers", **cd(init=CD_INIT.replace("nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear", "nn.Linear(latent_dim, hidden), nn.Linear"))),
    dict(name="sigmoid on the last transposed conv", **cd(fwd="        return torch.sigmoid(self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7)))", probs="        return self.forward(z)")),
    dict(name="ReLU after the last transposed conv", **cd(init=CD_INIT.replace("nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),", "nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1), nn.ReLU(),"))),
    dict(name="mean over pixels instead of sum", **gn("    diff = (x - mean).reshape(len(x), -1)\n    return ((diff ** 2) / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)).mean(dim=1)")),
    dict(name="sigma instead of sigma^2 in the denominator", **gn("    diff = (x - mean).reshape(len(x), -1)\n    D = diff.shape[1]\n    return (diff ** 2).sum(dim=1) / (2 * sigma) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))")),
    dict(name="constant counted once, not per pixel", **gn("    diff = (x - mean).reshape(len(x), -1)\n    return (diff ** 2).sum(dim=1) / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)")),
    dict(name="log(2 pi sigma) instead of log(2 pi sigma^2)", **gn("    diff = (x - mean).reshape(len(x), -1)\n    D = diff.shape[1]\n    return (diff ** 2).sum(dim=1) / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma)")),
    dict(name="D hard-coded to 784", **gn("    diff = (x - mean).reshape(len(x), -1)\n    return (diff ** 2).sum(dim=1) / (2 * sigma ** 2) + 784 / 2 * math.log(2 * math.pi * sigma ** 2)")),
]

ALTERNATIVES = [
    dict(name="ModuleList, unflatten, F.relu, probs via sigmoid of forward", **dd(init='''        sizes = [latent_dim, *hidden]
        self.hidden_layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:]))
        self.out = nn.Linear(sizes[-1], 784)''', fwd='''        h = z
        for layer in self.hidden_layers:
            h = F.relu(layer(h))
        return self.out(h).unflatten(1, (1, 28, 28))''', probs="        return self(z).sigmoid()")),
    dict(name="explicit layers, view", **cd(init='''        self.c1, self.c2 = channels
        self.lin1 = nn.Linear(latent_dim, hidden)
        self.lin2 = nn.Linear(hidden, self.c1 * 49)
        self.up1 = nn.ConvTranspose2d(self.c1, self.c2, 4, stride=2, padding=1)
        self.up2 = nn.ConvTranspose2d(self.c2, 1, 4, stride=2, padding=1)''', fwd='''        h = F.relu(self.lin2(F.relu(self.lin1(z))))
        h = h.view(-1, self.c1, 7, 7)
        return self.up2(F.relu(self.up1(h)))''')),
    dict(name="flatten and closed form with D", **gn("    sq = (x - mean).flatten(1).pow(2)\n    D = sq.shape[1]\n    return sq.sum(1) / (2 * sigma * sigma) + 0.5 * D * math.log(2 * math.pi * sigma * sigma)")),
]
