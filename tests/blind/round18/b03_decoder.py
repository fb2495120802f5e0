"""Blind round 18: mistakes and alternatives for notebook 03_decoder."""

NOTEBOOK = '03_decoder'

MISTAKES = [
    # ------------------------------------------------------------------ DenseDecoder
    dict(name='dd_sigmoid_inside_forward', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    """p(x|z) with dense layers."""

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers += [nn.Linear(width, 784), nn.Sigmoid()]
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return self(z)
'''),
    dict(name='dd_probs_softmax_over_pixels', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    """p(x|z) with dense layers."""

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
        return F.softmax(self.net(z), dim=1).reshape(len(z), 1, 28, 28)
'''),
    dict(name='dd_no_channel_dimension', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    """p(x|z) with dense layers."""

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(-1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_first_layer_hardcoded_two', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    """p(x|z) with dense layers."""

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], 2
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_output_layer_from_hidden_last', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    """p(x|z) with dense layers."""

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        sizes = [latent_dim, *hidden]
        layers = []
        for a, b in zip(sizes, sizes[1:]):
            layers += [nn.Linear(a, b), nn.ReLU()]
        layers.append(nn.Linear(hidden[-1], 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_relu_after_output_layer', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    """p(x|z) with dense layers."""

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in (*hidden, 784):
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_no_hidden_activation', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    """p(x|z) with dense layers."""

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        sizes = [latent_dim, *hidden, 784]
        self.net = nn.Sequential(*[nn.Linear(a, b) for a, b in zip(sizes, sizes[1:])])

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_hidden_layers_in_plain_list', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    """p(x|z) with dense layers."""

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        self.hidden_layers = []
        width = latent_dim
        for size in hidden:
            self.hidden_layers.append(nn.Linear(width, size))
            width = size
        self.out = nn.Linear(width, 784)

    def forward(self, z):
        h = z
        for layer in self.hidden_layers:
            h = torch.relu(layer(h))
        return self.out(h).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_output_layer_without_bias', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    """p(x|z) with dense layers."""

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
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_hidden_widths_mirrored', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    """p(x|z) with dense layers, the mirror of the encoder."""

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
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_probs_not_reshaped', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    """p(x|z) with dense layers."""

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
        return torch.sigmoid(self.net(z))
'''),
    dict(name='dd_probs_without_gradient', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    """p(x|z) with dense layers."""

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

    @torch.no_grad()
    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_probs_exp_ratio_overflows', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    """p(x|z) with dense layers."""

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
        odds = torch.exp(self(z))
        return odds / (1 + odds)
'''),
    dict(name='dd_forward_is_logit_of_clamped_probs', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    """p(x|z) with dense layers."""

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def probs(self, z):
        return torch.sigmoid(self.net(z)).reshape(len(z), 1, 28, 28)

    def forward(self, z):
        return torch.logit(self.probs(z), eps=1e-6)
'''),
    dict(name='dd_dropout_between_layers', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    """p(x|z) with dense layers."""

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
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
    dict(name='dd_probs_switches_to_eval_mode', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    """p(x|z) with dense layers."""

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
        self.eval()  # probabilities are for looking at
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_relu_only_between_hidden_layers', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    """p(x|z) with dense layers."""

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        sizes = [latent_dim, *hidden]
        layers = []
        for a, b in zip(sizes, sizes[1:]):
            layers += [nn.Linear(a, b), nn.ReLU()]
        self.net = nn.Sequential(*layers[:-1], nn.Linear(sizes[-1], 784))

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    # ------------------------------------------------------------------ ConvDecoder
    dict(name='cd_kernel_three_output_padding', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=3, stride=2, padding=1, output_padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=3, stride=2, padding=1, output_padding=1),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_upsample_then_same_convolution', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    """p(x|z): upsample then convolve (avoids checkerboard artefacts)."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.Upsample(scale_factor=2), nn.Conv2d(c1, c2, kernel_size=4, padding="same"), nn.ReLU(),
            nn.Upsample(scale_factor=2), nn.Conv2d(c2, 1, kernel_size=4, padding="same"),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_relu_after_last_layer', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_sigmoid_after_last_layer', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1), nn.Sigmoid(),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return self(z)
'''),
    dict(name='cd_no_relu_before_reshape', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7))
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_no_relu_after_first_linear', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_no_relu_between_transposed_convs', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_feature_map_hardcoded_32', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, 32 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(32, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), 32, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_channels_unpacked_backwards', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c2, c1 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_hidden_width_ignored', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, 128), nn.ReLU(), nn.Linear(128, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_last_layer_without_bias', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1, bias=False),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_batchnorm_between_transposed_convs', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.BatchNorm2d(c2), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_logits_clamped', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        logits = self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))
        return logits.clamp(-15, 15)  # keeps the loss finite

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_probs_drops_channel', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z)).squeeze(1)  # (B, 28, 28) images
'''),
    dict(name='cd_reshape_mixes_images', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.fc(z).reshape(self.c1, 7, 7, -1).permute(3, 0, 1, 2)  # batch first
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_probs_detached', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z)).detach()  # ready to plot
'''),
    dict(name='cd_latent_cast_to_float32', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.fc(torch.as_tensor(z, dtype=torch.float32))
        return self.deconv(h.reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    # ------------------------------------------------------------------ gaussian_nll
    dict(name='gnll_mean_over_pixels', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.reshape(len(x), -1).mean(dim=1)
'''),
    dict(name='gnll_constant_dropped', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I), up to a constant."""
    return ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1) / (2 * sigma ** 2)
'''),
    dict(name='gnll_constant_added_once', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + 0.5 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='gnll_divides_by_two_sigma', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gnll_log_variance_per_pixel', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma ** 2) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gnll_sums_image_dims_only', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    D = x[0].numel()
    squared = ((x - mean) ** 2).sum(dim=(1, 2, 3))
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gnll_sum_over_batch_too', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of the batch under N(mean, sigma^2 I)."""
    D = x.numel()
    return ((x - mean) ** 2).sum() / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gnll_sums_last_dim_only', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.sum(dim=-1)
'''),
    dict(name='gnll_pixel_count_includes_batch', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    D = x.numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='gnll_pixel_count_from_second_dim', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    D = x.shape[1]
    squared = ((x - mean) ** 2).flatten(1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='gnll_pixel_count_hardcoded_784', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    squared = ((x - mean) ** 2).flatten(1).sum(dim=1)
    return squared / (2 * sigma ** 2) + 784 / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='gnll_torch_gaussian_nll_loss_clamps_variance', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I), with PyTorch's own loss."""
    variance = torch.full_like(x, sigma ** 2)
    per_pixel = F.gaussian_nll_loss(mean, x, variance, full=True, reduction="none")
    return per_pixel.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='gnll_half_log_sigma', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D / 2 * (math.log(sigma) + math.log(2 * math.pi))
'''),
    dict(name='gnll_log_of_two_pi_sigma', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma)
'''),
    dict(name='gnll_sign_flipped', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    """Log-likelihood of each image under N(mean, sigma^2 I)."""
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return -(squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi)))
'''),
    dict(name='gnll_subtracts_in_place_from_x', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    D = x[0].numel()
    diff = x
    diff -= mean
    squared = (diff ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gnll_keepdim_column', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1, keepdim=True)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gnll_computed_in_numpy', grade_id='gaussian_nll', source='''
import numpy as np


def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    diff = (x - mean).detach().numpy().reshape(len(x), -1)
    nll = (diff ** 2).sum(axis=1) / (2 * sigma ** 2) + diff.shape[1] * (np.log(sigma) + 0.5 * np.log(2 * np.pi))
    return torch.from_numpy(nll)
'''),
    dict(name='gnll_sigma_read_as_variance', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma) + D / 2 * math.log(2 * math.pi * sigma)
'''),
    dict(name='gnll_normal_with_variance_as_scale', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    log_p = torch.distributions.Normal(mean, sigma ** 2).log_prob(x)
    return -log_p.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='gnll_log_sigma_missing', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * 0.5 * math.log(2 * math.pi)
'''),
]

