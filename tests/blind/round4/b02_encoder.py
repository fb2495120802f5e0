NOTEBOOK = "02_encoder"

_SPLIT = '''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
'''
_COUNT = '''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
'''
_DENSE = '''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
'''
_CONV = '''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
'''
_FWD = '''
    def forward(self, x):
'''

def dense(init, fwd):
    return _DENSE + init + _FWD + fwd

def conv(init, fwd):
    return _CONV + init + _FWD + fwd

D_INIT = '''        layers, width = [], in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)
'''
D_FWD = '''        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''
C_INIT = '''        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU())
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)
'''
C_FWD = '''        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''

MISTAKES = [
    dict(name="interleaved split (even/odd columns)", grade_id="split_mean_logvar",
         source=_SPLIT + '''    return h[:, 0::2], h[:, 1::2]
'''),
    dict(name="split along the batch axis", grade_id="split_mean_logvar",
         source=_SPLIT + '''    mu, logvar = torch.chunk(h, 2)
    return mu, logvar
'''),
    dict(name="halves swapped (logvar first)", grade_id="split_mean_logvar",
         source=_SPLIT + '''    d = h.shape[1] // 2
    logvar, mu = h[:, :d], h[:, d:]
    return mu, logvar
'''),
    dict(name="d hard-coded to 2", grade_id="split_mean_logvar",
         source=_SPLIT + '''    return h[:, :2], h[:, 2:4]
'''),
    dict(name="counts tensors, not elements", grade_id="count_parameters",
         source=_COUNT + '''    return sum(1 for p in model.parameters() if p.requires_grad)
'''),
    dict(name="counts frozen parameters too", grade_id="count_parameters",
         source=_COUNT + '''    return sum(p.numel() for p in model.parameters())
'''),
    dict(name="counts shape[0]*shape[-1] (wrong for conv kernels)", grade_id="count_parameters",
         source=_COUNT + '''    total = 0
    for p in model.parameters():
        if p.requires_grad:
            total += p.shape[0] * p.shape[-1] if p.dim() > 1 else p.shape[0]
    return total
'''),
    dict(name="returns a tensor instead of int", grade_id="count_parameters",
         source=_COUNT + '''    return torch.tensor([p.numel() for p in model.parameters() if p.requires_grad]).sum()
'''),
    dict(name="counts only weights (skips parameters named bias)", grade_id="count_parameters",
         source=_COUNT + '''    return sum(p.numel() for n, p in model.named_parameters() if p.requires_grad and not n.endswith("bias"))
'''),
    # DenseEncoder
    dict(name="ReLU on the logvar head", grade_id="DenseEncoder",
         source=dense(D_INIT, '''        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), torch.relu(self.logvar(h))
''')),
    dict(name="ignores in_features (hard-coded 784)", grade_id="DenseEncoder",
         source=dense(D_INIT.replace("width = [], in_features", "width = [], 784"), D_FWD)),
    dict(name="no ReLU after the last hidden layer", grade_id="DenseEncoder",
         source=dense('''        layers, width = [], in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        if layers:
            layers = layers[:-1]
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)
''', D_FWD)),
    dict(name="mu and logvar share one head (same function)", grade_id="DenseEncoder",
         source=dense(D_INIT, '''        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.mu(h)
''')),
    dict(name="heads read the input of the last hidden layer (skip last hidden)", grade_id="DenseEncoder",
         source=dense('''        layers, width = [], in_features
        for h in hidden[:-1]:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.extra = nn.Linear(width, hidden[-1]) if hidden else None
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)
''', D_FWD)),
    dict(name="adds Dropout after each hidden ReLU", grade_id="DenseEncoder",
         source=dense(D_INIT.replace("nn.ReLU()]", "nn.ReLU(), nn.Dropout(0.2)]"), D_FWD)),
    dict(name="Softplus on logvar to keep it positive", grade_id="DenseEncoder",
         source=dense(D_INIT, '''        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), nn.functional.softplus(self.logvar(h))
''')),
    # ConvEncoder
    dict(name="hard-coded 32*7*7 in the linear layer", grade_id="ConvEncoder",
         source=conv(C_INIT.replace("nn.Linear(c2 * 7 * 7, hidden)", "nn.Linear(32 * 7 * 7, hidden)"), C_FWD)),
    dict(name="second conv has stride 1 padding (no downsampling) with pooling", grade_id="ConvEncoder",
         source=conv('''        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=3, stride=1, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU())
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)
''', C_FWD)),
    dict(name="missing ReLU after the hidden linear layer", grade_id="ConvEncoder",
         source=conv(C_INIT.replace("nn.Linear(c2 * 7 * 7, hidden), nn.ReLU())", "nn.Linear(c2 * 7 * 7, hidden))"), C_FWD)),
    dict(name="reshape flattening with view in channel-last order (permute)", grade_id="ConvEncoder",
         source=conv('''        c1, c2 = channels
        self.convs = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU())
        self.fc = nn.Linear(c2 * 7 * 7, hidden)
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)
''', '''        h = self.convs(x.reshape(len(x), 1, 28, 28))
        h = torch.relu(self.fc(h.permute(0, 2, 3, 1).reshape(len(x), -1)))
        return self.mu(h), self.logvar(h)
''')),
    dict(name="reshape input as (1, B, 28, 28)-style transposed image (28x28 transposed)", grade_id="ConvEncoder",
         source=conv(C_INIT, '''        h = self.body(x.reshape(len(x), 1, 28, 28).transpose(2, 3))
        return self.mu(h), self.logvar(h)
''')),
    dict(name="exp applied to logvar head (returns variance)", grade_id="ConvEncoder",
         source=conv(C_INIT, '''        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h).exp()
''')),
]

ALTERNATIVES = [
    dict(name="split with torch.chunk along dim 1", grade_id="split_mean_logvar",
         source=_SPLIT + '''    mu, logvar = h.chunk(2, dim=-1)
    return mu, logvar
'''),
    dict(name="count with int() of a generator over filter", grade_id="count_parameters",
         source=_COUNT + '''    import math
    return int(sum(math.prod(p.shape) for p in filter(lambda q: q.requires_grad, model.parameters())))
'''),
    dict(name="DenseEncoder with one 2d head + split_mean_logvar and LeakyReLU-free ELU", grade_id="DenseEncoder",
         source=dense('''        self.latent_dim = latent_dim
        sizes = [in_features, *hidden]
        layers = []
        for a, b in zip(sizes[:-1], sizes[1:]):
            layers.append(nn.Linear(a, b))
            layers.append(nn.ELU())
        self.body = nn.Sequential(nn.Flatten(), *layers)
        self.head = nn.Linear(sizes[-1], 2 * latent_dim)
''', '''        return split_mean_logvar(self.head(self.body(x.reshape(len(x), -1))))
''')),
    dict(name="ConvEncoder with functional relu and one split head", grade_id="ConvEncoder",
         source=conv('''        c1, c2 = channels
        self.conv1 = nn.Conv2d(1, c1, 4, 2, 1)
        self.conv2 = nn.Conv2d(c1, c2, 4, 2, 1)
        self.fc = nn.Linear(c2 * 49, hidden)
        self.head = nn.Linear(hidden, 2 * latent_dim)
''', '''        import torch.nn.functional as F
        h = F.relu(self.conv1(x.reshape(len(x), 1, 28, 28)))
        h = F.relu(self.conv2(h))
        h = F.relu(self.fc(h.flatten(1)))
        return split_mean_logvar(self.head(h))
''')),
]
