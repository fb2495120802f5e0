"""Blind round 8: mistakes and alternatives for notebook 02_encoder (written from the student notebook only)."""

NOTEBOOK = "02_encoder"

# ----------------------------------------------------------------------------------------------------------
SPLIT = '''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
{body}
'''


def split(body):
    return SPLIT.format(body=body)


COUNT = '''{pre}def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
{body}
'''


def count(body, pre=""):
    return COUNT.format(body=body, pre=pre)


# ----------------------------------------------------------------------------------------------------------
# DenseEncoder: a template with replaceable pieces
# ----------------------------------------------------------------------------------------------------------
DENSE_INIT_OK = '''        layers = []
        width = in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)'''
DENSE_FWD_OK = '''        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)'''

DENSE = '''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
{init}

    def forward(self, x):
{forward}
'''


def dense(init=DENSE_INIT_OK, forward=DENSE_FWD_OK):
    return DENSE.format(init=init, forward=forward)


CONV_INIT_OK = '''        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)'''
CONV_FWD_OK = '''        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)'''

CONV = '''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
{init}

    def forward(self, x):
{forward}
'''


def conv(init=CONV_INIT_OK, forward=CONV_FWD_OK):
    return CONV.format(init=init, forward=forward)


MISTAKES = [
    # ---------------- split_mean_logvar ----------------
    dict(name="h.split(2, dim=1): chunks of size 2, right only when d = 2", grade_id="split_mean_logvar",
         source=split("    mu, logvar = h.split(2, dim=1)\n    return mu, logvar")),
    dict(name="interleaved split: even columns are mu, odd columns logvar", grade_id="split_mean_logvar",
         source=split("    return h[:, 0::2], h[:, 1::2]")),
    dict(name="d taken from the batch size len(h) // 2", grade_id="split_mean_logvar",
         source=split("    d = len(h) // 2\n    return h[:, :d], h[:, d:]")),
    dict(name="reshape to (B, d, 2) and take the last axis (interleaved)", grade_id="split_mean_logvar",
         source=split("    pairs = h.reshape(len(h), -1, 2)\n    return pairs[..., 0], pairs[..., 1]")),
    dict(name="returns (logvar, mu): halves swapped", grade_id="split_mean_logvar",
         source=split("    d = h.shape[1] // 2\n    return h[:, d:], h[:, :d]")),
    dict(name="chunks along the batch dimension", grade_id="split_mean_logvar",
         source=split("    mu, logvar = h.chunk(2, dim=0)\n    return mu, logvar")),
    dict(name="view as (2, B, d): mixes rows of different images", grade_id="split_mean_logvar",
         source=split("    both = h.reshape(2, len(h), -1)\n    return both[0], both[1]")),

    # ---------------- count_parameters ----------------
    dict(name="counts the frozen parameters too", grade_id="count_parameters",
         source=count("    return sum(p.numel() for p in model.parameters())")),
    dict(name="counts through state_dict (buffers and frozen parameters included)", grade_id="count_parameters",
         source=count("    return sum(value.numel() for value in model.state_dict().values())")),
    dict(name="counts only nn.Linear and nn.Conv2d layers (misses other layers and bare nn.Parameters)",
         grade_id="count_parameters",
         source=count("    total = 0\n    for module in model.modules():\n"
                      "        if isinstance(module, (nn.Linear, nn.Conv2d)):\n"
                      "            total += sum(p.numel() for p in module.parameters() if p.requires_grad)\n"
                      "    return total")),
    dict(name="sums parameters() of every module of model.modules(): nested parameters counted several times",
         grade_id="count_parameters",
         source=count("    return sum(p.numel() for module in model.modules() for p in module.parameters() if p.requires_grad)")),
    dict(name="'trainable' tested with p.grad is not None (0 for a model that never ran backward)",
         grade_id="count_parameters",
         source=count("    return sum(p.numel() for p in model.parameters() if p.grad is not None)")),
    dict(name="np.prod of the shapes: returns a NumPy number, not a Python int", grade_id="count_parameters",
         source=count("    import numpy as np\n    return sum(np.prod(p.shape) for p in model.parameters() if p.requires_grad)")),
    dict(name="only weights: the biases are forgotten", grade_id="count_parameters",
         source=count("    return sum(p.numel() for name, p in model.named_parameters() if p.requires_grad and 'weight' in name)")),
    dict(name="counts parameter tensors instead of their elements", grade_id="count_parameters",
         source=count("    return len([p for p in model.parameters() if p.requires_grad])")),
    dict(name="elements counted as shape[0] * shape[1] (kernel dimensions ignored)", grade_id="count_parameters",
         source=count("    total = 0\n    for p in model.parameters():\n        if p.requires_grad:\n"
                      "            total += p.shape[0] * (p.shape[1] if p.dim() > 1 else 1)\n    return total")),

    # ---------------- DenseEncoder ----------------
    dict(name="first layer hard-codes 784 instead of in_features", grade_id="DenseEncoder",
         source=dense(init=DENSE_INIT_OK.replace("width = in_features", "width = 784"))),
    dict(name="heads read hidden[-1]: breaks for hidden=()", grade_id="DenseEncoder",
         source=dense(init=DENSE_INIT_OK.replace("self.mu = nn.Linear(width, latent_dim)\n        self.logvar = nn.Linear(width, latent_dim)",
                                                 "self.mu = nn.Linear(hidden[-1], latent_dim)\n        self.logvar = nn.Linear(hidden[-1], latent_dim)"))),
    dict(name="drops the ReLU after the last hidden layer (affine when hidden has one entry)",
         grade_id="DenseEncoder",
         source=dense(init=DENSE_INIT_OK.replace("self.body = nn.Sequential(*layers)",
                                                 "self.body = nn.Sequential(*layers[:-1])"))),
    dict(name="clamps logvar to [-10, 10] 'for stability'", grade_id="DenseEncoder",
         source=dense(forward="        h = self.body(x.reshape(len(x), -1))\n"
                              "        return self.mu(h), self.logvar(h).clamp(-10, 10)")),
    dict(name="flattens with x.view(-1, 784): wrong for in_features != 784", grade_id="DenseEncoder",
         source=dense(forward="        h = self.body(x.reshape(-1, 784))\n        return self.mu(h), self.logvar(h)")),
    dict(name="squeeze() before flattening: a batch of one loses its batch dimension", grade_id="DenseEncoder",
         source=dense(forward="        x = x.squeeze()\n        h = self.body(x.reshape(len(x), -1))\n"
                              "        return self.mu(h), self.logvar(h)")),
    dict(name="hidden layers kept in a plain Python list (not registered as sub-modules)", grade_id="DenseEncoder",
         source=dense(init='''        self.layers = []
        width = in_features
        for size in hidden:
            self.layers.append(nn.Linear(width, size))
            width = size
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)''',
                      forward='''        h = x.reshape(len(x), -1)
        for layer in self.layers:
            h = torch.relu(layer(h))
        return self.mu(h), self.logvar(h)''')),
    dict(name="adds dropout after every hidden layer", grade_id="DenseEncoder",
         source=dense(init=DENSE_INIT_OK.replace("layers += [nn.Linear(width, size), nn.ReLU()]",
                                                 "layers += [nn.Linear(width, size), nn.ReLU(), nn.Dropout(0.2)]"))),
    dict(name="iterates over reversed(hidden) (decoder habit)", grade_id="DenseEncoder",
         source=dense(init=DENSE_INIT_OK.replace("for size in hidden:", "for size in reversed(hidden):"))),
    dict(name="logvar head without bias", grade_id="DenseEncoder",
         source=dense(init=DENSE_INIT_OK.replace("self.logvar = nn.Linear(width, latent_dim)",
                                                 "self.logvar = nn.Linear(width, latent_dim, bias=False)"))),
    dict(name="one 2d head split with chunk along the batch dimension", grade_id="DenseEncoder",
         source=dense(init=DENSE_INIT_OK.replace("self.mu = nn.Linear(width, latent_dim)\n        self.logvar = nn.Linear(width, latent_dim)",
                                                 "self.head = nn.Linear(width, 2 * latent_dim)"),
                      forward="        out = self.head(self.body(x.reshape(len(x), -1)))\n"
                              "        mu, logvar = out.chunk(2, dim=0)\n        return mu, logvar")),

    # ---------------- ConvEncoder ----------------
    dict(name="linear layer hard-codes 32 * 7 * 7 instead of c2 * 7 * 7", grade_id="ConvEncoder",
         source=conv(init=CONV_INIT_OK.replace("nn.Linear(c2 * 7 * 7, hidden)", "nn.Linear(32 * 7 * 7, hidden)"))),
    dict(name="kernel size 3 (shapes still 14 and 7, but the wrong parameter count)", grade_id="ConvEncoder",
         source=conv(init=CONV_INIT_OK.replace("kernel_size=4", "kernel_size=3"))),
    dict(name="no ReLU after the dense layer", grade_id="ConvEncoder",
         source=conv(init=CONV_INIT_OK.replace("nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),", "nn.Linear(c2 * 7 * 7, hidden),"))),
    dict(name="stride-1 'same' convolutions followed by max-pooling instead of stride 2", grade_id="ConvEncoder",
         source=conv(init='''        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, padding="same"), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(c1, c2, kernel_size=4, padding="same"), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)''')),
    dict(name="Dropout2d after each convolution", grade_id="ConvEncoder",
         source=conv(init=CONV_INIT_OK.replace("padding=1), nn.ReLU(),", "padding=1), nn.ReLU(), nn.Dropout2d(0.1),"))),
    dict(name="logvar head reads the dense layer before its ReLU, mu after it", grade_id="ConvEncoder",
         source=conv(init='''        c1, c2 = channels
        self.convs = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
        )
        self.dense = nn.Linear(c2 * 7 * 7, hidden)
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)''',
                     forward='''        pre = self.dense(self.convs(x.reshape(len(x), 1, 28, 28)))
        return self.mu(torch.relu(pre)), self.logvar(pre)''')),
    dict(name="kernel 5 with padding 2 (shapes 14 and 7, wrong parameter count)", grade_id="ConvEncoder",
         source=conv(init=CONV_INIT_OK.replace("kernel_size=4, stride=2, padding=1", "kernel_size=5, stride=2, padding=2"))),
    dict(name="clamps logvar with tanh-scaling to (-5, 5)", grade_id="ConvEncoder",
         source=conv(forward="        h = self.body(x.reshape(len(x), 1, 28, 28))\n"
                             "        return self.mu(h), 5 * torch.tanh(self.logvar(h) / 5)")),
    dict(name="no ReLU between the two convolutions", grade_id="ConvEncoder",
         source=conv(init=CONV_INIT_OK.replace("nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),",
                                               "nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1),"))),
]

