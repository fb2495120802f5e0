"""Round 7 blind test cases for notebook 02_encoder (written from the student notebook only)."""

NOTEBOOK = "02_encoder"


def mut(template, old, new, count=1):
    """Replace `old` by `new` in `template`, insisting that `old` occurs exactly `count` times."""
    found = template.count(old)
    assert found == count, (old, found)
    return template.replace(old, new)


SPLIT = '''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    mu = h[:, :d]
    logvar = h[:, d:]
    return mu, logvar
'''

COUNT = '''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(p.numel() for p in model.parameters() if p.requires_grad)
'''

DENSE = '''class DenseEncoder(nn.Module):
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

CONV = '''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.conv = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1),
            nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1),
            nn.ReLU(),
        )
        self.dense = nn.Sequential(nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU())
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.dense(self.conv(x.reshape(len(x), 1, 28, 28)))
        return self.mu_head(h), self.logvar_head(h)
'''

M = []
A = []


def mistake(name, gid, source):
    M.append(dict(name=name, grade_id=gid, source=source))


def alternative(name, gid, source):
    A.append(dict(name=name, grade_id=gid, source=source))


# ----------------------------------------------------------------------------- split_mean_logvar
g = "split_mean_logvar"
mistake("interleaved split: even columns as mu, odd columns as logvar", g,
        mut(SPLIT, "    mu = h[:, :d]\n    logvar = h[:, d:]\n", "    mu = h[:, ::2]\n    logvar = h[:, 1::2]\n"))
mistake("log-variance first, mean second", g,
        mut(SPLIT, "    mu = h[:, :d]\n    logvar = h[:, d:]\n", "    logvar = h[:, :d]\n    mu = h[:, d:]\n"))
mistake("hard-codes d = 2 (the default latent size)", g,
        mut(SPLIT, "    mu = h[:, :d]\n    logvar = h[:, d:]\n", "    mu = h[:, :2]\n    logvar = h[:, 2:4]\n"))
mistake("d read from the batch dimension (h.shape[0] // 2)", g,
        mut(SPLIT, "d = h.shape[1] // 2", "d = h.shape[0] // 2"))
mistake("torch.split(h, 2, dim=1): chunks of size 2, right only when d = 2", g,
        mut(SPLIT, "    mu = h[:, :d]\n    logvar = h[:, d:]\n", "    mu, logvar = torch.split(h, 2, dim=1)\n"))
mistake("clamps the log-variance to [-10, 10] for stability (no longer unconstrained)", g,
        mut(SPLIT, "logvar = h[:, d:]\n", "logvar = h[:, d:].clamp(-10, 10)\n"))

alternative("Tensor.chunk along the features", g,
            mut(SPLIT, "    mu = h[:, :d]\n    logvar = h[:, d:]\n", "    mu, logvar = h.chunk(2, dim=-1)\n"))
alternative("unflatten to (B, 2, d) and unbind", g,
            mut(SPLIT, "    mu = h[:, :d]\n    logvar = h[:, d:]\n", "    mu, logvar = h.unflatten(1, (2, d)).unbind(dim=1)\n"))

# ----------------------------------------------------------------------------- count_parameters
g = "count_parameters"
COUNT_BODY = "    return sum(p.numel() for p in model.parameters() if p.requires_grad)\n"
mistake("counts frozen parameters too", g,
        mut(COUNT, COUNT_BODY, "    return sum(p.numel() for p in model.parameters())\n"))
mistake("returns a 0-d tensor instead of a Python int", g,
        mut(COUNT, COUNT_BODY,
            "    return torch.tensor([p.numel() for p in model.parameters() if p.requires_grad]).sum()\n"))
mistake("counts only the first dimension of each parameter (len(p))", g,
        mut(COUNT, COUNT_BODY, "    return sum(len(p) for p in model.parameters() if p.requires_grad)\n"))
mistake("sums over the state_dict (includes buffers and frozen tensors)", g,
        mut(COUNT, COUNT_BODY, "    return sum(t.numel() for t in model.state_dict().values())\n"))
mistake("np.prod of the shapes: a numpy number, not a Python int", g,
        mut(COUNT, COUNT_BODY,
            "    import numpy as np\n    return sum(np.prod(p.shape) for p in model.parameters() if p.requires_grad)\n"))
mistake("counts only the weights and biases of nn.Linear layers (misses convolutions)", g,
        mut(COUNT, COUNT_BODY,
            "    total = 0\n    for module in model.modules():\n        if isinstance(module, nn.Linear):\n"
            "            total += sum(p.numel() for p in module.parameters() if p.requires_grad)\n    return total\n"))
mistake("tests p.grad is not None instead of p.requires_grad (0 before any backward)", g,
        mut(COUNT, COUNT_BODY, "    return sum(p.numel() for p in model.parameters() if p.grad is not None)\n"))

alternative("loop over named_parameters with an explicit int", g,
            mut(COUNT, COUNT_BODY,
                "    total = 0\n    for _, parameter in model.named_parameters():\n        if parameter.requires_grad:\n"
                "            total += int(parameter.numel())\n    return total\n"))
alternative("math.prod of the shapes", g,
            mut(COUNT, COUNT_BODY,
                "    import math\n    return int(sum(math.prod(p.shape) for p in filter(lambda p: p.requires_grad, model.parameters())))\n"))

# ----------------------------------------------------------------------------- DenseEncoder
g = "DenseEncoder"
mistake("softplus on the log-variance head to 'keep it positive'", g,
        mut(DENSE, "return self.mu_head(h), self.logvar_head(h)",
            "return self.mu_head(h), nn.functional.softplus(self.logvar_head(h))"))
mistake("ReLU only between hidden layers, none after the last one (affine when hidden has one entry)", g,
        mut(DENSE, "        self.body = nn.Sequential(*layers)", "        self.body = nn.Sequential(*layers[:-1])"))
mistake("ignores in_features: the first layer always reads 784 values", g,
        mut(DENSE, "        width = in_features\n", "        width = 784\n"))
mistake("PReLU activations (they have parameters)", g,
        mut(DENSE, "layers.append(nn.ReLU())", "layers.append(nn.PReLU())"))
mistake("adds Dropout(0.2) after every hidden layer", g,
        mut(DENSE, "            layers.append(nn.ReLU())\n", "            layers.append(nn.ReLU())\n            layers.append(nn.Dropout(0.2))\n"))
mistake("keeps the hidden layers in a plain Python list (not registered as parameters)", g,
        mut(mut(DENSE, "        self.body = nn.Sequential(*layers)\n", "        self.layers = layers\n"),
            "        h = self.body(x.reshape(len(x), -1))\n",
            "        h = x.reshape(len(x), -1)\n        for layer in self.layers:\n            h = layer(h)\n"))
mistake("heads sized with hidden[-1]: breaks for hidden=()", g,
        mut(mut(DENSE, "self.mu_head = nn.Linear(width, latent_dim)", "self.mu_head = nn.Linear(hidden[-1], latent_dim)"),
            "self.logvar_head = nn.Linear(width, latent_dim)", "self.logvar_head = nn.Linear(hidden[-1], latent_dim)"))
mistake("flattens with x.reshape(-1, 784): wrong batch when in_features is not 784", g,
        mut(DENSE, "h = self.body(x.reshape(len(x), -1))", "h = self.body(x.reshape(-1, 784))"))
mistake("BatchNorm1d after each hidden linear layer", g,
        mut(DENSE, "            layers.append(nn.Linear(width, size))\n",
            "            layers.append(nn.Linear(width, size))\n            layers.append(nn.BatchNorm1d(size))\n"))

alternative("one head of size 2d split in two", g,
            mut(mut(DENSE, "        self.mu_head = nn.Linear(width, latent_dim)\n        self.logvar_head = nn.Linear(width, latent_dim)\n",
                    "        self.head = nn.Linear(width, 2 * latent_dim)\n        self.latent_dim = latent_dim\n"),
                "        return self.mu_head(h), self.logvar_head(h)\n",
                "        out = self.head(h)\n        return out[:, :self.latent_dim], out[:, self.latent_dim:]\n"))
alternative("nn.Flatten in the body, ELU activations, ModuleList", g,
            mut(mut(mut(DENSE, "layers.append(nn.ReLU())", "layers.append(nn.ELU())"),
                    "        self.body = nn.Sequential(*layers)\n",
                    "        self.body = nn.ModuleList([nn.Flatten()] + layers)\n"),
                "        h = self.body(x.reshape(len(x), -1))\n",
                "        h = x\n        for layer in self.body:\n            h = layer(h)\n"))

# ----------------------------------------------------------------------------- ConvEncoder
g = "ConvEncoder"
mistake("kernel size 3 (shapes still 14 and 7, but the parameter count is off)", g,
        mut(mut(CONV, "nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1)", "nn.Conv2d(1, c1, kernel_size=3, stride=2, padding=1)"),
            "nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1)", "nn.Conv2d(c1, c2, kernel_size=3, stride=2, padding=1)"))
mistake("hard-codes the flattened size 32 * 7 * 7", g,
        mut(CONV, "nn.Linear(c2 * 7 * 7, hidden)", "nn.Linear(32 * 7 * 7, hidden)"))
mistake("no ReLU after the dense layer of the body", g,
        mut(CONV, "nn.Sequential(nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU())",
            "nn.Sequential(nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden))"))
mistake("padding left at 0 (28 -> 13 -> 5), flattened size adjusted", g,
        mut(mut(mut(CONV, "nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1)", "nn.Conv2d(1, c1, kernel_size=4, stride=2)"),
                "nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1)", "nn.Conv2d(c1, c2, kernel_size=4, stride=2)"),
            "nn.Linear(c2 * 7 * 7, hidden)", "nn.Linear(c2 * 5 * 5, hidden)"))
mistake("3x3 convolutions with max-pooling instead of stride 2", g,
        mut(CONV, """            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1),
            nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1),
            nn.ReLU(),
""", """            nn.Conv2d(1, c1, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(c1, c2, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.MaxPool2d(2),
"""))
mistake("bounds the log-variance with 5 * tanh", g,
        mut(CONV, "return self.mu_head(h), self.logvar_head(h)", "return self.mu_head(h), 5 * torch.tanh(self.logvar_head(h))"))
mistake("ReLU on the mean head", g,
        mut(CONV, "return self.mu_head(h), self.logvar_head(h)", "return torch.relu(self.mu_head(h)), self.logvar_head(h)"))
mistake("convolutions stored in a plain list (not registered)", g,
        mut(mut(CONV, """        self.conv = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1),
            nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1),
            nn.ReLU(),
        )
""", """        self.convs = [nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1),
                      nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1)]
"""), "        h = self.dense(self.conv(x.reshape(len(x), 1, 28, 28)))\n",
            "        h = x.reshape(len(x), 1, 28, 28)\n        for conv in self.convs:\n            h = torch.relu(conv(h))\n"
            "        h = self.dense(h)\n"))

alternative("functional forward, one 2d head, view-based reshape", g,
            mut(mut(CONV, "        self.mu_head = nn.Linear(hidden, latent_dim)\n        self.logvar_head = nn.Linear(hidden, latent_dim)\n",
                    "        self.head = nn.Linear(hidden, 2 * latent_dim)\n"),
                "        h = self.dense(self.conv(x.reshape(len(x), 1, 28, 28)))\n        return self.mu_head(h), self.logvar_head(h)\n",
                "        h = self.dense(self.conv(x.contiguous().view(x.shape[0], 1, 28, 28)))\n"
                "        return self.head(h).chunk(2, dim=1)\n"))
alternative("LeakyReLU activations and flatten with start_dim", g,
            mut(mut(CONV, "nn.Sequential(nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU())",
                    "nn.Sequential(nn.Linear(c2 * 7 * 7, hidden), nn.LeakyReLU(0.1))"),
                "        h = self.dense(self.conv(x.reshape(len(x), 1, 28, 28)))\n",
                "        h = self.dense(torch.flatten(self.conv(x.reshape(len(x), 1, 28, 28)), start_dim=1))\n"))

MISTAKES = M
ALTERNATIVES = A
