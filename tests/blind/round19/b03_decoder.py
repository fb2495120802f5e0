"""Blind round 19: mistakes and alternatives for notebook 03_decoder."""

NOTEBOOK = '03_decoder'

MISTAKES = [
    dict(name='dd_empty_hidden_crashes', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = [nn.Linear(latent_dim, hidden[0]), nn.ReLU()]
        for a, b in zip(hidden, hidden[1:]):
            layers += [nn.Linear(a, b), nn.ReLU()]
        layers.append(nn.Linear(hidden[-1], 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_hidden_reversed_like_encoder', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
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
    dict(name='dd_plain_list_layers', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        self.layers, width = [], latent_dim
        for h in hidden:
            self.layers.append(nn.Linear(width, h))
            width = h
        self.out = nn.Linear(width, 784)

    def forward(self, z):
        h = z
        for layer in self.layers:
            h = torch.relu(layer(h))
        return self.out(h).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_no_relu_after_last_hidden', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for i, h in enumerate(hidden):
            if i > 0:
                layers.append(nn.ReLU())
            layers.append(nn.Linear(width, h))
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_leaky_relu_on_logits', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers += [nn.Linear(width, 784), nn.LeakyReLU(0.01)]
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_elu_on_logits', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers += [nn.Linear(width, 784), nn.ELU()]
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_probs_skips_reshape', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
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
    dict(name='dd_probs_softmax_over_pixels', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
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
        logits = self(z)
        return torch.softmax(logits.flatten(1), dim=1).reshape(logits.shape)
'''),
    dict(name='dd_probs_binarised', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
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
        return (torch.sigmoid(self(z)) > 0.5).to(z.dtype)
'''),
    dict(name='dd_probs_squeezes_channel', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
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
        return torch.sigmoid(self(z)).squeeze(1)
'''),
    dict(name='dd_batchnorm_no_affine', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.BatchNorm1d(h, affine=False), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_dropout', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
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
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_lazy_layers', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for h in hidden:
            layers += [nn.LazyLinear(h), nn.ReLU()]
            width = h
        layers.append(nn.LazyLinear(784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_logit_temperature', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return (self.net(z) / 2.0).reshape(len(z), 1, 28, 28)  # softer logits

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_probs_inconsistent_with_forward', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 28, 28).transpose(1, 2).unsqueeze(1)

    def probs(self, z):
        return torch.sigmoid(self.net(z)).reshape(len(z), 1, 28, 28)
'''),
    dict(name='dd_probs_tanh_missing_half', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
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
        return 0.5 * (torch.tanh(self(z)) + 1)
'''),
    dict(name='dd_prelu_hidden', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.PReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_linear_without_bias_on_output', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
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
        return torch.sigmoid(self(z))
'''),
    dict(name='dd_input_normalised', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        z = z / (z.norm(dim=1, keepdim=True) + 1e-8)  # unit-norm codes
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_upsample_conv2d', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.Upsample(scale_factor=2), nn.Conv2d(c1, c2, 4, padding="same"), nn.ReLU(),
            nn.Upsample(scale_factor=2), nn.Conv2d(c2, 1, 4, padding="same"),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_no_relu_after_second_linear', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7))
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, 4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, 4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_no_relu_after_first_linear', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, 4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, 4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_no_relu_between_deconvs', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, 4, stride=2, padding=1),
            nn.ConvTranspose2d(c2, 1, 4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_leaky_relu_on_logits', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, 4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, 4, stride=2, padding=1), nn.LeakyReLU(0.2),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_kernel3_output_padding', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, 3, stride=2, padding=1, output_padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, 3, stride=2, padding=1, output_padding=1),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_batchnorm2d_no_affine', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, 4, stride=2, padding=1), nn.BatchNorm2d(c2, affine=False), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, 4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_lazy_linear', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.LazyLinear(c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, 4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, 4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_plain_list_deconvs', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconvs = [nn.ConvTranspose2d(c1, c2, 4, 2, 1), nn.ConvTranspose2d(c2, 1, 4, 2, 1)]

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        h = torch.relu(self.deconvs[0](h))
        return self.deconvs[1](h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_probs_reshaped_flat', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, 4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, 4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z)).reshape(len(z), -1)
'''),
    dict(name='cd_probs_softmax_spatial', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, 4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, 4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        logits = self(z)
        return torch.softmax(logits.flatten(2), dim=-1).reshape(logits.shape)
'''),
    dict(name='cd_interpolate_final', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, 4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, 4, stride=2, padding=0),
        )

    def forward(self, z):
        out = self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))
        return nn.functional.interpolate(out, size=(28, 28), mode="bilinear", align_corners=False)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_dropout2d', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, 4, stride=2, padding=1), nn.ReLU(), nn.Dropout2d(0.1),
            nn.ConvTranspose2d(c2, 1, 4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_probs_binarised', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, 4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, 4, stride=2, padding=1),
        )

    def forward(self, z):
        return self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))

    def probs(self, z):
        return torch.sigmoid(self(z)).round()
'''),
    dict(name='cd_logits_centred_per_image', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, 4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, 4, stride=2, padding=1),
        )

    def forward(self, z):
        out = self.deconv(self.fc(z).reshape(len(z), self.c1, 7, 7))
        return out - out.mean(dim=(1, 2, 3), keepdim=True)  # zero-mean logits

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='gnll_d_from_second_dim', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    sq = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    D = x.shape[1]
    return sq / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gnll_d_from_numel_of_batch', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    sq = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    D = x.numel()
    return sq / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='gnll_sigma_as_variance', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    B = len(x)
    sq = ((x - mean) ** 2).reshape(B, -1).sum(dim=1)
    D = x[0].numel()
    return sq / (2 * sigma) + D / 2 * math.log(2 * math.pi * sigma)
'''),
    dict(name='gnll_precedence_half_times_var', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    B = len(x)
    sq = ((x - mean) ** 2).reshape(B, -1).sum(dim=1)
    D = x[0].numel()
    return sq / 2 * sigma ** 2 + D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='gnll_precedence_log_times_var', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    B = len(x)
    sq = ((x - mean) ** 2).reshape(B, -1).sum(dim=1)
    D = x[0].numel()
    return sq / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi) * sigma ** 2
