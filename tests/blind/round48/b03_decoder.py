"""Blind round 48: mistakes and alternatives for notebook 03_decoder."""
NOTEBOOK = '03_decoder'
MISTAKES = [
    dict(name='ddec_hidden_reversed_as_mirror', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        # the mirror of the encoder: walk the widths backwards
        for size in reversed(hidden):
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='ddec_no_relu_last_hidden', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        width = latent_dim
        for i, size in enumerate(hidden):
            layers.append(nn.Linear(width, size))
            if i + 1 < len(hidden):
                layers.append(nn.ReLU())
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='ddec_logits_clamped_10', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
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
        # keep the logits in a range where the sigmoid is not saturated
        return self.net(z).clamp(-10, 10).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='ddec_probs_exp_ratio', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
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
        logits = self(z)
        return torch.exp(logits) / (1 + torch.exp(logits))
'''),
    dict(name='ddec_probs_softmax', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
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
        logits = self(z)
        return torch.softmax(logits.reshape(len(z), -1), dim=1).reshape(len(z), 1, 28, 28)
'''),
    dict(name='ddec_batchnorm_no_affine', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
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
        return torch.sigmoid(self(z))
'''),
    dict(name='ddec_dropout_hidden', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
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
            layers += [nn.Linear(width, size), nn.ReLU(), nn.Dropout(0.1)]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='ddec_codes_clamped_in_place', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
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
        z.clamp_(-5, 5)  # codes beyond 5 standard deviations are outliers
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='ddec_empty_hidden_two', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
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
        last = hidden[-1] if hidden else 2
        layers.append(nn.Linear(last, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='ddec_plain_list', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
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
            h = torch.relu(layer(h))
        return self.out(h).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='ddec_probs_clamped_percent', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
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
        # never exactly 0 or 1: the log of the probabilities stays finite
        return torch.sigmoid(self(z)).clamp(0.01, 0.99)
'''),
    dict(name='ddec_transposed_image', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
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
        return self.net(z).reshape(len(z), 1, 28, 28).transpose(2, 3)

    def probs(self, z):
        return torch.sigmoid(self.net(z).reshape(len(z), 1, 28, 28))
'''),
    dict(name='ddec_tanh_logits', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
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
        # bounded logits for stability: tanh maps to (-1, 1), scaled to (-6, 6)
        return 6 * torch.tanh(self.net(z)).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='ddec_code_normalised', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
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
        # codes of a VAE live near the unit sphere in high dimension
        z = z / z.norm(dim=1, keepdim=True).clamp(min=1e-6) * z.shape[1] ** 0.5
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='ddec_relu_discarded', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
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
        self.out = nn.Linear(width, 784)

    def forward(self, z):
        h = z
        for layer in self.hidden_layers:
            h = layer(h)
            h = torch.relu(h) if layer is self.hidden_layers[0] else h
        return self.out(h).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='ddec_probs_float16', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
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
        # half precision is plenty for pixel intensities
        return torch.sigmoid(self(z).half()).to(self(z).dtype)
'''),
    dict(name='ddec_skip_first_layer_double_code', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
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
        # feed the code twice as strongly: small codes otherwise give grey images
        return self.net(2 * z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='ddec_logit_noise_training', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
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
        self.noise = 0.1

    def forward(self, z):
        logits = self.net(z).reshape(len(z), 1, 28, 28)
        if self.training:
            logits = logits + self.noise * torch.randn_like(logits)  # logit noise regularises the decoder
        return logits

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cdec_upsample_conv', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
        # upsample then convolve: no checkerboard artefacts
        self.deconv = nn.Sequential(
            nn.Upsample(scale_factor=2), nn.Conv2d(c1, c2, kernel_size=4, padding="same"), nn.ReLU(),
            nn.Upsample(scale_factor=2), nn.Conv2d(c2, 1, kernel_size=4, padding="same"),
        )

    def forward(self, z):
        h = self.dense(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cdec_no_relu_after_dense', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
        h = self.dense(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cdec_no_relu_between_deconvs', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
        h = self.dense(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cdec_crop_from_30', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
        h = self.dense(z).reshape(len(z), self.c1, 7, 7)
        out = self.deconv(h)  # (B, 1, 30, 30)
        return out[:, :, 1:29, 1:29]

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cdec_batchnorm_no_affine', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
        h = self.dense(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cdec_dropout2d', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
            nn.Dropout2d(0.1),
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.dense(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cdec_probs_exp_ratio', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
        h = self.dense(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        e = torch.exp(self(z))
        return e / (e + 1)
'''),
    dict(name='cdec_probs_clamped_percent', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
        h = self.dense(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z)).clamp(0.005, 0.995)
'''),
    dict(name='cdec_logits_clamped_8', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
        h = self.dense(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h).clamp(min=-8.0, max=8.0)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cdec_relu_discarded', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = torch.relu(self.fc1(z))
        h = torch.relu(self.fc2(h))
        h = h.reshape(len(z), self.c1, 7, 7)
        h = self.deconv[0](h)
        torch.relu(h)
        return self.deconv[2](h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cdec_channels_swapped', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c2, c1 = channels
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
        h = self.dense(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cdec_codes_clamped_in_place', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
        z.clamp_(-6.0, 6.0)  # far codes only produce garbage
        h = self.dense(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cdec_hidden_hardcoded', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
        h = self.dense(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cdec_output_bias_frozen', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
        # start from the average MNIST pixel: sigmoid(-2) ~ 0.12
        nn.init.constant_(self.deconv[2].bias, -2.0)
        self.deconv[2].bias.requires_grad_(False)

    def forward(self, z):
        h = self.dense(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cdec_probs_float16', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
        h = self.dense(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        logits = self(z)
        return torch.sigmoid(logits.half()).to(logits.dtype)
'''),
    dict(name='cdec_mean_image_subtracted', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
        h = self.dense(z).reshape(len(z), self.c1, 7, 7)
        logits = self.deconv(h)
        # logits relative to the batch: the decoder describes differences between digits
        return logits - logits.mean(dim=0, keepdim=True)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cdec_kernel3_output_padding', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
        h = self.dense(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cdec_noise_training', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
            z = z + 0.05 * torch.randn_like(z)  # smooths the decoder
        h = self.dense(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='gnll_log_sigma_once', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    sq = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return sq / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
'''),
    dict(name='gnll_divides_by_two_sigma', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    sq = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    D = sq.new_tensor(x[0].numel())
    return sq / (2 * sigma) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gnll_d_from_last_dim', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    D = x.shape[-1]
    sq = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return sq / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='gnll_half_d_integer', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    diff = (x - mean).reshape(len(x), -1)
    D = diff.shape[1]
    return (diff ** 2).sum(dim=1) / (2 * sigma ** 2) + (D // 2) * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='gnll_hardcoded_784', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    diff = (x - mean).reshape(-1, 784)
    return (diff ** 2).sum(dim=1) / (2 * sigma ** 2) + 392 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='gnll_from_density', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    sq = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    D = x[0].numel()
    density = torch.exp(-sq / (2 * sigma ** 2)) / (2 * math.pi * sigma ** 2) ** (D / 2)
    return -torch.log(density)
'''),
    dict(name='gnll_torch_loss_var_eps', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    var = torch.full_like(mean, sigma ** 2)
    per_pixel = F.gaussian_nll_loss(mean, x, var, full=True, reduction="none")
    return per_pixel.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='gnll_log10_sigma', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    sq = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    D = x[0].numel()
    return sq / (2 * sigma ** 2) + D * (math.log10(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gnll_mean_clamped', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    # the decoder's mean is a pixel intensity
    mean = mean.clamp(0, 1)
    sq = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return sq / (2 * sigma ** 2) + x[0].numel() * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gnll_float32_result', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    sq = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1).float()
    return sq / (2 * sigma ** 2) + x[0].numel() * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gnll_mse_sum_whole_batch', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    sq = F.mse_loss(mean, x, reduction="sum")
    D = x[0].numel()
    return (sq / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))).expand(len(x))
'''),
    dict(name='gnll_log_variance_half', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    sq = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    D = x[0].numel()
    # log of the variance, halved
    return sq / (2 * sigma ** 2) + D * 0.5 * (math.log(sigma) + math.log(2 * math.pi))
'''),
    dict(name='gnll_sigma_squared_precision', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    precision = 1.0 / sigma
    sq = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return 0.5 * precision * sq + x[0].numel() * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gnll_mean_detached', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    # the target side is fixed; no gradient flows through the likelihood's mean
    sq = ((x - mean.detach()) ** 2).reshape(len(x), -1).sum(dim=1)
    return sq / (2 * sigma ** 2) + x[0].numel() * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gnll_constant_per_batch', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    sq = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    # the constant belongs to the whole batch
    return sq / (2 * sigma ** 2) + x[0].numel() * (math.log(sigma) + 0.5 * math.log(2 * math.pi)) / len(x)
'''),
    dict(name='gnll_sigma_clamped', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    sigma = max(sigma, 1e-3)  # guard against a division by a tiny variance
    sq = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return sq / (2 * sigma ** 2) + x[0].numel() * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
]
ALTERNATIVES = [
    dict(name='alt_ddec_modulelist_elu_expit', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    latent_dim: d; hidden: the widths of the hidden layers (each followed by a ReLU)
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        sizes = [latent_dim, *hidden]
        self.blocks = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:]))
        self.to_logits = nn.Linear(sizes[-1], 28 * 28)

    def forward(self, z):
        h = z
        for block in self.blocks:
            h = F.elu(block(h))
        return self.to_logits(h).view(-1, 1, 28, 28)

    def probs(self, z):
        return torch.special.expit(self.forward(z))
'''),
    dict(name='alt_ddec_unflatten_layer', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
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
            layers.extend([nn.Linear(width, size), nn.LeakyReLU(0.05)])
            width = size
        layers.extend([nn.Linear(width, 784), nn.Unflatten(1, (1, 28, 28))])
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z)

    def probs(self, z):
        return self.net(z).sigmoid()
'''),
    dict(name='alt_ddec_probs_reciprocal', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
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
        return torch.reciprocal(1 + torch.exp(-self(z)))
'''),
    dict(name='alt_cdec_unflatten_leaky', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits.

    latent_dim: d; channels: (c1, c2), the channels before each transposed convolution; hidden: width of the first layer
    forward(z): z (B, d) -> logits (B, 1, 28, 28), unbounded real numbers (no sigmoid)
    probs(z): z (B, d) -> pixel probabilities sigmoid(logits), (B, 1, 28, 28) in [0, 1]
    """

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.layers = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.LeakyReLU(0.1),
            nn.Linear(hidden, c1 * 49), nn.LeakyReLU(0.1),
            nn.Unflatten(1, (c1, 7, 7)),
            nn.ConvTranspose2d(c1, c2, 4, 2, 1), nn.LeakyReLU(0.1),
            nn.ConvTranspose2d(c2, 1, 4, 2, 1),
        )

    def forward(self, z):
        return self.layers(z)

    def probs(self, z):
        return F.sigmoid(self.layers(z))
'''),
    dict(name='alt_cdec_functional', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
        self.up1 = nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1)
        self.up2 = nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1)

    def forward(self, z):
        h = F.elu(self.fc1(z))
        h = F.elu(self.fc2(h)).view(z.shape[0], self.c1, 7, 7)
        return self.up2(F.elu(self.up1(h)))

    def probs(self, z):
        return self.forward(z).sigmoid()
'''),
    dict(name='alt_gnll_normal_log_prob', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    dist = torch.distributions.Normal(mean, sigma)
    return -dist.log_prob(x).flatten(start_dim=1).sum(dim=1)
'''),
    dict(name='alt_gnll_per_pixel_terms', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    constant = math.log(sigma) + 0.5 * math.log(2 * math.pi)
    per_pixel = (x - mean).pow(2).div(2 * sigma * sigma).add(constant)
    dims = tuple(range(1, per_pixel.dim()))
    return per_pixel.sum(dim=dims)
'''),
    dict(name='alt_gnll_log_two_pi_sigma_squared', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I).

    mean: the decoder's mean x_hat, first; x: the images, second; both (B, 1, 28, 28) or (B, D), the same shape
    sigma: the fixed standard deviation, a positive Python float (not a tensor): use math.log(sigma), not torch.log
    Returns: (B,), sum over the D pixels of (x - mean)^2 / (2 sigma^2) + log(sigma) + log(2 pi) / 2
    """
    diff = (x - mean).flatten(1)
    D = diff.shape[1]
    return diff.square().sum(1) / (2 * sigma ** 2) + 0.5 * D * math.log(2 * math.pi * sigma ** 2)
'''),
]
