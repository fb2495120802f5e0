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
_DENSE_HEAD = '''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
'''
_CONV_HEAD = '''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
'''

def _dense(init_body, forward_body):
    return _DENSE_HEAD + init_body + "\n    def forward(self, x):\n" + forward_body

def _conv(init_body, forward_body):
    return _CONV_HEAD + init_body + "\n    def forward(self, x):\n" + forward_body

_D_INIT = '''        layers, width = [], in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)
'''
_D_FWD = '''        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''
_C_INIT = '''        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)
'''
_C_FWD = '''        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''

MISTAKES = [
    # split_mean_logvar
    dict(name="chunk along dim 0 (splits the batch)", grade_id="split_mean_logvar",
         source=_SPLIT + "    mu, logvar = torch.chunk(h, 2)\n    return mu, logvar\n"),
    dict(name="interleaved split (even / odd columns)", grade_id="split_mean_logvar",
         source=_SPLIT + "    return h[:, 0::2], h[:, 1::2]\n"),
    dict(name="returns logvar first", grade_id="split_mean_logvar",
         source=_SPLIT + "    d = h.shape[1] // 2\n    return h[:, d:], h[:, :d]\n"),
    dict(name="reshape (B, d, 2) and unbind the last axis", grade_id="split_mean_logvar",
         source=_SPLIT + "    d = h.shape[1] // 2\n    mu, logvar = h.reshape(len(h), d, 2).unbind(-1)\n    return mu, logvar\n"),
    # count_parameters
    dict(name="counts frozen parameters too", grade_id="count_parameters",
         source=_COUNT + "    return sum(p.numel() for p in model.parameters())\n"),
    dict(name="counts tensors, not elements", grade_id="count_parameters",
         source=_COUNT + "    return sum(1 for p in model.parameters() if p.requires_grad)\n"),
    dict(name="counts only the first dimension of each tensor", grade_id="count_parameters",
         source=_COUNT + "    return sum(p.shape[0] for p in model.parameters() if p.requires_grad)\n"),
    dict(name="counts state_dict entries (buffers and frozen params included)", grade_id="count_parameters",
         source=_COUNT + "    return sum(t.numel() for t in model.state_dict().values())\n"),
    dict(name="counts only weights (forgets biases)", grade_id="count_parameters",
         source=_COUNT + "    return sum(p.numel() for n, p in model.named_parameters() if p.requires_grad and not n.endswith('bias'))\n"),
    # DenseEncoder
    dict(name="hard-codes 784 inputs, ignores in_features", grade_id="DenseEncoder",
         source=_dense(_D_INIT.replace("width = [], in_features", "width = [], 784"), _D_FWD)),
    dict(name="no ReLU after the last hidden layer", grade_id="DenseEncoder",
         source=_dense('''        layers, width = [], in_features
        for i, h in enumerate(hidden):
            layers.append(nn.Linear(width, h))
            if i < len(hidden) - 1:
                layers.append(nn.ReLU())
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)
''', _D_FWD)),
    dict(name="heads read hidden[-1] (fails for hidden=())", grade_id="DenseEncoder",
         source=_dense('''        layers, width = [], in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(hidden[-1], latent_dim)
        self.logvar = nn.Linear(hidden[-1], latent_dim)
''', _D_FWD)),
    dict(name="softplus on the logvar head (not unconstrained)", grade_id="DenseEncoder",
         source=_dense(_D_INIT, "        h = self.body(x.reshape(len(x), -1))\n        return self.mu(h), nn.functional.softplus(self.logvar(h))\n")),
    dict(name="hard-codes the default hidden widths", grade_id="DenseEncoder",
         source=_dense(_D_INIT.replace("for h in hidden:", "for h in (400, 200):"), _D_FWD)),
    dict(name="one shared head: logvar equals mu", grade_id="DenseEncoder",
         source=_dense(_D_INIT.replace("        self.logvar = nn.Linear(width, latent_dim)\n", ""),
                       "        h = self.body(x.reshape(len(x), -1))\n        out = self.mu(h)\n        return out, out\n")),
    dict(name="linear layers without bias", grade_id="DenseEncoder",
         source=_dense('''        layers, width = [], in_features
        for h in hidden:
            layers += [nn.Linear(width, h, bias=False), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)
''', _D_FWD)),
    dict(name="adds dropout between layers", grade_id="DenseEncoder",
         source=_dense('''        layers, width = [], in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU(), nn.Dropout(0.2)]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)
''', _D_FWD)),
    dict(name="flattens with view(-1, 784): wrong for in_features != 784", grade_id="DenseEncoder",
         source=_dense(_D_INIT, "        h = self.body(x.view(-1, 784))\n        return self.mu(h), self.logvar(h)\n")),
    dict(name="returns the variance exp(logvar) as second output", grade_id="DenseEncoder",
         source=_dense(_D_INIT, "        h = self.body(x.reshape(len(x), -1))\n        return self.mu(h), self.logvar(h).exp()\n")),
    # ConvEncoder
    dict(name="kernel_size=3 (same 14/7 sizes, wrong parameter count)", grade_id="ConvEncoder",
         source=_conv(_C_INIT.replace("kernel_size=4", "kernel_size=3"), _C_FWD)),
    dict(name="hard-codes channels 16, 32", grade_id="ConvEncoder",
         source=_conv(_C_INIT.replace("c1, c2 = channels", "c1, c2 = 16, 32"), _C_FWD)),
    dict(name="ignores hidden (always 128)", grade_id="ConvEncoder",
         source=_conv(_C_INIT.replace("nn.Linear(c2 * 7 * 7, hidden)", "nn.Linear(c2 * 7 * 7, 128)").replace("nn.Linear(hidden, latent_dim)", "nn.Linear(128, latent_dim)"), _C_FWD)),
    dict(name="no ReLU after the dense hidden layer", grade_id="ConvEncoder",
         source=_conv(_C_INIT.replace("nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),", "nn.Linear(c2 * 7 * 7, hidden),"), _C_FWD)),
    dict(name="tanh on the logvar head", grade_id="ConvEncoder",
         source=_conv(_C_INIT, "        h = self.body(x.reshape(len(x), 1, 28, 28))\n        return self.mu(h), torch.tanh(self.logvar(h))\n")),
    dict(name="stride-1 convolutions followed by max-pooling", grade_id="ConvEncoder",
         source=_conv('''        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=3, stride=1, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(c1, c2, kernel_size=3, stride=1, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)
''', _C_FWD)),
    dict(name="batch norm after each convolution (extra parameters)", grade_id="ConvEncoder",
         source=_conv('''        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.BatchNorm2d(c1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.BatchNorm2d(c2), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)
''', _C_FWD)),
    dict(name="heads read the flattened conv features (dense hidden layer skipped for logvar)", grade_id="ConvEncoder",
         source=_conv('''        c1, c2 = channels
        self.convs = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
        )
        self.fc = nn.Sequential(nn.Linear(c2 * 7 * 7, hidden), nn.ReLU())
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(c2 * 7 * 7, latent_dim)
''', "        f = self.convs(x.reshape(len(x), 1, 28, 28))\n        return self.mu(self.fc(f)), self.logvar(f)\n")),
]

