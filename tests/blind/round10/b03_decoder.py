NOTEBOOK = "03_decoder"
MISTAKES, ALTERNATIVES = [], []


def M(name, gid, src):
    MISTAKES.append(dict(name=name, grade_id=gid, source=src))


def A(name, gid, src):
    ALTERNATIVES.append(dict(name=name, grade_id=gid, source=src))


DD = '''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits."""

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
{init}

    def forward(self, z):
{fwd}

    def probs(self, z):
{probs}
'''
DI0 = '''        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)'''
DF0 = "        return self.net(z).reshape(len(z), 1, 28, 28)"
DP0 = "        return torch.sigmoid(self.forward(z))"
for name, init, fwd, probs in [
    ("sigmoid inside forward: returns probabilities, not logits", DI0, "        return torch.sigmoid(self.net(z)).reshape(len(z), 1, 28, 28)", "        return self.forward(z)"),
    ("probs applies the sigmoid twice", DI0, "        return torch.sigmoid(self.net(z)).reshape(len(z), 1, 28, 28)", DP0),
    ("probs uses a softmax over the pixels", DI0, DF0, "        return torch.softmax(self.forward(z).reshape(len(z), -1), dim=1).reshape(len(z), 1, 28, 28)"),
    ("forward returns flat (B, 784) logits", DI0, "        return self.net(z)", "        return torch.sigmoid(self.forward(z)).reshape(len(z), 1, 28, 28)"),
    ("forward returns (B, 28, 28): channel dimension missing", DI0, "        return self.net(z).reshape(len(z), 28, 28)", DP0),
    ("ReLU after the last layer: logits never negative", DI0.replace("layers.append(nn.Linear(width, 784))", "layers += [nn.Linear(width, 784), nn.ReLU()]"), DF0, DP0),
    ("hidden widths used in reverse order", DI0.replace("for size in hidden:", "for size in reversed(hidden):"), DF0, DP0),
    ("last layer reads hidden[-1]: IndexError for hidden=()", DI0.replace("layers.append(nn.Linear(width, 784))", "layers.append(nn.Linear(hidden[-1], 784))"), DF0, DP0),
    ("layers in a Python list: not registered as parameters",
     '''        self.layers, width = [], latent_dim
        for size in hidden:
            self.layers.append(nn.Linear(width, size))
            width = size
        self.out = nn.Linear(width, 784)''',
     '''        h = z
        for layer in self.layers:
            h = torch.relu(layer(h))
        return self.out(h).reshape(len(z), 1, 28, 28)''', DP0),
    ("last layer without bias", DI0.replace("nn.Linear(width, 784))", "nn.Linear(width, 784, bias=False))"), DF0, DP0),
    ("logits clamped to [-10, 10] with hardtanh", DI0, "        return nn.functional.hardtanh(self.net(z), -10, 10).reshape(len(z), 1, 28, 28)", DP0),
    ("probs clamps the logits to [0, 1] instead of the sigmoid", DI0, DF0, "        return self.forward(z).clamp(0, 1)"),
    ("changed default hidden (400, 200)", DI0, DF0, DP0),
    ("tanh-based 'probabilities' (tanh(l) + 1) / 2 with the wrong scale", DI0, DF0, "        return (torch.tanh(self.forward(z)) + 1) / 2"),
    ("only two hidden layers hard-coded",
     "        self.net = nn.Sequential(nn.Linear(latent_dim, hidden[0]), nn.ReLU(), nn.Linear(hidden[0], hidden[1]), nn.ReLU(), nn.Linear(hidden[1], 784))", DF0, DP0),
]:
    src = DD.format(init=init, fwd=fwd, probs=probs)
    if name.startswith("changed default"):
        src = src.replace("hidden=(200, 400)):", "hidden=(400, 200)):")
    M(name, "DenseDecoder", src)
A("ModuleList, view, special.expit", "DenseDecoder", DD.format(
    init='''        dims = [latent_dim, *hidden, 784]
        self.linears = nn.ModuleList(nn.Linear(a, b) for a, b in zip(dims[:-1], dims[1:]))''',
    fwd='''        h = z
        for i, layer in enumerate(self.linears):
            h = layer(h)
            if i < len(self.linears) - 1:
                h = nn.functional.leaky_relu(h)
        return h.view(-1, 1, 28, 28)''',
    probs="        return torch.special.expit(self(z))"))
