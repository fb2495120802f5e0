NOTEBOOK = "02_encoder"

_SPLIT = '''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
{body}'''
_COUNT = '''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
{body}'''
_DENSE = '''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
{init}

    def forward(self, x):
{fwd}'''
_CONV = '''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
{init}

    def forward(self, x):
{fwd}'''

D_INIT = '''        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)'''
D_FWD = '''        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)'''
C_INIT = '''        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)'''
C_FWD = '''        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)'''

def sp(b): return dict(grade_id="split_mean_logvar", source=_SPLIT.format(body=b))
def cnt(b): return dict(grade_id="count_parameters", source=_COUNT.format(body=b))
def de(init=D_INIT, fwd=D_FWD): return dict(grade_id="DenseEncoder", source=_DENSE.format(init=init, fwd=fwd))
def ce(init=C_INIT, fwd=C_FWD): return dict(grade_id="ConvEncoder", source=_CONV.format(init=init, fwd=fwd))

MISTAKES = [
    dict(name="interleaved split (even/odd columns)", **sp("    return h[:, 0::2], h[:, 1::2]")),
    dict(name="swapped halves", **sp("    d = h.shape[1] // 2\n    return h[:, d:], h[:, :d]")),
    dict(name="chunk along dim 0 (batch)", **sp("    mu, logvar = h.chunk(2, dim=0)\n    return mu, logvar")),
    dict(name="split size hard-coded to 2 (default latent)", **sp("    return h[:, :2], h[:, 2:4]")),
    dict(name="counts frozen parameters too", **cnt("    return sum(p.numel() for p in model.parameters())")),
    dict(name="counts tensors, not elements", **cnt("    return sum(1 for p in model.parameters() if p.requires_grad)")),
    dict(name="returns a tensor instead of an int", **cnt("    return torch.tensor([p.numel() for p in model.parameters() if p.requires_grad]).sum()")),
    dict(name="counts only the top-level module's own parameters", **cnt("    return sum(p.numel() for p in model.parameters(recurse=False) if p.requires_grad)")),
    dict(name="hidden widths hard-coded to defaults", **de(init='''        self.body = nn.Sequential(nn.Linear(in_features, 400), nn.ReLU(), nn.Linear(400, 200), nn.ReLU())
        self.mu = nn.Linear(200, latent_dim)
        self.logvar = nn.Linear(200, latent_dim)''')),
    dict(name="in_features ignored (784 always)", **de(init=D_INIT.replace("width = [], in_features", "width = [], 784"))),
    dict(name="ReLU on logvar head", **de(fwd='''        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), torch.relu(self.logvar(h))''')),
    dict(name="logvar computed from mu head (same function)", **de(fwd='''        h = self.body(x.reshape(len(x), -1))
        mu = self.mu(h)
        return mu, mu''')),
    dict(name="no ReLU after the last hidden layer", **de(init='''        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        if layers:
            layers = layers[:-1]
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)''')),
    dict(name="flatten with view(-1, 784) ignores in_features", **de(fwd='''        h = self.body(x.reshape(-1, 784))
        return self.mu(h), self.logvar(h)''')),
    dict(name="channels hard-coded to (16, 32)", **ce(init=C_INIT.replace("c1, c2 = channels", "c1, c2 = 16, 32"))),
    dict(name="kernel 3 padding 1 gives 14 then 7 but wrong params", **ce(init=C_INIT.replace("kernel_size=4", "kernel_size=3"))),
    dict(name="no ReLU after the linear layer", **ce(init=C_INIT.replace("nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),", "nn.Linear(c2 * 7 * 7, hidden),"))),
    dict(name="exp on the logvar head", **ce(fwd='''        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h).exp()''')),
]

ALTERNATIVES = [
    dict(name="torch.split with size d", **sp("    d = h.size(-1) // 2\n    mu, logvar = torch.split(h, d, dim=-1)\n    return mu, logvar")),
    dict(name="named_parameters dedup-free sum with int()", **cnt("    total = 0\n    for _, p in model.named_parameters():\n        if p.requires_grad:\n            total += int(p.numel())\n    return total")),
    dict(name="ModuleList of Linear, functional relu, one 2d head split with split_mean_logvar", **de(init='''        self.layers = nn.ModuleList()
        width = in_features
        for size in hidden:
            self.layers.append(nn.Linear(width, size))
            width = size
        self.head = nn.Linear(width, 2 * latent_dim)''', fwd='''        h = torch.flatten(x, 1)
        for layer in self.layers:
            h = torch.relu(layer(h))
        return split_mean_logvar(self.head(h))''')),
    dict(name="functional relu and one head", **ce(init='''        c1, c2 = channels
        self.conv1 = nn.Conv2d(1, c1, 4, 2, 1)
        self.conv2 = nn.Conv2d(c1, c2, 4, 2, 1)
        self.fc = nn.Linear(c2 * 49, hidden)
        self.head = nn.Linear(hidden, 2 * latent_dim)''', fwd='''        h = x.reshape(len(x), 1, 28, 28)
        h = torch.relu(self.conv2(torch.relu(self.conv1(h))))
        h = torch.relu(self.fc(h.flatten(1)))
        return split_mean_logvar(self.head(h))''')),
]
