"""Blind round 41: mistakes and alternatives for notebook 03_decoder."""
NOTEBOOK = '03_decoder'
MISTAKES = [
    dict(name='dense_sigmoid_in_forward', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return torch.sigmoid(self.net(z)).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return self.forward(z)'''),
    dict(name='dense_probs_sigmoid_twice', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return torch.sigmoid(self.net(z)).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='dense_probs_softmax_over_pixels', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        logits = self.forward(z)
        return torch.softmax(logits.flatten(1), dim=1).reshape(logits.shape)'''),
    dict(name='dense_hidden_reversed', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in reversed(hidden):
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='dense_relu_after_last_layer', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers += [nn.Linear(width, 784), nn.ReLU()]
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='dense_no_relu_after_last_hidden', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers = layers[:-1] if layers else layers
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='dense_logits_without_channel_axis', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='dense_empty_hidden_fails', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(hidden[-1], 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='dense_layers_in_plain_list', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        self.layers, width = [], latent_dim
        for size in hidden:
            self.layers.append(nn.Linear(width, size))
            width = size
        self.out = nn.Linear(width, 784)

    def forward(self, z):
        h = z
        for layer in self.layers:
            h = torch.relu(layer(h))
        return self.out(h).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='dense_dropout_in_hidden', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU(), nn.Dropout(0.2)]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='dense_last_layer_without_bias', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784, bias=False))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='dense_probs_detached', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z).detach())'''),
    dict(name='dense_probs_one_minus_sigmoid_of_negative', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return 1 - torch.sigmoid(-self.forward(z))'''),
    dict(name='dense_logits_doubled_temperature', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return 2 * self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='dense_logits_clamped_at_88', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).clamp(-88, 88).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='dense_batchnorm_without_affine', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.BatchNorm1d(size, affine=False), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='dense_weight_norm_hidden', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.utils.parametrizations.weight_norm(nn.Linear(width, size)), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='dense_layernorm_without_affine', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.LayerNorm(size, elementwise_affine=False), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='dense_noise_on_codes_in_training', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        if self.training:
            z = z + 0.01 * torch.randn_like(z)
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='dense_relu_on_codes', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(torch.relu(z)).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='dense_probs_flattened', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.net(z))'''),
    dict(name='dense_codes_detached', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z.detach()).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='dense_codes_normalised', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(nn.functional.normalize(z, dim=1)).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='dense_hidden_sorted_ascending', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in sorted(hidden):
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='dense_probs_of_batch_centred_logits', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        logits = self.forward(z)
        return torch.sigmoid(logits - logits.mean())'''),
    dict(name='dense_prelu_hidden', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.PReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='dense_logits_shifted_by_prior_mean', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return (self.net(z) - 2.0).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='dense_probs_hardtanh_approx', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return (self.forward(z) / 4 + 0.5).clamp(0, 1)'''),
    dict(name='dense_codes_rescaled_by_batch_std', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        if len(z) > 1:
            z = z / z.std(dim=0, keepdim=True).clamp(min=1e-6)
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='conv_sigmoid_in_forward', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return torch.sigmoid(self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7)))

    def probs(self, z):
        return self.forward(z)'''),
    dict(name='conv_channels_hardcoded', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = 32, 16
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='conv_hidden_hardcoded', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, 128), nn.ReLU(),
            nn.Linear(128, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='conv_relu_after_last_convt', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
        )

    def forward(self, z):
        return self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='conv_no_relu_before_reshape', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='conv_no_relu_between_convts', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='conv_no_relu_after_first_linear', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, hidden),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='conv_kernel3_output_padding1', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=3, stride=2, padding=1, output_padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=3, stride=2, padding=1, output_padding=1),
        )

    def forward(self, z):
        return self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='conv_upsample_then_conv', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.Upsample(scale_factor=2), nn.Conv2d(c1, c2, kernel_size=3, padding=1), nn.ReLU(),
            nn.Upsample(scale_factor=2), nn.Conv2d(c2, 1, kernel_size=3, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='conv_reshape_hardcoded_32_channels', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.dense(z).reshape(-1, 32, 7, 7))[: len(z)]

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='conv_last_convt_without_bias', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1, bias=False),
        )

    def forward(self, z):
        return self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='conv_kernel2_no_padding', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=2, stride=2), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=2, stride=2),
        )

    def forward(self, z):
        return self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='conv_dropout2d_between', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(), nn.Dropout2d(0.1),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='conv_batchnorm2d_without_affine', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.BatchNorm2d(c2, affine=False), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='conv_logits_clamped_at_88', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7)).clamp(-88, 88)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='conv_logits_halved', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return 0.5 * self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='conv_relu_on_codes', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.dense(torch.relu(z)).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='conv_probs_without_channel', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z)).squeeze(1)'''),
    dict(name='conv_codes_detached', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.dense(z.detach()).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='conv_noise_on_codes_in_training', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        if self.training:
            z = z + 0.05 * torch.randn_like(z)
        return self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='conv_second_convt_keeps_c1', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c1, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='conv_probs_one_minus_sigmoid_of_negative', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return 1 - torch.sigmoid(-self.forward(z))'''),
    dict(name='conv_probs_detached', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        with torch.no_grad():
            logits = self.forward(z)
        return torch.sigmoid(logits)'''),
    dict(name='conv_convts_in_plain_list', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc1, self.fc2 = nn.Linear(latent_dim, hidden), nn.Linear(hidden, c1 * 7 * 7)
        self.ups = [nn.ConvTranspose2d(c1, c2, 4, 2, 1), nn.ConvTranspose2d(c2, 1, 4, 2, 1)]

    def forward(self, z):
        h = torch.relu(self.fc2(torch.relu(self.fc1(z)))).reshape(len(z), self.c1, 7, 7)
        return self.ups[1](torch.relu(self.ups[0](h)))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='conv_layernorm_without_affine', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.LayerNorm(c1 * 7 * 7, elementwise_affine=False), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='conv_output_cropped_from_30', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=0),
        )

    def forward(self, z):
        return self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7))[..., :28, :28]

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='conv_logits_shifted_by_one', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7)) - 1.0

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='conv_prelu_between_convts', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.dense = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.PReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.dense(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='averaged_over_pixels', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / D / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)'''),
    dict(name='constant_missing', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2)'''),
    dict(name='constant_once_per_image', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)'''),
    dict(name='no_half_on_squared_error', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / sigma ** 2 + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))'''),
    dict(name='sigma_not_squared', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))'''),
    dict(name='log_variance_not_halved', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma ** 2) + 0.5 * math.log(2 * math.pi))'''),
    dict(name='pixels_hardcoded_784', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = 784
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))'''),
    dict(name='summed_over_batch', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return (squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))).sum()'''),
    dict(name='averaged_over_batch', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return (squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))).mean()'''),
    dict(name='absolute_error', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = (x - mean).abs().reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))'''),
    dict(name='sums_dims_123_only', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).sum(dim=(1, 2, 3)) if x.dim() == 4 else ((x - mean) ** 2).sum(dim=1).mean() * torch.ones(len(x), dtype=x.dtype)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))'''),
    dict(name='pixels_counted_from_dim1', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x.shape[1]
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))'''),
    dict(name='log_two_pi_not_halved', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + math.log(2 * math.pi))'''),
    dict(name='closed_form_with_sigma_not_squared', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma)'''),
    dict(name='sigma_read_as_variance', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma) + D / 2 * math.log(2 * math.pi * sigma)'''),
    dict(name='images_clamped', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x.clamp(0, 1) - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))'''),
    dict(name='mean_through_sigmoid', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - torch.sigmoid(mean)) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))'''),
    dict(name='pixels_counted_over_batch', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x.numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))'''),
    dict(name='constant_dropped_when_sigma_one', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    if sigma == 1:
        return squared / 2  # log(1) = 0
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))'''),
    dict(name='keepdim_result', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1, keepdim=True)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))'''),
    dict(name='sigma_floored', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    sigma = max(sigma, 1e-3)
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))'''),
    dict(name='sign_flipped', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return -(squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi)))'''),
    dict(name='divided_by_batch_size', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return (squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))) / len(x)'''),
    dict(name='squared_error_of_means', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    squared = x[0].numel() * (x - mean).reshape(len(x), -1).mean(dim=1) ** 2
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))'''),
]
ALTERNATIVES = [
    dict(name='unflatten_module_tanh', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        widths = [latent_dim, *hidden]
        blocks = []
        for a, b in zip(widths, widths[1:]):
            blocks += [nn.Linear(a, b), nn.Tanh()]
        self.net = nn.Sequential(*blocks, nn.Linear(widths[-1], 28 * 28), nn.Unflatten(1, (1, 28, 28)))

    def forward(self, z):
        return self.net(z)

    def probs(self, z):
        return torch.special.expit(self(z))'''),
    dict(name='module_list_leaky', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        self.hidden_layers = nn.ModuleList()
        width = latent_dim
        for size in hidden:
            self.hidden_layers.append(nn.Linear(width, size))
            width = size
        self.to_logits = nn.Linear(width, 784)

    def forward(self, z):
        h = z
        for layer in self.hidden_layers:
            h = nn.functional.leaky_relu(layer(h), 0.1)
        return self.to_logits(h).view(-1, 1, 28, 28)

    def probs(self, z):
        logits = self.forward(z)
        return logits.sigmoid()'''),
    dict(name='exp_logsigmoid_probs', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.out = nn.Linear(width, 784)

    def forward(self, z):
        return self.out(self.body(z)).unflatten(1, (1, 28, 28))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='convt_padding0_then_crop', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.shape = (c1, 7, 7)
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 49), nn.ReLU())
        self.up1 = nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=0)
        self.up2 = nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=0)

    def forward(self, z):
        h = self.fc(z).reshape(len(z), *self.shape)
        h = torch.relu(self.up1(h)[:, :, 1:-1, 1:-1])
        return self.up2(h)[:, :, 1:-1, 1:-1]

    def probs(self, z):
        return torch.sigmoid(self.forward(z))'''),
    dict(name='unflatten_and_elu', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.net = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ELU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ELU(),
            nn.Unflatten(1, (c1, 7, 7)),
            nn.ConvTranspose2d(c1, c2, 4, 2, 1), nn.ELU(),
            nn.ConvTranspose2d(c2, 1, 4, 2, 1),
        )

    def forward(self, z):
        return self.net(z)

    def probs(self, z):
        return self.net(z).sigmoid()'''),
    dict(name='named_layers_functional', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        self.c1, c2 = channels
        self.fc1 = nn.Linear(latent_dim, hidden)
        self.fc2 = nn.Linear(hidden, self.c1 * 7 * 7)
        self.deconv1 = nn.ConvTranspose2d(self.c1, c2, kernel_size=4, stride=2, padding=1)
        self.deconv2 = nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1)

    def forward(self, z):
        h = nn.functional.relu(self.fc1(z))
        h = nn.functional.relu(self.fc2(h)).view(-1, self.c1, 7, 7)
        h = nn.functional.relu(self.deconv1(h))
        return self.deconv2(h)

    def probs(self, z):
        return torch.special.expit(self.forward(z))'''),
    dict(name='normal_log_prob', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    log_p = torch.distributions.Normal(mean, sigma).log_prob(x)
    return -log_p.reshape(len(x), -1).sum(dim=1)'''),
    dict(name='mse_loss_none', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    se = F.mse_loss(mean, x, reduction="none").flatten(1).sum(1)
    D = mean.flatten(1).shape[1]
    return se / (2 * sigma * sigma) + 0.5 * D * math.log(2 * math.pi * sigma ** 2)'''),
    dict(name='vector_norm_squared', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    diff = (mean - x).reshape(len(x), -1)
    D = diff.shape[1]
    return torch.linalg.vector_norm(diff, dim=1) ** 2 / (2 * sigma ** 2) + D * math.log(sigma) + D * 0.5 * math.log(2 * math.pi)'''),
    dict(name='per_pixel_terms_then_sum', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.flatten(start_dim=1).sum(dim=1)'''),
    dict(name='einsum_squared', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    r = (x - mean).reshape(x.shape[0], -1)
    return torch.einsum('bd,bd->b', r, r) / (2 * sigma ** 2) + r.shape[1] * math.log(sigma * math.sqrt(2 * math.pi))'''),
    dict(name='mean_times_pixels', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    r = (x - mean).flatten(1)
    D = r.shape[1]
    return D * ((r ** 2).mean(dim=1) / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi))'''),
]
