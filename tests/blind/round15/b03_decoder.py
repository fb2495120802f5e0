"""Blind round 15: mistakes and alternatives for notebook 03_decoder."""

NOTEBOOK = '03_decoder'

MISTAKES = [
    # ------------------------------------------------------------------ DenseDecoder
    dict(name='dd_sigmoid_in_forward', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers += [nn.Linear(width, 784), nn.Sigmoid()]
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_sigmoid_in_forward_probs_passthrough', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return torch.sigmoid(self.net(z)).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return self.forward(z)
'''),
    dict(name='dd_relu_on_logits', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for h in (*hidden, 784):
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_flat_output', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_no_channel_dim', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).view(-1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_ignores_hidden', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
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
    dict(name='dd_output_width_from_hidden_last', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(hidden[-1], 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_hidden_sorted_descending', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for h in sorted(hidden, reverse=True):
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_last_layer_no_bias', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784, bias=False))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_probs_softmax', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return F.softmax(self.net(z), dim=1).reshape(len(z), 1, 28, 28)
'''),
    dict(name='dd_probs_flat', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
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
    dict(name='dd_probs_clamped', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        eps = 1e-6  # keep log(p) and log(1 - p) finite
        return torch.sigmoid(self.forward(z)).clamp(eps, 1 - eps)
'''),
    dict(name='dd_probs_manual_sigmoid', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return 1 / (1 + torch.exp(-self.forward(z)))
'''),
    dict(name='dd_no_relu_after_last_hidden', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        widths = [latent_dim, *hidden, 784]
        layers = []
        for i in range(len(widths) - 1):
            layers.append(nn.Linear(widths[i], widths[i + 1]))
            if i < len(widths) - 3:
                layers.append(nn.ReLU())
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_layers_in_python_list', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        self.hidden_layers, width = [], latent_dim
        for h in hidden:
            self.hidden_layers.append(nn.Linear(width, h))
            width = h
        self.out = nn.Linear(width, 784)

    def forward(self, z):
        h = z
        for layer in self.hidden_layers:
            h = F.relu(layer(h))
        return self.out(h).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_dropout', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU(), nn.Dropout(0.1)]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_default_hidden_reversed', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200)):
        super().__init__()
        layers, width = [], latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_probs_switches_to_eval', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        self.eval()
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_probs_no_grad', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    @torch.no_grad()
    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_relu_on_code', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for h in hidden:
            layers += [nn.ReLU(), nn.Linear(width, h)]
            width = h
        layers += [nn.ReLU(), nn.Linear(width, 784)]
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    # ------------------------------------------------------------------ ConvDecoder
    dict(name='cd_sigmoid_in_forward', grade_id='ConvDecoder', source='''
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
        return self.forward(z)
'''),
    dict(name='cd_relu_on_logits', grade_id='ConvDecoder', source='''
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
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_hardcoded_32_channels', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
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
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_swapped_channels', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
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
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_ignores_hidden', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
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
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_kernel_3_output_padding', grade_id='ConvDecoder', source='''
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
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_no_relu_before_reshape', grade_id='ConvDecoder', source='''
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
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_no_relu_between_deconvs', grade_id='ConvDecoder', source='''
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
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_upsample_conv', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        # upsampling + convolution avoids the checkerboard artefacts of transposed convolutions
        self.deconv = nn.Sequential(
            nn.Upsample(scale_factor=2), nn.Conv2d(c1, c2, kernel_size=4, padding="same"), nn.ReLU(),
            nn.Upsample(scale_factor=2), nn.Conv2d(c2, 1, kernel_size=4, padding="same"),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_no_padding_34x34', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_no_padding_interpolated', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2),
        )

    def forward(self, z):
        logits = self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))
        return F.interpolate(logits, size=(28, 28), mode="bilinear", align_corners=False)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_flat_output', grade_id='ConvDecoder', source='''
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
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7)).reshape(len(z), 784)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_no_bias', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1, bias=False), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1, bias=False),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_batchnorm', grade_id='ConvDecoder', source='''
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
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_probs_returns_logits', grade_id='ConvDecoder', source='''
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
        logits = self.forward(z)
        return logits
'''),
    dict(name='cd_probs_softmax_channels', grade_id='ConvDecoder', source='''
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
        return F.softmax(self.forward(z), dim=1)
'''),
    dict(name='cd_probs_exp_ratio', grade_id='ConvDecoder', source='''
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
        e = torch.exp(self.forward(z))
        return e / (1 + e)
'''),
    dict(name='cd_default_channels_mirrored', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
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
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_skips_hidden_layer', grade_id='ConvDecoder', source='''
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
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_probs_eval_then_train', grade_id='ConvDecoder', source='''
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
            p = torch.sigmoid(self.forward(z))
        self.train()
        return p
'''),
    dict(name='cd_squeezed_code', grade_id='ConvDecoder', source='''
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
        h = self.fc(z).view(-1, self.c1, 7, 7)
        return self.deconv(h).squeeze()

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    # ------------------------------------------------------------------ gaussian_nll
    dict(name='nll_mean_over_pixels', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    sq = ((x - mean) ** 2).reshape(len(x), -1)
    return (sq / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)).mean(dim=1)
