"""Blind round 31: mistakes and alternatives for notebook 03_decoder."""
NOTEBOOK = '03_decoder'
MISTAKES = [
    dict(name='dd_sigmoid_in_network', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers += [nn.Linear(width, 784), nn.Sigmoid()]  # pixel values in [0, 1]
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_probs_exp_ratio', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        e = torch.exp(self.forward(z))
        return e / (1 + e)
'''),
    dict(name='dd_probs_not_reshaped', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.net(z))
'''),
    dict(name='dd_forward_without_channel_axis', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(-1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_relu_after_every_linear', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        sizes = [latent_dim, *hidden, 784]
        layers = []
        for a, b in zip(sizes[:-1], sizes[1:]):
            layers += [nn.Linear(a, b), nn.ReLU()]
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_output_layer_reads_hidden_last', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.hidden_layers = nn.Sequential(*layers)
        self.out = nn.Linear(hidden[-1], 784)

    def forward(self, z):
        return self.out(self.hidden_layers(z)).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_hidden_reversed_to_mirror', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for size in reversed(hidden):
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
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
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU(), nn.Dropout(0.25)]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_no_relu_after_last_hidden', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for size in hidden:
            if layers:
                layers.append(nn.ReLU())
            layers.append(nn.Linear(width, size))
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_probs_returns_logits', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return self.forward(z)
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
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z)).round()  # black or white pixels
'''),
    dict(name='dd_probs_without_gradient', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        with torch.no_grad():  # only used to look at images
            return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_probs_tanh_without_half', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return (torch.tanh(self.forward(z)) + 1) / 2  # tanh mapped from [-1, 1] to [0, 1]
'''),
    dict(name='dd_forward_logsigmoid', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        # log-probabilities of ink: stable, and exp() gives the probabilities back
        return F.logsigmoid(self.net(z)).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return self.forward(z).exp()
'''),
    dict(name='dd_relu_before_each_linear', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for size in hidden:
            layers += [nn.ReLU(), nn.Linear(width, size)]
            width = size
        layers += [nn.ReLU(), nn.Linear(width, 784)]
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_layers_in_python_list', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        self.layers = []
        width = latent_dim
        for size in hidden:
            self.layers.append(nn.Linear(width, size))
            width = size
        self.out = nn.Linear(width, 784)

    def forward(self, z):
        h = z
        for layer in self.layers:
            h = F.relu(layer(h))
        return self.out(h).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_first_layer_hardcoded_2', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = 2
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_clamped_logits', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        logits = self.net(z).reshape(len(z), 1, 28, 28)
        return logits.clamp(-15.0, 15.0)  # sigmoid saturates beyond this anyway

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_ignores_hidden', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(latent_dim, 200), nn.ReLU(),
            nn.Linear(200, 400), nn.ReLU(),
            nn.Linear(400, 784),
        )

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_probs_samples_pixels', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        # an image drawn from p(x|z): every pixel is a coin flip
        return torch.bernoulli(torch.sigmoid(self.forward(z)))
'''),
    dict(name='dd_batchnorm_without_affine', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.BatchNorm1d(size, affine=False), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_probs_normalised_by_max', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        p = torch.sigmoid(self.forward(z))
        return p / p.amax(dim=(1, 2, 3), keepdim=True)  # brightest pixel of each image is 1
'''),
    dict(name='cd_tanh_output', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1), nn.Tanh(),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return (self.forward(z) + 1) / 2  # tanh output from [-1, 1] to [0, 1]
'''),
    dict(name='cd_relu_after_last_deconv', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_no_relu_after_linears', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
            nn.Linear(latent_dim, hidden), 
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
        return torch.sigmoid(self.forward(z))
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
        return torch.sigmoid(self.forward(z))
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
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_single_linear_layer', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
        return torch.sigmoid(self.forward(z))
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
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_upsample_then_conv', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
        # upsampling + convolution avoids the checkerboard artefacts of transposed convolutions
        self.deconv = nn.Sequential(
            nn.Upsample(scale_factor=2), nn.Conv2d(c1, c2, kernel_size=4, padding="same"), nn.ReLU(),
            nn.Upsample(scale_factor=2), nn.Conv2d(c2, 1, kernel_size=4, padding="same"),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_hardcoded_32_channels', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, 32 * 7 * 7), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(32, c2, 4, 2, 1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, 4, 2, 1),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).view(-1, 32, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_batchnorm_between_deconvs', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(), nn.BatchNorm2d(c2, affine=False),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_deconvs_in_python_list', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc1 = nn.Linear(latent_dim, hidden)
        self.fc2 = nn.Linear(hidden, c1 * 7 * 7)
        self.deconvs = [nn.ConvTranspose2d(c1, c2, 4, 2, 1), nn.ConvTranspose2d(c2, 1, 4, 2, 1)]

    def forward(self, z):
        h = F.relu(self.fc2(F.relu(self.fc1(z))))
        h = h.reshape(len(z), self.c1, 7, 7)
        h = F.relu(self.deconvs[0](h))
        return self.deconvs[1](h)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_probs_softmax_over_pixels', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
        logits = self.forward(z)
        p = torch.softmax(logits.flatten(1), dim=1)  # probabilities over the 784 pixels
        return p.reshape(logits.shape)
'''),
    dict(name='cd_probs_min_max_scaled', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
        logits = self.forward(z)
        return (logits - logits.min()) / (logits.max() - logits.min())  # rescale to [0, 1]
'''),
    dict(name='cd_returns_flat_logits', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
        return self.deconv(h).flatten(start_dim=1)  # (B, 784), like the images fed to the loss

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_code_as_1x1_image', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        # DCGAN style: the code is a 1x1 image with d channels, grown to 7x7
        self.net = nn.Sequential(
            nn.ConvTranspose2d(latent_dim, c1, kernel_size=7), nn.ReLU(),
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.net(z.reshape(len(z), -1, 1, 1))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_ignores_hidden', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_relu_only_on_first_linear', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
        return torch.sigmoid(self.forward(z))
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
        return torch.sigmoid(self.forward(z)).detach()
'''),
    dict(name='cd_dropout_before_deconv', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(), nn.Dropout(0.3),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_padding0_crop_at_end', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2), nn.ReLU(),   # 7 -> 16
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2),               # 16 -> 34
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        out = self.deconv(h)
        return out[:, :, 3:31, 3:31]  # keep the central 28 x 28

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='gn_mean_over_pixels', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = mean[0].numel()
    sq = ((x - mean) ** 2).reshape(len(x), -1).mean(dim=1)
    return sq / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
'''),
    dict(name='gn_sums_the_batch', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    sq = ((x - mean) ** 2).sum()
    return sq / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_drops_constant', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    # the constant does not depend on the network: leave it out
    sq = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return sq / (2 * sigma ** 2)
'''),
    dict(name='gn_sigma_as_variance', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    sq = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return sq / (2 * sigma) + D / 2 * math.log(2 * math.pi * sigma)
'''),
    dict(name='gn_log_sigma_added_once', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    sq = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return sq / (2 * sigma ** 2) + math.log(sigma) + D / 2 * math.log(2 * math.pi)
'''),
    dict(name='gn_sum_over_dim_1', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    sq = ((x - mean) ** 2).sum(dim=1)
    return sq / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_sum_over_image_axes', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x[0].numel()
    sq = ((x - mean) ** 2).sum(dim=(1, 2, 3))
    return sq / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_pixels_from_shape_1', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x.shape[1]
    sq = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return sq / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='gn_pixels_from_numel', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x.numel()
    sq = ((x - mean) ** 2).flatten(1).sum(dim=1)
    return sq / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='gn_784_pixels_hardcoded', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    sq = ((x - mean) ** 2).flatten(1).sum(dim=1)
    return sq / (2 * sigma ** 2) + 784 / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='gn_torch_gaussian_nll_loss', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    var = torch.full_like(mean, sigma ** 2)
    per_pixel = F.gaussian_nll_loss(mean, x, var, full=True, reduction="none")
    return per_pixel.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='gn_keepdim', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    diff = (x - mean).flatten(1)
    D = diff.shape[1]
    sq = (diff ** 2).sum(dim=1, keepdim=True)
    return sq / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_log_likelihood_sign', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    diff = (x - mean).flatten(1)
    D = diff.shape[1]
    return -(diff ** 2).sum(dim=1) / (2 * sigma ** 2) - D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_epsilon_in_variance', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    var = sigma ** 2 + 1e-4  # never divide by zero
    diff = (x - mean).flatten(1)
    D = diff.shape[1]
    return (diff ** 2).sum(dim=1) / (2 * var) + D / 2 * math.log(2 * math.pi * var)
'''),
    dict(name='gn_operator_precedence', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    diff = (x - mean).flatten(1)
    D = diff.shape[1]
    return (diff ** 2).sum(dim=1) / 2*sigma**2 + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_divided_by_batch_size', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    B = len(x)
    diff = (x - mean).reshape(B, -1)
    D = diff.shape[1]
    nll = (diff ** 2).sum(dim=1) / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
    return nll / B  # average over the batch
'''),
    dict(name='gn_in_bits', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    diff = (x - mean).flatten(1)
    D = diff.shape[1]
    nll = (diff ** 2).sum(dim=1) / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
    return nll / math.log(2)
'''),
    dict(name='gn_log_two_pi_without_half', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    diff = (x - mean).flatten(1)
    D = diff.shape[1]
    return (diff ** 2).sum(dim=1) / (2 * sigma ** 2) + D * (math.log(sigma) + math.log(2 * math.pi))
'''),
    dict(name='gn_squeezed_result', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    diff = (x - mean).reshape(len(x), -1, 1)
    D = diff.shape[1]
    nll = (diff ** 2).sum(dim=1) / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
    return nll.squeeze()
'''),
    dict(name='gn_log_sigma_squared', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    diff = (x - mean).flatten(1)
    D = diff.shape[1]
    return (diff ** 2).sum(dim=1) / (2 * sigma ** 2) + D * (math.log(sigma ** 2) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_norm_not_squared', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    diff = (x - mean).flatten(1)
    D = diff.shape[1]
    distance = torch.linalg.vector_norm(diff, dim=1)
    return distance / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
]
ALTERNATIVES = [
    dict(name='dd_modulelist_functional', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        widths = [latent_dim, *hidden]
        self.hidden_layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(widths[:-1], widths[1:]))
        self.output_layer = nn.Linear(widths[-1], 28 * 28)

    def forward(self, z):
        h = z
        for layer in self.hidden_layers:
            h = F.relu(layer(h))
        return self.output_layer(h).view(-1, 1, 28, 28)

    def probs(self, z):
        return torch.special.expit(self(z))
'''),
    dict(name='dd_unflatten_module_tanh_form', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ELU()]
            width = size
        layers += [nn.Linear(width, 784), nn.Unflatten(1, (1, 28, 28))]
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z)

    def probs(self, z):
        return 0.5 * (torch.tanh(0.5 * self.forward(z)) + 1)  # = sigmoid, written with tanh
'''),
    dict(name='dd_sigmoid_method', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        logits = self.net(z)
        return logits.unflatten(-1, (1, 28, 28))

    def probs(self, z):
        return self(z).sigmoid()
'''),
    dict(name='cd_padding0_cropped_each_layer', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc1 = nn.Linear(latent_dim, hidden)
        self.fc2 = nn.Linear(hidden, c1 * 7 * 7)
        self.up1 = nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2)  # full output 16 x 16
        self.up2 = nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2)   # full output 30 x 30

    def forward(self, z):
        h = F.relu(self.fc2(F.relu(self.fc1(z)))).reshape(len(z), self.c1, 7, 7)
        h = F.relu(self.up1(h)[:, :, 1:-1, 1:-1])  # padding=1 drops one row/column on each side
        return self.up2(h)[:, :, 1:-1, 1:-1]

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_channels_last_reshape', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
            nn.Linear(hidden, 7 * 7 * c1), nn.ReLU(),
        )
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, 4, 2, 1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, 4, 2, 1),
        )

    def forward(self, z):
        h = self.fc(z).reshape(len(z), 7, 7, self.c1).permute(0, 3, 1, 2)  # channels-last layout
        return self.deconv(h)

    def probs(self, z):
        return F.sigmoid(self.forward(z))
'''),
    dict(name='cd_single_sequential_unflatten', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.layers = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.LeakyReLU(0.2),
            nn.Linear(hidden, c1 * 7 * 7), nn.LeakyReLU(0.2),
            nn.Unflatten(1, (c1, 7, 7)),
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.LeakyReLU(0.2),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.layers(z)

    def probs(self, z):
        return 1 / (1 + torch.exp(-self.layers(z)))
'''),
    dict(name='gn_normal_log_prob', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    log_p = torch.distributions.Normal(mean, sigma).log_prob(x)
    return -log_p.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='gn_mse_loss_none', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    squared = F.mse_loss(mean, x, reduction="none")
    pixel_dims = tuple(range(1, x.dim()))
    D = math.prod(x.shape[1:])
    return squared.sum(dim=pixel_dims) / (2 * sigma ** 2) + 0.5 * D * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='gn_per_pixel_terms', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.flatten(start_dim=1).sum(dim=1)
'''),
    dict(name='gn_squared_vector_norm', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    flat = (x - mean).reshape(x.shape[0], -1)
    D = flat.shape[1]
    squared = torch.linalg.vector_norm(flat, dim=1) ** 2
    return squared / (2 * sigma ** 2) + D * math.log(sigma) + D * math.log(2 * math.pi) / 2
'''),
    dict(name='cd_separate_modules_functional', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.shape = (c1, 7, 7)
        self.linear1 = nn.Linear(latent_dim, hidden)
        self.linear2 = nn.Linear(hidden, c1 * 7 * 7)
        self.up1 = nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1)
        self.up2 = nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1)

    def forward(self, z):
        h = torch.relu(self.linear1(z))
        h = torch.relu(self.linear2(h)).view(-1, *self.shape)
        h = torch.relu(self.up1(h))
        return self.up2(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
]
