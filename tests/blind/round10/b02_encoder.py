NOTEBOOK = "02_encoder"
MISTAKES, ALTERNATIVES = [], []


def M(name, gid, src):
    MISTAKES.append(dict(name=name, grade_id=gid, source=src))


def A(name, gid, src):
    ALTERNATIVES.append(dict(name=name, grade_id=gid, source=src))


SP = '''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
{body}
'''
for name, body in [
    ("returns logvar first, mu second", "    d = h.shape[1] // 2\n    return h[:, d:], h[:, :d]"),
    ("chunk along the batch dimension (default dim=0)", "    mu, logvar = h.chunk(2)\n    return mu, logvar"),
    ("interleaved split: even columns mu, odd columns logvar", "    return h[:, 0::2], h[:, 1::2]"),
    ("torch.split with chunk size 2 instead of d (only right for d = 2)", "    import torch\n    mu, logvar = torch.split(h, 2, dim=1)[:2]\n    return mu, logvar"),
    ("returns the variance exp(logvar) instead of logvar", "    d = h.shape[1] // 2\n    return h[:, :d], h[:, d:].exp()"),
    ("hard-coded d = 2", "    return h[:, :2], h[:, 2:4]"),
    ("reshapes to (B, d, 2) and unbinds the last axis (interleaving)", "    B = h.shape[0]\n    pair = h.reshape(B, -1, 2)\n    return pair[..., 0], pair[..., 1]"),
    ("splits along dim 0 with tensor_split", "    mu, logvar = h.tensor_split(2)\n    return mu, logvar"),
]:
    M(name, "split_mean_logvar", SP.format(body=body))
A("chunk(2, dim=-1)", "split_mean_logvar", SP.format(body="    mu, logvar = h.chunk(2, dim=-1)\n    return mu, logvar"))
A("narrow", "split_mean_logvar", SP.format(body="    d = h.size(1) // 2\n    return h.narrow(1, 0, d), h.narrow(1, d, d)"))

CP = '''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True."""
{body}
'''
for name, body in [
    ("counts frozen parameters too", "    return sum(p.numel() for p in model.parameters())"),
    ("counts parameter tensors, not elements", "    return sum(1 for p in model.parameters() if p.requires_grad)"),
    ("returns a torch tensor", "    import torch\n    return torch.stack([torch.tensor(p.numel()) for p in model.parameters() if p.requires_grad]).sum()"),
    ("counts the state_dict, including buffers and frozen weights", "    return sum(t.numel() for t in model.state_dict().values())"),
    ("iterates over children only: misses parameters registered on the root module", "    return sum(p.numel() for child in model.children() for p in child.parameters() if p.requires_grad)"),
    ("counts only nn.Linear weights and biases", "    from torch import nn\n    return sum(m.weight.numel() + (m.bias.numel() if m.bias is not None else 0) for m in model.modules() if isinstance(m, nn.Linear))"),
    ("np.prod of shapes: returns a numpy number, not a Python int", "    import numpy as np\n    return sum(np.prod(p.shape) for p in model.parameters() if p.requires_grad)"),
    ("counts parameters that have a .grad (0 for a fresh model)", "    return sum(p.numel() for p in model.parameters() if p.grad is not None)"),
    ("counts each module's parameters recursively: nested parameters counted several times", "    return sum(p.numel() for m in model.modules() for p in m.parameters() if p.requires_grad)"),
    ("returns a float", "    return float(sum(p.numel() for p in model.parameters() if p.requires_grad))"),
]:
    M(name, "count_parameters", CP.format(body=body))
A("named_parameters and int()", "count_parameters", CP.format(body="    total = 0\n    for _, p in model.named_parameters():\n        if p.requires_grad:\n            total += int(p.numel())\n    return total"))