ALTERNATIVES = [
    dict(name='dd_unflatten_elu_expit', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    """p(x|z) with dense layers."""

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        widths = [latent_dim] + list(hidden)
        modules = []
        for i in range(len(hidden)):
            modules.append(nn.Linear(widths[i], widths[i + 1]))
            modules.append(nn.ELU())
        modules.append(nn.Linear(widths[-1], 28 * 28))
        modules.append(nn.Unflatten(1, (1, 28, 28)))
        self.layers = nn.Sequential(*modules)

    def forward(self, z):
        return self.layers(z)

    def probs(self, z):
        return torch.special.expit(self.forward(z))
'''),
    dict(name='dd_module_list_functional', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    """p(x|z) with dense layers."""

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        sizes = (latent_dim, *hidden)
        self.hidden_layers = nn.ModuleList([nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:])])
        self.to_logits = nn.Linear(sizes[-1], 784)

    def forward(self, z):
        h = z
        for layer in self.hidden_layers:
            h = F.relu(layer(h))
        return self.to_logits(h).view(-1, 1, 28, 28)

    def probs(self, z):
        return self.forward(z).sigmoid()
'''),
    dict(name='cd_unflatten_leaky', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.net = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.LeakyReLU(0.2),
            nn.Linear(hidden, c1 * 7 * 7), nn.LeakyReLU(0.2),
            nn.Unflatten(1, (c1, 7, 7)),
            nn.ConvTranspose2d(c1, c2, 4, 2, 1), nn.LeakyReLU(0.2),
            nn.ConvTranspose2d(c2, 1, 4, 2, 1),
        )

    def forward(self, z):
        return self.net(z)

    def probs(self, z):
        return torch.sigmoid(self.net(z))
'''),
    dict(name='cd_named_layers_functional', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        self.channels = tuple(channels)
        self.fc1 = nn.Linear(latent_dim, hidden)
        self.fc2 = nn.Linear(hidden, self.channels[0] * 49)
        self.up1 = nn.ConvTranspose2d(self.channels[0], self.channels[1], kernel_size=4, stride=2, padding=1)
        self.up2 = nn.ConvTranspose2d(self.channels[1], 1, kernel_size=4, stride=2, padding=1)

    def forward(self, z):
        h = F.relu(self.fc2(F.relu(self.fc1(z))))
        h = h.view(z.shape[0], self.channels[0], 7, 7)
        return self.up2(F.relu(self.up1(h)))

    def probs(self, z):
        logits = self(z)
        return torch.sigmoid(logits)
'''),
    dict(name='gnll_torch_distributions_normal', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    log_p = torch.distributions.Normal(mean, sigma).log_prob(x)
    return -log_p.flatten(start_dim=1).sum(dim=1)
'''),
    dict(name='gnll_combined_log_term', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    diff = (x - mean).reshape(x.shape[0], -1)
    D = diff.shape[1]
    return (diff * diff).sum(dim=1) / (2 * sigma ** 2) + 0.5 * D * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='gnll_sum_over_all_non_batch_dims', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    dims = tuple(range(1, x.dim()))
    n_pixels = math.prod(x.shape[1:])
    squared = torch.sum((x - mean).pow(2), dim=dims)
    return 0.5 * squared / sigma ** 2 + n_pixels * math.log(sigma * math.sqrt(2 * math.pi))
'''),
    dict(name='gnll_standardised_residuals', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    r = ((x - mean) / sigma).flatten(1)
    constant = math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return 0.5 * r.square().sum(dim=1) + r.shape[1] * constant
'''),
]
