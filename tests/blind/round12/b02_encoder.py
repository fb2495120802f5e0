"""Blind round 12: wrong and alternative answers for 02_encoder."""

NOTEBOOK = "02_encoder"


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

BASE["split_mean_logvar"] = r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    mu = h[:, :d]
    logvar = h[:, d:]
    return mu, logvar
'''

BASE["count_parameters"] = r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    total = 0
    for p in model.parameters():
        if p.requires_grad:
            total += p.numel()
    return int(total)
'''

BASE["DenseEncoder"] = r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for size in hidden:
            layers.append(nn.Linear(width, size))
            layers.append(nn.ReLU())
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), self.logvar_head(h)
'''

BASE["ConvEncoder"] = r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.conv = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
        )
        self.dense = nn.Sequential(nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU())
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        x = x.reshape(len(x), 1, 28, 28)
        h = self.dense(self.conv(x))
        return self.mu_head(h), self.logvar_head(h)
'''

_S, _N, _D, _C = "split_mean_logvar", "count_parameters", "DenseEncoder", "ConvEncoder"

MISTAKES = _make([
    # split_mean_logvar
    ("hard-coded d = 2 (the notebook's latent size)", _S, "    d = h.shape[1] // 2\n", "    d = 2\n"),
    ("torch.split with chunk size 2: only right when d = 2", _S,
     "    d = h.shape[1] // 2\n    mu = h[:, :d]\n    logvar = h[:, d:]\n",
     "    mu, logvar = torch.split(h, 2, dim=1)\n"),
    ("torch.chunk without dim: splits the batch", _S,
     "    d = h.shape[1] // 2\n    mu = h[:, :d]\n    logvar = h[:, d:]\n",
     "    mu, logvar = torch.chunk(h, 2)\n"),
    ("interleaved split (even columns / odd columns)", _S,
     "    mu = h[:, :d]\n    logvar = h[:, d:]\n", "    mu = h[:, 0::2]\n    logvar = h[:, 1::2]\n"),
    ("half size read from the batch dimension", _S, "d = h.shape[1] // 2", "d = h.shape[0] // 2"),
    ("squeezes the batch first: a batch of one loses its batch dimension", _S,
     "    d = h.shape[1] // 2\n    mu = h[:, :d]\n    logvar = h[:, d:]\n",
     "    h = h.squeeze()\n    d = h.shape[-1] // 2\n    mu = h[..., :d]\n    logvar = h[..., d:]\n"),
    ("returns the variance exp(second half) instead of the log-variance", _S,
     "    logvar = h[:, d:]\n", "    logvar = h[:, d:].exp()\n"),
    ("view(B, d, 2): pairs of neighbouring values, i.e. interleaved", _S,
     "    d = h.shape[1] // 2\n    mu = h[:, :d]\n    logvar = h[:, d:]\n",
     "    mu, logvar = h.view(len(h), -1, 2).unbind(dim=2)\n"),
    # count_parameters
    ("counts frozen parameters too", _N, "        if p.requires_grad:\n            total += p.numel()\n",
     "        total += p.numel()\n"),
    ("iterates over model.modules(): nested parameters are counted several times", _N,
     "    for p in model.parameters():\n", "    for p in (q for m in model.modules() for q in m.parameters()):\n"),
    ("only the top-level parameters (recurse=False)", _N, "model.parameters()", "model.parameters(recurse=False)"),
    ("counts the state_dict (buffers, tied weights twice, frozen ones)", _N,
     "    for p in model.parameters():\n        if p.requires_grad:\n            total += p.numel()\n",
     "    for p in model.state_dict().values():\n        total += p.numel()\n"),
    ("counts only parameters that already have a gradient", _N, "if p.requires_grad:", "if p.grad is not None:"),
    ("returns a numpy integer (np.prod of the shapes)", _N,
     "    for p in model.parameters():\n        if p.requires_grad:\n            total += p.numel()\n    return int(total)\n",
     "    import numpy as np\n    return np.sum([np.prod(p.shape) for p in model.parameters() if p.requires_grad], dtype=np.int64)\n"),
    ("torch sum of a list: 0.0 (a float) for a model without trainable parameters, a tensor element otherwise", _N,
     "    for p in model.parameters():\n        if p.requires_grad:\n            total += p.numel()\n    return int(total)\n",
     "    return torch.tensor([p.numel() for p in model.parameters() if p.requires_grad]).sum().item()\n"),
    ("size of the first axis only (rows of each weight)", _N, "total += p.numel()", "total += p.shape[0] if p.dim() else 1"),
    # DenseEncoder
    ("clamps the log-variance to [-10, 10] for stability", _D, "self.logvar_head(h)",
     "self.logvar_head(h).clamp(-10, 10)"),
    ("one shared head: logvar is the same function as mu", _D,
     "return self.mu_head(h), self.logvar_head(h)", "return self.mu_head(h), self.mu_head(h)"),
    ("flattens to a hard-coded 784: breaks in_features = 794", _D,
     "x.reshape(len(x), -1)", "x.reshape(-1, 784)"),
    ("first layer hard-coded to 784 inputs (ignores in_features)", _D, "width = in_features", "width = 784"),
    ("no ReLU after the last hidden layer", _D,
     "        self.body = nn.Sequential(*layers)\n", "        self.body = nn.Sequential(*layers[:-1])\n"),
    ("heads built from hidden[-1]: crashes for hidden=()", _D,
     "        self.mu_head = nn.Linear(width, latent_dim)\n        self.logvar_head = nn.Linear(width, latent_dim)\n",
     "        self.mu_head = nn.Linear(hidden[-1], latent_dim)\n        self.logvar_head = nn.Linear(hidden[-1], latent_dim)\n"),
    ("skips the last hidden layer (loops over hidden[:-1])", _D, "for size in hidden:", "for size in hidden[:-1]:"),
    ("layers kept in a plain Python list: the hidden layers are not registered as parameters", _D,
     r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        self.layers = []
        width = in_features
        for size in hidden:
            self.layers.append(nn.Linear(width, size))
            width = size
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = x.reshape(len(x), -1)
        for layer in self.layers:
            h = torch.relu(layer(h))
        return self.mu_head(h), self.logvar_head(h)
'''),
    ("adds dropout after every ReLU", _D, "            layers.append(nn.ReLU())\n",
     "            layers.append(nn.ReLU())\n            layers.append(nn.Dropout(0.2))\n"),
    # ConvEncoder
    ("flattened size hard-coded to 32 * 7 * 7 (ignores c2)", _C, "nn.Linear(c2 * 7 * 7, hidden)", "nn.Linear(32 * 7 * 7, hidden)"),
    ("channels hard-coded to 16 and 32", _C, "        c1, c2 = channels\n", "        c1, c2 = 16, 32\n"),
    ("no ReLU after the dense hidden layer", _C, "nn.Linear(c2 * 7 * 7, hidden), nn.ReLU())", "nn.Linear(c2 * 7 * 7, hidden))"),
    ("no ReLU after the second convolution", _C,
     "nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),", "nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1),"),
    ("3x3 kernels (same shapes, different parameter count)", _C, "kernel_size=4", "kernel_size=3", 2),
    ("padding 0: 28 -> 13 -> 5, dense layer sized to match", _C,
     "nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),\n            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),\n        )\n        self.dense = nn.Sequential(nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU())",
     "nn.Conv2d(1, c1, kernel_size=4, stride=2), nn.ReLU(),\n            nn.Conv2d(c1, c2, kernel_size=4, stride=2), nn.ReLU(),\n        )\n        self.dense = nn.Sequential(nn.Flatten(), nn.Linear(c2 * 5 * 5, hidden), nn.ReLU())"),
    ("log-variance bounded with tanh", _C, "self.logvar_head(h)", "5 * torch.tanh(self.logvar_head(h))"),
    ("channels taken in reverse order (c2 first)", _C, "        c1, c2 = channels\n", "        c2, c1 = channels\n"),
])

ALTERNATIVES = _make([
    ("torch.chunk along the features", _S,
     "    d = h.shape[1] // 2\n    mu = h[:, :d]\n    logvar = h[:, d:]\n", "    mu, logvar = torch.chunk(h, 2, dim=1)\n"),
    ("view(B, 2, d) and unbind", _S,
     "    d = h.shape[1] // 2\n    mu = h[:, :d]\n    logvar = h[:, d:]\n", "    mu, logvar = h.view(len(h), 2, -1).unbind(dim=1)\n"),
    ("generator expression", _N,
     "    total = 0\n    for p in model.parameters():\n        if p.requires_grad:\n            total += p.numel()\n    return int(total)\n",
     "    return sum(p.numel() for p in model.parameters() if p.requires_grad)\n"),
    ("one head of size 2d split with split_mean_logvar, ELU activations, ModuleList", _D,
     r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        sizes = [in_features, *hidden]
        self.layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:]))
        self.head = nn.Linear(sizes[-1], 2 * latent_dim)

    def forward(self, x):
        h = x.reshape(len(x), -1)
        for layer in self.layers:
            h = nn.functional.elu(layer(h))
        return split_mean_logvar(self.head(h))
'''),
    ("nn.Flatten inside the body, LeakyReLU", _D,
     "        self.body = nn.Sequential(*layers)\n", "        self.body = nn.Sequential(nn.Flatten(), *[nn.LeakyReLU(0.1) if isinstance(m, nn.ReLU) else m for m in layers])\n"),
    ("channels-last flattening", _C,
     "        h = self.dense(self.conv(x))\n", "        h = self.dense(self.conv(x).permute(0, 2, 3, 1))\n"),
    ("one head 2d split, LeakyReLU everywhere", _C,
     r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv2d(1, channels[0], 4, 2, 1), nn.LeakyReLU(0.2),
            nn.Conv2d(channels[0], channels[1], 4, 2, 1), nn.LeakyReLU(0.2),
            nn.Flatten(),
            nn.Linear(channels[1] * 49, hidden), nn.LeakyReLU(0.2),
            nn.Linear(hidden, 2 * latent_dim),
        )

    def forward(self, x):
        return split_mean_logvar(self.net(x.reshape(len(x), 1, 28, 28)))
'''),
])