DE = '''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar)."""

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
{init}

    def forward(self, x):
{fwd}
'''
INIT0 = '''        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)'''
FWD0 = '''        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)'''
for name, init, fwd in [
    ("ReLU on both heads: logvar cannot be negative", INIT0, "        h = self.body(x.reshape(len(x), -1))\n        return torch.relu(self.mu(h)), torch.relu(self.logvar(h))"),
    ("ignores in_features: first layer always reads 784", INIT0.replace("width = [], in_features", "width = [], 784"), FWD0),
    ("changed default hidden (512, 256)", INIT0, FWD0),
    ("no ReLU after the last hidden layer", INIT0.replace("        self.body = nn.Sequential(*layers)", "        self.body = nn.Sequential(*layers[:-1])"), FWD0),
    ("logvar squashed by tanh", INIT0, "        h = self.body(x.reshape(len(x), -1))\n        return self.mu(h), 5 * torch.tanh(self.logvar(h))"),
    ("logvar is the same output as mu", INIT0, "        h = self.body(x.reshape(len(x), -1))\n        mu = self.mu(h)\n        return mu, mu"),
    ("flattens with view(-1, 784): breaks in_features != 784", INIT0, "        h = self.body(x.view(-1, 784))\n        return self.mu(h), self.logvar(h)"),
    ("heads without bias", INIT0.replace("nn.Linear(width, latent_dim)", "nn.Linear(width, latent_dim, bias=False)"), FWD0),
    ("adds Dropout after each hidden layer (extra layer, random in training mode)", INIT0.replace("layers += [nn.Linear(width, size), nn.ReLU()]", "layers += [nn.Linear(width, size), nn.ReLU(), nn.Dropout(0.2)]"), FWD0),
    ("adds BatchNorm1d (extra parameters)", INIT0.replace("layers += [nn.Linear(width, size), nn.ReLU()]", "layers += [nn.Linear(width, size), nn.BatchNorm1d(size), nn.ReLU()]"), FWD0),
    ("PReLU activations (parameters)", INIT0.replace("nn.ReLU()", "nn.PReLU()"), FWD0),
    ("layers kept in a plain Python list: not registered, not trained, not counted",
     '''        self.layers, width = [], in_features
        for size in hidden:
            self.layers.append(nn.Linear(width, size))
            width = size
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)''',
     '''        h = x.reshape(len(x), -1)
        for layer in self.layers:
            h = torch.relu(layer(h))
        return self.mu(h), self.logvar(h)'''),
    ("heads read hidden[-1]: IndexError for hidden=()",
     INIT0.replace("self.mu = nn.Linear(width, latent_dim)", "self.mu = nn.Linear(hidden[-1], latent_dim)").replace("self.logvar = nn.Linear(width, latent_dim)", "self.logvar = nn.Linear(hidden[-1], latent_dim)"), FWD0),
    ("only the first two hidden widths are used (hard-coded two layers)",
     '''        self.body = nn.Sequential(nn.Linear(in_features, hidden[0]), nn.ReLU(), nn.Linear(hidden[0], hidden[1]), nn.ReLU())
        self.mu = nn.Linear(hidden[1], latent_dim)
        self.logvar = nn.Linear(hidden[1], latent_dim)''', FWD0),
    ("logvar head reads mu (chained heads)",
     INIT0.replace("self.logvar = nn.Linear(width, latent_dim)", "self.logvar = nn.Linear(latent_dim, latent_dim)"),
     "        h = self.body(x.reshape(len(x), -1))\n        mu = self.mu(h)\n        return mu, self.logvar(mu)"),
    ("returns the variance exp(logvar)", INIT0, "        h = self.body(x.reshape(len(x), -1))\n        return self.mu(h), self.logvar(h).exp()"),
    ("flattens with x.flatten(): whole batch as one vector", INIT0, "        h = self.body(x.flatten())\n        return self.mu(h), self.logvar(h)"),
]:
    src = DE.format(init=init, fwd=fwd)
    if name.startswith("changed default"):
        src = src.replace("hidden=(400, 200), in_features=784):", "hidden=(512, 256), in_features=784):")
    M(name, "DenseEncoder", src)
A("one head of size 2d, split", "DenseEncoder", DE.format(
    init='''        dims = [in_features, *hidden]
        layers = []
        for a, b in zip(dims[:-1], dims[1:]):
            layers += [nn.Linear(a, b), nn.LeakyReLU()]
        self.body = nn.Sequential(nn.Flatten(), *layers)
        self.head = nn.Linear(dims[-1], 2 * latent_dim)''',
    fwd='''        h = self.head(self.body(x.reshape(len(x), -1)))
        d = h.shape[1] // 2
        return h[:, :d], h[:, d:]'''))
A("ModuleList and ELU", "DenseEncoder", DE.format(
    init='''        self.hidden_layers = nn.ModuleList()
        width = in_features
        for size in hidden:
            self.hidden_layers.append(nn.Linear(width, size))
            width = size
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)''',
    fwd='''        h = x.reshape(x.shape[0], -1)
        for layer in self.hidden_layers:
            h = nn.functional.elu(layer(h))
        return self.mu_head(h), self.logvar_head(h)'''))

CE = '''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar)."""

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
{init}

    def forward(self, x):
{fwd}
'''
CI0 = '''        self.convs = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
        )
        self.dense = nn.Sequential(nn.Linear(c2 * 7 * 7, hidden), nn.ReLU())
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)'''
CF0 = '''        h = self.convs(x.reshape(len(x), 1, 28, 28))
        h = self.dense(h.reshape(len(h), -1))
        return self.mu(h), self.logvar(h)'''