ALTERNATIVES = [
    dict(name="chunk along the last dim", grade_id="split_mean_logvar",
         source=_SPLIT + "    mu, logvar = h.chunk(2, dim=-1)\n    return mu, logvar\n"),
    dict(name="torch.split with d", grade_id="split_mean_logvar",
         source=_SPLIT + "    d = h.size(1) // 2\n    mu, logvar = torch.split(h, d, dim=1)\n    return mu, logvar\n"),
    dict(name="int(np.prod(shape)) loop", grade_id="count_parameters",
         source=_COUNT + "    import math\n    total = 0\n    for p in model.parameters():\n        if p.requires_grad:\n            total += math.prod(p.shape)\n    return int(total)\n"),
    dict(name="one head of size 2d split with split_mean_logvar, nn.Flatten, LeakyReLU", grade_id="DenseEncoder",
         source=_dense('''        sizes = [in_features, *hidden]
        layers = [nn.Flatten()]
        for a, b in zip(sizes[:-1], sizes[1:]):
            layers.append(nn.Linear(a, b))
            layers.append(nn.LeakyReLU(0.1))
        layers.append(nn.Linear(sizes[-1], 2 * latent_dim))
        self.net = nn.Sequential(*layers)
''', "        return split_mean_logvar(self.net(x))\n")),
    dict(name="ModuleList with explicit loop and F.relu", grade_id="DenseEncoder",
         source=_dense('''        widths = [in_features] + list(hidden)
        self.layers = nn.ModuleList(nn.Linear(widths[i], widths[i + 1]) for i in range(len(hidden)))
        self.fc_mu = nn.Linear(widths[-1], latent_dim)
        self.fc_logvar = nn.Linear(widths[-1], latent_dim)
''', '''        h = x.flatten(1)
        for layer in self.layers:
            h = torch.relu(layer(h))
        return self.fc_mu(h), self.fc_logvar(h)
''')),
    dict(name="one 2d head split, explicit layers, ELU", grade_id="ConvEncoder",
         source=_conv('''        self.conv1 = nn.Conv2d(1, channels[0], 4, 2, 1)
        self.conv2 = nn.Conv2d(channels[0], channels[1], 4, 2, 1)
        self.fc = nn.Linear(channels[1] * 49, hidden)
        self.head = nn.Linear(hidden, 2 * latent_dim)
''', '''        act = nn.functional.elu
        h = act(self.conv1(x.reshape(len(x), 1, 28, 28)))
        h = act(self.conv2(h))
        h = act(self.fc(h.reshape(len(h), -1)))
        return split_mean_logvar(self.head(h))
''')),
]