'''),
    dict(name='nll_no_constant', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    sq = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return sq / (2 * sigma ** 2)
'''),
    dict(name='nll_sigma_not_squared', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    sq = ((x - mean) ** 2).reshape(len(x), -1)
    D = sq.shape[1]
    return sq.sum(dim=1) / (2 * sigma) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='nll_missing_half', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    sq = ((x - mean) ** 2).reshape(len(x), -1)
    D = sq.shape[1]
    return sq.sum(dim=1) / sigma ** 2 + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='nll_constant_once', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    sq = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return sq / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
'''),
    dict(name='nll_summed_over_batch', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    D = x[0].numel()
    return ((x - mean) ** 2).sum() / (2 * sigma ** 2) + len(x) * D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='nll_sum_last_dim', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.sum(dim=-1)
'''),
    dict(name='nll_sum_dims_123', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.sum(dim=(1, 2, 3))
'''),
    dict(name='nll_hardcoded_784', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    sq = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return sq / (2 * sigma ** 2) + 784 / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='nll_d_from_shape1', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    D = x.shape[1]
    sq = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return sq / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='nll_log_sigma_not_squared', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    sq = ((x - mean) ** 2).reshape(len(x), -1)
    D = sq.shape[1]
    return sq.sum(dim=1) / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma)
'''),
    dict(name='nll_default_sigma_changed', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=0.1):
    sq = ((x - mean) ** 2).reshape(len(x), -1)
    D = sq.shape[1]
    return sq.sum(dim=1) / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='nll_returns_log_likelihood', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    sq = ((x - mean) ** 2).reshape(len(x), -1)
    D = sq.shape[1]
    return -sq.sum(dim=1) / (2 * sigma ** 2) - D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='nll_torch_gaussian_nll_loss_clamps_var', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    var = torch.full_like(x, sigma ** 2)
    per_pixel = F.gaussian_nll_loss(mean, x, var, full=True, reduction="none")
    return per_pixel.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='nll_torch_gaussian_nll_loss_defaults', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    var = torch.full_like(x, sigma ** 2)
    return F.gaussian_nll_loss(mean.reshape(len(x), -1), x.reshape(len(x), -1), var.reshape(len(x), -1))
'''),
    dict(name='nll_in_place_on_view_of_x', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    diff = x.reshape(len(x), -1)
    diff -= mean.reshape(len(mean), -1)
    D = diff.shape[1]
    return (diff ** 2).sum(dim=1) / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
]

ALTERNATIVES = [
    dict(name='dd_modulelist_unflatten', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        sizes = [latent_dim, *hidden]
        self.hidden_layers = nn.ModuleList([nn.Linear(i, o) for i, o in zip(sizes, sizes[1:])])
        self.to_logits = nn.Linear(sizes[-1], 28 * 28)
        self.unflatten = nn.Unflatten(1, (1, 28, 28))

    def forward(self, z):
        h = z
        for layer in self.hidden_layers:
            h = F.leaky_relu(layer(h), 0.01)
        return self.unflatten(self.to_logits(h))

    def probs(self, z):
        return self(z).sigmoid()
'''),
    dict(name='dd_sequential_view', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        self.net = nn.Sequential()
        previous = latent_dim
        for width in hidden:
            self.net.append(nn.Linear(previous, width))
            self.net.append(nn.ReLU(inplace=True))
            previous = width
        self.net.append(nn.Linear(previous, 784))

    def forward(self, z):
        return self.net(z).view(-1, 1, 28, 28)

    def probs(self, z):
        logits = self.forward(z)
        return torch.sigmoid(logits)
'''),
    dict(name='dd_tanh_hidden', grade_id='DenseDecoder', source='''
class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        for fan_in, fan_out in zip((latent_dim,) + tuple(hidden), tuple(hidden) + (784,)):
            layers.append(nn.Linear(fan_in, fan_out))
            layers.append(nn.Tanh())
        self.net = nn.Sequential(*layers[:-1])

    def forward(self, z):
        return self.net(z).unflatten(1, (1, 28, 28))

    def probs(self, z):
        return torch.special.expit(self.forward(z))
'''),
    dict(name='cd_channels_last_reshape', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        self.c1, c2 = channels
        self.fc1 = nn.Linear(latent_dim, hidden)
        self.fc2 = nn.Linear(hidden, 7 * 7 * self.c1)
        self.up1 = nn.ConvTranspose2d(self.c1, c2, 4, 2, 1)
        self.up2 = nn.ConvTranspose2d(c2, 1, 4, 2, 1)

    def forward(self, z):
        h = F.relu(self.fc2(F.relu(self.fc1(z))))
        h = h.reshape(len(z), 7, 7, self.c1).permute(0, 3, 1, 2)
        return self.up2(F.relu(self.up1(h)))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_single_sequential_unflatten', grade_id='ConvDecoder', source='''
class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.net = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ELU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ELU(),
            nn.Unflatten(1, (c1, 7, 7)),
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ELU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.net(z)

    def probs(self, z):
        return self.net(z).sigmoid()
'''),
    dict(name='nll_distributions_normal', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    log_prob = torch.distributions.Normal(mean, sigma).log_prob(x)
    return -log_prob.flatten(start_dim=1).sum(dim=1)
'''),
    dict(name='nll_mse_loss_none', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    squared = F.mse_loss(mean, x, reduction="none").flatten(1).sum(1)
    D = x[0].numel()
    return 0.5 * squared / sigma ** 2 + 0.5 * D * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='nll_einsum', grade_id='gaussian_nll', source='''
def gaussian_nll(mean, x, sigma=1.0):
    diff = (x - mean).reshape(x.shape[0], -1)
    D = diff.shape[1]
    const = D * math.log(sigma) + D * math.log(2 * math.pi) / 2
    return torch.einsum("bd,bd->b", diff, diff) / (2 * sigma * sigma) + const
'''),
]
