"""Blind round 17: mistakes and alternatives for notebook 03_decoder."""

NOTEBOOK = '03_decoder'

MISTAKES = [
    # ---------------------------------------------------------------- DenseDecoder
    dict(name='dense_sigmoid_in_forward', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
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
    dict(name='dense_relu_after_every_linear', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
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
        return torch.sigmoid(self(z))
'''),
    dict(name='dense_no_relu_after_last_hidden', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        sizes = [latent_dim, *hidden, 784]
        layers = []
        for i in range(len(sizes) - 1):
            layers.append(nn.Linear(sizes[i], sizes[i + 1]))
            if i < len(hidden) - 1:  # ReLU between the hidden layers
                layers.append(nn.ReLU())
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dense_hidden_reversed_as_mirror', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in reversed(hidden):  # the mirror of the encoder
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dense_empty_hidden_crashes', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = [nn.Linear(latent_dim, hidden[0]), nn.ReLU()]
        for a, b in zip(hidden[:-1], hidden[1:]):
            layers += [nn.Linear(a, b), nn.ReLU()]
        layers.append(nn.Linear(hidden[-1], 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dense_layers_in_plain_list', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        self.hidden_layers, width = [], latent_dim
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
    dict(name='dense_output_without_bias', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
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
    dict(name='dense_first_layer_hard_codes_2', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
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
    dict(name='dense_logits_without_channel_axis', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
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
    dict(name='dense_channels_last_shape', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 28, 28, 1)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dense_probs_not_reshaped', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
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
    dict(name='dense_probs_without_gradient', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
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
    def probs(self, z):  # only used to look at images
        return torch.sigmoid(self(z))
'''),
    dict(name='dense_probs_reuses_last_logits', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)
        self.last_logits = None

    def forward(self, z):
        self.last_logits = self.net(z).reshape(len(z), 1, 28, 28)
        return self.last_logits

    def probs(self, z):
        # avoid a second pass when forward has just been run on this batch
        if self.last_logits is None or len(self.last_logits) != len(z):
            self(z)
        return torch.sigmoid(self.last_logits)
'''),
    dict(name='dense_probs_binarised', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
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
        return (torch.sigmoid(self(z)) > 0.5).float()
'''),
    dict(name='dense_dropout_added', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
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
    dict(name='dense_probs_softmax_over_pixels', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
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
        logits = self(z)
        return torch.softmax(logits.flatten(1), dim=1).reshape(logits.shape)
'''),
    dict(name='dense_forward_casts_to_float32', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z.float()).reshape(len(z), 1, 28, 28)  # codes from numpy are float64

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    # ---------------------------------------------------------------- ConvDecoder
    dict(name='conv_reshape_hard_codes_32', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).view(-1, 32, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='conv_no_relu_before_reshape', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
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
    dict(name='conv_sigmoid_last_layer', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
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
    dict(name='conv_relu_last_layer', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
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
    dict(name='conv_kernel_2_no_padding', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(  # kernel 2, stride 2: exactly doubles the size
            nn.ConvTranspose2d(c1, c2, kernel_size=2, stride=2), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=2, stride=2),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='conv_kernel_3_output_padding', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
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
    dict(name='conv_upsample_then_conv', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        # upsampling + convolution avoids checkerboard artefacts, same number of weights
        self.deconv = nn.Sequential(
            nn.Upsample(scale_factor=2), nn.Conv2d(c1, c2, kernel_size=4, padding="same"), nn.ReLU(),
            nn.Upsample(scale_factor=2), nn.Conv2d(c2, 1, kernel_size=4, padding="same"),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='conv_last_layer_without_bias', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
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
    dict(name='conv_channels_reversed_as_mirror', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c2, c1 = channels  # the encoder went 16 -> 32, so the decoder goes 32 -> 16
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
    dict(name='conv_skips_hidden_linear', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='conv_reshape_mixes_batch', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
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
        h = self.fc(z)
        h = h.reshape(self.c1, 7, 7, len(z)).permute(3, 0, 1, 2)  # batch axis back in front
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='conv_batchnorm_between_deconvs', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
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
    dict(name='conv_probs_in_eval_mode_no_grad', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
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
        self.eval()
        with torch.no_grad():
            return torch.sigmoid(self(z))
'''),
    dict(name='conv_probs_detached', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
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
        return torch.sigmoid(self(z)).detach()  # for plotting
'''),
    dict(name='conv_probs_clamped_logits', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
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
        return self(z).clamp(0, 1)  # probabilities must lie in [0, 1]
'''),
    dict(name='conv_relu_missing_between_deconvs', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
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
    # ---------------------------------------------------------------- gaussian_nll
    dict(name='nll_averaged_over_pixels', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.reshape(len(x), -1).mean(dim=1)
'''),
    dict(name='nll_without_constant', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    # the constant does not depend on the weights
    return ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1) / (2 * sigma ** 2)
'''),
    dict(name='nll_constant_added_once', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
'''),
    dict(name='nll_summed_over_batch', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    D = x[0].numel()
    return ((x - mean) ** 2).sum() / (2 * sigma ** 2) + len(x) * D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='nll_sums_image_axes_only', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    squared = ((x - mean) ** 2).sum(dim=(1, 2, 3))
    return squared / (2 * sigma ** 2) + 784 * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='nll_sums_last_axis', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    D = x[0].numel()
    squared = ((x - mean) ** 2).sum(dim=-1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='nll_divides_by_sigma_not_variance', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='nll_precedence_multiplies_variance', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / 2 * sigma ** 2 + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='nll_D_from_second_axis', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    D = x.shape[1]
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='nll_D_counts_whole_batch', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    D = x.numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='nll_log_variance_per_pixel', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma ** 2) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='nll_sigma_not_squared_in_log', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma)
'''),
    dict(name='nll_torch_log_of_float', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (torch.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='nll_torch_loss_clamps_variance', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    variance = torch.full_like(mean, sigma ** 2)
    per_pixel = F.gaussian_nll_loss(mean, x, variance, full=True, reduction="none")
    return per_pixel.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='nll_loop_with_item', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    values = []
    for m, xi in zip(mean, x):
        squared = ((xi - m) ** 2).sum().item()
        values.append(squared / (2 * sigma ** 2) + xi.numel() * (math.log(sigma) + 0.5 * math.log(2 * math.pi)))
    return torch.tensor(values)
'''),
    dict(name='nll_subtracts_in_place', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    D = x[0].numel()
    diff = x.sub_(mean)  # no temporary copy
    squared = (diff ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='nll_squeezed', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    D = x[0].numel()
    squared = ((x - mean) ** 2).flatten(1).sum(dim=1, keepdim=True)
    return (squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))).squeeze()
'''),
]

ALTERNATIVES = [
    dict(name='dense_modulelist_elu_expit', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        widths = [latent_dim, *hidden]
        self.hidden_layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(widths[:-1], widths[1:]))
        self.output = nn.Linear(widths[-1], 28 * 28)

    def forward(self, z):
        h = z
        for layer in self.hidden_layers:
            h = F.elu(layer(h))
        return self.output(h).view(-1, 1, 28, 28)

    def probs(self, z):
        return torch.special.expit(self.forward(z))
'''),
    dict(name='dense_unflatten_in_sequential', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        for n_in, n_out in zip((latent_dim,) + tuple(hidden), hidden):
            layers.extend([nn.Linear(n_in, n_out), nn.ReLU()])
        layers.append(nn.Linear(hidden[-1] if hidden else latent_dim, 784))
        layers.append(nn.Unflatten(1, (1, 28, 28)))
        self.layers = nn.Sequential(*layers)

    def forward(self, z):
        return self.layers(z)

    def probs(self, z):
        return self.forward(z).sigmoid()
'''),
    dict(name='conv_channels_last_linear_units', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        self.channels = channels
        self.fc1 = nn.Linear(latent_dim, hidden)
        self.fc2 = nn.Linear(hidden, channels[0] * 7 * 7)
        self.up1 = nn.ConvTranspose2d(channels[0], channels[1], 4, 2, 1)
        self.up2 = nn.ConvTranspose2d(channels[1], 1, 4, 2, 1)

    def forward(self, z):
        h = F.relu(self.fc2(F.relu(self.fc1(z))))
        h = h.view(len(z), 7, 7, self.channels[0]).permute(0, 3, 1, 2)  # units stored channels last
        return self.up2(F.relu(self.up1(h)))

    def probs(self, z):
        return 1 / (1 + torch.exp(-self(z)))
'''),
    dict(name='conv_unflatten_one_sequential', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.net = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.LeakyReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.LeakyReLU(),
            nn.Unflatten(1, (c1, 7, 7)),
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.LeakyReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.net(z)

    def probs(self, z):
        return torch.sigmoid(self.net(z))
'''),
    dict(name='conv_functional_relu_logsigmoid_probs', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        self.shape = (channels[0], 7, 7)
        self.linear1 = nn.Linear(latent_dim, hidden)
        self.linear2 = nn.Linear(hidden, math.prod(self.shape))
        self.deconv1 = nn.ConvTranspose2d(*channels, 4, 2, 1)
        self.deconv2 = nn.ConvTranspose2d(channels[1], 1, 4, 2, 1)

    def forward(self, z):
        h = torch.relu(self.linear2(torch.relu(self.linear1(z))))
        h = torch.relu(self.deconv1(h.reshape(-1, *self.shape)))
        return self.deconv2(h)

    def probs(self, z):
        return F.logsigmoid(self(z)).exp()
'''),
    dict(name='nll_with_torch_distributions', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    log_density = torch.distributions.Normal(mean, sigma).log_prob(x)
    return -log_density.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='nll_half_log_two_pi_variance', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    pixel_axes = tuple(range(1, x.dim()))
    squared = torch.sum((x - mean) ** 2, dim=pixel_axes)
    D = math.prod(x.shape[1:])
    return 0.5 * squared / sigma ** 2 + 0.5 * D * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='nll_loop_stacked', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    constant = math.log(sigma) + 0.5 * math.log(2 * math.pi)
    values = [(((xi - mi) / sigma) ** 2 / 2 + constant).sum() for mi, xi in zip(mean, x)]
    return torch.stack(values)
'''),
]
