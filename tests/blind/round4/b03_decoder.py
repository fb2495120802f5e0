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

def _cls(head, init, fwd, probs):
    return head + init + "\n    def forward(self, z):\n" + fwd + "\n    def probs(self, z):\n" + probs

DD_INIT = '''        layers, width = [], latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)
'''
DD_FWD = '''        return self.net(z).reshape(len(z), 1, 28, 28)
'''
P_OK = '''        return torch.sigmoid(self.forward(z))
'''
CD_INIT = '''        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1))
'''
CD_FWD = '''        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))
'''

MISTAKES = [
    dict(name="ReLU after the output layer too", grade_id="DenseDecoder",
         source=_cls(_DD, DD_INIT.replace("layers.append(nn.Linear(width, 784))", "layers += [nn.Linear(width, 784), nn.ReLU()]"), DD_FWD, P_OK)),
    dict(name="sigmoid in forward, probs applies sigmoid again", grade_id="DenseDecoder",
         source=_cls(_DD, DD_INIT, '''        return torch.sigmoid(self.net(z)).reshape(len(z), 1, 28, 28)
''', P_OK)),
    dict(name="hidden layers in reversed order (mirror of encoder default)", grade_id="DenseDecoder",
         source=_cls(_DD, DD_INIT.replace("for h in hidden:", "for h in reversed(hidden):"), DD_FWD, P_OK)),
    dict(name="probs uses softmax over pixels", grade_id="DenseDecoder",
         source=_cls(_DD, DD_INIT, DD_FWD, '''        logits = self.forward(z)
        return torch.softmax(logits.flatten(1), dim=1).reshape_as(logits)
''')),
    dict(name="with hidden=() still inserts a 200-unit hidden layer", grade_id="DenseDecoder",
         source=_cls(_DD, '''        layers, width = [], latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(hidden[-1] if hidden else 200, 784))
        if not hidden:
            layers.insert(0, nn.Linear(latent_dim, 200))
        self.net = nn.Sequential(*layers)
''', DD_FWD, P_OK)),
    dict(name="forward returns flat (B, 784) logits", grade_id="DenseDecoder",
         source=_cls(_DD, DD_INIT, '''        return self.net(z)
''', '''        return torch.sigmoid(self.net(z)).reshape(-1, 1, 28, 28)
''')),
    # ConvDecoder
    dict(name="no ReLU after the second linear layer", grade_id="ConvDecoder",
         source=_cls(_CD, CD_INIT.replace("nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())", "nn.Linear(hidden, c1 * 7 * 7))"), CD_FWD, P_OK)),
    dict(name="channel order swapped in deconvs (c2 then c1)", grade_id="ConvDecoder",
         source=_cls(_CD, '''        c2, c1 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1))
''', CD_FWD, P_OK)),
    dict(name="reshape to (B, 7, 7, c1) then permute wrongly (channels-last view)", grade_id="ConvDecoder",
         source=_cls(_CD, CD_INIT, '''        h = self.fc(z).reshape(len(z), 7, 7, self.c1).permute(0, 3, 1, 2)
        return self.deconv(h)
''', P_OK)),
    dict(name="sigmoid at the end of forward", grade_id="ConvDecoder",
         source=_cls(_CD, CD_INIT, '''        return torch.sigmoid(self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7)))
''', '''        return self.forward(z)
''')),
    dict(name="hidden width hard-coded 128", grade_id="ConvDecoder",
         source=_cls(_CD, CD_INIT.replace("nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden,", "nn.Linear(latent_dim, 128), nn.ReLU(), nn.Linear(128,"), CD_FWD, P_OK)),
    dict(name="ReLU after the last transposed convolution", grade_id="ConvDecoder",
         source=_cls(_CD, CD_INIT.replace("nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1))", "nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1), nn.ReLU())"), CD_FWD, P_OK)),
    # gaussian_nll
    dict(name="mean over pixels instead of sum", grade_id="gaussian_nll",
         source=_GN + '''    sq = ((x - mean) ** 2).reshape(len(x), -1)
    return (sq / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)).mean(dim=1)
'''),
    dict(name="constant dropped", grade_id="gaussian_nll",
         source=_GN + '''    return ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1) / (2 * sigma ** 2)
'''),
    dict(name="divides by 2 sigma instead of 2 sigma^2", grade_id="gaussian_nll",
         source=_GN + '''    D = x[0].numel()
    sq = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return sq / (2 * sigma) + D * math.log(sigma) + D / 2 * math.log(2 * math.pi)
'''),
    dict(name="log(2 pi sigma) instead of log(2 pi sigma^2)", grade_id="gaussian_nll",
         source=_GN + '''    D = x[0].numel()
    sq = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return sq / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma)
'''),
    dict(name="D hard-coded to 784", grade_id="gaussian_nll",
         source=_GN + '''    sq = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return sq / (2 * sigma ** 2) + 784 / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name="sums over dims (1,2,3) only -> wrong for (B, D) input (sums all)", grade_id="gaussian_nll",
         source=_GN + '''    D = x[0].numel()
    sq = ((x - mean) ** 2)
    sq = sq.sum(dim=tuple(range(1, sq.dim()))) if sq.dim() == 4 else sq.sum()
    return sq / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
]

ALTERNATIVES = [
    dict(name="DenseDecoder with ModuleList and F.relu, probs via logits.sigmoid()", grade_id="DenseDecoder",
         source=_cls(_DD, '''        sizes = [latent_dim, *hidden]
        self.hidden_layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:]))
        self.out = nn.Linear(sizes[-1], 28 * 28)
''', '''        for layer in self.hidden_layers:
            z = F.relu(layer(z))
        return self.out(z).view(-1, 1, 28, 28)
''', '''        return self(z).sigmoid()
''')),
    dict(name="ConvDecoder with Unflatten in the Sequential and LeakyReLU", grade_id="ConvDecoder",
         source=_cls(_CD, '''        c1, c2 = channels
        self.net = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.LeakyReLU(0.01),
            nn.Linear(hidden, c1 * 49), nn.LeakyReLU(0.01),
            nn.Unflatten(1, (c1, 7, 7)),
            nn.ConvTranspose2d(c1, c2, 4, 2, 1), nn.LeakyReLU(0.01),
            nn.ConvTranspose2d(c2, 1, 4, 2, 1))
''', '''        return self.net(z)
''', '''        return torch.special.expit(self.net(z))
''')),
    dict(name="gaussian_nll via F.gaussian_nll_loss-free formula with flatten", grade_id="gaussian_nll",
         source=_GN + '''    diff = (x - mean).flatten(start_dim=1)
    D = diff.shape[1]
    return 0.5 * (diff / sigma).pow(2).sum(-1) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
]