ALTERNATIVES = [
    dict(name="torch.chunk along the features", grade_id="split_mean_logvar",
         source=split("    mu, logvar = torch.chunk(h, 2, dim=-1)\n    return mu, logvar")),
    dict(name="reshape (B, 2, d)", grade_id="split_mean_logvar",
         source=split("    halves = h.reshape(h.shape[0], 2, h.shape[1] // 2)\n    return halves[:, 0], halves[:, 1]")),
    dict(name="explicit loop with int()", grade_id="count_parameters",
         source=count("    total = 0\n    for parameter in model.parameters():\n        if parameter.requires_grad:\n"
                      "            total += int(parameter.numel())\n    return int(total)")),
    dict(name="one 2d head split with split_mean_logvar, LeakyReLU, nn.Flatten", grade_id="DenseEncoder",
         source=dense(init='''        sizes = (in_features,) + tuple(hidden)
        layers = [nn.Flatten()]
        for a, b in zip(sizes[:-1], sizes[1:]):
            layers.append(nn.Linear(a, b))
            layers.append(nn.LeakyReLU(0.1))
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(sizes[-1], 2 * latent_dim)''',
                      forward='''        return split_mean_logvar(self.head(self.body(x)))''')),
    dict(name="nn.ModuleList with ELU", grade_id="DenseEncoder",
         source=dense(init='''        widths = [in_features, *hidden]
        self.hidden_layers = nn.ModuleList(nn.Linear(widths[i], widths[i + 1]) for i in range(len(hidden)))
        self.mu_head = nn.Linear(widths[-1], latent_dim)
        self.logvar_head = nn.Linear(widths[-1], latent_dim)''',
                      forward='''        h = x.flatten(1)
        for layer in self.hidden_layers:
            h = nn.functional.elu(layer(h))
        return self.mu_head(h), self.logvar_head(h)''')),
    dict(name="functional activations, one head split with split_mean_logvar", grade_id="ConvEncoder",
         source=conv(init='''        self.conv1 = nn.Conv2d(1, channels[0], 4, 2, 1)
        self.conv2 = nn.Conv2d(channels[0], channels[1], 4, 2, 1)
        self.fc = nn.Linear(channels[1] * 49, hidden)
        self.head = nn.Linear(hidden, 2 * latent_dim)''',
                     forward='''        x = x.view(x.shape[0], 1, 28, 28)
        h = torch.relu(self.conv1(x))
        h = torch.relu(self.conv2(h))
        h = torch.relu(self.fc(h.flatten(1)))
        return split_mean_logvar(self.head(h))''')),
    dict(name="GELU activations", grade_id="ConvEncoder",
         source=conv(init=CONV_INIT_OK.replace("nn.ReLU()", "nn.GELU()"))),
]