'''),
    dict(name='gnll_missing_log_sigma', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    B = len(x)
    sq = ((x - mean) ** 2).reshape(B, -1).sum(dim=1)
    D = x[0].numel()
    return sq / (2 * sigma ** 2) + D * 0.5 * math.log(2 * math.pi)
'''),
    dict(name='gnll_log_sigma_not_squared_in_const', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    B = len(x)
    sq = ((x - mean) ** 2).reshape(B, -1).sum(dim=1)
    D = x[0].numel()
    return sq / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma)
'''),
    dict(name='gnll_torch_gaussian_nll_loss_eps', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    m, t = mean.reshape(len(x), -1), x.reshape(len(x), -1)
    var = torch.full_like(m, sigma ** 2)
    return F.gaussian_nll_loss(m, t, var, full=True, reduction="none").sum(dim=1)
'''),
    dict(name='gnll_constant_once_per_image', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    B = len(x)
    sq = ((x - mean) ** 2).reshape(B, -1).sum(dim=1)
    D = x[0].numel()
    return sq / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
'''),
    dict(name='gnll_mean_over_pixels', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.reshape(len(x), -1).mean(dim=1)
'''),
    dict(name='gnll_sums_whole_batch', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    B = len(x)
    sq = ((x - mean) ** 2).reshape(B, -1).sum(dim=1)
    D = x[0].numel()
    return F.mse_loss(mean, x, reduction="sum") / (2 * sigma ** 2) + B * D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='gnll_log2_times_pi', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    B = len(x)
    sq = ((x - mean) ** 2).reshape(B, -1).sum(dim=1)
    D = x[0].numel()
    return sq / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2) * math.pi)
'''),
    dict(name='gnll_half_precision_square', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    diff = (x - mean).reshape(len(x), -1).half()
    sq = (diff * diff).sum(dim=1).to(x.dtype)
    D = diff.shape[1]
    return sq / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='gnll_sum_dims_123_or_1_keepdim', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    dims = tuple(range(1, x.dim()))
    sq = ((x - mean) ** 2).sum(dim=dims, keepdim=True)
    D = x[0].numel()
    return sq / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='gnll_abs_error', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    B = len(x)
    sq = (x - mean).abs().reshape(B, -1).sum(dim=1)
    D = x[0].numel()
    return sq / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
]

ALTERNATIVES = [
    dict(name='dd_modulelist_silu', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        sizes = [latent_dim, *hidden, 784]
        self.layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:]))

    def forward(self, z):
        h = z
        for i, layer in enumerate(self.layers):
            h = layer(h)
            if i < len(self.layers) - 1:
                h = nn.functional.silu(h)
        return h.view(-1, 1, 28, 28)

    def probs(self, z):
        return torch.special.expit(self.forward(z))
'''),
    dict(name='dd_unflatten_probs_softplus', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).unflatten(1, (1, 28, 28))

    def probs(self, z):
        return torch.exp(-nn.functional.softplus(-self(z)))
'''),
    dict(name='dd_add_module_tanh_form', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        self.net = nn.Sequential()
        width = latent_dim
        for i, h in enumerate(hidden):
            self.net.add_module(f"linear{i}", nn.Linear(width, h))
            self.net.add_module(f"relu{i}", nn.ReLU(inplace=True))
            width = h
        self.net.add_module("logits", nn.Linear(width, 784))
        self.net.add_module("unflatten", nn.Unflatten(1, (1, 28, 28)))

    def forward(self, z):
        return self.net(z)

    def probs(self, z):
        return (torch.tanh(self(z) / 2) + 1) / 2
'''),
    dict(name='cd_functional_named_layers', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.channels = channels
        self.fc1 = nn.Linear(latent_dim, hidden)
        self.fc2 = nn.Linear(hidden, c1 * 49)
        self.up1 = nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1)
        self.up2 = nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1)

    def forward(self, z):
        h = nn.functional.relu(self.fc1(z))
        h = nn.functional.relu(self.fc2(h)).view(-1, self.channels[0], 7, 7)
        h = nn.functional.relu(self.up1(h))
        return self.up2(h)

    def probs(self, z):
        return self.forward(z).sigmoid()
'''),
    dict(name='cd_unflatten_module_elu', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_channels_last_reshape', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.deconv = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, 4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, 4, stride=2, padding=1),
        )

    def forward(self, z):
        h = self.fc(z).reshape(z.shape[0], 7, 7, self.c1).permute(0, 3, 1, 2)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='gnll_distributions_normal', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    dist = torch.distributions.Normal(mean.flatten(1), sigma)
    return -dist.log_prob(x.flatten(1)).sum(dim=1)
'''),
    dict(name='gnll_vector_norm', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    dims = tuple(range(1, x.dim()))
    sq = torch.linalg.vector_norm(x - mean, dim=dims) ** 2
    D = math.prod(x.shape[1:])
    return 0.5 * sq / sigma ** 2 + D * math.log(sigma) + 0.5 * D * math.log(2 * math.pi)
'''),
    dict(name='gnll_mse_loss_none', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    per_pixel = F.mse_loss(mean, x, reduction="none").reshape(x.shape[0], -1)
    const = math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return (per_pixel / (2 * sigma * sigma) + const).sum(dim=1)
'''),
]
