NOTEBOOK = "02_encoder"

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
BASE["split_mean_logvar"] = '''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    mu = h[:, :d]
    logvar = h[:, d:]
    return mu, logvar
'''

BASE["count_parameters"] = '''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    total = 0
    for p in model.parameters():
        if p.requires_grad:
            total += p.numel()
    return int(total)
'''

BASE["DenseEncoder"] = '''class DenseEncoder(nn.Module):
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

BASE["ConvEncoder"] = '''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1),
            nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1),
            nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden),
            nn.ReLU(),
        )
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)
'''

G = "split_mean_logvar"
MISTAKES = [
    M("interleaved split (even / odd columns)", G, "mu = h[:, :d]\n    logvar = h[:, d:]",
      "mu = h[:, 0::2]\n    logvar = h[:, 1::2]"),
    M("split(2) gives chunks of size 2 (only right when d = 2)", G,
      "d = h.shape[1] // 2\n    mu = h[:, :d]\n    logvar = h[:, d:]", "mu, logvar = h.split(2, dim=1)"),
    M("half of the batch size used as d", G, "d = h.shape[1] // 2", "d = len(h) // 2"),
    M("returns the variance (exp) instead of the log-variance", G, "logvar = h[:, d:]", "logvar = h[:, d:].exp()"),
    M("view (B, d, 2) pairs neighbouring columns", G,
      "d = h.shape[1] // 2\n    mu = h[:, :d]\n    logvar = h[:, d:]",
      "pairs = h.reshape(len(h), -1, 2)\n    mu, logvar = pairs[..., 0], pairs[..., 1]"),
]

G = "count_parameters"
MISTAKES += [
    M("counts frozen parameters too", G, "        if p.requires_grad:\n            total += p.numel()", "        total += p.numel()"),
    M("numpy int64 instead of a Python int", G,
      "    total = 0\n    for p in model.parameters():\n        if p.requires_grad:\n            total += p.numel()\n    return int(total)",
      "    import numpy as np\n    return np.sum([p.numel() for p in model.parameters() if p.requires_grad])"),
    M("counts the state_dict (buffers and frozen parameters included)", G,
      "    for p in model.parameters():\n        if p.requires_grad:\n            total += p.numel()",
      "    for p in model.state_dict().values():\n        total += p.numel()"),
    M("iterates over children only (misses parameters registered on the model itself)", G,
      "    for p in model.parameters():", "    for p in (q for child in model.children() for q in child.parameters()):"),
    M("tests p.grad instead of requires_grad (0 before any backward)", G, "if p.requires_grad:", "if p.grad is not None:"),
    M("sums over every module recursively (nested parameters counted several times)", G,
      "    for p in model.parameters():", "    for p in (q for module in model.modules() for q in module.parameters()):"),
    M("returns a float", G, "return int(total)", "return float(total)"),
]

G = "DenseEncoder"
MISTAKES += [
    M("softplus on the logvar head", G, "return self.mu_head(h), self.logvar_head(h)",
      "return self.mu_head(h), nn.functional.softplus(self.logvar_head(h))"),
    M("no ReLU after the last hidden layer", G, "        self.body = nn.Sequential(*layers)",
      "        self.body = nn.Sequential(*layers[:-1])"),
    M("ignores in_features (hard-coded 784)", G, "width = in_features", "width = 784"),
    M("changed default latent_dim", G, "def __init__(self, latent_dim=2,", "def __init__(self, latent_dim=20,"),
    M("flattens with reshape(-1, 784): wrong for in_features != 784", G,
      "h = self.body(x.reshape(len(x), -1))", "h = self.body(x.reshape(-1, 784))"),
    M("squeeze before flattening breaks a batch of one", G,
      "h = self.body(x.reshape(len(x), -1))", "x = x.squeeze()\n        h = self.body(x.reshape(len(x), -1))"),
    M("dropout layer added (random mu in training mode)", G,
      "            layers.append(nn.ReLU())\n", "            layers.append(nn.ReLU())\n            layers.append(nn.Dropout(0.2))\n"),
    M("layers kept in a Python list (not registered)", G,
      "        self.body = nn.Sequential(*layers)",
      "        self.layers = layers"),
    M("one shared head for mu and logvar", G,
      "return self.mu_head(h), self.logvar_head(h)", "return self.mu_head(h), self.mu_head(h)"),
    M("heads read hidden[-1]: crashes for hidden=()", G,
      "        self.mu_head = nn.Linear(width, latent_dim)", "        self.mu_head = nn.Linear(hidden[-1], latent_dim)"),
    M("BatchNorm after each linear layer", G,
      "            layers.append(nn.Linear(width, size))\n",
      "            layers.append(nn.Linear(width, size))\n            layers.append(nn.BatchNorm1d(size))\n"),
    M("logvar clamped to [-10, 10] for stability", G,
      "return self.mu_head(h), self.logvar_head(h)", "return self.mu_head(h), self.logvar_head(h).clamp(-10, 10)"),
]
# "layers kept in a Python list" needs the forward to use them
_item = next(m for m in MISTAKES if m["name"] == "layers kept in a Python list (not registered)")
_item["source"] = _item["source"].replace(
    "h = self.body(x.reshape(len(x), -1))",
    "h = x.reshape(len(x), -1)\n        for layer in self.layers:\n            h = layer(h)")

G = "ConvEncoder"
MISTAKES += [
    M("kernel 3 instead of 4 (same shapes, other parameter count)", G,
      "nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1)", "nn.Conv2d(1, c1, kernel_size=3, stride=2, padding=1)"),
    M("hard-coded 32 * 7 * 7 input of the linear layer", G, "nn.Linear(c2 * 7 * 7, hidden)", "nn.Linear(32 * 7 * 7, hidden)"),
    M("no ReLU after the dense layer", G, "            nn.Linear(c2 * 7 * 7, hidden),\n            nn.ReLU(),\n",
      "            nn.Linear(c2 * 7 * 7, hidden),\n"),
    M("no ReLU between the two convolutions", G,
      "nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1),\n            nn.ReLU(),\n",
      "nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1),\n"),
    M("channels used in the wrong order", G, "c1, c2 = channels", "c2, c1 = channels"),
    M("convolutions without bias", G, "nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1)",
      "nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1, bias=False)"),
    M("stride-1 'same' convolutions followed by max-pooling", G,
      "            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1),\n            nn.ReLU(),\n"
      "            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1),\n            nn.ReLU(),\n",
      "            nn.Conv2d(1, c1, kernel_size=4, padding='same'),\n            nn.ReLU(),\n            nn.MaxPool2d(2),\n"
      "            nn.Conv2d(c1, c2, kernel_size=4, padding='same'),\n            nn.ReLU(),\n            nn.MaxPool2d(2),\n"),
    M("changed default channels", G, "channels=(16, 32)", "channels=(32, 64)"),
]

ALTERNATIVES = [
    A("tensor_split", "split_mean_logvar",
      "d = h.shape[1] // 2\n    mu = h[:, :d]\n    logvar = h[:, d:]", "mu, logvar = torch.tensor_split(h, 2, dim=1)"),
    A("view (B, 2, d)", "split_mean_logvar",
      "d = h.shape[1] // 2\n    mu = h[:, :d]\n    logvar = h[:, d:]",
      "halves = h.reshape(len(h), 2, -1)\n    mu, logvar = halves[:, 0], halves[:, 1]"),
    A("generator expression", "count_parameters",
      "    total = 0\n    for p in model.parameters():\n        if p.requires_grad:\n            total += p.numel()\n    return int(total)",
      "    return sum(p.numel() for p in model.parameters() if p.requires_grad)"),
    A("named_parameters", "count_parameters",
      "    for p in model.parameters():", "    for _, p in model.named_parameters():"),
    A("one head of size 2d split with split_mean_logvar, ELU", "DenseEncoder", source='''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        sizes = [in_features, *hidden]
        self.hidden_layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:]))
        self.head = nn.Linear(sizes[-1], 2 * latent_dim)

    def forward(self, x):
        h = nn.Flatten()(x)
        for layer in self.hidden_layers:
            h = nn.functional.elu(layer(h))
        return split_mean_logvar(self.head(h))
'''),
    A("LeakyReLU with inplace activations", "DenseEncoder",
      "layers.append(nn.ReLU())", "layers.append(nn.LeakyReLU(0.1, inplace=True))"),
    A("channels-last flattening before the dense layer", "ConvEncoder", source='''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.conv1 = nn.Conv2d(1, c1, 4, 2, 1)
        self.conv2 = nn.Conv2d(c1, c2, 4, 2, 1)
        self.fc = nn.Linear(7 * 7 * c2, hidden)
        self.out = nn.Linear(hidden, 2 * latent_dim)

    def forward(self, x):
        x = x.reshape(len(x), 1, 28, 28)
        h = torch.relu(self.conv2(torch.relu(self.conv1(x))))
        h = h.permute(0, 2, 3, 1).reshape(len(x), -1)
        return split_mean_logvar(self.out(torch.relu(self.fc(h))))
'''),
    A("view to images", "ConvEncoder",
      "h = self.body(x.reshape(len(x), 1, 28, 28))", "h = self.body(x.view(-1, 1, 28, 28))"),
]
