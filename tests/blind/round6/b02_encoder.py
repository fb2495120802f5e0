"""Blind round 6: wrong and alternative answers for notebook 02_encoder."""

NOTEBOOK = "02_encoder"


def swap(base, old, new):
    assert base.count(old) == 1, (old, base)
    return base.replace(old, new)


SPLIT = '''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    return h[:, :d], h[:, d:]
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
            layers += [nn.Linear(width, size), nn.ReLU()]
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
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)
'''

MISTAKES = [
    # ---- split_mean_logvar
    dict(name="returns (logvar, mu): halves swapped", grade_id="split_mean_logvar",
         source=swap(SPLIT, "return h[:, :d], h[:, d:]", "return h[:, d:], h[:, :d]")),
    dict(name="splits along the batch dimension", grade_id="split_mean_logvar",
         source=swap(SPLIT, "d = h.shape[1] // 2\n    return h[:, :d], h[:, d:]",
                     "mu, logvar = h.chunk(2, dim=0)\n    return mu, logvar")),
    dict(name="interleaved split (even columns = mean, odd = log-variance)", grade_id="split_mean_logvar",
         source=swap(SPLIT, "d = h.shape[1] // 2\n    return h[:, :d], h[:, d:]", "return h[:, 0::2], h[:, 1::2]")),
    dict(name="hard-coded d = 2 (the default latent size)", grade_id="split_mean_logvar",
         source=swap(SPLIT, "d = h.shape[1] // 2", "d = 2")),
    dict(name="exponentiates the second half (returns a variance, not a log-variance)", grade_id="split_mean_logvar",
         source=swap(SPLIT, "return h[:, :d], h[:, d:]", "return h[:, :d], h[:, d:].exp()")),
    # ---- count_parameters
    dict(name="counts frozen parameters too", grade_id="count_parameters",
         source=swap(COUNT, " if p.requires_grad)", ")")),
    dict(name="counts parameter tensors instead of their elements", grade_id="count_parameters",
         source=swap(COUNT, "return sum(p.numel() for p in model.parameters() if p.requires_grad)",
                     "return len([p for p in model.parameters() if p.requires_grad])")),
    dict(name="returns a 0-d tensor (product of the shape as a tensor)", grade_id="count_parameters",
         source=swap(COUNT, "return sum(p.numel() for p in model.parameters() if p.requires_grad)",
                     "return sum(torch.tensor(p.shape).prod() for p in model.parameters() if p.requires_grad)")),
    dict(name="counts the state_dict (buffers included, requires_grad ignored)", grade_id="count_parameters",
         source=swap(COUNT, "return sum(p.numel() for p in model.parameters() if p.requires_grad)",
                     "return sum(t.numel() for t in model.state_dict().values())")),
    dict(name="iterates model.modules() and each module's parameters() (nested parameters counted again)",
         grade_id="count_parameters",
         source=swap(COUNT, "return sum(p.numel() for p in model.parameters() if p.requires_grad)",
                     "return sum(p.numel() for module in model.modules() for p in module.parameters() if p.requires_grad)")),
    dict(name="counts only the first dimension of each parameter (len(p))", grade_id="count_parameters",
         source=swap(COUNT, "p.numel() for p", "len(p) for p")),
    # ---- DenseEncoder
    dict(name="softplus on the logvar head (log-variance forced positive)", grade_id="DenseEncoder",
         source=swap(DENSE, "return self.mu_head(h), self.logvar_head(h)",
                     "return self.mu_head(h), nn.functional.softplus(self.logvar_head(h))")),
    dict(name="returns the mu head twice (logvar head built but unused)", grade_id="DenseEncoder",
         source=swap(DENSE, "return self.mu_head(h), self.logvar_head(h)", "return self.mu_head(h), self.mu_head(h)")),
    dict(name="ignores in_features: the first layer always reads 784 values", grade_id="DenseEncoder",
         source=swap(DENSE, "width = in_features", "width = 784")),
    dict(name="no ReLU after the last hidden layer (activations only between hidden layers)", grade_id="DenseEncoder",
         source=swap(DENSE, "for size in hidden:\n            layers += [nn.Linear(width, size), nn.ReLU()]",
                     "for i, size in enumerate(hidden):\n            layers += [nn.Linear(width, size)]\n"
                     "            if i < len(hidden) - 1:\n                layers.append(nn.ReLU())")),
    dict(name="ignores the hidden argument (always 400, 200)", grade_id="DenseEncoder",
         source=swap(DENSE, "for size in hidden:", "for size in (400, 200):")),
    dict(name="adds a Dropout layer after each ReLU", grade_id="DenseEncoder",
         source=swap(DENSE, "layers += [nn.Linear(width, size), nn.ReLU()]",
                     "layers += [nn.Linear(width, size), nn.ReLU(), nn.Dropout(0.2)]")),
    dict(name="heads without bias", grade_id="DenseEncoder",
         source=swap(swap(DENSE, "nn.Linear(width, latent_dim)\n        self.logvar_head",
                          "nn.Linear(width, latent_dim, bias=False)\n        self.logvar_head"),
                     "self.logvar_head = nn.Linear(width, latent_dim)",
                     "self.logvar_head = nn.Linear(width, latent_dim, bias=False)")),
    dict(name="hidden layers kept in a plain Python list (not registered as submodules)", grade_id="DenseEncoder",
         source=swap(swap(DENSE, "self.body = nn.Sequential(*layers)", "self.layers = layers"),
                     "h = self.body(x.reshape(len(x), -1))",
                     "h = x.reshape(len(x), -1)\n        for layer in self.layers:\n            h = layer(h)")),
    # ---- ConvEncoder
    dict(name="hard-coded 32 * 7 * 7 inputs for the dense layer", grade_id="ConvEncoder",
         source=swap(CONV, "nn.Linear(c2 * 7 * 7, hidden)", "nn.Linear(32 * 7 * 7, hidden)")),
    dict(name="kernel size 3 instead of 4 (same output sizes, other parameter count)", grade_id="ConvEncoder",
         source=swap(swap(CONV, "nn.Conv2d(1, c1, kernel_size=4", "nn.Conv2d(1, c1, kernel_size=3"),
                     "nn.Conv2d(c1, c2, kernel_size=4", "nn.Conv2d(c1, c2, kernel_size=3")),
    dict(name="no ReLU after the dense layer", grade_id="ConvEncoder",
         source=swap(CONV, "nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),", "nn.Linear(c2 * 7 * 7, hidden),")),
    dict(name="channels used in the wrong order (c2 first, then c1)", grade_id="ConvEncoder",
         source=swap(swap(swap(CONV, "nn.Conv2d(1, c1,", "nn.Conv2d(1, c2,"), "nn.Conv2d(c1, c2,", "nn.Conv2d(c2, c1,"),
                     "nn.Linear(c2 * 7 * 7, hidden)", "nn.Linear(c1 * 7 * 7, hidden)")),
    dict(name="ignores the hidden argument (always 128 units)", grade_id="ConvEncoder",
         source=swap(CONV, "c1, c2 = channels", "c1, c2 = channels\n        hidden = 128")),
    dict(name="max-pooling with stride-1 convolutions instead of strided convolutions", grade_id="ConvEncoder",
         source=swap(swap(CONV, "nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),",
                          "nn.Conv2d(1, c1, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool2d(2),"),
                     "nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),",
                     "nn.Conv2d(c1, c2, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool2d(2),")),
    dict(name="tanh on the mean head", grade_id="ConvEncoder",
         source=swap(CONV, "return self.mu_head(h), self.logvar_head(h)",
                     "return torch.tanh(self.mu_head(h)), self.logvar_head(h)")),
]