A("Unflatten at the end of the Sequential", "DenseDecoder", DD.format(
    init='''        layers, width = [], latent_dim
        for size in hidden:
            layers.extend([nn.Linear(width, size), nn.ReLU()])
            width = size
        self.net = nn.Sequential(*layers, nn.Linear(width, 28 * 28), nn.Unflatten(1, (1, 28, 28)))''',
    fwd="        return self.net(z)",
    probs="        return self.forward(z).sigmoid()"))

CD = '''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
{init}

    def forward(self, z):
{fwd}

    def probs(self, z):
{probs}
'''
CI0 = '''        self.dense = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )'''
CF0 = "        return self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7))"
CP0 = "        return torch.sigmoid(self.forward(z))"
for name, init, fwd, probs in [
    ("output_padding=1: 7 -> 15 -> 31", CI0.replace("padding=1)", "padding=1, output_padding=1)"), CF0, CP0),
    ("no ReLU after the second dense layer", CI0.replace("nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())", "nn.Linear(hidden, c1 * 7 * 7))"), CF0, CP0),
    ("sigmoid at the end of forward", CI0, "        return torch.sigmoid(self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7)))", "        return self.forward(z)"),
    ("ReLU after the last transposed convolution", CI0.replace("nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),\n", "nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1), nn.ReLU(),\n"), CF0, CP0),
    ("channels swapped (c2 first)", CI0.replace("c1 * 7 * 7", "c2 * 7 * 7").replace("nn.ConvTranspose2d(c1, c2,", "nn.ConvTranspose2d(c2, c1,").replace("nn.ConvTranspose2d(c2, 1,", "nn.ConvTranspose2d(c1, 1,"), CF0.replace("self.c1, 7, 7", "-1, 7, 7"), CP0),
    ("flattened size hard-coded 32 * 7 * 7", CI0.replace("c1 * 7 * 7", "32 * 7 * 7"), CF0.replace("self.c1, 7, 7", "32, 7, 7"), CP0),
    ("hidden ignored: first layer always 128 wide", CI0.replace("nn.Linear(latent_dim, hidden)", "nn.Linear(latent_dim, 128)").replace("nn.Linear(hidden, c1", "nn.Linear(128, c1"), CF0, CP0),
    ("kernel 3 with output_padding=1 (right shape, wrong layers and parameter count)", CI0.replace("kernel_size=4, stride=2, padding=1)", "kernel_size=3, stride=2, padding=1, output_padding=1)"), CF0, CP0),
    ("upsampling + ordinary convolutions instead of transposed convolutions",
     CI0.replace("nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1)", "nn.Upsample(scale_factor=2), nn.Conv2d(c1, c2, kernel_size=3, padding=1)").replace("nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1)", "nn.Upsample(scale_factor=2), nn.Conv2d(c2, 1, kernel_size=3, padding=1)"), CF0, CP0),
    ("no ReLU after the first dense layer", CI0.replace("nn.Linear(latent_dim, hidden), nn.ReLU(),", "nn.Linear(latent_dim, hidden),"), CF0, CP0),
    ("a final reshape to (B, 784)", CI0, "        return self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7)).reshape(len(z), -1)", "        return torch.sigmoid(self.forward(z)).reshape(len(z), 1, 28, 28)"),
    ("transposed convolutions without bias", CI0.replace("padding=1)", "padding=1, bias=False)"), CF0, CP0),
    ("probs returns a Bernoulli sample of the pixels", CI0, CF0, "        return torch.bernoulli(torch.sigmoid(self.forward(z)))"),
]:
    M(name, "ConvDecoder", CD.format(init=init, fwd=fwd, probs=probs))
A("separate layers and Unflatten", "ConvDecoder", CD.format(
    init='''        self.fc1 = nn.Linear(latent_dim, hidden)
        self.fc2 = nn.Linear(hidden, c1 * 49)
        self.unflatten = nn.Unflatten(1, (c1, 7, 7))
        self.up1 = nn.ConvTranspose2d(c1, c2, 4, 2, 1)
        self.up2 = nn.ConvTranspose2d(c2, 1, 4, 2, 1)''',
    fwd='''        h = torch.relu(self.fc2(torch.relu(self.fc1(z))))
        return self.up2(torch.relu(self.up1(self.unflatten(h))))''',
    probs="        return torch.sigmoid(self(z))"))

