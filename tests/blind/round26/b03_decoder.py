"""Blind round 26: mistakes and alternatives for notebook 03_decoder."""
NOTEBOOK = '03_decoder'
MISTAKES = [
    dict(name='dd_sigmoid_in_forward', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return torch.sigmoid(self.net(z)).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_softmax_probs', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.softmax(self(z).reshape(len(z), -1), dim=1).reshape(len(z), 1, 28, 28)
'''),
    dict(name='dd_probs_are_logits', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return self(z)
'''),
    dict(name='dd_relu_after_last', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers += [nn.Linear(width, 784), nn.ReLU()]
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_hidden_ignored', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in (200, 400):
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_reversed_hidden', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in reversed(hidden):
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_empty_hidden_crash', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(hidden[-1], 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_last_no_bias', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784, bias=False))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_no_channel_axis', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_channels_last', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 28, 28, 1)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_squeeze_codes', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        z = z.squeeze()
        return self.net(z).reshape(-1, 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_unstable_probs', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        e = torch.exp(self(z))
        return e / (1 + e)
'''),
    dict(name='dd_probs_detached', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        with torch.no_grad():
            return torch.sigmoid(self(z))
'''),
    dict(name='dd_probs_rounded', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z)).round()
'''),
    dict(name='dd_probs_cached', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        if getattr(self, '_probs', None) is None:
            self._probs = torch.sigmoid(self(z))
        return self._probs
'''),
    dict(name='dd_dropout', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU(), nn.Dropout(0.2)]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_tanh_logits', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return torch.tanh(self.net(z)).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_probs_flat', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.net(z))
'''),
    dict(name='dd_default_latent', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=20, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_unregistered_list', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.layers = layers

    def forward(self, z):
        h = z
        for layer in self.layers:
            h = layer(h)
        return h.reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_width_not_updated', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_no_relu_last_hidden', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        if layers:
            layers.pop()
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_relu_before_linear', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.ReLU(), nn.Linear(width, h)]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_clamp_codes_inplace', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        z.clamp_(-3, 3)
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_batch_centred_logits', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        out = self.net(z)
        return (out - out.mean(dim=0)).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_relu_only_first', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h)] + ([nn.ReLU()] if not layers else [])
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_sigmoid_end', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1), nn.Sigmoid(),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_no_relu_fc2', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_no_relu_between_deconvs', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_relu_end', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_hardcoded_channels', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = 32, 16
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_channels_swapped', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c2, c1 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_hidden_ignored', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, 128), nn.ReLU(),
            nn.Linear(128, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_kernel3_output_padding', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=3, stride=2, padding=1, output_padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=3, stride=2, padding=1, output_padding=1),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_upsample_conv', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.Upsample(scale_factor=2), nn.Conv2d(c1, c2, kernel_size=3, padding=1), nn.ReLU(),
            nn.Upsample(scale_factor=2), nn.Conv2d(c2, 1, kernel_size=3, padding=1),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_view_hardcoded_32', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.fc(z).view(-1, 32, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_crop_corner', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        h = self.deconv[1](self.deconv[0](h)[..., 2:, 2:])
        return self.deconv[2](h)[..., 2:, 2:]

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_probs_logits', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return self(z)
'''),
    dict(name='cd_last_no_bias', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1, bias=False),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_dropout', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(), nn.Dropout(0.1),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_batch_centred', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        out = self.deconv(h)
        return out - out.mean(dim=0, keepdim=True)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_squeeze_channel', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h).squeeze(1)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_output_padding', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1, output_padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1, output_padding=1),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_default_channels', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_default_hidden', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=256):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_reshape_wrong_c2', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c2 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c2, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), -1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_probs_unstable', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.exp(self(z)) / (1 + torch.exp(self(z)))
'''),
    dict(name='cd_probs_detached', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z)).detach()
'''),
    dict(name='cd_tanh_hidden_bounded_logits', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return 10 * torch.tanh(self.deconv(h) / 10)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_single_linear', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_deconv_no_bias', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1, bias=False), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='gn_mean_over_pixels', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).mean(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_no_constant', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2)
'''),
    dict(name='gn_sigma_not_squared', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_no_factor_two', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / sigma ** 2 + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_constant_once', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
'''),
    dict(name='gn_log_sigma_sign', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (-math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_log_variance_per_pixel', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma ** 2) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_scalar_total', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).sum()
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_sum_dim1_only', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_sum_image_dims', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).sum(dim=(1, 2, 3))
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_hardcoded_784', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = 784
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_d_from_shape1', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x.shape[1]
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_d_includes_batch', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x.numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_batch_mean', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return (squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))).mean()
'''),
    dict(name='gn_integer_half_d', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + (D // 2) * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='gn_normal_with_variance', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = None
    return -torch.distributions.Normal(mean, sigma ** 2).log_prob(x).reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='gn_inplace_diff', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = (x.sub_(mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_default_sigma', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=0.1):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_keepdim', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1, keepdim=True)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_abs_error', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = (x - mean).abs().reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_precedence', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / 2 * sigma ** 2 + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_detached', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return (squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))).detach()
'''),
    dict(name='gn_torch_log_sigma', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (torch.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_float64_constant', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    const = torch.full((len(x),), D * (math.log(sigma) + 0.5 * math.log(2 * math.pi)), dtype=torch.float64)
    return squared / (2 * sigma ** 2) + const
'''),
    dict(name='gn_mse_loss_mean', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = torch.nn.functional.mse_loss(mean, x, reduction="mean") * D * torch.ones(len(x))
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
]
ALTERNATIVES = [
    dict(name='dd_alt_unflatten_expit', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers, nn.Unflatten(1, (1, 28, 28)))

    def forward(self, z):
        return self.net(z)

    def probs(self, z):
        return torch.special.expit(self.forward(z))
'''),
    dict(name='dd_alt_modulelist_leaky', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.LeakyReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.ModuleList(layers)

    def forward(self, z):
        for layer in self.net:
            z = layer(z)
        return z.view(-1, 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_alt_probs_functional', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.nn.functional.sigmoid(self.forward(z))
'''),
    dict(name='cd_alt_unflatten', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(), nn.Unflatten(1, (c1, 7, 7)),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.fc(z)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_alt_pad0_crop', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        h = self.deconv[1](self.deconv[0](h)[..., 1:-1, 1:-1])
        return self.deconv[2](h)[..., 1:-1, 1:-1]

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_alt_elu_sigmoid_method', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ELU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return self.forward(z).sigmoid()
'''),
    dict(name='gn_alt_normal', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    dist = torch.distributions.Normal(mean, sigma)
    return -dist.log_prob(x).flatten(1).sum(dim=1)
'''),
    dict(name='gn_alt_formula_two', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='gn_alt_mse_none', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = F.mse_loss(mean, x, reduction="none").flatten(start_dim=1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_alt_numpy_log', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    import numpy as np
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (float(np.log(sigma)) + 0.5 * float(np.log(2 * np.pi)))
'''),
]