for name, init, fwd in [
    ("padding 0: 28 -> 13 -> 5, wrong sizes and parameter count", CI0.replace("padding=1", "padding=0").replace("c2 * 7 * 7", "c2 * 5 * 5"), CF0),
    ("kernel size 3 (same output sizes, wrong parameter count)", CI0.replace("kernel_size=4", "kernel_size=3"), CF0),
    ("flattened size hard-coded 32 * 7 * 7: breaks other channels", CI0.replace("c2 * 7 * 7", "32 * 7 * 7"), CF0),
    ("channels used in reverse order", CI0.replace("nn.Conv2d(1, c1,", "nn.Conv2d(1, c2,").replace("nn.Conv2d(c1, c2,", "nn.Conv2d(c2, c1,").replace("c2 * 7 * 7", "c1 * 7 * 7"), CF0),
    ("ReLU on the heads", CI0, CF0.replace("return self.mu(h), self.logvar(h)", "return torch.relu(self.mu(h)), torch.relu(self.logvar(h))")),
    ("hidden ignored: dense layer always 128 wide", CI0.replace("nn.Linear(c2 * 7 * 7, hidden)", "nn.Linear(c2 * 7 * 7, 128)").replace("nn.Linear(hidden, latent_dim)", "nn.Linear(128, latent_dim)"), CF0),
    ("stride-1 'same' convolutions + max-pooling instead of stride 2 (same parameter count, wrong layers)",
     CI0.replace("nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),", "nn.Conv2d(1, c1, kernel_size=4, stride=1, padding='same'), nn.ReLU(), nn.MaxPool2d(2),").replace("nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),", "nn.Conv2d(c1, c2, kernel_size=4, stride=1, padding='same'), nn.ReLU(), nn.MaxPool2d(2),"), CF0),
    ("no ReLU after the second convolution", CI0.replace("nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),", "nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1),"), CF0),
    ("no ReLU after the dense layer", CI0.replace("nn.Sequential(nn.Linear(c2 * 7 * 7, hidden), nn.ReLU())", "nn.Sequential(nn.Linear(c2 * 7 * 7, hidden))"), CF0),
    ("convolutions without bias", CI0.replace("padding=1)", "padding=1, bias=False)"), CF0),
    ("BatchNorm2d after each convolution (extra parameters)", CI0.replace("nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),", "nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.BatchNorm2d(c1), nn.ReLU(),"), CF0),
    ("treats a (B, 784) input as (B, 1, 784) 1-D signal: reshape missing", CI0, '''        if x.dim() == 2:
            x = x.reshape(len(x), 1, 1, -1)
        h = self.convs(x)
        h = self.dense(h.reshape(len(h), -1))
        return self.mu(h), self.logvar(h)'''),
    ("logvar clamped to [-10, 10]", CI0, CF0.replace("return self.mu(h), self.logvar(h)", "return self.mu(h), self.logvar(h).clamp(-10, 10)")),
    ("transposes the image (x.reshape then .transpose(2, 3)): rows and columns swapped", CI0, CF0.replace("x.reshape(len(x), 1, 28, 28)", "x.reshape(len(x), 1, 28, 28).transpose(2, 3)")),
]:
    M(name, "ConvEncoder", CE.format(init=init, fwd=fwd))
A("one head of 2d and nn.Flatten, GELU", "ConvEncoder", CE.format(
    init='''        self.net = nn.Sequential(
            nn.Conv2d(1, c1, 4, 2, 1), nn.GELU(),
            nn.Conv2d(c1, c2, 4, 2, 1), nn.GELU(),
            nn.Flatten(),
            nn.Linear(c2 * 49, hidden), nn.GELU(),
            nn.Linear(hidden, 2 * latent_dim),
        )''',
    fwd='''        out = self.net(x.view(-1, 1, 28, 28))
        mu, logvar = out.chunk(2, dim=1)
        return mu, logvar'''))
A("separate attributes, functional relu", "ConvEncoder", CE.format(
    init='''        self.conv1 = nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1)
        self.conv2 = nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1)
        self.fc = nn.Linear(c2 * 7 * 7, hidden)
        self.fc_mu = nn.Linear(hidden, latent_dim)
        self.fc_logvar = nn.Linear(hidden, latent_dim)''',
    fwd='''        x = x.reshape(x.shape[0], 28, 28).unsqueeze(1)
        h = torch.relu(self.conv2(torch.relu(self.conv1(x))))
        h = torch.relu(self.fc(torch.flatten(h, 1)))
        return self.fc_mu(h), self.fc_logvar(h)'''))


def _balanced(items, cap):
    """Keep at most `cap` items, spread over every grade_id, evenly sampled within each."""
    groups = {}
    for item in items:
        groups.setdefault(item["grade_id"], []).append(item)
    if len(items) <= cap:
        return items
    quota = {g: 1 for g in groups}
    left = cap - len(groups)
    while left > 0:
        g = max(groups, key=lambda g: (len(groups[g]) - quota[g]) / len(groups[g]) if quota[g] < len(groups[g]) else -1)
        if quota[g] >= len(groups[g]):
            break
        quota[g] += 1
        left -= 1
    kept = []
    for g, group in groups.items():
        q, n = quota[g], len(group)
        picks = sorted({min(n - 1, (i * n) // q + (n // q) // 2) for i in range(q)})
        i = 0
        while len(picks) < q:
            if i not in picks:
                picks.append(i)
            i += 1
        kept += [group[i] for i in sorted(picks)]
    return kept


MISTAKES = _balanced(MISTAKES, 34)
ALTERNATIVES = _balanced(ALTERNATIVES, 8)