ALTERNATIVES = [
    dict(name="split with chunk along the last dimension", grade_id="split_mean_logvar",
         source=swap(SPLIT, "d = h.shape[1] // 2\n    return h[:, :d], h[:, d:]",
                     "mu, logvar = torch.chunk(h, 2, dim=-1)\n    return mu, logvar")),
    dict(name="split with a view (B, 2, d) and unbind", grade_id="split_mean_logvar",
         source=swap(SPLIT, "d = h.shape[1] // 2\n    return h[:, :d], h[:, d:]",
                     "pair = h.reshape(h.shape[0], 2, h.shape[1] // 2)\n    return pair[:, 0], pair[:, 1]")),
    dict(name="count_parameters with an explicit loop and math.prod", grade_id="count_parameters",
         source='''import math


def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    total = 0
    for _, parameter in model.named_parameters():
        if parameter.requires_grad:
            total += math.prod(parameter.shape)
    return int(total)
'''),
    dict(name="DenseEncoder with one head of size 2d split by split_mean_logvar, and nn.Flatten, LeakyReLU",
         grade_id="DenseEncoder",
         source='''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        sizes = [in_features, *hidden]
        self.flatten = nn.Flatten()
        self.hidden_layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:]))
        self.activation = nn.LeakyReLU(0.01)
        self.head = nn.Linear(sizes[-1], 2 * latent_dim)

    def forward(self, x):
        h = self.flatten(x)
        for layer in self.hidden_layers:
            h = self.activation(layer(h))
        return split_mean_logvar(self.head(h))
'''),
    dict(name="ConvEncoder with ELU activations, view-based reshape and a 2d head split", grade_id="ConvEncoder",
         source='''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        self.conv1 = nn.Conv2d(1, channels[0], 4, 2, 1)
        self.conv2 = nn.Conv2d(channels[0], channels[1], 4, 2, 1)
        self.fc = nn.Linear(channels[1] * 49, hidden)
        self.out = nn.Linear(hidden, 2 * latent_dim)
        self.act = nn.ELU()

    def forward(self, x):
        x = x.reshape(x.shape[0], 1, 28, 28)
        h = self.act(self.conv2(self.act(self.conv1(x))))
        h = self.act(self.fc(h.flatten(1)))
        return split_mean_logvar(self.out(h))
'''),
    dict(name="DenseEncoder whose layers come from a comprehension over consecutive widths", grade_id="DenseEncoder",
         source=swap(DENSE, "layers = []\n        width = in_features\n        for size in hidden:\n"
                     "            layers += [nn.Linear(width, size), nn.ReLU()]\n            width = size\n",
                     "widths = (in_features,) + tuple(hidden)\n"
                     "        layers = [m for a, b in zip(widths, widths[1:]) for m in (nn.Linear(a, b), nn.ReLU())]\n"
                     "        width = widths[-1]\n")),
]