GN = '''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    import math
{body}
'''
B0 = "    diff = (x - mean).reshape(len(x), -1)\n    D = diff.shape[1]\n"
for name, body in [
    ("divides by sigma^2 instead of 2 sigma^2", B0 + "    return (diff ** 2).sum(1) / sigma ** 2 + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))"),
    ("divides by 2 sigma (not squared)", B0 + "    return (diff ** 2).sum(1) / (2 * sigma) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))"),
    ("constant added once, not once per pixel", B0 + "    return (diff ** 2).sum(1) / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)"),
    ("averages over the pixels instead of summing", B0 + "    return (diff ** 2).mean(1) / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)"),
    ("forgets the log(sigma) term", B0 + "    return (diff ** 2).sum(1) / (2 * sigma ** 2) + D * 0.5 * math.log(2 * math.pi)"),
    ("D hard-coded to 784: wrong for (B, D) inputs of other sizes", B0 + "    return (diff ** 2).sum(1) / (2 * sigma ** 2) + 784 * (math.log(sigma) + 0.5 * math.log(2 * math.pi))"),
    ("sums over the whole batch: one scalar", B0 + "    return (diff ** 2).sum() / (2 * sigma ** 2) + diff.numel() * (math.log(sigma) + 0.5 * math.log(2 * math.pi))"),
    ("log(2 pi sigma) instead of log(2 pi sigma^2)", B0 + "    return (diff ** 2).sum(1) / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma)"),
    ("sums over the last dimension only: (B, 1, 28) for image inputs", "    D = x[0].numel()\n    return ((x - mean) ** 2).sum(-1) / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))"),
    ("sum over dims (1, 2, 3) only: fails on flat (B, D) inputs", "    D = x[0].numel()\n    return ((x - mean) ** 2).sum(dim=(1, 2, 3)) / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))"),
    ("D counted over the whole batch (x.numel())", "    diff = (x - mean).reshape(len(x), -1)\n    D = x.numel()\n    return (diff ** 2).sum(1) / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))"),
    ("log(sigma^2) per pixel instead of log(sigma)", B0 + "    return (diff ** 2).sum(1) / (2 * sigma ** 2) + D * (math.log(sigma ** 2) + 0.5 * math.log(2 * math.pi))"),
    ("constant subtracted instead of added", B0 + "    return (diff ** 2).sum(1) / (2 * sigma ** 2) - D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))"),
    ("averages over the batch: returns a scalar", B0 + "    return ((diff ** 2).sum(1) / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))).mean()"),
    ("float64 output from a numpy computation", "    import numpy as np\n    import torch\n    diff = (x - mean).reshape(len(x), -1).detach().numpy().astype(np.float64)\n    D = diff.shape[1]\n    return torch.from_numpy((diff ** 2).sum(1) / (2 * sigma ** 2) + D * (np.log(sigma) + 0.5 * np.log(2 * np.pi)))"),
]:
    M(name, "gaussian_nll", GN.format(body=body))
A("torch.distributions.Normal log_prob summed", "gaussian_nll", GN.format(body="    import torch\n    dist = torch.distributions.Normal(mean.reshape(len(mean), -1), sigma)\n    return -dist.log_prob(x.reshape(len(x), -1)).sum(dim=1)"))
A("per-pixel formula then flatten(1).sum", "gaussian_nll", GN.format(body="    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + math.log(2 * math.pi) / 2\n    return per_pixel.flatten(1).sum(dim=1)"))
A("F.gaussian_nll_loss(full=True) summed", "gaussian_nll", GN.format(body="    import torch\n    import torch.nn.functional as F\n    m, t = mean.flatten(1), x.flatten(1)\n    var = torch.full_like(m, sigma ** 2)\n    return F.gaussian_nll_loss(m, t, var, full=True, reduction='none', eps=0.0).sum(dim=1)"))


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
