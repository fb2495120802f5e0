"""Blind round 22: mistakes and alternatives for notebook 03_decoder."""
NOTEBOOK = '03_decoder'

# Building blocks so that every case below is a whole, self-contained cell.
_DENSE_INIT = r'''    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.body = nn.Sequential(*layers)
'''
_DENSE_FORWARD = r'''
    def forward(self, z):
        return self.body(z).reshape(len(z), 1, 28, 28)
'''
_DENSE_PROBS = r'''
    def probs(self, z):
        return torch.sigmoid(self(z))
'''
_CONV_INIT = r'''    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.project = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
            nn.Unflatten(1, (c1, 7, 7)),
        )
        self.upsample = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )
'''
_CONV_FORWARD = r'''
    def forward(self, z):
        return self.upsample(self.project(z))
'''
_CONV_PROBS = _DENSE_PROBS


def _dense(init=_DENSE_INIT, forward=_DENSE_FORWARD, probs=_DENSE_PROBS, head=''):
    return head + 'class DenseDecoder(nn.Module):\n' + init + forward + probs


def _conv(init=_CONV_INIT, forward=_CONV_FORWARD, probs=_CONV_PROBS, head=''):
    return head + 'class ConvDecoder(nn.Module):\n' + init + forward + probs


MISTAKES = [
    # ------------------------------------------------------------------ DenseDecoder
    dict(name='dd_sigmoid_in_forward', grade_id='DenseDecoder', source=_dense(forward=r'''
    def forward(self, z):
        return torch.sigmoid(self.body(z)).reshape(len(z), 1, 28, 28)
''')),
    dict(name='dd_relu_on_logits', grade_id='DenseDecoder', source=_dense(init=r'''    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in [*hidden, 784]:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
''')),
    dict(name='dd_probs_returns_logits', grade_id='DenseDecoder', source=_dense(probs=r'''
    def probs(self, z):
        return self(z)
''')),
    dict(name='dd_probs_softmax_channel', grade_id='DenseDecoder', source=_dense(probs=r'''
    def probs(self, z):
        return torch.softmax(self(z), dim=1)
''')),
    dict(name='dd_probs_exp_ratio', grade_id='DenseDecoder', source=_dense(probs=r'''
    def probs(self, z):
        e = torch.exp(self(z))
        return e / (1 + e)
''')),
    dict(name='dd_no_channel_dim', grade_id='DenseDecoder', source=_dense(forward=r'''
    def forward(self, z):
        return self.body(z).reshape(-1, 28, 28)
''')),
    dict(name='dd_flat_logits', grade_id='DenseDecoder', source=_dense(forward=r'''
    def forward(self, z):
        return self.body(z)  # (B, 784)
''', probs=r'''
    def probs(self, z):
        return torch.sigmoid(self(z)).reshape(len(z), 1, 28, 28)
''')),
    dict(name='dd_probs_flat', grade_id='DenseDecoder', source=_dense(probs=r'''
    def probs(self, z):
        return torch.sigmoid(self.body(z))
''')),
    dict(name='dd_empty_hidden_crash', grade_id='DenseDecoder', source=_dense(init=r'''    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(hidden[-1], 784))
        self.body = nn.Sequential(*layers)
''')),
    dict(name='dd_no_hidden_activation', grade_id='DenseDecoder', source=_dense(init=r'''    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers.append(nn.Linear(width, size))
            width = size
        layers.append(nn.Linear(width, 784))
        self.body = nn.Sequential(*layers)
''')),
    dict(name='dd_relu_before_linear', grade_id='DenseDecoder', source=_dense(init=r'''    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.ReLU(), nn.Linear(width, size)]  # activation, then layer
            width = size
        layers += [nn.ReLU(), nn.Linear(width, 784)]
        self.body = nn.Sequential(*layers)
''')),
    dict(name='dd_no_relu_after_last_hidden', grade_id='DenseDecoder', source=_dense(init=r'''    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        sizes = [latent_dim, *hidden, 784]
        layers = []
        for i in range(len(sizes) - 1):
            layers.append(nn.Linear(sizes[i], sizes[i + 1]))
            if 0 < i < len(sizes) - 2 or len(sizes) == 3 and i == 0:
                layers.append(nn.ReLU())
        self.body = nn.Sequential(*layers)
''')),
    dict(name='dd_clamped_logits', grade_id='DenseDecoder', source=_dense(forward=r'''
    def forward(self, z):
        return self.body(z).clamp(-15, 15).reshape(len(z), 1, 28, 28)  # avoid saturated sigmoids
''')),
    dict(name='dd_no_bias_output', grade_id='DenseDecoder', source=_dense(init=r'''    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784, bias=False))
        self.body = nn.Sequential(*layers)
''')),
    dict(name='dd_hidden_reversed', grade_id='DenseDecoder', source=_dense(init=r'''    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in reversed(hidden):  # the mirror of the encoder
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.body = nn.Sequential(*layers)
''')),
    dict(name='dd_latent_fixed_two', grade_id='DenseDecoder', source=_dense(init=r'''    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], 2
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.body = nn.Sequential(*layers)
''')),
    dict(name='dd_probs_no_grad', grade_id='DenseDecoder', source=_dense(probs=r'''
    def probs(self, z):
        with torch.no_grad():  # probabilities are for display
            return torch.sigmoid(self(z))
''')),
    dict(name='dd_python_list_layers', grade_id='DenseDecoder', source=_dense(init=r'''    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        self.layers, width = [], latent_dim
        for size in hidden:
            self.layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.out = nn.Linear(width, 784)
''', forward=r'''
    def forward(self, z):
        h = z
        for layer in self.layers:
            h = layer(h)
        return self.out(h).reshape(len(z), 1, 28, 28)
''')),
    dict(name='dd_batchnorm_no_affine', grade_id='DenseDecoder', source=_dense(init=r'''    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.BatchNorm1d(size, affine=False), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 784))
        self.body = nn.Sequential(*layers)
''')),
    dict(name='dd_squeeze_codes', grade_id='DenseDecoder', source=_dense(forward=r'''
    def forward(self, z):
        logits = self.body(z.squeeze())
        return logits.reshape(-1, 1, 28, 28) if logits.dim() == 2 else logits.reshape(1, 28, 28)
''')),
    dict(name='dd_transposed_image_from_probs', grade_id='DenseDecoder', source=_dense(probs=r'''
    def probs(self, z):
        return torch.sigmoid(self(z)).transpose(2, 3)  # rows and columns as imshow expects
''')),
    dict(name='dd_forward_log_probabilities', grade_id='DenseDecoder', source=_dense(forward=r'''
    def forward(self, z):
        # log-probabilities of ink, so that the loss can use them directly
        return F.logsigmoid(self.body(z)).reshape(len(z), 1, 28, 28)
''')),
    dict(name='dd_dropout', grade_id='DenseDecoder', source=_dense(init=r'''    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU(), nn.Dropout(0.2)]
            width = size
        layers.append(nn.Linear(width, 784))
        self.body = nn.Sequential(*layers)
''')),

    # ------------------------------------------------------------------ ConvDecoder
    dict(name='cd_sigmoid_in_forward', grade_id='ConvDecoder', source=_conv(forward=r'''
    def forward(self, z):
        return torch.sigmoid(self.upsample(self.project(z)))
''')),
    dict(name='cd_relu_on_logits', grade_id='ConvDecoder', source=_conv(forward=r'''
    def forward(self, z):
        return torch.relu(self.upsample(self.project(z)))
''')),
    dict(name='cd_no_relu_after_projection', grade_id='ConvDecoder', source=_conv(init=r'''    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.project = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7),
            nn.Unflatten(1, (c1, 7, 7)),
        )
        self.upsample = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )
''')),
    dict(name='cd_no_relu_after_first_linear', grade_id='ConvDecoder', source=_conv(init=r'''    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.project = nn.Sequential(
            nn.Linear(latent_dim, hidden),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
            nn.Unflatten(1, (c1, 7, 7)),
        )
        self.upsample = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )
''')),
    dict(name='cd_no_relu_between_deconvs', grade_id='ConvDecoder', source=_conv(init=r'''    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.project = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
            nn.Unflatten(1, (c1, 7, 7)),
        )
        self.upsample = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )
''')),
    dict(name='cd_kernel3_output_padding', grade_id='ConvDecoder', source=_conv(init=r'''    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.project = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
            nn.Unflatten(1, (c1, 7, 7)),
        )
        self.upsample = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=3, stride=2, padding=1, output_padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=3, stride=2, padding=1, output_padding=1),
        )
''')),
    dict(name='cd_upsample_then_conv', grade_id='ConvDecoder', source=_conv(init=r'''    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.project = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
            nn.Unflatten(1, (c1, 7, 7)),
        )
        self.upsample = nn.Sequential(  # resize-convolution: no checkerboard artefacts
            nn.Upsample(scale_factor=2), nn.ZeroPad2d((1, 2, 1, 2)), nn.Conv2d(c1, c2, kernel_size=4), nn.ReLU(),
            nn.Upsample(scale_factor=2), nn.ZeroPad2d((1, 2, 1, 2)), nn.Conv2d(c2, 1, kernel_size=4),
        )
''')),
    dict(name='cd_channels_swapped', grade_id='ConvDecoder', source=_conv(init=r'''    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c2, c1 = channels
        self.project = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
            nn.Unflatten(1, (c1, 7, 7)),
        )
        self.upsample = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )
''')),
    dict(name='cd_hidden_ignored', grade_id='ConvDecoder', source=_conv(init=r'''    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.project = nn.Sequential(
            nn.Linear(latent_dim, 128), nn.ReLU(),
            nn.Linear(128, c1 * 7 * 7), nn.ReLU(),
            nn.Unflatten(1, (c1, 7, 7)),
        )
        self.upsample = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )
''')),
    dict(name='cd_no_bias_deconvs', grade_id='ConvDecoder', source=_conv(init=r'''    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.project = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
            nn.Unflatten(1, (c1, 7, 7)),
        )
        self.upsample = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1, bias=False), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1, bias=False),
        )
''')),
    dict(name='cd_relu_on_code', grade_id='ConvDecoder', source=_conv(init=r'''    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.project = nn.Sequential(
            nn.ReLU(), nn.Linear(latent_dim, hidden),
            nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7),
            nn.ReLU(), nn.Unflatten(1, (c1, 7, 7)),
        )
        self.upsample = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )
''')),
    dict(name='cd_asymmetric_crop', grade_id='ConvDecoder', source=_conv(init=r'''    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.project = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
            nn.Unflatten(1, (c1, 7, 7)),
        )
        self.deconv1 = nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2)  # 7 => 16
        self.deconv2 = nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2)  # 14 => 30
''', forward=r'''
    def forward(self, z):
        h = torch.relu(self.deconv1(self.project(z))[:, :, :14, :14])
        return self.deconv2(h)[:, :, :28, :28]
''')),
    dict(name='cd_padding0_interpolate', grade_id='ConvDecoder', source=_conv(init=r'''    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.project = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
            nn.Unflatten(1, (c1, 7, 7)),
        )
        self.upsample = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2), nn.ReLU(),  # 7 => 16
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2),  # 16 => 34
        )
''', forward=r'''
    def forward(self, z):
        return F.interpolate(self.upsample(self.project(z)), size=(28, 28), mode='bilinear')
''')),
    dict(name='cd_probs_no_grad', grade_id='ConvDecoder', source=_conv(probs=r'''
    def probs(self, z):
        return torch.sigmoid(self(z)).detach()
''')),
    dict(name='cd_probs_softmax_pixels', grade_id='ConvDecoder', source=_conv(probs=r'''
    def probs(self, z):
        logits = self(z)
        return torch.softmax(logits.flatten(1), dim=1).reshape_as(logits)
''')),
    dict(name='cd_probs_tanh_rescaled_wrong', grade_id='ConvDecoder', source=_conv(probs=r'''
    def probs(self, z):
        return (torch.tanh(self(z)) + 1) / 2
''')),
    dict(name='cd_batchnorm2d_no_affine', grade_id='ConvDecoder', source=_conv(init=r'''    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.project = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
            nn.Unflatten(1, (c1, 7, 7)),
        )
        self.upsample = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.BatchNorm2d(c2, affine=False), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )
''')),
    dict(name='cd_reshape_mixes_batch', grade_id='ConvDecoder', source=_conv(init=r'''    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.project = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.upsample = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
        )
''', forward=r'''
    def forward(self, z):
        h = self.project(z)  # (B, c1 * 49)
        h = h.T.reshape(len(z), self.c1, 7, 7)
        return self.upsample(h)
''')),
    dict(name='cd_flat_output', grade_id='ConvDecoder', source=_conv(forward=r'''
    def forward(self, z):
        return self.upsample(self.project(z)).flatten(1)  # (B, 784) logits, like the dense decoder
''', probs=r'''
    def probs(self, z):
        return torch.sigmoid(self(z)).reshape(len(z), 1, 28, 28)
''')),
    dict(name='cd_hardcoded_channels', grade_id='ConvDecoder', source=_conv(init=r'''    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        self.project = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, 32 * 7 * 7), nn.ReLU(),
            nn.Unflatten(1, (32, 7, 7)),
        )
        self.upsample = nn.Sequential(
            nn.ConvTranspose2d(32, 16, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(16, 1, kernel_size=4, stride=2, padding=1),
        )
''')),
    dict(name='cd_clamped_logits', grade_id='ConvDecoder', source=_conv(forward=r'''
    def forward(self, z):
        return self.upsample(self.project(z)).clamp(min=-20, max=20)
''')),
    dict(name='cd_extra_output_channel_mean', grade_id='ConvDecoder', source=_conv(init=r'''    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.project = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
            nn.Unflatten(1, (c1, 7, 7)),
        )
        self.upsample = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, c2, kernel_size=4, stride=2, padding=1),
        )
''', forward=r'''
    def forward(self, z):
        return self.upsample(self.project(z)).mean(dim=1, keepdim=True)
''')),
    dict(name='cd_eval_forward_probs', grade_id='ConvDecoder', source=_conv(probs=r'''
    def probs(self, z):
        self.eval()  # probabilities are for showing images
        return torch.sigmoid(self(z))
''')),
    dict(name='cd_probs_float16', grade_id='ConvDecoder', source=_conv(probs=r'''
    def probs(self, z):
        return torch.sigmoid(self(z).half())  # images need no more precision
''')),

    # ------------------------------------------------------------------ gaussian_nll
    dict(name='nll_mean_over_pixels', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.reshape(len(x), -1).mean(dim=1)
'''),
    dict(name='nll_sum_over_batch', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.sum()
'''),
    dict(name='nll_no_constant', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    return ((x - mean) ** 2 / (2 * sigma ** 2)).reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='nll_sigma_not_squared', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    per_pixel = (x - mean) ** 2 / (2 * sigma) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='nll_log_sigma_once', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + math.log(sigma) + D / 2 * math.log(2 * math.pi)
'''),
    dict(name='nll_D_hardcoded_784', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + 784 / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='nll_sum_image_dims_only', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.sum(dim=(1, 2, 3))
'''),
    dict(name='nll_sum_last_dim', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.sum(dim=-1)
'''),
    dict(name='nll_log_2pi_sigma', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma)
'''),
    dict(name='nll_torch_log_of_float', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + torch.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='nll_mse_loss_scalar', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    D = x[0].numel()
    return F.mse_loss(mean, x, reduction='sum') / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='nll_log_prob_not_negated', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    return torch.distributions.Normal(mean, sigma).log_prob(x).reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='nll_normal_scale_is_variance', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    dist = torch.distributions.Normal(mean, sigma ** 2)  # N(mean, sigma^2)
    return -dist.log_prob(x).reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='nll_torch_gaussian_nll_loss_eps', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    var = torch.full_like(mean, sigma ** 2)
    per_pixel = F.gaussian_nll_loss(mean, x, var, full=True, reduction='none')
    return per_pixel.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='nll_torch_gaussian_nll_loss_not_full', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    var = torch.full_like(mean, sigma ** 2)
    per_pixel = F.gaussian_nll_loss(mean, x, var, reduction='none')
    return per_pixel.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='nll_squeeze', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.reshape(len(x), -1).sum(dim=1, keepdim=True).squeeze()
'''),
    dict(name='nll_in_place_difference', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    diff = x
    diff -= mean
    per_pixel = diff ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.reshape(len(per_pixel), -1).sum(dim=1)
'''),
    dict(name='nll_precedence_times_sigma2', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / 2 * sigma ** 2 + D * math.log(sigma) + D / 2 * math.log(2 * math.pi)
'''),
    dict(name='nll_numel_includes_batch', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    D = x.numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='nll_D_from_shape1', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    D = x.shape[1]
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='nll_log_sigma_squared_full', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma ** 2) + 0.5 * math.log(2 * math.pi)
    return per_pixel.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='nll_constant_once_per_image', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    D = x[0].numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D * math.log(sigma) + 0.5 * math.log(2 * math.pi)
'''),
    dict(name='nll_norm_not_squared', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    D = x[0].numel()
    distance = torch.norm((x - mean).reshape(len(x), -1), dim=1)
    return distance / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='nll_log10', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + math.log10(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='nll_log_pi_without_two', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(math.pi)
    return per_pixel.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='nll_sum_over_batch_axis', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.reshape(len(x), -1).sum(dim=0)
'''),
    dict(name='nll_float32_result', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.reshape(len(x), -1).sum(dim=1).float()
'''),
    dict(name='nll_detached', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    diff = (x - mean).detach()  # the loss value only
    per_pixel = diff ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='nll_sigma_tensor_float64', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    sigma = torch.tensor([sigma], dtype=torch.float64)
    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + torch.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='nll_view_flat', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    diff = (x - mean).view(x.size(0), -1)
    return (diff ** 2).sum(dim=1) / (2 * sigma ** 2) + diff.size(1) * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
]

ALTERNATIVES = [
    dict(name='dd_unflatten_leaky', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        sizes = [latent_dim, *hidden]
        layers = []
        for a, b in zip(sizes, sizes[1:]):
            layers.append(nn.Linear(a, b))
            layers.append(nn.LeakyReLU(0.2))
        layers.append(nn.Linear(sizes[-1], 28 * 28))
        layers.append(nn.Unflatten(1, (1, 28, 28)))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z)

    def probs(self, z):
        return self.forward(z).sigmoid()
'''),
    dict(name='dd_modulelist_view', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        widths = [latent_dim] + list(hidden) + [784]
        self.linears = nn.ModuleList(nn.Linear(a, b) for a, b in zip(widths[:-1], widths[1:]))

    def forward(self, z):
        h = z
        for i, layer in enumerate(self.linears):
            h = layer(h)
            if i < len(self.linears) - 1:
                h = F.relu(h)
        return h.view(-1, 1, 28, 28)

    def probs(self, z):
        return F.sigmoid(self(z))
'''),
    dict(name='dd_probs_logsigmoid_exp', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ELU()]
            width = size
        self.hidden_layers = nn.Sequential(*layers)
        self.logits = nn.Linear(width, 784)

    def forward(self, z):
        return self.logits(self.hidden_layers(z)).reshape(z.shape[0], 1, 28, 28)

    def probs(self, z):
        return F.logsigmoid(self(z)).exp()
'''),
    dict(name='cd_functional_layers', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        self.c1, c2 = channels
        self.fc1 = nn.Linear(latent_dim, hidden)
        self.fc2 = nn.Linear(hidden, self.c1 * 49)
        self.deconv1 = nn.ConvTranspose2d(self.c1, c2, 4, 2, 1)
        self.deconv2 = nn.ConvTranspose2d(c2, 1, 4, 2, 1)

    def forward(self, z):
        h = F.relu(self.fc2(F.relu(self.fc1(z))))
        h = h.view(-1, self.c1, 7, 7)
        return self.deconv2(F.relu(self.deconv1(h)))

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_padding0_symmetric_crop', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(), nn.Linear(hidden, c1 * 7 * 7), nn.ReLU())
        self.up1 = nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2)  # 7 => 16, cropped to 14
        self.up2 = nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2)  # 14 => 30, cropped to 28

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        h = torch.relu(self.up1(h)[:, :, 1:-1, 1:-1])  # cropping one pixel per side = padding=1
        return self.up2(h)[:, :, 1:-1, 1:-1]

    def probs(self, z):
        return 1 / (1 + torch.exp(-self(z)))
'''),
    dict(name='cd_channels_last_unflatten_gelu', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.project = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.GELU(),
            nn.Linear(hidden, 7 * 7 * c1), nn.GELU(),
            nn.Unflatten(1, (7, 7, c1)),
        )
        self.deconvs = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, kernel_size=(4, 4), stride=(2, 2), padding=(1, 1)), nn.GELU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=(4, 4), stride=(2, 2), padding=(1, 1)),
        )

    def forward(self, z):
        return self.deconvs(self.project(z).permute(0, 3, 1, 2))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='nll_normal_log_prob', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    log_p = torch.distributions.Normal(mean, sigma).log_prob(x)
    return -log_p.flatten(start_dim=1).sum(dim=1)
'''),
    dict(name='nll_compact_form', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    squared = (mean - x).pow(2).sum(dim=tuple(range(1, x.dim())))
    D = math.prod(x.shape[1:])
    return squared / (2 * sigma * sigma) + 0.5 * D * math.log(2 * math.pi * sigma * sigma)
'''),
    dict(name='nll_mse_none_numpy_log', grade_id='gaussian_nll', source=r'''import numpy as np


def gaussian_nll(mean, x, sigma=1.0):
    per_pixel = F.mse_loss(mean, x, reduction='none') / (2 * sigma ** 2)
    per_pixel = per_pixel + np.log(sigma) + 0.5 * np.log(2 * np.pi)
    return per_pixel.reshape(x.shape[0], -1).sum(-1)
'''),
    dict(name='nll_scaled_difference', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    diff = (x - mean).flatten(1)
    return 0.5 * (diff / sigma).square().sum(1) + diff.shape[1] * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
]
